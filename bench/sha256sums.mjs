#!/usr/bin/env node
// Benchmarks the bundled sha256sums action (whole process: `node dist/sha256sums/index.js` with INPUT_
// variables, as the runner starts it) on the same files as the reference tools:
//   generate against `sha256sum` and `openssl dgst -sha256`;
//   verify (of sha256sum's own list) against `sha256sum -c` and `shasum -a 256 -c`;
// on (a) one 2 GiB file, (b) 1,000 × 1 MiB, (c) 20,000 × 4 KiB, generated once under bench/.work/.
// Tools run interleaved within each repetition so machine noise hits them alike; medians are reported.
// Usage: npm run bench:sha256sums [-- --reps 5 --cases a,b,c --modes generate,verify --wait-idle 30]
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'bench', '.work');
const bundle = path.join(root, 'dist', 'sha256sums', 'index.js');
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const reps = Number(arg('reps', process.env.BENCH_REPS ?? '5'));
const only = arg('cases', 'a,b,c').split(',');
const modes = arg('modes', 'generate,verify').split(',');
// On a shared machine, wait (up to this many seconds) before each sample until the CPUs are idle.
const waitIdle = Number(arg('wait-idle', '0'));

const CASES = [
  { id: 'a', label: '(a) 1 × 2 GiB', count: 1, size: 2 * 1024 ** 3 },
  { id: 'b', label: '(b) 1,000 × 1 MiB', count: 1000, size: 1024 ** 2 },
  { id: 'c', label: '(c) 20,000 × 4 KiB', count: 20000, size: 4096 }
].filter((c) => only.includes(c.id));

if (!existsSync(bundle)) {
  console.error(
    `${path.relative(root, bundle)} is missing: run \`node scripts/build.mjs --only sha256sums\` first.`
  );
  process.exit(2);
}

/** Creates the files of a case once (random bytes, so nothing compresses or dedupes). */
function prepare(c) {
  const dir = path.join(work, c.id);
  const stamp = path.join(dir, '.complete');
  const spec = `${c.count}x${c.size}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${c.label} in ${path.relative(root, dir)} … `);
  const chunk = Buffer.allocUnsafe(Math.min(c.size, 8 * 1024 * 1024));
  const width = String(c.count - 1).length;
  for (let i = 0; i < c.count; i++) {
    const fd = openSync(path.join(dir, `f${String(i).padStart(width, '0')}`), 'w');
    for (let left = c.size; left > 0; left -= chunk.length) {
      randomFillSync(chunk);
      writeSync(fd, chunk, 0, Math.min(chunk.length, left));
    }
    closeSync(fd);
  }
  writeFileSync(stamp, spec);
  process.stderr.write('done\n');
  return dir;
}

const hasTime = existsSync('/usr/bin/time');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));

function cpuTimes() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = fields.map(Number);
  return { idle: n[3] + n[4], total: n.reduce((a, b) => a + b, 0) };
}

/** Waits until the machine's CPUs were ≥ 90% idle over 300 ms, or `waitIdle` seconds passed. */
function settle() {
  if (!waitIdle || !existsSync('/proc/stat')) return;
  const deadline = Date.now() + waitIdle * 1000;
  while (Date.now() < deadline) {
    const a = cpuTimes();
    spawnSync('sleep', ['0.3']);
    const b = cpuTimes();
    if ((b.idle - a.idle) / Math.max(1, b.total - a.total) >= 0.9) return;
  }
  settleTimeouts++;
}
let settleTimeouts = 0;

/** Runs a shell command in `cwd`; returns wall seconds, CPU seconds and peak RSS (KiB) from /usr/bin/time. */
function measure(command, cwd, env = {}) {
  settle();
  const timeFile = path.join(scratch, 'time.txt');
  const argv = hasTime
    ? ['/usr/bin/time', '-o', timeFile, '-f', '%e %U %S %M', 'sh', '-c', command]
    : ['sh', '-c', command];
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  if (!hasTime) return { wall, cpu: NaN, rssKiB: NaN };
  const [, user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  return { wall, cpu: user + sys, rssKiB: rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function runCase(c) {
  const dir = prepare(c);
  const out = (tool) => path.join(scratch, `${c.id}.${tool}.txt`);
  const actionEnv = {
    INPUT_MODE: 'generate',
    INPUT_FILES: 'f*',
    'INPUT_WORKING-DIRECTORY': dir,
    INPUT_ALGORITHM: 'sha256',
    INPUT_FORMAT: 'gnu',
    INPUT_OUTPUT: out('ours'),
    INPUT_SIDECARS: 'false',
    INPUT_CONCURRENCY: '0',
    GITHUB_OUTPUT: path.join(scratch, 'github-output'),
    GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'),
    RUNNER_TEMP: scratch,
    RELEASE_KIT_REPORT_DIR: scratch
  };
  // The runner creates these files before the step starts.
  writeFileSync(actionEnv.GITHUB_OUTPUT, '');
  writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, '');
  const tools = {
    'release-kit': () => measure(`"${process.execPath}" "${bundle}"`, dir, actionEnv),
    sha256sum: () => measure(`sha256sum f* > "${out('sha256sum')}"`, dir),
    'openssl dgst': () => measure(`openssl dgst -sha256 f* > "${out('openssl')}"`, dir)
  };
  const samples = Object.fromEntries(Object.keys(tools).map((t) => [t, []]));
  // One untimed warm-up of each, so every tool reads from the page cache.
  for (const run of Object.values(tools)) run();
  for (let i = 0; i < reps; i++) for (const [name, run] of Object.entries(tools)) samples[name].push(run());
  // Same bytes as coreutils: the action's GNU output must equal sha256sum's.
  const identical = readFileSync(out('ours')).equals(readFileSync(out('sha256sum')));
  // The action's report says how many threads hashed (CPU/wall alone misleads on a busy machine).
  const threads = JSON.parse(readFileSync(path.join(scratch, 'sha256sums-report.json'), 'utf8')).data?.hashing
    ?.threads;
  // GitHub's standard Linux runners have 4 CPUs, so concurrency defaults to 4 threads there: memory is
  // checked that way too (a worker thread costs memory whatever the machine).
  const fourThreads = [];
  for (let i = 0; i < Math.min(reps, 3); i++)
    fourThreads.push(
      measure(`"${process.execPath}" "${bundle}"`, dir, { ...actionEnv, INPUT_CONCURRENCY: '4' })
    );
  if (!modes.includes('verify')) return { c, samples, identical, threads, fourThreads };
  // Verify sha256sum's own list, as a user checks a download. It goes where verify looks by default:
  // `sh` drops variables whose names hold a hyphen, such as INPUT_CHECKSUMS-FILE.
  const list = path.join(dir, 'SHA256SUMS.txt');
  writeFileSync(list, readFileSync(out('sha256sum')));
  const verifyEnv = { ...actionEnv, INPUT_MODE: 'verify', INPUT_STRICT: 'true' };
  const checkers = {
    'release-kit verify': () => measure(`"${process.execPath}" "${bundle}"`, dir, verifyEnv),
    'sha256sum -c': () => measure(`sha256sum -c --strict --quiet "${list}"`, dir),
    'shasum -c': () => measure(`shasum -a 256 -c --strict --quiet "${list}"`, dir)
  };
  const verifySamples = Object.fromEntries(Object.keys(checkers).map((t) => [t, []]));
  for (const run of Object.values(checkers)) run();
  for (let i = 0; i < reps; i++)
    for (const [name, run] of Object.entries(checkers)) verifySamples[name].push(run());
  const verifyReport = JSON.parse(readFileSync(path.join(scratch, 'sha256sums-report.json'), 'utf8')).data;
  return { c, samples, identical, threads, fourThreads, verifySamples, verifyReport };
}

const cpu = readFileSync('/proc/cpuinfo', 'utf8');
const shaNi = (cpu.match(/\bsha_ni\b/g) ?? []).length;
console.log(
  `sha256sums benchmark — node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), sha_ni on ${shaNi} CPU(s), ${reps} repetitions, medians`
);
console.log(
  `sha256sum: ${spawnSync('sha256sum', ['--version']).stdout.toString().split('\n')[0]}; openssl: ${spawnSync('openssl', ['version']).stdout.toString().trim()}`
);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `load average before: ${load} (other work on the machine skews wall times; CPU s is less affected)`
);
console.log('');

const rows = [];
const verifyRows = [];
const verdicts = [];
for (const c of CASES) {
  const { samples, identical, threads, fourThreads, verifySamples, verifyReport } = runCase(c);
  if (verifySamples) {
    const vmed = (tool, key) => median(verifySamples[tool].map((s) => s[key]));
    const ref = vmed('sha256sum -c', 'wall');
    const perl = vmed('shasum -c', 'wall');
    for (const tool of Object.keys(verifySamples)) {
      const wall = vmed(tool, 'wall');
      verifyRows.push([
        c.label,
        tool,
        wall.toFixed(3),
        `${Math.min(...verifySamples[tool].map((s) => s.wall)).toFixed(3)}–${Math.max(...verifySamples[tool].map((s) => s.wall)).toFixed(3)}`,
        `${(ref / wall).toFixed(2)}× faster`,
        `${(perl / wall).toFixed(2)}× faster`,
        vmed(tool, 'cpu').toFixed(2),
        `${Math.round((vmed(tool, 'cpu') / wall) * 100)}%`,
        `${(vmed(tool, 'rssKiB') / 1024).toFixed(0)} MB`
      ]);
    }
    const ours = vmed('release-kit verify', 'wall');
    verdicts.push([
      c.label,
      `verify faster than sha256sum -c: ${(ref / ours).toFixed(2)}× (head start ${verifyReport?.hashing?.headStart ? 'used' : 'NOT used'}, ${verifyReport?.hashing?.threads} threads)`,
      ours < ref && verifyReport?.hashing?.headStart === true
    ]);
    verdicts.push([
      c.label,
      `verify verified all ${c.count} files`,
      verifyReport?.verify?.verified === c.count
    ]);
  }
  const med = (tool, key) => median(samples[tool].map((s) => s[key]));
  const base = med('sha256sum', 'wall');
  const ossl = med('openssl dgst', 'wall');
  for (const tool of Object.keys(samples)) {
    const wall = med(tool, 'wall');
    rows.push([
      c.label,
      tool,
      wall.toFixed(3),
      `${Math.min(...samples[tool].map((s) => s.wall)).toFixed(3)}–${Math.max(...samples[tool].map((s) => s.wall)).toFixed(3)}`,
      `${(base / wall).toFixed(2)}× faster`,
      `${(wall / ossl).toFixed(2)}× time`,
      med(tool, 'cpu').toFixed(2),
      `${Math.round((med(tool, 'cpu') / wall) * 100)}%`,
      `${(med(tool, 'rssKiB') / 1024).toFixed(0)} MB`
    ]);
  }
  const ours = med('release-kit', 'wall');
  const rss = Math.max(...samples['release-kit'].map((s) => s.rssKiB)) / 1024;
  if (c.id === 'c')
    verdicts.push([c.label, `faster than sha256sum: ${(base / ours).toFixed(2)}×`, ours < base]);
  else {
    verdicts.push([c.label, `≥3× faster than sha256sum: ${(base / ours).toFixed(2)}×`, base / ours >= 3]);
    verdicts.push([c.label, `≤1.25× openssl time: ${(ours / ossl).toFixed(2)}×`, ours / ossl <= 1.25]);
  }
  if (c.id === 'b') {
    const util = med('release-kit', 'cpu') / ours;
    verdicts.push([
      c.label,
      `uses both cores: hashed on ${threads} threads, CPU ${Math.round(util * 100)}% of wall`,
      threads >= 2 && util > 1.3
    ]);
  }
  verdicts.push([c.label, `peak RSS < 150 MB: ${rss.toFixed(0)} MB (max of runs)`, rss < 150]);
  const rss4 = Math.max(...fourThreads.map((s) => s.rssKiB)) / 1024;
  verdicts.push([
    c.label,
    `peak RSS < 150 MB with 4 threads (a 4-CPU runner's default): ${rss4.toFixed(0)} MB (max of ${fourThreads.length})`,
    rss4 < 150
  ]);
  verdicts.push([c.label, 'output byte-identical to sha256sum', identical]);
}

const headers = [
  'case',
  'tool',
  'median s',
  'min–max s',
  'vs sha256sum',
  'vs openssl',
  'CPU s',
  'CPU/wall',
  'peak RSS'
];
const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(headers));
console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const r of rows) console.log(line(r));
if (verifyRows.length) {
  const vheaders = [
    'case',
    'verify',
    'median s',
    'min–max s',
    'vs sha256sum -c',
    'vs shasum -c',
    'CPU s',
    'CPU/wall',
    'peak RSS'
  ];
  const vwidths = vheaders.map((h, i) => Math.max(h.length, ...verifyRows.map((r) => r[i].length)));
  const vline = (r) => `| ${r.map((cell, i) => cell.padEnd(vwidths[i])).join(' | ')} |`;
  console.log('');
  console.log(vline(vheaders));
  console.log(`| ${vwidths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of verifyRows) console.log(vline(r));
}
console.log('');
for (const [label, text, ok] of verdicts) console.log(`${ok ? 'PASS' : 'MISS'}  ${label}: ${text}`);
if (waitIdle)
  console.log(`--wait-idle ${waitIdle}: ${settleTimeouts} sample(s) started without an idle machine`);
console.log(`load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
rmSync(scratch, { recursive: true, force: true });
