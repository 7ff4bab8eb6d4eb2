import path from 'node:path';
import {
  unsafePathReason,
  type ChecksumAlgorithm,
  type NumberedEntry,
  type ParsedChecksumFile
} from '../../../packages/core/src/checksums.js';

/*
 * What verify hashes, worked out from the parsed checksum file alone. This module loads nothing heavy:
 * the head start (head-start.ts) uses it before the rest of the action has loaded.
 */

/** The inputs that decide what verify reads and hashes, resolved. */
export interface VerifyPlan {
  cwd: string;
  /** The checksum file, absolute. */
  checksumsFile: string;
  threads: number;
}

/** True when two plans read the same checksum file from the same directory on as many threads. */
export function sameVerifyPlan(a: VerifyPlan, b: VerifyPlan): boolean {
  return a.cwd === b.cwd && a.checksumsFile === b.checksumsFile && a.threads === b.threads;
}

/** The distinct names of one algorithm to hash, and their absolute paths (same order). */
export interface HashGroup {
  algorithm: ChecksumAlgorithm;
  names: string[];
  paths: string[];
}

/** The entries split into those refused unopened (with why) and, per algorithm, the names to hash once each. */
export interface VerifyWork {
  safe: NumberedEntry[];
  unsafe: { entry: NumberedEntry; reason: string }[];
  groups: HashGroup[];
}

/** Sorts the entries of a parsed file into work: unsafe names are never opened; each name is hashed once per algorithm. */
export function verifyWork(parsed: ParsedChecksumFile, cwd: string): VerifyWork {
  const work: VerifyWork = { safe: [], unsafe: [], groups: [] };
  const seen = new Map<ChecksumAlgorithm, Set<string>>();
  for (const entry of parsed.entries) {
    const reason = unsafePathReason(entry.name);
    if (reason) {
      work.unsafe.push({ entry, reason });
      continue;
    }
    work.safe.push(entry);
    let names = seen.get(entry.algorithm);
    if (!names) seen.set(entry.algorithm, (names = new Set()));
    names.add(entry.name);
  }
  for (const [algorithm, names] of seen) {
    const list = [...names];
    work.groups.push({ algorithm, names: list, paths: list.map((n) => path.resolve(cwd, n)) });
  }
  return work;
}
