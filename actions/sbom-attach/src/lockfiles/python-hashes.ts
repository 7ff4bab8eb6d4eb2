import { prefixedHexToHash } from '../hashes.js';
import type { PackageHash } from '../model.js';

/**
 * The hash to report for a Python package that lists several distribution files: the sdist's when
 * there is one (the source every wheel is built from), else the only file's. Several wheels and no
 * sdist leave it out: no single file is "the" package.
 */
export function pythonPackageHash(files: { name: string; hash?: string }[]): PackageHash[] {
  const sdist = files.find((f) => /\.(tar\.gz|zip|tar\.bz2)$/.test(f.name));
  const chosen = sdist ?? (files.length === 1 ? files[0] : undefined);
  const h = prefixedHexToHash(chosen?.hash);
  return h ? [h] : [];
}

/** Digests as `sha256:<hex>` labels, unique and sorted: how a package's several file hashes are kept. */
export function fileHashLabels(hashes: PackageHash[]): string[] {
  return [...new Set(hashes.map((h) => `${h.alg.replace('-', '').toLowerCase()}:${h.hex}`))].sort();
}

/** Every listed file's digest, `sha256:<hex>`, when there are several files. */
export function fileHashes(files: { name: string; hash?: string }[]): string[] | undefined {
  if (files.length < 2) return undefined;
  const out = files.map((f) => prefixedHexToHash(f.hash)).filter((h): h is PackageHash => h !== undefined);
  return out.length ? fileHashLabels(out) : undefined;
}
