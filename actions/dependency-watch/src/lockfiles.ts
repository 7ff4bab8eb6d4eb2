import { readFileSync } from 'node:fs';
import { lockfileFor } from '#core/lockfile-discovery.js';

/** Versions from `package-lock.json` / `npm-shrinkwrap.json` (lockfileVersion 2 and 3). */
export interface NpmLock {
  /** The version at a location such as `node_modules/a/node_modules/b`. */
  versionAt(location: string): string | undefined;
  /** The version of a top-level dependency. */
  topLevel(name: string): string | undefined;
}

/** Reads the npm lockfile of a project; an unreadable one gives empty lookups (the tool decides). */
export function readNpmLock(dir: string): NpmLock {
  const packages: Record<string, { version?: string }> = {};
  // The lockfile npm obeys: npm-shrinkwrap.json over package-lock.json (core's rule).
  const lockfile = lockfileFor(dir, 'npm');
  if (lockfile) {
    try {
      const json = JSON.parse(readFileSync(lockfile.path, 'utf8'));
      Object.assign(packages, json?.packages ?? {});
    } catch {
      // npm itself will report the broken lockfile; versions just stay unknown here
    }
  }
  return {
    versionAt: (location) => packages[location]?.version,
    topLevel: (name) => packages[`node_modules/${name}`]?.version
  };
}

interface CratePackage {
  name: string;
  version: string;
  source?: string;
  dependencies?: string[];
}

/**
 * Builds "how is this crate reached" paths from Cargo.lock: a breadth-first walk from the workspace
 * members (the packages without a `source`), so each crate gets its shortest path.
 */
export async function readCargoPaths(
  dir: string
): Promise<(name: string, version: string) => string | undefined> {
  const file = lockfileFor(dir, 'cargo')?.path;
  if (!file) return () => undefined;
  let packages: CratePackage[];
  try {
    const { parse } = await import('smol-toml');
    packages = ((parse(readFileSync(file, 'utf8')) as { package?: CratePackage[] }).package ?? []).filter(
      (p) => p.name && p.version
    );
  } catch {
    return () => undefined;
  }
  const key = (p: { name: string; version: string }) => `${p.name}@${p.version}`;
  const byName = new Map<string, CratePackage[]>();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  // A dependency entry is `name`, `name version` or `name version (source)`.
  const resolve = (entry: string): CratePackage | undefined => {
    const [name, version] = entry.split(' ');
    const candidates = byName.get(name) ?? [];
    return version ? candidates.find((c) => c.version === version) : candidates[0];
  };
  const paths = new Map<string, string>();
  const queue: CratePackage[] = [];
  for (const root of packages.filter((p) => !p.source)) {
    paths.set(key(root), root.name);
    queue.push(root);
  }
  while (queue.length) {
    const current = queue.shift()!;
    for (const entry of current.dependencies ?? []) {
      const dep = resolve(entry);
      if (!dep || paths.has(key(dep))) continue;
      paths.set(key(dep), `${paths.get(key(current))} > ${dep.name}`);
      queue.push(dep);
    }
  }
  return (name, version) => paths.get(`${name}@${version}`);
}
