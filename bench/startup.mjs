#!/usr/bin/env node
// Cold start of every bundled action: `node dist/<x>/index.js` to exit on an invalid input, beside
// `node -e 0` measured in the same run. Reports medians, the ratio, and bundle sizes.
// Usage: npm run bench:startup [-- --runs 31] [-- --node /path/to/node]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 21;
const node = args.includes('--node') ? path.resolve(args[args.indexOf('--node') + 1]) : process.execPath;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(argv, env) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, argv, { env, encoding: 'utf8', cwd: os.tmpdir() });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, out: r.stdout + r.stderr };
}

function dirSize(dir) {
  let total = 0;
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    const s = statSync(p);
    total += s.isDirectory() ? dirSize(p) : f.endsWith('.js') ? s.size : 0;
  }
  return total;
}

/**
 * Bytes an action's thin entry loads first: the shared bundle's index.js plus the chunks its entry-table
 * row fetches (what the entry imports lazily later is not counted). See scripts/build.mjs.
 */
function firstLoad(name) {
  const shared = path.join(root, 'dist/shared');
  const table = readFileSync(path.join(shared, 'index.js'), 'utf8');
  const key = /^[a-z_$][\w$]*$/i.test(name) ? name : JSON.stringify(name);
  const start = table.indexOf(`${key}:()=>`);
  if (start < 0) return dirSize(path.join(root, 'dist', name));
  const row = table.slice(start, table.indexOf('.then(', start));
  const ids = [...row.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => m[1]);
  return table.length + ids.reduce((n, id) => n + statSync(path.join(shared, `${id}.index.js`)).size, 0);
}

/** An input the action must reject: a boolean or enum-like input given a nonsense value. */
function invalidInput(action) {
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (input?.default === 'true' || input?.default === 'false') return [name, 'maybe'];
  }
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (/^\d+$/.test(String(input?.default ?? ''))) return [name, 'many'];
  }
  return null;
}

const actions = readdirSync(path.join(root, 'actions'))
  .filter((n) => existsSync(path.join(root, 'dist', n, 'index.js')))
  .sort();
const temp = mkdtempSync(path.join(os.tmpdir(), 'rk-bench-'));
const baseEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GITHUB_OUTPUT: path.join(temp, 'out'),
  GITHUB_STEP_SUMMARY: path.join(temp, 'sum'),
  RUNNER_TEMP: temp,
  GITHUB_REPOSITORY: 'octo-org/octo-repo'
};
writeFileSync(baseEnv.GITHUB_OUTPUT, '');
writeFileSync(baseEnv.GITHUB_STEP_SUMMARY, '');

const rows = [];
const cases = actions.map((name) => {
  const action = YAML.parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8'));
  const env = { ...baseEnv };
  const bad = invalidInput(action);
  if (bad) env[`INPUT_${bad[0].toUpperCase()}`] = bad[1];
  return { name, env, bad, bundle: path.join(root, 'dist', name, 'index.js') };
});
// Warm the file cache once, then interleave: every round measures the baseline and each action.
for (const c of cases) time([c.bundle], c.env);
const samples = { baseline: [], ...Object.fromEntries(cases.map((c) => [c.name, []])) };
const checks = {};
for (let i = 0; i < runs; i++) {
  samples.baseline.push(time(['-e', '0'], baseEnv).ms);
  for (const c of cases) {
    const r = time([c.bundle], c.env);
    samples[c.name].push(r.ms);
    checks[c.name] = r;
  }
}
const base = median(samples.baseline);
console.log(
  `node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${runs} runs each, medians`
);
console.log(`baseline: node -e 0  ${base.toFixed(1)} ms`);
console.log('');
console.log('| action | invalid input | exit | median ms | × node -e 0 | first load (entry chunks) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const c of cases) {
  const m = median(samples[c.name]);
  const r = checks[c.name];
  const size = firstLoad(c.name);
  rows.push({ name: c.name, ms: m, ratio: m / base, size, exit: r.status });
  console.log(
    `| ${c.name} | ${c.bad ? `${c.bad[0]}=${c.bad[1]}` : '(required missing)'} | ${r.status} | ${m.toFixed(1)} | ${(m / base).toFixed(2)} | ${(size / 1024 / 1024).toFixed(2)} MB |`
  );
  if (r.status !== 1)
    console.log(`  !! ${c.name} did not fail on its invalid input:\n${r.out.slice(0, 500)}`);
}
const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a), rows[0] ?? { ratio: 0 });
if (worst)
  console.log(
    `\nworst ratio: ${worst.name} ${worst.ratio.toFixed(2)}× (target ≤ 4×); largest first load ${(Math.max(...rows.map((r) => r.size)) / 1024 / 1024).toFixed(2)} MB; dist/ holds ${(dirSize(path.join(root, 'dist')) / 1024 / 1024).toFixed(2)} MB of .js in all (target < 1.5 MB per action)`
  );
