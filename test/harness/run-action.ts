import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  parseFileCommand,
  resolveDefault,
  runBundledStep,
  runnerEnvironment,
  type StepResult
} from '../../packages/cli/src/step-runner.js';

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
  /** Bundle to run; defaults to dist/<action>/index.js. */
  bundle?: string;
  /** action.yml whose defaults apply; defaults to actions/<action>/action.yml. */
  actionYml?: string;
  /** Node binary; defaults to RELEASE_KIT_TEST_NODE or this process's node. */
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

/**
 * Runs a bundled action exactly as the runner does (see runBundledStep): `node dist/<action>/index.js`
 * with action.yml defaults applied and `INPUT_*` variables set.
 */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const actionYml = options.actionYml ?? path.join(ROOT, 'actions', action, 'action.yml');
  const context = { ...runnerEnvironment(options.cwd ?? '', ''), ...(options.env ?? {}) };
  const inputs = {
    ...(existsSync(actionYml) ? actionDefaults(actionYml, context) : {}),
    ...(options.inputs ?? {})
  };
  return runBundledStep({
    bundle: options.bundle ?? path.join(ROOT, 'dist', action, 'index.js'),
    inputs,
    env: options.env,
    cwd: options.cwd,
    node: options.node ?? process.env.RELEASE_KIT_TEST_NODE,
    timeoutMs: options.timeoutMs
  });
}
