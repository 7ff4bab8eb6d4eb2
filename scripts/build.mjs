#!/usr/bin/env node
// Builds every action discovered from actions/*/action.yml plus the CLI into dist/ with ncc,
// then regenerates action-docs/. `--only a,b` rebuilds just those bundles (no clean, no typecheck):
// for iterating on one action while others are being worked on.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeActionDocs, writeCliMetadata } from './action-docs.mjs';
import { writeLicenses } from './licenses.mjs';
import { writeStamp } from './bundle-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1].split(',').filter(Boolean) : null;
const skipTypecheck = args.includes('--no-typecheck') || only !== null;

function run(cmd, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${argv.join(' ')} failed (${code}):\n${out}`))
    );
  });
}

export function discoverActions() {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

const targets = [
  ...discoverActions().map((name) => ({ name, entry: `actions/${name}/src/index.ts` })),
  { name: 'cli', entry: 'packages/cli/src/index.ts' }
].filter((t) => !only || only.includes(t.name));

const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

async function bundle({ name, entry }) {
  const out = path.join(root, 'dist', name);
  const tmp = path.join(root, 'dist', `.${name}.tmp`);
  const stats = path.join(root, 'dist', `.${name}.stats.json`);
  rmSync(tmp, { recursive: true, force: true });
  await run(process.execPath, [
    ncc,
    'build',
    entry,
    '-o',
    tmp,
    '--minify',
    '--stats-out',
    stats,
    '--quiet',
    '--transpile-only',
    '--target',
    'es2022'
  ]);
  // ncc minifies the entry but leaves lazily loaded chunks as webpack wrote them: minify those too.
  for (const file of readdirSync(tmp).filter((f) => f.endsWith('.index.js'))) {
    const p = path.join(tmp, file);
    const result = await minify(readFileSync(p, 'utf8'), {
      module: true,
      compress: { passes: 1 },
      mangle: true,
      format: { comments: false }
    });
    writeFileSync(p, result.code);
  }
  writeLicenses(stats, path.join(tmp, 'licenses.txt'));
  writeStamp(root, stats, tmp);
  rmSync(stats, { force: true });
  // Replace atomically-ish, so a stale chunk from an earlier build never survives beside a new entry.
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  console.log(`bundled dist/${name}`);
}

async function pool(items, size, fn) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (queue.length) await fn(queue.shift());
    })
  );
}

const started = Date.now();
if (!only || only.includes('cli')) writeCliMetadata(root);
if (!skipTypecheck) {
  await run(process.execPath, [
    path.join(root, 'node_modules/typescript/bin/tsc'),
    '--noEmit',
    '-p',
    'tsconfig.json'
  ]);
  console.log('typecheck ok');
}
if (!only) rmSync(path.join(root, 'dist'), { recursive: true, force: true });
mkdirSync(path.join(root, 'dist'), { recursive: true });
await pool(targets, 2, bundle);
writeActionDocs(root, only);
console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
