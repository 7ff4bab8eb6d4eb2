/**
 * The optional install step: `install-command` is trusted workflow text (the project's install script,
 * `brew install org/tap/tool`), so it runs in the runner's shell, like a `run:` step, with the step's
 * inputs and tokens removed from its environment. Then the installed program is found.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { escapeOutput } from '#core/isolated-command.js';

export interface InstallResult {
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  output: string;
  passed: boolean;
  reason?: string;
}

const CAP = 64 * 1024;
const SECRET = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY/i;
const FILE_COMMANDS = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
]);

/** Runs the install command with bash (pwsh on Windows), as a `run:` step would. */
export async function runInstall(command: string, timeoutMs: number): Promise<InstallResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!SECRET.test(k) && !FILE_COMMANDS.has(k)) env[k] = v;
  const windows = process.platform === 'win32';
  const [shell, args] = windows
    ? ['pwsh', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', command]]
    : ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command]];
  const started = Date.now();
  const child = spawn(shell, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !windows,
    windowsHide: true
  });
  let output = '';
  const add = (d: Buffer) => {
    if (output.length < CAP) output += d.toString('utf8');
  };
  child.stdout.on('data', add);
  child.stderr.on('data', add);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      if (!windows && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, timeoutMs);
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const { code, error } = await new Promise<{ code: number | null; error?: string }>((resolve) => {
    child.on('error', (e) => resolve({ code: null, error: e.message }));
    child.on('exit', (c) => resolve({ code: c }));
  });
  clearTimeout(timer);
  // A service the install started may hold the pipes open: read briefly after the exit, then stop.
  let drained: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (drained = setTimeout(resolve, 1000)))]);
  clearTimeout(drained);
  child.stdout.destroy();
  child.stderr.destroy();
  const result = {
    exitCode: code,
    timedOut,
    durationMs: Date.now() - started,
    output: escapeOutput(output.slice(0, CAP))
  };
  if (error) return { ...result, passed: false, reason: `the shell (${shell}) could not start: ${error}` };
  if (timedOut)
    return { ...result, passed: false, reason: `did not finish within ${timeoutMs / 1000}s and was killed` };
  if (code !== 0) return { ...result, passed: false, reason: `exits ${code}` };
  return { ...result, passed: true };
}

/** The first `name` (or `name.exe` on Windows) on PATH that is a file. */
export function findOnPath(name: string, envPath = process.env.PATH ?? ''): string | undefined {
  const names = process.platform === 'win32' && !/\.exe$/i.test(name) ? [`${name}.exe`, name] : [name];
  for (const dir of envPath.split(path.delimiter).filter(Boolean)) {
    for (const n of names) {
      const candidate = path.join(dir, n);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}
