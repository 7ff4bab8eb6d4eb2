import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { cpuCount } from '#core/hash-files.js';
import { InputReader } from '#core/inputs.js';
import { Report } from '#core/report.js';
import { generate } from '../../../actions/sha256sums/src/generate.js';
import {
  startHead,
  startVerifyHead,
  type HeadStart,
  type VerifyHeadStart
} from '../../../actions/sha256sums/src/head-start.js';
import { parseInputs } from '../../../actions/sha256sums/src/inputs.js';
import { planOf, samePlan } from '../../../actions/sha256sums/src/selection.js';
import { verify } from '../../../actions/sha256sums/src/verify.js';

// The head start guesses generate's plan from the raw inputs before the action's code loads; generate
// adopts it only when the validated inputs give the same plan. These tests hold the guess to the
// validated plan, and check that it stays out of the way when the inputs do not plainly ask for generate.

const actionYml = YAML.parse(readFileSync(path.resolve('actions/sha256sums/action.yml'), 'utf8'));
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

let dir: string;
const heads: HeadStart[] = [];
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-head-'));
  for (const [name, content] of Object.entries({
    'dist/a.tar.gz': 'a',
    'dist/a.tar.gz.sha256': 'last run’s sidecar',
    'dist/b.zip': 'b',
    'dist/sub/c.txt': 'c',
    'SHA256SUMS.txt': 'last run’s checksum file',
    'other/d.bin': 'd'
  })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
});
afterAll(() => {
  for (const h of heads) h.job.cancel();
  rmSync(dir, { recursive: true, force: true });
});

/** Inputs as the runner passes them: action.yml defaults, then the step's `with:` (cwd-relative paths made absolute). */
function inputs(given: Record<string, string>): (name: string) => string {
  const defaults = Object.fromEntries(
    Object.entries<{ default?: string }>(actionYml.inputs).map(([k, v]) => [k, v.default ?? ''])
  );
  const all: Record<string, string> = { ...defaults, 'working-directory': dir, ...given };
  return (name) => (all[name] ?? '').trim();
}

async function head(given: Record<string, string>): Promise<HeadStart | undefined> {
  const h = await startHead(inputs(given));
  if (h) heads.push(h);
  return h;
}

describe('startHead', () => {
  it.each([
    {},
    { algorithm: 'SHA512' },
    { files: 'dist/**\n# a comment\n!dist/sub/*', concurrency: '1' },
    { files: 'dist/*\nother/*', output: 'sums/SHA256SUMS.txt', concurrency: '3' },
    { mode: 'Generate', concurrency: '' }
  ] as Record<string, string>[])('plans what the validated inputs plan, for %j', async (given) => {
    const read = inputs(given);
    const settings = parseInputs(new InputReader(read));
    const validated = planOf(settings, path.resolve(settings.workingDirectory));
    const h = await head(given);
    expect(h).toBeDefined();
    expect(h!.plan).toEqual(validated);
    expect(samePlan(h!.plan, validated)).toBe(true);
  });

  it('resolves an empty working-directory to the process’s own directory, as the validated inputs do', async () => {
    const before = process.cwd();
    process.chdir(dir);
    try {
      const h = (await head({ 'working-directory': '' }))!;
      expect(h.plan.cwd).toBe(process.cwd());
      const settings = parseInputs(new InputReader(inputs({ 'working-directory': '' })));
      expect(samePlan(h.plan, planOf(settings, path.resolve(settings.workingDirectory)))).toBe(true);
    } finally {
      process.chdir(before);
    }
  });

  it('hashes what generate would: matched files without the checksum file or last run’s sidecars', async () => {
    const h = (await head({}))!;
    expect(h.plan).toMatchObject({ patterns: ['dist/*'], outputName: 'SHA256SUMS.txt', threads: cpuCount() });
    expect(h.selection.names).toEqual(['dist/a.tar.gz', 'dist/b.zip']);
    const results = await h.job.result;
    expect(results.map((r) => r.hash)).toEqual([sha256('a'), sha256('b')]);
  });

  it.each([
    ['verify mode', { mode: 'verify' }],
    ['an unknown algorithm', { algorithm: 'md5' }],
    ['a concurrency that is not a number', { concurrency: 'two' }],
    ['a concurrency over the maximum', { concurrency: '100000' }],
    ['no matching file', { files: 'nothing/*' }],
    ['a pattern leaving the working directory', { files: '../*' }],
    [
      'a working directory that does not exist',
      { 'working-directory': path.join(os.tmpdir(), 'rk-no-such-dir') }
    ]
  ])('starts nothing for %s', async (_, given) => {
    expect(await head(given)).toBeUndefined();
  });

  it('differs from the validated plan when an input changes what is hashed', async () => {
    const h = (await head({}))!;
    const settings = parseInputs(new InputReader(inputs({ algorithm: 'sha512' })));
    expect(samePlan(h.plan, planOf(settings, dir))).toBe(false);
    const fewer = parseInputs(new InputReader(inputs({ files: 'dist/a*' })));
    expect(samePlan(h.plan, planOf(fewer, dir))).toBe(false);
  });

  it('generate cancels a head start it does not adopt, and hashes what the validated inputs ask for', async () => {
    const h = (await head({}))!;
    const settings = parseInputs(new InputReader(inputs({ algorithm: 'sha512' })));
    const report = new Report('sha256sums', 'Checksums');
    const outputs = path.join(dir, 'github-output');
    writeFileSync(outputs, '');
    process.env.GITHUB_OUTPUT = outputs;
    try {
      await generate(settings, report, h);
    } finally {
      delete process.env.GITHUB_OUTPUT;
    }
    await expect(h.job.result).rejects.toMatchObject({ code: 'ECANCELED' });
    expect(report.data.hashing).toMatchObject({ headStart: false });
    const sha512 = (data: string) => createHash('sha512').update(data).digest('hex');
    // With sha512, a .sha256 file is not one of this run's sidecars: it is hashed like any other.
    expect(readFileSync(path.join(dir, 'SHA512SUMS.txt'), 'utf8')).toBe(
      `${sha512('a')}  dist/a.tar.gz\n${sha512('last run’s sidecar')}  dist/a.tar.gz.sha256\n${sha512('b')}  dist/b.zip\n`
    );
  });
});

describe('startVerifyHead', () => {
  const SUMS = 'VERIFY.txt';
  const verifyHeads: VerifyHeadStart[] = [];
  afterAll(() => {
    for (const h of verifyHeads) h.job.cancel();
  });
  beforeAll(() => {
    writeFileSync(
      path.join(dir, SUMS),
      `${sha256('a')}  dist/a.tar.gz\n${sha256('b')}  dist/b.zip\n${sha256('x')}  ../outside\nnot a line\n${sha256('a')}  dist/a.tar.gz\n`
    );
  });
  const start = (given: Record<string, string>) => {
    const h = startVerifyHead(inputs({ mode: 'verify', 'checksums-file': SUMS, ...given }));
    if (h) verifyHeads.push(h);
    return h;
  };

  async function runVerify(given: Record<string, string>, h?: VerifyHeadStart): Promise<Report> {
    const settings = parseInputs(
      new InputReader(inputs({ mode: 'verify', 'checksums-file': SUMS, ...given }))
    );
    const report = new Report('sha256sums', 'Checksums');
    const outputs = path.join(dir, 'github-output');
    writeFileSync(outputs, '');
    process.env.GITHUB_OUTPUT = outputs;
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await verify(settings, report, h);
    } finally {
      write.mockRestore();
      delete process.env.GITHUB_OUTPUT;
    }
    return report;
  }

  it('reads the checksum file and hashes each safe name once, before the action loads', async () => {
    const h = start({})!;
    expect(h).toBeDefined();
    expect(h.plan).toEqual({ cwd: dir, checksumsFile: path.join(dir, SUMS), threads: cpuCount() });
    expect(h.work.groups.map((g) => [g.algorithm, g.names])).toEqual([
      ['sha256', ['dist/a.tar.gz', 'dist/b.zip']]
    ]);
    expect(h.work.unsafe.map((u) => u.entry.name)).toEqual(['../outside']);
    expect((await h.job.result).map((r) => r.hash)).toEqual([sha256('a'), sha256('b')]);
  });

  it('is adopted by verify when the validated inputs give the same plan, with the same verdict', async () => {
    const adopted = await runVerify({}, start({}));
    const alone = await runVerify({});
    expect(adopted.data.hashing).toMatchObject({ headStart: true });
    expect(alone.data.hashing).toMatchObject({ headStart: false });
    expect(adopted.data.verify).toEqual(alone.data.verify);
    expect(adopted.outputs).toEqual(alone.outputs);
  });

  it('is cancelled when the validated plan differs', async () => {
    const h = start({ concurrency: '1' })!;
    const report = await runVerify({ concurrency: '2' }, h);
    await expect(h.job.result).rejects.toMatchObject({ code: 'ECANCELED' });
    expect(report.data.hashing).toMatchObject({ headStart: false });
  });

  it.each([
    ['generate mode', { mode: 'generate' }],
    ['no mode', { mode: '' }],
    ['an unknown algorithm', { algorithm: 'md5' }],
    ['a bad concurrency', { concurrency: 'two' }],
    ['a missing checksum file', { 'checksums-file': 'nope.txt' }],
    ['a file listing nothing safe', { 'checksums-file': 'dist/sub/c.txt' }]
  ])('starts nothing for %s', (_, given) => {
    expect(start(given)).toBeUndefined();
  });
});
