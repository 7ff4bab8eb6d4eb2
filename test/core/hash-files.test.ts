import crypto, { createHash, randomBytes } from 'node:crypto';
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  hashBytes,
  hashFile,
  hashFiles,
  hashStream,
  prewarmHashWorkers,
  startHashFiles
} from '#core/hash-files.js';
import { hashKernel } from '#core/hash-kernel.js';

let dir: string;
const contents = new Map<string, Buffer>();

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-hash-'));
  // Sizes around the 2 MiB read buffer: empty, tiny, exactly one buffer, one byte more, several buffers.
  const sizes = [0, 1, 4096, 2 * 1024 * 1024, 2 * 1024 * 1024 + 1, 5 * 1024 * 1024 + 7];
  for (let i = 0; i < 40; i++) {
    const size = i < sizes.length ? sizes[i] : 1000 + i * 37;
    const data = randomBytes(size);
    const file = path.join(dir, `f${i}`);
    writeFileSync(file, data);
    contents.set(file, data);
  }
  mkdirSync(path.join(dir, 'subdir'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expected = (data: Buffer, algorithm: 'sha256' | 'sha512') =>
  createHash(algorithm).update(data).digest('hex');

describe('hashFiles', () => {
  it.each([1, 2, 3])('hashes every file correctly with concurrency %i, in order', async (concurrency) => {
    const files = [...contents.keys(), ...contents.keys(), ...contents.keys()];
    const results = await hashFiles(files, { algorithm: 'sha256', concurrency, workerDelayMs: 0 });
    expect(results.map((r) => r.path)).toEqual(files);
    for (const r of results) {
      expect(r.error).toBeUndefined();
      expect(r.hash).toBe(expected(contents.get(r.path)!, 'sha256'));
      expect(r.size).toBe(contents.get(r.path)!.length);
    }
  });

  it('spreads a long job over worker threads', async () => {
    const big = Array.from({ length: 48 }, (_, i) => path.join(dir, `big${i}`));
    const data = randomBytes(2 * 1024 * 1024 + 3);
    for (const f of big) writeFileSync(f, data);
    // Missing files spread through the list, so workers meet some of them too.
    const list = big.flatMap((f, i) => (i % 4 === 3 ? [f, path.join(dir, `missing${i}`)] : [f]));
    const results = await hashFiles(list, { algorithm: 'sha256', concurrency: 2, workerDelayMs: 0 });
    for (const r of results) {
      if (r.path.includes('missing'))
        expect(r.error).toMatchObject({ code: 'ENOENT', message: expect.stringContaining('no such file') });
      else expect(r.hash).toBe(expected(data, 'sha256'));
    }
    expect(new Set(results.map((r) => r.thread))).toEqual(new Set([0, 1]));
    const missingOnWorker = results.filter((r) => r.error && r.thread === 1).length;
    if (missingOnWorker === 0) console.warn('no missing file happened to land on the worker this run');
  });

  it('uses workers started ahead with prewarmHashWorkers at once', async () => {
    prewarmHashWorkers(1);
    await new Promise((r) => setTimeout(r, 300)); // let the spare come online
    const files = [...contents.keys()].filter((f) => contents.get(f)!.length > 1024 * 1024);
    const results = await hashFiles([...files, ...files, ...files], { algorithm: 'sha256', concurrency: 2 });
    expect(results.every((r) => r.hash === expected(contents.get(r.path)!, 'sha256'))).toBe(true);
    expect(results.some((r) => r.thread === 1)).toBe(true);
  });

  it('hashes a short job on the calling thread alone', async () => {
    const files = [...contents.keys()].slice(0, 3);
    const results = await hashFiles(files, { algorithm: 'sha256', concurrency: 2, workerDelayMs: 10_000 });
    expect(results.map((r) => r.thread)).toEqual([0, 0, 0]);
  });

  it('computes SHA-512 too', async () => {
    const files = [...contents.keys()].slice(0, 8);
    const results = await hashFiles(files, { algorithm: 'sha512', concurrency: 2, workerDelayMs: 0 });
    expect(results.map((r) => r.hash)).toEqual(files.map((f) => expected(contents.get(f)!, 'sha512')));
  });

  it('reports missing files and directories per file without failing the others', async () => {
    const files = [
      path.join(dir, 'f1'),
      path.join(dir, 'nope'),
      path.join(dir, 'subdir'),
      path.join(dir, 'f2')
    ];
    for (const concurrency of [1, 2]) {
      const results = await hashFiles([...files, ...files], {
        algorithm: 'sha256',
        concurrency,
        workerDelayMs: 0
      });
      expect(results[0].hash).toBe(expected(contents.get(files[0])!, 'sha256'));
      expect(results[1].error?.code).toBe('ENOENT');
      expect(results[2].error?.code).toBe('EISDIR');
      expect(results[3].hash).toBe(expected(contents.get(files[3])!, 'sha256'));
    }
  });

  it('keeps worker threads hashing while the calling thread is busy elsewhere', async () => {
    prewarmHashWorkers(1);
    await new Promise((r) => setTimeout(r, 300)); // let the spare come online
    const files = Array.from({ length: 30 }, () => [...contents.keys()]).flat();
    const job = startHashFiles(files, { algorithm: 'sha256', concurrency: 2 });
    // Block this thread as loading code would: the worker claims work from the shared counter meanwhile,
    // with nobody here to hand it out.
    const until = Date.now() + 400;
    while (Date.now() < until);
    const results = await job.result;
    expect(results.every((r) => r.hash === expected(contents.get(r.path)!, 'sha256'))).toBe(true);
    const byWorker = results.filter((r) => r.thread === 1).length;
    expect(byWorker).toBeGreaterThan(files.length / 2);
  });

  it('cancel stops a job: the result rejects with ECANCELED; later jobs are unaffected', async () => {
    const big = [...contents.keys()].filter((f) => contents.get(f)!.length > 1024 * 1024);
    const files = Array.from({ length: 50 }, () => big).flat();
    const job = startHashFiles(files, { algorithm: 'sha256', concurrency: 2, workerDelayMs: 0 });
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ code: 'ECANCELED' });
    // A job after it runs as usual, and cancelling a finished job changes nothing.
    const next = startHashFiles(big, { algorithm: 'sha256', concurrency: 2, workerDelayMs: 0 });
    const results = await next.result;
    next.cancel();
    expect(results.map((r) => r.hash)).toEqual(big.map((f) => expected(contents.get(f)!, 'sha256')));
  });

  it('hashes a path holding NUL on the calling thread, as the error Node gives, and the rest as usual', async () => {
    const files = [...contents.keys()];
    const list = [...files.slice(0, 20), `${files[0]}\0x`, ...files.slice(20)];
    const results = await hashFiles(list, { algorithm: 'sha256', concurrency: 2, workerDelayMs: 0 });
    expect(results[20].error?.code).toBe('ERR_INVALID_ARG_VALUE');
    const others = results.filter((_, i) => i !== 20);
    expect(others.map((r) => r.hash)).toEqual(files.map((f) => expected(contents.get(f)!, 'sha256')));
  });

  it('returns nothing for no files', async () => {
    expect(await hashFiles([], { algorithm: 'sha256' })).toEqual([]);
  });
});

describe('single file, stream and bytes', () => {
  it('hashFile matches and throws for a missing file', async () => {
    const file = path.join(dir, 'f4');
    expect(await hashFile(file, 'sha256')).toEqual({
      hash: expected(contents.get(file)!, 'sha256'),
      size: contents.get(file)!.length
    });
    await expect(hashFile(path.join(dir, 'nope'), 'sha256')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('hashStream hashes chunks and strings, and rejects on a stream error', async () => {
    expect(await hashStream(Readable.from([Buffer.from('ab'), 'c']), 'sha256')).toEqual({
      hash: expected(Buffer.from('abc'), 'sha256'),
      size: 3
    });
    const failing = new Readable({
      read() {
        this.destroy(new Error('boom'));
      }
    });
    await expect(hashStream(failing, 'sha256')).rejects.toThrow('boom');
    expect(hashBytes('abc', 'sha512')).toBe(expected(Buffer.from('abc'), 'sha512'));
  });
});

describe('hashing kernel', () => {
  const limits = { chunk: 1024 * 1024, runBytes: 1024 ** 3, maxRun: 1000 };
  const files = () => [...contents.keys()];

  it('claims every index exactly once across kernels sharing one state', async () => {
    const list = Array.from({ length: 10 }, files).flat();
    const state = new Int32Array(new SharedArrayBuffer(12));
    const seen: number[] = [];
    const kernels = [0, 1].map(() => hashKernel(fs, crypto, limits, state, list.length, 2));
    await Promise.all(kernels.map((k) => k.work(list, 'sha256', (i) => seen.push(i))));
    expect(seen.sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
  });

  it('starts no file once stopped, even in the middle of a claimed run', async () => {
    const list = files();
    const seen: number[] = [];
    const k = hashKernel(fs, crypto, limits, new Int32Array(new SharedArrayBuffer(8)), list.length, 1);
    await k.work(list, 'sha256', (i) => {
      seen.push(i);
      if (seen.length === 3) k.stop();
    });
    // The first run holds 20 files (half of 40 for one thread); the stop ends it after the third.
    expect(seen).toEqual([0, 1, 2]);
    const stopped = hashKernel(fs, crypto, limits, new Int32Array(new SharedArrayBuffer(8)), list.length, 1);
    stopped.stop();
    const none: number[] = [];
    await stopped.work(list, 'sha256', (i) => none.push(i));
    expect(none).toEqual([]);
  });

  it('lets a worker start or be retired, never both', () => {
    const state = new Int32Array(new SharedArrayBuffer(16));
    const k = hashKernel(fs, crypto, limits, state, 0, 3);
    expect(k.enter(1)).toBe(true);
    expect(k.retire(1)).toBe(false);
    expect(k.retire(2)).toBe(true);
    expect(k.enter(2)).toBe(false);
  });
});
