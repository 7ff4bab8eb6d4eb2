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

/** The root's edges from package.json, dev ones remembered, resolved through `lookup(name, range)`. */
export function rootEdges(
  root: SbomPackage,
  manifest: Record<string, any>,
  lookup: (name: string, range: string) => SbomPackage | undefined,
  devEdges: Set<string>
): void {
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies']) {
    for (const [name, range] of Object.entries<string>(manifest[field] ?? {})) {
      const target = lookup(name, String(range));
      if (!target) continue;
      root.dependencies.push(target.ref);
      if (field === 'devDependencies') devEdges.add(`${root.ref}\0${target.ref}`);
    }
  }
}
