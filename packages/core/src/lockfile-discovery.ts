import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';

// What release-kit knows about lockfiles before reading one: which names exist, which format and
// package manager each name means, which one a package manager obeys when two sit side by side, and
// which lockfiles of other ecosystems are in a directory. sbom-attach (which reads them) and
// dependency-watch (which hands them to the package manager's audit) share this one rule.

/** A lockfile format, by what reads it; yarn.lock is two formats told apart by content. */
export type LockfileKind =
  'cargo' | 'npm' | 'pnpm' | 'yarn-v1' | 'yarn-berry' | 'poetry' | 'uv' | 'requirements' | 'gomod';

/** The tool that writes (and audits) a lockfile kind. */
export type PackageManager = 'cargo' | 'npm' | 'pnpm' | 'yarn' | 'poetry' | 'uv' | 'pip' | 'go';

/**
 * Lockfile names looked for directly in a project root, in the order their roots are preferred.
 * `requirements.txt` stands for the requirements family; other members (`requirements-dev.txt`) are
 * recognised by `lockfileKind` when named explicitly.
 */
export const LOCKFILE_NAMES = [
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

/** Lockfiles of ecosystems release-kit does not read: a found one is reported, never silently ignored. */
export const UNSUPPORTED_LOCKFILE_NAMES: readonly string[] = [
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

const MANAGER: Record<LockfileKind, PackageManager> = {
  cargo: 'cargo',
  npm: 'npm',
  pnpm: 'pnpm',
  'yarn-v1': 'yarn',
  'yarn-berry': 'yarn',
  poetry: 'poetry',
  uv: 'uv',
  requirements: 'pip',
  gomod: 'go'
};

/**
 * The names each package manager reads, the one it obeys first: npm takes npm-shrinkwrap.json over
 * package-lock.json when a project has both (and ignores the package-lock.json then).
 */
const OBEYED: Record<PackageManager, readonly string[]> = {
  cargo: ['Cargo.lock'],
  npm: ['npm-shrinkwrap.json', 'package-lock.json'],
  pnpm: ['pnpm-lock.yaml'],
  yarn: ['yarn.lock'],
  poetry: ['poetry.lock'],
  uv: ['uv.lock'],
  pip: ['requirements.txt'],
  go: ['go.mod']
};

/** The package manager behind a lockfile kind. */
export function packageManagerOf(kind: LockfileKind): PackageManager {
  return MANAGER[kind];
}

/** The lockfile names a package manager reads, the one it obeys first (for lookups and messages). */
export function lockfileNamesOf(manager: PackageManager): readonly string[] {
  return OBEYED[manager];
}

/** The first `bytes` of a file as text; empty when it cannot be read. */
function head(file: string, bytes = 4096): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * True when a yarn.lock's opening text is Yarn 2+ ("Berry"): it is YAML with a `__metadata:` block,
 * where Yarn 1 announces itself in a header comment. Berry speaks `yarn npm audit`, Yarn 1 `yarn audit`.
 */
export function isYarnBerryText(text: string): boolean {
  return /^__metadata:/m.test(text);
}

/**
 * The kind of a lockfile from its name (and, for yarn.lock, its first 4 KiB); undefined for a name
 * release-kit does not read. A yarn.lock that cannot be read counts as Yarn 1.
 */
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
  if (base === 'yarn.lock') return isYarnBerryText(head(file)) ? 'yarn-berry' : 'yarn-v1';
  return undefined;
}

/** A lockfile found in a directory. */
export interface FoundLockfile {
  /** Its file name, as in LOCKFILE_NAMES. */
  name: string;
  /** Absolute (or as absolute as the directory given). */
  path: string;
  kind: LockfileKind;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Every known lockfile directly in `dir` (not below it), in LOCKFILE_NAMES order. */
export function lockfilesIn(dir: string): FoundLockfile[] {
  const found: FoundLockfile[] = [];
  for (const name of LOCKFILE_NAMES) {
    const file = path.join(dir, name);
    if (isFile(file)) found.push({ name, path: file, kind: lockfileKind(file)! });
  }
  return found;
}

/** The lockfile `manager` obeys in `dir`, or undefined when it has none there. */
export function lockfileFor(dir: string, manager: PackageManager): FoundLockfile | undefined {
  for (const name of OBEYED[manager]) {
    const file = path.join(dir, name);
    if (isFile(file)) return { name, path: file, kind: lockfileKind(file)! };
  }
  return undefined;
}

/** Names of lockfiles of unsupported ecosystems directly in `dir`. */
export function unsupportedLockfilesIn(dir: string): string[] {
  return UNSUPPORTED_LOCKFILE_NAMES.filter((name) => existsSync(path.join(dir, name)));
}
