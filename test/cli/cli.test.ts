import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/run-action.js';
import { assertBundleFresh } from '../../scripts/bundle-stamp.mjs';

// The committed CLI bundle, run as users run it; refused when older than its sources.
const cli = path.join(ROOT, 'dist/cli/index.js');
beforeAll(() => assertBundleFresh(ROOT, 'cli'));

function release(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? os.tmpdir(),
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      RELEASE_KIT_REPORT_DIR: mkdtempSync(path.join(os.tmpdir(), 'rk-cli-r-')),
      ...options.env
    },
    encoding: 'utf8'
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('help lists every action; exit codes are 0 for help, 2 for bad usage', () => {
  const help = release(['--help']);
  expect(help.code).toBe(0);
  for (const a of [
    'sha256sums',
    'verify-release-assets',
    'sbom-attach',
    'homebrew-bump',
    'crates-verify',
    'qe-signoff-gate',
    'dependency-watch'
  ]) {
    expect(help.stdout).toContain(`  ${a} `);
  }
  expect(release([]).code).toBe(2);
  const unknown = release(['shipit']);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown command "shipit"');
  const badFlag = release(['sha256sums', '--colour', 'red']);
  expect(badFlag.code).toBe(2);
  expect(badFlag.stderr).toMatch(/Unknown flag --colour\. Known flags: --mode, --files/);
  expect(release(['sha256sums', '--files']).code).toBe(2);
});

test('per-action help is generated from action.yml', () => {
  const r = release(['verify-release-assets', '--help']);
  expect(r.code).toBe(0);
  const doc = readFileSync(path.join(ROOT, 'actions/verify-release-assets/action.yml'), 'utf8');
  for (const input of ['tag', 'expected', 'targets', 'wait-timeout', 'allow-extra']) {
    expect(doc).toContain(`  ${input}:`);
    expect(r.stdout).toContain(`--${input}`);
  }
  expect(r.stdout).toContain('Outputs (printed as name=value):');
});

test('an action runs locally: flags become inputs, outputs print as name=value, failure exits 1', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-cli-'));
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist/app-linux'), 'binary\n');
  writeFileSync(path.join(dir, 'dist/app-macos'), 'other\n');
  const gen = release(['sha256sums', '--files', 'dist/*', '--sidecars', 'true'], { cwd: dir });
  expect(gen.code).toBe(0);
  expect(gen.stdout).toMatch(/^count=2$/m);
  expect(gen.stdout).toMatch(/^checksums-file=SHA256SUMS.txt$/m);
  expect(gen.stdout).toContain('== ');
  expect(spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS.txt'], { cwd: dir }).status).toBe(0);
  writeFileSync(path.join(dir, 'dist/app-linux'), 'tampered\n');
  const verify = release(['sha256sums', '--mode', 'verify', '--checksums-file', 'SHA256SUMS.txt'], {
    cwd: dir
  });
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain('mismatch');
  const bad = release(['sha256sums', '--algorithm', 'md5'], { cwd: dir });
  expect(bad.code).toBe(1);
  expect(bad.stdout + bad.stderr).toMatch(/algorithm.*md5/);
});

test('release-kit sim prints one JSON line, serves, and stops on SIGTERM', async () => {
  const started = Date.now();
  const child = spawn(process.execPath, [cli, 'sim', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`sim exited early with ${code}`)));
  });
  const startupMs = Date.now() - started;
  const info = JSON.parse(line);
  expect(Object.keys(info)).toEqual(
    expect.arrayContaining(['github', 'uploads', 'crates', 'index', 'token'])
  );
  expect(info.index).toMatch(/^sparse\+http:\/\/127\.0\.0\.1:\d+\/index\/$/);
  const res = await fetch(`${info.github}/user`, { headers: { authorization: `token ${info.token}` } });
  expect(res.status).toBe(200);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  console.log(`release-kit sim answered after ${startupMs} ms`);
  expect(startupMs).toBeLessThan(10_000); // generous: the point is "starts and serves", not a timing gate
});
