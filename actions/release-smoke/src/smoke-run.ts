/** Runs the version command and the smoke commands against one binary and judges each result. */
import { escapeOutput, runIsolated, type IsolatedRunResult } from '#core/isolated-command.js';
import type { Expectation } from './inputs.js';

export interface CommandResult {
  /** `version`, `command 2`, `installed version`… */
  name: string;
  /** For people: the program's file name and the arguments. */
  display: string;
  args: string[];
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError?: string;
  durationMs: number;
  /** Captured output, capped and escaped. */
  stdout: string;
  stderr: string;
  truncated: boolean;
  passed: boolean;
  /** Why it failed: `exits 126`, `crashed with SIGSEGV`… */
  reason?: string;
}

const SPAWN_REASONS: Record<string, string> = {
  ENOEXEC: 'cannot execute binary file (exec format error)',
  EACCES: 'cannot be started: permission denied (is the executable bit set?)',
  ENOENT: 'cannot be started: not found (a missing interpreter or dynamic loader?)',
  EBADARCH: 'cannot execute binary file (bad CPU type)'
};

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 160 ? line.slice(0, 160) + '…' : line;
}

function describe(expect: Expectation): string {
  return 'text' in expect ? JSON.stringify(expect.text) : String(expect.regex);
}

/** Judges a finished run: started, finished in time, no signal, exit 0, and (when asked) the expected output. */
export function judge(
  run: IsolatedRunResult,
  timeoutMs: number,
  expect?: Expectation
): { passed: boolean; reason?: string } {
  if (run.spawnError)
    return {
      passed: false,
      reason: SPAWN_REASONS[run.spawnError.code] ?? `cannot be started: ${run.spawnError.message}`
    };
  if (run.timedOut)
    return { passed: false, reason: `did not finish within ${timeoutMs / 1000}s and was killed` };
  if (run.signal) return { passed: false, reason: `crashed with ${run.signal}` };
  // The platform's spawn reports an exec failure after fork (a bad format, a missing interpreter or
  // dynamic loader) as exit 127 with no output.
  if (run.exitCode === 127 && !run.stdout && !run.stderr)
    return {
      passed: false,
      reason:
        'exits 127 — cannot execute binary file (exec format error, or a missing interpreter or dynamic loader)'
    };
  if (run.exitCode !== 0) {
    const said = firstLine(escapeOutput(run.stderr)) || firstLine(escapeOutput(run.stdout));
    return { passed: false, reason: `exits ${run.exitCode}${said ? ` — ${said}` : ''}` };
  }
  if (expect) {
    const output = `${run.stdout}\n${run.stderr}`;
    const ok =
      'text' in expect
        ? expect.pattern
          ? expect.pattern.test(output)
          : output.includes(expect.text)
        : expect.regex.test(output);
    if (!ok) {
      const said = firstLine(escapeOutput(run.stdout)) || firstLine(escapeOutput(run.stderr));
      const partOnly = 'text' in expect && output.includes(expect.text);
      return {
        passed: false,
        reason: `prints no ${describe(expect)} (it printed ${said ? `"${said}"` : 'nothing'}${partOnly ? ', where it is only part of a longer version' : ''})`
      };
    }
  }
  return { passed: true };
}

/** Runs `program args` isolated and judges it. */
export async function smokeCommand(
  name: string,
  program: string,
  displayName: string,
  args: string[],
  options: { timeoutMs: number; expect?: Expectation; tempRoot?: string }
): Promise<CommandResult> {
  const run = await runIsolated(program, args, { timeoutMs: options.timeoutMs, tempRoot: options.tempRoot });
  const verdict = judge(run, options.timeoutMs, options.expect);
  return {
    name,
    display: [displayName, ...args].join(' '),
    args,
    exitCode: run.exitCode,
    signal: run.signal,
    timedOut: run.timedOut,
    spawnError: run.spawnError?.code,
    durationMs: Math.round(run.durationMs),
    stdout: escapeOutput(run.stdout),
    stderr: escapeOutput(run.stderr),
    truncated: run.truncated,
    ...verdict
  };
}
