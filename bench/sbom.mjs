#!/usr/bin/env node
// Benchmark of the sbom-attach bundle (`npm run bench:sbom`; build it first with
// `node scripts/build.mjs --only sbom-attach`):
// - a real npm project of 2,000+ packages (`npm install --package-lock-only` of a large dependency
//   set; needs the npm registry once, then cached under bench/.work/sbom), falling back to a
//   synthetic real-shaped package-lock.json of 2,500 packages when the registry is unreachable;
// - a synthetic real-shaped Cargo workspace lock of 600 crates;
// - side by side with @cyclonedx/cyclonedx-npm on the same npm project (installed with npm under
//   bench/.work/sbom/cdx-npm, never as a project dependency).
// Each run is a fresh `node` process, timed wall-clock, with CPU time (user + system, which a busy
// machine disturbs less) and peak RSS from GNU time when present. cyclonedx-npm's CPU time includes
// the `npm ls` it runs (GNU time counts waited-for children).
// Target: under 1 s per SBOM and at least 5× faster than cyclonedx-npm.
// BENCH_RUNS / BENCH_TOOL_RUNS set the run counts; BENCH_SYNTHETIC_NPM=1 uses the synthetic lockfile.
// Corpus mode (`npm run bench:sbom -- --corpus`): every project of the shared corpus of real lockfiles
// (../shared/corpus/lockfiles, or BENCH_CORPUS_DIR), each copied to a temporary folder first so no tool
// writes into it, timed with release-kit, cdxgen and (for package-lock.json projects, the only kind it
// reads) @cyclonedx/cyclonedx-npm in the same run, alternating tool by tool per project. Both reference
// tools are installed with npm into BENCH_TOOLS_DIR (default: a folder under the system's temp dir,
// outside the repository), never as project dependencies. A tool that fails or writes no components
// is reported as such, with its exit code, rather than timed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench/.work/sbom');
const BUNDLE = path.join(ROOT, 'dist/sbom-attach/index.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOOL_RUNS = Number(process.env.BENCH_TOOL_RUNS ?? 3);
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find(
  (p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0
);

const NPM_PROJECT = {
  name: 'bench-webapp',
  version: '1.0.0',
  license: 'MIT',
  dependencies: {
    'react-scripts': '5.0.1',
    '@angular/cli': '17.3.8',
    'webpack-cli': '5.1.4',
    express: '4.19.2',
    '@vue/cli-service': '5.0.8',
    lerna: '8.1.2',
    '@nestjs/cli': '10.3.2',
    gatsby: '5.13.5'
  },
  devDependencies: { jest: '29.7.0', eslint: '8.57.0', typescript: '5.4.5', '@babel/core': '7.24.5' }
};

function npm(args, cwd) {
  return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 600_000
  });
}

/** Deterministic pseudo-random bytes, so the synthetic lockfiles are the same on every machine. */
function bytes(seed, n) {
  let out = Buffer.alloc(0);
  for (let i = 0; out.length < n; i++)
    out = Buffer.concat([out, createHash('sha256').update(`${seed}:${i}`).digest()]);
  return out.subarray(0, n);
}

function syntheticNpm(dir, count = 2500) {
  const names = Array.from({ length: count }, (_, i) =>
    i % 7 === 0 ? `@scope${i % 40}/pkg-${i}` : `pkg-${i}`
  );
  const packages = {
    '': { name: 'synthetic-webapp', version: '1.0.0', license: 'MIT', dependencies: {}, devDependencies: {} }
  };
  names.forEach((name, i) => {
    const deps = {};
    for (let k = 1; k <= 4; k++)
      if (i + k * 13 < count) deps[names[i + k * 13]] = `^${1 + ((i + k) % 5)}.0.0`;
    packages[`node_modules/${name}`] = {
      version: `${1 + (i % 5)}.${i % 17}.${i % 3}`,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${1 + (i % 5)}.${i % 17}.${i % 3}.tgz`,
      integrity: `sha512-${bytes(name, 64).toString('base64')}`,
      ...(i % 4 === 0 ? { dev: true } : {}),
      license: ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause'][i % 4],
      dependencies: deps
    };
  });
  for (let i = 0; i < 60; i++) packages[''].dependencies[names[i]] = '*';
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'synthetic-webapp', version: '1.0.0', license: 'MIT' }, null, 2)
  );
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify(
      { name: 'synthetic-webapp', version: '1.0.0', lockfileVersion: 3, requires: true, packages },
      null,
      2
    )
  );
}

function npmProject() {
  if (process.env.BENCH_SYNTHETIC_NPM === '1') {
    const dir = path.join(WORK, 'npm-synthetic');
    mkdirSync(dir, { recursive: true });
    syntheticNpm(dir);
    return dir;
  }
  const dir = path.join(WORK, 'npm-real');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'package-lock.json'))) {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify(NPM_PROJECT, null, 2));
    console.log('Resolving a real npm project (npm install --package-lock-only; once, then cached)…');
    const r = npm(
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps'],
      dir
    );
    if (r.status !== 0) {
      console.log(
        `npm could not resolve it (${(r.stderr || '').trim().split('\n').pop()}); using a synthetic package-lock.json instead.`
      );
      syntheticNpm(dir);
    }
  }
  return dir;
}

function cargoProject(count = 600) {
  const dir = path.join(WORK, 'cargo');
  mkdirSync(dir, { recursive: true });
  const names = Array.from(
    { length: count },
    (_, i) => `crate-${i.toString(36)}-${['sys', 'core', 'derive', 'util', 'macros'][i % 5]}`
  );
  const blocks = [
    '# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 4\n'
  ];
  const direct = names.slice(0, 40);
  blocks.push(
    `[[package]]\nname = "bench-app"\nversion = "2.1.0"\ndependencies = [\n${direct.map((n) => ` "${n}",`).join('\n')}\n]\n`
  );
  names.forEach((name, i) => {
    const deps = [];
    for (let k = 1; k <= 3; k++) if (i + k * 7 < count) deps.push(names[i + k * 7]);
    blocks.push(
      `[[package]]\nname = "${name}"\nversion = "${i % 4}.${i % 11}.${i % 7}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${bytes(name, 32).toString('hex')}"\n` +
        (deps.length ? `dependencies = [\n${deps.map((d) => ` "${d}",`).join('\n')}\n]\n` : '')
    );
  });
  writeFileSync(path.join(dir, 'Cargo.lock'), blocks.join('\n'));
  writeFileSync(
    path.join(dir, 'Cargo.toml'),
    `[package]\nname = "bench-app"\nversion = "2.1.0"\nedition = "2021"\nlicense = "MIT OR Apache-2.0"\n\n[dependencies]\n${direct.map((n) => `${n} = "*"`).join('\n')}\n`
  );
  return dir;
}

function cyclonedxNpm() {
  const dir = path.join(WORK, 'cdx-npm');
  const bin = path.join(dir, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'cdx-npm-bench', private: true }));
    console.log('Installing @cyclonedx/cyclonedx-npm under bench/.work/sbom/cdx-npm…');
    const r = npm(['install', '--no-audit', '--no-fund', '@cyclonedx/cyclonedx-npm'], dir);
    if (r.status !== 0) return undefined;
  }
  const version = JSON.parse(
    readFileSync(path.join(dir, 'node_modules/@cyclonedx/cyclonedx-npm/package.json'), 'utf8')
  ).version;
  return { bin, version };
}

/** Runs a command once: wall time (ms) and peak RSS (MB, from GNU time when available). */
function measure(argv, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `rk-bench-time-${process.pid}`);
    const [cmd, args] = GNU_TIME
      ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', ...argv]]
      : [argv[0], argv.slice(1)];
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let rss;
      let cpu;
      if (GNU_TIME && existsSync(timeFile)) {
        const [maxKb, user, sys] = readFileSync(timeFile, 'utf8')
          .trim()
          .split('\n')
          .pop()
          .split(' ')
          .map(Number);
        rss = maxKb / 1024;
        cpu = (user + sys) * 1000;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, ms, rss, cpu, out });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function series(label, argv, options, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = await measure(argv, options);
    if (r.code !== 0) throw new Error(`${label} failed (exit ${r.code}):\n${r.out.slice(-2000)}`);
    results.push(r);
  }
  return {
    label,
    components: /::set-output name=components::(\d+)/.exec(results[0].out)?.[1],
    ms: median(results.map((r) => r.ms)),
    rss: results[0].rss === undefined ? undefined : median(results.map((r) => r.rss)),
    cpu: results[0].cpu === undefined ? undefined : median(results.map((r) => r.cpu)),
    runs
  };
}

function ours(dir, format, outDir) {
  return {
    cwd: dir,
    env: {
      INPUT_FORMAT: format,
      'INPUT_INCLUDE-DEV': 'true',
      'INPUT_OUTPUT-DIR': outDir,
      INPUT_PATH: '.',
      SOURCE_DATE_EPOCH: '1700000000',
      RUNNER_TEMP: path.join(WORK, 'runner-temp'),
      GITHUB_STEP_SUMMARY: '',
      GITHUB_OUTPUT: ''
    }
  };
}

/**
 * Distinct components by purl (nested ones included: cyclonedx-npm nests some) → their SHA-512, from the
 * component's hashes or its distribution reference's (where cyclonedx-npm puts the lockfile integrity).
 */
function count(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const seen = new Map();
  const walk = (components) => {
    for (const c of components ?? []) {
      const hashes = [
        ...(c.hashes ?? []),
        ...(c.externalReferences ?? []).flatMap((r) => (r.type === 'distribution' ? (r.hashes ?? []) : []))
      ];
      seen.set(
        c.purl ?? `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`,
        hashes.find((h) => h.alg === 'SHA-512')?.content
      );
      walk(c.components);
    }
  };
  walk(doc.components);
  return seen;
}

if (!existsSync(BUNDLE)) {
  console.error(
    'dist/sbom-attach/index.js is missing: run `node scripts/build.mjs --only sbom-attach` first.'
  );
  process.exit(2);
}
if (process.argv.includes('--corpus')) {
  await corpusBench();
  process.exit(0);
}
mkdirSync(WORK, { recursive: true });
const npmDir = npmProject();
const cargoDir = cargoProject();
const tool = cyclonedxNpm();
const npmPackages =
  Object.keys(JSON.parse(readFileSync(path.join(npmDir, 'package-lock.json'), 'utf8')).packages).length - 1;
const out = path.join(WORK, 'out');
rmSync(out, { recursive: true, force: true });

console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${RUNS} runs each (${TOOL_RUNS} for cyclonedx-npm); medians.`
);
console.log(`npm project: ${npmPackages} lockfile entries; Cargo.lock: 600 crates.\n`);

const rows = [];
const node = process.execPath;
for (const [project, dir] of [
  ['npm (package-lock.json)', npmDir],
  ['cargo (Cargo.lock)', cargoDir]
]) {
  for (const [label, format] of [
    ['SPDX 2.3', 'spdx-json'],
    ['CycloneDX 1.6', 'cyclonedx-json'],
    ['both formats', 'spdx-json, cyclonedx-json']
  ]) {
    const target = path.join(out, `${path.basename(dir)}-${format.replace(/\W+/g, '-')}`);
    const r = await series(`release-kit ${label}`, [node, BUNDLE], ours(dir, format, target), RUNS);
    rows.push({ project, tool: `release-kit sbom-attach, ${label}`, ...r, out: target });
  }
  if (project.startsWith('npm')) {
    if (tool) {
      const file = path.join(out, 'cyclonedx-npm.cdx.json');
      const r = await series(
        'cyclonedx-npm',
        [
          node,
          tool.bin,
          '--package-lock-only',
          '--ignore-npm-errors',
          '--output-format',
          'JSON',
          '--spec-version',
          '1.6',
          '--output-file',
          file
        ],
        { cwd: dir, env: {} },
        TOOL_RUNS
      );
      rows.push({
        project,
        tool: `@cyclonedx/cyclonedx-npm ${tool.version}, CycloneDX 1.6`,
        ...r,
        components: count(file).size,
        names: count(file)
      });
    } else console.log('@cyclonedx/cyclonedx-npm could not be installed: comparison skipped.');
  }
}

const fmt = (n, d = 0) => (n === undefined ? 'n/a' : n.toFixed(d));
console.log('| project | tool | components | median wall (ms) | median CPU (ms) | peak RSS (MB) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(
    `| ${r.project} | ${r.tool} | ${r.components ?? ''} | ${fmt(r.ms)} | ${fmt(r.cpu)} | ${fmt(r.rss)} |`
  );
const cdxOurs = rows.find(
  (r) => r.project.startsWith('npm') && r.tool.endsWith('CycloneDX 1.6') && r.tool.startsWith('release-kit')
);
const both = rows.find((r) => r.project.startsWith('npm') && r.tool.endsWith('both formats'));
const theirs = rows.find((r) => r.tool.startsWith('@cyclonedx'));
console.log('');
const worst = Math.max(
  ...rows.filter((r) => r.tool.startsWith('release-kit') && !r.tool.endsWith('both formats')).map((r) => r.ms)
);
console.log(`Slowest single SBOM: ${fmt(worst)} ms (target < 1000 ms): ${worst < 1000 ? 'met' : 'NOT met'}.`);
if (os.loadavg()[0] > os.cpus().length) {
  console.log(
    `The machine was busy (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs): wall times are inflated; CPU times are the steadier figure.`
  );
}
if (theirs) {
  const ratio = theirs.ms / cdxOurs.ms;
  console.log(
    `cyclonedx-npm / release-kit (CycloneDX, same project): ${ratio.toFixed(1)}× (target ≥ 5×): ${ratio >= 5 ? 'met' : 'NOT met'}.`
  );
  console.log(`cyclonedx-npm / release-kit (both formats in one run): ${(theirs.ms / both.ms).toFixed(1)}×.`);
  if (theirs.cpu !== undefined)
    console.log(
      `CPU time, cyclonedx-npm / release-kit (CycloneDX): ${(theirs.cpu / cdxOurs.cpu).toFixed(1)}×.`
    );
  console.log('Components are distinct purls (cyclonedx-npm nests some components under others).');
  const cdxFile = readdirSync(cdxOurs.out).find((f) => f.endsWith('.cdx.json'));
  const mine = count(path.join(cdxOurs.out, cdxFile));
  const onlyMine = [...mine.keys()].filter((n) => !theirs.names.has(n));
  const onlyTheirs = [...theirs.names.keys()].filter((n) => !mine.has(n));
  const comparable = [...mine].filter(([n, h]) => h && theirs.names.get(n));
  const hashDiffers = comparable.filter(([n, h]) => theirs.names.get(n) !== h).map(([n]) => n);
  console.log(
    onlyMine.length + onlyTheirs.length === 0
      ? `Cross-check: both list the same ${mine.size} purls; of ${comparable.length} SHA-512 digests both report, ${hashDiffers.length} differ${hashDiffers.length ? ` (${hashDiffers.slice(0, 5).join(', ')})` : ''}.`
      : `Cross-check: ${onlyMine.length} only in release-kit (${onlyMine.slice(0, 5).join(', ')}), ${onlyTheirs.length} only in cyclonedx-npm (${onlyTheirs.slice(0, 5).join(', ')}).`
  );
}

/** The reference tools for corpus mode, installed once with npm outside the repository. */
function referenceTools() {
  const dir = process.env.BENCH_TOOLS_DIR ?? path.join(os.tmpdir(), 'release-kit-sbom-tools');
  const cdxgen = path.join(dir, 'node_modules/@cyclonedx/cdxgen/bin/cdxgen.js');
  const cdxNpm = path.join(dir, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
  if (!existsSync(cdxgen) || !existsSync(cdxNpm)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(path.join(dir, 'package.json')))
      writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ name: 'sbom-bench-tools', private: true })
      );
    console.log(`Installing @cyclonedx/cdxgen and @cyclonedx/cyclonedx-npm under ${dir}…`);
    npm(['install', '--no-audit', '--no-fund', '@cyclonedx/cdxgen', '@cyclonedx/cyclonedx-npm'], dir);
  }
  const version = (pkg) => {
    const f = path.join(dir, 'node_modules', pkg, 'package.json');
    return existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')).version : undefined;
  };
  return {
    cdxgen: existsSync(cdxgen) ? { bin: cdxgen, version: version('@cyclonedx/cdxgen') } : undefined,
    cdxNpm: existsSync(cdxNpm) ? { bin: cdxNpm, version: version('@cyclonedx/cyclonedx-npm') } : undefined
  };
}

/** cdxgen's project type for the lockfile a corpus directory holds. */
function cdxgenType(dir) {
  const has = (f) => existsSync(path.join(dir, f));
  if (has('Cargo.lock')) return 'rust';
  if (has('go.mod')) return 'go';
  if (has('poetry.lock') || has('uv.lock') || has('requirements.txt')) return 'python';
  return 'js';
}

/** Runs a command `runs` times; medians of CPU and peak RSS (and wall), or why it produced nothing. */
async function corpusSeries(argv, options, runs, outFile, readCount) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    rmSync(outFile, { force: true, recursive: true });
    const r = await measure(argv, options);
    let components;
    try {
      components = readCount();
    } catch {
      components = undefined;
    }
    if (r.code !== 0 || !components)
      return {
        failed: `exit ${r.code}${components === 0 ? ', 0 components' : components === undefined ? ', no document' : ''}`,
        tail: r.out.trim().split('\n').slice(-3).join(' / ')
      };
    results.push({ ...r, components });
  }
  return {
    components: results[0].components,
    cpu: median(results.map((r) => r.cpu)),
    rss: median(results.map((r) => r.rss)),
    ms: median(results.map((r) => r.ms))
  };
}

async function corpusBench() {
  const source = path.resolve(process.env.BENCH_CORPUS_DIR ?? path.join(ROOT, '../shared/corpus/lockfiles'));
  if (!existsSync(source)) {
    console.error(`The corpus ${source} is absent (set BENCH_CORPUS_DIR): nothing to measure.`);
    process.exit(2);
  }
  if (!GNU_TIME) {
    console.error('GNU time (/usr/bin/time) is needed for CPU time and peak RSS.');
    process.exit(2);
  }
  const tools = referenceTools();
  const work = mkdtempSync(path.join(os.tmpdir(), 'rk-sbom-corpus-'));
  const names = readdirSync(source)
    .filter((d) => statSync(path.join(source, d)).isDirectory())
    .sort();
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const toolRuns = Number(process.env.BENCH_TOOL_RUNS ?? 3);
  const node = process.execPath;
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ` +
      `${names.length} projects; medians of ${runs} (${toolRuns} for each reference tool); ` +
      `cdxgen ${tools.cdxgen?.version ?? 'not installed'}, cyclonedx-npm ${tools.cdxNpm?.version ?? 'not installed'}.`
  );
  const rows = [];
  for (const name of names) {
    const dir = path.join(work, name);
    cpSync(path.join(source, name), dir, { recursive: true });
    const outDir = path.join(work, `${name}.out`);
    // release-kit: the whole lockfile (include-dev, as the other tools list it), CycloneDX 1.6.
    const ourEnv = ours(dir, 'cyclonedx-json', outDir);
    const rk = await corpusSeries([node, BUNDLE], ourEnv, runs, outDir, () => {
      const f = readdirSync(outDir).find((x) => x.endsWith('.cdx.json'));
      return JSON.parse(readFileSync(path.join(outDir, f), 'utf8')).components.length;
    });
    const report = path.join(ourEnv.env.RUNNER_TEMP, 'release-kit', 'sbom-attach-report.json');
    const lockfile = existsSync(report)
      ? JSON.parse(readFileSync(report, 'utf8')).data?.sbom?.lockfiles?.[0]
      : undefined;
    const row = { name, entries: lockfile?.entries, rk };
    if (tools.cdxgen) {
      const out = path.join(work, `${name}.cdxgen.json`);
      row.cdxgen = await corpusSeries(
        [
          node,
          tools.cdxgen.bin,
          '-t',
          cdxgenType(dir),
          '--no-install-deps',
          '--spec-version',
          '1.6',
          '-o',
          out,
          dir
        ],
        { cwd: dir, env: { FETCH_LICENSE: 'false', CDXGEN_NO_BANNER: 'true' } },
        toolRuns,
        out,
        () => count(out).size
      );
    }
    if (tools.cdxNpm && existsSync(path.join(dir, 'package-lock.json'))) {
      const out = path.join(work, `${name}.cyclonedx-npm.json`);
      row.cdxNpm = await corpusSeries(
        [
          node,
          tools.cdxNpm.bin,
          '--package-lock-only',
          '--ignore-npm-errors',
          '--output-format',
          'JSON',
          '--spec-version',
          '1.6',
          '--output-file',
          out
        ],
        { cwd: dir, env: {} },
        toolRuns,
        out,
        () => count(out).size
      );
    }
    rows.push(row);
    console.log(`${name}: done`);
  }
  rmSync(work, { recursive: true, force: true });
  const cell = (r) =>
    !r
      ? '—'
      : r.failed
        ? `no SBOM (${r.failed})`
        : `${r.components} · ${(r.cpu / 1000).toFixed(2)} s · ${r.rss.toFixed(0)} MB`;
  console.log('');
  console.log(
    '| project | lockfile entries | release-kit: components · CPU · peak RSS | cdxgen | CPU ratio | cyclonedx-npm | CPU ratio |'
  );
  console.log('| --- | ---: | --- | --- | ---: | --- | ---: |');
  for (const r of rows) {
    const x = (other) =>
      other && !other.failed && !r.rk.failed ? `${(other.cpu / r.rk.cpu).toFixed(1)}×` : '—';
    console.log(
      `| ${r.name} | ${r.entries ?? '?'} | ${cell(r.rk)} | ${cell(r.cdxgen)} | ${x(r.cdxgen)} | ${cell(r.cdxNpm)} | ${x(r.cdxNpm)} |`
    );
  }
  for (const r of rows)
    for (const [tool, m] of [
      ['cdxgen', r.cdxgen],
      ['cyclonedx-npm', r.cdxNpm]
    ])
      if (m?.failed) console.log(`${r.name}, ${tool}: ${m.failed}; last output: ${m.tail.slice(0, 300)}`);
}
