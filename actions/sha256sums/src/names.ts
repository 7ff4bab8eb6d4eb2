import type { ChecksumAlgorithm } from '#core/checksums.js';

/*
 * Names and defaults, in a module that loads nothing else, so the head start (head-start.ts) can use
 * them before the rest of the action has loaded.
 */

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs } from './generated/io.js';

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
