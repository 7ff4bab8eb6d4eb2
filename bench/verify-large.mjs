#!/usr/bin/env node
// Peak memory of verify-release-assets verifying one large asset with `download: always`: the bundled
// action (dist/verify-release-assets) streams it from the simulator through SHA-256. The bar is a
// peak RSS under 150 MB for a 2 GiB asset. Not a timed test: run it by hand or in a benchmark job.
// Usage: node bench/verify-large.mjs [--size-mib 2048] [--runs 1] [--node /path/to/node]
// Needs the bundle (`node scripts/build.mjs --only verify-release-assets`); bundles the simulator itself
// into a temp dir with ncc, since it is TypeScript. Exits 1 when the peak is over the limit.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const sizeMiB = arg('--size-mib', 2048);
const runs = arg('--runs', 1);
const LIMIT_MB = 150;
// The runner's runtime is node24; `--node path` measures under another binary than this one.
const node = args.includes('--node') ? args[args.indexOf('--node') + 1] : process.execPath;

const bundle = path.join(root, 'dist/verify-release-assets/index.js');
if (!existsSync(bundle)) {
  console.error(`No bundle at ${bundle}: run node scripts/build.mjs --only verify-release-assets first.`);
  process.exit(2);
}

// The simulator is TypeScript; ncc turns it into one importable file.
const simDir = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-sim-'));
const ncc = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'packages/sim/src/index.ts',
    '-o',
    simDir,
    '--quiet',
    '--transpile-only',
    '--target',
    'es2022'
  ],
  {
    cwd: root,
    encoding: 'utf8'
  }
);
if (ncc.status !== 0) {
  console.error(ncc.stdout + ncc.stderr);
  process.exit(2);
}
const { startSimulator } = await import(pathToFileURL(path.join(simDir, 'index.js')).href);

const size = sizeMiB * 1024 * 1024;
console.log(`Preparing a ${sizeMiB} MiB asset (${size} bytes)…`);
const data = Buffer.allocUnsafe(size);
// Random 1 MiB blocks, varied by an index, so the bytes are not trivially compressible or repetitive.
const block = randomFillSync(Buffer.alloc(1024 * 1024));
for (let off = 0, i = 0; off < size; off += block.length, i++) {
  block.writeUInt32LE(i, 0);
  block.copy(data, off, 0, Math.min(block.length, size - off));
}
const hash = createHash('sha256');
for (let off = 0; off < size; off += 64 * 1024 * 1024)
  hash.update(data.subarray(off, Math.min(size, off + 64 * 1024 * 1024)));
const digest = hash.digest('hex');

const sim = await startSimulator();
const repo = sim.gh.addRepo({
  owner: 'octo-org',
  name: 'big',
  releases: [{ tag_name: 'v1.0.0', assets: [{ name: 'big.bin', content: 'x' }] }]
});
// Put the bytes in place directly: a state file or an upload would copy 2 GiB more in this process.
Object.assign(repo.releases[0].assets[0], { data, size, digest: `sha256:${digest}` });

const hasTime = existsSync('/usr/bin/time');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-verify-'));

function runOnce() {
  const files = {
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md')
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...files,
    RUNNER_TEMP: tmp,
    GITHUB_REPOSITORY: 'octo-org/big',
    GITHUB_REF: 'refs/tags/v1.0.0',
    GITHUB_API_URL: sim.urls.github,
    INPUT_TOKEN: sim.adminToken,
    INPUT_EXPECTED: 'big.bin',
    INPUT_DOWNLOAD: 'always',
    INPUT_CHECKSUMS: 'auto',
    'INPUT_ALLOW-EXTRA': 'false',
    'INPUT_WAIT-TIMEOUT': '0',
    'INPUT_POLL-INTERVAL': '15s',
    'INPUT_MIN-SIZE': '1',
    INPUT_CONCURRENCY: '4'
  };
  // Peak RSS from the kernel: GNU time's %M where present, else the child's VmHWM polled from /proc.
  const argv = hasTime ? ['/usr/bin/time', ['-f', 'RK_MAXRSS_KB=%M', node, bundle]] : [node, [bundle]];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let hwm = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) hwm = Math.max(hwm, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 50);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /RK_MAXRSS_KB=(\d+)/.exec(log);
      resolve({ code, seconds, peakKB: m ? Number(m[1]) : hwm, log });
    });
  });
}

const results = [];
for (let i = 0; i < runs; i++) {
  const r = await runOnce();
  if (r.code !== 0) {
    console.error(`The action failed (exit ${r.code}):\n${r.log}`);
    await sim.stop();
    process.exit(1);
  }
  const out = readFileSync(path.join(tmp, 'output'), 'utf8');
  if (!/verified<<[^\n]+\n1\n/.test(out) && !/verified=1\b/.test(out)) {
    console.error(`The action did not verify the asset:\n${out}\n${r.log}`);
    await sim.stop();
    process.exit(1);
  }
  results.push(r);
  console.log(
    `run ${i + 1}: peak RSS ${(r.peakKB / 1024).toFixed(1)} MB, ${r.seconds.toFixed(1)} s (${(sizeMiB / r.seconds).toFixed(0)} MiB/s including start-up)`
  );
}
await sim.stop();

const peaks = results.map((r) => r.peakKB / 1024).sort((a, b) => a - b);
const median = peaks[Math.floor(peaks.length / 2)];
console.log(
  `\nverify-release-assets (${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}), download: always, one ${sizeMiB} MiB asset: peak RSS median ${median.toFixed(1)} MB, max ${peaks.at(-1).toFixed(1)} MB (limit ${LIMIT_MB} MB)`
);
process.exit(peaks.at(-1) < LIMIT_MB ? 0 : 1);
