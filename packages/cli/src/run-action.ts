import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ActionMetadata } from './generated/actions.js';
import { parseFileCommand, resolveDefault } from './step-runner.js';

/**
 * Runs an action's `run()` in this process with flags as inputs, the way the runner would: INPUT_*
 * variables (action.yml defaults applied), file commands in a temp dir; then prints the plain-text
 * summary and the outputs as name=value. Returns the exit code.
 */
export async function runActionLocally(
  name: string,
  meta: ActionMetadata,
  load: () => Promise<{ run(): Promise<unknown> }>,
  flags: Record<string, string>
): Promise<number> {
  const temp = mkdtempSync(path.join(os.tmpdir(), `release-kit-${name}-`));
  const outputFile = path.join(temp, 'output');
  const textFile = path.join(temp, 'summary.txt');
  writeFileSync(outputFile, '');
  for (const [key, input] of Object.entries(meta.inputs)) {
    const value = flags[key] ?? (input.default !== undefined ? resolveDefault(input.default) : '');
    process.env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  process.env.GITHUB_OUTPUT = outputFile;
  process.env.RELEASE_KIT_TEXT_REPORT = textFile;
  delete process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_WORKSPACE ??= process.cwd();
  process.exitCode = 0;
  try {
    const action = await load();
    await action.run();
  } finally {
    if (existsSync(textFile)) process.stdout.write('\n' + readFileSync(textFile, 'utf8') + '\n\n');
    for (const [k, v] of Object.entries(parseFileCommand(readFileSync(outputFile, 'utf8')))) {
      // A multi-line value is printed JSON-quoted so that every output stays on one line.
      process.stdout.write(`${k}=${v.includes('\n') ? JSON.stringify(v) : v}\n`);
    }
    rmSync(temp, { recursive: true, force: true });
  }
  return process.exitCode === 0 || process.exitCode === undefined ? 0 : 1;
}
