import { jest } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import {
  collectStep,
  parseFileCommand,
  prepareStep,
  resolveDefault,
  runBundledStep,
  runnerEnvironment,
  type StepResult
} from '../../packages/cli/src/step-runner.js';
import { assertBundleFresh } from '../../scripts/bundle-stamp.mjs';

export { parseFileCommand };
export type RunResult = StepResult;

export const ROOT = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '../..'
);

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
  /** Run this bundle in a child process instead of the source in process. */
  bundle?: string;
  /** action.yml whose defaults apply; defaults to actions/<action>/action.yml. */
  actionYml?: string;
  /** Source entry run in process; defaults to actions/<action>/src/index.ts. */
  entry?: string;
  /** Run the committed bundle under this Node binary (the bundle tier) instead of the source in process. */
  node?: string;
  timeoutMs?: number;
}

/**
 * Reads action.yml input defaults, as the runner applies them: `${{ github.* }}` expressions are
 * evaluated from the step's context (the token from GITHUB_TOKEN, as `github.token` is on the runner).
 */
export function actionDefaults(
  actionYml: string,
  context: Record<string, string | undefined> = {}
): Record<string, string> {
  const doc = YAML.parse(readFileSync(actionYml, 'utf8'));
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries<any>(doc.inputs ?? {})) {
    if (input?.default !== undefined) out[name] = resolveDefault(String(input.default), context);
  }
  return out;
}

function stepInputs(action: string, options: RunOptions): Record<string, string> {
  const actionYml = options.actionYml ?? path.join(ROOT, 'actions', action, 'action.yml');
  const context = { ...runnerEnvironment(options.cwd ?? '', ''), ...(options.env ?? {}) };
  return {
    ...(existsSync(actionYml) ? actionDefaults(actionYml, context) : {}),
    ...(options.inputs ?? {})
  };
}

/**
 * Runs an action as the runner would, with action.yml defaults applied and `INPUT_*` variables set.
 * By default its SOURCE entry (`actions/<action>/src/index.ts`) runs in this process, so a source change
 * is tested without a build. With `node` or `bundle` (or RELEASE_KIT_TEST_BUNDLES=1 for a whole run), the
 * committed bundle runs in a child process instead: see runBundle.
 */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  if (options.bundle || options.node || process.env.RELEASE_KIT_TEST_BUNDLES === '1')
    return runBundle(action, options);
  return runInProcess(action, options);
}

/**
 * The bundle tier: `node dist/<action>/index.js` in a child process (see runBundledStep), for what only a
 * bundle can show (both runtimes, the CLI, the demo). A committed bundle older than its sources is
 * refused with the rebuild command, so a stale bundle never gives a green test.
 */
export async function runBundle(action: string, options: RunOptions = {}): Promise<RunResult> {
  const bundle = options.bundle ?? path.join(ROOT, 'dist', action, 'index.js');
  if (!options.bundle) assertBundleFresh(ROOT, action);
  return runBundledStep({
    bundle,
    inputs: stepInputs(action, options),
    env: options.env,
    cwd: options.cwd,
    node: options.node ?? process.env.RELEASE_KIT_TEST_NODE,
    timeoutMs: options.timeoutMs
  });
}

// One in-process step at a time: each owns process.env, process.cwd() and process.exitCode while it runs.
let queue: Promise<unknown> = Promise.resolve();
const NODE_WARNING = /^\(node:\d+\) \w*Warning: |^\(Use `node --trace-warnings/;
let runs = 0;

/**
 * The source tier: imports the action's entry and its whole module graph afresh (as a new process
 * would: no module state, such as a circuit breaker or a cache, survives from an earlier run), with the
 * step's environment, working directory and a captured stdout/stderr; restores all three and
 * process.exitCode afterwards, whatever happened.
 */
export function runInProcess(action: string, options: RunOptions = {}): Promise<RunResult> {
  const next = queue.then(() => runInProcessNow(action, options));
  queue = next.catch(() => undefined);
  return next;
}

async function runInProcessNow(action: string, options: RunOptions): Promise<RunResult> {
  const entry = options.entry ?? path.join(ROOT, 'actions', action, 'src/index.ts');
  const setup = prepareStep({ inputs: stepInputs(action, options), env: options.env, cwd: options.cwd });
  const saved = {
    env: { ...process.env },
    cwd: process.cwd(),
    exitCode: process.exitCode,
    stdout: process.stdout.write,
    stderr: process.stderr.write
  };
  let stdout = '';
  let stderr = '';
  let log = '';
  const capture = (into: 'stdout' | 'stderr') =>
    function (chunk: string | Uint8Array, ...rest: unknown[]): boolean {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      // Node's own warnings about the test process (jest's VM modules are experimental) are not the step's.
      if (NODE_WARNING.test(text)) return saved.stderr.call(process.stderr, chunk as string);
      if (into === 'stdout') stdout += text;
      else stderr += text;
      log += text;
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      done?.();
      return true;
    } as typeof process.stdout.write;
  let code: number;
  try {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, setup.env);
    process.chdir(setup.cwd);
    process.exitCode = undefined;
    process.stdout.write = capture('stdout');
    process.stderr.write = capture('stderr');
    const timeout = options.timeoutMs ?? 120_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      jest.resetModules();
      await Promise.race([
        import(`${pathToFileURL(entry).href}?run=${++runs}`),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${action} did not finish within ${timeout} ms. Log so far:\n${log}`)),
            timeout
          );
        })
      ]);
      code = process.exitCode ?? 0;
    } catch (e) {
      // An entry that throws past runAction is an uncaught error on the runner: exit code 1, stack on stderr.
      const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
      if (/did not finish within/.test(text)) throw e;
      stderr += text + '\n';
      log += text + '\n';
      code = 1;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
  return collectStep(setup, { code: Number(code), stdout, stderr, log });
}

/**
 * The code an action's thin entry loads before anything else: the shared bundle's chunks that its entry
 * table row fetches (`__nccwpck_require__.e(<id>)`), concatenated. What an entry imports lazily is not in it.
 */
export function entryChunkText(name: string): string {
  const shared = path.join(ROOT, 'dist/shared');
  const table = readFileSync(path.join(shared, 'index.js'), 'utf8');
  const key = /^[a-z_$][\w$]*$/i.test(name) ? name : JSON.stringify(name);
  const start = table.indexOf(`${key}:()=>`);
  if (start < 0) throw new Error(`dist/shared/index.js has no entry ${name}: run \`npm run build\`.`);
  const row = table.slice(start, table.indexOf('.then(', start));
  const ids = [...row.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => m[1]);
  return ids.map((id) => readFileSync(path.join(shared, `${id}.index.js`), 'utf8')).join('\n');
}
