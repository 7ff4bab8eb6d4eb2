import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCheck, type RunChecksOptions } from '../../../actions/dependency-watch/src/run-checks.js';

// The command runner with stand-in tools: small scripts named pnpm / cargo / cargo-audit / yarn on
// PATH that record the argument list they were given and print a fixture. pnpm, Yarn and
// cargo-audit are not installed on this machine; these stand-ins prove the plumbing (argument lists,
// output routing, parsing, absent tools), while the parsers' fixtures follow the documented formats.

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/audit');
const work = mkdtempSync(path.join(os.tmpdir(), 'rk-dw-tools-'));
const bin = path.join(work, 'bin');
const argsLog = path.join(work, 'args.jsonl');
const savedPath = process.env.PATH;

/** A stand-in tool: logs its argv, prints `stdoutFile` on stdout and `stderrFile` on stderr, exits `code`. */
function fakeTool(
  name: string,
  outputs: Record<string, { stdout?: string; stderr?: string; code?: number }>
): void {
  const script = `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(argsLog)}, JSON.stringify({ tool: ${JSON.stringify(name)}, args, cwd: process.cwd() }) + '\\n');
const table = ${JSON.stringify(outputs)};
const out = table[args.join(' ')] ?? { stderr: 'unexpected arguments: ' + args.join(' '), code: 2 };
if (out.stdout) process.stdout.write(fs.readFileSync(out.stdout));
if (out.stderr) process.stderr.write(fs.readFileSync(out.stderr, 'utf8'));
process.exit(out.code ?? 0);
`;
  const file = path.join(bin, name);
  writeFileSync(file, script);
  chmodSync(file, 0o755);
}

function calls(): { tool: string; args: string[]; cwd: string }[] {
  try {
    return readFileSync(argsLog, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

const f = (name: string) => path.join(FIXTURES, name);
let project: string;
const options = (): RunChecksOptions => ({
  dir: project,
  checks: ['audit', 'outdated'],
  installCargoAudit: false
});

beforeAll(() => {
  mkdirSync(bin, { recursive: true });
  project = path.join(work, 'project');
  mkdirSync(project);
  copyFileSync(f('Cargo.lock'), path.join(project, 'Cargo.lock'));
  fakeTool('pnpm', {
    'audit --json': { stdout: f('pnpm-audit.json'), code: 1 },
    'outdated --format json': { stdout: f('pnpm-outdated.json'), code: 1 }
  });
  fakeTool('cargo', {
    'audit --json': { stdout: f('cargo-audit.json'), code: 1 },
    'update --dry-run': { stderr: f('cargo-update-dry-run.stderr.txt') }
  });
  fakeTool('cargo-audit', {});
  fakeTool('yarn', { 'audit --json': { stdout: f('yarn-classic-audit-410.ndjson'), code: 1 } });
  // only the stand-ins and the system directories: no real pnpm/yarn/cargo can leak in
  process.env.PATH = [bin, '/usr/bin', '/bin'].join(path.delimiter);
});
afterAll(() => {
  process.env.PATH = savedPath;
});

describe('runCheck with stand-in tools', () => {
  test('pnpm: argument lists exactly as documented, run in the project; findings and outdated parsed', async () => {
    const plan = { ecosystem: 'pnpm' as const, lockfile: 'pnpm-lock.yaml' };
    const audit = await runCheck(plan, 'audit', options());
    const outdated = await runCheck(plan, 'outdated', options());
    expect(calls().slice(-2)).toEqual([
      { tool: 'pnpm', args: ['audit', '--json'], cwd: project },
      { tool: 'pnpm', args: ['outdated', '--format', 'json'], cwd: project }
    ]);
    expect(audit).toMatchObject({ status: 'ok', command: 'pnpm audit --json' });
    expect(audit.findings).toHaveLength(4);
    expect(outdated.outdated.map((o) => o.package)).toEqual(['minimist', 'typescript']);
  });

  test('cargo: audit warnings (unmaintained, yanked) are findings, with paths from Cargo.lock; update --dry-run parsed', async () => {
    const plan = { ecosystem: 'cargo' as const, lockfile: 'Cargo.lock' };
    const audit = await runCheck(plan, 'audit', options());
    expect(audit.status).toBe('ok');
    expect(audit.findings.map((x) => `${x.kind}:${x.package}`)).toEqual([
      'vulnerability:rsa',
      'vulnerability:h2',
      'unmaintained:ansi_term',
      'yanked:futures-util'
    ]);
    expect(audit.findings[1].path).toBe('fixture-app > hyper > h2');
    const outdated = await runCheck(plan, 'outdated', options());
    expect(outdated.outdated).toHaveLength(3);
    expect(
      calls()
        .slice(-2)
        .map((c) => c.args)
    ).toEqual([
      ['audit', '--json'],
      ['update', '--dry-run']
    ]);
  });

  test('Yarn 1 against a retired endpoint: a failure marked infrastructure, no findings', async () => {
    const r = await runCheck(
      { ecosystem: 'yarn', lockfile: 'yarn.lock', yarnBerry: false },
      'audit',
      options()
    );
    expect(r).toMatchObject({ status: 'failed', infrastructure: true, findings: [] });
    expect(r.reason).toContain('410 Gone');
  });

  test('an absent tool is skipped with install advice, and nothing is run', async () => {
    const before = calls().length;
    process.env.PATH = [path.join(work, 'empty'), '/bin'].join(path.delimiter);
    try {
      const r = await runCheck({ ecosystem: 'cargo', lockfile: 'Cargo.lock' }, 'audit', options());
      expect(r).toMatchObject({ status: 'skipped', reason: '`cargo` is not installed' });
      expect(r.advice).toContain('rust-toolchain');
    } finally {
      process.env.PATH = [bin, '/usr/bin', '/bin'].join(path.delimiter);
    }
    // cargo present but not cargo-audit: the advice is cargo-audit's, not a toolchain's
    const onlyCargo = path.join(work, 'only-cargo');
    mkdirSync(onlyCargo, { recursive: true });
    copyFileSync(path.join(bin, 'cargo'), path.join(onlyCargo, 'cargo'));
    chmodSync(path.join(onlyCargo, 'cargo'), 0o755);
    process.env.PATH = [onlyCargo, '/bin'].join(path.delimiter);
    try {
      const r = await runCheck({ ecosystem: 'cargo', lockfile: 'Cargo.lock' }, 'audit', options());
      expect(r).toMatchObject({ status: 'skipped', reason: '`cargo-audit` is not installed' });
      expect(r.advice).toContain('cargo install cargo-audit --locked');
      expect(r.advice).not.toContain('rust-toolchain');
    } finally {
      process.env.PATH = [bin, '/usr/bin', '/bin'].join(path.delimiter);
    }
    expect(
      calls()
        .slice(before)
        .filter((c) => c.tool === 'cargo')
    ).toEqual([]);
  });

  test('an ecosystem asked for without its lockfile is skipped, not run', async () => {
    const r = await runCheck({ ecosystem: 'pnpm' }, 'audit', options());
    expect(r).toMatchObject({ status: 'skipped', reason: 'no pnpm-lock.yaml in the project directory' });
  });
});
