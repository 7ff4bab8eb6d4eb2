import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import { logInfo } from '#core/untrusted-text.js';

/** Finds an executable on a PATH string, as the shell would; undefined when there is none. */
export function findExecutable(name: string, searchPath = process.env.PATH ?? ''): string | undefined {
  const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export interface ToolOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a tool with an argument list (never a shell string), capturing its output. A non-zero exit is
 * not an error here: audit tools exit 1 when they find something, and the parsers judge the output.
 */
export async function runTool(
  tool: string,
  args: string[],
  cwd: string,
  extraPath: string[] = []
): Promise<ToolOutput> {
  const env: Record<string, string> = {};
  // The action's inputs (INPUT_TOKEN among them) stay with the action: audit tools run the project's
  // own configuration (yarn plugins, npm config), which has no business seeing the token.
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.toUpperCase().startsWith('INPUT_')) env[k] = v;
  if (extraPath.length) env.PATH = [...extraPath, env.PATH ?? ''].join(path.delimiter);
  // Plain output: colour codes and update banners would only get in the parsers' way.
  Object.assign(env, {
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CARGO_TERM_COLOR: 'never',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false'
  });
  logInfo(`$ ${[tool, ...args].join(' ')}   (in ${cwd})`);
  const started = Date.now();
  const out = await getExecOutput(tool, args, { cwd, env, silent: true, ignoreReturnCode: true });
  logInfo(`  exit ${out.exitCode} after ${Date.now() - started} ms`);
  core.debug(`stdout: ${out.stdout.slice(0, 4000)}`);
  core.debug(`stderr: ${out.stderr.slice(0, 4000)}`);
  return out;
}
