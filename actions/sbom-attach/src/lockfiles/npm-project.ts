import path from 'node:path';
import type { SbomPackage } from '../model.js';
import { dirName, newPackage, readJsonManifest } from './common.js';

/** A package.json's `license` when it is the plain SPDX string. */
export function licenseOf(manifest: Record<string, any>): string | undefined {
  return typeof manifest.license === 'string' ? manifest.license : undefined;
}

/**
 * The `package.json` of the project a yarn or pnpm lockfile belongs to (`member` = a workspace
 * directory relative to the lockfile); an empty object when there is none.
 */
export function readPackageJson(lockPath: string, display: string, member = '.'): Record<string, any> {
  return (
    readJsonManifest(
      path.join(path.dirname(lockPath), member, 'package.json'),
      path.join(path.dirname(display), member, 'package.json')
    ) ?? {}
  );
}

/** The root package of a yarn or pnpm lockfile, named by package.json or, without one, by the directory. */
export function npmRootPackage(lockPath: string, manifest: Record<string, any>): SbomPackage {
  return newPackage({
    ecosystem: 'npm',
    name: manifest.name ?? dirName(path.dirname(lockPath)),
    version: manifest.version ?? '',
    license: licenseOf(manifest),
    own: true,
    synthetic: !manifest.name
  });
}

/** The package.json fields whose packages ship with the package. */
export const PROD_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * A package.json's edges (the root's or a workspace member's), resolved through `lookup(name, range)`;
 * an edge named only under devDependencies is remembered in `devEdges` (a name under both ships).
 */
export function rootEdges(
  root: SbomPackage,
  manifest: Record<string, any>,
  lookup: (name: string, range: string) => SbomPackage | undefined,
  devEdges: Set<string>
): void {
  const prod = new Set(PROD_FIELDS.flatMap((f) => Object.keys(manifest[f] ?? {})));
  for (const field of [...PROD_FIELDS, 'devDependencies']) {
    for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
      const target = lookup(name, String(range));
      if (!target || target === root) continue;
      root.dependencies.push(target.ref);
      if (field === 'devDependencies' && !prod.has(name)) devEdges.add(`${root.ref}\0${target.ref}`);
    }
  }
}

/**
 * A workspace member (a directory of the project, `dir` relative to the lockfile's folder) as a
 * component: named and versioned by its package.json (unnamed: `pkg:generic/<folder>`), linked by its
 * path, never a registry download.
 */
export function memberPackage(dir: string, manifest: Record<string, any>): SbomPackage {
  const pkg = newPackage({
    ecosystem: 'npm',
    name: typeof manifest.name === 'string' ? manifest.name : path.posix.basename(dir),
    version: typeof manifest.version === 'string' ? manifest.version : '',
    license: licenseOf(manifest),
    own: true,
    // A directory whose package.json has no name claims no npm package: generic, named by its folder.
    synthetic: typeof manifest.name !== 'string'
  });
  pkg.localPath = dir;
  return pkg;
}
