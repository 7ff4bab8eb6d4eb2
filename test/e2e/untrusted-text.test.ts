/**
 * End to end (the bundles, as the runner runs them): text written by outsiders — names in a checksum
 * file, release asset and checksum-listed names, artifact file names, crate names in Cargo.toml — can
 * neither start a workflow command in the step log nor put live HTML into the job summary, and the
 * summary stays below GitHub's 1 MiB. Build first:
 * node scripts/build.mjs --only sha256sums,verify-release-assets,sbom-attach,crates-verify
 */
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCrateFile } from '../../packages/sim/src/crates/index.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';
import { forgedCommands, liveHtml, TAG } from './untrusted-checks.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const HOSTILE = [
  `::warning::${TAG} forged warning`,
  `::stop-commands::${TAG}`,
  `::add-mask::${TAG}`,
  `  ::error title=x::${TAG} indented`,
  `a\`<img src=https://evil.example/${TAG}.png>\`b`,
  `<img src=https://evil.example/${TAG}2.png>`
];

let sim: Simulator;
const dirs: string[] = [];
beforeAll(async () => {
  for (const a of ['sha256sums', 'verify-release-assets', 'sbom-attach', 'crates-verify'])
    if (!existsSync(path.join(ROOT, 'dist', a, 'index.js')))
      throw new Error(`dist/${a}/index.js is missing: run node scripts/build.mjs --only ${a} first.`);
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

describe('the step log takes no workflow command from outsiders', () => {
  test('liveHtml and forgedCommands see what they look for', () => {
    expect(liveHtml('a <img src=x> `<b>`\n```\n<i>\n```\n<u>')).toEqual(['<img src=x>', '<u>']);
    expect(
      forgedCommands({ stdout: `ok\n  ::warning::${TAG} x\n::error title=t::file ${TAG}\n` } as RunResult)
    ).toEqual([`::warning::${TAG} x`]);
  });

  test('sha256sums verify: names in a checksum file', async () => {
    const dir = tempDir('rk-untrusted-sums-');
    writeFileSync(path.join(dir, 'real.bin'), 'real');
    const lines = [`${sha256('real')}  real.bin`, ...HOSTILE.map((n) => `${'0'.repeat(64)}  ${n}`)];
    writeFileSync(path.join(dir, 'SHA256SUMS'), lines.join('\n') + '\n');
    const r = await runAction('sha256sums', {
      cwd: dir,
      inputs: { mode: 'verify', 'checksums-file': 'SHA256SUMS' },
      env: { RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1); // the hostile names are missing files
    expect(r.stdout).toContain(TAG); // they were logged …
    expect(forgedCommands(r)).toEqual([]); // … as text
    expect(liveHtml(r.summary)).toEqual([]);
    expect(r.summary).toContain('evil.example'); // shown, not dropped
  });

  test('sha256sums verify: a flood of long names keeps the summary below 1 MiB, pointing to report.json', async () => {
    const dir = tempDir('rk-untrusted-flood-');
    const long = (i: number) => `dir-${i}/${'n'.repeat(3_990)}`;
    const lines = Array.from({ length: 3_000 }, (_, i) => `${'0'.repeat(64)}  ${long(i)}`);
    writeFileSync(path.join(dir, 'SHA256SUMS'), lines.join('\n') + '\n');
    const r = await runAction('sha256sums', {
      cwd: dir,
      inputs: { mode: 'verify', 'checksums-file': 'SHA256SUMS' },
      env: { RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.summary).toMatch(/report\.json/);
    // every failure is still in report.json
    expect(r.report.data.verify.failures).toHaveLength(3_000);
  });

  test('verify-release-assets: asset names and the names a checksum file lists', async () => {
    const owner = 'octo-org';
    const repo = 'untrusted-assets';
    const good = 'tool-1.0.0-linux';
    const sums = [`${sha256('bin')}  ${good}`, ...HOSTILE.map((n) => `${'1'.repeat(64)}  ${n}`)].join('\n');
    sim.gh.addRepo({
      owner,
      name: repo,
      releases: [
        {
          tag_name: 'v1.0.0',
          assets: [
            { name: good, content: 'bin' },
            { name: 'SHA256SUMS', content: sums + '\n' },
            { name: `<img src=https:__evil.example_${TAG}3.png>`, content: 'x' }
          ]
        }
      ]
    });
    const r = await runAction('verify-release-assets', {
      inputs: {
        token: sim.adminToken,
        repository: `${owner}/${repo}`,
        tag: 'v1.0.0',
        expected: 'tool-{version}-linux\nSHA256SUMS'
      },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1); // an unexpected asset, names listed but absent
    expect(r.summary).toContain(TAG);
    expect(forgedCommands(r)).toEqual([]);
    expect(liveHtml(r.summary)).toEqual([]);
  });

  test('sbom-attach: artifact file names and the project name', async () => {
    const dir = tempDir('rk-untrusted-sbom-');
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: `<b>${TAG}</b>`, version: '1.0.0', dependencies: {} })
    );
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      JSON.stringify({
        name: 'demo',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: { '': { name: 'demo', version: '1.0.0' } }
      })
    );
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', `<img src=x onerror=alert(1)>${TAG}.tar.gz`), 'artifact');
    writeFileSync(path.join(dir, 'dist', `a\`<img src=y>\`${TAG}.zip`), 'artifact');
    const r = await runAction('sbom-attach', {
      cwd: dir,
      inputs: { lockfiles: 'package-lock.json', artifacts: 'dist/*', name: 'demo' },
      env: { RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    if (r.code !== 0) throw new Error(r.stdout);
    expect(readdirSync(path.join(dir, 'dist'))).toHaveLength(2);
    expect(r.summary).toContain(TAG);
    expect(liveHtml(r.summary)).toEqual([]);
  });

  test('crates-verify: a hostile package name in Cargo.toml is refused before any path or URL is built', async () => {
    const dir = tempDir('rk-untrusted-crate-');
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    for (const name of [`::warning::${TAG}`, `../outside/${TAG}`, `<img src=x>${TAG}`]) {
      writeFileSync(
        path.join(dir, 'Cargo.toml'),
        `[package]\nname = ${JSON.stringify(name)}\nversion = "1.0.0"\nedition = "2021"\n`
      );
      const before = sim.server.log.length;
      const r = await runAction('crates-verify', {
        cwd: dir,
        inputs: { index: sim.urls.index, 'poll-interval': '1s', 'wait-timeout': '2s' },
        env: { RELEASE_KIT_TIME_SCALE: '0.01', RUNNER_TEMP: path.join(dir, 'runner-temp') }
      });
      expect(r.code).toBe(1);
      expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/is not a crate name/);
      expect(forgedCommands(r)).toEqual([]);
      expect(liveHtml(r.summary)).toEqual([]);
      // nothing asked of the registry, nothing written beside the workspace
      expect(sim.server.log.slice(before)).toEqual([]);
      expect(readdirSync(outside)).toEqual([]);
    }
  });

  test("crates-verify: a registry's dl and api strings are logged as text", async () => {
    // A sparse index whose config.json carries commands in its strings; it knows no crate.
    const server = http.createServer((req, res) => {
      if (req.url === '/index/config.json')
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            dl: `http://127.0.0.1:9/dl\n::warning::${TAG} from dl`,
            api: `http://127.0.0.1:9/api\r::add-mask::${TAG}`
          })
        );
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const index = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index/`;
      const r = await runAction('crates-verify', {
        cwd: tempDir('rk-untrusted-registry-'),
        inputs: { crate: 'demo', version: '1.0.0', index, 'poll-interval': '1s', 'wait-timeout': '1s' },
        env: { RELEASE_KIT_TIME_SCALE: '0.01' }
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(TAG);
      expect(forgedCommands(r)).toEqual([]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  test('crates-verify: a .crate over max-crate-size is refused while it streams', async () => {
    const name = 'rk-untrusted-big';
    // random bytes do not compress: the .crate stays about 64 KiB
    const crate = buildCrateFile({
      name,
      version: '1.0.0',
      files: { 'src/blob.txt': randomBytes(48 * 1024).toString('base64') }
    });
    expect(crate.length).toBeGreaterThan(32 * 1024);
    sim.crates.state.seedCrate({ name, owners: ['release-bot'], versions: [{ num: '1.0.0', crate }] });
    const run = (limit?: string) =>
      runAction('crates-verify', {
        cwd: tempDir('rk-untrusted-size-'),
        inputs: {
          crate: name,
          version: '1.0.0',
          tag: 'v1.0.0',
          index: sim.urls.index,
          'poll-interval': '1s',
          'wait-timeout': '5s',
          ...(limit ? { 'max-crate-size': limit } : {})
        },
        env: { RELEASE_KIT_TIME_SCALE: '0.01' }
      });
    const small = await run('16KiB');
    expect(small.code).toBe(1);
    const download = small.report?.data?.crates?.[0]?.checks?.find(
      (c: { rule: string }) => c.rule === 'download'
    );
    if (!download) throw new Error(small.stdout);
    expect(download.detail).toMatch(/more than the limit of 16384 bytes/);
    // the default is well above a real crate
    const ok = await run();
    expect(
      ok.report.data.crates[0].checks.find((c: { rule: string }) => c.rule === 'download')
    ).toBeUndefined();
    expect(ok.report.data.crates[0].downloadSha256).toBe(sha256(crate));
  });
});
