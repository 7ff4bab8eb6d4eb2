import path from 'node:path';
import type { ChecksumAlgorithm } from '#core/checksums.js';
import { expandGlobs } from '#core/files.js';
import { cpuCount } from '#core/hash-files.js';
import type { Settings } from './inputs.js';
import { Inputs } from './names.js';
import { relativeName } from './working-directory.js';

/** What generate hashes, as far as its inputs decide: equal plans hash the same files the same way. */
export interface HashPlan {
  /** The working directory, absolute. */
  cwd: string;
  patterns: readonly string[];
  /** The checksum file, relative to cwd with forward slashes. */
  outputName: string;
  algorithm: ChecksumAlgorithm;
  /** Threads to hash with (concurrency, 0 resolved to the number of CPUs). */
  threads: number;
}

/** The plan of settings, below the (resolved) working directory. */
export function planOf(
  settings: Pick<Settings, 'files' | 'output' | 'algorithm' | 'concurrency'>,
  cwd: string
): HashPlan {
  return {
    cwd,
    patterns: settings.files,
    outputName: relativeName(cwd, settings.output),
    algorithm: settings.algorithm,
    threads: settings.concurrency || cpuCount()
  };
}

export function samePlan(a: HashPlan, b: HashPlan): boolean {
  return (
    a.cwd === b.cwd &&
    a.outputName === b.outputName &&
    a.algorithm === b.algorithm &&
    a.threads === b.threads &&
    a.patterns.length === b.patterns.length &&
    a.patterns.every((p, i) => p === b.patterns[i])
  );
}

/** The files of a plan. */
export interface Selection {
  /** Relative to the working directory, forward slashes, in byte order. */
  names: string[];
  /** Include patterns that matched no file. */
  unmatched: string[];
  /** How long listing took, in ms. */
  ms: number;
}

/**
 * Lists what the patterns match, minus generate's own outputs: the checksum file and the sidecars of
 * matched files are never inputs (a re-run must not checksum last run's checksums).
 * @throws ConfigurationError for a pattern that leaves the working directory.
 */
export async function selectFiles(plan: HashPlan): Promise<Selection> {
  const started = Date.now();
  const { files: matched, unmatched } = await expandGlobs(plan.patterns, {
    cwd: plan.cwd,
    inputName: Inputs.Files
  });
  const ext = `.${plan.algorithm}`;
  const matchedSet = new Set(matched);
  const names = matched.filter(
    (n) => n !== plan.outputName && !(n.endsWith(ext) && matchedSet.has(n.slice(0, -ext.length)))
  );
  return { names, unmatched, ms: Date.now() - started };
}

/**
 * The absolute paths of names below cwd. The names are already normal (no `.`, `..` or doubled
 * slashes), so on POSIX a prefix does what path.join would, at a fraction of its cost for 20,000 names.
 */
export function absolutePaths(cwd: string, names: readonly string[]): string[] {
  if (path.sep !== '/') return names.map((n) => path.join(cwd, n));
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return names.map((n) => prefix + n);
}
