import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { InputReader } from '../../../packages/core/src/inputs.js';
import {
  Inputs,
  parseInputs,
  textExpectation,
  type SmokeInputs
} from '../../../actions/release-smoke/src/inputs.js';
import {
  currentPlatform,
  planMatrix,
  runnerContradicts,
  RUNNER_LABELS
} from '../../../actions/release-smoke/src/platform.js';
import { judge } from '../../../actions/release-smoke/src/smoke-run.js';
import type { IsolatedRunResult } from '../../../packages/core/src/isolated-command.js';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../..');
const yml = YAML.parse(readFileSync(path.join(ROOT, 'actions/release-smoke/action.yml'), 'utf8'));

function parse(inputs: Record<string, string>): SmokeInputs {
  return parseInputs(new InputReader((name) => (inputs[name] ?? '').trim()));
}

const BASE = {
  tag: 'v1.2.3',
  repository: 'octo-org/caro',
  asset: 'caro-{version}-{target}',
  targets: 'linux-x64=linux-amd64'
};

const ALL = 'linux-x64, linux-arm64, macos-x64, macos-arm64, windows-x64, windows-arm64';

test('every input and output action.yml declares is one inputs.ts names, and back', () => {
  expect(Object.values(Inputs).sort()).toEqual(Object.keys(yml.inputs).sort());
});

test('code defaults equal the action.yml defaults', () => {
  const defaults = Object.fromEntries(
    Object.entries<{ default?: string }>(yml.inputs)
      .filter(([k, v]) => v.default !== undefined && k !== 'token')
      .map(([k, v]) => [k, String(v.default)])
  );
  expect(parse(BASE)).toEqual(parse({ ...BASE, ...defaults }));
  expect(parse(BASE)).toMatchObject({
    mode: 'test',
    version: '1.2.3',
    versionCommand: ['--version'],
    expect: { text: '1.2.3' },
    timeoutMs: 30_000,
    installTimeoutMs: 600_000
  });
});

test('targets, platform, expect and commands are parsed; every problem is named at once', () => {
  const s = parse({
    ...BASE,
    targets: 'linux-x64=linux-amd64\nMACOS-ARM64 = macos-silicon',
    expect: '/^caro {version}$/m',
    commands: '--help\ninit --dry-run "a b"'
  });
  expect([...s.targets]).toEqual([
    ['linux-x64', 'linux-amd64'],
    ['macos-arm64', 'macos-silicon']
  ]);
  expect('regex' in s.expect && s.expect.regex.source).toBe('^caro 1\\.2\\.3$');
  expect(s.commands).toEqual([['--help'], ['init', '--dry-run', 'a b']]);
  expect(() =>
    parse({
      ...BASE,
      targets: 'linux-x64\nbeos-x64=b\nlinux-x64=c\nlinux-x64=d',
      platform: 'amiga',
      timeout: '0',
      commands: 'say "oops',
      expect: '/(/'
    })
  ).toThrow(
    [
      `Input 'targets': "linux-x64" is not platform=target; platforms are ${ALL} (each has a GitHub-hosted runner).`,
      `Input 'targets': "beos-x64=b" is not platform=target; platforms are ${ALL} (each has a GitHub-hosted runner).`,
      "Input 'targets': platform linux-x64 is mapped twice.",
      `Input 'platform': "amiga" is not a platform; use one of ${ALL}.`,
      `Input 'commands': unterminated " quote in "say \\"oops"`,
      `Input 'expect': "/(/" is not a valid regular expression: Invalid regular expression: /(/: Unterminated group`,
      "Input 'timeout': 0 would kill every command at once; use at least 1s."
    ].join('\n')
  );
});

test('plan mode needs only targets', () => {
  const s = parseInputs(
    new InputReader((n) => ({ mode: 'plan', targets: 'windows-x64=windows-amd64.exe' })[n] ?? '')
  );
  expect(planMatrix(s.targets)).toEqual({
    include: [{ platform: 'windows-x64', target: 'windows-amd64.exe', 'runs-on': 'windows-latest' }]
  });
});

test('the platform comes from RUNNER_OS and RUNNER_ARCH', () => {
  expect(currentPlatform({ RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' })).toEqual({
    os: 'macos',
    arch: 'arm64'
  });
  expect(currentPlatform({ RUNNER_OS: 'Windows', RUNNER_ARCH: 'X64' })).toEqual({
    os: 'windows',
    arch: 'x64'
  });
  expect(currentPlatform({ RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM' })).toEqual({ os: 'linux', arch: 'arm' });
  expect(currentPlatform({ RUNNER_OS: 'Plan9', RUNNER_ARCH: 'X64' })).toBeUndefined();
});

describe('judge', () => {
  const run = (over: Partial<IsolatedRunResult>): IsolatedRunResult => ({
    exitCode: 0,
    signal: null,
    timedOut: false,
    stdout: '',
    stderr: '',
    truncated: false,
    durationMs: 1,
    home: '/h',
    cwd: '/w',
    ...over
  });
  test.each([
    [
      run({ spawnError: { code: 'ENOEXEC', message: 'x' } }),
      'cannot execute binary file (exec format error)'
    ],
    [
      run({ exitCode: 126, stderr: 'bash: ./caro: cannot execute binary file\n' }),
      'exits 126 — bash: ./caro: cannot execute binary file'
    ],
    [run({ exitCode: null, signal: 'SIGSEGV' }), 'crashed with SIGSEGV'],
    [run({ exitCode: null, signal: 'SIGKILL', timedOut: true }), 'did not finish within 30s and was killed'],
    [run({ stdout: 'caro 1.2.2\n' }), 'prints no "1.2.3" (it printed "caro 1.2.2")'],
    [run({ stdout: '\x1b[2Jcaro 1.2.2\n' }), 'prints no "1.2.3" (it printed "\\x1b[2Jcaro 1.2.2")']
  ])('%#: %s', (r, reason) => {
    expect(judge(r, 30_000, { text: '1.2.3' })).toEqual({ passed: false, reason });
  });
  test.each([
    ['caro 1.2.3', true],
    ['caro v1.2.3 (abc123)', true],
    ['caro 1.2.3.', true],
    ['caro/1.2.3-rc.1', true],
    ['caro 1.2.30', false],
    ['caro 1.2.3.4', false],
    ['caro 11.2.3', false],
    ['caro 0.1.2.3', false],
    ['caro 1x2y3', false]
  ])('the default {version} expectation stands whole: %j passes %s', (stdout, passes) => {
    const verdict = judge(run({ stdout }), 30_000, parse(BASE).expect);
    expect(verdict.passed).toBe(passes);
  });
  test('a version inside a longer one is said to be so', () => {
    expect(
      judge(run({ stdout: 'caro 1.2.30\n' }), 30_000, textExpectation('caro {version}', '1.2.3'))
    ).toEqual({
      passed: false,
      reason: 'prints no "caro 1.2.3" (it printed "caro 1.2.30", where it is only part of a longer version)'
    });
    // Text without {version} stays a plain substring test.
    expect(judge(run({ stdout: 'ok 1.2.30' }), 30_000, textExpectation('ok 1.2.3', '9')).passed).toBe(true);
  });
  test('the version on stderr counts, as many tools print it there', () => {
    expect(judge(run({ stderr: 'caro version 1.2.3' }), 30_000, { text: '1.2.3' })).toEqual({ passed: true });
  });
});

// GitHub's standard hosted runner labels and what each runs on (GitHub docs, "GitHub-hosted runners"
// reference, and the runner-images README). macos-13, the last Intel label of its line, was retired.
const HOSTED_LABELS: Record<string, string> = {
  'ubuntu-latest': 'linux-x64',
  'ubuntu-24.04': 'linux-x64',
  'ubuntu-22.04': 'linux-x64',
  'ubuntu-24.04-arm': 'linux-arm64',
  'ubuntu-22.04-arm': 'linux-arm64',
  'windows-latest': 'windows-x64',
  'windows-2025': 'windows-x64',
  'windows-2022': 'windows-x64',
  'windows-11-arm': 'windows-arm64',
  'macos-latest': 'macos-arm64',
  'macos-15': 'macos-arm64',
  'macos-26': 'macos-arm64',
  'macos-15-intel': 'macos-x64',
  'macos-26-intel': 'macos-x64'
};

test('every platform maps to a current hosted runner label of that very OS and architecture', () => {
  for (const [platform, label] of Object.entries(RUNNER_LABELS))
    expect([platform, HOSTED_LABELS[label]]).toEqual([platform, platform]);
});

test("docs.md's runner table is the code's", () => {
  const docs = readFileSync(path.join(ROOT, 'actions/release-smoke/docs.md'), 'utf8');
  const rows = [...docs.matchAll(/^\| ([a-z]+-[a-z0-9]+) +\| `([\w.-]+)` +\|$/gm)].map((m) => [m[1], m[2]]);
  expect(Object.fromEntries(rows)).toEqual(RUNNER_LABELS);
});

test('a platform without a hosted runner is refused in targets, naming every accepted one', () => {
  expect(() =>
    parse({ ...BASE, targets: 'linux-x64=linux-amd64\nlinux-arm=linux-armv7\nwindows-x86=win32.exe' })
  ).toThrow(
    [
      `Input 'targets': "linux-arm=linux-armv7" is not platform=target; platforms are ${ALL} (each has a GitHub-hosted runner).`,
      `Input 'targets': "windows-x86=win32.exe" is not platform=target; platforms are ${ALL} (each has a GitHub-hosted runner).`
    ].join('\n')
  );
  // Everything accepted plans onto a runner.
  const every = parse({
    ...BASE,
    targets: ALL.split(', ')
      .map((p) => `${p}=t-${p}`)
      .join('\n')
  });
  const { include } = planMatrix(every.targets);
  expect(include).toHaveLength(6);
  for (const entry of include) expect(entry['runs-on']).toEqual(expect.stringMatching(/^[a-z0-9.-]+$/));
});

test('a platform input contradicts the runner only where RUNNER_OS or RUNNER_ARCH says otherwise', () => {
  const macArm = { os: 'macos', arch: 'arm64' } as const;
  expect(runnerContradicts(macArm, { RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' })).toBeUndefined();
  expect(runnerContradicts(macArm, {})).toBeUndefined();
  expect(runnerContradicts(macArm, { RUNNER_OS: 'macOS', RUNNER_ARCH: 'X64' })).toBe('macos-x64');
  expect(runnerContradicts(macArm, { RUNNER_OS: 'Linux' })).toBe('linux-?');
  // A value release-smoke does not know cannot be compared: the input is the way to say what it is.
  expect(runnerContradicts(macArm, { RUNNER_OS: 'Plan9', RUNNER_ARCH: 'ARM64' })).toBeUndefined();
});

test('checksums: a mode, or a checksum file name with {version} and {tag}', () => {
  expect(parse(BASE).checksums).toBe('auto');
  expect(parse({ ...BASE, checksums: 'None' }).checksums).toBe('none');
  expect(parse({ ...BASE, checksums: 'caro_{version}_checksums.txt' }).checksums).toBe(
    'caro_1.2.3_checksums.txt'
  );
  expect(() => parse({ ...BASE, checksums: 'sums-{target}.txt' })).toThrow(
    /^Input 'checksums': .*\{target\}/
  );
});
