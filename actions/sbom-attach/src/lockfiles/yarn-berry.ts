import type { LockEntry, LockfileResult, SbomPackage } from '../model.js';
import {
  LockfileError,
  finish,
  markDevOnly,
  mergeAliases,
  newPackage,
  parseYaml,
  readText
} from './common.js';
import { PROD_FIELDS, memberPackage, npmRootPackage, readPackageJson, rootEdges } from './npm-project.js';

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
 * archive, not of the registry tarball, so it is not reported as the package's hash. A workspace's
 * entry (`name@workspace:dir`) lists its dependencies and devDependencies together: the member's
 * package.json tells them apart, so a member's devDependencies are dev edges, as the root's are.
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
  const memberManifests = new Map<SbomPackage, Record<string, any>>();
  const placed: LockEntry[] = [];
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
        pkg = memberPackage(loc.reference, { ...m, name: loc.name });
        members.push(pkg);
        memberManifests.set(pkg, m);
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
    const specs = key.split(/,\s*/).map((s) => s.trim());
    for (const spec of specs) {
      bySpec.set(spec, pkg);
      // `string-width-cjs@npm:string-width@^4.2.0`: installed under an alias of the resolved package.
      const alias = spec.slice(0, spec.indexOf('@', 1));
      if (pkg !== root && !pkg.own && alias !== loc.name) pkg.aliases = mergeAliases(pkg.aliases, [alias]);
    }
    if (pkg !== root) deps.set(pkg, { ...(deps.get(pkg) ?? {}), ...(entry.dependencies ?? {}) });
    placed.push(pkg === root ? { key, reason: 'workspace-member' } : { key, ref: pkg.ref });
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
  // Without a package.json (no dependency field at all), the lock entry is all there is: all production.
  const declared = { ...manifest };
  const hasFields = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'].some(
    (f) => f in manifest
  );
  if (!hasFields && rootWorkspace) declared.dependencies = rootWorkspace;
  rootEdges(root, declared, lookup, devEdges);
  // The lock's edges stay; the member's package.json only says which of them are dev-only.
  for (const [member, m] of memberManifests) {
    const prod = new Set(PROD_FIELDS.flatMap((f) => Object.keys(m[f] ?? {})));
    for (const [name, range] of Object.entries<string>(deps.get(member) ?? {})) {
      const target = lookup(name, String(range));
      if (target && !prod.has(name) && name in (m.devDependencies ?? {}))
        devEdges.add(`${member.ref}\0${target.ref}`);
    }
  }
  markDevOnly(root, packages, devEdges);
  for (const m of members) m.dev = false;
  return finish(display, 'yarn-berry', root, packages.values(), [], placed);
}
