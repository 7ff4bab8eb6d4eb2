import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction, parseFileCommand, type RunOptions } from './run-action.js';
import { assertBundleFresh, STAMP_FILE } from '../../scripts/bundle-stamp.mjs';

// The fixture action runs from source in this process (the default tier) and, bundled with ncc here exactly
// like a shipped action, in a child process as the runner would (the bundle tier): both must agree.
const fixture = path.join(ROOT, 'test/fixtures/actions/echo');
let bundle: string;

beforeAll(() => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'rk-echo-bundle-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      path.join(fixture, 'src/index.ts'),
      '-o',
      out,
      '--quiet',
      '--transpile-only'
    ],
    { cwd: ROOT }
  );
  copyFileSync(path.join(fixture, 'action.yml'), path.join(out, 'action.yml'));
  bundle = path.join(out, 'index.js');
}, 120_000);

const tiers: [string, () => RunOptions][] = [
  [
    'source in process',
    () => ({ entry: path.join(fixture, 'src/index.ts'), actionYml: path.join(fixture, 'action.yml') })
  ],
  ['bundle', () => ({ bundle, actionYml: path.join(fixture, 'action.yml') })]
];

describe.each(tiers)('%s', (_tier, opts) => {
  test('inputs reach the action as INPUT_* with action.yml defaults, outputs and summary come back', async () => {
    const r = await runAction('echo', { ...opts(), inputs: { message: 'Hello', mode: 'upper', times: '2' } });
    expect(r.code).toBe(0);
    expect(r.outputs.echoed).toBe('HELLO HELLO');
    expect(JSON.parse(r.outputs.context)).toEqual({
      repository: 'octo-org/octo-repo',
      ref: 'refs/tags/v1.2.3',
      hasToken: false
    });
    expect(r.summary).toContain('## Echo');
    expect(r.summary).toContain('| text | HELLO HELLO |');
    expect(r.report.status).toBe('success');
    expect(r.report.outputs.echoed).toBe('HELLO HELLO');
  });

  test('the github.token default is filled from GITHUB_TOKEN and masked in the log', async () => {
    const r = await runAction('echo', {
      ...opts(),
      inputs: { message: 'x' },
      env: { GITHUB_TOKEN: 'ghs_secretvalue123' }
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.context).hasToken).toBe(true);
    expect(r.log).toContain('::add-mask::ghs_secretvalue123');
    expect(r.log).toContain('token is ghs_secretvalue123'); // the runner masks it on display because of add-mask
    expect(r.log.indexOf('::add-mask::')).toBeLessThan(r.log.indexOf('token is'));
  });

  test('every bad and missing input is reported at once, and the step fails with exit code 1', async () => {
    const r = await runAction('echo', { ...opts(), inputs: { times: '9', mode: 'shout' } });
    expect(r.code).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toContain('Missing required input: message');
    expect(error).toContain("Input 'times': 9 is out of range");
    expect(error).toContain('Input \'mode\': "shout" is not accepted; use one of: lower, upper');
    expect(r.report.status).toBe('failure');
  });

  test('a recorded failure and a non-Error throw both fail the step', async () => {
    const failed = await runAction('echo', { ...opts(), inputs: { message: 'fail' } });
    expect(failed.code).toBe(1);
    expect(failed.annotations.map((a) => a.message).join('\n')).toContain('echo: asked to fail');
    const thrown = await runAction('echo', { ...opts(), inputs: { message: 'throw-string' } });
    expect(thrown.code).toBe(1);
    expect(thrown.annotations.map((a) => a.message).join('\n')).toContain('a bare string');
  });

  test('a failure that knows its file and line is annotated there', async () => {
    const r = await runAction('echo', { ...opts(), inputs: { message: 'fail-at' } });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/^::error title=bad-line,file=SUMS\.txt,line=3::line 3 is wrong$/m);
    expect(r.report.failures).toEqual([
      { rule: 'bad-line', detail: 'line 3 is wrong', file: 'SUMS.txt', line: 3 }
    ]);
  });
});

test('parseFileCommand reads heredoc and legacy lines', () => {
  expect(parseFileCommand('a<<EOF_1\nline1\nline2\nEOF_1\nb=2\n')).toEqual({ a: 'line1\nline2', b: '2' });
});

test('an in-process run restores the environment, working directory and exit code', async () => {
  const before = { env: { ...process.env }, cwd: process.cwd(), exitCode: process.exitCode };
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'rk-echo-cwd-'));
  const r = await runAction('echo', {
    ...tiers[0][1](),
    cwd,
    inputs: { message: 'fail' },
    env: { RELEASE_KIT_MARKER: 'set' }
  });
  expect(r.code).toBe(1);
  expect(process.env).toEqual(before.env);
  expect(process.env.RELEASE_KIT_MARKER).toBeUndefined();
  expect(process.cwd()).toBe(before.cwd);
  expect(process.exitCode).toBe(before.exitCode);
});

test("in-process runs see their own files, not the previous run's", async () => {
  const a = await runAction('echo', { ...tiers[0][1](), inputs: { message: 'first' } });
  const b = await runAction('echo', { ...tiers[0][1](), inputs: { message: 'second' } });
  expect(a.outputs.echoed).toBe('first');
  expect(b.outputs.echoed).toBe('second');
  expect(b.summary).not.toContain('first');
  expect(b.log).not.toContain('first');
});

test('a bundle older than its sources is refused with the rebuild command', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rk-stamp-'));
  mkdirSync(path.join(root, 'dist/demo'), { recursive: true });
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'dist/demo/index.js'), '');
  expect(() => assertBundleFresh(root, 'demo')).toThrow(/no sources\.json stamp.*`npm run build`/);
  writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
  const hash = createHash('sha256').update('export const a = 1;\n').digest('hex');
  writeFileSync(path.join(root, 'dist/demo', STAMP_FILE), JSON.stringify({ files: { 'src/a.ts': hash } }));
  expect(() => assertBundleFresh(root, 'demo')).not.toThrow();
  writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 2;\n');
  expect(() => assertBundleFresh(root, 'demo')).toThrow(
    'dist/demo is older than its sources (src/a.ts changed since the build): run `npm run build`.'
  );
});

test('every committed bundle is stamped and current (else: npm run build)', () => {
  for (const name of ['cli', ...readdirSync(path.join(ROOT, 'actions'))]) assertBundleFresh(ROOT, name);
});
