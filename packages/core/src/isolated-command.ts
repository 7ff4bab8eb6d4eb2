/**
 * Runs a program under test the way a first-time user would: no shell, a new empty home directory, a
 * temporary working directory, no token or runner file-command path in its environment, and a timeout
 * after which its whole process group is killed. Output is captured up to a cap.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface IsolatedRunOptions {
  /** Kill after this long (ms). */
  timeoutMs: number;
  /** Bytes kept of stdout and of stderr each (default 64 KiB). */
  outputCap?: number;
  /** Where the fresh HOME and working directory are made (default the OS temp dir). */
  tempRoot?: string;
  /** The environment to start from (default process.env); secrets are removed from it. */
  env?: NodeJS.ProcessEnv;
}

export interface IsolatedRunResult {
  /** Exit code, or null when killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Set when the program could not be started (ENOEXEC, EACCES, ENOENT…). */
  spawnError?: { code: string; message: string };
  stdout: string;
  stderr: string;
  /** True when more output came than the cap kept. */
  truncated: boolean;
  durationMs: number;
  home: string;
  cwd: string;
}

// Variables a program under test must never see: tokens, the runner's file-command paths (writing to
// GITHUB_OUTPUT or GITHUB_ENV would let it forge this step's outputs), and the step's inputs.
const DROP_EXACT = new Set([
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
]);
const DROP_PATTERN = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY/i;

/**
 * The environment for a program under test: `base` without secrets, inputs and runner file commands,
 * with `HOME` (and the per-user folders programs derive from it) pointing at `home`.
 */
export function isolatedEnvironment(base: NodeJS.ProcessEnv, home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || DROP_EXACT.has(k.toUpperCase()) || DROP_PATTERN.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_STATE_HOME: path.join(home, '.local', 'state')
  });
  if (process.platform === 'win32') {
    env.APPDATA = path.join(home, 'AppData', 'Roaming');
    env.LOCALAPPDATA = path.join(home, 'AppData', 'Local');
  }
  return env;
}

/** Collects a stream up to `cap` bytes, counting what it dropped. */
class Capture {
  private parts: Buffer[] = [];
  private kept = 0;
  dropped = 0;
  constructor(private readonly cap: number) {}
  add(chunk: Buffer): void {
    const room = this.cap - this.kept;
    if (room > 0) {
      const piece = chunk.subarray(0, room);
      this.parts.push(piece);
      this.kept += piece.length;
    }
    this.dropped += Math.max(0, chunk.length - Math.max(0, room));
  }
  text(): string {
    return Buffer.concat(this.parts).toString('utf8');
  }
}

/**
 * Runs `file` with `args` (an argv array, never through a shell) in a new empty HOME and working directory.
 * Never throws for the program's own failures: they are in the result.
 */
export async function runIsolated(
  file: string,
  args: string[],
  options: IsolatedRunOptions
): Promise<IsolatedRunResult> {
  const root = mkdtempSync(path.join(options.tempRoot ?? os.tmpdir(), 'smoke-'));
  const home = path.join(root, 'home');
  const cwd = path.join(root, 'work');
  mkdirSync(home);
  mkdirSync(cwd);
  const cap = options.outputCap ?? 64 * 1024;
  const out = new Capture(cap);
  const err = new Capture(cap);
  const started = process.hrtime.bigint();
  const posix = process.platform !== 'win32';
  const child = spawn(file, args, {
    cwd,
    env: isolatedEnvironment(options.env ?? process.env, home),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group on POSIX, so that a timeout kills what it started too.
    detached: posix,
    windowsHide: true,
    shell: false
  });
  child.stdout?.on('data', (d: Buffer) => out.add(d));
  child.stderr?.on('data', (d: Buffer) => err.add(d));
  let timedOut = false;
  const kill = () => {
    try {
      if (posix && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, options.timeoutMs);
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const result = await new Promise<Pick<IsolatedRunResult, 'exitCode' | 'signal' | 'spawnError'>>(
    (resolve) => {
      child.on('error', (e: NodeJS.ErrnoException) =>
        resolve({ exitCode: null, signal: null, spawnError: { code: e.code ?? 'ERROR', message: e.message } })
      );
      child.on('exit', (code, signal) => resolve({ exitCode: code, signal }));
    }
  );
  clearTimeout(timer);
  // Whatever it left running in its group goes too (a daemon started by `--version` is a finding, not a leftover).
  if (posix && child.pid && !result.spawnError) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  }
  // A daemon that left the group (its own session) may keep the pipes open: take what output arrives
  // shortly after the exit and stop reading, rather than wait for the daemon.
  let drained: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (drained = setTimeout(resolve, 1000)))]);
  clearTimeout(drained);
  child.stdout?.destroy();
  child.stderr?.destroy();
  return {
    ...result,
    timedOut,
    stdout: out.text(),
    stderr: err.text(),
    truncated: out.dropped + err.dropped > 0,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    home,
    cwd
  };
}

/**
 * Splits a command line into words the way a shell would split plain words and quotes (`'…'`, `"…"`,
 * backslash escapes), without expanding anything: no variables, globs, pipes or redirections.
 * @throws Error for an unterminated quote.
 */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let current = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' quote in ${JSON.stringify(line)}`);
      current += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\')) j++;
        current += line[j];
      }
      if (j >= line.length) throw new Error(`unterminated " quote in ${JSON.stringify(line)}`);
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (inWord) words.push(current);
  return words;
}

/**
 * Program output made safe to show: control characters other than newline and tab (terminal escapes,
 * carriage returns that overwrite a line) become `\xNN` or `\uNNNN`.
 */
export function escapeOutput(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * Program output for the step log: escaped, and every line led by `| ` so that no line the program
 * printed can be read by the runner as a workflow command (`::set-output`, `::add-mask`…).
 */
export function outputForLog(text: string): string {
  const body = escapeOutput(text).replace(/\n$/, '');
  return body === ''
    ? ''
    : body
        .split('\n')
        .map((l) => `| ${l}`)
        .join('\n');
}
