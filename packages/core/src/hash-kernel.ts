import type crypto from 'node:crypto';
import type fs from 'node:fs';

/*
 * The per-file hashing kernel that the calling thread and every worker thread run. Worker threads run
 * it from its own source text (WORKER_SOURCE), so the bundle stays one file and there is one
 * implementation; that is why hashKernel and workerJob refer to nothing outside themselves.
 */

export interface KernelLimits {
  /** Bytes per read. */
  chunk: number;
  /** A run claimed at once holds about this many bytes (judged from the files hashed so far)… */
  runBytes: number;
  /** …and at most this many files. */
  maxRun: number;
}

/** One file's outcome inside the kernel: `error` is what was thrown. */
type FileCallback = (index: number, hash: string | undefined, size: number, error?: unknown) => void;

export interface Kernel {
  /**
   * Claims runs of files from the shared counter and hashes them until none is left, calling `onFile`
   * for each and `onRun` after each run. `between`, called after every file, may return a promise to
   * wait for (the calling thread uses it to let its event loop turn).
   */
  work(
    paths: readonly string[],
    algorithm: string,
    onFile: FileCallback,
    onRun?: () => void,
    between?: () => Promise<void> | undefined
  ): Promise<void>;
  /** Ends the job: nothing more is claimed, and a file being read stops at its next chunk. */
  stop(): void;
  /** A worker's start: false when the calling thread retired it first. */
  enter(thread: number): boolean;
  /** Retires a worker that has not started (true), so nobody waits for it to boot; false if it runs. */
  retire(thread: number): boolean;
}

/**
 * The hashing kernel of every thread. Its source text is also the worker threads' script, so it refers
 * to nothing outside itself: modules and limits come in as arguments, the shared state layout is here.
 * State (Int32 slots): [0] next unclaimed index, [1] stop flag, [1 + t] worker t's IDLE 0 / ACTIVE 1 /
 * RETIRED 2.
 *
 * A file that ends within the first read (most files) costs open, two synchronous reads and close, and
 * one-shot hashing; a longer one overlaps reading the next chunk (thread pool) with hashing this one.
 */
/* istanbul ignore next -- coverage counters would be undefined in the worker that runs this source */
export function hashKernel(
  fsm: typeof fs,
  cryptom: typeof crypto,
  limits: KernelLimits,
  state: Int32Array,
  total: number,
  threads: number
): Kernel {
  type Digest = { hash: string; size: number };
  type OneShot = (algorithm: string, data: Uint8Array, encoding: 'hex') => string;
  // crypto.hash (Node 20.12+, 21.7+) skips the Hash object: a third of the cost of hashing a 4 KiB file.
  const oneShot = (cryptom as unknown as { hash?: OneShot }).hash;
  const a = Buffer.allocUnsafe(limits.chunk);
  const b = Buffer.allocUnsafe(limits.chunk);
  let files = 0;
  let bytes = 0;
  const stopped = () => Atomics.load(state, 1) !== 0;
  const readAsync = (fd: number, buffer: Buffer) =>
    new Promise<number>((resolve, reject) =>
      fsm.read(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n)))
    );

  async function hashRest(
    fd: number,
    hash: ReturnType<typeof cryptom.createHash>,
    size: number,
    pending?: number
  ): Promise<Digest> {
    let current = a;
    let spare = b;
    let n = pending ?? (await readAsync(fd, current));
    while (n > 0) {
      if (stopped()) throw Object.assign(new Error('hashing was cancelled'), { code: 'ECANCELED' });
      size += n;
      const next = readAsync(fd, spare);
      hash.update(n === current.length ? current : current.subarray(0, n));
      n = await next;
      const t = current;
      current = spare;
      spare = t;
    }
    return { hash: hash.digest('hex'), size };
  }

  function hashPath(path: string, algorithm: string): Digest | Promise<Digest> {
    const fd = fsm.openSync(path, 'r');
    let rest: Promise<Digest>;
    try {
      const n = fsm.readSync(fd, a, 0, a.length, null);
      if (n < a.length) {
        const more = n === 0 ? 0 : fsm.readSync(fd, b, 0, b.length, null);
        // Returned synchronously: no promise per small file.
        if (more === 0) {
          fsm.closeSync(fd);
          const data = a.subarray(0, n);
          const hex = oneShot
            ? oneShot(algorithm, data, 'hex')
            : cryptom.createHash(algorithm).update(data).digest('hex');
          return { hash: hex, size: n };
        }
        // A short read before the end (some network file systems): carry on as for a big file.
        const hash = cryptom.createHash(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
        rest = hashRest(fd, hash, n + more);
      } else rest = hashRest(fd, cryptom.createHash(algorithm), 0, n);
    } catch (e) {
      fsm.closeSync(fd);
      throw e;
    }
    return rest.finally(() => fsm.closeSync(fd));
  }

  // Runs of about `runBytes` keep claims few for small files and the last runs short for big ones, so
  // no thread finishes long before the others.
  function claim(): [number, number] | undefined {
    if (stopped()) return undefined;
    const average = files ? bytes / files : limits.chunk;
    const remaining = total - Atomics.load(state, 0);
    const size = Math.max(
      1,
      Math.min(
        limits.maxRun,
        Math.floor(limits.runBytes / Math.max(average, 4096)),
        Math.ceil(remaining / (threads * 2))
      )
    );
    const start = Atomics.add(state, 0, size);
    return start < total ? [start, Math.min(total, start + size)] : undefined;
  }

  return {
    async work(paths, algorithm, onFile, onRun, between) {
      for (let run = claim(); run; run = claim()) {
        for (let i = run[0]; i < run[1] && !stopped(); i++) {
          try {
            let digest = hashPath(paths[i], algorithm);
            if (digest instanceof Promise) digest = await digest;
            files++;
            bytes += digest.size;
            onFile(i, digest.hash, digest.size);
          } catch (e) {
            onFile(i, undefined, 0, e);
          }
          const pause = between?.();
          if (pause) await pause;
        }
        onRun?.();
      }
    },
    stop() {
      Atomics.store(state, 1, 1);
      Atomics.store(state, 0, total);
    },
    enter: (thread) => Atomics.compareExchange(state, 1 + thread, 0, 1) === 0,
    retire: (thread) => Atomics.compareExchange(state, 1 + thread, 0, 2) === 0
  };
}

/** What a worker is sent: one job, then it is terminated. */
export interface WorkerJob {
  thread: number;
  paths: readonly string[];
  algorithm: string;
  state: SharedArrayBuffer;
  total: number;
  threads: number;
  limits: KernelLimits;
}

/** A run's results from a worker: [index, hash, size] or [index, null, 0, code, message]; null when done. */
export type WorkerResult = [
  index: number,
  hash: string | null,
  size: number,
  code?: string,
  message?: string
];

/* istanbul ignore next -- runs in the worker (see hashKernel) */
async function workerJob(
  makeKernel: typeof hashKernel,
  modules: { fs: typeof fs; crypto: typeof crypto },
  job: WorkerJob,
  post: (message: WorkerResult[] | null) => void
): Promise<void> {
  const state = new Int32Array(job.state);
  const kernel = makeKernel(modules.fs, modules.crypto, job.limits, state, job.total, job.threads);
  if (kernel.enter(job.thread)) {
    let results: WorkerResult[] = [];
    await kernel.work(
      job.paths,
      job.algorithm,
      (index, hash, size, error) => {
        const e = error as { code?: string; message?: string } | undefined;
        results.push(
          hash === undefined
            ? [index, null, 0, e?.code ?? 'ERROR', e?.message ?? String(error)]
            : [index, hash, size]
        );
      },
      () => {
        post(results);
        results = [];
      }
    );
  }
  post(null);
}

/** The script of a hash worker thread: it takes one WorkerJob and posts WorkerResult runs, then null. */
export const WORKER_SOURCE = `'use strict';
const { parentPort } = require('node:worker_threads');
const makeKernel = ${hashKernel.toString()};
const workerJob = ${workerJob.toString()};
parentPort.once('message', (job) =>
  workerJob(makeKernel, { fs: require('node:fs'), crypto: require('node:crypto') }, job, (m) => parentPort.postMessage(m))
);
`;
