import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, markDevOnly, newPackage, parseYaml, readText } from './common.js';
import { licenseOf, npmRootPackage, readPackageJson, rootEdges } from './npm-project.js';

/** `name@npm:1.2.3`, `name@patch:name@npm%3A1.2.3#…`, `name@workspace:.` → the parts. */
function splitLocator(locator: string): { name: string; protocol: string; reference: string } {
  const at = locator.indexOf('@', 1);
  const name = locator.slice(0, at);
  const rest = locator.slice(at + 1);
  const colon = rest.indexOf(':');
  return {
    name,
    protocol: colon >= 0 ? rest.slice(0, colon) : '',
    reference: colon >= 0 ? rest.slice(colon + 1) : rest
  };
}

/**
 * Parses a Yarn Berry (v2+) `yarn.lock`, which is YAML. Berry's `checksum` is the hash of its own cache
 * archive, not of the registry tarball, so it is not reported as the package's hash.
 */
export async function parseYarnBerry(lockPath: string, display: string): Promise<LockfileResult> {
  const lock = await parseYaml(readText(lockPath, display), display);
  if (!lock || typeof lock !== 'object' || !lock.__metadata)
    throw new LockfileError(display, 'has no __metadata: it is not a Yarn Berry lockfile');
  const manifest = readPackageJson(lockPath, display);
  const root = npmRootPackage(lockPath, manifest);
  const bySpec = new Map<string, SbomPackage>();
  const packages = new Map<string, SbomPackage>();
  const deps = new Map<SbomPackage, Record<string, string>>();
  let rootWorkspace: Record<string, string> | undefined;
  const members: SbomPackage[] = [];
  for (const [key, entry] of Object.entries<any>(lock)) {
    if (key === '__metadata') continue;
    if (!entry || typeof entry.resolution !== 'string')
      throw new LockfileError(display, `entry ${JSON.stringify(key)} has no resolution`);
    const loc = splitLocator(entry.resolution);
    let pkg: SbomPackage;
    if (loc.protocol === 'workspace') {
      if (loc.reference === '.') {
        pkg = root;
        rootWorkspace = entry.dependencies ?? {};
      } else {
        const m = readPackageJson(lockPath, display, loc.reference);
        pkg = newPackage({
          ecosystem: 'npm',
          name: loc.name,
          version: m.version ?? '',
          license: licenseOf(m),
          own: true
        });
        members.push(pkg);
        packages.set(pkg.ref, pkg);
        root.dependencies.push(pkg.ref);
      }
    } else {
      const tarball = loc.protocol === 'npm' && /^https?:/.test(loc.reference) ? loc.reference : undefined;
      pkg = newPackage({
        ecosystem: 'npm',
        name: loc.name,
        version: String(entry.version ?? ''),
        downloadLocation: tarball
      });
      pkg = packages.get(pkg.ref) ?? pkg;
      packages.set(pkg.ref, pkg);
    }
    for (const spec of key.split(/,\s*/)) bySpec.set(spec.trim(), pkg);
    if (pkg !== root) deps.set(pkg, { ...(deps.get(pkg) ?? {}), ...(entry.dependencies ?? {}) });
  }
  // Dependency ranges in the lock omit `npm:` only in older Berry versions; try both spellings.
  const lookup = (name: string, range: string) =>
    bySpec.get(`${name}@${range}`) ?? bySpec.get(`${name}@npm:${range}`);
  for (const [pkg, d] of deps) {
    for (const [name, range] of Object.entries<string>(d)) {
      const target = lookup(name, String(range));
      if (target && target !== root) pkg.dependencies.push(target.ref);
    }
  }
  const devEdges = new Set<string>();
  // The root workspace's lock entry merges dev and prod dependencies; package.json tells them apart.
  const declared = { ...manifest };
  if (!Object.keys(declared.dependencies ?? {}).length && rootWorkspace)
    declared.dependencies = rootWorkspace;
  rootEdges(root, declared, lookup, devEdges);
  markDevOnly(root, packages, devEdges);
  for (const m of members) m.dev = false;
  return finish(display, 'yarn-berry', root, packages.values());
}
