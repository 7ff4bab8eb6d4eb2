import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, dirName, finish, markDevOnly, newPackage, parseToml, readText } from './common.js';

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';

interface Manifest {
  file: string;
  doc: Record<string, any>;
}

interface LockedCrate {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  dependencies: string[];
  pkg: SbomPackage;
}

function isCratesIo(source: string | undefined): boolean {
  return source === CRATES_IO || source === CRATES_IO_SPARSE;
}

/** Names a manifest depends on, split into what ships and what only tests/benches/examples need. */
function manifestDeps(doc: Record<string, any>): { prod: Set<string>; dev: Set<string> } {
  const prod = new Set<string>();
  const dev = new Set<string>();
  const add = (table: unknown, into: Set<string>) => {
    if (!table || typeof table !== 'object') return;
    // A renamed dependency (`alias = { package = "real" }`) appears in the lockfile under its real name.
    for (const [key, spec] of Object.entries(table as Record<string, any>))
      into.add(typeof spec === 'object' && spec?.package ? spec.package : key);
  };
  const scan = (t: Record<string, any>) => {
    add(t.dependencies, prod);
    add(t['build-dependencies'], prod);
    add(t['build_dependencies'], prod);
    add(t['dev-dependencies'], dev);
    add(t['dev_dependencies'], dev);
  };
  scan(doc);
  for (const target of Object.values<any>(doc.target ?? {})) scan(target ?? {});
  return { prod, dev };
}

/** Expands `crates/*`-style member globs (Cargo supports `*` and `?` in a path segment). */
function expandMembers(root: string, patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    let dirs = [root];
    for (const segment of pattern.split('/').filter((s) => s && s !== '.')) {
      if (!/[*?[]/.test(segment)) {
        dirs = dirs.map((d) => path.join(d, segment));
        continue;
      }
      const re = new RegExp(
        '^' +
          segment
            .replace(/[.+^${}()|\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.') +
          '$'
      );
      dirs = dirs.flatMap((d) =>
        existsSync(d)
          ? readdirSync(d, { withFileTypes: true })
              .filter((e) => e.isDirectory() && re.test(e.name))
              .map((e) => path.join(d, e.name))
              .sort()
          : []
      );
    }
    out.push(...dirs.filter((d) => existsSync(path.join(d, 'Cargo.toml'))));
  }
  return [...new Set(out)];
}

/** `version.workspace = true` and friends: the value from `[workspace.package]`. */
function inherited(value: unknown, workspacePackage: Record<string, any>, key: string): string | undefined {
  if (value && typeof value === 'object' && (value as any).workspace === true) {
    const w = workspacePackage[key];
    return typeof w === 'string' ? w : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

/**
 * Parses `Cargo.lock` with the `Cargo.toml` beside it (workspace members included).
 * The lockfile does not tell dev-dependencies apart, so the members' manifests decide which first
 * edges are dev-only; everything reachable only through those is dev.
 */
export async function parseCargo(lockPath: string, display: string): Promise<LockfileResult> {
  const dir = path.dirname(lockPath);
  const lock = await parseToml(readText(lockPath, display), display);
  const rawPackages = lock.package;
  if (!Array.isArray(rawPackages)) throw new LockfileError(display, 'has no [[package]] entries');

  const manifestPath = path.join(dir, 'Cargo.toml');
  const manifestDisplay = path.join(path.dirname(display), 'Cargo.toml');
  const rootManifest: Manifest | undefined = existsSync(manifestPath)
    ? {
        file: manifestDisplay,
        doc: await parseToml(readText(manifestPath, manifestDisplay), manifestDisplay)
      }
    : undefined;
  const workspace = (rootManifest?.doc.workspace ?? {}) as Record<string, any>;
  const workspacePackage = (workspace.package ?? {}) as Record<string, any>;
  const members: Manifest[] = [];
  if (rootManifest?.doc.package) members.push(rootManifest);
  if (Array.isArray(workspace.members)) {
    const excluded = new Set((workspace.exclude ?? []).map((e: string) => path.join(dir, e)));
    for (const memberDir of expandMembers(dir, workspace.members)) {
      if (memberDir === dir || excluded.has(memberDir)) continue;
      const file = path.join(path.dirname(display), path.relative(dir, memberDir), 'Cargo.toml');
      members.push({ file, doc: await parseToml(readText(path.join(memberDir, 'Cargo.toml'), file), file) });
    }
  }
  const memberInfo = new Map<string, { license?: string; deps: ReturnType<typeof manifestDeps> }>();
  for (const m of members) {
    const p = m.doc.package ?? {};
    if (typeof p.name === 'string') {
      memberInfo.set(p.name, {
        license: inherited(p.license, workspacePackage, 'license'),
        deps: manifestDeps(m.doc)
      });
    }
  }

  const crates: LockedCrate[] = [];
  rawPackages.forEach((raw: any, i: number) => {
    if (!raw || typeof raw.name !== 'string' || typeof raw.version !== 'string') {
      throw new LockfileError(display, `[[package]] entry ${i + 1} lacks a name or version`);
    }
    const source: string | undefined = typeof raw.source === 'string' ? raw.source : undefined;
    // Version 1 lockfiles keep checksums in [metadata] instead of on each package.
    const legacyKey = `checksum ${raw.name} ${raw.version} (${source})`;
    const checksum: string | undefined = raw.checksum ?? lock.metadata?.[legacyKey];
    const own = !source && memberInfo.has(raw.name);
    const qualifiers: Record<string, string> = {};
    let downloadLocation: string | undefined;
    if (source && !isCratesIo(source)) {
      if (source.startsWith('git+')) {
        // `git+<url>?rev=…#<commit>` → the SPDX/purl VCS form `git+<url>@<commit>`.
        const [url, commit] = source.slice(4).split('#');
        downloadLocation = `git+${url.replace(/\?.*$/, '')}${commit ? `@${commit}` : ''}`;
        qualifiers.vcs_url = downloadLocation;
      } else qualifiers.repository_url = source.replace(/^(registry|sparse)\+/, '');
    } else if (source) {
      downloadLocation = `https://static.crates.io/crates/${raw.name}/${raw.name}-${raw.version}.crate`;
    }
    const pkg = newPackage({
      ecosystem: 'cargo',
      name: raw.name,
      version: raw.version,
      hashes: /^[0-9a-f]{64}$/i.test(checksum ?? '')
        ? [{ alg: 'SHA-256', hex: checksum!.toLowerCase() }]
        : [],
      license: own ? memberInfo.get(raw.name)!.license : undefined,
      downloadLocation,
      qualifiers,
      own
    });
    crates.push({
      name: raw.name,
      version: raw.version,
      source,
      checksum,
      dependencies: raw.dependencies ?? [],
      pkg
    });
  });

  // Dependency strings are `name`, `name version` or `name version (source)`, as short as unambiguous.
  const resolve = (spec: string, from: LockedCrate): LockedCrate => {
    const m = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(spec);
    const hits = m
      ? crates.filter((c) => c.name === m[1] && (!m[2] || c.version === m[2]) && (!m[3] || c.source === m[3]))
      : [];
    if (hits.length !== 1) {
      throw new LockfileError(
        display,
        `dependency ${JSON.stringify(spec)} of ${from.name} ${from.version} ${hits.length ? 'is ambiguous' : 'matches no [[package]]'}`
      );
    }
    return hits[0];
  };
  const devEdges = new Set<string>();
  for (const c of crates) {
    const info = c.pkg.own ? memberInfo.get(c.name) : undefined;
    for (const spec of c.dependencies) {
      const target = resolve(spec, c);
      c.pkg.dependencies.push(target.pkg.ref);
      if (info && !info.deps.prod.has(target.name) && info.deps.dev.has(target.name))
        devEdges.add(`${c.pkg.ref}\0${target.pkg.ref}`);
    }
  }

  const ownCrates = crates.filter((c) => c.pkg.own);
  const rootPackage = rootManifest?.doc.package;
  let root: SbomPackage;
  if (rootPackage?.name && ownCrates.some((c) => c.name === rootPackage.name)) {
    root = ownCrates.find((c) => c.name === rootPackage.name)!.pkg;
  } else {
    // A virtual workspace has no package of its own: the root is the workspace, depending on its members.
    root = newPackage({
      ecosystem: 'cargo',
      name: dirName(dir),
      synthetic: true,
      version: typeof workspacePackage.version === 'string' ? workspacePackage.version : '',
      license: typeof workspacePackage.license === 'string' ? workspacePackage.license : undefined,
      own: true
    });
  }
  // The root stands for the whole workspace: every member belongs to it, dependency or not.
  root.dependencies.push(...ownCrates.filter((c) => c.pkg !== root).map((c) => c.pkg.ref));
  if (!ownCrates.length) {
    // Without manifests, the crates nothing else depends on are the project's direct dependencies.
    const depended = new Set(crates.flatMap((c) => c.pkg.dependencies));
    root.dependencies.push(...crates.filter((c) => !depended.has(c.pkg.ref)).map((c) => c.pkg.ref));
  }
  const all = new Map(crates.map((c) => [c.pkg.ref, c.pkg]));
  markDevOnly(root, all, devEdges);
  const notes = members.length
    ? []
    : [`${display}: no Cargo.toml beside it, so dev-dependencies cannot be told apart`];
  return finish(
    display,
    'cargo',
    root,
    crates.map((c) => c.pkg),
    notes,
    crates.map((c) => ({ key: `${c.name} ${c.version}`, ref: c.pkg.ref }))
  );
}
