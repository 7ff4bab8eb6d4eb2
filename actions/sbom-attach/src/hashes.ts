import type { HashAlgorithm, PackageHash } from './model.js';

const SRI_ALGORITHMS: Record<string, HashAlgorithm> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512'
};

const HEX_LENGTH: Record<HashAlgorithm, number> = {
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128
};

/**
 * Converts a Subresource Integrity string (npm's `integrity`: `sha512-<base64>`, possibly several
 * separated by spaces) into hex digests with their algorithm. Unknown algorithms and digests of the
 * wrong length are dropped rather than guessed.
 */
export function integrityToHashes(integrity: string | undefined): PackageHash[] {
  if (!integrity) return [];
  const out: PackageHash[] = [];
  for (const token of integrity.trim().split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=_-]+)(?:\?.*)?$/.exec(token);
    if (!m) continue;
    const alg = SRI_ALGORITHMS[m[1]];
    const hex = Buffer.from(m[2].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex');
    if (hex.length === HEX_LENGTH[alg]) out.push({ alg, hex });
  }
  return uniqueHashes(out);
}

/** Parses `sha256:<hex>` (poetry, uv, pip `--hash`). */
export function prefixedHexToHash(text: string | undefined): PackageHash | undefined {
  const m = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec((text ?? '').trim());
  if (!m) return undefined;
  const alg = SRI_ALGORITHMS[m[1]];
  const hex = m[2].toLowerCase();
  return hex.length === HEX_LENGTH[alg] ? { alg, hex } : undefined;
}

/** One hash per algorithm (CycloneDX keys hashes by algorithm), strongest first. */
export function uniqueHashes(hashes: PackageHash[]): PackageHash[] {
  const byAlg = new Map<HashAlgorithm, string>();
  for (const h of hashes) if (!byAlg.has(h.alg)) byAlg.set(h.alg, h.hex);
  const order: HashAlgorithm[] = ['SHA-512', 'SHA-384', 'SHA-256', 'SHA-1'];
  return order.filter((a) => byAlg.has(a)).map((alg) => ({ alg, hex: byAlg.get(alg)! }));
}
