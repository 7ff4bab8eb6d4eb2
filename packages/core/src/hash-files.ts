import crypto, { createHash } from 'node:crypto';
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ChecksumAlgorithm } from './checksums.js';
import {
  hashKernel,
  WORKER_SOURCE,
  type KernelLimits,
  type WorkerJob,
  type WorkerResult
} from './hash-kernel.js';

/*
 * Why it is written this way (measured on a 2-core runner with SHA extensions):
 * - `fs.createReadStream` per file costs several event-loop round trips and 64 KiB chunks; on 4 KiB files
 *   it is ~8× slower than `sha256sum`. Reading with open/read/close into one reused buffer is not.
 * - Node's hash runs on the calling thread, so one thread is one core. Files are spread over the main
 *   thread plus `concurrency - 1` worker threads; a big file overlaps its next read (thread pool) with
 *   hashing the current chunk.
 * - Threads claim runs of files from one counter in shared memory, not from messages: a worker keeps
 *   going while the calling thread is busy elsewhere (sha256sums loads the rest of its code meanwhile),
 *   and nobody waits for a round trip between runs.
 * - Every thread runs the same kernel (hash-kernel.ts).
 */

/** Bytes per read. A 1 MiB file fits one read with room to see EOF; memory stays ~4 MiB per hasher. */
const CHUNK = 2 * 1024 * 1024;

/** How long the calling thread hashes alone before worker threads are started for what is left. */
const WORKER_DELAY_MS = 10;

/** A job of this many files lasts well past a worker's start-up whatever their sizes: start workers at once. */
const SURELY_LONG_JOB = 1000;

/** Limits of the runs of files a thread claims at once. */
const LIMITS: KernelLimits = { chunk: CHUNK, runBytes: 8 * 1024 * 1024, maxRun: 256 };

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

/** A hashing job under way: see startHashFiles. */
export interface HashJob {
  /**
   * Every file's outcome, in the order of the paths. Rejects only when a worker thread crashed or the
   * job was cancelled.
   */
  readonly result: Promise<FileHash[]>;
  /** Stops the job: no file is started after this, worker threads end at once, `result` rejects. */
  cancel(): void;
}

/** The number of CPUs Node may use. */
export function cpuCount(): number {
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  );
}

interface BootedWorker {
  worker: Worker;
  error?: unknown;
  exited?: boolean;
}

/** Workers started ahead of need by prewarmHashWorkers, not yet used. */
const spares: BootedWorker[] = [];

function bootWorker(): BootedWorker {
  // A worker keeps little alive (one run's results), so a small young generation costs no speed and
  // keeps each worker ~8 MB leaner than the default: 3 workers on a 4-CPU runner stay under 150 MB in all.
  const worker = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
  const booted: BootedWorker = { worker };
  // A spare that fails before use is skipped (and must not crash the process as an unhandled 'error').
  booted.worker.on('error', (e) => (booted.error = e));
  booted.worker.once('exit', () => (booted.exited = true));
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

function errorOf(e: unknown): { code: string; message: string } {
  const err = e as NodeJS.ErrnoException;
  return { code: err?.code ?? 'ERROR', message: err?.message ?? String(e) };
}

/**
 * Starts hashing many files as fast as the machine allows: the calling thread plus, for jobs that last
 * more than a moment, `concurrency - 1` worker threads, all claiming runs of files from one shared
 * counter and reading into reused buffers. The calling thread lets its event loop turn every few
 * milliseconds, so other work (even loading code) proceeds meanwhile. Never fails for a file: each
 * result carries either `hash` and `size` or `error` (ENOENT, EISDIR, EACCES, …).
 */
export function startHashFiles(paths: readonly string[], options: HashFilesOptions): HashJob {
  const { algorithm } = options;
  const total = paths.length;
  const threads = Math.max(1, Math.min(options.concurrency ?? cpuCount(), total));
  const state = new Int32Array(new SharedArrayBuffer(4 * (threads + 1)));
  const kernel = hashKernel(fs, crypto, LIMITS, state, total, threads);
  const results: FileHash[] = new Array<FileHash>(total);
  const record = (
    index: number,
    thread: number,
    hash: string | undefined,
    size: number,
    error: FileHash['error']
  ) => {
    results[index] = error
      ? { path: paths[index], error, thread }
      : { path: paths[index], hash, size, thread };
  };
  let cancelled = false;
  let settled = false;

  interface Running {
    thread: number;
    worker: Worker;
    /** Settles once every result of the worker is in (or it failed, or was let go). */
    finished: Promise<void>;
    /** Ends the worker without waiting for it: it has nothing (more) to deliver. */
    release(): void;
  }
  const running: Running[] = [];
  const startWorker = (thread: number) => {
    const job: WorkerJob = {
      thread,
      paths,
      algorithm,
      state: state.buffer as SharedArrayBuffer,
      total,
      threads,
      limits: LIMITS
    };
    let spare = spares.shift();
    while (spare && (spare.error || spare.exited)) spare = spares.shift();
    const { worker } = spare ?? bootWorker();
    worker.ref();
    let resolveFinished!: () => void;
    let over = false;
    const release = () => {
      over = true;
      resolveFinished();
      void worker.terminate();
    };
    const finished = new Promise<void>((resolve, reject) => {
      resolveFinished = resolve;
      worker.on('message', (batch: WorkerResult[] | null) => {
        // null: all its results are in; a worker takes ms to exit, so nobody waits for that.
        if (batch === null) return release();
        for (const [index, hash, size, code, message] of batch)
          record(
            index,
            thread,
            hash ?? undefined,
            size,
            hash === null ? { code: code!, message: message! } : undefined
          );
      });
      // A worker that fails before it claimed anything costs nothing: the others do its share.
      worker.once('error', (e) => (kernel.retire(thread) ? release() : reject(e)));
      worker.once('exit', (code) => {
        if (over || kernel.retire(thread)) return release();
        reject(new Error(`hash worker exited with code ${code} before finishing`));
      });
    });
    // Awaited once the calling thread is through; until then a crash must not count as unhandled.
    finished.catch(() => undefined);
    running.push({ thread, worker, finished, release });
    // Sent at once even to a worker still booting: it claims work only once it runs.
    worker.postMessage(job);
  };

  // Workers cost ~30 ms each to start: only jobs still running after a moment get them, unless they
  // were started ahead (prewarmHashWorkers) while the caller listed the files.
  const delay =
    options.workerDelayMs ?? (spares.length > 0 || total >= SURELY_LONG_JOB ? 0 : WORKER_DELAY_MS);
  const startWorkers = () => {
    try {
      for (let t = 1; t < threads && !cancelled; t++) startWorker(t);
    } catch {
      // No worker could be started (or handed its job): the calling thread does the rest alone.
      for (const entry of running) if (kernel.retire(entry.thread)) entry.release();
    }
  };
  let timer: NodeJS.Timeout | undefined;
  // At once means now, not on a timer: the caller may keep this thread busy for a while (loading code).
  if (threads > 1 && delay === 0) startWorkers();
  else if (threads > 1) timer = setTimeout(startWorkers, delay);

  const result = (async () => {
    let lastYield = Date.now();
    await kernel.work(
      paths,
      algorithm,
      (index, hash, size, error) => {
        record(index, 0, hash, size, hash === undefined ? errorOf(error) : undefined);
      },
      undefined,
      // Small files are read synchronously: let the event loop turn (timers, worker results, the
      // caller's own work, cancel) now and then.
      () => {
        if (Date.now() - lastYield < 2) return undefined;
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            lastYield = Date.now();
            resolve();
          })
        );
      }
    );
    clearTimeout(timer);
    // A worker still booting has nothing left to do.
    for (const entry of running) if (kernel.retire(entry.thread)) entry.release();
    await Promise.all(running.map((r) => r.finished));
    if (cancelled) throw Object.assign(new Error('hashing was cancelled'), { code: 'ECANCELED' });
    return results;
  })().finally(() => (settled = true));
  // A job cancelled and never awaited must not end the process as an unhandled rejection.
  result.catch(() => undefined);
  return {
    result,
    cancel() {
      if (cancelled || settled) return;
      cancelled = true;
      kernel.stop();
      clearTimeout(timer);
      for (const entry of running) entry.release();
    }
  };
}

/**
 * Hashes many files as fast as the machine allows (see startHashFiles). Never throws for a file: each
 * result carries either `hash` and `size` or `error` (ENOENT, EISDIR, EACCES, …), in the order of `paths`.
 */
export function hashFiles(paths: readonly string[], options: HashFilesOptions): Promise<FileHash[]> {
  return startHashFiles(paths, options).result;
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
