import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The network is closed here, so the tool cache's download is replaced by a local archive: what is
// under test is that the archive is checked against the pinned SHA-256 before anything is extracted.
const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-cargo-audit-'));
const archive = path.join(dir, 'cargo-audit.tgz');
writeFileSync(archive, 'not really a tarball');
const extractTar = jest.fn(async (_file: string) => dir);
// The tool cache: empty, unless a test puts a folder there.
let cachedFolder = '';
const downloadTool = jest.fn(async () => archive);
jest.unstable_mockModule('@actions/tool-cache', () => ({
  find: () => cachedFolder,
  downloadTool,
  extractTar,
  cacheDir: async (d: string) => d,
  cacheFile: async (file: string, name: string) => {
    const to = mkdtempSync(path.join(os.tmpdir(), 'rk-tool-cache-'));
    copyFileSync(file, path.join(to, name));
    return to;
  }
}));

const { installCargoAudit } = await import('../../../actions/dependency-watch/src/cargo-audit-install.js');
const { CARGO_AUDIT_ARCHIVE } = await import('../../../actions/dependency-watch/src/cargo-audit-release.js');
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

onLinuxX64('a cached archive is run only when it still has the pinned SHA-256', async () => {
  const pinned = createHash('sha256').update('not really a tarball').digest('hex');
  const cache = mkdtempSync(path.join(os.tmpdir(), 'rk-tool-cache-'));
  cachedFolder = cache;
  try {
    // Planted: same version folder, other bytes. Never extracted; fetched again and checked instead.
    writeFileSync(path.join(cache, CARGO_AUDIT_ARCHIVE), 'a planted cargo-audit');
    extractTar.mockClear();
    downloadTool.mockClear();
    await installCargoAudit(pinned);
    expect(extractTar.mock.calls.map((c) => c[0])).not.toContain(path.join(cache, CARGO_AUDIT_ARCHIVE));
    expect(downloadTool).toHaveBeenCalledTimes(1);

    // A bare binary in the cache (nothing to check) is not run either.
    const bare = mkdtempSync(path.join(os.tmpdir(), 'rk-tool-cache-'));
    mkdirSync(path.join(bare, 'bin'));
    writeFileSync(path.join(bare, 'bin', 'cargo-audit'), '#!/bin/sh\necho planted\n');
    cachedFolder = bare;
    downloadTool.mockClear();
    const out = await installCargoAudit(pinned);
    expect(downloadTool).toHaveBeenCalledTimes(1);
    expect(out).not.toEqual({ dir: path.join(bare, 'bin') });

    // The genuine archive in the cache is used without a download.
    writeFileSync(path.join(cache, CARGO_AUDIT_ARCHIVE), 'not really a tarball');
    cachedFolder = cache;
    downloadTool.mockClear();
    extractTar.mockClear();
    await installCargoAudit(pinned);
    expect(downloadTool).not.toHaveBeenCalled();
    expect(extractTar).toHaveBeenCalledWith(path.join(cache, CARGO_AUDIT_ARCHIVE));
  } finally {
    cachedFolder = '';
  }
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
