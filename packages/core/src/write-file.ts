import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import type { WriteResult } from './report.js';

/**
 * Writes a file all at once or not at all: to a temporary name in the same directory, then renamed over
 * the target, so a failure never leaves a half-written checksum file for a later step to trust.
 * Content already there byte for byte is left alone (`unchanged`), so re-runs converge.
 */
export async function writeFileAtomic(file: string, content: string | Buffer): Promise<WriteResult> {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let before: Buffer | undefined;
  try {
    before = await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (before && before.equals(data)) return 'unchanged';
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  return before ? 'updated' : 'created';
}
