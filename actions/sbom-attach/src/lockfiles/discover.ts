import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '#core/errors.js';
import {
  LOCKFILE_NAMES,
  UNSUPPORTED_LOCKFILE_NAMES,
  lockfileKind,
  lockfilesIn,
  unsupportedLockfilesIn,
  type LockfileKind
} from '#core/lockfile-discovery.js';
import { Inputs } from '../inputs.js';

// Which lockfiles exist and what kind each is: core's rule (shared with dependency-watch). This file
// adds only the `lockfiles` input's explicit list.

export interface LockfileRef {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the project root. */
  display: string;
  kind: LockfileKind;
}

/**
 * Resolves the lockfiles to read: the explicit list (each must exist and be a known kind), or the
 * known names found directly in the project root. Returns unsupported lockfiles found too.
 * @throws InputError for a missing file or an unknown kind in the explicit list.
 */
export function findLockfiles(
  root: string,
  explicit: string[]
): { lockfiles: LockfileRef[]; unsupported: string[] } {
  if (explicit.length) {
    const lockfiles: LockfileRef[] = [];
    const problems: string[] = [];
    for (const item of explicit) {
      const abs = path.resolve(root, item);
      const display = path.relative(root, abs).split(path.sep).join('/') || item;
      if (!existsSync(abs) || !statSync(abs).isFile()) {
        problems.push(`${JSON.stringify(item)} does not exist under ${root}`);
        continue;
      }
      const kind = lockfileKind(abs);
      if (!kind) {
        problems.push(
          `${JSON.stringify(item)} is not a lockfile kind this action reads; accepted: ${LOCKFILE_NAMES.join(', ')} (requirements*.txt too)` +
            (UNSUPPORTED_LOCKFILE_NAMES.includes(path.basename(abs))
              ? ` — ${path.basename(abs)} is not supported yet`
              : '')
        );
        continue;
      }
      lockfiles.push({ path: abs, display, kind });
    }
    if (problems.length)
      throw new InputError(Inputs.Lockfiles, explicit.join('\n'), `${problems.join('; ')}.`);
    return { lockfiles, unsupported: [] };
  }
  return {
    lockfiles: lockfilesIn(root).map((l) => ({ path: l.path, display: l.name, kind: l.kind })),
    unsupported: unsupportedLockfilesIn(root)
  };
}
