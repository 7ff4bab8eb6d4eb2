import path from 'node:path';
import { integrityToHashes } from '../hashes.js';
import type { LockEntry, LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, dirName, finish, newPackage, parseJson, readText } from './common.js';

const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const;

/** The package name a `node_modules/...` key installs, `@scope/name` included. */
function nameFromKey(key: string): string {
  const i = key.lastIndexOf('node_modules/');
  return i >= 0 ? key.slice(i + 'node_modules/'.length) : path.posix.basename(key);
}

/** A readable license from the lockfile's `license` (a string, or the legacy `{type}` object). */
function licenseOf(entry: any): string | undefined {
  const l = entry.license ?? entry.licenses;
  if (typeof l === 'string') return l;
  if (l && typeof l === 'object' && !Array.isArray(l) && typeof l.type === 'string') return l.type;
  if (Array.isArray(l)) {
    const types = l
      .map((x: any) => (typeof x === 'string' ? x : x?.type))
      .filter((x: unknown) => typeof x === 'string');
    return types.length ? types.join(' OR ') : undefined;
  }
  return undefined;
}

/**
 * Parses `package-lock.json` / `npm-shrinkwrap.json` (lockfileVersion 2 and 3: the `packages` map).
 * Edges follow Node's resolution: a dependency of `node_modules/a` is looked up in
 * `node_modules/a/node_modules/<dep>` first, then upwards. npm's own `dev` flag decides dev-only packages.
 */
export async function parseNpm(lockPath: string, display: string): Promise<LockfileResult> {
  const lock = parseJson(readText(lockPath, display), display) as Record<string, any>;
  if (!lock || typeof lock !== 'object') throw new LockfileError(display, 'is not a JSON object');
  const version = lock.lockfileVersion;
  if (version !== 2 && version !== 3) {
    throw new LockfileError(
      display,
      `lockfileVersion ${JSON.stringify(version)} is not supported; versions 2 and 3 are (regenerate it with npm 7 or later: npm install --package-lock-only)`
    );
  }
  const entries = lock.packages as Record<string, any> | undefined;
  if (!entries || typeof entries !== 'object') throw new LockfileError(display, 'has no "packages" map');
  const rootEntry = entries[''] ?? {};
  const notes: string[] = [];

  const byKey = new Map<string, SbomPackage>();
  const rootName = rootEntry.name ?? lock.name ?? dirName(path.dirname(lockPath));
  const root = newPackage({
    ecosystem: 'npm',
    name: rootName,
    version: rootEntry.version ?? lock.version ?? '',
    license: licenseOf(rootEntry),
    own: true,
    synthetic: !rootEntry.name && !lock.name
  });
  byKey.set('', root);
  const placed: LockEntry[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    if (key === '' || !entry || typeof entry !== 'object') continue;
    if (entry.link) {
      // `node_modules/foo` → `packages/foo`: the member's folder entry is the component.
      placed.push({ key, reason: 'link' });
      continue;
    }
    if (!key.includes('node_modules/')) {
      // A workspace member's own folder (`packages/foo`): the project's code.
      byKey.set(
        key,
        newPackage({
          ecosystem: 'npm',
          name: entry.name ?? path.posix.basename(key),
          version: entry.version ?? '',
          license: licenseOf(entry),
          own: true
        })
      );
      byKey.get(key)!.localPath = key;
      continue;
    }
    if (typeof entry.version !== 'string') {
      throw new LockfileError(display, `package ${JSON.stringify(key)} has no version`);
    }
    const resolved: string | undefined = typeof entry.resolved === 'string' ? entry.resolved : undefined;
    byKey.set(
      key,
      newPackage({
        ecosystem: 'npm',
        name: entry.name ?? nameFromKey(key),
        version: entry.version,
        hashes: integrityToHashes(entry.integrity),
        license: licenseOf(entry),
        downloadLocation: resolved && /^https?:\/\//.test(resolved) ? resolved : undefined,
        dev: entry.dev === true
      })
    );
    // An alias (`"string-width-cjs": "npm:string-width@^4"`) is installed under its key's name.
    if (entry.name && entry.name !== nameFromKey(key)) byKey.get(key)!.aliases = [nameFromKey(key)];
  }
  // Links (`node_modules/foo` → `packages/foo`) resolve to their target's package.
  const linkTarget = (key: string): string | undefined => {
    const entry = entries[key];
    if (entry?.link && typeof entry.resolved === 'string') return entry.resolved;
    return byKey.has(key) ? key : undefined;
  };
  const resolveDep = (fromKey: string, dep: string): string | undefined => {
    let base = fromKey;
    for (;;) {
      const candidate = (base ? `${base}/` : '') + `node_modules/${dep}`;
      if (entries[candidate]) return linkTarget(candidate);
      if (!base) return undefined;
      const i = base.lastIndexOf('node_modules/');
      base = i > 0 ? base.slice(0, i - 1) : '';
    }
  };
  for (const [key, pkg] of byKey) {
    const entry = key === '' ? rootEntry : entries[key];
    for (const field of DEP_FIELDS) {
      for (const dep of Object.keys(entry[field] ?? {})) {
        const target = resolveDep(key, dep);
        const targetPkg = target !== undefined ? byKey.get(target) : undefined;
        if (!targetPkg) {
          // Optional and peer dependencies may legitimately be absent (another platform, not installed).
          if (field === 'dependencies')
            notes.push(`${display}: ${pkg.name} depends on ${dep}, which is not in the lockfile`);
          continue;
        }
        pkg.dependencies.push(targetPkg.ref);
      }
    }
  }
  // Workspace members are the project's own code: never dev-only, and the root stands for them.
  for (const [key, pkg] of byKey) if (pkg.own && key !== '') root.dependencies.push(pkg.ref);
  for (const [key, pkg] of byKey) if (key !== '') placed.push({ key, ref: pkg.ref });
  return finish(
    display,
    'npm',
    root,
    [...byKey.values()].filter((p) => p !== root),
    notes,
    placed
  );
}
