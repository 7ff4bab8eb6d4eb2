import type { ChecksumAlgorithm } from '#core/checksums.js';

/*
 * Names and defaults, in a module that loads nothing else, so the head start (head-start.ts) can use
 * them before the rest of the action has loaded.
 */

/** Input names, once. */
export const Inputs = {
  Mode: 'mode',
  Files: 'files',
  WorkingDirectory: 'working-directory',
  Algorithm: 'algorithm',
  Output: 'output',
  Format: 'format',
  Sidecars: 'sidecars',
  SidecarFormat: 'sidecar-format',
  ChecksumsFile: 'checksums-file',
  IgnoreMissing: 'ignore-missing',
  Strict: 'strict',
  ReleaseTag: 'release-tag',
  OnConflict: 'on-conflict',
  Repository: 'repository',
  Token: 'token',
  Concurrency: 'concurrency'
} as const;

/** Output names, once. */
export const Outputs = {
  ChecksumsFile: 'checksums-file',
  Checksums: 'checksums',
  Count: 'count',
  Verified: 'verified',
  Failed: 'failed'
} as const;

/** Defaults of the inputs that decide what generate hashes. */
export const Defaults = {
  files: ['dist/*'] as readonly string[],
  workingDirectory: '.',
  algorithm: 'sha256' as ChecksumAlgorithm
};

/** The most threads `concurrency` may ask for. */
export const MAX_CONCURRENCY = 256;

/** The default checksum file name of an algorithm: `SHA256SUMS.txt` or `SHA512SUMS.txt`. */
export function defaultChecksumsFile(algorithm: ChecksumAlgorithm): string {
  return `${algorithm.toUpperCase()}SUMS.txt`;
}
