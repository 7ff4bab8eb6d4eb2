import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  escapeOutput,
  isolatedEnvironment,
  outputForLog,
  runIsolated,
  splitWords
} from '../../packages/core/src/isolated-command.js';

describe('splitWords', () => {
  test.each([
    ['--version', ['--version']],
    ['init  --dry-run', ['init', '--dry-run']],
    [`say "two words" 'single $HOME' a\\ b`, ['say', 'two words', 'single $HOME', 'a b']],
    ['"" x', ['', 'x']],
    ['$(rm -rf /) ; | > *', ['$(rm', '-rf', '/)', ';', '|', '>', '*']]
  ])('%j', (line, words) => expect(splitWords(line)).toEqual(words));
  test('an unterminated quote is an error', () =>
    expect(() => splitWords('say "oops')).toThrow(/unterminated " quote/));
});

test('isolatedEnvironment drops tokens, inputs and runner file commands, and points HOME elsewhere', () => {
  const env = isolatedEnvironment(
    {
      PATH: '/usr/bin',
      GITHUB_TOKEN: 't',
      GH_TOKEN: 't',
      INPUT_TOKEN: 't',
      'INPUT_INSTALL-COMMAND': 'x',
      ACTIONS_RUNTIME_TOKEN: 't',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'u',
      GITHUB_OUTPUT: '/o',
      GITHUB_ENV: '/e',
      NPM_AUTH_TOKEN: 't',
      AWS_SECRET_ACCESS_KEY: 's',
      HOME: '/root',
      LANG: 'C'
    },
    '/tmp/h'
  );
  expect(Object.keys(env).sort()).toEqual(
    [
      'PATH',
      'LANG',
      'HOME',
      'USERPROFILE',
      'XDG_CONFIG_HOME',
      'XDG_CACHE_HOME',
      'XDG_DATA_HOME',
      'XDG_STATE_HOME'
    ].sort()
  );
  expect(env.HOME).toBe('/tmp/h');
});

test('escapeOutput and outputForLog neutralise terminal escapes and workflow commands', () => {
  expect(escapeOutput('a\x1b[31mred\r\nb\x00')).toBe('a\\x1b[31mred\nb\\x00');
  expect(outputForLog('::set-output name=x::y\n  ::add-mask::z\n')).toBe(
    '| ::set-output name=x::y\n|   ::add-mask::z'
  );
  expect(outputForLog('')).toBe('');
});

const posix = process.platform !== 'win32' && existsSync('/bin/sh');
(posix ? describe : describe.skip)('runIsolated (with /bin/sh as the program)', () => {
  test('exit code, captured output, an empty HOME and working directory', async () => {
    const r = await runIsolated(
      '/bin/sh',
      ['-c', 'echo out; echo err >&2; pwd; echo "$HOME"; ls -A "$HOME"; exit 3'],
      {
        timeoutMs: 10_000,
        env: { PATH: process.env.PATH, GITHUB_TOKEN: 'secret' }
      }
    );
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe(`out\n${r.cwd}\n${r.home}\n`);
    expect(r.stderr).toBe('err\n');
    expect(readdirSync(r.home)).toEqual([]);
  });

  test('a timeout kills the whole process group, children included', async () => {
    const started = Date.now();
    const r = await runIsolated('/bin/sh', ['-c', 'sleep 30 & sleep 30; wait'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a daemon in its own session that keeps stdout open does not hold the run', async () => {
    if (!existsSync('/usr/bin/setsid') && !existsSync('/bin/setsid'))
      return console.log('skipped: no setsid');
    const r = await runIsolated('/bin/sh', ['-c', 'setsid sleep 20 & echo started'], { timeoutMs: 30_000 });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('started\n');
    // Far below the daemon's 20 s: the run ended with the program, not with its daemon.
    expect(r.durationMs).toBeLessThan(15_000);
  });

  test('output beyond the cap is dropped and flagged', async () => {
    const r = await runIsolated('/bin/sh', ['-c', 'head -c 100000 /dev/zero | tr "\\0" a'], {
      timeoutMs: 10_000,
      outputCap: 1000
    });
    expect(r.stdout).toBe('a'.repeat(1000));
    expect(r.truncated).toBe(true);
  });

  test('a file that cannot be executed is a spawn error, not a throw', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'iso-')), 'data');
    writeFileSync(file, 'not a program\n', { mode: 0o644 });
    const r = await runIsolated(file, [], { timeoutMs: 5000 });
    expect(r.spawnError?.code).toBe('EACCES');
    expect(r.exitCode).toBeNull();
  });
});
