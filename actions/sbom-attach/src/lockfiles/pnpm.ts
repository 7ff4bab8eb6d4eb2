import path from 'node:path';
import { integrityToHashes } from '../hashes.js';
import type { LockEntry, LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, markDevOnly, newPackage, parseYaml, readText } from './common.js';
import { memberPackage, npmRootPackage, readPackageJson } from './npm-project.js';

const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

/** `4.3.4(supports-color@8.1.1)` → `4.3.4`: pnpm appends the peers a copy was resolved with. */
function stripPeers(version: string): string {
  const i = version.indexOf('(');
  return i >= 0 ? version.slice(0, i) : version;
}

/** Splits a package key (`/@scope/name@1.0.0`, `name@1.0.0(peer@1)`, v5 `/name/1.0.0`) into name and version. */
function splitKey(key: string, v5: boolean): { name: string; version: string } | undefined {
  const k = stripPeers(key.replace(/^\//, ''));
  if (v5) {
    if (k.startsWith('file:')) return { name: '', version: k };
    const i = k.lastIndexOf('/');
    return i > 0 ? { name: k.slice(0, i), version: k.slice(i + 1).replace(/_.*$/, '') } : undefined;
  }
  // The name ends at the first '@' after a scope's; the version may hold more (`file:a@b`, tarball URLs).
  const at = k.indexOf('@', 1);
  return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
}

/**
 * Parses `pnpm-lock.yaml` (lockfile versions 5.x, 6.x and 9.x). Dependency versions in the lock
 * are plain versions (`4.3.4`), versions with peers, aliases (`npm:pkg@1.0.0`, v9 `pkg@1.0.0`), or
 * directories of the project: `link:<dir>` (relative to the importer) and `file:<dir>` packages
 * (relative to the lockfile, `resolution: {type: directory}`). A directory is a component of the
 * project linked by its path, the same component as the importer at that path, never a registry
 * package with a `file:` version; its edges are kept.
 */
export async function parsePnpm(lockPath: string, display: string): Promise<LockfileResult> {
  const lock = await parseYaml(readText(lockPath, display), display);
  if (!lock || typeof lock !== 'object') throw new LockfileError(display, 'is not a YAML mapping');
  const lockVersion = String(lock.lockfileVersion ?? '');
  const major = Number.parseInt(lockVersion, 10);
  if (!(major >= 5 && major <= 9))
    throw new LockfileError(
      display,
      `lockfileVersion ${JSON.stringify(lock.lockfileVersion)} is not supported; 5.x, 6.x and 9.x are`
    );
  const v5 = major === 5;
  const root = npmRootPackage(lockPath, readPackageJson(lockPath, display));

  const packages = new Map<string, SbomPackage>();
  const byKey = new Map<string, SbomPackage>();
  const locals = new Map<string, SbomPackage>();
  const meta = (lock.packages ?? {}) as Record<string, any>;
  // v9 keeps resolution metadata in `packages` and the graph in `snapshots`; earlier versions hold both in `packages`.
  const graph = (major >= 9 ? lock.snapshots : lock.packages) ?? {};
  const keyFor = (name: string, version: string) =>
    major >= 9 ? `${name}@${version}` : v5 ? `/${name}/${version}` : `/${name}@${version}`;
  /** The project component of a directory (relative to the lockfile's folder), made once. */
  const local = (dir: string): SbomPackage => {
    const clean = path.posix.normalize(dir).replace(/^\.\/|\/$/g, '') || '.';
    if (clean === '.') return root;
    const existing = locals.get(clean);
    if (existing) return existing;
    const m = readPackageJson(lockPath, display, clean);
    const pkg = memberPackage(clean, m);
    // pnpm lets two directories carry the same name and version (test fixtures do): they stay two
    // components, the later one told apart by its path in its bom-ref.
    if (packages.has(pkg.ref)) pkg.ref = `${pkg.purl}#${clean}`;
    locals.set(clean, pkg);
    packages.set(pkg.ref, pkg);
    return pkg;
  };
  const pkgFor = (key: string): SbomPackage | undefined => {
    const existing = byKey.get(key);
    if (existing) return existing;
    const parts = splitKey(key, v5);
    if (!parts) return undefined;
    const metaKey = major >= 9 ? stripPeers(key) : key;
    const m = meta[metaKey] ?? meta[key] ?? {};
    const resolution = m.resolution ?? {};
    if (parts.version.startsWith('file:') || resolution.type === 'directory') {
      const dir = typeof resolution.directory === 'string' ? resolution.directory : parts.version.slice(5);
      byKey.set(key, local(dir));
      return byKey.get(key);
    }
    const pkg = newPackage({
      ecosystem: 'npm',
      name: m.name ?? parts.name,
      version: m.version ?? parts.version,
      hashes: integrityToHashes(resolution.integrity),
      downloadLocation:
        typeof resolution.tarball === 'string' && /^https?:/.test(resolution.tarball)
          ? resolution.tarball
          : undefined
    });
    byKey.set(key, packages.get(pkg.ref) ?? pkg);
    packages.set(pkg.ref, byKey.get(key)!);
    return byKey.get(key);
  };
  /**
   * A dependency's version: `1.0.0`, `1.0.0(peer@1)`, `/other@1.0.0` (v6 alias), `other@1.0.0` (v9
   * alias), `link:<dir>` (relative to `fromDir`) or `file:<dir>` (a package key of its own).
   */
  const depTarget = (name: string, ref: unknown, fromDir: string): SbomPackage | undefined => {
    if (typeof ref !== 'string' && typeof ref !== 'number') return undefined;
    const value = String(ref);
    if (value.startsWith('link:')) return local(path.posix.join(fromDir, value.slice(5)));
    if (value.startsWith('workspace:')) return undefined;
    if (value.startsWith('/')) return pkgFor(value);
    if (!/^\d/.test(value) && !value.startsWith('file:') && value.indexOf('@', 1) > 0)
      return pkgFor(major >= 9 ? value : `/${value}`);
    return pkgFor(keyFor(name, value));
  };

  const entries: LockEntry[] = [];
  for (const key of Object.keys(graph)) {
    const pkg = pkgFor(key);
    if (!pkg) throw new LockfileError(display, `package key ${JSON.stringify(key)} has no name@version`);
    entries.push({ key, ref: pkg.ref });
  }
  for (const [key, entry] of Object.entries<any>(graph)) {
    const pkg = byKey.get(key)!;
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      for (const [name, ref] of Object.entries<any>(entry?.[field] ?? {})) {
        const target = depTarget(name, ref, '.');
        if (target && target !== pkg) pkg.dependencies.push(target.ref);
      }
    }
  }

  const devEdges = new Set<string>();
  // Importers: `.` for the root, other paths for workspace packages; v5/v6 single projects keep them at the top level.
  const importers: Record<string, any> = lock.importers ?? { '.': lock };
  const members: SbomPackage[] = [];
  for (const [importerPath, importer] of Object.entries<any>(importers)) {
    const owner = local(importerPath);
    if (owner !== root) {
      members.push(owner);
      root.dependencies.push(owner.ref);
    }
    entries.push(
      owner === root
        ? { key: `importer ${importerPath}`, reason: 'workspace-member' }
        : { key: `importer ${importerPath}`, ref: owner.ref }
    );
    const prod = new Set(
      DEP_FIELDS.filter((f) => f !== 'devDependencies').flatMap((f) => Object.keys(importer?.[f] ?? {}))
    );
    for (const field of DEP_FIELDS) {
      for (const [name, spec] of Object.entries<any>(importer?.[field] ?? {})) {
        // v6+/v9 write `{ specifier, version }`; v5 writes the version alone.
        const version = typeof spec === 'object' && spec ? spec.version : spec;
        const target = depTarget(name, version, importerPath);
        if (!target || target === owner) continue;
        owner.dependencies.push(target.ref);
        if (field === 'devDependencies' && !prod.has(name)) devEdges.add(`${owner.ref}\0${target.ref}`);
      }
    }
  }
  markDevOnly(root, packages, devEdges);
  for (const m of members) m.dev = false;
  return finish(display, 'pnpm', root, packages.values(), [], entries);
}
