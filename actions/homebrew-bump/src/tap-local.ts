import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '#core/write-file.js';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError, getErrorMessage, InputError } from '#core/errors.js';
import { Inputs } from './inputs.js';
import type { FormulaTarget } from '#core/homebrew/formula-path.js';
import { isDirectory } from '#core/files.js';

const run = promisify(execFile);

// A checked-out tap on disk (`mode: local`): the formula is edited in place and nothing is sent.
// Its history (for rollback-to) is read with git, by argument list, never through a shell.

export interface LocalFormula {
  /** Path relative to the tap. */
  path: string;
  absolute: string;
  text: string;
}

/** Finds and reads a formula in the tap directory. @throws InputError when it is not there. */
export function readLocalFormula(tapPath: string, target: FormulaTarget): LocalFormula {
  if (!isDirectory(tapPath)) {
    throw new InputError(
      Inputs.TapPath,
      tapPath,
      `${JSON.stringify(tapPath)} is not a directory`,
      'check out the tap there first.'
    );
  }
  for (const candidate of target.candidates) {
    const absolute = path.join(tapPath, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile())
      return { path: candidate, absolute, text: readFileSync(absolute, 'utf8') };
  }
  throw new InputError(
    Inputs.Formula,
    target.name,
    `${target.name} is not in the tap at ${tapPath} (looked for ${target.candidates.join(', ')}).`
  );
}

/** Replaces the file through a temporary file and a rename, so a crash never leaves half a formula. */
export async function writeLocalFormula(file: LocalFormula, text: string): Promise<void> {
  await writeFileAtomic(file.absolute, text);
}

/** Commits that touched the file, newest first, and the file's text at one of them. */
export async function localHistory(
  tapPath: string,
  file: string
): Promise<{ sha: string; message: string }[]> {
  try {
    const { stdout } = await run(
      'git',
      ['-C', tapPath, 'log', '--format=%H%x00%s', '--max-count=200', '--', file],
      { maxBuffer: 16 * 1024 * 1024 }
    );
    return stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, message] = line.split('\0');
        return { sha, message };
      });
  } catch (e) {
    throw new ConfigurationError(
      `rollback-to needs the tap's git history, but ${tapPath} is not a git checkout with history (${getErrorMessage(e).split('\n')[0]}). Check it out with fetch-depth: 0.`
    );
  }
}

export async function localFileAt(tapPath: string, sha: string, file: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', tapPath, 'show', `${sha}:${file}`], {
      maxBuffer: 16 * 1024 * 1024
    });
    return stdout;
  } catch {
    return undefined;
  }
}
