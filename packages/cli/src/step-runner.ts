import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StepOptions {
  /** The bundle to run: `dist/<action>/index.js`. */
  bundle: string;
  /** Every input the step gets, defaults already applied; names as in action.yml (hyphens kept). */
  inputs: Record<string, string>;
  /** Environment on top of the runner's usual variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Working directory (GITHUB_WORKSPACE); a fresh temp dir when absent. */
  cwd?: string;
  /** Node binary; this process's when absent. */
  node?: string;
  timeoutMs?: number;
  /** Called with each chunk of the step's log as it arrives. */
  onLog?: (chunk: string) => void;
}

export interface StepResult {
  code: number;
  outputs: Record<string, string>;
  summary: string;
  log: string;
  stdout: string;
  stderr: string;
  exportedEnv: Record<string, string>;
  annotations: { level: string; message: string }[];
  /** The report.json the step wrote (path in its `report-json` output), parsed. */
  report?: any;
  tempDir: string;
}

/** Parses the runner's `name<<DELIM\nvalue\nDELIM` (and legacy `name=value`) file-command format. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** Fills `${{ github.<key> }}` in an action.yml default from the step's environment (token from GITHUB_TOKEN). */
export function resolveDefault(value: string, env: Record<string, string | undefined> = process.env): string {
  return value.replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, key: string) =>
    key === 'token' ? (env.GITHUB_TOKEN ?? '') : (env[`GITHUB_${key.toUpperCase()}`] ?? '')
  );
}

/** The environment the runner gives a step, before the step's own variables. */
export function runnerEnvironment(cwd: string, tempDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  // Only what a runner would have: PATH and HOME from here, nothing else of the caller's environment.
  for (const k of ['PATH', 'HOME', 'LANG', 'SYSTEMROOT', 'TMPDIR'])
    if (process.env[k]) env[k] = process.env[k]!;
  return Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: cwd,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_REF: 'refs/tags/v1.2.3',
    GITHUB_REF_NAME: 'v1.2.3',
    GITHUB_REF_TYPE: 'tag',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'release',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: path.join(tempDir, 'runner-temp')
  });
}

/** A step's environment and file commands, ready to run: what the runner sets up before a step. */
export interface StepSetup {
  tempDir: string;
  cwd: string;
  /** The step's whole environment: runner variables, file-command paths, INPUT_* variables. */
  env: Record<string, string>;
  files: Record<
    'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_STATE',
    string
  >;
}

/**
 * Prepares a step as the runner does: `INPUT_*` variables (upper-cased, hyphens kept), GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_ENV files in a fresh temp dir, and the usual GITHUB_* context.
 * GITHUB_TOKEN is never passed on by itself: only through an input, as on the runner.
 */
export function prepareStep(options: Pick<StepOptions, 'inputs' | 'env' | 'cwd'>): StepSetup {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), `rk-step-`));
  const files = {
    GITHUB_OUTPUT: path.join(tempDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tempDir, 'summary.md'),
    GITHUB_ENV: path.join(tempDir, 'env'),
    GITHUB_PATH: path.join(tempDir, 'path'),
    GITHUB_STATE: path.join(tempDir, 'state')
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const cwd = options.cwd ?? tempDir;
  const env: Record<string, string> = { ...runnerEnvironment(cwd, tempDir), ...files };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  delete env.GITHUB_TOKEN;
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { tempDir, cwd, env, files };
}

/** Reads back what a finished step left: outputs, summary, annotations, exported env and report.json. */
export function collectStep(
  setup: StepSetup,
  run: { code: number; stdout: string; stderr: string; log: string }
): StepResult {
  const annotations = [...run.log.matchAll(/^::(error|warning|notice)[^:]*::(.*)$/gm)].map((m) => ({
    level: m[1],
    message: m[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  }));
  const outputs = parseFileCommand(readFileSync(setup.files.GITHUB_OUTPUT, 'utf8'));
  let report: any;
  const reportPath = outputs['report-json'];
  if (reportPath && existsSync(reportPath)) report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    ...run,
    outputs,
    summary: readFileSync(setup.files.GITHUB_STEP_SUMMARY, 'utf8'),
    exportedEnv: parseFileCommand(readFileSync(setup.files.GITHUB_ENV, 'utf8')),
    annotations,
    report,
    tempDir: setup.tempDir
  };
}

/** Runs a bundled action as the runner does: `node <bundle>` in a step prepared by prepareStep(). */
export async function runBundledStep(options: StepOptions): Promise<StepResult> {
  const setup = prepareStep(options);
  const child = spawn(options.node ?? process.execPath, [options.bundle], {
    cwd: setup.cwd,
    env: setup.env,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  let log = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
    log += d;
    options.onLog?.(d.toString());
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    log += d;
    options.onLog?.(d.toString());
  });
  const timeout = options.timeoutMs ?? 120_000;
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.bundle} did not finish within ${timeout} ms. Log so far:\n${log}`));
    }, timeout);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c ?? 1);
    });
  });
  return collectStep(setup, { code, stdout, stderr, log });
}
