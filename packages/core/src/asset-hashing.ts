import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { getErrorMessage } from './errors.js';
import type { ReleaseAsset } from './release.js';
import { sleep } from './time-scale.js';

/** Opens the bytes of an asset as a stream of chunks (the engine hashes them as they arrive). */
export type AssetOpener = (asset: ReleaseAsset) => Promise<AsyncIterable<Uint8Array>>;

export interface HashedAsset {
  /** Lower-case hex SHA-256 of the bytes received, when all of them arrived. */
  sha256?: string;
  /** Bytes received in the last attempt. */
  bytes: number;
  attempts: number;
  /** Why the bytes could not be hashed: a network error, or fewer/more bytes than the asset's size. */
  error?: string;
  /** Set when the last attempt delivered a body whose length differs from the asset's size. */
  truncated?: boolean;
  /** The first `keep` bytes, when asked for (checksum files and sidecars are read, not only hashed). */
  head?: Buffer;
}

export interface HashOptions {
  /** Attempts per asset (default 3): a dropped connection or a short body is retried from the start. */
  attempts?: number;
  /** Keep up to this many leading bytes in `head` (default 0: keep nothing). */
  keep?: number;
  /** Called before a retry, for the log. */
  onRetry?: (asset: ReleaseAsset, attempt: number, reason: string) => void;
}

// Node hands each socket read to JavaScript in a freshly allocated 64 KiB buffer. V8 lets those dead
// buffers pile up (measured: about 100 MB in Node 24, 40 MB in Node 20, while hashing a 1 GiB body)
// before collecting them, and that pile is what peak memory measures. A young-generation collection
// every few MiB keeps the peak flat (and hashing faster: less memory churn). V8 exposes `gc` to contexts
// created after `--expose-gc` is set, which is the only way to ask for a collection; if that ever stops
// working, hashing still works, only with the higher peak.
const COLLECT_EVERY = 8 * 1024 * 1024;
type Collector = (options?: { type?: 'minor' | 'major' }) => void;
let collector: Collector | null | undefined;

function collectDeadBuffers(): void {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as unknown;
      collector = typeof gc === 'function' ? (gc as Collector) : null;
    } catch {
      collector = null;
    }
  }
  collector?.({ type: 'minor' });
}

/**
 * Streams an asset through SHA-256 without holding it in memory, checking the byte count against the
 * size the API reports (a body cut short is never taken for the asset). A dropped connection or a short
 * or long body is retried from the start, up to `attempts` times.
 */
export async function hashAsset(
  asset: ReleaseAsset,
  open: AssetOpener,
  options: HashOptions = {}
): Promise<HashedAsset> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const keep = options.keep ?? 0;
  let last: HashedAsset = { bytes: 0, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const hash = createHash('sha256');
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let bytes = 0;
    let sinceCollect = 0;
    try {
      const body = await open(asset);
      for await (const chunk of body) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        sinceCollect += chunk.byteLength;
        if (sinceCollect >= COLLECT_EVERY) {
          sinceCollect = 0;
          collectDeadBuffers();
        }
        if (keptBytes < keep) {
          const slice = Buffer.from(
            chunk.buffer,
            chunk.byteOffset,
            Math.min(chunk.byteLength, keep - keptBytes)
          );
          kept.push(Buffer.from(slice));
          keptBytes += slice.length;
        }
      }
      if (bytes === asset.size) {
        return {
          sha256: hash.digest('hex'),
          bytes,
          attempts: attempt,
          head: keep ? Buffer.concat(kept) : undefined
        };
      }
      last = {
        bytes,
        attempts: attempt,
        truncated: true,
        error: `the download gave ${bytes} bytes where the API reports ${asset.size}`
      };
    } catch (e) {
      // A body that breaks off part-way is a truncation (the bytes disagree with the size); a failure
      // before any byte arrived is an outage.
      last =
        bytes > 0
          ? {
              bytes,
              attempts: attempt,
              truncated: true,
              error: `the download was cut short after ${bytes} of ${asset.size} bytes (${getErrorMessage(e)})`
            }
          : { bytes, attempts: attempt, error: `the download failed: ${getErrorMessage(e)}` };
    }
    if (attempt < attempts) {
      options.onRetry?.(asset, attempt + 1, last.error!);
      // Backoff with full jitter: parallel downloads that failed together do not retry together.
      await sleep(Math.random() * 1000 * 2 ** (attempt - 1));
    }
  }
  return last;
}

/** Runs `fn` over `items` with at most `limit` at once; results keep the input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
