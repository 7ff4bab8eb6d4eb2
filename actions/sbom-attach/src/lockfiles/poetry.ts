import path from 'node:path';
import type { LockfileResult, SbomPackage } from '../model.js';
import { normalizePypiName } from '../purl.js';
import { LockfileError, finish, markDevOnly, newPackage, parseToml, readText } from './common.js';
import { fileHashes, pythonPackageHash } from './python-hashes.js';
import { pythonRootPackage, readPythonProject } from './python-project.js';
import { poetrySource } from './python-sources.js';

/**
 * Parses `poetry.lock` (Poetry 1.x `category` and 2.x `groups`) with `pyproject.toml` for the root.
 * Without either marker, dev-only packages come from the pyproject's dev groups through the graph.
 */
export async function parsePoetry(lockPath: string, display: string): Promise<LockfileResult> {
  const lock = await parseToml(readText(lockPath, display), display);
  if (!Array.isArray(lock.package)) throw new LockfileError(display, 'has no [[package]] entries');
  const project = await readPythonProject(path.dirname(lockPath), path.dirname(display));
  const root = pythonRootPackage(project);
  const byName = new Map<string, SbomPackage>();
  const flags = new Map<SbomPackage, boolean | undefined>();
  const rawDeps = new Map<SbomPackage, string[]>();
  lock.package.forEach((raw: any, i: number) => {
    if (typeof raw?.name !== 'string' || typeof raw?.version !== 'string')
      throw new LockfileError(display, `[[package]] entry ${i + 1} lacks a name or version`);
    const files = Array.isArray(raw.files)
      ? raw.files.map((f: any) => ({ name: String(f.file ?? ''), hash: f.hash }))
      : [];
    const { qualifiers, downloadLocation } = poetrySource(raw.source);
    const pkg = newPackage({
      ecosystem: 'pypi',
      name: raw.name,
      version: raw.version,
      hashes: pythonPackageHash(files),
      qualifiers,
      downloadLocation
    });
    pkg.fileHashes = fileHashes(files);
    byName.set(normalizePypiName(raw.name), pkg);
    const groups: string[] | undefined = Array.isArray(raw.groups) ? raw.groups : undefined;
    flags.set(
      pkg,
      groups ? !groups.includes('main') : raw.category !== undefined ? raw.category === 'dev' : undefined
    );
    rawDeps.set(pkg, Object.keys(raw.dependencies ?? {}));
  });
  for (const [pkg, names] of rawDeps) {
    for (const n of names) {
      const target = byName.get(normalizePypiName(n));
      if (target) pkg.dependencies.push(target.ref);
    }
  }
  const devEdges = new Set<string>();
  const direct = project.found ? [...project.prod, ...project.dev] : [];
  for (const n of direct) {
    const target = byName.get(n);
    if (!target) continue;
    root.dependencies.push(target.ref);
    if (!project.prod.has(n)) devEdges.add(`${root.ref}\0${target.ref}`);
  }
  if (!project.found) {
    const depended = new Set([...byName.values()].flatMap((p) => p.dependencies));
    root.dependencies.push(...[...byName.values()].filter((p) => !depended.has(p.ref)).map((p) => p.ref));
  }
  const all = new Map([...byName.values()].map((p) => [p.ref, p]));
  const marked = [...flags.values()].some((f) => f !== undefined);
  if (marked) for (const [pkg, dev] of flags) pkg.dev = dev === true;
  else markDevOnly(root, all, devEdges);
  const notes = project.found
    ? []
    : [`${display}: no pyproject.toml beside it; the root's name is the directory's`];
  return finish(
    display,
    'poetry',
    root,
    byName.values(),
    notes,
    [...byName.values()].map((p) => ({ key: `${p.name} ${p.version}`, ref: p.ref }))
  );
}
