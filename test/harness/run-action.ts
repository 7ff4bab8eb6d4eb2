import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');

export interface RunOptions {
  /** Inputs by their action.yml name (hyphens kept); unset inputs get action.yml defaults, as on the runner. */
  inputs?: Record<string, string>;
  /**
   * Extra environment (GITHUB_API_URL, GITHUB_REPOSITORY, RELEASE_KIT_TIME_SCALE, …). GITHUB_TOKEN here
   * stands for `github.token`: it fills `${{ github.token }}` defaults and is not passed on itself.
   */
  env?: Record<string, string | undefined>;
  /** Working directory (the runner's GITHUB_WORKSPACE). */
  cwd?: string;
  /** Bundle to run; defaults to dist/<action>/index.js. */
  bundle?: string;
  /** action.yml whose defaults apply; defaults to actions/<action>/action.yml. */
  actionYml?: string;
  /** Node binary; defaults to RELEASE_KIT_TEST_NODE or this process's node. */
  node?: string;
  timeoutMs?: number;
}

export interface RunResult {
  code: number;
  outputs: Record<string, string>;
  /** The job summary markdown written to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** stdout + stderr, in order of arrival. */
  log: string;
  stdout: string;
  stderr: string;
  /** Variables the step exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** The `::error::` / `::warning::` / `::notice::` commands the step printed. */
  annotations: { level: string; message: string }[];
  /** The report.json the step wrote, when it wrote one. */
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

/**
 * Reads action.yml input defaults, as the runner applies them: `${{ github.* }}` expressions are
 * evaluated from the step's context (the token from GITHUB_TOKEN, as `github.token` is on the runner).
 */
export function actionDefaults(actionYml: string, context: Record<string, string> = {}): Record<string, string> {
  const doc = YAML.parse(readFileSync(actionYml, 'utf8'));
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries<any>(doc.inputs ?? {})) {
    if (input?.default === undefined) continue;
    out[name] = String(input.default).replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, key: string) => {
      const envName = key === 'token' ? 'GITHUB_TOKEN' : `GITHUB_${key.toUpperCase()}`;
      return context[envName] ?? '';
    });
  }
  return out;
}

/**
 * Runs a bundled action as the runner does: `node dist/<action>/index.js` with `INPUT_*` variables
 * (hyphens kept, upper-cased), file commands in a fresh temp dir, and the usual GITHUB_* context.
 */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const tempDir = mkdtempSync(path.join(os.tmpdir(), `rk-${action}-`));
  const files = {
    GITHUB_OUTPUT: path.join(tempDir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tempDir, 'summary.md'),
    GITHUB_ENV: path.join(tempDir, 'env'),
    GITHUB_PATH: path.join(tempDir, 'path'),
    GITHUB_STATE: path.join(tempDir, 'state')
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const actionYml = options.actionYml ?? path.join(ROOT, 'actions', action, 'action.yml');
  const cwd = options.cwd ?? tempDir;
  const runnerTemp = path.join(tempDir, 'runner-temp');
  const env: Record<string, string> = {};
  // Only what a runner would have: PATH and HOME from here, nothing else of the test's environment.
  for (const k of ['PATH', 'HOME', 'LANG', 'SYSTEMROOT', 'TMPDIR']) if (process.env[k]) env[k] = process.env[k]!;
  Object.assign(env, {
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
    RUNNER_TEMP: runnerTemp,
    ...files
  });
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const inputs = { ...(existsSync(actionYml) ? actionDefaults(actionYml, env) : {}), ...(options.inputs ?? {}) };
  // The runner never passes GITHUB_TOKEN to a step by itself: only through the token input.
  delete env.GITHUB_TOKEN;
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const bundle = options.bundle ?? path.join(ROOT, 'dist', action, 'index.js');
  const node = options.node ?? process.env.RELEASE_KIT_TEST_NODE ?? process.execPath;
  const child = spawn(node, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let log = '';
  child.stdout.on('data', (d) => ((stdout += d), (log += d)));
  child.stderr.on('data', (d) => ((stderr += d), (log += d)));
  const timeout = options.timeoutMs ?? 120_000;
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${action} did not finish within ${timeout} ms. Log so far:\n${log}`));
    }, timeout);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c ?? 1);
    });
  });
  const annotations = [...log.matchAll(/^::(error|warning|notice)[^:]*::(.*)$/gm)].map((m) => ({
    level: m[1],
    message: m[2].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
  }));
  const outputs = parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
  let report: any;
  const reportPath = outputs['report-json'];
  if (reportPath && existsSync(reportPath)) report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    code,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    log,
    stdout,
    stderr,
    exportedEnv: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
    annotations,
    report,
    tempDir
  };
}
