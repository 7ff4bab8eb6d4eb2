import { execFile } from 'node:child_process';
import { ConfigurationError } from '#core/errors.js';

export interface SbomTimestamp {
  iso: string;
  source: string;
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function gitCommitTime(cwd: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['log', '-1', '--format=%ct', 'HEAD'], { cwd, timeout: 10_000 }, (error, stdout) => {
      const n = Number(String(stdout).trim());
      resolve(!error && Number.isInteger(n) && n > 0 ? n : undefined);
    });
  });
}

/**
 * The SBOM's creation time. A re-run must produce the same bytes (so the upload is skipped as
 * identical), so the wall clock is never used. In order:
 * 1. `SOURCE_DATE_EPOCH` (the reproducible-builds convention);
 * 2. the commit time of `HEAD` in the project directory (the same for every run of one commit);
 * 3. the target release's creation time;
 * 4. the Unix epoch, reported as a missing timestamp.
 * @throws ConfigurationError when SOURCE_DATE_EPOCH is set but not a whole number of seconds.
 */
export async function sbomTimestamp(cwd: string, releaseCreatedAt?: string): Promise<SbomTimestamp> {
  const sde = process.env.SOURCE_DATE_EPOCH?.trim();
  if (sde) {
    if (!/^\d{1,12}$/.test(sde))
      throw new ConfigurationError(
        `SOURCE_DATE_EPOCH ${JSON.stringify(sde)} is not a whole number of seconds since 1970.`
      );
    return { iso: iso(Number(sde)), source: 'SOURCE_DATE_EPOCH' };
  }
  const commit = await gitCommitTime(cwd);
  if (commit !== undefined) return { iso: iso(commit), source: 'commit time of HEAD' };
  if (releaseCreatedAt && !Number.isNaN(Date.parse(releaseCreatedAt))) {
    return { iso: iso(Math.floor(Date.parse(releaseCreatedAt) / 1000)), source: 'release creation time' };
  }
  return { iso: iso(0), source: 'none (no SOURCE_DATE_EPOCH, no git commit, no release): the Unix epoch' };
}
