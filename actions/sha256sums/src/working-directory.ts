import path from 'node:path';
import { ConfigurationError } from '#core/errors.js';
import { isDirectory } from '#core/files.js';
import { Inputs } from './names.js';

/** Resolves working-directory, failing clearly when it is not a directory. */
export function resolveWorkingDirectory(value: string): string {
  const dir = path.resolve(value);
  if (!isDirectory(dir))
    throw new ConfigurationError(
      `Input '${Inputs.WorkingDirectory}': ${JSON.stringify(value)} is not a directory (resolved to ${dir}).`
    );
  return dir;
}

/** A path relative to the working directory, with forward slashes (how names appear in checksum files). */
export function relativeName(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** A path for outputs and messages: relative to the process's directory when below it, else absolute. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
