import crypto, { createHash, type Hash } from 'node:crypto';
import { openSync, readSync, closeSync, read } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ChecksumAlgorithm } from './checksums.js';

/*
 * Why it is written this way (measured on a 2-core runner with SHA extensions):
 * - `fs.createReadStream` per file costs several event-loop round trips and 64 KiB chunks; on 4 KiB files
 *   it is ~8× slower than `sha256sum`. Reading with open/read/close into one reused buffer is not.
 * - Node's hash runs on the calling thread, so one thread is one core. Files are spread over the main
 *   thread plus `concurrency - 1` worker threads pulling batches from one queue; a big file overlaps
 *   its next read (thread pool) with hashing the current chunk.
 * - The worker is an inline script (`eval: true`) so the bundle stays one file.
 */

/** Bytes per read. A 1 MiB file fits one read with room to see EOF; memory stays ~4 MiB per hasher. */
const CHUNK = 2 * 1024 * 1024;

/** How long the calling thread hashes alone before worker threads are started for what is left. */
const WORKER_DELAY_MS = 10;

/** A job of this many files lasts well past a worker's start-up whatever their sizes: start workers at once. */
const SURELY_LONG_JOB = 1000;

/** Work handed to a worker at once, in bytes (estimated from the average file size so far). */
const BATCH_BYTES = 8 * 1024 * 1024;

/** The outcome for one file: its digest and size, or the error that stopped it (`code` as Node gives it). */
export interface FileHash {
  path: string;
  hash?: string;
  size?: number;
  error?: { code: string; message: string };
  /** Which thread hashed it: 0 the calling thread, 1… a worker (for diagnostics and tests). */
  thread?: number;
}

export interface HashFilesOptions {
  algorithm: ChecksumAlgorithm;
  /** Files hashed at once, one per thread (default: the number of CPUs). 1 hashes on the calling thread only. */
  concurrency?: number;
  /** How long the calling thread works alone before workers start (default 10 ms; 0 starts them at once). */
  workerDelayMs?: number;
}

/** The number of CPUs Node may use. */
export function cpuCount(): number {
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  );
}

function readAsync(fd: number, buffer: Buffer): Promise<number> {
  return new Promise((resolve, reject) =>
    read(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n)))
  );
}

interface Digest {
  hash: string;
  size: number;
}

type OneShot = (algorithm: string, data: Uint8Array, encoding: 'hex') => string;
// crypto.hash (Node 20.12+, 21.7+) skips the Hash object: a third of the cost of hashing a 4 KiB file.
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

function digestOnce(algorithm: ChecksumAlgorithm, data: Uint8Array): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : createHash(algorithm).update(data).digest('hex');
}

/**
 * Hashes one path with two reused buffers. A file that ends within the first read (most files) costs
 * open, two synchronous reads and close, and one-shot hashing; a longer one overlaps reading the next
 * chunk (thread pool) with hashing the current one.
 */
function hashPath(
  path: string,
  algorithm: ChecksumAlgorithm,
  a: Buffer,
  b: Buffer
): Digest | Promise<Digest> {
  const fd = openSync(path, 'r');
  let rest: Promise<Digest>;
  try {
    const n = readSync(fd, a, 0, a.length, null);
    if (n < a.length) {
      const more = n === 0 ? 0 : readSync(fd, b, 0, b.length, null);
      // Returned synchronously: no promise per small file.
      if (more === 0) {
        closeSync(fd);
        return { hash: digestOnce(algorithm, a.subarray(0, n)), size: n };
      }
      // A short read before the end (some network file systems): carry on as for a big file.
      const hash = createHash(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
      rest = hashRest(fd, hash, n + more, a, b);
    } else rest = hashRest(fd, createHash(algorithm), 0, a, b, n);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return rest.finally(() => closeSync(fd));
}

/** Reads `fd` to its end through the hash, reading the next chunk while hashing this one. `pending` bytes are already in `a`. */
async function hashRest(
  fd: number,
  hash: Hash,
  size: number,
  a: Buffer,
  b: Buffer,
  pending?: number
): Promise<Digest> {
  let current = a;
  let spare = b;
  let n = pending ?? (await readAsync(fd, current));
  while (n > 0) {
    size += n;
    const next = readAsync(fd, spare);
    hash.update(n === current.length ? current : current.subarray(0, n));
    n = await next;
    [current, spare] = [spare, current];
  }
  return { hash: hash.digest('hex'), size };
}

function errorOf(e: unknown): { code: string; message: string } {
  const err = e as NodeJS.ErrnoException;
  return { code: err?.code ?? 'ERROR', message: err?.message ?? String(e) };
}

// The same algorithm as hashPath, as a self-contained CommonJS script for worker threads.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const a = Buffer.allocUnsafe(workerData.chunk);
const b = Buffer.allocUnsafe(workerData.chunk);
const readAsync = (fd, buf) => new Promise((res, rej) => fs.read(fd, buf, 0, buf.length, null, (e, n) => (e ? rej(e) : res(n))));
const digestOnce = (algorithm, data) => crypto.hash ? crypto.hash(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex');
async function hashRest(fd, hash, size, pending) {
  let current = a, spare = b;
  let n = pending === undefined ? await readAsync(fd, current) : pending;
  while (n > 0) {
    size += n;
    const next = readAsync(fd, spare);
    hash.update(n === current.length ? current : current.subarray(0, n));
    n = await next;
    const t = current; current = spare; spare = t;
  }
  return { hash: hash.digest('hex'), size };
}
function hashPath(path, algorithm) {
  const fd = fs.openSync(path, 'r');
  let rest;
  try {
    const n = fs.readSync(fd, a, 0, a.length, null);
    if (n < a.length) {
      const more = n === 0 ? 0 : fs.readSync(fd, b, 0, b.length, null);
      if (more === 0) {
        fs.closeSync(fd);
        return { hash: digestOnce(algorithm, a.subarray(0, n)), size: n };
      }
      const hash = crypto.createHash(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
      rest = hashRest(fd, hash, n + more);
    } else rest = hashRest(fd, crypto.createHash(algorithm), 0, n);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  return rest.finally(() => fs.closeSync(fd));
}
// Batches arrive two at a time; they share the buffers, so they run one after the other.
let queue = Promise.resolve();
parentPort.on('message', (batch) => {
  queue = queue.then(() => run(batch));
});
async function run(batch) {
  const results = [];
  for (const [index, path] of batch.items) {
    try {
      let r = hashPath(path, batch.algorithm);
      if (r instanceof Promise) r = await r;
      results.push([index, r.hash, r.size]);
    } catch (e) {
      results.push([index, null, 0, (e && e.code) || 'ERROR', (e && e.message) || String(e)]);
    }
  }
  parentPort.postMessage(results);
}
`;

type WorkerResult = [index: number, hash: string | null, size: number, code?: string, message?: string];

interface BootedWorker {
  worker: Worker;
  online: boolean;
  onOnline?: () => void;
  error?: unknown;
  exited?: boolean;
}

/** Workers started ahead of need by prewarmHashWorkers, not yet used. */
const spares: BootedWorker[] = [];

function bootWorker(): BootedWorker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { chunk: CHUNK } });
  const booted: BootedWorker = { worker, online: false };
  worker.once('online', () => {
    booted.online = true;
    booted.onOnline?.();
  });
  // A spare that fails before use is skipped (and must not crash the process as an unhandled 'error').
  worker.on('error', (e) => (booted.error = e));
  worker.once('exit', () => (booted.exited = true));
  return booted;
}

/**
 * Starts hash worker threads ahead of need, so their ~30 ms start-up overlaps with listing the files;
 * the next hashFiles call uses them at once. Unused spares do not keep the process alive.
 */
export function prewarmHashWorkers(count = cpuCount() - 1): void {
  while (spares.length < count) {
    const booted = bootWorker();
    booted.worker.unref();
    spares.push(booted);
  }
}

/**
 * Hashes many files as fast as the machine allows: the calling thread plus, for jobs that last more
 * than a moment, `concurrency - 1` worker threads, all pulling from one queue and reading into reused
 * buffers. Never throws for a file: each result carries either `hash` and `size` or `error` (ENOENT,
 * EISDIR, EACCES, …), in the order of `paths`.
 */
export async function hashFiles(paths: readonly string[], options: HashFilesOptions): Promise<FileHash[]> {
  const { algorithm } = options;
  const results: FileHash[] = paths.map((path) => ({ path }));
  const threads = Math.max(1, Math.min(options.concurrency ?? cpuCount(), paths.length));
  let next = 0;
  let doneFiles = 0;
  let doneBytes = 0;
  const record = (index: number, result: FileHash) => {
    results[index] = result;
    doneFiles++;
    doneBytes += result.size ?? 0;
  };
  // Batches of about BATCH_BYTES (judged from the files hashed so far) keep messages few for small
  // files and the last batches short for big ones, so no thread finishes long before the others.
  const take = (): [number, string][] => {
    const average = doneFiles ? doneBytes / doneFiles : CHUNK;
    const remaining = paths.length - next;
    const size = Math.max(
      1,
      Math.min(256, Math.floor(BATCH_BYTES / Math.max(average, 4096)), Math.ceil(remaining / (threads * 2)))
    );
    const items: [number, string][] = [];
    for (let i = 0; i < size && next < paths.length; i++, next++) items.push([next, paths[next]]);
    return items;
  };

  const workers: Promise<void>[] = [];
  const booting = new Set<Worker>();
  const startWorker = (thread: number) =>
    workers.push(
      new Promise<void>((resolve, reject) => {
        let spare = spares.shift();
        while (spare && (spare.error || spare.exited)) spare = spares.shift();
        const booted = spare ?? bootWorker();
        const { worker } = booted;
        worker.ref();
        let outstanding = 0;
        let failed = false;
        const feed = () => {
          // Two batches in flight so the worker never waits for this thread between batches.
          while (outstanding < 2 && next < paths.length) {
            worker.postMessage({ algorithm, items: take() });
            outstanding++;
          }
          if (outstanding === 0) void worker.terminate();
        };
        worker.on('message', (batch: WorkerResult[]) => {
          outstanding--;
          for (const [index, hash, size, code, message] of batch) {
            record(
              index,
              hash === null
                ? { path: paths[index], error: { code: code!, message: message! }, thread }
                : { path: paths[index], hash, size, thread }
            );
          }
          feed();
        });
        worker.on('error', (e) => {
          failed = true;
          reject(e);
        });
        worker.on('exit', (code) => {
          if (failed) return;
          if (outstanding > 0) reject(new Error(`hash worker exited with code ${code} before finishing`));
          else resolve();
        });
        // Work is handed out only once the worker runs, so none waits in its queue while it boots.
        if (booted.online) feed();
        else {
          booting.add(worker);
          booted.onOnline = () => {
            booting.delete(worker);
            feed();
          };
        }
      })
    );
  // Workers cost ~30 ms each to start: only jobs still running after a moment get them, unless they
  // were started ahead (prewarmHashWorkers) while the caller listed the files.
  const delay =
    options.workerDelayMs ?? (spares.length > 0 || paths.length >= SURELY_LONG_JOB ? 0 : WORKER_DELAY_MS);
  const timer =
    threads > 1
      ? setTimeout(() => {
          for (let w = 1; w < threads && next < paths.length; w++) startWorker(w);
        }, delay)
      : undefined;

  const a = Buffer.allocUnsafe(CHUNK);
  const b = Buffer.allocUnsafe(CHUNK);
  let lastYield = Date.now();
  while (next < paths.length) {
    const index = next++;
    const path = paths[index];
    try {
      let digest = hashPath(path, algorithm, a, b);
      if (digest instanceof Promise) digest = await digest;
      record(index, { path, hash: digest.hash, size: digest.size, thread: 0 });
    } catch (e) {
      record(index, { path, error: errorOf(e), thread: 0 });
    }
    // Small files are read synchronously: let the event loop start and feed the workers now and then.
    if (threads > 1 && Date.now() - lastYield >= 2) {
      await new Promise((r) => setImmediate(r));
      lastYield = Date.now();
    }
  }
  clearTimeout(timer);
  // A worker still booting has nothing left to do.
  for (const worker of booting) void worker.terminate();
  await Promise.all(workers);
  return results;
}

/**
 * Hashes one file on the calling thread, streaming through two reused buffers.
 * @throws the file system error (ENOENT, EISDIR, …).
 */
export async function hashFile(
  path: string,
  algorithm: ChecksumAlgorithm
): Promise<{ hash: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const hash = createHash(algorithm);
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      hash.update(buffer.subarray(0, bytesRead));
    }
    return { hash: hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
}

/** Hashes a stream without buffering it. Rejects when the stream errors. */
export async function hashStream(
  stream: Readable | AsyncIterable<Uint8Array | string>,
  algorithm: ChecksumAlgorithm
): Promise<{ hash: string; size: number }> {
  const hash = createHash(algorithm);
  let size = 0;
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += data.length;
    hash.update(data);
  }
  return { hash: hash.digest('hex'), size };
}

/** Hashes bytes in memory. */
export function hashBytes(data: Uint8Array | string, algorithm: ChecksumAlgorithm): string {
  return createHash(algorithm).update(data).digest('hex');
}
