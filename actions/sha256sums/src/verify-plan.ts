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

/** The distinct names of one algorithm to hash, and their paths (same order). */
export interface HashGroup {
  algorithm: ChecksumAlgorithm;
  names: string[];
  paths: string[];
}

/** The entries split into those refused unopened (with why) and, per algorithm, the names to hash once each. */
export interface VerifyWork {
  safe: NumberedEntry[];
  /** For safe[i]: the index of its group in `groups`, and of its name in that group. */
  group: Uint8Array;
  slot: Int32Array;
  unsafe: { entry: NumberedEntry; reason: string }[];
  groups: HashGroup[];
}

/**
 * Sorts the entries of a parsed file into work: unsafe names are never opened; each name is hashed once
 * per algorithm, however many lines list it.
 */
export function verifyWork(parsed: ParsedChecksumFile, cwd: string): VerifyWork {
  const safe: NumberedEntry[] = [];
  const unsafe: VerifyWork['unsafe'] = [];
  for (const entry of parsed.entries) {
    const reason = unsafePathReason(entry.name);
    if (reason) unsafe.push({ entry, reason });
    else safe.push(entry);
  }
  const groups: HashGroup[] = [];
  const indexes: Map<string, number>[] = [];
  const group = new Uint8Array(safe.length);
  const slot = new Int32Array(safe.length);
  // A safe name is relative and has no `..` segment, so joining is enough (no normalising 10,000s of paths).
  const base = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  safe.forEach((entry, i) => {
    let g = groups.findIndex((x) => x.algorithm === entry.algorithm);
    if (g < 0) {
      g = groups.push({ algorithm: entry.algorithm, names: [], paths: [] }) - 1;
      indexes.push(new Map());
    }
    const { names, paths } = groups[g];
    let at = indexes[g].get(entry.name);
    if (at === undefined) {
      at = names.push(entry.name) - 1;
      paths.push(base + entry.name);
      indexes[g].set(entry.name, at);
    }
    group[i] = g;
    slot[i] = at;
  });
  return { safe, group, slot, unsafe, groups };
}
