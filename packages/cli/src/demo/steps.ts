import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIONS } from '../generated/actions.js';
import { resolveDefault, runBundledStep, type StepResult } from '../step-runner.js';

/**
 * Where the bundles are: beside the CLI bundle (`dist/cli/../<action>`) when run as `release-kit`, or
 * the repository's `dist/` when run from source.
 */
export function bundlePath(action: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '..', action, 'index.js')];
  for (let dir = here; dir !== path.dirname(dir); dir = path.dirname(dir))
    candidates.push(path.join(dir, 'dist', action, 'index.js'));
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    throw new Error(`No bundle for ${action} (looked for ${candidates[0]}): run npm run build first.`);
  return found;
}

export interface StepRun {
  action: string;
  result: StepResult;
  text: string;
  ms: number;
}

/**
 * Runs one bundled action exactly as the runner would (action.yml defaults, INPUT_* variables, file
 * commands), and returns its plain-text report for the terminal.
 */
export async function runStep(
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
  cwd: string
): Promise<StepRun> {
  const meta = ACTIONS[action];
  const defaults: Record<string, string> = {};
  for (const [key, input] of Object.entries(meta?.inputs ?? {})) {
    if (input.default !== undefined) defaults[key] = resolveDefault(input.default, env);
  }
  const textFile = path.join(cwd, `.release-kit-${action}.txt`);
  rmSync(textFile, { force: true });
  const started = Date.now();
  const result = await runBundledStep({
    bundle: bundlePath(action),
    inputs: { ...defaults, ...inputs },
    env: { ...env, RELEASE_KIT_TEXT_REPORT: textFile },
    cwd
  });
  const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : result.log;
  rmSync(textFile, { force: true });
  return { action, result, text, ms: Date.now() - started };
}
