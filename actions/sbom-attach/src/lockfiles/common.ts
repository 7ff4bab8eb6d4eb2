import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import type {
  Ecosystem,
  LockEntry,
  LockfileKind,
  LockfileResult,
  PackageHash,
  SbomPackage
} from '../model.js';
import { makePurl } from '../purl.js';

/** A lockfile or manifest that cannot be read: names the file, the line when known, and why. */
export class LockfileError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.name = 'LockfileError';
  }
}

/** Reads a text file, turning a missing file into a LockfileError. */
export function readText(file: string, display = file): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new LockfileError(display, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse with the line of the error (Node 20 reports a position, Node 22+ a line). */
export function parseJson(text: string, display: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = getErrorMessage(e);
    const lineCol = /line (\d+)/.exec(message);
    const pos = /position (\d+)/.exec(message);
    const line = lineCol ? Number(lineCol[1]) : pos ? lineAt(text, Number(pos[1])) : undefined;
    throw new LockfileError(
      display,
      `is not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`,
      line
    );
  }
}

/** TOML via smol-toml, with the line smol-toml reports. */
export async function parseToml(text: string, display: string): Promise<Record<string, any>> {
  const { parse, TomlError } = await import('smol-toml');
  try {
    return parse(text) as Record<string, any>;
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      throw new LockfileError(display, `is not valid TOML: ${first}`, e.line);
    }
    throw new LockfileError(display, `is not valid TOML: ${getErrorMessage(e)}`);
  }
}

/** YAML via `yaml`, with the line of the first error. */
export async function parseYaml(text: string, display: string): Promise<any> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new LockfileError(
      display,
      `is not valid YAML: ${err.message.split('\n')[0]}`,
      err.linePos?.[0]?.line
    );
  }
  return doc.toJS({ maxAliasCount: -1 });
}

/** Reads an optional JSON manifest (package.json) beside a lockfile. */
export function readJsonManifest(file: string, display: string): Record<string, any> | undefined {
  if (!existsSync(file)) return undefined;
  const value = parseJson(readText(file, display), display);
  if (!value || typeof value !== 'object') throw new LockfileError(display, 'is not a JSON object');
  return value as Record<string, any>;
}

export interface PackageInit {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  hashes?: PackageHash[];
  license?: string;
  downloadLocation?: string;
  qualifiers?: Record<string, string>;
  own?: boolean;
  dev?: boolean;
  /** A root no manifest names: `pkg:generic/…`. */
  synthetic?: boolean;
}

/** A package with its purl as ref. */
export function newPackage(init: PackageInit): SbomPackage {
  const purl = makePurl(
    init.synthetic ? 'generic' : init.ecosystem,
    init.name,
    init.version || undefined,
    init.qualifiers
  );
  return {
    ref: purl,
    ecosystem: init.ecosystem,
    name: init.name,
    version: init.version,
    purl,
    hashes: init.hashes ?? [],
    license: init.license,
    downloadLocation: init.downloadLocation,
    dependencies: [],
    dev: init.dev ?? false,
    own: init.own,
    synthetic: init.synthetic
  };
}

/**
 * Marks as dev every package not reachable from the root or an own component through non-dev edges. `devEdges` holds
 * `from\0to` pairs that are development-only (a root's devDependencies, a crate's dev-dependencies).
 */
export function markDevOnly(
  root: SbomPackage,
  packages: Map<string, SbomPackage>,
  devEdges: Set<string>
): void {
  // The project's own components (workspace members) ship whoever depends on them, even when the root
  // lists one only under devDependencies: what they need is production too.
  const own = [...packages.values()].filter((p) => p.own);
  const reached = new Set<string>([root.ref, ...own.map((p) => p.ref)]);
  const queue = [root, ...own];
  while (queue.length) {
    const p = queue.pop()!;
    for (const d of p.dependencies) {
      if (reached.has(d) || devEdges.has(`${p.ref}\0${d}`)) continue;
      const next = packages.get(d);
      if (!next) continue;
      reached.add(d);
      queue.push(next);
    }
  }
  for (const p of packages.values()) p.dev = !reached.has(p.ref);
}

/**
 * Builds the result: packages deduplicated by purl (their edges merged), edges sorted and unique.
 * `entries` says where each lockfile entry went (see LockEntry); the coverage check relies on it.
 */
export function finish(
  file: string,
  kind: LockfileKind,
  root: SbomPackage,
  packages: Iterable<SbomPackage>,
  notes: string[],
  entries: LockEntry[]
): LockfileResult {
  const byRef = new Map<string, SbomPackage>();
  for (const p of packages) {
    if (p.ref === root.ref) continue;
    const seen = byRef.get(p.ref);
    if (seen) {
      seen.dependencies.push(...p.dependencies);
      seen.dev = seen.dev && p.dev;
      seen.hashes = mergeHashes(seen.hashes, p.hashes);
      seen.license ??= p.license;
      seen.aliases = mergeAliases(seen.aliases, p.aliases);
    } else byRef.set(p.ref, p);
  }
  for (const p of [root, ...byRef.values()]) {
    p.dependencies = [...new Set(p.dependencies)].filter((d) => d !== p.ref).sort();
  }
  return { file, kind, root, packages: [...byRef.values()], notes, entries };
}

/**
 * The hashes of two copies of one package (npm installs some copies with a SHA-1 integrity and others
 * with SHA-512): each algorithm's digest once, the first copy's when two disagree.
 */
export function mergeHashes(a: PackageHash[], b: PackageHash[]): PackageHash[] {
  const out = [...a];
  for (const h of b) if (!out.some((x) => x.alg === h.alg)) out.push(h);
  return out;
}

/** The union of two alias lists, sorted; undefined when both are empty. */
export function mergeAliases(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  const all = [...new Set([...(a ?? []), ...(b ?? [])])].sort();
  return all.length ? all : undefined;
}

/** The directory name as a fallback project name. */
export function dirName(dir: string): string {
  return path.basename(path.resolve(dir)) || 'project';
}
