import { integrityToHashes } from '../hashes.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LockEntry, LockfileResult, PackageHash, SbomPackage } from '../model.js';
import { LockfileError, finish, markDevOnly, mergeAliases, newPackage, readText } from './common.js';
import { memberPackage, npmRootPackage, readPackageJson, rootEdges } from './npm-project.js';
import { expandWorkspaces } from './workspace-globs.js';

interface Entry {
  line: number;
  specs: string[];
  fields: Record<string, string>;
  dependencies: Record<string, string>;
}

function unquote(text: string): string {
  const t = text.trim();
  return t.startsWith('"') && t.endsWith('"') ? JSON.parse(t) : t;
}

/** The package name of a descriptor `name@range` (`@scope/name@range` included). */
function descriptorName(spec: string): string {
  const at = spec.indexOf('@', 1);
  return at > 0 ? spec.slice(0, at) : spec;
}

/** Parses the yarn v1 lockfile format (indentation-based, not YAML), with line numbers for errors. */
export function parseYarnV1Text(text: string, display: string): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | undefined;
  let nested: Record<string, string> | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (indent === 0) {
      if (!body.endsWith(':'))
        throw new LockfileError(
          display,
          `expected an entry header ending with ':', found ${JSON.stringify(body)}`,
          line
        );
      const specs = body.slice(0, -1).split(/,\s*/).map(unquote).filter(Boolean);
      current = { line, specs, fields: {}, dependencies: {} };
      nested = undefined;
      entries.push(current);
      return;
    }
    if (!current) throw new LockfileError(display, 'indented line before any entry', line);
    if (indent === 2) {
      if (body.endsWith(':')) {
        const key = unquote(body.slice(0, -1));
        nested = key === 'dependencies' || key === 'optionalDependencies' ? current.dependencies : {};
        return;
      }
      nested = undefined;
      const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.+)$/.exec(body);
      if (!m) throw new LockfileError(display, `expected 'key value', found ${JSON.stringify(body)}`, line);
      current.fields[unquote(m[1])] = unquote(m[2]);
      return;
    }
    if (indent >= 4 && nested) {
      const m = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.+)$/.exec(body);
      if (!m) throw new LockfileError(display, `expected 'name range', found ${JSON.stringify(body)}`, line);
      nested[unquote(m[1])] = unquote(m[2]);
      return;
    }
    throw new LockfileError(display, `unexpected indentation of ${indent} spaces`, line);
  });
  return entries;
}

/**
 * The folder (relative to the lockfile's, forward slashes) a `file:` range names, when it holds a
 * package.json. The lock does not say who declared the range: one written relative to a workspace
 * member that does not also resolve from the root is left as a package, as before.
 */
function localDirectory(root: string, range: string): string | undefined {
  if (!range.startsWith('file:')) return undefined;
  const rel = path.posix.normalize(range.slice(5).replace(/\\/g, '/')).replace(/\/$/, '');
  return existsSync(path.join(root, rel, 'package.json')) ? rel : undefined;
}

/**
 * The package an entry header names. `alias@npm:real@range` installs `real` under the name `alias`
 * (yarn's `npm:` protocol): the package is `real`, the alias only the folder it is installed in.
 */
export function yarnV1Descriptor(spec: string): { name: string; alias?: string } {
  const name = descriptorName(spec);
  const range = spec.slice(name.length + 1);
  if (range.startsWith('npm:')) {
    const real = descriptorName(range.slice(4));
    if (real && real !== name) return { name: real, alias: name };
  }
  return { name };
}

/**
 * Parses a yarn v1 `yarn.lock` with the `package.json` beside it (the lock does not record which
 * dependencies are dev: package.json's devDependencies decide, through the graph). Workspace members
 * (package.json `workspaces`) are not in the lock at all: each is a component of the project read
 * from its own package.json, its dependencies production and its devDependencies dev, and a member
 * depending on another is linked to it when the lock has no registry entry for that range.
 */
export async function parseYarnV1(lockPath: string, display: string): Promise<LockfileResult> {
  const entries = parseYarnV1Text(readText(lockPath, display), display);
  const manifest = readPackageJson(lockPath, display);
  const root = npmRootPackage(lockPath, manifest);
  const bySpec = new Map<string, SbomPackage>();
  const packages = new Map<string, SbomPackage>();
  const declared = new Map<SbomPackage, Record<string, string>>();
  const placed: LockEntry[] = [];
  const members = new Map<string, SbomPackage>();
  const memberManifests = new Map<SbomPackage, Record<string, any>>();
  const dir = path.dirname(lockPath);
  const byDir = new Map<string, SbomPackage>();
  for (const memberDir of expandWorkspaces(dir, manifest.workspaces)) {
    const m = readPackageJson(lockPath, display, memberDir);
    const member = memberPackage(memberDir, m);
    members.set(member.name, member);
    byDir.set(memberDir, member);
    memberManifests.set(member, m);
    packages.set(member.ref, member);
    root.dependencies.push(member.ref);
  }
  for (const e of entries) {
    const version = e.fields.version;
    if (!version)
      throw new LockfileError(display, `entry ${JSON.stringify(e.specs.join(', '))} has no version`, e.line);
    const resolved = e.fields.resolved;
    let hashes: PackageHash[] = integrityToHashes(e.fields.integrity);
    // Old v1 lockfiles carry only the tarball's SHA-1 in the resolved URL's fragment.
    const sha1 = /#([0-9a-f]{40})$/.exec(resolved ?? '');
    if (!hashes.length && sha1) hashes = [{ alg: 'SHA-1', hex: sha1[1] }];
    const { name, alias } = yarnV1Descriptor(e.specs[0]);
    // `name@file:./dir`: a directory of the project, not a registry package (a `file:` tarball stays one).
    const local = localDirectory(dir, e.specs[0].slice(descriptorName(e.specs[0]).length + 1));
    if (local) {
      let component = byDir.get(local);
      if (!component) {
        const m = readPackageJson(lockPath, display, local);
        component = memberPackage(local, { ...m, name: m.name ?? name, version: m.version ?? version });
        byDir.set(local, component);
        packages.set(component.ref, component);
      }
      for (const s of e.specs) bySpec.set(s, component);
      declared.set(component, { ...(declared.get(component) ?? {}), ...e.dependencies });
      placed.push({ key: e.specs.join(', '), ref: component.ref });
      continue;
    }
    const pkg = newPackage({
      ecosystem: 'npm',
      name,
      version,
      hashes,
      downloadLocation: resolved && /^https?:/.test(resolved) ? resolved.replace(/#.*$/, '') : undefined
    });
    const existing = packages.get(pkg.ref) ?? pkg;
    if (alias) existing.aliases = mergeAliases(existing.aliases, [alias]);
    packages.set(pkg.ref, existing);
    for (const s of e.specs) bySpec.set(s, existing);
    declared.set(existing, { ...(declared.get(existing) ?? {}), ...e.dependencies });
    placed.push({ key: e.specs.join(', '), ref: existing.ref });
  }
  // A registry entry for the exact range wins; otherwise yarn links the workspace sibling of that name.
  const lookup = (name: string, range: string) => bySpec.get(`${name}@${range}`) ?? members.get(name);
  for (const [pkg, deps] of declared) {
    for (const [name, range] of Object.entries(deps)) {
      const target = lookup(name, range);
      if (target) pkg.dependencies.push(target.ref);
    }
  }
  const devEdges = new Set<string>();
  rootEdges(root, manifest, lookup, devEdges);
  for (const [member, m] of memberManifests) rootEdges(member, m, lookup, devEdges);
  markDevOnly(root, packages, devEdges);
  return finish(display, 'yarn-v1', root, packages.values(), [], placed);
}
