import { ConfigurationError, InputError } from '../errors.js';
import { formulaVersion } from './formula-bump.js';

export interface HistoryHit {
  sha: string;
  message: string;
  text: string;
}

/**
 * Finds the newest commit at which the formula was at `version`: walking the formula's commits
 * newest first, the first whose file reads that version. That is the commit that set it, or a later
 * one that kept it (a revision bump), whose values are the ones to restore.
 * `input` names the input `version` came from, when it came from one (the error then points at it).
 * @throws InputError (ConfigurationError without `input`) when no commit within `maxReads` file reads
 * has that version.
 */
export async function findVersionInHistory(
  commits: AsyncIterable<{ sha: string; message: string }> | Iterable<{ sha: string; message: string }>,
  readAt: (sha: string) => Promise<string | undefined>,
  version: string,
  where: string,
  input?: string,
  maxReads = 50
): Promise<HistoryHit> {
  let reads = 0;
  const seenVersions: string[] = [];
  for await (const c of commits) {
    if (reads >= maxReads) break;
    reads++;
    const text = await readAt(c.sha);
    if (text === undefined) continue;
    const v = formulaVersion(text);
    if (v === version) return { sha: c.sha, message: c.message, text };
    if (v && !seenVersions.includes(v)) seenVersions.push(v);
  }
  const problem = `no commit in the history of ${where} has version ${version} (read ${reads} commit(s); versions seen: ${seenVersions.join(', ') || 'none'}).`;
  throw input
    ? new InputError(input, version, problem)
    : new ConfigurationError(`The formula's history: ${problem}`);
}
