import type { LockfileResult, Project, SbomPackage } from './model.js';
import { mergeAliases, mergeHashes } from './lockfiles/common.js';
import { makePurl } from './purl.js';

export interface AssembleOptions {
  /** Overrides the root's name and version (the `name`/`version` inputs). */
  name?: string;
  version?: string;
  includeDev: boolean;
}

/**
 * Merges lockfile results into one project: the first lockfile's root is the project's root (or a
 * root named by the inputs); other lockfiles' roots become components the root depends on. Packages
 * are deduplicated by purl, dev-only ones dropped unless asked for, and everything sorted so that the
 * same inputs give the same document.
 */
export function assemble(
  results: LockfileResult[],
  options: AssembleOptions,
  fallbackName: string
): Omit<Project, 'artifacts' | 'timestamp' | 'timestampSource' | 'tool'> {
  const packages = new Map<string, SbomPackage>();
  const add = (p: SbomPackage) => {
    const seen = packages.get(p.ref);
    if (!seen) {
      packages.set(p.ref, { ...p, dependencies: [...p.dependencies] });
      return;
    }
    seen.dependencies = [...new Set([...seen.dependencies, ...p.dependencies])];
    seen.dev = seen.dev && p.dev;
    seen.own = seen.own || p.own;
    seen.hashes = mergeHashes(seen.hashes, p.hashes);
    seen.license ??= p.license;
    seen.downloadLocation ??= p.downloadLocation;
    seen.fileHashes ??= p.fileHashes;
    seen.aliases = mergeAliases(seen.aliases, p.aliases);
    seen.localPath ??= p.localPath;
  };
  const primary = results[0]?.root;
  const ecosystem = primary?.ecosystem ?? 'npm';
  const name = options.name ?? primary?.name ?? fallbackName;
  const version = options.version ?? primary?.version ?? '';
  // A renamed or unnamed root claims no package in the ecosystem's registry: its purl is generic.
  const generic =
    !primary || primary.synthetic || (options.name !== undefined && options.name !== primary.name);
  const rootRef = makePurl(generic ? 'generic' : ecosystem, name, version || undefined);
  const root: SbomPackage = {
    ref: rootRef,
    ecosystem,
    name,
    version,
    purl: rootRef,
    hashes: [],
    license: primary?.license,
    downloadLocation: undefined,
    dependencies: [...(primary?.dependencies ?? [])],
    dev: false,
    own: true,
    synthetic: generic
  };
  // References to the primary root's old ref (when renamed by the inputs) point at the new root.
  const renamed = primary && primary.ref !== rootRef ? primary.ref : undefined;
  for (const [n, r] of results.entries()) {
    if (n > 0) {
      add({ ...r.root, dev: false, own: true });
      root.dependencies.push(r.root.ref);
    }
    for (const p of r.packages) add(p);
  }
  packages.delete(rootRef);
  if (renamed) packages.delete(renamed);
  const kept = new Map([...packages].filter(([, p]) => options.includeDev || !p.dev));
  // Edges to the root (a member depending on the project itself) and to dropped dev packages go.
  const fix = (deps: string[]) =>
    [...new Set(deps)].filter((d) => d !== rootRef && d !== renamed && kept.has(d)).sort();
  root.dependencies = fix(root.dependencies);
  for (const p of kept.values()) p.dependencies = fix(p.dependencies).filter((d) => d !== p.ref);
  const sorted = [...kept.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { root, packages: sorted, lockfiles: results.map((r) => ({ file: r.file, kind: r.kind })) };
}
