import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type TomlTable } from 'smol-toml';
import { getErrorMessage, InputError } from '../errors.js';
import { orderByDependencies } from './dependency-order.js';
import { logValue } from '../untrusted-text.js';
import { CRATE_NAME, SEMVER } from './registry-names.js';

/** A crate of the manifest that is to be checked on the registry. */
export interface ManifestCrate {
  name: string;
  version: string;
  /** Directory holding its Cargo.toml. */
  dir: string;
  /** Other publishable workspace members it depends on (normal and build dependencies). */
  dependsOn: string[];
}

/** A member that cargo would not publish to the default registry, with why. */
export interface SkippedCrate {
  name: string;
  reason: string;
}

export interface ManifestCrates {
  /** Publishable crates, dependencies first. */
  crates: ManifestCrate[];
  skipped: SkippedCrate[];
  /** The workspace root (where `target/` lives). */
  root: string;
}

type Table = TomlTable;

/** The input a manifest problem points at (the same name in every action that reads a Cargo.toml). */
export const MANIFEST_PATH_INPUT = 'manifest-path';

/** A problem of the manifest `file` (the input's value, or a member it leads to). */
function manifestError(file: string, problem: string, accepted?: string): InputError {
  return new InputError(MANIFEST_PATH_INPUT, file, problem, accepted);
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function readToml(file: string): Table {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw manifestError(
      file,
      `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? getErrorMessage(e)})`,
      'use the path of a Cargo.toml.'
    );
  }
  try {
    return parse(text) as Table;
  } catch (e) {
    throw manifestError(file, `${file} is not valid TOML: ${getErrorMessage(e).split('\n')[0]}`);
  }
}

/** Cargo's workspace glob: `*`, `?` and `[…]` within a segment, `**` across segments. */
function segmentRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += `[${segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function subdirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/** Expands a `members`/`exclude` pattern to directories below `root`. */
export function expandMemberGlob(root: string, pattern: string): string[] {
  const segments = pattern
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  let current = [root];
  for (const seg of segments) {
    const next: string[] = [];
    for (const dir of current) {
      if (seg === '**') {
        const stack = [dir];
        while (stack.length) {
          const d = stack.pop()!;
          next.push(d);
          for (const s of subdirs(d)) if (s !== 'target') stack.push(path.join(d, s));
        }
      } else if (/[*?[]/.test(seg)) {
        const re = segmentRegex(seg);
        for (const s of subdirs(dir)) if (re.test(s)) next.push(path.join(dir, s));
      } else if (seg === '..') next.push(path.dirname(dir));
      else next.push(path.join(dir, seg));
    }
    current = next;
  }
  return [...new Set(current.map((d) => path.resolve(d)))];
}

/** Finds the workspace a package belongs to: `package.workspace`, else the nearest parent with `[workspace]`. */
function findWorkspaceRoot(dir: string, pkg: Table): { root: string; doc: Table } | undefined {
  if (typeof pkg.workspace === 'string') {
    const root = path.resolve(dir, pkg.workspace);
    return { root, doc: readToml(path.join(root, 'Cargo.toml')) };
  }
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const file = path.join(d, 'Cargo.toml');
    if (existsSync(file)) {
      const doc = readToml(file);
      if (isTable(doc.workspace)) return { root: d, doc };
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** A `key.workspace = true` field resolved from `[workspace.package]`. */
function inherited(value: unknown, field: string, ws: Table | undefined, member: string): unknown {
  if (!isTable(value) || value.workspace !== true) return value;
  const wsPackage = isTable(ws?.package) ? ws.package : undefined;
  if (!wsPackage || !(field in wsPackage)) {
    throw manifestError(
      member,
      `${member} sets ${field}.workspace = true but the workspace has no [workspace.package] ${field}.`
    );
  }
  return wsPackage[field];
}

/** Package names a manifest depends on through normal and build dependencies (dev-dependencies do not order publishing). */
function dependencyNames(doc: Table, ws: Table | undefined): string[] {
  const tables: unknown[] = [doc.dependencies, doc['build-dependencies']];
  if (isTable(doc.target)) {
    for (const t of Object.values(doc.target))
      if (isTable(t)) tables.push(t.dependencies, t['build-dependencies']);
  }
  const wsDeps = isTable(ws?.dependencies) ? ws.dependencies : {};
  const names = new Set<string>();
  for (const table of tables) {
    if (!isTable(table)) continue;
    for (const [key, spec] of Object.entries(table)) {
      let pkg: unknown = isTable(spec) ? spec.package : undefined;
      if (isTable(spec) && spec.workspace === true && isTable(wsDeps[key]))
        pkg = (wsDeps[key] as Table).package ?? pkg;
      names.add(typeof pkg === 'string' ? pkg : key);
    }
  }
  return [...names];
}

interface Member {
  name: string;
  version?: string;
  dir: string;
  publish: unknown;
  deps: string[];
}

function readMember(dir: string, ws: Table | undefined): Member | undefined {
  const file = path.join(dir, 'Cargo.toml');
  const doc = readToml(file);
  const pkg = doc.package;
  if (!isTable(pkg)) return undefined;
  const name = pkg.name;
  if (typeof name !== 'string') throw manifestError(file, `${file} has no package.name.`);
  // The name and version become file names and URL paths: checked by cargo's rules before any use.
  if (!CRATE_NAME.test(name))
    throw manifestError(
      file,
      `${file} has package.name ${logValue(JSON.stringify(name), 120)}, which is not a crate name`,
      "cargo accepts an ASCII letter followed by up to 63 letters, digits, '-' or '_'."
    );
  const version = inherited(pkg.version, 'version', ws, file);
  if (version !== undefined && typeof version !== 'string')
    throw manifestError(file, `${file} has a package.version that is not a string.`);
  if (typeof version === 'string' && !SEMVER.test(version))
    throw manifestError(
      file,
      `${file} has package.version ${logValue(JSON.stringify(version), 120)}, which is not a semantic version`,
      'cargo accepts versions such as 1.2.3 or 1.2.3-rc.1.'
    );
  return {
    name,
    version,
    dir,
    publish: inherited(pkg.publish, 'publish', ws, file),
    deps: dependencyNames(doc, ws)
  };
}

/** Why cargo would not publish a member to crates.io, or undefined when it would. */
function skipReason(m: Member): string | undefined {
  if (m.publish === false) return 'publish = false';
  if (Array.isArray(m.publish) && !m.publish.includes('crates-io')) {
    return `publish = ${JSON.stringify(m.publish)}: only to ${m.publish.length ? 'other registries' : 'no registry'}`;
  }
  // Since cargo 1.75 a package without a version is 0.0.0 and never published.
  if (m.version === undefined) return 'no package.version (cargo does not publish it)';
  return undefined;
}

/**
 * Reads a Cargo.toml: a single package, or a workspace root whose publishable members are returned
 * in dependency order (skipping `publish = false` and `publish = ["other"]` members). `version.workspace
 * = true` and `publish.workspace = true` are resolved from `[workspace.package]`.
 * @throws InputError for an unreadable or invalid manifest, or one without any package.
 */
export function readManifestCrates(manifestPath: string): ManifestCrates {
  const file = statSync(manifestPath, { throwIfNoEntry: false })?.isDirectory()
    ? path.join(manifestPath, 'Cargo.toml')
    : manifestPath;
  const dir = path.dirname(path.resolve(file));
  const doc = readToml(file);
  let members: Member[];
  let root = dir;
  if (isTable(doc.workspace)) {
    const ws = doc.workspace;
    const patterns = Array.isArray(ws.members)
      ? ws.members.filter((m): m is string => typeof m === 'string')
      : [];
    const exclude = new Set(
      (Array.isArray(ws.exclude) ? ws.exclude.filter((m): m is string => typeof m === 'string') : []).flatMap(
        (p) => expandMemberGlob(dir, p)
      )
    );
    const dirs = new Set<string>(isTable(doc.package) ? [dir] : []);
    for (const p of patterns)
      for (const d of expandMemberGlob(dir, p))
        if (!exclude.has(d) && existsSync(path.join(d, 'Cargo.toml'))) dirs.add(d);
    members = [...dirs].map((d) => readMember(d, ws)).filter((m): m is Member => m !== undefined);
  } else {
    if (!isTable(doc.package)) throw manifestError(file, `${file} has neither [package] nor [workspace].`);
    const found = findWorkspaceRoot(dir, doc.package);
    if (found) root = found.root;
    members = [readMember(dir, isTable(found?.doc.workspace) ? found.doc.workspace : undefined)!];
  }
  if (members.length === 0) throw manifestError(file, `the workspace in ${file} has no member packages.`);
  const skipped: SkippedCrate[] = [];
  const publishable: Member[] = [];
  for (const m of members) {
    const reason = skipReason(m);
    if (reason) skipped.push({ name: m.name, reason });
    else publishable.push(m);
  }
  const names = new Set(publishable.map((m) => m.name));
  const crates = publishable.map((m) => ({
    name: m.name,
    version: m.version!,
    dir: m.dir,
    dependsOn: m.deps.filter((d) => d !== m.name && names.has(d)).sort()
  }));
  return {
    crates: orderByDependencies(crates),
    skipped: skipped.sort((a, b) => a.name.localeCompare(b.name)),
    root
  };
}
