import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The network is closed here, so the tool cache's download is replaced by a local archive: what is
// under test is that the archive is checked against the pinned SHA-256 before anything is extracted.
const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-cargo-audit-'));
const archive = path.join(dir, 'cargo-audit.tgz');
writeFileSync(archive, 'not really a tarball');
const extractTar = jest.fn(async () => dir);
jest.unstable_mockModule('@actions/tool-cache', () => ({
  find: () => '',
  downloadTool: async () => archive,
  extractTar,
  cacheDir: async (d: string) => d
}));

const { installCargoAudit } = await import('../../../actions/dependency-watch/src/cargo-audit-install.js');
const { parseInputs } = await import('../../../actions/dependency-watch/src/inputs.js');

const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64' ? test : test.skip;

onLinuxX64(
  'a downloaded archive whose SHA-256 differs from the pinned one is never extracted or run',
  async () => {
    const out = await installCargoAudit('0'.repeat(64));
    expect(out).toEqual({
      reason: expect.stringMatching(/has SHA-256 [0-9a-f]{64}, not the pinned 0{64}; it was not run/)
    });
    expect(extractTar).not.toHaveBeenCalled();
  }
);

onLinuxX64('the pinned SHA-256 lets the archive through', async () => {
  const sha = createHash('sha256').update('not really a tarball').digest('hex');
  const out = await installCargoAudit(sha.toUpperCase());
  expect(extractTar).toHaveBeenCalled();
  expect(out).toEqual({ reason: expect.stringContaining('holds no cargo-audit binary') });
});

test('install-cargo-audit without cargo-audit-sha256 is refused at input time', () => {
  process.env['INPUT_INSTALL-CARGO-AUDIT'] = 'true';
  process.env.INPUT_TOKEN = 't';
  process.env.GITHUB_REPOSITORY = 'o/r';
  try {
    expect(() => parseInputs()).toThrow(
      /Input 'cargo-audit-sha256': is empty, but install-cargo-audit is true/
    );
    process.env['INPUT_CARGO-AUDIT-SHA256'] = 'abc';
    expect(() => parseInputs()).toThrow(/"abc" is not a SHA-256/);
  } finally {
    delete process.env['INPUT_INSTALL-CARGO-AUDIT'];
    delete process.env['INPUT_CARGO-AUDIT-SHA256'];
    delete process.env.INPUT_TOKEN;
  }
});
