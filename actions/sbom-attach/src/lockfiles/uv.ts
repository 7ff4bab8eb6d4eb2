import path from 'node:path';
import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, markDevOnly, newPackage, parseToml, readText } from './common.js';
import { fileHashes, pythonPackageHash } from './python-hashes.js';
import { pythonRootPackage, readPythonProject } from './python-project.js';
import { uvSource } from './python-sources.js';

function fileName(url: unknown): string {
  return typeof url === 'string'
    ? decodeURIComponent(
        url
          .replace(/[?#].*$/, '')
          .split('/')
          .pop() ?? ''
      )
    : '';
}

/**
 * Parses `uv.lock`. The project itself is the package whose source is `editable`/`virtual` `.`; its
 * `[package.dev-dependencies]` groups are the dev edges.
 */
export async function parseUv(lockPath: string, display: string): Promise<LockfileResult> {
  const lock = await parseToml(readText(lockPath, display), display);
  if (!Array.isArray(lock.package)) throw new LockfileError(display, 'has no [[package]] entries');
  const project = await readPythonProject(path.dirname(lockPath), path.dirname(display));
  const entries: { raw: any; pkg: SbomPackage; own: boolean }[] = [];
  lock.package.forEach((raw: any, i: number) => {
    if (typeof raw?.name !== 'string')
      throw new LockfileError(display, `[[package]] entry ${i + 1} has no name`);
    const source = raw.source ?? {};
    const own = typeof source.editable === 'string' || typeof source.virtual === 'string';
    const files = [
      ...(raw.sdist ? [{ name: fileName(raw.sdist.url) || 'sdist.tar.gz', hash: raw.sdist.hash }] : []),
      ...(Array.isArray(raw.wheels)
        ? raw.wheels.map((w: any) => ({ name: fileName(w.url), hash: w.hash }))
        : [])
    ];
    const located = uvSource(source);
    const pkg = newPackage({
      ecosystem: 'pypi',
      name: raw.name,
      version: String(raw.version ?? (own ? project.version : '')),
      hashes: pythonPackageHash(files),
      downloadLocation:
        located.downloadLocation ?? (typeof raw.sdist?.url === 'string' ? raw.sdist.url : undefined),
      license: own && raw.name === project.name ? project.license : undefined,
      qualifiers: located.qualifiers,
      own
    });
    pkg.fileHashes = fileHashes(files);
    if (own) pkg.localPath = String(source.editable ?? source.virtual);
    entries.push({ raw, pkg, own });
  });
  const find = (dep: any): SbomPackage | undefined => {
    const hits = entries.filter(
      (e) =>
        e.raw.name === dep.name &&
        (dep.version === undefined || String(e.raw.version) === String(dep.version))
    );
    return hits.length === 1
      ? hits[0].pkg
      : hits.find((e) => !dep.source || JSON.stringify(e.raw.source) === JSON.stringify(dep.source))?.pkg;
  };
  const devEdges = new Set<string>();
  for (const { raw, pkg } of entries) {
    const link = (dep: any, dev: boolean) => {
      const target = find(dep);
      if (!target)
        throw new LockfileError(
          display,
          `${raw.name} depends on ${JSON.stringify(dep?.name)}, which has no [[package]] entry`
        );
      pkg.dependencies.push(target.ref);
      if (dev) devEdges.add(`${pkg.ref}\0${target.ref}`);
    };
    for (const dep of raw.dependencies ?? []) link(dep, false);
    for (const group of Object.values<any>(raw['optional-dependencies'] ?? {}))
      for (const dep of group ?? []) link(dep, false);
    for (const group of Object.values<any>(raw['dev-dependencies'] ?? {}))
      for (const dep of group ?? []) link(dep, true);
  }
  const ownEntries = entries.filter((e) => e.own);
  let root = ownEntries.find(
    (e) => e.raw.name === project.name || (ownEntries.length === 1 && e.raw.source?.editable === '.')
  )?.pkg;
  if (!root) {
    root = pythonRootPackage(project);
    root.dependencies.push(...ownEntries.map((e) => e.pkg.ref));
    if (!ownEntries.length) {
      const depended = new Set(entries.flatMap((e) => e.pkg.dependencies));
      root.dependencies.push(...entries.filter((e) => !depended.has(e.pkg.ref)).map((e) => e.pkg.ref));
    }
  } else root.dependencies.push(...ownEntries.filter((e) => e.pkg !== root).map((e) => e.pkg.ref));
  const all = new Map(entries.map((e) => [e.pkg.ref, e.pkg]));
  markDevOnly(root, all, devEdges);
  for (const e of ownEntries) e.pkg.dev = false;
  return finish(
    display,
    'uv',
    root,
    all.values(),
    [],
    entries.map((e) => ({ key: `${e.raw.name} ${e.raw.version ?? ''}`.trim(), ref: e.pkg.ref }))
  );
}
