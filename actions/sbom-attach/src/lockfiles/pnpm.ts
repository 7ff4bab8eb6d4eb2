import path from 'node:path';
import { integrityToHashes } from '../hashes.js';
import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, markDevOnly, newPackage, parseYaml, readText } from './common.js';
import { licenseOf, npmRootPackage, readPackageJson } from './npm-project.js';

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
    const i = k.lastIndexOf('/');
    return i > 0 ? { name: k.slice(0, i), version: k.slice(i + 1).replace(/_.*$/, '') } : undefined;
  }
  const at = k.lastIndexOf('@');
  return at > 0 ? { name: k.slice(0, at), version: k.slice(at + 1) } : undefined;
}

/**
 * Parses `pnpm-lock.yaml` (lockfile versions 5.x, 6.x and 9.x). Dependency versions in the lock
 * are either plain versions (`4.3.4`), versions with peers, or aliases (`npm:pkg@1.0.0`) and links
 * (`link:../x`), which are the project's own code and left out.
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
  const meta = (lock.packages ?? {}) as Record<string, any>;
  // v9 keeps resolution metadata in `packages` and the graph in `snapshots`; earlier versions hold both in `packages`.
  const graph = (major >= 9 ? lock.snapshots : lock.packages) ?? {};
  const keyFor = (name: string, version: string) =>
    major >= 9 ? `${name}@${version}` : v5 ? `/${name}/${version}` : `/${name}@${version}`;
  const pkgFor = (key: string): SbomPackage | undefined => {
    const existing = byKey.get(key);
    if (existing) return existing;
    const parts = splitKey(key, v5);
    if (!parts) return undefined;
    const metaKey = major >= 9 ? stripPeers(key) : key;
    const m = meta[metaKey] ?? meta[key] ?? {};
    const resolution = m.resolution ?? {};
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
  // A dependency's version may be `1.0.0`, `1.0.0(peer@1)`, `/other@1.0.0` (v6 alias), `other@1.0.0` (v9 alias) or `link:…`.
  const depKey = (name: string, ref: string): string | undefined => {
    if (typeof ref !== 'string' && typeof ref !== 'number') return undefined;
    const value = String(ref);
    if (value.startsWith('link:') || value.startsWith('file:') || value.startsWith('workspace:'))
      return undefined;
    if (value.startsWith('/')) return value;
    if (!/^\d/.test(value) && value.includes('@') && value.lastIndexOf('@') > 0)
      return major >= 9 ? value : `/${value}`;
    return keyFor(name, value);
  };

  for (const key of Object.keys(graph)) {
    const pkg = pkgFor(key);
    if (!pkg) throw new LockfileError(display, `package key ${JSON.stringify(key)} has no name@version`);
  }
  for (const [key, entry] of Object.entries<any>(graph)) {
    const pkg = byKey.get(key)!;
    for (const field of ['dependencies', 'optionalDependencies'] as const) {
      for (const [name, ref] of Object.entries<any>(entry?.[field] ?? {})) {
        const k = depKey(name, ref);
        const target = k ? pkgFor(k) : undefined;
        if (target) pkg.dependencies.push(target.ref);
      }
    }
  }

  const devEdges = new Set<string>();
  // Importers: `.` for the root, other paths for workspace packages; v5/v6 single projects keep them at the top level.
  const importers: Record<string, any> = lock.importers ?? { '.': lock };
  const members: SbomPackage[] = [];
  for (const [importerPath, importer] of Object.entries<any>(importers)) {
    let owner = root;
    if (importerPath !== '.') {
      const memberManifest = readPackageJson(lockPath, display, importerPath);
      owner = newPackage({
        ecosystem: 'npm',
        name: memberManifest.name ?? path.posix.basename(importerPath),
        version: memberManifest.version ?? '',
        license: licenseOf(memberManifest),
        own: true
      });
      members.push(owner);
      root.dependencies.push(owner.ref);
      packages.set(owner.ref, owner);
    }
    for (const field of DEP_FIELDS) {
      for (const [name, spec] of Object.entries<any>(importer?.[field] ?? {})) {
        // v6+/v9 write `{ specifier, version }`; v5 writes the version alone.
        const version = typeof spec === 'object' && spec ? spec.version : spec;
        const k = depKey(name, version);
        const target = k ? pkgFor(k) : undefined;
        if (!target) continue;
        owner.dependencies.push(target.ref);
        if (field === 'devDependencies') devEdges.add(`${owner.ref}\0${target.ref}`);
      }
    }
  }
  markDevOnly(root, packages, devEdges);
  for (const m of members) m.dev = false;
  return finish(display, 'pnpm', root, packages.values());
}
