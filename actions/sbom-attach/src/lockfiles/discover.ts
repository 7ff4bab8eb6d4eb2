import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '#core/errors.js';
import type { LockfileKind } from '../model.js';

/** The lockfile names discovered in the project root, in the order their roots are preferred. */
export const DISCOVERED_NAMES = [
  'Cargo.lock',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'poetry.lock',
  'uv.lock',
  'requirements.txt',
  'go.mod'
] as const;

/** Lockfiles of ecosystems this action does not read: found ones are reported, never silently ignored. */
export const UNSUPPORTED_NAMES = [
  'Gemfile.lock',
  'composer.lock',
  'Pipfile.lock',
  'pdm.lock',
  'bun.lock',
  'bun.lockb',
  'packages.lock.json',
  'paket.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'Package.resolved',
  'gradle.lockfile',
  'conan.lock',
  'flake.lock',
  'deno.lock'
];

export interface LockfileRef {
  /** Absolute path. */
  path: string;
  /** As shown to the user: relative to the project root. */
  display: string;
  kind: LockfileKind;
}

/** The kind of a lockfile from its name (and, for yarn.lock, its first lines); undefined when unknown. */
export function lockfileKind(file: string): LockfileKind | undefined {
  const base = path.basename(file);
  if (base === 'Cargo.lock') return 'cargo';
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') return 'npm';
  if (base === 'pnpm-lock.yaml') return 'pnpm';
  if (base === 'poetry.lock') return 'poetry';
  if (base === 'uv.lock') return 'uv';
  if (base === 'go.mod') return 'gomod';
  if (/^requirements([-._][\w.-]*)?\.txt$/.test(base) || /\.requirements\.txt$/.test(base))
    return 'requirements';
  if (base === 'yarn.lock') {
    // Berry writes YAML with a __metadata block; v1 announces itself in its header comment.
    const head = existsSync(file) ? readFileSync(file, 'utf8').slice(0, 4096) : '';
    return /^__metadata:/m.test(head) ? 'yarn-berry' : 'yarn-v1';
  }
  return undefined;
}

/**
 * Resolves the lockfiles to read: the explicit list (each must exist and be a known kind), or the
 * known names found directly in the project root. Returns unsupported lockfiles found too.
 * @throws ConfigurationError for a missing file or an unknown kind in the explicit list.
 */
export function findLockfiles(
  root: string,
  explicit: string[]
): { lockfiles: LockfileRef[]; unsupported: string[] } {
  const lockfiles: LockfileRef[] = [];
  const unsupported: string[] = [];
  if (explicit.length) {
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
          `${JSON.stringify(item)} is not a lockfile kind this action reads; accepted: ${DISCOVERED_NAMES.join(', ')} (requirements*.txt too)` +
            (UNSUPPORTED_NAMES.includes(path.basename(abs))
              ? ` — ${path.basename(abs)} is not supported yet`
              : '')
        );
        continue;
      }
      lockfiles.push({ path: abs, display, kind });
    }
    if (problems.length) throw new ConfigurationError(`Input 'lockfiles': ${problems.join('; ')}.`);
    return { lockfiles, unsupported };
  }
  for (const name of DISCOVERED_NAMES) {
    const abs = path.join(root, name);
    if (existsSync(abs)) lockfiles.push({ path: abs, display: name, kind: lockfileKind(abs)! });
  }
  for (const name of UNSUPPORTED_NAMES) if (existsSync(path.join(root, name))) unsupported.push(name);
  return { lockfiles, unsupported };
}
