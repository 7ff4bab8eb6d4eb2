import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

/**
 * Synthetic asset bytes: a deterministic pattern of any size, generated while streaming, so a test can
 * put a multi-gigabyte asset on a release (and measure a client's memory) without the simulator
 * holding it. One 1 MiB pseudo-random block, derived from the seed, repeats.
 */
const BLOCK = 1024 * 1024;
const blocks = new Map<string, Buffer>();

function block(seed: string): Buffer {
  let b = blocks.get(seed);
  if (!b) {
    b = Buffer.alloc(BLOCK);
    for (let i = 0; i < BLOCK / 32; i++)
      createHash('sha256')
        .update(`${seed}:${i}`)
        .digest()
        .copy(b, i * 32);
    blocks.set(seed, b);
  }
  return b;
}

export function syntheticStream(size: number, seed: string, chunk = 64 * 1024): Readable {
  const b = block(seed);
  return Readable.from(
    (function* () {
      for (let off = 0; off < size;) {
        const inBlock = off % BLOCK;
        const n = Math.min(chunk, size - off, BLOCK - inBlock);
        yield b.subarray(inBlock, inBlock + n);
        off += n;
      }
    })()
  );
}

/** The `sha256:<hex>` digest of synthetic bytes, as GitHub would compute it after upload. */
export function syntheticDigest(size: number, seed: string): string {
  const b = block(seed);
  const h = createHash('sha256');
  for (let off = 0; off < size; off += BLOCK) h.update(b.subarray(0, Math.min(BLOCK, size - off)));
  return `sha256:${h.digest('hex')}`;
}
