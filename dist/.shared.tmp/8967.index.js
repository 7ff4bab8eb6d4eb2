export const id = 8967;
export const ids = [8967];
export const modules = {

/***/ 99540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U7: () => (/* binding */ cpuCount),
  yi: () => (/* binding */ hashBytes),
  DC: () => (/* binding */ hashFile),
  yQ: () => (/* binding */ hashFiles),
  uP: () => (/* binding */ prewarmHashWorkers),
  Cb: () => (/* binding */ startHashFiles)
});

// UNUSED EXPORTS: hashStream

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/core/src/hash-kernel.ts
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
function hashKernel(fsm, cryptom, limits, state, total, threads) {
    // crypto.hash (Node 20.12+, 21.7+) skips the Hash object: a third of the cost of hashing a 4 KiB file.
    const oneShot = cryptom.hash;
    const a = Buffer.allocUnsafe(limits.chunk);
    const b = Buffer.allocUnsafe(limits.chunk);
    let files = 0;
    let bytes = 0;
    const stopped = () => Atomics.load(state, 1) !== 0;
    const readAsync = (fd, buffer) => new Promise((resolve, reject) => fsm.read(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n))));
    async function hashRest(fd, hash, size, pending) {
        let current = a;
        let spare = b;
        let n = pending ?? (await readAsync(fd, current));
        while (n > 0) {
            if (stopped())
                throw Object.assign(new Error('hashing was cancelled'), { code: 'ECANCELED' });
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
    function hashPath(path, algorithm) {
        const fd = fsm.openSync(path, 'r');
        let rest;
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
            }
            else
                rest = hashRest(fd, cryptom.createHash(algorithm), 0, n);
        }
        catch (e) {
            fsm.closeSync(fd);
            throw e;
        }
        return rest.finally(() => fsm.closeSync(fd));
    }
    // Runs of about `runBytes` keep claims few for small files and the last runs short for big ones, so
    // no thread finishes long before the others.
    function claim() {
        if (stopped())
            return undefined;
        const average = files ? bytes / files : limits.chunk;
        const remaining = total - Atomics.load(state, 0);
        const size = Math.max(1, Math.min(limits.maxRun, Math.floor(limits.runBytes / Math.max(average, 4096)), Math.ceil(remaining / (threads * 2))));
        const start = Atomics.add(state, 0, size);
        return start < total ? [start, Math.min(total, start + size)] : undefined;
    }
    return {
        async work(paths, algorithm, onFile, onRun, between) {
            for (let run = claim(); run; run = claim()) {
                for (let i = run[0]; i < run[1] && !stopped(); i++) {
                    try {
                        let digest = hashPath(paths[i], algorithm);
                        if (digest instanceof Promise)
                            digest = await digest;
                        files++;
                        bytes += digest.size;
                        onFile(i, digest.hash, digest.size);
                    }
                    catch (e) {
                        onFile(i, undefined, 0, e);
                    }
                    const pause = between?.();
                    if (pause)
                        await pause;
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
/* istanbul ignore next -- runs in the worker (see hashKernel) */
async function workerJob(makeKernel, modules, job, post) {
    const state = new Int32Array(job.state);
    const kernel = makeKernel(modules.fs, modules.crypto, job.limits, state, job.total, job.threads);
    if (kernel.enter(job.thread)) {
        let results = [];
        await kernel.work(job.paths, job.algorithm, (index, hash, size, error) => {
            const e = error;
            results.push(hash === undefined
                ? [index, null, 0, e?.code ?? 'ERROR', e?.message ?? String(error)]
                : [index, hash, size]);
        }, () => {
            post(results);
            results = [];
        });
    }
    post(null);
}
/** The script of a hash worker thread: it takes one WorkerJob and posts WorkerResult runs, then null. */
const WORKER_SOURCE = `'use strict';
const { parentPort } = require('node:worker_threads');
const makeKernel = ${hashKernel.toString()};
const workerJob = ${workerJob.toString()};
parentPort.once('message', (job) =>
  workerJob(makeKernel, { fs: require('node:fs'), crypto: require('node:crypto') }, job, (m) => parentPort.postMessage(m))
);
`;

;// CONCATENATED MODULE: ./packages/core/src/hash-files.ts






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
const LIMITS = { chunk: CHUNK, runBytes: 8 * 1024 * 1024, maxRun: 256 };
/** The number of CPUs Node may use. */
function cpuCount() {
    return Math.max(1, typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length);
}
/** Workers started ahead of need by prewarmHashWorkers, not yet used. */
const spares = [];
function bootWorker() {
    // A worker keeps little alive (one run's results), so a small young generation costs no speed and
    // keeps each worker ~8 MB leaner than the default: 3 workers on a 4-CPU runner stay under 150 MB in all.
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
    const booted = { worker };
    // A spare that fails before use is skipped (and must not crash the process as an unhandled 'error').
    booted.worker.on('error', (e) => (booted.error = e));
    booted.worker.once('exit', () => (booted.exited = true));
    return booted;
}
/**
 * Starts hash worker threads ahead of need, so their ~30 ms start-up overlaps with listing the files;
 * the next hashFiles call uses them at once. Unused spares do not keep the process alive.
 */
function prewarmHashWorkers(count = cpuCount() - 1) {
    while (spares.length < count) {
        const booted = bootWorker();
        booted.worker.unref();
        spares.push(booted);
    }
}
function errorOf(e) {
    const err = e;
    return { code: err?.code ?? 'ERROR', message: err?.message ?? String(e) };
}
/**
 * Starts hashing many files as fast as the machine allows: the calling thread plus, for jobs that last
 * more than a moment, `concurrency - 1` worker threads, all claiming runs of files from one shared
 * counter and reading into reused buffers. The calling thread lets its event loop turn every few
 * milliseconds, so other work (even loading code) proceeds meanwhile. Never fails for a file: each
 * result carries either `hash` and `size` or `error` (ENOENT, EISDIR, EACCES, …).
 */
function startHashFiles(paths, options) {
    const { algorithm } = options;
    const total = paths.length;
    const threads = Math.max(1, Math.min(options.concurrency ?? cpuCount(), total));
    const state = new Int32Array(new SharedArrayBuffer(4 * (threads + 1)));
    const kernel = hashKernel((external_node_fs_default()), (external_node_crypto_default()), LIMITS, state, total, threads);
    const results = new Array(total);
    const record = (index, thread, hash, size, error) => {
        results[index] = error
            ? { path: paths[index], error, thread }
            : { path: paths[index], hash, size, thread };
    };
    let cancelled = false;
    let settled = false;
    const running = [];
    const startWorker = (thread) => {
        const job = {
            thread,
            paths,
            algorithm,
            state: state.buffer,
            total,
            threads,
            limits: LIMITS
        };
        let spare = spares.shift();
        while (spare && (spare.error || spare.exited))
            spare = spares.shift();
        const { worker } = spare ?? bootWorker();
        worker.ref();
        let resolveFinished;
        let over = false;
        const release = () => {
            over = true;
            resolveFinished();
            void worker.terminate();
        };
        const finished = new Promise((resolve, reject) => {
            resolveFinished = resolve;
            worker.on('message', (batch) => {
                // null: all its results are in; a worker takes ms to exit, so nobody waits for that.
                if (batch === null)
                    return release();
                for (const [index, hash, size, code, message] of batch)
                    record(index, thread, hash ?? undefined, size, hash === null ? { code: code, message: message } : undefined);
            });
            // A worker that fails before it claimed anything costs nothing: the others do its share.
            worker.once('error', (e) => (kernel.retire(thread) ? release() : reject(e)));
            worker.once('exit', (code) => {
                if (over || kernel.retire(thread))
                    return release();
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
    const delay = options.workerDelayMs ?? (spares.length > 0 || total >= SURELY_LONG_JOB ? 0 : WORKER_DELAY_MS);
    const startWorkers = () => {
        try {
            for (let t = 1; t < threads && !cancelled; t++)
                startWorker(t);
        }
        catch {
            // No worker could be started (or handed its job): the calling thread does the rest alone.
            for (const entry of running)
                if (kernel.retire(entry.thread))
                    entry.release();
        }
    };
    let timer;
    // At once means now, not on a timer: the caller may keep this thread busy for a while (loading code).
    if (threads > 1 && delay === 0)
        startWorkers();
    else if (threads > 1)
        timer = setTimeout(startWorkers, delay);
    const result = (async () => {
        let lastYield = Date.now();
        await kernel.work(paths, algorithm, (index, hash, size, error) => {
            record(index, 0, hash, size, hash === undefined ? errorOf(error) : undefined);
        }, undefined, 
        // Small files are read synchronously: let the event loop turn (timers, worker results, the
        // caller's own work, cancel) now and then.
        () => {
            if (Date.now() - lastYield < 2)
                return undefined;
            return new Promise((resolve) => setImmediate(() => {
                lastYield = Date.now();
                resolve();
            }));
        });
        clearTimeout(timer);
        // A worker still booting has nothing left to do.
        for (const entry of running)
            if (kernel.retire(entry.thread))
                entry.release();
        await Promise.all(running.map((r) => r.finished));
        if (cancelled)
            throw Object.assign(new Error('hashing was cancelled'), { code: 'ECANCELED' });
        return results;
    })().finally(() => (settled = true));
    // A job cancelled and never awaited must not end the process as an unhandled rejection.
    result.catch(() => undefined);
    return {
        result,
        cancel() {
            if (cancelled || settled)
                return;
            cancelled = true;
            kernel.stop();
            clearTimeout(timer);
            for (const entry of running)
                entry.release();
        }
    };
}
/**
 * Hashes many files as fast as the machine allows (see startHashFiles). Never throws for a file: each
 * result carries either `hash` and `size` or `error` (ENOENT, EISDIR, EACCES, …), in the order of `paths`.
 */
function hashFiles(paths, options) {
    return startHashFiles(paths, options).result;
}
/**
 * Hashes one file on the calling thread, streaming through two reused buffers.
 * @throws the file system error (ENOENT, EISDIR, …).
 */
async function hashFile(path, algorithm) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const hash = (0,external_node_crypto_.createHash)(algorithm);
        const buffer = Buffer.allocUnsafe(CHUNK);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            hash.update(buffer.subarray(0, bytesRead));
        }
        return { hash: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** Hashes a stream without buffering it. Rejects when the stream errors. */
async function hashStream(stream, algorithm) {
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
function hashBytes(data, algorithm) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}


/***/ }),

/***/ 85262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSimCommand: () => (/* binding */ runSimCommand)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66772);

const USAGE = 'usage: release-kit sim [--port N] [--host H] [--state FILE] [--save FILE] [--token ADMIN_TOKEN]';
function parseArgs(argv) {
    const out = {
        port: 0,
        host: '127.0.0.1'
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined || v === '')
                throw new Error(`${flag} needs a value. ${USAGE}`);
            return v;
        };
        switch (flag) {
            case '--port': {
                const v = value();
                const n = Number(v);
                if (!Number.isInteger(n) || n < 0 || n > 65535)
                    throw new Error(`--port '${v}' is not a port number (0-65535). ${USAGE}`);
                out.port = n;
                break;
            }
            case '--host':
                out.host = value();
                break;
            case '--state':
                out.state = value();
                break;
            case '--save':
                out.save = value();
                break;
            case '--token':
                out.token = value();
                break;
            default:
                throw new Error(`Unknown argument '${arg}'. ${USAGE}`);
        }
    }
    return out;
}
/**
 * `release-kit sim`: starts the simulator, prints one JSON line with its URLs and admin token, serves
 * until SIGTERM/SIGINT (or `io.until`), then writes `--save` and resolves with the exit code.
 * @throws Error on invalid arguments or an unreadable state file.
 */
async function runSimCommand(argv, io = {}) {
    const args = parseArgs(argv);
    const sim = await (0,_index_js__WEBPACK_IMPORTED_MODULE_0__/* .startSimulator */ .rs)({
        port: args.port,
        host: args.host,
        state: args.state,
        adminToken: args.token
    });
    const { github, uploads, downloads, crates, index, npm, admin } = sim.urls;
    let onSignal;
    const stopped = io.until ??
        new Promise((resolve) => {
            onSignal = () => resolve();
            process.once('SIGTERM', onSignal);
            process.once('SIGINT', onSignal);
        });
    // Printed only once the signal handlers are in place: a caller may SIGTERM as soon as it reads the line.
    const line = JSON.stringify({
        github,
        uploads,
        downloads,
        crates,
        index,
        npm,
        admin,
        token: sim.adminToken
    });
    (io.write ?? ((l) => process.stdout.write(l)))(line + '\n');
    await stopped;
    if (onSignal) {
        process.removeListener('SIGTERM', onSignal);
        process.removeListener('SIGINT', onSignal);
    }
    if (args.save)
        sim.save(args.save);
    await sim.stop();
    return 0;
}


/***/ }),

/***/ 13814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ buildCrateFile),
/* harmony export */   kv: () => (/* reexport safe */ _tar_js__WEBPACK_IMPORTED_MODULE_0__.k)
/* harmony export */ });
/* unused harmony export packTar */
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97708);


// cargo stamps every entry with a fixed mtime so that packaging is reproducible.
const CARGO_MTIME = 1153704088;
/** A gzip'd ustar archive of the given entries, in order, stamped as `cargo package` stamps them. */
function packTar(entries) {
    return (0,_tar_js__WEBPACK_IMPORTED_MODULE_0__/* .writeTarGz */ .S)(entries.map(([name, data]) => ({ name, data })), { mtime: CARGO_MTIME, level: 9 });
}
/**
 * Builds a `.crate` laid out as `cargo package` writes one: every entry under `<name>-<version>/`,
 * a `Cargo.toml`, and `.cargo_vcs_info.json` when a commit is given. Used to seed the simulator and
 * by tests that run without cargo.
 */
function buildCrateFile(spec) {
    const root = `${spec.name}-${spec.version}`;
    const files = {
        'Cargo.toml': `[package]\nname = "${spec.name}"\nversion = "${spec.version}"\nedition = "2021"\n` +
            `description = "${spec.description ?? `The ${spec.name} crate`}"\nlicense = "${spec.license ?? 'MIT'}"\n`,
        'src/lib.rs': `//! ${spec.name} ${spec.version}\n`,
        ...(spec.files ?? {})
    };
    if (spec.vcs) {
        const info = {
            git: { sha1: spec.vcs.sha1, ...(spec.vcs.dirty ? { dirty: true } : {}) },
            path_in_vcs: spec.vcs.pathInVcs ?? ''
        };
        files['.cargo_vcs_info.json'] = JSON.stringify(info, null, 2) + '\n';
    }
    const names = Object.keys(files).sort();
    return packTar(names.map((n) => [`${root}/${n}`, files[n]]));
}


/***/ }),

/***/ 71773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ CratesApiError)
/* harmony export */ });
/** An error crates.io answers with `{"errors":[{"detail":…}]}`, the shape cargo prints. */
class CratesApiError extends Error {
    status;
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
    toResponse() {
        return { status: this.status, body: { errors: [{ detail: this.message }] } };
    }
}


/***/ }),

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bh: () => (/* binding */ parsePublishBody),
/* harmony export */   iL: () => (/* binding */ encodePublishBody),
/* harmony export */   iQ: () => (/* binding */ splitFeatures),
/* harmony export */   nb: () => (/* binding */ toIndexDependency)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71773);
/* harmony import */ var _error_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33777);


/**
 * Splits cargo's publish body: a u32 little-endian length and that much JSON metadata, then a u32
 * little-endian length and that many bytes of `.crate`.
 */
function parsePublishBody(body) {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CratesApiError */ .b(400, `invalid upload request: ${why}`);
    };
    if (body.length < 4)
        fail('body too short for the metadata length');
    const jsonLength = body.readUInt32LE(0);
    if (4 + jsonLength + 4 > body.length)
        fail('metadata length exceeds the body');
    let metadata;
    try {
        metadata = JSON.parse(body.subarray(4, 4 + jsonLength).toString('utf8'));
    }
    catch (e) {
        return fail(`metadata is not JSON (${(0,_error_text_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .k)(e)})`);
    }
    const crateLength = body.readUInt32LE(4 + jsonLength);
    const start = 8 + jsonLength;
    if (start + crateLength !== body.length)
        fail(`crate length ${crateLength} does not match the ${body.length - start} bytes sent`);
    if (typeof metadata?.name !== 'string' || typeof metadata.vers !== 'string')
        fail('metadata needs `name` and `vers`');
    if (!Array.isArray(metadata.deps))
        metadata.deps = [];
    if (!metadata.features || typeof metadata.features !== 'object')
        metadata.features = {};
    return { metadata, crate: body.subarray(start) };
}
/** Builds the wire body `cargo publish` sends, for tests and seeding over HTTP. */
function encodePublishBody(metadata, crate) {
    const json = Buffer.from(JSON.stringify(metadata), 'utf8');
    const a = Buffer.alloc(4);
    a.writeUInt32LE(json.length);
    const b = Buffer.alloc(4);
    b.writeUInt32LE(crate.length);
    return Buffer.concat([a, json, b, crate]);
}
/**
 * Turns a publish dependency into the index shape: cargo sends the real package name in `name` and
 * the rename in `explicit_name_in_toml`; the index puts the rename in `name` and the real one in `package`.
 */
function toIndexDependency(dep) {
    const out = {
        name: dep.explicit_name_in_toml || dep.name,
        req: dep.version_req,
        features: dep.features ?? [],
        optional: dep.optional ?? false,
        default_features: dep.default_features ?? true,
        target: dep.target ?? null,
        kind: dep.kind ?? 'normal'
    };
    if (dep.registry)
        out.registry = dep.registry;
    if (dep.explicit_name_in_toml)
        out.package = dep.name;
    return out;
}
/**
 * Features that use the `dep:` or `?/` syntax go to `features2` with `v: 2`, as crates.io writes
 * them, so that cargo versions older than 1.60 (which cannot parse them) skip the line.
 */
function splitFeatures(features) {
    const plain = {};
    const v2 = {};
    for (const [name, values] of Object.entries(features)) {
        if (values.some((v) => v.startsWith('dep:') || v.includes('?/')))
            v2[name] = values;
        else
            plain[name] = values;
    }
    return Object.keys(v2).length ? { features: plain, features2: v2 } : { features: plain };
}


/***/ }),

/***/ 33777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ errorText)
/* harmony export */ });
/**
 * The text of anything thrown inside the simulator, for its error answers and log. The simulator keeps
 * its own (it may reuse core's checksum code, nothing else), so it never depends on action-facing code.
 */
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.trim() === '' ? `${error instanceof Error ? error.name : typeof error} with no message` : text;
}


/***/ }),

/***/ 66772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rs: () => (/* binding */ startSimulator)
});

// UNUSED EXPORTS: SimError, SimServer, parseState, runSimCommand, stringifyState

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/sim/src/state-file.ts
/** Buffers are saved as `{ "$base64": "…" }` so binary state (blobs, asset bytes) survives JSON. */
function bufferReplacer(key, value) {
    const raw = this[key];
    if (Buffer.isBuffer(raw))
        return { $base64: raw.toString('base64') };
    return value;
}
function bufferReviver(_key, value) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
        const o = value;
        if (typeof o.$base64 === 'string' && Object.keys(o).length === 1)
            return Buffer.from(o.$base64, 'base64');
    }
    return value;
}
/** Serialises a state file the way `--save` writes it. */
function stringifyState(state) {
    return JSON.stringify(state, bufferReplacer, 2) + '\n';
}
/** Parses a state file the way `--state` reads it. */
function parseState(text) {
    return JSON.parse(text, bufferReviver);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/sim/src/error-text.ts
var error_text = __webpack_require__(33777);
;// CONCATENATED MODULE: ./packages/sim/src/server.ts



const SERVICE_PREFIX = {
    github: '/github',
    uploads: '/uploads',
    downloads: '/downloads',
    crates: '/crates',
    index: '/index',
    npm: '/npm',
    admin: '/_admin'
};
/** Throw from a handler to answer with a status and a GitHub-shaped error body. */
class server_SimError extends Error {
    status;
    extra;
    headers;
    constructor(status, message, extra = {}, headers = {}) {
        super(message);
        this.status = status;
        this.extra = extra;
        this.headers = headers;
    }
}
/** Parses `:name` (one segment) and `*name` (the rest of the path) patterns. */
function matchRoute(route, segments) {
    const params = {};
    for (let i = 0; i < route.segments.length; i++) {
        const pat = route.segments[i];
        if (pat.startsWith('*')) {
            if (i >= segments.length)
                return null;
            params[pat.slice(1)] = segments.slice(i).join('/');
            return params;
        }
        if (i >= segments.length)
            return null;
        if (pat.startsWith(':'))
            params[pat.slice(1)] = segments[i];
        else if (pat !== segments[i])
            return null;
    }
    return segments.length === route.segments.length ? params : null;
}
function splitPath(path) {
    return path.split('/').filter((s) => s !== '');
}
/**
 * The HTTP core of the simulator: a router per service, per-route fault plans and a request log.
 * Service modules (GitHub, crates.io, npm) register their routes on it.
 */
class SimServer {
    routes = [];
    faults = [];
    observers = [];
    log = [];
    servers = [];
    sockets = new Set();
    /** `http://127.0.0.1:<port>` once listening. */
    origin = '';
    /**
     * A second port serving the same routes: GitHub's object storage (asset redirects, archives, raw
     * files) lives there, another origin than the API as on GitHub, so clients drop `Authorization` on
     * the cross-origin redirect and the tests see it.
     */
    objectsOrigin = '';
    /** Registers a handler. Patterns use `:param` and a trailing `*rest`. */
    route(service, method, pattern, handler) {
        this.routes.push({ service, method: method.toUpperCase(), segments: splitPath(pattern), handler });
    }
    /** Base URL of a service, e.g. `http://127.0.0.1:1234/github`. */
    url(service) {
        return this.origin + SERVICE_PREFIX[service];
    }
    /** The download service on the object-storage origin (see `objectsOrigin`). */
    objectsUrl() {
        return (this.objectsOrigin || this.origin) + SERVICE_PREFIX.downloads;
    }
    /** Adds a fault plan: matching requests take its steps in order; the rule ends when they run out. */
    addFault(rule) {
        this.faults.push({ ...rule, steps: [...rule.steps] });
    }
    clearFaults() {
        this.faults.length = 0;
    }
    /** Calls `observer` with every handler answer (used by the OpenAPI fidelity tests); returns an unsubscribe. */
    observe(observer) {
        this.observers.push(observer);
        return () => {
            const i = this.observers.indexOf(observer);
            if (i >= 0)
                this.observers.splice(i, 1);
        };
    }
    /** Log entries matching a filter, for counting API calls in tests. */
    requests(filter = {}) {
        return this.log.filter((e) => (!filter.service || e.service === filter.service) &&
            (!filter.method || e.method === filter.method.toUpperCase()) &&
            (!filter.path ||
                (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path))));
    }
    takeFault(service, method, path) {
        for (let i = 0; i < this.faults.length; i++) {
            const f = this.faults[i];
            if (f.service && f.service !== service)
                continue;
            if (f.method && f.method.toUpperCase() !== method)
                continue;
            const hit = typeof f.path === 'string' ? f.path === path : f.path.test(path);
            if (!hit)
                continue;
            const step = f.steps.shift();
            if (f.steps.length === 0)
                this.faults.splice(i, 1);
            return step;
        }
        return undefined;
    }
    async listen(port = 0, host = '127.0.0.1') {
        const open = async (p) => {
            const server = external_node_http_default().createServer((req, res) => {
                this.handle(req, res).catch((err) => {
                    if (!res.headersSent)
                        res.writeHead(500, { 'content-type': 'application/json' });
                    res.end(JSON.stringify({ message: `simulator error: ${(0,error_text/* errorText */.k)(err)}` }));
                });
            });
            server.keepAliveTimeout = 1000;
            server.on('connection', (s) => {
                this.sockets.add(s);
                s.on('close', () => this.sockets.delete(s));
            });
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(p, host, () => {
                    server.off('error', reject);
                    resolve();
                });
            });
            this.servers.push(server);
            return `http://${host}:${server.address().port}`;
        };
        this.origin = await open(port);
        this.objectsOrigin = await open(0);
        return this.origin;
    }
    async close() {
        const servers = this.servers.splice(0);
        const closed = Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))));
        for (const s of this.sockets)
            s.destroy();
        await closed;
    }
    async handle(req, res) {
        const started = Date.now();
        const url = new URL(req.url ?? '/', this.origin || 'http://127.0.0.1');
        const method = (req.method ?? 'GET').toUpperCase();
        let service;
        let rest = url.pathname;
        for (const [name, prefix] of Object.entries(SERVICE_PREFIX)) {
            if (url.pathname === prefix || url.pathname.startsWith(prefix + '/')) {
                service = name;
                rest = url.pathname.slice(prefix.length) || '/';
                break;
            }
        }
        // GitHub's uploads host has no path prefix: a client that sets the uploads origin as `baseUrl`
        // (Octokit's default route) rather than using `upload_url` arrives without `/uploads`.
        if (!service &&
            method === 'POST' &&
            /^\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.test(url.pathname)) {
            service = 'uploads';
            rest = url.pathname;
        }
        const chunks = [];
        for await (const c of req)
            chunks.push(c);
        const body = Buffer.concat(chunks);
        const entry = {
            service: service ?? 'admin',
            method,
            path: rest,
            query: url.search,
            status: 0,
            ms: 0,
            at: started
        };
        const finish = (status) => {
            entry.status = status;
            entry.ms = Date.now() - started;
            this.log.push(entry);
        };
        if (!service) {
            finish(404);
            res
                .writeHead(404, { 'content-type': 'application/json' })
                .end(JSON.stringify({ message: 'Not Found' }));
            return;
        }
        let truncate;
        const taken = this.takeFault(service, method, rest);
        let lost;
        if (taken && (taken.kind === 'status' || taken.kind === 'reset') && taken.after) {
            lost = taken;
            entry.fault = `${taken.kind}-after`;
        }
        const fault = lost ? undefined : taken;
        if (fault) {
            entry.fault = fault.kind;
            if (fault.kind === 'reset') {
                finish(0);
                req.socket.destroy();
                return;
            }
            if (fault.kind === 'delay')
                await new Promise((r) => setTimeout(r, fault.ms));
            if (fault.kind === 'status') {
                finish(fault.status);
                const payload = fault.body === undefined ? { message: `Simulated ${fault.status}` } : fault.body;
                res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) });
                res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
                return;
            }
            if (fault.kind === 'truncate')
                truncate = fault.bytes;
        }
        const segments = splitPath(rest).map((s) => {
            try {
                return decodeURIComponent(s);
            }
            catch {
                return s;
            }
        });
        let response;
        try {
            const candidates = this.routes.filter((r) => r.service === service);
            let found;
            let pathMatched = false;
            for (const route of candidates) {
                const params = matchRoute(route, segments);
                if (!params)
                    continue;
                pathMatched = true;
                if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
                    found = { route, params };
                    break;
                }
            }
            if (!found) {
                throw pathMatched ? new server_SimError(405, 'Method Not Allowed') : new server_SimError(404, 'Not Found');
            }
            const auth = req.headers.authorization ?? '';
            const basic = /^basic\s+(.+)$/i.exec(auth);
            // Git-style clients send `Basic base64(x-access-token:<token>)`; the password is the token.
            const fromBasic = basic
                ? Buffer.from(basic[1], 'base64').toString('utf8').split(':').slice(1).join(':')
                : undefined;
            const m = fromBasic ? [auth, fromBasic] : /^(?:token|bearer)\s+(.+)$/i.exec(auth);
            const simReq = {
                service,
                method,
                path: rest,
                url,
                query: url.searchParams,
                params: found.params,
                headers: req.headers,
                body,
                token: m ? m[1].trim() : undefined,
                json() {
                    try {
                        return body.length ? JSON.parse(body.toString('utf8')) : {};
                    }
                    catch {
                        throw new server_SimError(400, 'Problems parsing JSON');
                    }
                }
            };
            response = await found.route.handler(simReq);
        }
        catch (err) {
            if (err instanceof server_SimError) {
                response = {
                    status: err.status,
                    headers: err.headers,
                    body: {
                        message: err.message,
                        documentation_url: 'https://docs.github.com/rest',
                        status: String(err.status),
                        ...err.extra
                    }
                };
            }
            else
                throw err;
        }
        for (const observe of this.observers) {
            observe({
                service,
                method,
                path: rest,
                query: url.searchParams,
                requestHeaders: req.headers,
                requestBody: body,
                status: response.status,
                headers: response.headers ?? {},
                body: response.body
            });
        }
        if (lost?.kind === 'reset') {
            finish(0);
            req.socket.destroy();
            return;
        }
        if (lost?.kind === 'status') {
            finish(lost.status);
            const payload = lost.body === undefined ? { message: `Simulated ${lost.status}` } : lost.body;
            res.writeHead(lost.status, { 'content-type': 'application/json', ...(lost.headers ?? {}) });
            res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
            return;
        }
        await this.send(res, response, method, truncate);
        finish(response.status);
    }
    async send(res, response, method, truncate) {
        const headers = { ...(response.headers ?? {}) };
        const lower = Object.fromEntries(Object.keys(headers).map((k) => [k.toLowerCase(), k]));
        let payload;
        const b = response.body;
        if (b === undefined || b === null)
            payload = undefined;
        else if (b instanceof external_node_stream_.Readable)
            payload = b;
        else if (Buffer.isBuffer(b))
            payload = b;
        else if (typeof b === 'string')
            payload = Buffer.from(b);
        else {
            payload = Buffer.from(JSON.stringify(b));
            if (!lower['content-type'])
                headers['content-type'] = 'application/json; charset=utf-8';
        }
        if (Buffer.isBuffer(payload) && !lower['content-length'])
            headers['content-length'] = String(payload.length);
        res.writeHead(response.status, headers);
        if (method === 'HEAD' || payload === undefined) {
            res.end();
            return;
        }
        if (truncate !== undefined) {
            // Send fewer bytes than Content-Length promises, then drop the connection: an early close.
            const head = Buffer.isBuffer(payload)
                ? payload.subarray(0, truncate)
                : await firstBytes(payload, truncate);
            res.write(head);
            await new Promise((r) => setTimeout(r, 10));
            res.socket?.destroy();
            return;
        }
        if (Buffer.isBuffer(payload))
            res.end(payload);
        else {
            // 'close' too: a client that stops reading (or drops the connection) must not leave this pending.
            await new Promise((resolve, reject) => {
                res.on('close', () => {
                    payload.destroy();
                    resolve();
                });
                payload.on('error', reject);
                payload.pipe(res).on('finish', resolve);
            });
        }
    }
}
async function firstBytes(stream, n) {
    const chunks = [];
    let total = 0;
    for await (const c of stream) {
        chunks.push(c);
        total += c.length;
        if (total >= n)
            break;
    }
    stream.destroy();
    return Buffer.concat(chunks).subarray(0, n);
}
/** Serialises fault rules for the admin endpoint (`path` given as a regex source when it starts with `^`). */
function faultFromJSON(json) {
    return { ...json, path: json.path.startsWith('^') ? new RegExp(json.path) : json.path };
}

;// CONCATENATED MODULE: ./packages/sim/src/admin.ts


/**
 * `/_admin`: seeding and inspection for a simulator running as its own process (`release-kit sim`),
 * where tests cannot reach the objects. Only the admin token is accepted.
 */
function registerAdminRoutes(server, ctx, deps) {
    const route = (method, pattern, handler) => server.route('admin', method, pattern, async (req) => {
        if (!ctx.isAdmin(req.token))
            throw new server_SimError(401, 'Bad credentials');
        const body = await handler(req);
        return body === undefined ? { status: 204 } : { status: 200, body };
    });
    const { github } = deps;
    // As `--save` writes it (Buffers as `{"$base64": …}`).
    route('GET', '/state', () => JSON.parse(stringifyState(deps.snapshot())));
    route('POST', '/seed', (req) => {
        let file;
        try {
            file = parseState(req.body.toString('utf8') || '{}');
        }
        catch {
            throw new server_SimError(400, 'Problems parsing JSON');
        }
        if (file.github !== undefined)
            github.seed(file.github);
        for (const m of deps.modules)
            if (m !== github && m.load && file[m.name] !== undefined)
                m.load(file[m.name]);
        return { ok: true };
    });
    route('GET', '/faults', () => ({ note: 'fault plans are consumed as requests match them' }));
    route('POST', '/faults', (req) => {
        const rules = req.json();
        for (const r of Array.isArray(rules) ? rules : [rules]) {
            if (!r || typeof r.path !== 'string' || !Array.isArray(r.steps))
                throw new server_SimError(422, 'a fault needs `path` (string; a regex when it starts with ^) and `steps`');
            server.addFault(faultFromJSON(r));
        }
        return { ok: true };
    });
    route('DELETE', '/faults', () => void server.clearFaults());
    route('GET', '/requests', (req) => {
        const path = req.query.get('path') ?? undefined;
        return server.requests({
            service: (req.query.get('service') ?? undefined),
            method: req.query.get('method') ?? undefined,
            path: path?.startsWith('^') ? new RegExp(path) : path
        });
    });
    route('DELETE', '/requests', () => void server.log.splice(0));
    route('POST', '/github/users', (req) => {
        const b = req.json();
        github.addUser(b.login, b);
        return { ok: true };
    });
    route('POST', '/github/tokens', (req) => github.addToken(req.json()));
    // The partialUpload fault: the next `count` uploads answer 502 and leave a `starter` asset.
    route('POST', '/github/partial-uploads', (req) => {
        const count = Number(req.json().count ?? 1);
        github.state.partial_uploads = Number.isInteger(count) && count > 0 ? count : 1;
        return { ok: true };
    });
    route('POST', '/github/repos', (req) => {
        const r = github.addRepo(req.json());
        return { id: r.id, full_name: `${r.owner}/${r.name}` };
    });
    route('PATCH', '/github/repos/:owner/:repo', (req) => {
        const repo = github.repo(req.params.owner, req.params.repo);
        const b = req.json();
        for (const k of [
            'immutable_releases',
            'private',
            'archived',
            'default_branch',
            'description',
            'stale_list',
            'custom_roles'
        ])
            if (b[k] !== undefined)
                repo[k] = b[k];
        if (b.collaborators)
            Object.assign(repo.collaborators, b.collaborators);
        return { ok: true };
    });
    route('POST', '/github/repos/:owner/:repo/releases', (req) => {
        const rel = github.addRelease(req.params.owner, req.params.repo, req.json());
        return { id: rel.id };
    });
    route('POST', '/github/repos/:owner/:repo/workflow-runs', (req) => {
        const run = github.addWorkflowRun(req.params.owner, req.params.repo, req.json());
        return { id: run.id, workflow_id: run.workflow_id };
    });
    // Moves a run on: a new attempt (re-run) or a new status/conclusion for the latest one.
    route('PATCH', '/github/workflow-runs/:id', (req) => {
        const b = req.json();
        for (const repo of Object.values(github.state.repos)) {
            const run = repo.workflow_runs.find((r) => String(r.id) === req.params.id);
            if (!run)
                continue;
            const t = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
            if (b.new_attempt) {
                run.attempts.push({
                    run_attempt: run.attempts.length + 1,
                    status: b.status ?? 'queued',
                    conclusion: b.conclusion ?? null,
                    created_at: t,
                    updated_at: t,
                    run_started_at: t
                });
            }
            else {
                const last = run.attempts[run.attempts.length - 1];
                if (b.status !== undefined)
                    last.status = b.status;
                if (b.conclusion !== undefined)
                    last.conclusion = b.conclusion;
                last.updated_at = t;
            }
            return { id: run.id, run_attempt: run.attempts.length };
        }
        throw new server_SimError(404, 'Not Found');
    });
    route('POST', '/github/releases/:id/assets', (req) => {
        const a = github.addAsset(Number(req.params.id), req.json());
        return { id: a.id, digest: a.digest };
    });
    route('POST', '/github/releases/:id/starter-assets', (req) => {
        const b = req.json();
        const a = github.addStarterAsset(Number(req.params.id), String(b.name), b.content ? Buffer.from(String(b.content)) : undefined);
        return { id: a.id };
    });
    route('PATCH', '/github/assets/:id', (req) => {
        const a = github.findAsset(Number(req.params.id));
        if (!a)
            throw new server_SimError(404, 'Not Found');
        const b = req.json();
        if (b.state === 'starter') {
            a.state = 'starter';
            a.digest = null;
        }
        else if (b.state)
            a.state = b.state;
        if (b.digest !== undefined)
            a.digest = b.digest;
        return { ok: true };
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/github/git-store.ts


/**
 * A content-addressed object store with git's own hashing (sha1 over `<type> <size>\0<body>`), so
 * blob shas equal `git hash-object` and contents/trees/commits line up the way GitHub's do.
 */
function hashObject(type, body) {
    return (0,external_node_crypto_.createHash)('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}
function personLine(p) {
    const secs = Math.floor(new Date(p.date).getTime() / 1000);
    return `${p.name} <${p.email}> ${secs} +0000`;
}
function treeBody(entries) {
    // git sorts tree entries by name, with trees compared as if their name ended in '/'.
    const key = (e) => (e.type === 'tree' ? e.path + '/' : e.path);
    const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return Buffer.concat(sorted.flatMap((e) => [
        Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.path}\0`),
        Buffer.from(e.sha, 'hex')
    ]));
}
function putBlob(repo, content) {
    const sha = hashObject('blob', content);
    repo.objects[sha] ??= { type: 'blob', content };
    return sha;
}
function putTree(repo, entries) {
    const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const sha = hashObject('tree', treeBody(sorted));
    repo.objects[sha] ??= { type: 'tree', entries: sorted };
    return sha;
}
const UNSIGNED = {
    verified: false,
    reason: 'unsigned',
    signature: null,
    payload: null,
    verified_at: null
};
function putCommit(repo, c) {
    const committer = c.committer ?? c.author;
    const lines = [
        `tree ${c.tree}`,
        ...c.parents.map((p) => `parent ${p}`),
        `author ${personLine(c.author)}`,
        `committer ${personLine(committer)}`
    ];
    const body = Buffer.from(lines.join('\n') + '\n\n' + c.message);
    const sha = hashObject('commit', body);
    const verification = c.verified
        ? {
            verified: true,
            reason: 'valid',
            // GitHub signs commits made by Apps (and on the web) with its own key; the payload is the commit body.
            signature: '-----BEGIN PGP SIGNATURE-----\n\nsimulated\n-----END PGP SIGNATURE-----\n',
            payload: body.toString('utf8'),
            verified_at: committer.date
        }
        : UNSIGNED;
    repo.objects[sha] ??= {
        type: 'commit',
        tree: c.tree,
        parents: c.parents,
        message: c.message,
        author: c.author,
        committer,
        verification
    };
    return sha;
}
/** An annotated tag object (`git mktag` format) pointing at another object. */
function putTag(repo, t) {
    const body = Buffer.from(`object ${t.object}\ntype ${t.objectType}\ntag ${t.tag}\ntagger ${personLine(t.tagger)}\n\n${t.message}`);
    const sha = hashObject('tag', body);
    repo.objects[sha] ??= { type: 'tag', ...t };
    return sha;
}
function getObject(repo, sha, type) {
    const o = repo.objects[sha];
    return o && o.type === type ? o : undefined;
}
/** Resolves a branch, tag, full ref or (abbreviated) sha to a commit sha. */
function resolveCommitish(repo, ref) {
    const candidates = [
        ref,
        `refs/heads/${ref}`,
        `refs/tags/${ref}`,
        ref.replace(/^heads\//, 'refs/heads/'),
        ref.replace(/^tags\//, 'refs/tags/')
    ];
    for (const c of candidates) {
        const sha = repo.refs[c];
        if (sha)
            return peel(repo, sha);
    }
    if (/^[0-9a-f]{4,40}$/i.test(ref)) {
        const lower = ref.toLowerCase();
        if (repo.objects[lower]?.type === 'commit')
            return lower;
        if (lower.length < 40) {
            const hit = Object.keys(repo.objects).find((s) => s.startsWith(lower) && repo.objects[s].type === 'commit');
            if (hit)
                return hit;
        }
    }
    return undefined;
}
/** Follows annotated tags to the commit they point at. */
function peel(repo, sha) {
    let cur = sha;
    for (let i = 0; i < 10; i++) {
        const o = repo.objects[cur];
        if (o?.type !== 'tag')
            return cur;
        cur = o.object;
    }
    return cur;
}
/** Every file (path → blob sha and mode) reachable from a tree, recursively. */
function flattenTree(repo, treeSha, prefix = '') {
    const out = new Map();
    const tree = getObject(repo, treeSha, 'tree');
    if (!tree)
        return out;
    for (const e of tree.entries) {
        const p = prefix + e.path;
        if (e.type === 'tree')
            for (const [k, v] of flattenTree(repo, e.sha, p + '/'))
                out.set(k, v);
        else
            out.set(p, { sha: e.sha, mode: e.mode, type: e.type });
    }
    return out;
}
/** Builds nested trees from a flat path map; returns the root tree sha. */
function buildTree(repo, files) {
    const root = { files: new Map(), dirs: new Map() };
    for (const [path, f] of files) {
        const parts = path.split('/');
        let d = root;
        for (const part of parts.slice(0, -1)) {
            let next = d.dirs.get(part);
            if (!next)
                d.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
            d = next;
        }
        d.files.set(parts[parts.length - 1], f);
    }
    const write = (d) => {
        const entries = [];
        for (const [name, f] of d.files)
            entries.push({ path: name, mode: f.mode, type: f.type, sha: f.sha });
        for (const [name, sub] of d.dirs)
            entries.push({ path: name, mode: '040000', type: 'tree', sha: write(sub) });
        return putTree(repo, entries);
    };
    return write(root);
}
/** The blob at `path` in a commit's tree, if any. */
function fileAt(repo, commitSha, path) {
    const commit = getObject(repo, commitSha, 'commit');
    if (!commit)
        return undefined;
    return flattenTree(repo, commit.tree).get(path.replace(/^\/+|\/+$/g, ''));
}
/**
 * Commits a set of file changes (content, or null to delete) on top of a branch and moves the branch.
 * Creates the branch (and the repository's first commit) when absent.
 */
function commitFiles(repo, branch, changes, message, author, opts = {}) {
    const head = repo.refs[`refs/heads/${branch}`];
    const parentCommit = head ? getObject(repo, head, 'commit') : undefined;
    const files = parentCommit ? flattenTree(repo, parentCommit.tree) : new Map();
    for (const [path, content] of Object.entries(changes)) {
        const clean = path.replace(/^\/+|\/+$/g, '');
        if (content === null)
            files.delete(clean);
        else
            files.set(clean, { sha: putBlob(repo, content), mode: '100644', type: 'blob' });
    }
    const tree = buildTree(repo, files);
    const sha = putCommit(repo, {
        tree,
        parents: head ? [head] : [],
        message,
        author,
        committer: opts.committer,
        verified: opts.verified
    });
    repo.refs[`refs/heads/${branch}`] = sha;
    repo.pushed_at = author.date;
    return sha;
}
/** Commits reachable from `start`, newest first (first-parent order is enough for a linear history). */
function git_store_history(repo, start, limit = 10_000) {
    const out = [];
    const seen = new Set();
    const queue = [start];
    while (queue.length && out.length < limit) {
        const sha = queue.shift();
        if (seen.has(sha))
            continue;
        seen.add(sha);
        const c = getObject(repo, sha, 'commit');
        if (!c)
            continue;
        out.push(sha);
        queue.push(...c.parents);
    }
    // Newest first by committer date, as `git log` shows them.
    return out.sort((a, b) => {
        const da = getObject(repo, a, 'commit').committer.date;
        const db = getObject(repo, b, 'commit').committer.date;
        return da < db ? 1 : da > db ? -1 : 0;
    });
}
function requireCommit(repo, ref) {
    const sha = resolveCommitish(repo, ref);
    if (!sha)
        throw new SimError(422, `No commit found for SHA: ${ref}`);
    return sha;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/synthetic.ts


/**
 * Synthetic asset bytes: a deterministic pattern of any size, generated while streaming, so a test can
 * put a multi-gigabyte asset on a release (and measure a client's memory) without the simulator
 * holding it. One 1 MiB pseudo-random block, derived from the seed, repeats.
 */
const BLOCK = 1024 * 1024;
const blocks = new Map();
function block(seed) {
    let b = blocks.get(seed);
    if (!b) {
        b = Buffer.alloc(BLOCK);
        for (let i = 0; i < BLOCK / 32; i++)
            (0,external_node_crypto_.createHash)('sha256')
                .update(`${seed}:${i}`)
                .digest()
                .copy(b, i * 32);
        blocks.set(seed, b);
    }
    return b;
}
function syntheticStream(size, seed, chunk = 64 * 1024) {
    const b = block(seed);
    return external_node_stream_.Readable.from((function* () {
        for (let off = 0; off < size;) {
            const inBlock = off % BLOCK;
            const n = Math.min(chunk, size - off, BLOCK - inBlock);
            yield b.subarray(inBlock, inBlock + n);
            off += n;
        }
    })());
}
/** The `sha256:<hex>` digest of synthetic bytes, as GitHub would compute it after upload. */
function syntheticDigest(size, seed) {
    const b = block(seed);
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (let off = 0; off < size; off += BLOCK)
        h.update(b.subarray(0, Math.min(BLOCK, size - off)));
    return `sha256:${h.digest('hex')}`;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/state.ts
/**
 * The GitHub simulator's state. Plain data (plus Buffers for bytes) so that it saves to and loads from
 * the state file as it is; `normalizeState` fills the defaults a hand-written seed leaves out.
 */
const PERMISSION_RANK = {
    none: 0,
    read: 1,
    triage: 2,
    write: 3,
    maintain: 4,
    admin: 5
};
function emptyState() {
    return { users: {}, tokens: {}, teams: [], repos: {}, next_id: 1000 };
}
function repoKey(owner, name) {
    return `${owner}/${name}`.toLowerCase();
}
function nextId(state) {
    return state.next_id++;
}
function now(state) {
    if (!state.clock)
        return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const t = new Date(state.clock);
    state.clock = new Date(t.getTime() + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/sim/src/github/seed-records.ts





/** Seeding of the records inside a repository: labels, milestones, releases and assets, issues, runs, checks. */
function addLabel(state, repo, spec) {
    const existing = repo.labels.find((l) => l.name.toLowerCase() === spec.name.toLowerCase());
    if (existing)
        return existing;
    const label = {
        id: nextId(state),
        name: spec.name,
        color: (spec.color ?? 'ededed').replace(/^#/, ''),
        description: spec.description ?? null,
        default: false
    };
    repo.labels.push(label);
    return label;
}
function addMilestone(state, repo, spec) {
    const t = now(state);
    const m = {
        id: nextId(state),
        number: spec.number ?? repo.next_milestone++,
        title: String(spec.title),
        description: spec.description ?? null,
        state: spec.state ?? 'open',
        creator: spec.creator ?? repo.owner,
        due_on: spec.due_on ?? null,
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t,
        closed_at: spec.state === 'closed' ? (spec.closed_at ?? t) : null
    };
    repo.next_milestone = Math.max(repo.next_milestone, m.number + 1);
    repo.milestones.push(m);
    return m;
}
function makeAsset(state, spec, uploader) {
    const t = now(state);
    const stateName = spec.state ?? 'uploaded';
    // `synthetic: { size, seed? }`: bytes generated on download (multi-gigabyte assets without the memory).
    const synthetic = spec.synthetic
        ? { size: Number(spec.synthetic.size ?? spec.size), seed: String(spec.synthetic.seed ?? spec.name) }
        : undefined;
    const data = synthetic ? Buffer.alloc(0) : toBuffer(spec.content ?? spec.data ?? '');
    return {
        id: spec.id ?? nextId(state),
        name: String(spec.name),
        label: spec.label ?? null,
        content_type: spec.content_type ?? 'application/octet-stream',
        state: stateName,
        data,
        ...(synthetic ? { synthetic } : {}),
        size: synthetic ? synthetic.size : (spec.size ?? data.length),
        // GitHub computes the digest once the upload completes; an interrupted (starter) upload has none.
        digest: spec.digest !== undefined
            ? spec.digest
            : stateName !== 'uploaded'
                ? null
                : synthetic
                    ? syntheticDigest(synthetic.size, synthetic.seed)
                    : `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`,
        uploader: spec.uploader ?? uploader,
        download_count: spec.download_count ?? 0,
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t
    };
}
function addRelease(state, repo, spec) {
    const t = now(state);
    const draft = spec.draft ?? false;
    const rel = {
        id: spec.id ?? nextId(state),
        tag_name: String(spec.tag_name),
        target_commitish: spec.target_commitish ?? repo.default_branch,
        name: spec.name ?? spec.tag_name,
        body: spec.body ?? null,
        draft,
        prerelease: spec.prerelease ?? false,
        immutable: spec.immutable ?? (!draft && repo.immutable_releases),
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t,
        published_at: draft ? null : (spec.published_at ?? t),
        author: spec.author ?? repo.owner,
        untagged_slug: spec.untagged_slug ?? `untagged-${(0,external_node_crypto_.randomBytes)(10).toString('hex')}`,
        assets: []
    };
    for (const a of asList(spec.assets))
        rel.assets.push(makeAsset(state, a, rel.author));
    if (!draft)
        ensureTag(repo, rel);
    repo.releases.push(rel);
    return rel;
}
/** Publishing a release creates its tag from `target_commitish` when the tag does not exist yet. */
function ensureTag(repo, rel) {
    if (repo.refs[`refs/tags/${rel.tag_name}`])
        return;
    const sha = resolveCommitish(repo, rel.target_commitish);
    if (sha)
        repo.refs[`refs/tags/${rel.tag_name}`] = sha;
}
function addIssue(state, repo, spec) {
    const t = now(state);
    const closed = spec.state === 'closed';
    const labels = (spec.labels ?? []).map((l) => addLabel(state, repo, typeof l === 'string' ? { name: l } : l).name);
    let milestone = null;
    if (spec.milestone !== undefined && spec.milestone !== null) {
        const m = repo.milestones.find((x) => x.number === spec.milestone || x.title === spec.milestone) ??
            addMilestone(state, repo, { title: String(spec.milestone) });
        milestone = m.number;
    }
    const user = spec.user ?? repo.owner;
    ensureUser(state, user);
    const issue = {
        id: spec.id ?? nextId(state),
        number: spec.number ?? repo.next_number++,
        title: String(spec.title),
        body: spec.body ?? null,
        state: closed ? 'closed' : 'open',
        state_reason: spec.state_reason ?? (closed ? 'completed' : null),
        user,
        labels,
        assignees: spec.assignees ?? [],
        milestone,
        locked: false,
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? spec.created_at ?? t,
        closed_at: closed ? (spec.closed_at ?? t) : null,
        closed_by: closed ? (spec.closed_by ?? user) : null
    };
    repo.next_number = Math.max(repo.next_number, issue.number + 1);
    repo.issues.push(issue);
    for (const c of asList(spec.comments)) {
        ensureUser(state, c.user ?? repo.owner);
        repo.comments.push({
            id: c.id ?? nextId(state),
            issue_number: issue.number,
            body: String(c.body ?? ''),
            user: c.user ?? repo.owner,
            created_at: c.created_at ?? t,
            updated_at: c.updated_at ?? c.created_at ?? t
        });
    }
    return issue;
}
function addWorkflow(state, repo, spec) {
    const path = spec.path ?? `.github/workflows/${spec.file ?? spec.name}`;
    const existing = repo.workflows.find((w) => w.path === path);
    if (existing)
        return existing;
    const t = now(state);
    const wf = {
        id: spec.id ?? nextId(state),
        name: spec.name ??
            path
                .split('/')
                .pop()
                .replace(/\.ya?ml$/, ''),
        path,
        state: spec.state ?? 'active',
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t
    };
    repo.workflows.push(wf);
    return wf;
}
/** Adds a workflow run (GitHub has no REST endpoint to create one): `workflow` is a file name, path, name or id. */
function addWorkflowRun(state, repo, spec) {
    const ref = spec.workflow ?? spec.workflow_id ?? spec.path ?? 'ci.yml';
    let wf = repo.workflows.find((w) => w.id === ref || w.path === ref || w.path.endsWith('/' + ref) || w.name === ref);
    if (!wf)
        wf = addWorkflow(state, repo, typeof ref === 'string' && ref.startsWith('dynamic/')
            ? // GitHub's dynamic workflows (CodeQL default setup, Dependabot, Pages) have `dynamic/…` paths.
                { path: ref, name: spec.name }
            : typeof ref === 'string' && /\.ya?ml$/.test(ref)
                ? { path: ref.includes('/') ? ref : `.github/workflows/${ref}` }
                : { name: String(ref), path: `.github/workflows/${String(ref)}.yml` });
    const t = now(state);
    const headSha = spec.head_sha && /^[0-9a-f]{40}$/.test(spec.head_sha)
        ? spec.head_sha
        : (resolveCommitish(repo, spec.head_sha ?? spec.head_branch ?? repo.default_branch) ?? '0'.repeat(40));
    const attemptsSpec = spec.attempts ?? [
        {
            status: spec.status ?? 'completed',
            conclusion: spec.conclusion !== undefined ? spec.conclusion : 'success'
        }
    ];
    const attempts = attemptsSpec.map((a, i) => ({
        run_attempt: i + 1,
        status: a.status ?? 'completed',
        conclusion: a.conclusion !== undefined
            ? a.conclusion
            : (a.status ?? 'completed') === 'completed'
                ? 'success'
                : null,
        created_at: a.created_at ?? spec.created_at ?? t,
        updated_at: a.updated_at ?? a.created_at ?? spec.created_at ?? t,
        run_started_at: a.run_started_at ?? a.created_at ?? spec.created_at ?? t
    }));
    const run = {
        id: spec.id ?? nextId(state),
        workflow_id: wf.id,
        name: spec.name ?? wf.name,
        display_title: spec.display_title ?? spec.name ?? wf.name,
        head_sha: headSha,
        head_branch: spec.head_branch ?? repo.default_branch,
        event: spec.event ?? 'push',
        run_number: spec.run_number ?? repo.workflow_runs.filter((r) => r.workflow_id === wf.id).length + 1,
        actor: spec.actor ?? repo.owner,
        check_suite_id: nextId(state),
        attempts
    };
    repo.workflow_runs.push(run);
    return run;
}
function addCheckRun(state, repo, spec) {
    const t = now(state);
    const status = spec.status ?? (spec.conclusion ? 'completed' : 'queued');
    const run = {
        id: spec.id ?? nextId(state),
        name: String(spec.name),
        head_sha: resolveCommitish(repo, spec.head_sha ?? repo.default_branch) ?? String(spec.head_sha),
        status,
        conclusion: spec.conclusion ?? null,
        external_id: spec.external_id ?? null,
        details_url: spec.details_url ?? null,
        started_at: spec.started_at ?? t,
        completed_at: status === 'completed' ? (spec.completed_at ?? t) : null,
        output: {
            title: spec.output?.title ?? null,
            summary: spec.output?.summary ?? null,
            text: spec.output?.text ?? null
        },
        app: spec.app ?? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
        check_suite_id: spec.check_suite_id ?? nextId(state)
    };
    repo.check_runs.push(run);
    return run;
}
function addStatus(state, repo, spec) {
    const t = now(state);
    const st = {
        id: spec.id ?? nextId(state),
        sha: resolveCommitish(repo, spec.sha ?? repo.default_branch) ?? String(spec.sha),
        state: spec.state ?? 'success',
        context: spec.context ?? 'default',
        description: spec.description ?? null,
        target_url: spec.target_url ?? null,
        creator: spec.creator ?? repo.owner,
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t
    };
    repo.statuses.push(st);
    return st;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/seed.ts




/**
 * Turns a state-file `github` section (hand-written seed or a saved state) into a GitHubState.
 * Seeds may be terse: users referenced by a repository, token or team are created on the fly, a
 * repository gets an initial commit from `files` (default a README), assets take `content` as text.
 * The format is documented in packages/sim/README.md.
 */
function loadState(input, into = emptyState()) {
    const s = (input ?? {});
    const state = into;
    if (typeof s.clock === 'string')
        state.clock = s.clock;
    if (typeof s.next_id === 'number')
        state.next_id = Math.max(state.next_id, s.next_id);
    for (const u of asList(s.users))
        ensureUser(state, u.login, u);
    for (const t of asList(s.tokens))
        addToken(state, t);
    for (const t of asList(s.teams))
        addTeam(state, t);
    for (const r of asList(s.repos))
        addRepo(state, r);
    return state;
}
/** The state as the state file stores it (lists rather than maps, so hand edits stay easy). */
function saveState(state) {
    return {
        ...(state.clock ? { clock: state.clock } : {}),
        next_id: state.next_id,
        users: Object.values(state.users),
        tokens: Object.values(state.tokens),
        teams: state.teams,
        repos: Object.values(state.repos)
    };
}
function asList(v) {
    if (!v)
        return [];
    if (Array.isArray(v))
        return v;
    if (typeof v === 'object')
        return Object.entries(v).map(([k, x]) => typeof x === 'object' && x ? { login: k, token: k, ...x } : x);
    return [];
}
function ensureUser(state, login, spec = {}) {
    if (!login || typeof login !== 'string')
        throw new Error('state: a user needs a login');
    const existing = Object.values(state.users).find((u) => u.login.toLowerCase() === login.toLowerCase());
    if (existing) {
        Object.assign(existing, stripUndefined({ ...spec, id: existing.id, login: existing.login }));
        return existing;
    }
    const user = {
        login,
        id: spec.id ?? nextId(state),
        type: spec.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
        name: spec.name ?? null,
        email: spec.email ?? null,
        site_admin: spec.site_admin ?? false,
        created_at: spec.created_at ?? now(state),
        ...(spec.members ? { members: spec.members } : {}),
        ...(spec.base_permission ? { base_permission: spec.base_permission } : {})
    };
    if (user.type === 'Organization') {
        user.members ??= {};
        user.base_permission ??= 'read';
        for (const m of Object.keys(user.members))
            ensureUser(state, m);
    }
    state.users[login] = user;
    return user;
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function findUser(state, login) {
    return (state.users[login] ??
        Object.values(state.users).find((u) => u.login.toLowerCase() === login.toLowerCase()));
}
function addToken(state, spec) {
    if (!spec.token || !spec.login)
        throw new Error('state: a token needs `token` and `login`');
    ensureUser(state, spec.login, spec.kind === 'integration' && spec.login.endsWith('[bot]') ? { type: 'Bot' } : {});
    const t = {
        token: spec.token,
        login: spec.login,
        kind: spec.kind ?? 'user',
        ...(spec.repositories ? { repositories: spec.repositories } : {}),
        ...(spec.permissions ? { permissions: spec.permissions } : {}),
        ...(spec.rate_limit ? { rate_limit: spec.rate_limit } : {}),
        ...(spec.rate_window ? { rate_window: spec.rate_window } : {}),
        ...(spec.kind === 'integration'
            ? { app: spec.app ?? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } }
            : {})
    };
    state.tokens[t.token] = t;
    return t;
}
function addTeam(state, spec) {
    if (!spec.org || !spec.slug)
        throw new Error('state: a team needs `org` and `slug`');
    const org = ensureUser(state, spec.org, { type: 'Organization' });
    const existing = state.teams.find((t) => t.org.toLowerCase() === spec.org.toLowerCase() && t.slug === spec.slug);
    const team = existing ?? {
        id: spec.id ?? nextId(state),
        org: org.login,
        slug: spec.slug,
        name: spec.name ?? spec.slug,
        members: {},
        repos: {}
    };
    Object.assign(team.members, spec.members ?? {});
    Object.assign(team.repos, spec.repos ?? {});
    for (const m of Object.keys(team.members)) {
        ensureUser(state, m);
        org.members[m] ??= 'member';
    }
    if (!existing)
        state.teams.push(team);
    return team;
}
/** Creates (or replaces) a repository from a seed entry or a saved one. */
function addRepo(state, spec) {
    if (!spec.owner || !spec.name)
        throw new Error('state: a repository needs `owner` and `name`');
    const owner = ensureUser(state, spec.owner);
    const t = now(state);
    if (spec.objects && spec.refs) {
        // A saved repository: taken as it is (Buffers were revived by the state reader).
        const repo = spec;
        state.repos[repoKey(repo.owner, repo.name)] = repo;
        for (const login of Object.keys(repo.collaborators ?? {}))
            ensureUser(state, login);
        return repo;
    }
    const repo = {
        id: spec.id ?? nextId(state),
        owner: owner.login,
        name: spec.name,
        private: spec.private ?? false,
        description: spec.description ?? null,
        homepage: spec.homepage ?? null,
        default_branch: spec.default_branch ?? 'main',
        immutable_releases: spec.immutable_releases ?? false,
        archived: spec.archived ?? false,
        has_issues: spec.has_issues ?? true,
        parent: spec.parent ?? null,
        created_at: spec.created_at ?? t,
        updated_at: spec.updated_at ?? t,
        pushed_at: spec.pushed_at ?? t,
        collaborators: { ...(spec.collaborators ?? {}) },
        ...(spec.custom_roles ? { custom_roles: { ...spec.custom_roles } } : {}),
        objects: {},
        refs: {},
        releases: [],
        burned_tags: [],
        issues: [],
        comments: [],
        labels: [],
        milestones: [],
        check_runs: [],
        statuses: [],
        workflows: [],
        workflow_runs: [],
        next_number: 1,
        next_milestone: 1
    };
    for (const login of Object.keys(repo.collaborators))
        ensureUser(state, login);
    for (const login of Object.keys(repo.custom_roles ?? {}))
        ensureUser(state, login);
    state.repos[repoKey(repo.owner, repo.name)] = repo;
    const author = {
        name: owner.name ?? owner.login,
        email: owner.email ?? `${owner.id}+${owner.login}@users.noreply.github.com`,
        date: t
    };
    if (!spec.empty) {
        const files = {};
        for (const [p, c] of Object.entries(spec.files ?? { 'README.md': `# ${repo.name}\n` }))
            files[p] = toBuffer(c);
        commitFiles(repo, repo.default_branch, files, spec.message ?? 'Initial commit', author);
    }
    for (const [branch, from] of Object.entries((spec.branches ?? {}))) {
        const sha = resolveCommitish(repo, from);
        if (sha)
            repo.refs[`refs/heads/${branch}`] = sha;
    }
    for (const [tag, from] of Object.entries((spec.tags ?? {}))) {
        const sha = resolveCommitish(repo, from);
        if (sha)
            repo.refs[`refs/tags/${tag}`] = sha;
    }
    for (const l of asList(spec.labels))
        addLabel(state, repo, typeof l === 'string' ? { name: l } : l);
    for (const m of asList(spec.milestones))
        addMilestone(state, repo, m);
    for (const r of asList(spec.releases))
        addRelease(state, repo, r);
    for (const i of asList(spec.issues))
        addIssue(state, repo, i);
    for (const w of asList(spec.workflows))
        addWorkflow(state, repo, w);
    for (const run of asList(spec.workflow_runs))
        addWorkflowRun(state, repo, run);
    for (const c of asList(spec.check_runs))
        addCheckRun(state, repo, c);
    for (const st of asList(spec.statuses))
        addStatus(state, repo, st);
    return repo;
}
function toBuffer(c) {
    if (Buffer.isBuffer(c))
        return c;
    if (typeof c === 'string')
        return Buffer.from(c, 'utf8');
    if (c && typeof c === 'object' && typeof c.base64 === 'string')
        return Buffer.from(c.base64, 'base64');
    if (c && typeof c === 'object' && typeof c.$base64 === 'string')
        return Buffer.from(c.$base64, 'base64');
    return Buffer.from(JSON.stringify(c));
}

;// CONCATENATED MODULE: ./packages/sim/src/github/auth.ts



const ADMIN_LOGIN = 'sim-admin';
/** GitHub answers an unknown or malformed token with 401 "Bad credentials", whatever the endpoint. */
function callerOf(state, ctx, req) {
    const raw = req.token;
    if (raw === undefined)
        return {
            login: null,
            user: null,
            token: null,
            admin: false,
            key: `ip:${req.headers['x-forwarded-for'] ?? 'local'}`
        };
    if (ctx.isAdmin(raw)) {
        const user = findUser(state, ADMIN_LOGIN);
        return { login: ADMIN_LOGIN, user, token: null, admin: true, key: raw };
    }
    const token = state.tokens[raw];
    if (!token)
        throw new server_SimError(401, 'Bad credentials');
    const user = findUser(state, token.login) ?? null;
    return { login: token.login, user, token, admin: false, key: raw };
}
function requireAuth(caller) {
    if (!caller.login || !caller.user)
        throw new server_SimError(401, 'Requires authentication');
}
/** The permission the caller's user has on a repository, before any token cap. */
function userPermission(state, login, repo) {
    if (!login)
        return repo.private ? 'none' : 'read';
    if (login === ADMIN_LOGIN)
        return 'admin';
    const lower = login.toLowerCase();
    let best = repo.private ? 'none' : 'read';
    const raise = (p) => {
        if (p && PERMISSION_RANK[p] > PERMISSION_RANK[best])
            best = p;
    };
    if (repo.owner.toLowerCase() === lower)
        raise('admin');
    for (const [c, p] of Object.entries(repo.collaborators))
        if (c.toLowerCase() === lower)
            raise(p);
    for (const [c, r] of Object.entries(repo.custom_roles ?? {}))
        if (c.toLowerCase() === lower)
            raise(r.base);
    const owner = findUser(state, repo.owner);
    if (owner?.type === 'Organization' && owner.members) {
        const role = Object.entries(owner.members).find(([m]) => m.toLowerCase() === lower)?.[1];
        if (role === 'admin')
            raise('admin');
        else if (role === 'member')
            raise(owner.base_permission ?? 'read');
    }
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    for (const team of state.teams) {
        if (!Object.keys(team.members).some((m) => m.toLowerCase() === lower))
            continue;
        for (const [r, p] of Object.entries(team.repos))
            if (r.toLowerCase() === full)
                raise(p);
    }
    return best;
}
/**
 * The caller's effective permission for one kind of access (`scope`): the user's permission, capped by
 * an integration token's installation repositories and per-scope permissions.
 */
function effectivePermission(state, caller, repo, scope) {
    if (caller.admin)
        return 'admin';
    const t = caller.token;
    if (t?.kind === 'integration') {
        const full = `${repo.owner}/${repo.name}`.toLowerCase();
        const installed = !t.repositories || t.repositories.some((r) => r.toLowerCase() === full);
        if (!installed)
            return repo.private ? 'none' : 'read';
        // Without a map: GITHUB_TOKEN's permissive default (write everywhere but administration).
        const cap = t.permissions
            ? (t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none'))
            : scope === 'administration'
                ? 'none'
                : scope === 'metadata'
                    ? 'read'
                    : 'write';
        if (cap === 'none')
            return 'read';
        return cap === 'write' ? (scope === 'administration' ? 'admin' : 'write') : 'read';
    }
    const base = userPermission(state, caller.login, repo);
    if (t?.permissions) {
        const cap = t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
        if (cap === 'none')
            return base === 'none' ? 'none' : repo.private ? 'none' : 'read';
        if (cap === 'read' && PERMISSION_RANK[base] > PERMISSION_RANK.read)
            return 'read';
    }
    return base;
}
/** The repository, or 404 when it does not exist or the caller cannot see it (GitHub hides private repos). */
function findRepo(state, caller, owner, name) {
    const repo = state.repos[repoKey(owner, name)];
    if (!repo)
        throw new server_SimError(404, 'Not Found');
    if (repo.private && effectivePermission(state, caller, repo, 'metadata') === 'none')
        throw new server_SimError(404, 'Not Found');
    return repo;
}
/** Throws GitHub's 403 (or 404 for callers who cannot see the repository) when the permission is short. */
function requirePermission(state, caller, repo, scope, need) {
    const have = effectivePermission(state, caller, repo, scope);
    if (PERMISSION_RANK[have] >= PERMISSION_RANK[need])
        return have;
    if (!caller.login)
        throw new server_SimError(401, 'Requires authentication');
    if (have === 'none')
        throw new server_SimError(404, 'Not Found');
    throw forbidden(caller, need);
}
function forbidden(caller, need) {
    if (caller.token?.kind === 'integration')
        return new server_SimError(403, 'Resource not accessible by integration');
    if (need === 'admin')
        return new server_SimError(403, 'Must have admin rights to Repository.');
    if (caller.token?.permissions)
        return new server_SimError(403, 'Resource not accessible by personal access token');
    return new server_SimError(403, `Permission to ${caller.login ?? 'anonymous'} denied: must have ${need === 'write' ? 'push' : need} access to repository.`);
}
/**
 * GitHub's answer to an installation token reading a private repository through a scope it was not
 * granted (`permissions: { checks: none }` or a `permissions:` block that leaves `checks` out): 403
 * "Resource not accessible by integration", even for a read. Public repositories stay readable.
 */
function requireReadScope(caller, repo, scope) {
    const t = caller.token;
    if (t?.kind !== 'integration' || !t.permissions || !repo.private)
        return;
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    if (t.repositories && !t.repositories.some((r) => r.toLowerCase() === full))
        return;
    const cap = t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
    if (cap === 'none')
        throw new server_SimError(403, 'Resource not accessible by integration');
}
/** The permission to report in a repository's `permissions`: GitHub shows it to user tokens only. */
function reportedPermission(state, caller, repo) {
    if (!caller.login || caller.token?.kind === 'integration')
        return undefined;
    return effectivePermission(state, caller, repo, 'administration');
}
/** The `permissions` object GitHub puts in a repository for the caller. */
function permissionsObject(p) {
    const r = PERMISSION_RANK[p];
    return { admin: r >= 5, maintain: r >= 4, push: r >= 3, triage: r >= 2, pull: r >= 1 };
}

;// CONCATENATED MODULE: ./packages/sim/src/github/render.ts


/**
 * Renders state as GitHub's JSON: every field the OpenAPI description marks required, with GitHub's
 * URL shapes pointing at the simulator. The fidelity test validates these against the spec.
 */
class Render {
    state;
    ctx;
    constructor(state, ctx) {
        this.state = state;
        this.ctx = ctx;
    }
    get api() {
        return this.ctx.urls.github;
    }
    /** Where GitHub's web pages would be; not served, only shaped like GitHub's. */
    get web() {
        return this.ctx.urls.github.replace(/\/github$/, '/web');
    }
    nodeId(kind, id) {
        return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64').replace(/=+$/, '');
    }
    user(login) {
        if (!login)
            return null;
        const u = findUser(this.state, login);
        return u
            ? this.simpleUser(u)
            : this.simpleUser({
                login,
                id: 0,
                type: 'User',
                name: null,
                email: null,
                site_admin: false,
                created_at: '2008-01-01T00:00:00Z'
            });
    }
    simpleUser(u) {
        // Bot logins such as `github-actions[bot]` are percent-encoded in URLs, as GitHub does.
        const enc = encodeURIComponent(u.login);
        const url = `${this.api}/users/${enc}`;
        return {
            login: u.login,
            id: u.id,
            node_id: this.nodeId(u.type, u.id),
            avatar_url: `${this.web}/avatars/${enc}`,
            gravatar_id: '',
            url,
            html_url: `${this.web}/${enc}`,
            followers_url: `${url}/followers`,
            following_url: `${url}/following{/other_user}`,
            gists_url: `${url}/gists{/gist_id}`,
            starred_url: `${url}/starred{/owner}{/repo}`,
            subscriptions_url: `${url}/subscriptions`,
            organizations_url: `${url}/orgs`,
            repos_url: `${url}/repos`,
            events_url: `${url}/events{/privacy}`,
            received_events_url: `${url}/received_events`,
            type: u.type,
            user_view_type: 'public',
            site_admin: u.site_admin
        };
    }
    /** `GET /user`: the private view of the authenticated user. */
    privateUser(u) {
        const owned = Object.values(this.state.repos).filter((r) => r.owner === u.login);
        return {
            ...this.simpleUser(u),
            user_view_type: 'private',
            name: u.name,
            company: null,
            blog: '',
            location: null,
            email: u.email,
            hireable: null,
            bio: null,
            twitter_username: null,
            notification_email: u.email,
            public_repos: owned.filter((r) => !r.private).length,
            public_gists: 0,
            followers: 0,
            following: 0,
            created_at: u.created_at,
            updated_at: u.created_at,
            private_gists: 0,
            total_private_repos: owned.filter((r) => r.private).length,
            owned_private_repos: owned.filter((r) => r.private).length,
            disk_usage: 0,
            collaborators: 0,
            two_factor_authentication: true,
            plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 }
        };
    }
    repoUrls(repo) {
        const full = `${repo.owner}/${repo.name}`;
        const url = `${this.api}/repos/${full}`;
        const origin = new URL(this.api).host;
        return {
            url,
            html_url: `${this.web}/${full}`,
            archive_url: `${url}/{archive_format}{/ref}`,
            assignees_url: `${url}/assignees{/user}`,
            blobs_url: `${url}/git/blobs{/sha}`,
            branches_url: `${url}/branches{/branch}`,
            collaborators_url: `${url}/collaborators{/collaborator}`,
            comments_url: `${url}/comments{/number}`,
            commits_url: `${url}/commits{/sha}`,
            compare_url: `${url}/compare/{base}...{head}`,
            contents_url: `${url}/contents/{+path}`,
            contributors_url: `${url}/contributors`,
            deployments_url: `${url}/deployments`,
            downloads_url: `${url}/downloads`,
            events_url: `${url}/events`,
            forks_url: `${url}/forks`,
            git_commits_url: `${url}/git/commits{/sha}`,
            git_refs_url: `${url}/git/refs{/sha}`,
            git_tags_url: `${url}/git/tags{/sha}`,
            git_url: `git://${origin}/${full}.git`,
            issue_comment_url: `${url}/issues/comments{/number}`,
            issue_events_url: `${url}/issues/events{/number}`,
            issues_url: `${url}/issues{/number}`,
            keys_url: `${url}/keys{/key_id}`,
            labels_url: `${url}/labels{/name}`,
            languages_url: `${url}/languages`,
            merges_url: `${url}/merges`,
            milestones_url: `${url}/milestones{/number}`,
            notifications_url: `${url}/notifications{?since,all,participating}`,
            pulls_url: `${url}/pulls{/number}`,
            releases_url: `${url}/releases{/id}`,
            ssh_url: `git@${origin}:${full}.git`,
            stargazers_url: `${url}/stargazers`,
            statuses_url: `${url}/statuses/{sha}`,
            subscribers_url: `${url}/subscribers`,
            subscription_url: `${url}/subscription`,
            tags_url: `${url}/tags`,
            teams_url: `${url}/teams`,
            trees_url: `${url}/git/trees{/sha}`,
            clone_url: `${this.web}/${full}.git`,
            mirror_url: null,
            hooks_url: `${url}/hooks`,
            svn_url: `${this.web}/${full}`
        };
    }
    /** The `repository` / `minimal-repository` shape (lists, nested in PRs and runs). */
    repository(repo, permission) {
        const owner = findUser(this.state, repo.owner);
        const openIssues = repo.issues.filter((i) => i.state === 'open').length;
        return {
            id: repo.id,
            node_id: this.nodeId('Repository', repo.id),
            name: repo.name,
            full_name: `${repo.owner}/${repo.name}`,
            owner: owner ? this.simpleUser(owner) : this.user(repo.owner),
            private: repo.private,
            description: repo.description,
            fork: repo.parent !== null,
            ...this.repoUrls(repo),
            homepage: repo.homepage,
            language: null,
            forks_count: this.forksOf(repo).length,
            forks: this.forksOf(repo).length,
            stargazers_count: 0,
            watchers_count: 0,
            watchers: 0,
            size: 0,
            default_branch: repo.default_branch,
            open_issues_count: openIssues,
            open_issues: openIssues,
            is_template: false,
            topics: [],
            has_issues: repo.has_issues,
            has_projects: true,
            has_wiki: true,
            has_pages: false,
            has_downloads: true,
            has_discussions: false,
            archived: repo.archived,
            disabled: false,
            visibility: repo.private ? 'private' : 'public',
            pushed_at: repo.pushed_at,
            created_at: repo.created_at,
            updated_at: repo.updated_at,
            license: null,
            allow_forking: true,
            web_commit_signoff_required: false,
            ...(permission !== undefined ? { permissions: permissionsObject(permission) } : {})
        };
    }
    fullRepository(repo, permission) {
        const parent = repo.parent ? this.state.repos[repo.parent.toLowerCase()] : undefined;
        return {
            ...this.repository(repo, permission),
            subscribers_count: 0,
            network_count: this.forksOf(repo).length,
            allow_rebase_merge: true,
            allow_squash_merge: true,
            allow_merge_commit: true,
            allow_auto_merge: false,
            delete_branch_on_merge: false,
            allow_update_branch: false,
            temp_clone_token: null,
            ...(findUser(this.state, repo.owner)?.type === 'Organization'
                ? { organization: this.user(repo.owner) }
                : {}),
            ...(parent ? { parent: this.repository(parent), source: this.repository(parent) } : {})
        };
    }
    forksOf(repo) {
        const full = `${repo.owner}/${repo.name}`.toLowerCase();
        return Object.values(this.state.repos).filter((r) => r.parent?.toLowerCase() === full);
    }
    release(repo, rel) {
        const base = `${this.api}/repos/${repo.owner}/${repo.name}`;
        const tagPath = rel.draft ? rel.untagged_slug : encodeURIComponent(rel.tag_name);
        return {
            url: `${base}/releases/${rel.id}`,
            assets_url: `${base}/releases/${rel.id}/assets`,
            upload_url: `${this.ctx.urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${rel.id}/assets{?name,label}`,
            html_url: `${this.web}/${repo.owner}/${repo.name}/releases/tag/${tagPath}`,
            id: rel.id,
            author: this.user(rel.author),
            node_id: this.nodeId('Release', rel.id),
            tag_name: rel.tag_name,
            target_commitish: rel.target_commitish,
            name: rel.name,
            draft: rel.draft,
            immutable: rel.immutable,
            prerelease: rel.prerelease,
            created_at: rel.created_at,
            updated_at: rel.updated_at,
            published_at: rel.published_at,
            assets: rel.assets.map((a) => this.asset(repo, rel, a)),
            tarball_url: rel.draft ? null : `${base}/tarball/${encodeURIComponent(rel.tag_name)}`,
            zipball_url: rel.draft ? null : `${base}/zipball/${encodeURIComponent(rel.tag_name)}`,
            body: rel.body
        };
    }
    asset(repo, rel, a) {
        const tagPath = rel.draft ? rel.untagged_slug : encodeURIComponent(rel.tag_name);
        return {
            url: `${this.api}/repos/${repo.owner}/${repo.name}/releases/assets/${a.id}`,
            id: a.id,
            node_id: this.nodeId('ReleaseAsset', a.id),
            name: a.name,
            label: a.label,
            uploader: this.user(a.uploader),
            content_type: a.content_type,
            state: a.state,
            size: a.size,
            digest: a.digest,
            download_count: a.download_count,
            created_at: a.created_at,
            updated_at: a.updated_at,
            // On the main origin (GitHub's web host), redirecting to a signed URL on the object-storage origin.
            browser_download_url: `${this.ctx.urls.downloads}/${repo.owner}/${repo.name}/releases/download/${tagPath}/${encodeURIComponent(a.name)}`
        };
    }
}

;// CONCATENATED MODULE: ./packages/sim/src/github/api.ts




/**
 * What the GitHub route files share: the state, the renderer, and `route()`, which resolves the
 * caller (401 on unknown tokens) and stamps GitHub's rate-limit headers on every answer, errors included.
 */
class GitHubApi {
    state;
    ctx;
    server;
    render;
    windows = new Map();
    constructor(state, ctx, server) {
        this.state = state;
        this.ctx = ctx;
        this.server = server;
        this.render = new Render(state, ctx);
    }
    route(method, pattern, handler, service = 'github') {
        this.server.route(service, method, pattern, async (req) => {
            let rate = {};
            try {
                const caller = callerOf(this.state, this.ctx, req);
                rate = this.rateHeaders(caller);
                const res = await handler(req, caller);
                return { ...res, headers: { ...baseHeaders(), ...rate, ...(res.headers ?? {}) } };
            }
            catch (err) {
                if (err instanceof server_SimError)
                    throw new server_SimError(err.status, err.message, err.extra, {
                        ...baseHeaders(),
                        ...rate,
                        ...err.headers
                    });
                throw err;
            }
        });
    }
    rateHeaders(caller) {
        // The window is kept in milliseconds so that a short test window lasts its full length.
        let w = this.windows.get(caller.key);
        if (!w || w.resetMs <= Date.now()) {
            const limit = caller.token?.rate_limit ??
                (caller.login === null ? 60 : caller.token?.kind === 'integration' ? 1000 : 5000);
            const resetMs = Date.now() + (caller.token?.rate_window ?? 3600) * 1000;
            w = { limit, used: 0, resetMs, reset: Math.ceil(resetMs / 1000) };
            this.windows.set(caller.key, w);
        }
        if (caller.token?.rate_limit && w.used >= w.limit) {
            throw new server_SimError(403, 
            // GitHub names the installation for installation tokens, the user otherwise.
            caller.token?.kind === 'integration'
                ? `API rate limit exceeded for installation ID ${caller.token.app?.id ?? caller.user?.id ?? 0}.`
                : `API rate limit exceeded for user ID ${caller.user?.id ?? 0}.`, {}, {
                'x-ratelimit-limit': String(w.limit),
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': String(w.reset),
                'x-ratelimit-used': String(w.used),
                'x-ratelimit-resource': 'core'
            });
        }
        w.used++;
        return {
            'x-ratelimit-limit': String(w.limit),
            'x-ratelimit-remaining': String(Math.max(0, w.limit - w.used)),
            'x-ratelimit-reset': String(w.reset),
            'x-ratelimit-used': String(w.used),
            'x-ratelimit-resource': 'core'
        };
    }
    repo(req, caller) {
        const repo = findRepo(this.state, caller, req.params.owner, req.params.repo);
        settleFork(repo);
        return repo;
    }
    /** The route's repository for a read through `scope` (an installation token needs the scope on a private repository). */
    readableRepo(req, caller, scope) {
        const repo = this.repo(req, caller);
        requireReadScope(caller, repo, scope);
        return repo;
    }
    /** The route's repository (404 when the caller cannot see it), once the caller holds `need` on `scope`. */
    permittedRepo(req, caller, scope, need) {
        const repo = this.repo(req, caller);
        requirePermission(this.state, caller, repo, scope, need);
        return repo;
    }
    /** One page of `items` as a JSON array, each rendered by `view`, with the `Link` header. */
    listPage(req, items, view = (item) => item) {
        const page = this.paginate(req, items);
        return json(200, page.items.map(view), page.headers);
    }
    /** One page wrapped as GitHub wraps workflow and check runs: `{ total_count, <key>: [...] }`. */
    countedPage(req, items, key, view) {
        const page = this.paginate(req, items);
        return json(200, { total_count: items.length, [key]: page.items.map(view) }, page.headers);
    }
    /** Slices a list by `page`/`per_page` (max 100) and adds GitHub's `Link` header. */
    paginate(req, items, service = 'github') {
        const perPage = Math.min(100, Math.max(1, intParam(req, 'per_page', 30)));
        const page = Math.max(1, intParam(req, 'page', 1));
        const last = Math.max(1, Math.ceil(items.length / perPage));
        const slice = items.slice((page - 1) * perPage, page * perPage);
        const link = (p, rel) => {
            const q = new URLSearchParams(req.query);
            q.set('per_page', String(perPage));
            q.set('page', String(p));
            return `<${this.server.url(service)}${req.path}?${q.toString()}>; rel="${rel}"`;
        };
        const parts = [];
        if (page > 1)
            parts.push(link(page - 1, 'prev'));
        if (page < last)
            parts.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1)
            parts.push(link(1, 'first'));
        return { items: slice, headers: parts.length ? { link: parts.join(', ') } : {} };
    }
}
/**
 * GitHub copies a new fork's git data in the background: until then the fork answers like an empty
 * repository (409 "Git Repository is empty.", 422 "Object does not exist"). The simulator copies it
 * once the fork has been asked `fork_pending.requests_left` more times.
 */
function settleFork(repo) {
    const pending = repo.fork_pending;
    if (!pending)
        return;
    if (--pending.requests_left > 0)
        return;
    repo.objects = { ...pending.objects, ...repo.objects };
    repo.refs = { ...pending.refs, ...repo.refs };
    delete repo.fork_pending;
}
function baseHeaders() {
    return {
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': (0,external_node_crypto_.randomBytes)(8).toString('hex').toUpperCase(),
        'x-github-media-type': 'github.v3; format=json'
    };
}
function intParam(req, name, fallback) {
    const raw = req.query.get(name);
    if (raw === null || raw === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n))
        throw new server_SimError(422, `Invalid value for parameter '${name}'`);
    return n;
}
/** GitHub's 422 "Validation Failed" with one error entry. */
function validationFailed(resource, field, code, message) {
    return new server_SimError(422, 'Validation Failed', {
        errors: [{ resource, field, code, ...(message ? { message } : {}) }]
    });
}
/** GitHub's limit on issue, pull request and comment bodies, in characters. */
const BODY_LIMIT = 65536;
/** GitHub's limit on a release's notes, in characters. */
const RELEASE_BODY_LIMIT = 125000;
/**
 * GitHub's 422 for a body over the limit. Issues and pull requests (a pull request's body is its
 * issue's) answer `{resource: Issue, code: custom, field: body}`; comments answer
 * `{resource: IssueComment, code: unprocessable, field: data}` with a capital "Body".
 */
function checkBodyLength(kind, body) {
    if (typeof body !== 'string')
        return;
    const limit = kind === 'Release' ? RELEASE_BODY_LIMIT : BODY_LIMIT;
    // GitHub counts characters (code points), not UTF-16 units.
    let n = 0;
    for (const _ of body)
        if (++n > limit)
            break;
    if (n <= limit)
        return;
    if (kind === 'IssueComment')
        throw validationFailed('IssueComment', 'data', 'unprocessable', `Body is too long (maximum is ${limit} characters)`);
    throw validationFailed(kind, 'body', 'custom', `body is too long (maximum is ${limit} characters)`);
}
function json(status, body, headers = {}) {
    return { status, body, headers };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/sim/src/github/routes-releases.ts







/** Whether the caller may see drafts (GitHub shows them to callers with push access). */
function canPush(api, caller, repo) {
    return PERMISSION_RANK[effectivePermission(api.state, caller, repo, 'contents')] >= PERMISSION_RANK.write;
}
/** The release by id, hiding drafts from callers who cannot push (a 404, as on GitHub). */
function releaseById(api, req, caller, repo, id = req.params.release_id) {
    const rel = repo.releases.find((r) => String(r.id) === id);
    if (!rel || (rel.draft && !canPush(api, caller, repo)))
        throw new server_SimError(404, 'Not Found');
    return rel;
}
function newestFirst(a, b) {
    const ka = a.published_at ?? a.created_at;
    const kb = b.published_at ?? b.created_at;
    if (a.draft !== b.draft)
        return a.draft ? -1 : 1;
    return ka < kb ? 1 : ka > kb ? -1 : b.id - a.id;
}
function checkTagFree(repo, tag, self) {
    if (repo.burned_tags.includes(tag)) {
        throw new server_SimError(422, 'Validation Failed', {
            errors: [
                {
                    resource: 'Release',
                    code: 'custom',
                    field: 'tag_name',
                    message: 'tag_name was used by an immutable release'
                }
            ]
        });
    }
    if (repo.releases.some((r) => r !== self && !r.draft && r.tag_name === tag))
        throw validationFailed('Release', 'tag_name', 'already_exists');
}
const MAKE_LATEST = ['true', 'false', 'legacy'];
/** Validates `make_latest` (a string on GitHub, not a boolean). */
function makeLatestOf(body) {
    const v = body.make_latest;
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string' || !MAKE_LATEST.includes(v))
        throw validationFailed('Release', 'make_latest', 'invalid');
    return v;
}
/**
 * Applies `make_latest` after a create or update. GitHub: "Drafts and prereleases cannot be set as
 * latest. Defaults to true for newly published releases. legacy specifies that the latest release
 * should be determined based on the release creation date and higher semantic version."
 */
function applyMakeLatest(repo, rel, value, newlyPublished) {
    const wanted = value ?? (newlyPublished ? 'true' : undefined);
    if (wanted === 'legacy')
        repo.latest_release_id = null;
    else if (wanted === 'true') {
        if (rel.draft || rel.prerelease) {
            if (value === 'true')
                throw new server_SimError(422, 'Validation Failed', {
                    errors: [
                        {
                            resource: 'Release',
                            code: 'custom',
                            field: 'make_latest',
                            message: 'Drafts and prereleases cannot be set as latest'
                        }
                    ]
                });
            return;
        }
        repo.latest_release_id = rel.id;
    }
}
/** The repository's latest release: the one made latest, else the legacy rule. */
function latestRelease(repo) {
    const explicit = repo.releases.find((r) => r.id === repo.latest_release_id);
    if (explicit && !explicit.draft && !explicit.prerelease)
        return explicit;
    return repo.releases.filter((r) => !r.draft && !r.prerelease).sort(newestFirst)[0];
}
function publish(api, repo, rel) {
    checkTagFree(repo, rel.tag_name, rel);
    if (!repo.refs[`refs/tags/${rel.tag_name}`]) {
        if (Object.keys(repo.refs).length === 0)
            throw new server_SimError(422, 'Repository is empty.');
        if (!resolveCommitish(repo, rel.target_commitish))
            throw validationFailed('Release', 'target_commitish', 'invalid');
    }
    ensureTag(repo, rel);
    rel.draft = false;
    rel.published_at = now(api.state);
    // Immutability is decided at publication by the repository setting, and never undone.
    rel.immutable = repo.immutable_releases;
}
/** Releases: create, get (id, tag, latest), list, update (incl. publish), delete. */
function registerReleaseRoutes(api) {
    const { state, render } = api;
    api.route('GET', '/repos/:owner/:repo/releases', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const push = canPush(api, caller, repo);
        let visible = repo.releases;
        if (repo.stale_list) {
            // The staleList fault: the list lags, and the newest release is not in it yet.
            repo.stale_list--;
            const newest = Math.max(...repo.releases.map((r) => r.id));
            visible = visible.filter((r) => r.id !== newest);
        }
        const list = visible.filter((r) => push || !r.draft).sort(newestFirst);
        return api.listPage(req, list, (r) => render.release(repo, r));
    });
    api.route('POST', '/repos/:owner/:repo/releases', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const body = req.json();
        if (typeof body.tag_name !== 'string' || body.tag_name.trim() === '')
            throw validationFailed('Release', 'tag_name', 'missing_field');
        checkBodyLength('Release', body.body);
        const t = now(state);
        const rel = {
            id: nextId(state),
            tag_name: body.tag_name,
            target_commitish: typeof body.target_commitish === 'string' && body.target_commitish
                ? body.target_commitish
                : repo.default_branch,
            name: typeof body.name === 'string' ? body.name : body.tag_name,
            body: typeof body.body === 'string' ? body.body : null,
            draft: body.draft === true,
            prerelease: body.prerelease === true,
            immutable: false,
            created_at: t,
            updated_at: t,
            published_at: null,
            author: caller.login,
            untagged_slug: `untagged-${(0,external_node_crypto_.randomBytes)(10).toString('hex')}`,
            assets: []
        };
        if (body.generate_release_notes === true) {
            const notes = `## What's Changed\n\n**Full Changelog**: ${render.web}/${repo.owner}/${repo.name}/commits/${rel.tag_name}`;
            rel.body = rel.body ? `${rel.body}\n\n${notes}` : notes;
        }
        const makeLatest = makeLatestOf(body);
        if (!rel.draft)
            publish(api, repo, rel);
        else if (repo.burned_tags.includes(rel.tag_name))
            checkTagFree(repo, rel.tag_name);
        applyMakeLatest(repo, rel, makeLatest, !rel.draft);
        repo.releases.push(rel);
        return json(201, render.release(repo, rel), {
            location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/releases/${rel.id}`
        });
    });
    api.route('GET', '/repos/:owner/:repo/releases/latest', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const latest = latestRelease(repo);
        if (!latest)
            throw new server_SimError(404, 'Not Found');
        return json(200, render.release(repo, latest));
    });
    // GitHub's by-tag lookup never returns drafts, whoever asks.
    api.route('GET', '/repos/:owner/:repo/releases/tags/*tag', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const rel = repo.releases.find((r) => !r.draft && r.tag_name === req.params.tag);
        if (!rel)
            throw new server_SimError(404, 'Not Found');
        return json(200, render.release(repo, rel));
    });
    api.route('GET', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        if (!/^\d+$/.test(req.params.release_id))
            throw new server_SimError(404, 'Not Found');
        return json(200, render.release(repo, releaseById(api, req, caller, repo)));
    });
    api.route('PATCH', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const rel = releaseById(api, req, caller, repo);
        const body = req.json();
        checkBodyLength('Release', body.body);
        const makeLatest = makeLatestOf(body);
        if (rel.immutable) {
            if (typeof body.tag_name === 'string' && body.tag_name !== rel.tag_name) {
                throw new server_SimError(422, 'Validation Failed', {
                    errors: [
                        {
                            resource: 'Release',
                            code: 'custom',
                            field: 'tag_name',
                            message: 'Cannot change the tag of an immutable release'
                        }
                    ]
                });
            }
            if (body.draft === true)
                throw new server_SimError(422, 'Cannot unpublish an immutable release.');
        }
        if (typeof body.tag_name === 'string' && body.tag_name !== rel.tag_name) {
            if (!rel.draft)
                checkTagFree(repo, body.tag_name, rel);
            rel.tag_name = body.tag_name;
        }
        if (typeof body.target_commitish === 'string')
            rel.target_commitish = body.target_commitish;
        if (typeof body.name === 'string' || body.name === null)
            rel.name = body.name;
        if (typeof body.body === 'string' || body.body === null)
            rel.body = body.body;
        if (typeof body.prerelease === 'boolean')
            rel.prerelease = body.prerelease;
        const newlyPublished = body.draft === false && rel.draft;
        if (newlyPublished)
            publish(api, repo, rel);
        else if (body.draft === true && !rel.draft) {
            rel.draft = true;
            rel.published_at = null;
        }
        else if (!rel.draft && typeof body.tag_name === 'string')
            ensureTag(repo, rel);
        applyMakeLatest(repo, rel, makeLatest, newlyPublished);
        rel.updated_at = now(state);
        return json(200, render.release(repo, rel));
    });
    api.route('DELETE', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const rel = releaseById(api, req, caller, repo);
        repo.releases.splice(repo.releases.indexOf(rel), 1);
        // The tag of a deleted immutable release can never name a release again.
        if (rel.immutable && !repo.burned_tags.includes(rel.tag_name))
            repo.burned_tags.push(rel.tag_name);
        return { status: 204 };
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-assets.ts









// Letters NFKD does not take apart into a base letter and marks, spelled as GitHub spells them.
const LETTERS = {
    ß: 'ss',
    æ: 'ae',
    Æ: 'AE',
    œ: 'oe',
    Œ: 'OE',
    ø: 'o',
    Ø: 'O',
    ł: 'l',
    Ł: 'L',
    đ: 'd',
    Đ: 'D',
    ð: 'd',
    Ð: 'D',
    þ: 'th',
    Þ: 'TH',
    ŋ: 'ng',
    Ŋ: 'NG',
    ı: 'i',
    ħ: 'h',
    Ħ: 'H'
};
/**
 * The name GitHub stores for an uploaded file: non-ASCII letters transliterated (`ż` → `z`, `æ` → `ae`),
 * every run of characters outside `A-Z a-z 0-9 . _ - + @` (`~`, spaces, parentheses…) made one `.`,
 * trailing dots dropped, and a name that starts with a dot prefixed with `default` (`.config` →
 * `default.config`). Names the actions use (`tool-1.2.3-linux-amd64.tar.gz`) are unchanged.
 * (Kept apart from core's copy on purpose: the fidelity tests hold both to the same recorded facts.)
 */
function githubAssetName(name) {
    const ascii = [...name.normalize('NFKD').replace(/\p{M}+/gu, '')].map((c) => LETTERS[c] ?? c).join('');
    const safe = ascii.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/\.+$/, '');
    if (safe === '')
        return 'default';
    return safe.startsWith('.') ? `default${safe}` : safe;
}
/** A body that arrives in 64 KiB chunks, so the truncate fault and client streaming behave as on a network. */
function streamBuffer(buf) {
    const size = 64 * 1024;
    return external_node_stream_.Readable.from((function* () {
        for (let i = 0; i < buf.length; i += size)
            yield buf.subarray(i, Math.min(buf.length, i + size));
    })());
}
function findAsset(repo, id) {
    for (const rel of repo.releases) {
        const asset = rel.assets.find((a) => String(a.id) === id);
        if (asset)
            return { rel, asset };
    }
    return undefined;
}
/** Release assets: list, get, download (302 to a signed URL), update, delete, upload, and the download host. */
function registerAssetRoutes(api) {
    const { state, render } = api;
    const secret = (0,external_node_crypto_.randomBytes)(16);
    const sign = (id, expires) => (0,external_node_crypto_.createHmac)('sha256', secret).update(`${id}:${expires}`).digest('hex').slice(0, 32);
    const signedUrl = (a) => {
        const expires = Math.floor(Date.now() / 1000) + 300;
        return `${api.server.objectsUrl()}/assets/${a.id}/${encodeURIComponent(a.name)}?expires=${expires}&sig=${sign(a.id, expires)}`;
    };
    const assetFor = (req, caller, repo) => {
        const hit = findAsset(repo, req.params.asset_id);
        if (!hit || (hit.rel.draft && !canPush(api, caller, repo)))
            throw new server_SimError(404, 'Not Found');
        return hit;
    };
    const refuseImmutable = (rel, action) => {
        if (rel.immutable)
            throw new server_SimError(422, `Cannot ${action} an immutable release.`);
    };
    // Changing an asset needs `contents: write` and a release that is not immutable.
    const changeableAsset = (req, caller, action) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const { rel, asset } = assetFor(req, caller, repo);
        refuseImmutable(rel, action);
        return { repo, rel, asset };
    };
    api.route('GET', '/repos/:owner/:repo/releases/:release_id/assets', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const rel = releaseById(api, req, caller, repo);
        return api.listPage(req, rel.assets, (a) => render.asset(repo, rel, a));
    });
    api.route('GET', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const { rel, asset } = assetFor(req, caller, repo);
        if (/application\/octet-stream/i.test(String(req.headers.accept ?? ''))) {
            if (asset.state !== 'uploaded')
                throw new server_SimError(404, 'Not Found');
            return { status: 302, headers: { location: signedUrl(asset) } };
        }
        return json(200, render.asset(repo, rel, asset));
    });
    api.route('PATCH', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
        const { repo, rel, asset } = changeableAsset(req, caller, 'update assets of');
        const body = req.json();
        if (typeof body.name === 'string') {
            const name = githubAssetName(body.name);
            if (rel.assets.some((a) => a !== asset && a.name === name))
                throw validationFailed('ReleaseAsset', 'name', 'already_exists');
            asset.name = name;
        }
        if (typeof body.label === 'string')
            asset.label = body.label;
        if (typeof body.state === 'string' && (body.state === 'uploaded' || body.state === 'open'))
            asset.state = body.state;
        asset.updated_at = now(state);
        return json(200, render.asset(repo, rel, asset));
    });
    api.route('DELETE', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
        const { rel, asset } = changeableAsset(req, caller, 'delete assets from');
        rel.assets.splice(rel.assets.indexOf(asset), 1);
        return { status: 204 };
    });
    api.route('POST', '/repos/:owner/:repo/releases/:release_id/assets', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const rel = releaseById(api, req, caller, repo);
        const raw = req.query.get('name');
        if (!raw)
            throw validationFailed('ReleaseAsset', 'name', 'missing_field');
        refuseImmutable(rel, 'upload assets to');
        const name = githubAssetName(raw);
        if (rel.assets.some((a) => a.name === name))
            throw validationFailed('ReleaseAsset', 'name', 'already_exists');
        if (state.partial_uploads) {
            // The partialUpload fault: the upstream failed mid-body. GitHub answers 502 and keeps an
            // empty `starter` asset that holds the name until someone deletes it.
            state.partial_uploads--;
            const starter = makeAsset(state, { name, content: req.body.subarray(0, req.body.length >> 1), state: 'starter', size: 0 }, caller.login);
            rel.assets.push(starter);
            throw new server_SimError(502, 'Server Error');
        }
        const asset = makeAsset(state, {
            name,
            label: req.query.get('label') || null,
            content_type: String(req.headers['content-type'] ?? 'application/octet-stream'),
            data: req.body
        }, caller.login);
        rel.assets.push(asset);
        return json(201, render.asset(repo, rel, asset));
    }, 'uploads');
    // The signed URL the API redirects to: no credentials needed, like GitHub's object storage.
    api.server.route('downloads', 'GET', '/assets/:id/:name', (req) => {
        // Presigned object-storage URLs refuse a second credential, as S3 does: a client that forwards its
        // API token across the redirect fails here as it would against GitHub.
        if (req.headers.authorization) {
            return {
                status: 400,
                headers: { 'content-type': 'application/xml' },
                body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified</Message></Error>'
            };
        }
        const expires = Number(req.query.get('expires'));
        if (req.query.get('sig') !== sign(Number(req.params.id), expires) || expires < Date.now() / 1000) {
            return {
                status: 403,
                headers: { 'content-type': 'application/xml' },
                body: '<Error><Code>AccessDenied</Code></Error>'
            };
        }
        for (const repo of Object.values(state.repos)) {
            const hit = findAsset(repo, req.params.id);
            if (!hit)
                continue;
            hit.asset.download_count++;
            const a = hit.asset;
            return {
                status: 200,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-length': String(a.synthetic ? a.synthetic.size : a.data.length),
                    'content-disposition': `attachment; filename=${a.name}`,
                    etag: `"0x${a.synthetic ? (0,external_node_crypto_.createHash)('md5').update(JSON.stringify(a.synthetic)).digest('hex') : md5(a.data)}"`
                },
                body: a.synthetic ? syntheticStream(a.synthetic.size, a.synthetic.seed) : streamBuffer(a.data)
            };
        }
        return { status: 404, body: 'Not Found' };
    });
    // browser_download_url: what `curl -L` and `gh release download` follow.
    api.route('GET', '/:owner/:repo/releases/download/:tag/:name', (req, caller) => {
        const repo = api.repo(req, caller);
        const rel = repo.releases.find((r) => r.draft
            ? r.untagged_slug === req.params.tag && canPush(api, caller, repo)
            : r.tag_name === req.params.tag);
        const asset = rel?.assets.find((a) => a.name === req.params.name && a.state === 'uploaded');
        if (!asset)
            throw new server_SimError(404, 'Not Found');
        return { status: 302, headers: { location: signedUrl(asset) } };
    }, 'downloads');
}
/** MD5 of an asset's bytes in 1 GiB slices: one `update()` refuses inputs of 2 GiB and more. */
function md5(data) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    for (let at = 0; at < data.length; at += 1 << 30)
        hash.update(data.subarray(at, Math.min(data.length, at + (1 << 30))));
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./packages/sim/src/tar.ts
var tar = __webpack_require__(97708);
;// CONCATENATED MODULE: ./packages/sim/src/github/archives.ts





function files(repo, sha) {
    const commit = getObject(repo, sha, 'commit');
    return [...flattenTree(repo, commit.tree)].map(([path, f]) => ({
        path,
        mode: f.mode,
        data: getObject(repo, f.sha, 'blob')?.content ?? Buffer.alloc(0)
    }));
}
/** A gzipped ustar archive with everything under `<owner>-<repo>-<sha7>/`, as GitHub's tarballs. */
function tarball(repo, sha, root) {
    const commit = getObject(repo, sha, 'commit');
    const mtime = Math.floor(new Date(commit.committer.date).getTime() / 1000);
    const entries = [{ name: root + '/', mode: 0o775, directory: true }];
    for (const f of files(repo, sha)) {
        entries.push({ name: `${root}/${f.path}`, data: f.data, mode: f.mode === '100755' ? 0o775 : 0o664 });
    }
    return (0,tar/* writeTarGz */.S)(entries, { mtime });
}
/** A zip (stored, no compression) with the same layout. */
function zipball(repo, sha, root) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const f of files(repo, sha)) {
        const name = Buffer.from(`${root}/${f.path}`);
        const crc = (0,external_node_zlib_.crc32)(f.data) >>> 0;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(10, 4);
        local.writeUInt16LE(0x0800, 6);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(f.data.length, 18);
        local.writeUInt32LE(f.data.length, 22);
        local.writeUInt16LE(name.length, 26);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(10, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(f.data.length, 20);
        central.writeUInt32LE(f.data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, f.data);
        centrals.push(central, name);
        offset += 30 + name.length + f.data.length;
    }
    const cd = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(centrals.length / 2, 8);
    end.writeUInt16LE(centrals.length / 2, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, cd, end]);
}
/** Source archives: the API answers with a redirect to the download host (GitHub's codeload). */
function registerArchiveRoutes(api) {
    for (const format of ['tarball', 'zipball']) {
        const redirect = (repo, ref) => {
            const sha = resolveCommitish(repo, ref);
            if (!sha)
                throw new server_SimError(404, 'Not Found');
            const kind = format === 'tarball' ? 'tar.gz' : 'zip';
            return {
                status: 302,
                headers: {
                    location: `${api.server.objectsUrl()}/archive/${repo.owner}/${repo.name}/${kind}/${ref.split('/').map(encodeURIComponent).join('/')}`
                }
            };
        };
        api.route('GET', `/repos/:owner/:repo/${format}`, (req, caller) => {
            const repo = api.repo(req, caller);
            return redirect(repo, repo.default_branch);
        });
        api.route('GET', `/repos/:owner/:repo/${format}/*ref`, (req, caller) => redirect(api.repo(req, caller), req.params.ref));
    }
    // The web URLs formulas and `curl -L` use (`…/archive/refs/tags/v1.2.3.tar.gz`) answer 303 See Other to
    // the archive host, so clients must follow a 303 as a GET.
    api.route('GET', '/:owner/:repo/archive/*ref', (req, caller) => {
        const repo = api.repo(req, caller);
        const m = /^(.+)\.(tar\.gz|zip)$/.exec(req.params.ref);
        if (!m)
            throw new server_SimError(404, 'Not Found');
        const ref = m[1].replace(/^refs\/(?:tags|heads)\//, '');
        if (!resolveCommitish(repo, ref))
            throw new server_SimError(404, 'Not Found');
        return {
            status: 303,
            headers: {
                location: `${api.server.objectsUrl()}/archive/${repo.owner}/${repo.name}/${m[2]}/${ref.split('/').map(encodeURIComponent).join('/')}`
            }
        };
    }, 'downloads');
    api.route('GET', '/archive/:owner/:repo/:kind/*ref', (req, caller) => {
        const repo = api.repo(req, caller);
        const sha = resolveCommitish(repo, req.params.ref);
        if (!sha)
            throw new server_SimError(404, 'Not Found');
        const root = `${repo.owner}-${repo.name}-${sha.slice(0, 7)}`;
        const zip = req.params.kind === 'zip';
        if (!zip && req.params.kind !== 'tar.gz')
            throw new server_SimError(404, 'Not Found');
        const data = zip ? zipball(repo, sha, root) : tarball(repo, sha, root);
        return {
            status: 200,
            headers: {
                'content-type': zip ? 'application/zip' : 'application/x-gzip',
                'content-length': String(data.length),
                'content-disposition': `attachment; filename=${root}.${zip ? 'zip' : 'tar.gz'}`
            },
            body: streamBuffer(data)
        };
    }, 'downloads');
}

;// CONCATENATED MODULE: ./packages/sim/src/github/render-git.ts


/** Git data, commits and branches as GitHub renders them. */
class RenderGit {
    state;
    r;
    constructor(state, r) {
        this.state = state;
        this.r = r;
    }
    base(repo) {
        return `${this.r.api}/repos/${repo.owner}/${repo.name}`;
    }
    ref(repo, name, sha) {
        const type = repo.objects[sha]?.type ?? 'commit';
        return {
            ref: name,
            node_id: this.r.nodeId('Ref', `${repo.id}:${name}`),
            url: `${this.base(repo)}/git/${name}`,
            object: { type, sha, url: `${this.base(repo)}/git/${type}s/${sha}` }
        };
    }
    gitCommit(repo, sha) {
        const c = getObject(repo, sha, 'commit');
        return {
            sha,
            node_id: this.r.nodeId('Commit', sha),
            url: `${this.base(repo)}/git/commits/${sha}`,
            html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${sha}`,
            author: c.author,
            committer: c.committer,
            tree: { sha: c.tree, url: `${this.base(repo)}/git/trees/${c.tree}` },
            message: c.message,
            parents: c.parents.map((p) => ({
                sha: p,
                url: `${this.base(repo)}/git/commits/${p}`,
                html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${p}`
            })),
            verification: c.verification
        };
    }
    /** The user a git identity belongs to, matched by noreply or seeded email, as GitHub links them. */
    userFor(email) {
        const u = Object.values(this.state.users).find((x) => x.email === email || email === `${x.id}+${x.login}@users.noreply.github.com`);
        return u ? this.r.simpleUser(u) : null;
    }
    commit(repo, sha) {
        const c = getObject(repo, sha, 'commit');
        return {
            url: `${this.base(repo)}/commits/${sha}`,
            sha,
            node_id: this.r.nodeId('Commit', sha),
            html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${sha}`,
            comments_url: `${this.base(repo)}/commits/${sha}/comments`,
            commit: {
                url: `${this.base(repo)}/git/commits/${sha}`,
                author: c.author,
                committer: c.committer,
                message: c.message,
                comment_count: 0,
                tree: { sha: c.tree, url: `${this.base(repo)}/git/trees/${c.tree}` },
                verification: c.verification
            },
            author: this.userFor(c.author.email),
            committer: this.userFor(c.committer.email),
            parents: c.parents.map((p) => ({
                sha: p,
                url: `${this.base(repo)}/commits/${p}`,
                html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${p}`
            }))
        };
    }
    tree(repo, sha, entries) {
        return {
            sha,
            url: `${this.base(repo)}/git/trees/${sha}`,
            truncated: false,
            tree: entries.map((e) => {
                const blob = e.type === 'blob' ? getObject(repo, e.sha, 'blob') : undefined;
                return {
                    path: e.path,
                    mode: e.mode,
                    type: e.type,
                    sha: e.sha,
                    ...(blob ? { size: blob.content.length } : {}),
                    url: `${this.base(repo)}/git/${e.type === 'commit' ? 'commits' : e.type + 's'}/${e.sha}`
                };
            })
        };
    }
    shortBranch(repo, name, sha) {
        return { name, commit: { sha, url: `${this.base(repo)}/commits/${sha}` }, protected: false };
    }
    branch(repo, name, sha) {
        return {
            name,
            commit: this.commit(repo, sha),
            _links: {
                self: `${this.base(repo)}/branches/${encodeURIComponent(name)}`,
                html: `${this.r.web}/${repo.owner}/${repo.name}/tree/${name}`
            },
            protected: false,
            protection: {
                enabled: false,
                required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
            },
            protection_url: `${this.base(repo)}/branches/${encodeURIComponent(name)}/protection`
        };
    }
    /** The `commit` part of a contents-API answer (file-commit). */
    fileCommit(repo, sha) {
        const g = this.gitCommit(repo, sha);
        return {
            sha: g.sha,
            node_id: g.node_id,
            url: g.url,
            html_url: g.html_url,
            author: g.author,
            committer: g.committer,
            message: g.message,
            tree: g.tree,
            parents: g.parents,
            verification: g.verification
        };
    }
    owner(repo) {
        return findUser(this.state, repo.owner);
    }
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-actions.ts




/** Workflows and workflow runs (seeded through the state file or `/_admin`: GitHub has no endpoint to create runs). */
function registerActionsRoutes(api) {
    const { render } = api;
    const base = (repo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
    const readable = (req, caller) => {
        const repo = api.readableRepo(req, caller, 'actions');
        if (repo.private)
            requirePermission(api.state, caller, repo, 'actions', 'read');
        return repo;
    };
    const workflow = (repo, w) => ({
        id: w.id,
        node_id: render.nodeId('Workflow', w.id),
        name: w.name,
        path: w.path,
        state: w.state,
        created_at: w.created_at,
        updated_at: w.updated_at,
        url: `${base(repo)}/actions/workflows/${w.id}`,
        html_url: `${render.web}/${repo.owner}/${repo.name}/blob/${repo.default_branch}/${w.path}`,
        badge_url: `${render.web}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(w.name)}/badge.svg`
    });
    const run = (repo, r, attempt) => {
        const a = attempt ?? r.attempts[r.attempts.length - 1];
        const wf = repo.workflows.find((w) => w.id === r.workflow_id);
        const url = `${base(repo)}/actions/runs/${r.id}`;
        const commit = getObject(repo, r.head_sha, 'commit');
        const minimal = render.repository(repo);
        return {
            id: r.id,
            name: r.name,
            node_id: render.nodeId('WorkflowRun', r.id),
            check_suite_id: r.check_suite_id,
            check_suite_node_id: render.nodeId('CheckSuite', r.check_suite_id),
            head_branch: r.head_branch,
            head_sha: r.head_sha,
            path: wf?.path ?? '',
            display_title: r.display_title,
            run_number: r.run_number,
            event: r.event,
            status: a.status,
            conclusion: a.conclusion,
            workflow_id: r.workflow_id,
            url,
            html_url: `${render.web}/${repo.owner}/${repo.name}/actions/runs/${r.id}`,
            pull_requests: [],
            created_at: a.created_at,
            updated_at: a.updated_at,
            actor: render.user(r.actor),
            triggering_actor: render.user(r.actor),
            run_attempt: a.run_attempt,
            referenced_workflows: [],
            run_started_at: a.run_started_at,
            jobs_url: `${url}/jobs`,
            logs_url: `${url}/logs`,
            check_suite_url: `${base(repo)}/check-suites/${r.check_suite_id}`,
            artifacts_url: `${url}/artifacts`,
            cancel_url: `${url}/cancel`,
            rerun_url: `${url}/rerun`,
            previous_attempt_url: a.run_attempt > 1 ? `${url}/attempts/${a.run_attempt - 1}` : null,
            workflow_url: `${base(repo)}/actions/workflows/${r.workflow_id}`,
            head_commit: commit
                ? {
                    id: r.head_sha,
                    tree_id: commit.tree,
                    message: commit.message,
                    timestamp: commit.committer.date,
                    author: { name: commit.author.name, email: commit.author.email },
                    committer: { name: commit.committer.name, email: commit.committer.email }
                }
                : null,
            repository: minimal,
            head_repository: minimal,
            head_repository_id: repo.id
        };
    };
    const findWorkflow = (repo, id) => {
        const w = repo.workflows.find((x) => String(x.id) === id || x.path === id || x.path.split('/').pop() === id);
        if (!w)
            throw new server_SimError(404, 'Not Found');
        return w;
    };
    const listRuns = (req, repo, runs) => {
        const q = req.query;
        const headSha = q.get('head_sha');
        const branch = q.get('branch');
        const event = q.get('event');
        const status = q.get('status');
        const actor = q.get('actor');
        const list = runs
            .filter((r) => {
            const a = r.attempts[r.attempts.length - 1];
            if (headSha && r.head_sha !== headSha)
                return false;
            if (branch && r.head_branch !== branch)
                return false;
            if (event && r.event !== event)
                return false;
            if (actor && r.actor.toLowerCase() !== actor.toLowerCase())
                return false;
            // `status` filters by status or by conclusion, as GitHub's does.
            if (status && a.status !== status && a.conclusion !== status)
                return false;
            return true;
        })
            .sort((a, b) => {
            const ca = a.attempts[0].created_at;
            const cb = b.attempts[0].created_at;
            return ca < cb ? 1 : ca > cb ? -1 : b.id - a.id;
        });
        return api.countedPage(req, list, 'workflow_runs', (r) => run(repo, r));
    };
    api.route('GET', '/repos/:owner/:repo/actions/workflows', (req, caller) => {
        const repo = readable(req, caller);
        return api.countedPage(req, repo.workflows, 'workflows', (w) => workflow(repo, w));
    });
    api.route('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id', (req, caller) => {
        const repo = readable(req, caller);
        return json(200, workflow(repo, findWorkflow(repo, req.params.workflow_id)));
    });
    api.route('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id/runs', (req, caller) => {
        const repo = readable(req, caller);
        const w = findWorkflow(repo, req.params.workflow_id);
        return listRuns(req, repo, repo.workflow_runs.filter((r) => r.workflow_id === w.id));
    });
    api.route('GET', '/repos/:owner/:repo/actions/runs', (req, caller) => {
        const repo = readable(req, caller);
        return listRuns(req, repo, repo.workflow_runs);
    });
    const runOf = (repo, id) => {
        const r = repo.workflow_runs.find((x) => String(x.id) === id);
        if (!r)
            throw new server_SimError(404, 'Not Found');
        return r;
    };
    api.route('GET', '/repos/:owner/:repo/actions/runs/:run_id', (req, caller) => {
        const repo = readable(req, caller);
        return json(200, run(repo, runOf(repo, req.params.run_id)));
    });
    api.route('GET', '/repos/:owner/:repo/actions/runs/:run_id/attempts/:attempt_number', (req, caller) => {
        const repo = readable(req, caller);
        const r = runOf(repo, req.params.run_id);
        const a = r.attempts.find((x) => String(x.run_attempt) === req.params.attempt_number);
        if (!a)
            throw new server_SimError(404, 'Not Found');
        return json(200, run(repo, r, a));
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-checks.ts






const STATUS_STATES = ['error', 'failure', 'pending', 'success'];
/** Check runs (created as a GitHub App does) and commit statuses, listed and combined for a ref. */
function registerCheckRoutes(api) {
    const { state, render } = api;
    const base = (repo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
    const app = (a) => ({
        id: a.id,
        slug: a.slug,
        node_id: render.nodeId('App', a.id),
        client_id: `Iv1.${a.id}`,
        owner: render.user(api.state.users['sim-admin'] ? 'sim-admin' : 'github'),
        name: a.name,
        description: null,
        external_url: `${render.web}/apps/${a.slug}`,
        html_url: `${render.web}/apps/${a.slug}`,
        created_at: '2018-07-30T09:30:17Z',
        updated_at: '2018-07-30T09:30:17Z',
        permissions: { checks: 'write', contents: 'write', metadata: 'read', statuses: 'write' },
        events: ['check_run', 'check_suite']
    });
    const checkRun = (repo, c) => ({
        id: c.id,
        head_sha: c.head_sha,
        node_id: render.nodeId('CheckRun', c.id),
        external_id: c.external_id ?? '',
        url: `${base(repo)}/check-runs/${c.id}`,
        html_url: `${render.web}/${repo.owner}/${repo.name}/runs/${c.id}`,
        details_url: c.details_url ?? `${render.web}/${repo.owner}/${repo.name}/runs/${c.id}`,
        status: c.status,
        conclusion: c.conclusion,
        started_at: c.started_at,
        completed_at: c.completed_at,
        output: {
            title: c.output.title,
            summary: c.output.summary,
            text: c.output.text,
            annotations_count: 0,
            annotations_url: `${base(repo)}/check-runs/${c.id}/annotations`
        },
        name: c.name,
        check_suite: { id: c.check_suite_id },
        app: app(c.app),
        pull_requests: []
    });
    const status = (s) => ({
        url: `${api.ctx.urls.github}/repos/statuses/${s.sha}`,
        avatar_url: `${render.web}/avatars/${encodeURIComponent(s.creator)}`,
        id: s.id,
        node_id: render.nodeId('StatusContext', s.id),
        state: s.state,
        description: s.description,
        target_url: s.target_url,
        context: s.context,
        created_at: s.created_at,
        updated_at: s.updated_at,
        creator: render.user(s.creator)
    });
    // Check runs are written by GitHub Apps only; a personal token gets GitHub's 403.
    const requireApp = (caller, repo) => {
        requireAuth(caller);
        if (!caller.admin && caller.token?.kind !== 'integration')
            throw new server_SimError(403, 'You must authenticate via a GitHub App.');
        requirePermission(state, caller, repo, 'checks', 'write');
    };
    api.route('POST', '/repos/:owner/:repo/check-runs', (req, caller) => {
        const repo = api.repo(req, caller);
        requireApp(caller, repo);
        const body = req.json();
        if (typeof body.name !== 'string' || !body.name)
            throw validationFailed('CheckRun', 'name', 'missing_field');
        const sha = typeof body.head_sha === 'string' ? resolveCommitish(repo, body.head_sha) : undefined;
        if (!sha)
            throw new server_SimError(422, 'No commit found for SHA: ' + body.head_sha);
        if (body.conclusion && body.status && body.status !== 'completed')
            throw validationFailed('CheckRun', 'conclusion', 'invalid');
        const run = addCheckRun(state, repo, {
            name: body.name,
            head_sha: sha,
            status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
            conclusion: body.conclusion ?? null,
            external_id: body.external_id ?? null,
            details_url: body.details_url ?? null,
            started_at: body.started_at,
            completed_at: body.completed_at,
            output: body.output,
            app: caller.token?.app
        });
        return json(201, checkRun(repo, run));
    });
    const runOf = (repo, id) => {
        const c = repo.check_runs.find((x) => String(x.id) === id);
        if (!c)
            throw new server_SimError(404, 'Not Found');
        return c;
    };
    api.route('GET', '/repos/:owner/:repo/check-runs/:check_run_id', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'checks');
        return json(200, checkRun(repo, runOf(repo, req.params.check_run_id)));
    });
    api.route('PATCH', '/repos/:owner/:repo/check-runs/:check_run_id', (req, caller) => {
        const repo = api.repo(req, caller);
        requireApp(caller, repo);
        const c = runOf(repo, req.params.check_run_id);
        const body = req.json();
        if (typeof body.name === 'string')
            c.name = body.name;
        if (typeof body.details_url === 'string')
            c.details_url = body.details_url;
        if (typeof body.status === 'string')
            c.status = body.status;
        if (body.conclusion !== undefined) {
            c.conclusion = body.conclusion;
            if (body.conclusion)
                c.status = 'completed';
        }
        if (c.status === 'completed' && !c.completed_at)
            c.completed_at = body.completed_at ?? now(state);
        if (body.output)
            c.output = {
                title: body.output.title ?? null,
                summary: body.output.summary ?? null,
                text: body.output.text ?? null
            };
        return json(200, checkRun(repo, c));
    });
    api.route('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'checks');
        const sha = resolveCommitish(repo, req.params.ref);
        if (!sha)
            throw new server_SimError(422, `No commit found for SHA: ${req.params.ref}`);
        const name = req.query.get('check_name');
        const st = req.query.get('status');
        const filter = req.query.get('filter') ?? 'latest';
        let runs = repo.check_runs.filter((c) => c.head_sha === sha && (!name || c.name === name) && (!st || c.status === st));
        runs = [...runs].sort((a, b) => b.id - a.id);
        // `latest` keeps the most recent run per name (and app), as GitHub does after a re-run.
        if (filter === 'latest') {
            const seen = new Set();
            runs = runs.filter((c) => {
                const k = `${c.app.id}:${c.name}`;
                if (seen.has(k))
                    return false;
                seen.add(k);
                return true;
            });
        }
        return api.countedPage(req, runs, 'check_runs', (c) => checkRun(repo, c));
    });
    api.route('POST', '/repos/:owner/:repo/statuses/:sha', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'statuses', 'write');
        const body = req.json();
        if (!STATUS_STATES.includes(body.state))
            throw validationFailed('Status', 'state', 'custom', `state is not included in the list`);
        const sha = resolveCommitish(repo, req.params.sha);
        if (!sha)
            throw new server_SimError(422, `No commit found for SHA: ${req.params.sha}`);
        const t = now(state);
        const s = {
            id: nextId(state),
            sha,
            state: body.state,
            context: typeof body.context === 'string' && body.context ? body.context : 'default',
            description: body.description ?? null,
            target_url: body.target_url ?? null,
            creator: caller.login,
            created_at: t,
            updated_at: t
        };
        repo.statuses.push(s);
        return json(201, status(s), { location: `${base(repo)}/statuses/${sha}` });
    });
    const statusesFor = (repo, ref) => {
        const sha = resolveCommitish(repo, ref);
        if (!sha)
            throw new server_SimError(404, 'Not Found');
        return { sha, list: repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id) };
    };
    api.route('GET', '/repos/:owner/:repo/commits/:ref/statuses', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'statuses');
        const { list } = statusesFor(repo, req.params.ref);
        return api.listPage(req, list, status);
    });
    api.route('GET', '/repos/:owner/:repo/commits/:ref/status', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'statuses');
        const { sha, list } = statusesFor(repo, req.params.ref);
        const latest = new Map();
        for (const s of list)
            if (!latest.has(s.context))
                latest.set(s.context, s);
        const all = [...latest.values()];
        const combined = all.some((s) => s.state === 'error' || s.state === 'failure')
            ? 'failure'
            : all.length === 0 || all.some((s) => s.state === 'pending')
                ? 'pending'
                : 'success';
        const page = api.paginate(req, all);
        return json(200, {
            state: combined,
            statuses: page.items.map((s) => {
                const { creator: _c, ...rest } = status(s);
                void _c;
                return { ...rest, required: false };
            }),
            sha,
            total_count: all.length,
            repository: render.repository(repo),
            commit_url: `${base(repo)}/commits/${sha}`,
            url: `${base(repo)}/commits/${sha}/status`
        });
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-git.ts






/** The git identity GitHub uses for a caller when a request names none. */
function callerPerson(api, caller) {
    const u = caller.login ? findUser(api.state, caller.login) : undefined;
    return {
        name: u?.name ?? u?.login ?? 'unknown',
        email: u?.email ?? (u ? `${u.id}+${u.login}@users.noreply.github.com` : 'unknown@example.com'),
        date: now(api.state)
    };
}
/** Commits made through the API by an App/integration token are signed by GitHub (shown as verified). */
function signsCommits(caller) {
    return caller.token?.kind === 'integration';
}
function person(api, caller, given) {
    const base = callerPerson(api, caller);
    if (!given || typeof given !== 'object')
        return base;
    return { name: given.name ?? base.name, email: given.email ?? base.email, date: given.date ?? base.date };
}
function fullRef(ref) {
    return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}
function isAncestor(repo, ancestor, of) {
    const seen = new Set();
    const queue = [of];
    while (queue.length) {
        const sha = queue.pop();
        if (sha === ancestor)
            return true;
        if (seen.has(sha))
            continue;
        seen.add(sha);
        const c = getObject(repo, sha, 'commit');
        if (c)
            queue.push(...c.parents);
    }
    return false;
}
/** Git data: refs, blobs, trees, commits. Branches are the `refs/heads/` refs, so they stay consistent. */
function registerGitRoutes(api, git) {
    const { state } = api;
    const writable = (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        return repo;
    };
    const isEmpty = (repo) => Object.keys(repo.refs).length === 0 && Object.keys(repo.objects).length === 0;
    api.route('GET', '/repos/:owner/:repo/git/ref/*ref', (req, caller) => {
        const repo = api.repo(req, caller);
        if (isEmpty(repo))
            throw new server_SimError(409, 'Git Repository is empty.');
        const name = fullRef(req.params.ref);
        const sha = repo.refs[name];
        if (!sha)
            throw new server_SimError(404, 'Not Found');
        return json(200, git.ref(repo, name, sha));
    });
    const matching = (req, caller, prefix) => {
        const repo = api.repo(req, caller);
        if (isEmpty(repo))
            throw new server_SimError(409, 'Git Repository is empty.');
        const p = prefix ? fullRef(prefix) : 'refs/';
        const refs = Object.entries(repo.refs)
            .filter(([r]) => r.startsWith(p))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([r, sha]) => git.ref(repo, r, sha));
        return json(200, refs);
    };
    api.route('GET', '/repos/:owner/:repo/git/matching-refs/*ref', (req, caller) => matching(req, caller, req.params.ref));
    api.route('GET', '/repos/:owner/:repo/git/matching-refs', (req, caller) => matching(req, caller, ''));
    api.route('POST', '/repos/:owner/:repo/git/refs', (req, caller) => {
        const repo = writable(req, caller);
        const { ref, sha } = req.json();
        if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref))
            throw new server_SimError(422, 'ref must start with "refs" and have at least two slashes.');
        if (typeof sha !== 'string' || !repo.objects[sha])
            throw new server_SimError(422, 'Object does not exist');
        if (repo.refs[ref])
            throw new server_SimError(422, 'Reference already exists');
        repo.refs[ref] = sha;
        return json(201, git.ref(repo, ref, sha), {
            location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/${ref}`
        });
    });
    api.route('PATCH', '/repos/:owner/:repo/git/refs/*ref', (req, caller) => {
        const repo = writable(req, caller);
        const name = fullRef(req.params.ref);
        const { sha, force } = req.json();
        const current = repo.refs[name];
        if (!current)
            throw new server_SimError(422, 'Reference does not exist');
        if (typeof sha !== 'string' || !repo.objects[sha])
            throw new server_SimError(422, 'Object does not exist');
        if (!force && name.startsWith('refs/heads/') && !isAncestor(repo, current, peel(repo, sha)))
            throw new server_SimError(422, 'Update is not a fast forward');
        repo.refs[name] = sha;
        repo.pushed_at = now(state);
        return json(200, git.ref(repo, name, sha));
    });
    api.route('DELETE', '/repos/:owner/:repo/git/refs/*ref', (req, caller) => {
        const repo = writable(req, caller);
        const name = fullRef(req.params.ref);
        if (!repo.refs[name])
            throw new server_SimError(422, 'Reference does not exist');
        if (name.startsWith('refs/tags/')) {
            const tag = name.slice('refs/tags/'.length);
            const published = repo.releases.filter((r) => !r.draft && r.tag_name === tag);
            // An immutable release locks its tag: it "cannot be deleted while the release exists".
            if (published.some((r) => r.immutable))
                throw new server_SimError(422, 'Cannot delete a tag of an immutable release');
            // Deleting the tag of a published release turns the release back into a draft, as on GitHub.
            for (const r of published) {
                r.draft = true;
                r.published_at = null;
                if (repo.latest_release_id === r.id)
                    repo.latest_release_id = null;
            }
        }
        delete repo.refs[name];
        return { status: 204 };
    });
    api.route('POST', '/repos/:owner/:repo/git/blobs', (req, caller) => {
        const repo = writable(req, caller);
        const { content, encoding } = req.json();
        if (typeof content !== 'string')
            throw validationFailed('Blob', 'content', 'missing_field');
        if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64')
            throw validationFailed('Blob', 'encoding', 'invalid');
        const sha = putBlob(repo, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
        return json(201, {
            url: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`,
            sha
        });
    });
    api.route('GET', '/repos/:owner/:repo/git/blobs/:sha', (req, caller) => {
        const repo = api.repo(req, caller);
        const blob = getObject(repo, req.params.sha, 'blob');
        if (!blob)
            throw new server_SimError(404, 'Not Found');
        return json(200, {
            sha: req.params.sha,
            node_id: api.render.nodeId('Blob', req.params.sha),
            size: blob.content.length,
            url: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/blobs/${req.params.sha}`,
            content: base64Lines(blob.content),
            encoding: 'base64'
        });
    });
    api.route('POST', '/repos/:owner/:repo/git/trees', (req, caller) => {
        const repo = writable(req, caller);
        const { tree, base_tree } = req.json();
        if (!Array.isArray(tree))
            throw validationFailed('Tree', 'tree', 'missing_field');
        let files = new Map();
        if (base_tree) {
            if (!getObject(repo, base_tree, 'tree'))
                throw new server_SimError(422, 'Invalid tree info');
            files = flattenTree(repo, base_tree);
        }
        for (const e of tree) {
            const path = String(e.path ?? '').replace(/^\/+|\/+$/g, '');
            if (!path)
                throw new server_SimError(422, 'Invalid tree info');
            if (e.sha === null) {
                files.delete(path);
                for (const k of [...files.keys()])
                    if (k.startsWith(path + '/'))
                        files.delete(k);
                continue;
            }
            const mode = String(e.mode ?? '100644');
            const type = (e.type ?? 'blob');
            let sha;
            if (typeof e.content === 'string')
                sha = putBlob(repo, Buffer.from(e.content, 'utf8'));
            else if (typeof e.sha === 'string' && repo.objects[e.sha])
                sha = e.sha;
            else
                throw new server_SimError(422, `tree.sha ${e.sha} is not a valid blob`);
            if (type === 'tree') {
                for (const [p, f] of flattenTree(repo, sha, path + '/'))
                    files.set(p, f);
            }
            else
                files.set(path, { sha, mode, type });
        }
        const sha = buildTree(repo, files);
        return json(201, git.tree(repo, sha, getObject(repo, sha, 'tree').entries));
    });
    api.route('GET', '/repos/:owner/:repo/git/trees/:sha', (req, caller) => {
        const repo = api.repo(req, caller);
        let sha = req.params.sha;
        if (!getObject(repo, sha, 'tree')) {
            const commit = getObject(repo, sha, 'commit') ?? getObject(repo, repo.refs[`refs/heads/${sha}`] ?? '', 'commit');
            if (!commit)
                throw new server_SimError(404, 'Not Found');
            sha = commit.tree;
        }
        const tree = getObject(repo, sha, 'tree');
        const recursive = req.query.get('recursive');
        if (!recursive || recursive === '0' || recursive === 'false')
            return json(200, git.tree(repo, sha, tree.entries));
        const all = [];
        const walk = (treeSha, prefix) => {
            for (const e of getObject(repo, treeSha, 'tree')?.entries ?? []) {
                all.push({ ...e, path: prefix + e.path });
                if (e.type === 'tree')
                    walk(e.sha, prefix + e.path + '/');
            }
        };
        walk(sha, '');
        return json(200, git.tree(repo, sha, all));
    });
    api.route('POST', '/repos/:owner/:repo/git/commits', (req, caller) => {
        const repo = writable(req, caller);
        const body = req.json();
        if (typeof body.message !== 'string')
            throw validationFailed('Commit', 'message', 'missing_field');
        if (typeof body.tree !== 'string' || !getObject(repo, body.tree, 'tree'))
            throw new server_SimError(422, 'Tree SHA does not exist');
        const parents = Array.isArray(body.parents) ? body.parents : [];
        for (const p of parents)
            if (!getObject(repo, p, 'commit'))
                throw new server_SimError(422, 'Parent SHA does not exist or is not a commit object');
        const author = person(api, caller, body.author);
        const committer = body.committer ? person(api, caller, body.committer) : author;
        const sha = putCommit(repo, {
            tree: body.tree,
            parents,
            message: body.message,
            author,
            committer,
            verified: signsCommits(caller) && !body.author && !body.committer
        });
        return json(201, git.gitCommit(repo, sha), {
            location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/commits/${sha}`
        });
    });
    const tagJson = (repo, sha) => {
        const t = getObject(repo, sha, 'tag');
        const base = `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
        return {
            node_id: api.render.nodeId('Tag', sha),
            tag: t.tag,
            sha,
            url: `${base}/git/tags/${sha}`,
            message: t.message,
            tagger: t.tagger,
            object: { sha: t.object, type: t.objectType, url: `${base}/git/${t.objectType}s/${t.object}` },
            verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
        };
    };
    // Annotated tags: the object only; a `refs/tags/…` ref pointing at it is created separately, as on GitHub.
    api.route('POST', '/repos/:owner/:repo/git/tags', (req, caller) => {
        const repo = writable(req, caller);
        const body = req.json();
        if (typeof body.tag !== 'string' || typeof body.message !== 'string')
            throw validationFailed('Tag', 'tag', 'missing_field');
        const target = repo.objects[body.object];
        if (typeof body.object !== 'string' || !target)
            throw new server_SimError(422, 'Object does not exist');
        if (body.type !== target.type)
            throw validationFailed('Tag', 'type', 'invalid');
        const sha = putTag(repo, {
            tag: body.tag,
            object: body.object,
            objectType: target.type,
            message: body.message,
            tagger: person(api, caller, body.tagger)
        });
        return json(201, tagJson(repo, sha), {
            location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/tags/${sha}`
        });
    });
    api.route('GET', '/repos/:owner/:repo/git/tags/:sha', (req, caller) => {
        const repo = api.repo(req, caller);
        if (!getObject(repo, req.params.sha, 'tag'))
            throw new server_SimError(404, 'Not Found');
        return json(200, tagJson(repo, req.params.sha));
    });
    api.route('GET', '/repos/:owner/:repo/git/commits/:sha', (req, caller) => {
        const repo = api.repo(req, caller);
        if (!getObject(repo, req.params.sha, 'commit'))
            throw new server_SimError(404, 'Not Found');
        return json(200, git.gitCommit(repo, req.params.sha));
    });
}
/** GitHub wraps base64 content at 60 characters with `\n`. */
function base64Lines(buf) {
    const b64 = buf.toString('base64');
    return (b64.match(/.{1,60}/g) ?? ['']).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-contents.ts






function cleanPath(p) {
    return (p ?? '').replace(/^\/+|\/+$/g, '');
}
/** Repository contents (get, create/update with the `sha` precondition, delete) and commit listing. */
function registerContentsRoutes(api, git) {
    const base = (repo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
    const entry = (repo, path, sha, type, ref, size) => {
        const url = `${base(repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
        const html = `${api.render.web}/${repo.owner}/${repo.name}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
        const gitUrl = `${base(repo)}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
        return {
            type,
            size,
            name: path.split('/').pop() ?? '',
            path,
            sha,
            url,
            git_url: gitUrl,
            html_url: html,
            download_url: type === 'file' ? `${api.server.objectsUrl()}/raw/${repo.owner}/${repo.name}/${ref}/${path}` : null,
            _links: { self: url, git: gitUrl, html }
        };
    };
    const getContents = (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const path = cleanPath(req.params.path);
        const ref = req.query.get('ref') || repo.default_branch;
        const sha = resolveCommitish(repo, ref);
        if (!sha) {
            if (Object.keys(repo.refs).length === 0)
                throw new server_SimError(404, 'This repository is empty.');
            throw new server_SimError(404, `No commit found for the ref ${ref}`);
        }
        const files = flattenTree(repo, getObject(repo, sha, 'commit').tree);
        const file = files.get(path);
        if (file && file.type === 'blob') {
            const blob = getObject(repo, file.sha, 'blob');
            if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) {
                return {
                    status: 200,
                    headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
                    body: blob.content
                };
            }
            return json(200, {
                ...entry(repo, path, file.sha, 'file', ref, blob.content.length),
                content: base64Lines(blob.content),
                encoding: 'base64'
            });
        }
        const prefix = path ? path + '/' : '';
        const children = new Map();
        for (const [p, f] of files) {
            if (!p.startsWith(prefix))
                continue;
            const rest = p.slice(prefix.length);
            const [first, ...more] = rest.split('/');
            if (more.length)
                children.set(first, { type: 'dir', sha: '', size: 0 });
            else
                children.set(first, {
                    type: 'file',
                    sha: f.sha,
                    size: getObject(repo, f.sha, 'blob')?.content.length ?? 0
                });
        }
        if (!children.size)
            throw new server_SimError(404, 'Not Found');
        const commitTree = getObject(repo, sha, 'commit').tree;
        const list = [...children.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, c]) => {
            const p = prefix + name;
            const treeSha = c.type === 'dir' ? subtreeSha(repo, commitTree, p) : c.sha;
            return entry(repo, p, treeSha, c.type, ref, c.size);
        });
        return json(200, list);
    };
    api.route('GET', '/repos/:owner/:repo/contents/*path', getContents);
    api.route('GET', '/repos/:owner/:repo/contents', getContents);
    // Raw file downloads (download_url), like raw.githubusercontent.
    api.route('GET', '/raw/:owner/:repo/:ref/*path', (req, caller) => {
        const repo = api.repo(req, caller);
        const sha = resolveCommitish(repo, req.params.ref);
        const file = sha ? fileAt(repo, sha, req.params.path) : undefined;
        if (!file)
            throw new server_SimError(404, 'Not Found');
        return {
            status: 200,
            headers: { 'content-type': 'text/plain; charset=utf-8' },
            body: getObject(repo, file.sha, 'blob').content
        };
    }, 'downloads');
    const write = (req, caller, remove) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const path = cleanPath(req.params.path);
        const body = req.json();
        if (typeof body.message !== 'string')
            throw new server_SimError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
        if (!remove && typeof body.content !== 'string')
            throw new server_SimError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
        const branch = typeof body.branch === 'string' && body.branch ? body.branch : repo.default_branch;
        const head = repo.refs[`refs/heads/${branch}`];
        if (!head && (branch !== repo.default_branch || Object.keys(repo.refs).length > 0))
            throw new server_SimError(404, `Branch ${branch} not found`);
        const existing = head ? fileAt(repo, head, path) : undefined;
        if (remove && !existing)
            throw new server_SimError(404, 'Not Found');
        if (existing) {
            // GitHub's optimistic lock: the caller must name the blob it read; a stale one is a conflict.
            if (typeof body.sha !== 'string')
                throw new server_SimError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
            if (body.sha !== existing.sha)
                throw new server_SimError(409, `${path} does not match ${body.sha}`);
        }
        const author = person(api, caller, body.author ?? body.committer);
        const committer = person(api, caller, body.committer ?? body.author);
        const content = remove ? null : Buffer.from(body.content, 'base64');
        const sha = commitFiles(repo, branch, { [path]: content }, body.message, author, {
            committer,
            verified: signsCommits(caller) && !body.author && !body.committer
        });
        const commit = git.fileCommit(repo, sha);
        if (remove)
            return json(200, { content: null, commit });
        const blobSha = fileAt(repo, sha, path).sha;
        const { type: _t, ...info } = entry(repo, path, blobSha, 'file', branch, content.length);
        void _t;
        return json(existing ? 200 : 201, { content: { ...info, type: 'file' }, commit });
    };
    api.route('PUT', '/repos/:owner/:repo/contents/*path', (req, caller) => write(req, caller, false));
    api.route('DELETE', '/repos/:owner/:repo/contents/*path', (req, caller) => write(req, caller, true));
    api.route('GET', '/repos/:owner/:repo/commits', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const start = req.query.get('sha') || repo.default_branch;
        if (Object.keys(repo.refs).length === 0)
            throw new server_SimError(409, 'Git Repository is empty.');
        const head = resolveCommitish(repo, start);
        if (!head)
            throw new server_SimError(404, 'Not Found');
        const path = cleanPath(req.query.get('path') ?? undefined);
        const since = req.query.get('since');
        const until = req.query.get('until');
        const author = req.query.get('author');
        let shas = git_store_history(repo, head);
        if (path) {
            // A commit "touches" a path when the blob (or subtree) there differs from its first parent's.
            const at = (sha) => (sha ? pathSha(repo, sha, path) : undefined);
            shas = shas.filter((sha) => at(sha) !== at(getObject(repo, sha, 'commit').parents[0]));
        }
        shas = shas.filter((sha) => {
            const c = getObject(repo, sha, 'commit');
            if (since && c.committer.date < since)
                return false;
            if (until && c.committer.date > until)
                return false;
            if (author &&
                c.author.email !== author &&
                !c.author.email.includes(`+${author}@`) &&
                c.author.name !== author)
                return false;
            return true;
        });
        void intParam;
        return api.listPage(req, shas, (s) => git.commit(repo, s));
    });
    api.route('GET', '/repos/:owner/:repo/commits/:ref', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'contents');
        const sha = resolveCommitish(repo, req.params.ref);
        if (!sha)
            throw new server_SimError(422, `No commit found for SHA: ${req.params.ref}`);
        return json(200, git.commit(repo, sha));
    });
}
function subtreeSha(repo, treeSha, path) {
    let cur = treeSha;
    for (const part of path.split('/')) {
        const e = getObject(repo, cur, 'tree')?.entries.find((x) => x.path === part);
        if (!e)
            return (0,external_node_crypto_.createHash)('sha1').update(path).digest('hex');
        cur = e.sha;
    }
    return cur;
}
function pathSha(repo, commitSha, path) {
    const c = getObject(repo, commitSha, 'commit');
    if (!c)
        return undefined;
    let cur = c.tree;
    for (const part of path.split('/')) {
        const e = getObject(repo, cur, 'tree')?.entries.find((x) => x.path === part);
        if (!e)
            return undefined;
        cur = e.sha;
    }
    return cur;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/render-issues.ts


/** Issues, pulls, labels, milestones and comments as GitHub renders them. */
class RenderIssues {
    state;
    r;
    constructor(state, r) {
        this.state = state;
        this.r = r;
    }
    base(repo) {
        return `${this.r.api}/repos/${repo.owner}/${repo.name}`;
    }
    association(repo, login) {
        const lower = login.toLowerCase();
        if (repo.owner.toLowerCase() === lower)
            return 'OWNER';
        const owner = findUser(this.state, repo.owner);
        if (owner?.members && Object.keys(owner.members).some((m) => m.toLowerCase() === lower))
            return 'MEMBER';
        if (Object.keys(repo.collaborators).some((c) => c.toLowerCase() === lower))
            return 'COLLABORATOR';
        return 'NONE';
    }
    label(repo, l) {
        return {
            id: l.id,
            node_id: this.r.nodeId('Label', l.id),
            url: `${this.base(repo)}/labels/${encodeURIComponent(l.name)}`,
            name: l.name,
            color: l.color,
            description: l.description,
            default: l.default
        };
    }
    milestone(repo, m) {
        const issues = repo.issues.filter((i) => i.milestone === m.number && !i.pull);
        return {
            url: `${this.base(repo)}/milestones/${m.number}`,
            html_url: `${this.r.web}/${repo.owner}/${repo.name}/milestone/${m.number}`,
            labels_url: `${this.base(repo)}/milestones/${m.number}/labels`,
            id: m.id,
            node_id: this.r.nodeId('Milestone', m.id),
            number: m.number,
            state: m.state,
            title: m.title,
            description: m.description,
            creator: this.r.user(m.creator),
            open_issues: issues.filter((i) => i.state === 'open').length,
            closed_issues: issues.filter((i) => i.state === 'closed').length,
            created_at: m.created_at,
            updated_at: m.updated_at,
            closed_at: m.closed_at,
            due_on: m.due_on
        };
    }
    labelsOf(repo, names) {
        return names
            .map((n) => repo.labels.find((l) => l.name === n))
            .filter((l) => !!l)
            .map((l) => this.label(repo, l));
    }
    milestoneOf(repo, n) {
        const m = n === null ? undefined : repo.milestones.find((x) => x.number === n);
        return m ? this.milestone(repo, m) : null;
    }
    issue(repo, i) {
        const url = `${this.base(repo)}/issues/${i.number}`;
        const html = `${this.r.web}/${repo.owner}/${repo.name}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
        return {
            id: i.id,
            node_id: this.r.nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
            url,
            repository_url: this.base(repo),
            labels_url: `${url}/labels{/name}`,
            comments_url: `${url}/comments`,
            events_url: `${url}/events`,
            html_url: html,
            timeline_url: `${url}/timeline`,
            number: i.number,
            state: i.state,
            state_reason: i.state_reason,
            title: i.title,
            body: i.body,
            user: this.r.user(i.user),
            labels: this.labelsOf(repo, i.labels),
            assignee: i.assignees.length ? this.r.user(i.assignees[0]) : null,
            assignees: i.assignees.map((a) => this.r.user(a)),
            milestone: this.milestoneOf(repo, i.milestone),
            locked: i.locked,
            active_lock_reason: null,
            comments: repo.comments.filter((c) => c.issue_number === i.number).length,
            ...(i.pull
                ? {
                    pull_request: {
                        url: `${this.base(repo)}/pulls/${i.number}`,
                        html_url: html,
                        diff_url: `${html}.diff`,
                        patch_url: `${html}.patch`,
                        merged_at: i.pull.merged_at
                    },
                    draft: i.pull.draft
                }
                : {}),
            closed_at: i.closed_at,
            created_at: i.created_at,
            updated_at: i.updated_at,
            closed_by: i.closed_by ? this.r.user(i.closed_by) : null,
            author_association: this.association(repo, i.user)
        };
    }
    comment(repo, c) {
        return {
            id: c.id,
            node_id: this.r.nodeId('IssueComment', c.id),
            url: `${this.base(repo)}/issues/comments/${c.id}`,
            html_url: `${this.r.web}/${repo.owner}/${repo.name}/issues/${c.issue_number}#issuecomment-${c.id}`,
            body: c.body,
            user: this.r.user(c.user),
            created_at: c.created_at,
            updated_at: c.updated_at,
            issue_url: `${this.base(repo)}/issues/${c.issue_number}`,
            author_association: this.association(repo, c.user)
        };
    }
    /** `pull-request-simple` (lists); `full` adds the counters of `pull-request`. */
    pull(repo, i, full) {
        const p = i.pull;
        const url = `${this.base(repo)}/pulls/${i.number}`;
        const html = `${this.r.web}/${repo.owner}/${repo.name}/pull/${i.number}`;
        const headRepo = this.state.repos[repoKey(...p.head_repo.split('/'))];
        const headBranch = p.head_ref.split(':').slice(1).join(':');
        const headSha = (i.state === 'open' && headRepo?.refs[`refs/heads/${headBranch}`]) || p.head_sha;
        const baseSha = (i.state === 'open' && repo.refs[`refs/heads/${p.base_ref}`]) || p.base_sha;
        const side = (r, ref, sha) => ({
            label: r ? `${r.owner}:${ref}` : ref,
            ref,
            sha,
            user: this.r.user(r?.owner ?? repo.owner),
            repo: r ? this.r.repository(r) : null
        });
        const issue = this.issue(repo, i);
        const out = {
            url,
            id: p.id,
            node_id: this.r.nodeId('PullRequest', p.id),
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            issue_url: `${this.base(repo)}/issues/${i.number}`,
            commits_url: `${url}/commits`,
            review_comments_url: `${url}/comments`,
            review_comment_url: `${this.base(repo)}/pulls/comments{/number}`,
            comments_url: `${this.base(repo)}/issues/${i.number}/comments`,
            statuses_url: `${this.base(repo)}/statuses/${headSha}`,
            number: i.number,
            state: i.state,
            locked: i.locked,
            title: i.title,
            user: this.r.user(i.user),
            body: i.body,
            labels: issue.labels,
            milestone: issue.milestone,
            active_lock_reason: null,
            created_at: i.created_at,
            updated_at: i.updated_at,
            closed_at: i.closed_at,
            merged_at: p.merged_at,
            merge_commit_sha: p.merge_commit_sha,
            assignee: issue.assignee,
            assignees: issue.assignees,
            requested_reviewers: [],
            requested_teams: [],
            head: side(headRepo, headBranch, headSha),
            base: side(repo, p.base_ref, baseSha),
            _links: {
                self: { href: url },
                html: { href: html },
                issue: { href: `${this.base(repo)}/issues/${i.number}` },
                comments: { href: `${this.base(repo)}/issues/${i.number}/comments` },
                review_comments: { href: `${url}/comments` },
                review_comment: { href: `${this.base(repo)}/pulls/comments{/number}` },
                commits: { href: `${url}/commits` },
                statuses: { href: `${this.base(repo)}/statuses/${headSha}` }
            },
            author_association: this.association(repo, i.user),
            auto_merge: null,
            draft: p.draft
        };
        if (!full)
            return out;
        return {
            ...out,
            merged: p.merged,
            mergeable: i.state === 'open' ? true : null,
            rebaseable: i.state === 'open' ? true : null,
            mergeable_state: i.state === 'open' ? 'clean' : 'unknown',
            merged_by: null,
            comments: issue.comments,
            review_comments: 0,
            maintainer_can_modify: p.maintainer_can_modify,
            commits: 1,
            additions: 0,
            deletions: 0,
            changed_files: 0
        };
    }
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-issues.ts






/** Issues, issue comments, labels and milestones. */
function registerIssueRoutes(api) {
    const { state } = api;
    const view = new RenderIssues(state, api.render);
    const rank = (caller, repo) => PERMISSION_RANK[effectivePermission(state, caller, repo, 'issues')];
    // Creating issues and comments needs only read access for users; integration tokens need `issues: write`.
    const participate = (caller, repo) => {
        requireAuth(caller);
        if (!repo.has_issues)
            throw new server_SimError(410, 'Issues are disabled for this repo');
        requirePermission(state, caller, repo, 'issues', caller.token?.kind === 'integration' ? 'write' : 'read');
    };
    const issueOf = (repo, n) => {
        const i = repo.issues.find((x) => String(x.number) === n);
        if (!i)
            throw new server_SimError(404, 'Not Found');
        return i;
    };
    const labelNames = (repo, labels) => (Array.isArray(labels) ? labels : []).map((l) => addLabel(state, repo, { name: typeof l === 'string' ? l : String(l?.name) }).name);
    const milestoneNumber = (repo, m) => {
        if (m === null || m === undefined)
            return null;
        const found = repo.milestones.find((x) => x.number === Number(m));
        if (!found)
            throw validationFailed('Issue', 'milestone', 'invalid');
        return found.number;
    };
    api.route('GET', '/repos/:owner/:repo/issues', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        const q = req.query;
        const st = q.get('state') ?? 'open';
        const labels = (q.get('labels') ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const ms = q.get('milestone');
        const assignee = q.get('assignee');
        const creator = q.get('creator');
        const since = q.get('since');
        let list = repo.issues.filter((i) => {
            if (st !== 'all' && i.state !== st)
                return false;
            if (labels.length && !labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
                return false;
            if (ms === 'none' && i.milestone !== null)
                return false;
            if (ms === '*' && i.milestone === null)
                return false;
            if (ms && ms !== '*' && ms !== 'none' && String(i.milestone) !== ms)
                return false;
            if (assignee === 'none' && i.assignees.length)
                return false;
            if (assignee === '*' && !i.assignees.length)
                return false;
            if (assignee && assignee !== '*' && assignee !== 'none' && !i.assignees.includes(assignee))
                return false;
            if (creator && i.user.toLowerCase() !== creator.toLowerCase())
                return false;
            if (since && i.updated_at < since)
                return false;
            return true;
        });
        const sort = q.get('sort') ?? 'created';
        const dir = q.get('direction') ?? 'desc';
        const key = (i) => sort === 'updated'
            ? i.updated_at
            : sort === 'comments'
                ? String(repo.comments.filter((c) => c.issue_number === i.number).length).padStart(8, '0')
                : i.created_at;
        list = [...list].sort((a, b) => {
            const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
            return dir === 'asc' ? c : -c;
        });
        return api.listPage(req, list, (i) => view.issue(repo, i));
    });
    api.route('POST', '/repos/:owner/:repo/issues', (req, caller) => {
        const repo = api.repo(req, caller);
        participate(caller, repo);
        const body = req.json();
        if (typeof body.title !== 'string' && typeof body.title !== 'number')
            throw validationFailed('Issue', 'title', 'missing_field');
        checkBodyLength('Issue', body.body);
        // GitHub silently drops labels, milestone and assignees from callers without triage access.
        const triage = rank(caller, repo) >= PERMISSION_RANK.triage;
        const t = now(state);
        const issue = {
            id: nextId(state),
            number: repo.next_number++,
            title: String(body.title),
            body: typeof body.body === 'string' ? body.body : null,
            state: 'open',
            state_reason: null,
            user: caller.login,
            labels: triage ? labelNames(repo, body.labels) : [],
            assignees: triage ? [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])] : [],
            milestone: triage ? milestoneNumber(repo, body.milestone) : null,
            locked: false,
            created_at: t,
            updated_at: t,
            closed_at: null,
            closed_by: null
        };
        repo.issues.push(issue);
        return json(201, view.issue(repo, issue), { location: `${view.base(repo)}/issues/${issue.number}` });
    });
    api.route('GET', '/repos/:owner/:repo/issues/:issue_number', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        if (!/^\d+$/.test(req.params.issue_number))
            throw new server_SimError(404, 'Not Found');
        return json(200, view.issue(repo, issueOf(repo, req.params.issue_number)));
    });
    api.route('PATCH', '/repos/:owner/:repo/issues/:issue_number', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        const issue = issueOf(repo, req.params.issue_number);
        const triage = rank(caller, repo) >= PERMISSION_RANK.triage;
        const author = caller.login?.toLowerCase() === issue.user.toLowerCase() && caller.token?.kind !== 'integration';
        if (!triage && !author) {
            requirePermission(state, caller, repo, 'issues', 'triage');
        }
        const body = req.json();
        checkBodyLength('Issue', body.body);
        if (body.title !== undefined)
            issue.title = String(body.title);
        if (body.body !== undefined)
            issue.body = body.body;
        if (triage && body.labels !== undefined)
            issue.labels = labelNames(repo, body.labels);
        if (triage && body.milestone !== undefined)
            issue.milestone = milestoneNumber(repo, body.milestone);
        if (triage && Array.isArray(body.assignees))
            issue.assignees = body.assignees;
        const t = now(state);
        if (body.state === 'closed' && issue.state === 'open') {
            issue.state = 'closed';
            issue.closed_at = t;
            issue.closed_by = caller.login;
            issue.state_reason = body.state_reason ?? 'completed';
        }
        else if (body.state === 'open' && issue.state === 'closed') {
            issue.state = 'open';
            issue.closed_at = null;
            issue.closed_by = null;
            issue.state_reason = 'reopened';
        }
        else if (body.state_reason !== undefined && issue.state === 'closed')
            issue.state_reason = body.state_reason;
        else if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed')
            throw validationFailed('Issue', 'state', 'invalid');
        issue.updated_at = t;
        return json(200, view.issue(repo, issue));
    });
    api.route('POST', '/repos/:owner/:repo/issues/:issue_number/labels', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        requirePermission(state, caller, repo, 'issues', 'triage');
        const issue = issueOf(repo, req.params.issue_number);
        const body = req.json();
        const names = labelNames(repo, Array.isArray(body) ? body : body.labels);
        for (const n of names)
            if (!issue.labels.includes(n))
                issue.labels.push(n);
        issue.updated_at = now(state);
        return json(200, view.labelsOf(repo, issue.labels));
    });
    api.route('DELETE', '/repos/:owner/:repo/issues/:issue_number/labels/:name', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        requirePermission(state, caller, repo, 'issues', 'triage');
        const issue = issueOf(repo, req.params.issue_number);
        const before = issue.labels.length;
        issue.labels = issue.labels.filter((l) => l.toLowerCase() !== req.params.name.toLowerCase());
        if (issue.labels.length === before)
            throw new server_SimError(404, 'Label does not exist');
        return json(200, view.labelsOf(repo, issue.labels));
    });
    api.route('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        issueOf(repo, req.params.issue_number);
        const since = req.query.get('since');
        const list = repo.comments.filter((c) => String(c.issue_number) === req.params.issue_number && (!since || c.updated_at >= since));
        return api.listPage(req, list, (c) => view.comment(repo, c));
    });
    api.route('POST', '/repos/:owner/:repo/issues/:issue_number/comments', (req, caller) => {
        const repo = api.repo(req, caller);
        participate(caller, repo);
        const issue = issueOf(repo, req.params.issue_number);
        if (issue.locked && rank(caller, repo) < PERMISSION_RANK.write)
            throw new server_SimError(403, 'Unable to create comment because issue is locked.');
        const body = req.json();
        if (typeof body.body !== 'string')
            throw validationFailed('IssueComment', 'body', 'missing_field');
        checkBodyLength('IssueComment', body.body);
        const t = now(state);
        const c = {
            id: nextId(state),
            issue_number: issue.number,
            body: body.body,
            user: caller.login,
            created_at: t,
            updated_at: t
        };
        repo.comments.push(c);
        issue.updated_at = t;
        return json(201, view.comment(repo, c), { location: `${view.base(repo)}/issues/comments/${c.id}` });
    });
    const commentOf = (req, repo) => {
        const c = repo.comments.find((x) => String(x.id) === req.params.comment_id);
        if (!c)
            throw new server_SimError(404, 'Not Found');
        return c;
    };
    api.route('GET', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        return json(200, view.comment(repo, commentOf(req, repo)));
    });
    api.route('PATCH', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        const c = commentOf(req, repo);
        const own = c.user.toLowerCase() === caller.login?.toLowerCase();
        if (!own)
            requirePermission(state, caller, repo, 'issues', 'write');
        const body = req.json();
        if (typeof body.body !== 'string')
            throw validationFailed('IssueComment', 'body', 'missing_field');
        checkBodyLength('IssueComment', body.body);
        c.body = body.body;
        c.updated_at = now(state);
        return json(200, view.comment(repo, c));
    });
    api.route('DELETE', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        const c = commentOf(req, repo);
        if (c.user.toLowerCase() !== caller.login?.toLowerCase())
            requirePermission(state, caller, repo, 'issues', 'write');
        repo.comments.splice(repo.comments.indexOf(c), 1);
        return { status: 204 };
    });
    api.route('GET', '/repos/:owner/:repo/labels', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        return api.listPage(req, repo.labels, (l) => view.label(repo, l));
    });
    api.route('GET', '/repos/:owner/:repo/labels/:name', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        const l = repo.labels.find((x) => x.name.toLowerCase() === req.params.name.toLowerCase());
        if (!l)
            throw new server_SimError(404, 'Not Found');
        return json(200, view.label(repo, l));
    });
    api.route('POST', '/repos/:owner/:repo/labels', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        requirePermission(state, caller, repo, 'issues', 'write');
        const body = req.json();
        if (typeof body.name !== 'string' || !body.name)
            throw validationFailed('Label', 'name', 'missing_field');
        if (repo.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase()))
            throw validationFailed('Label', 'name', 'already_exists');
        if (body.color !== undefined && !/^#?[0-9a-fA-F]{6}$/.test(String(body.color)))
            throw validationFailed('Label', 'color', 'invalid');
        const l = addLabel(state, repo, {
            name: body.name,
            color: body.color,
            description: body.description ?? null
        });
        return json(201, view.label(repo, l));
    });
    api.route('GET', '/repos/:owner/:repo/milestones', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        const st = req.query.get('state') ?? 'open';
        const list = repo.milestones
            .filter((m) => st === 'all' || m.state === st)
            .sort((a, b) => a.number - b.number);
        return api.listPage(req, list, (m) => view.milestone(repo, m));
    });
    api.route('GET', '/repos/:owner/:repo/milestones/:milestone_number', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'issues');
        const m = repo.milestones.find((x) => String(x.number) === req.params.milestone_number);
        if (!m)
            throw new server_SimError(404, 'Not Found');
        return json(200, view.milestone(repo, m));
    });
    api.route('POST', '/repos/:owner/:repo/milestones', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        requirePermission(state, caller, repo, 'issues', 'write');
        const body = req.json();
        if (typeof body.title !== 'string' || !body.title)
            throw validationFailed('Milestone', 'title', 'missing_field');
        if (repo.milestones.some((m) => m.title === body.title))
            throw validationFailed('Milestone', 'title', 'already_exists');
        const m = addMilestone(state, repo, {
            title: body.title,
            state: body.state,
            description: body.description,
            due_on: body.due_on,
            creator: caller.login
        });
        return json(201, view.milestone(repo, m));
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-pulls.ts





/** Pull requests: create, get, list (head/base/state filters), update. */
function registerPullRoutes(api) {
    const { state } = api;
    const view = new RenderIssues(state, api.render);
    const pullOf = (repo, n) => {
        const i = repo.issues.find((x) => String(x.number) === n && x.pull);
        if (!i)
            throw new server_SimError(404, 'Not Found');
        return i;
    };
    /** `branch` (same repository) or `owner:branch` (a fork of it, or the repository itself). */
    const headOf = (repo, head, headRepo) => {
        const [owner, branch] = head.includes(':')
            ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
            : [repo.owner, head];
        let source;
        if (headRepo)
            source = state.repos[repoKey(...headRepo.split('/'))];
        else if (owner.toLowerCase() === repo.owner.toLowerCase())
            source = repo;
        else {
            const full = `${repo.owner}/${repo.name}`.toLowerCase();
            source = Object.values(state.repos).find((r) => r.owner.toLowerCase() === owner.toLowerCase() &&
                (r.parent?.toLowerCase() === full || r.name === repo.name));
        }
        return { owner, branch, source };
    };
    api.route('GET', '/repos/:owner/:repo/pulls', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'pull_requests');
        const st = req.query.get('state') ?? 'open';
        const head = req.query.get('head');
        const base = req.query.get('base');
        let list = repo.issues.filter((i) => {
            if (!i.pull)
                return false;
            if (st !== 'all' && i.state !== st)
                return false;
            if (base && i.pull.base_ref !== base)
                return false;
            // `head` must be `owner:branch`; GitHub ignores a bare branch name (and returns every PR),
            // a trap the simulator keeps so that clients filtering that way are caught.
            if (head && head.includes(':') && i.pull.head_ref.toLowerCase() !== head.toLowerCase())
                return false;
            return true;
        });
        const sort = req.query.get('sort') ?? 'created';
        const dir = req.query.get('direction') ?? (sort === 'created' ? 'desc' : 'desc');
        const key = (i) => (sort === 'updated' ? i.updated_at : i.created_at);
        list = [...list].sort((a, b) => {
            const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
            return dir === 'asc' ? c : -c;
        });
        return api.listPage(req, list, (i) => view.pull(repo, i, false));
    });
    api.route('POST', '/repos/:owner/:repo/pulls', (req, caller) => {
        requireAuth(caller);
        const repo = api.repo(req, caller);
        requirePermission(state, caller, repo, 'pull_requests', caller.token?.kind === 'integration' ? 'write' : 'read');
        const body = req.json();
        if (typeof body.head !== 'string')
            throw validationFailed('PullRequest', 'head', 'missing_field');
        if (typeof body.base !== 'string')
            throw validationFailed('PullRequest', 'base', 'missing_field');
        if (typeof body.title !== 'string' && body.issue === undefined)
            throw validationFailed('PullRequest', 'title', 'missing_field');
        checkBodyLength('Issue', body.body);
        const h = headOf(repo, body.head, body.head_repo);
        const headSha = h.source?.refs[`refs/heads/${h.branch}`];
        if (!h.source || !headSha)
            throw validationFailed('PullRequest', 'head', 'invalid');
        const baseSha = repo.refs[`refs/heads/${body.base}`];
        if (!baseSha)
            throw validationFailed('PullRequest', 'base', 'invalid');
        const headRef = `${h.source.owner}:${h.branch}`;
        if (repo.issues.some((i) => i.pull &&
            i.state === 'open' &&
            i.pull.head_ref.toLowerCase() === headRef.toLowerCase() &&
            i.pull.base_ref === body.base)) {
            throw new server_SimError(422, 'Validation Failed', {
                errors: [
                    {
                        resource: 'PullRequest',
                        code: 'custom',
                        message: `A pull request already exists for ${headRef}.`
                    }
                ]
            });
        }
        if (headSha === baseSha) {
            throw new server_SimError(422, 'Validation Failed', {
                errors: [
                    {
                        resource: 'PullRequest',
                        code: 'custom',
                        message: `No commits between ${body.base} and ${h.branch}`
                    }
                ]
            });
        }
        const t = now(state);
        const issue = {
            id: nextId(state),
            number: repo.next_number++,
            title: String(body.title ?? ''),
            body: typeof body.body === 'string' ? body.body : null,
            state: 'open',
            state_reason: null,
            user: caller.login,
            labels: [],
            assignees: [],
            milestone: null,
            locked: false,
            created_at: t,
            updated_at: t,
            closed_at: null,
            closed_by: null,
            pull: {
                id: nextId(state),
                number: 0,
                head_ref: headRef,
                head_repo: `${h.source.owner}/${h.source.name}`,
                head_sha: headSha,
                base_ref: body.base,
                base_sha: baseSha,
                draft: body.draft === true,
                maintainer_can_modify: body.maintainer_can_modify !== false && h.source !== repo,
                merged: false,
                merged_at: null,
                merge_commit_sha: null
            }
        };
        issue.pull.number = issue.number;
        repo.issues.push(issue);
        return json(201, view.pull(repo, issue, true), { location: `${view.base(repo)}/pulls/${issue.number}` });
    });
    api.route('GET', '/repos/:owner/:repo/pulls/:pull_number', (req, caller) => {
        const repo = api.readableRepo(req, caller, 'pull_requests');
        return json(200, view.pull(repo, pullOf(repo, req.params.pull_number), true));
    });
    api.route('PATCH', '/repos/:owner/:repo/pulls/:pull_number', (req, caller) => {
        requireAuth(caller);
        const repo = api.repo(req, caller);
        const issue = pullOf(repo, req.params.pull_number);
        const author = issue.user.toLowerCase() === caller.login.toLowerCase() && caller.token?.kind !== 'integration';
        if (!author)
            requirePermission(state, caller, repo, 'pull_requests', 'write');
        const body = req.json();
        checkBodyLength('Issue', body.body);
        if (typeof body.title === 'string')
            issue.title = body.title;
        if (body.body !== undefined)
            issue.body = body.body;
        if (typeof body.base === 'string') {
            if (!repo.refs[`refs/heads/${body.base}`])
                throw validationFailed('PullRequest', 'base', 'invalid');
            issue.pull.base_ref = body.base;
        }
        if (typeof body.maintainer_can_modify === 'boolean')
            issue.pull.maintainer_can_modify = body.maintainer_can_modify;
        const t = now(state);
        if (body.state === 'closed' && issue.state === 'open') {
            freeze(state.repos, repo, issue);
            issue.state = 'closed';
            issue.closed_at = t;
            issue.closed_by = caller.login;
        }
        else if (body.state === 'open' && issue.state === 'closed' && !issue.pull.merged) {
            issue.state = 'open';
            issue.closed_at = null;
            issue.closed_by = null;
        }
        issue.updated_at = t;
        return json(200, view.pull(repo, issue, true));
    });
    // Merging keeps the demo's "PR merged" path honest: the base branch moves to the head commit (fast-forward).
    api.route('PUT', '/repos/:owner/:repo/pulls/:pull_number/merge', (req, caller) => {
        requireAuth(caller);
        const repo = api.permittedRepo(req, caller, 'contents', 'write');
        const issue = pullOf(repo, req.params.pull_number);
        if (issue.state !== 'open')
            throw new server_SimError(405, 'Pull Request is not mergeable');
        freeze(state.repos, repo, issue);
        const sha = issue.pull.head_sha;
        repo.refs[`refs/heads/${issue.pull.base_ref}`] = sha;
        const t = now(state);
        Object.assign(issue.pull, { merged: true, merged_at: t, merge_commit_sha: sha });
        Object.assign(issue, { state: 'closed', closed_at: t, closed_by: caller.login, updated_at: t });
        return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
    });
}
/** A closed pull request keeps the shas it had when it closed. */
function freeze(repos, repo, issue) {
    const p = issue.pull;
    const [owner, name] = p.head_repo.split('/');
    const branch = p.head_ref.split(':').slice(1).join(':');
    p.head_sha = repos[repoKey(owner, name)]?.refs[`refs/heads/${branch}`] ?? p.head_sha;
    p.base_sha = repo.refs[`refs/heads/${p.base_ref}`] ?? p.base_sha;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/routes-repos.ts






// What `GET /users/:username` leaves out of the private view: only the user themself may see these.
const PRIVATE_USER_FIELDS = [
    'private_gists',
    'total_private_repos',
    'owned_private_repos',
    'disk_usage',
    'collaborators',
    'two_factor_authentication',
    'plan',
    'notification_email'
];
/** Users, repositories, forks, collaborators, teams and branches. */
function registerRepoRoutes(api, git) {
    const { state, render } = api;
    api.route('GET', '/user', (_req, caller) => {
        requireAuth(caller);
        if (caller.token?.kind === 'integration')
            throw new server_SimError(403, 'Resource not accessible by integration');
        return json(200, render.privateUser(caller.user));
    });
    api.route('GET', '/users/:username', (req) => {
        const u = findUser(state, req.params.username);
        if (!u)
            throw new server_SimError(404, 'Not Found');
        const pub = { ...render.privateUser(u) };
        for (const field of PRIVATE_USER_FIELDS)
            delete pub[field];
        return json(200, { ...pub, user_view_type: 'public' });
    });
    const create = (caller, ownerLogin, body) => {
        if (typeof body.name !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(body.name)) {
            throw validationFailed('Repository', 'name', 'custom', 'name is invalid');
        }
        if (state.repos[repoKey(ownerLogin, body.name)]) {
            throw validationFailed('Repository', 'name', 'custom', 'name already exists on this account');
        }
        const t = now(state);
        const repo = addRepo(state, {
            owner: ownerLogin,
            name: body.name,
            description: body.description ?? null,
            homepage: body.homepage ?? null,
            private: body.private ?? body.visibility === 'private',
            has_issues: body.has_issues ?? true,
            // GitHub creates an empty repository unless auto_init asks for a README commit.
            empty: !body.auto_init,
            files: { 'README.md': `# ${body.name}\n${body.description ? `\n${body.description}\n` : ''}` },
            created_at: t
        });
        return json(201, render.fullRepository(repo, reportedPermission(state, caller, repo)));
    };
    api.route('POST', '/user/repos', (req, caller) => {
        requireAuth(caller);
        if (caller.token?.kind === 'integration')
            throw new server_SimError(403, 'Resource not accessible by integration');
        return create(caller, caller.login, req.json());
    });
    api.route('POST', '/orgs/:org/repos', (req, caller) => {
        requireAuth(caller);
        let org = findUser(state, req.params.org);
        if (!org && caller.admin)
            org = ensureUser(state, req.params.org, { type: 'Organization' });
        if (!org || org.type !== 'Organization')
            throw new server_SimError(404, 'Not Found');
        const role = Object.entries(org.members ?? {}).find(([m]) => m.toLowerCase() === caller.login.toLowerCase())?.[1];
        if (!caller.admin && !role)
            throw new server_SimError(403, 'You need admin access to the organization before adding a repository to it.');
        if (caller.token?.kind === 'integration' && caller.token.permissions?.administration !== 'write') {
            throw new server_SimError(403, 'Resource not accessible by integration');
        }
        return create(caller, org.login, req.json());
    });
    api.route('GET', '/repos/:owner/:repo', (req, caller) => {
        const repo = api.repo(req, caller);
        return json(200, render.fullRepository(repo, reportedPermission(state, caller, repo)));
    });
    api.route('PATCH', '/repos/:owner/:repo', (req, caller) => {
        const repo = api.permittedRepo(req, caller, 'administration', 'admin');
        const body = req.json();
        if (typeof body.description === 'string' || body.description === null)
            repo.description = body.description;
        if (typeof body.homepage === 'string')
            repo.homepage = body.homepage;
        if (typeof body.private === 'boolean')
            repo.private = body.private;
        if (typeof body.archived === 'boolean')
            repo.archived = body.archived;
        if (typeof body.has_issues === 'boolean')
            repo.has_issues = body.has_issues;
        if (typeof body.default_branch === 'string') {
            if (!repo.refs[`refs/heads/${body.default_branch}`])
                throw validationFailed('Repository', 'default_branch', 'invalid');
            repo.default_branch = body.default_branch;
        }
        repo.updated_at = now(state);
        return json(200, render.fullRepository(repo, reportedPermission(state, caller, repo)));
    });
    // The repository setting behind immutable releases.
    api.route('GET', '/repos/:owner/:repo/immutable-releases', (req, caller) => {
        const repo = api.permittedRepo(req, caller, 'administration', 'admin');
        if (!repo.immutable_releases)
            throw new server_SimError(404, 'Not Found');
        return json(200, { enabled: true, enforced_by_owner: false });
    });
    for (const [method, on] of [
        ['PUT', true],
        ['DELETE', false]
    ]) {
        api.route(method, '/repos/:owner/:repo/immutable-releases', (req, caller) => {
            const repo = api.permittedRepo(req, caller, 'administration', 'admin');
            repo.immutable_releases = on;
            return { status: 204 };
        });
    }
    api.route('POST', '/repos/:owner/:repo/forks', (req, caller) => {
        requireAuth(caller);
        const source = api.repo(req, caller);
        const body = req.json();
        const owner = typeof body.organization === 'string' ? body.organization : caller.login;
        if (caller.token?.kind === 'integration')
            throw new server_SimError(403, 'Resource not accessible by integration');
        if (typeof body.organization === 'string') {
            const org = findUser(state, body.organization);
            if (!org || !(caller.admin || org.members?.[caller.login]))
                throw new server_SimError(404, 'Not Found');
        }
        const name = typeof body.name === 'string' ? body.name : source.name;
        const existing = state.repos[repoKey(owner, name)];
        // Forking again returns the existing fork, as GitHub does.
        if (existing && existing.parent?.toLowerCase() === `${source.owner}/${source.name}`.toLowerCase()) {
            return json(202, render.fullRepository(existing, reportedPermission(state, caller, existing)));
        }
        if (existing)
            throw validationFailed('Repository', 'name', 'custom', 'name already exists on this account');
        const fork = forkRepo(api, source, owner, name, body.default_branch_only === true);
        return json(202, render.fullRepository(fork, reportedPermission(state, caller, fork)));
    });
    api.route('GET', '/repos/:owner/:repo/collaborators/:username/permission', (req, caller) => {
        const repo = api.repo(req, caller);
        requireAuth(caller);
        requirePermission(state, caller, repo, 'metadata', 'read');
        // Below push, GitHub refuses this endpoint on public repositories too.
        if (!caller.admin &&
            caller.token?.kind !== 'integration' &&
            PERMISSION_RANK[userPermission(state, caller.login, repo)] < PERMISSION_RANK.write) {
            throw new server_SimError(403, 'Must have push access to view repository collaborators.');
        }
        const user = findUser(state, req.params.username);
        if (!user)
            throw new server_SimError(404, 'Not Found');
        // Everyone can read a public repository, so a stranger is `read` there and `none` on a private one.
        const p = user.login === ADMIN_LOGIN ? 'admin' : userPermission(state, user.login, repo);
        const legacy = p === 'maintain' ? 'write' : p === 'triage' ? 'read' : p;
        // A custom role is reported by its name; `permission` (and `permissions`) carry its base.
        const custom = Object.entries(repo.custom_roles ?? {}).find(([c, r]) => c.toLowerCase() === user.login.toLowerCase() && r.base === p)?.[1];
        const roleName = custom?.name ?? p;
        return json(200, {
            permission: legacy,
            role_name: roleName,
            user: { ...render.simpleUser(user), permissions: permissionsFor(p), role_name: roleName }
        });
    });
    const teamOf = (orgName, slug) => {
        const org = findUser(state, orgName);
        if (!org || org.type !== 'Organization')
            throw new server_SimError(404, 'Not Found');
        const team = state.teams.find((t) => t.org.toLowerCase() === org.login.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase());
        if (!team)
            throw new server_SimError(404, 'Not Found');
        return { org, team };
    };
    // Installation tokens (GITHUB_TOKEN) hold no organization permission unless an App was granted
    // `members`: GitHub answers them 404 on team endpoints, whatever the membership.
    const canReadTeams = (caller, org) => caller.admin ||
        (caller.token?.kind === 'integration'
            ? caller.token.permissions?.members === 'read' || caller.token.permissions?.members === 'write'
            : Object.keys(org.members ?? {}).some((m) => m.toLowerCase() === caller.login?.toLowerCase()));
    api.route('GET', '/orgs/:org/teams/:team', (req, caller) => {
        requireAuth(caller);
        const { org, team } = teamOf(req.params.org, req.params.team);
        if (!canReadTeams(caller, org))
            throw new server_SimError(404, 'Not Found');
        return json(200, {
            id: team.id,
            node_id: render.nodeId('Team', String(team.id)),
            url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}`,
            html_url: `${render.web}/orgs/${org.login}/teams/${team.slug}`,
            name: team.name,
            slug: team.slug,
            description: null,
            privacy: 'closed',
            notification_setting: 'notifications_enabled',
            permission: 'pull',
            members_url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}/members{/member}`,
            repositories_url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}/repos`,
            parent: null,
            members_count: Object.keys(team.members).length,
            repos_count: Object.keys(team.repos).length,
            created_at: '2020-01-01T00:00:00Z',
            updated_at: '2020-01-01T00:00:00Z',
            type: 'organization',
            organization: teamOrganization(api, org)
        });
    });
    api.route('GET', '/orgs/:org/teams/:team/memberships/:username', (req, caller) => {
        requireAuth(caller);
        const { org, team } = teamOf(req.params.org, req.params.team);
        if (!canReadTeams(caller, org))
            throw new server_SimError(404, 'Not Found');
        const role = Object.entries(team.members).find(([m]) => m.toLowerCase() === req.params.username.toLowerCase())?.[1];
        if (!role)
            throw new server_SimError(404, 'Not Found');
        return json(200, {
            url: `${api.ctx.urls.github}/teams/${team.id}/memberships/${req.params.username}`,
            role,
            state: 'active'
        });
    });
    api.route('GET', '/repos/:owner/:repo/branches', (req, caller) => {
        const repo = api.repo(req, caller);
        const branches = Object.entries(repo.refs)
            .filter(([r]) => r.startsWith('refs/heads/'))
            .map(([r, sha]) => git.shortBranch(repo, r.slice('refs/heads/'.length), sha))
            .sort((a, b) => (a.name < b.name ? -1 : 1));
        return api.listPage(req, branches);
    });
    api.route('GET', '/repos/:owner/:repo/branches/*branch', (req, caller) => {
        const repo = api.repo(req, caller);
        const sha = repo.refs[`refs/heads/${req.params.branch}`];
        if (!sha)
            throw new server_SimError(404, 'Branch not found');
        return json(200, git.branch(repo, req.params.branch, sha));
    });
    api.route('GET', '/repos/:owner/:repo/tags', (req, caller) => {
        const repo = api.repo(req, caller);
        const base = `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
        const tags = Object.entries(repo.refs)
            .filter(([r]) => r.startsWith('refs/tags/'))
            .map(([r, sha]) => {
            const name = r.slice('refs/tags/'.length);
            const commit = resolveCommitish(repo, r) ?? sha;
            return {
                name,
                commit: { sha: commit, url: `${base}/commits/${commit}` },
                zipball_url: `${base}/zipball/refs/tags/${name}`,
                tarball_url: `${base}/tarball/refs/tags/${name}`,
                node_id: render.nodeId('Ref', `${repo.id}:${r}`)
            };
        })
            .reverse();
        return api.listPage(req, tags);
    });
}
/** The organization as GitHub embeds it in a team (`team-organization`). */
function teamOrganization(api, org) {
    const u = api.render.simpleUser(org);
    const url = `${api.ctx.urls.github}/orgs/${org.login}`;
    return {
        login: org.login,
        id: org.id,
        node_id: u.node_id,
        url,
        repos_url: `${url}/repos`,
        events_url: `${url}/events`,
        hooks_url: `${url}/hooks`,
        issues_url: `${url}/issues`,
        members_url: `${url}/members{/member}`,
        public_members_url: `${url}/public_members{/member}`,
        avatar_url: u.avatar_url,
        description: null,
        html_url: u.html_url,
        has_organization_projects: true,
        has_repository_projects: true,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        type: 'Organization',
        created_at: org.created_at,
        updated_at: org.created_at,
        archived_at: null
    };
}
function permissionsFor(role) {
    const rank = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }[role] ?? 0;
    return { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 };
}
/** Copies a repository's git data (all branches, or only the default one) into a new fork. */
function forkRepo(api, source, owner, name, defaultBranchOnly = false) {
    const fork = addRepo(api.state, {
        owner,
        name,
        empty: true,
        private: source.private,
        description: source.description,
        default_branch: source.default_branch
    });
    fork.parent = `${source.owner}/${source.name}`;
    const refs = {};
    for (const [ref, sha] of Object.entries(source.refs)) {
        if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/'))
            continue;
        if (defaultBranchOnly && ref.startsWith('refs/heads/') && ref !== `refs/heads/${source.default_branch}`)
            continue;
        refs[ref] = sha;
    }
    // GitHub answers 202 Accepted and copies the git data afterwards: a fresh fork looks empty for a while.
    const delay = api.state.fork_delay_requests ?? 3;
    if (delay > 0)
        fork.fork_pending = { requests_left: delay, refs, objects: { ...source.objects } };
    else {
        fork.objects = { ...source.objects };
        fork.refs = refs;
    }
    return fork;
}

;// CONCATENATED MODULE: ./packages/sim/src/github/index.ts















/** The GitHub REST half of the simulator. */
function createGitHubModule() {
    const state = emptyState();
    const reset = () => {
        const fresh = emptyState();
        for (const k of Object.keys(state))
            delete state[k];
        Object.assign(state, fresh);
        ensureUser(state, ADMIN_LOGIN, {
            site_admin: true,
            name: 'Simulator admin',
            created_at: '2008-01-01T00:00:00Z'
        });
    };
    reset();
    const mod = {
        name: 'github',
        state,
        register(server, ctx) {
            const api = new GitHubApi(state, ctx, server);
            const git = new RenderGit(state, api.render);
            registerRepoRoutes(api, git);
            registerReleaseRoutes(api);
            registerAssetRoutes(api);
            registerArchiveRoutes(api);
            registerGitRoutes(api, git);
            registerContentsRoutes(api, git);
            registerPullRoutes(api);
            registerIssueRoutes(api);
            registerCheckRoutes(api);
            registerActionsRoutes(api);
        },
        load(section) {
            reset();
            loadState(section, state);
        },
        save: () => saveState(state),
        identify(token) {
            const t = token ? state.tokens[token] : undefined;
            if (!t)
                return undefined;
            const u = findUser(state, t.login);
            return { login: t.login, id: u?.id ?? 0, kind: t.kind };
        },
        seed: (section) => void loadState(section, state),
        addUser: (login, spec) => void ensureUser(state, login, spec),
        addToken: (spec) => addToken(state, spec),
        addRepo: (spec) => addRepo(state, spec),
        repo(owner, name) {
            const r = state.repos[repoKey(owner, name)];
            if (!r)
                throw new Error(`no repository ${owner}/${name} in the simulator`);
            return r;
        },
        addRelease: (owner, name, spec) => addRelease(state, mod.repo(owner, name), spec),
        addAsset(releaseId, spec) {
            const hit = mod.findRelease(releaseId);
            if (!hit)
                throw new Error(`no release ${releaseId} in the simulator`);
            const asset = makeAsset(state, spec, hit.release.author);
            hit.release.assets.push(asset);
            return asset;
        },
        addStarterAsset(releaseId, name, partial = Buffer.alloc(0)) {
            const hit = mod.findRelease(releaseId);
            if (!hit)
                throw new Error(`no release ${releaseId} in the simulator`);
            const asset = makeAsset(state, { name, content: partial, state: 'starter', size: 0 }, hit.release.author);
            hit.release.assets.push(asset);
            return asset;
        },
        addWorkflowRun: (owner, name, spec) => addWorkflowRun(state, mod.repo(owner, name), spec),
        findAsset(id) {
            for (const r of Object.values(state.repos))
                for (const rel of r.releases)
                    for (const a of rel.assets)
                        if (a.id === id)
                            return a;
            return undefined;
        },
        findRelease(id) {
            for (const repo of Object.values(state.repos))
                for (const release of repo.releases)
                    if (release.id === id)
                        return { repo, release };
            return undefined;
        }
    };
    return mod;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./packages/sim/src/crates/errors.ts
var errors = __webpack_require__(71773);
// EXTERNAL MODULE: ./packages/sim/src/crates/publish-request.ts
var publish_request = __webpack_require__(9927);
;// CONCATENATED MODULE: ./packages/sim/src/crates/api-routes.ts



/** Answers crates.io-shaped errors instead of the server's GitHub-shaped ones. */
function cratesHandler(handler) {
    return async (req) => {
        try {
            return await handler(req);
        }
        catch (e) {
            if (e instanceof errors/* CratesApiError */.b)
                return e.toResponse();
            throw e;
        }
    };
}
/** cargo sends the bare token as `Authorization`; other clients may prefix `Bearer`. */
function rawToken(req) {
    const auth = req.headers.authorization;
    if (!auth)
        return undefined;
    const m = /^(?:bearer|token)\s+(.+)$/i.exec(auth);
    return (m ? m[1] : auth).trim() || undefined;
}
/** Who the request acts as; 403 like crates.io when the token is missing or unknown. */
function authenticate(req, state, ctx) {
    const token = rawToken(req);
    if (!token)
        throw new errors/* CratesApiError */.b(403, 'this action requires authentication');
    if (ctx.isAdmin(token))
        return { login: 'sim-admin', admin: true };
    const login = state.loginFor(token);
    if (!login)
        throw new errors/* CratesApiError */.b(403, 'authentication failed');
    return { login, admin: false };
}
function user(login, id) {
    return { id, login, name: login, avatar: null, url: `https://github.com/${login}` };
}
function byVersionDesc(a, b) {
    return semver_default().rcompare(a.num, b.num);
}
/** The API's version record (`EncodableVersion`). */
function versionJson(crate, v) {
    const base = `/api/v1/crates/${crate.name}/${v.num}`;
    return {
        id: v.id,
        crate: crate.name,
        num: v.num,
        dl_path: `${base}/download`,
        readme_path: `${base}/readme`,
        updated_at: v.updatedAt,
        created_at: v.createdAt,
        downloads: v.downloads,
        features: v.features,
        yanked: v.yanked,
        yank_message: v.yankMessage,
        lib_links: v.links,
        license: v.license,
        links: {
            dependencies: `${base}/dependencies`,
            version_downloads: `${base}/downloads`,
            authors: `${base}/authors`
        },
        crate_size: v.crate.length,
        published_by: v.publishedBy ? user(v.publishedBy, 1000 + crate.owners.indexOf(v.publishedBy)) : null,
        audit_actions: [],
        checksum: v.cksum,
        rust_version: v.rustVersion,
        has_lib: true,
        bin_names: [],
        edition: null,
        description: v.description,
        homepage: v.homepage,
        documentation: v.documentation,
        repository: v.repository
    };
}
function crateJson(crate, versions) {
    const sorted = [...versions].sort(byVersionDesc);
    const live = sorted.filter((v) => !v.yanked);
    const stable = live.filter((v) => !semver_default().prerelease(v.num));
    const newest = [...versions].sort((a, b) => b.id - a.id)[0];
    const latest = newest ?? sorted[0];
    const path = `/api/v1/crates/${crate.name}`;
    return {
        id: crate.name,
        name: crate.name,
        updated_at: latest.updatedAt,
        versions: sorted.map((v) => v.id),
        keywords: crate.keywords,
        categories: crate.categories,
        badges: [],
        created_at: crate.createdAt,
        downloads: versions.reduce((n, v) => n + v.downloads, 0),
        recent_downloads: null,
        default_version: (stable[0] ?? live[0] ?? sorted[0]).num,
        num_versions: versions.length,
        yanked: live.length === 0,
        max_version: (live[0] ?? sorted[0]).num,
        newest_version: latest.num,
        max_stable_version: stable[0]?.num ?? null,
        description: latest.description,
        homepage: latest.homepage,
        documentation: latest.documentation,
        repository: latest.repository,
        links: {
            version_downloads: `${path}/downloads`,
            versions: null,
            owners: `${path}/owners`,
            owner_team: `${path}/owner_team`,
            owner_user: `${path}/owner_user`,
            reverse_dependencies: `${path}/reverse_dependencies`
        },
        exact_match: false
    };
}
/** The crate with at least one version visible in the API now, else crates.io's 404. */
function visibleCrate(state, name) {
    const crate = state.find(name);
    const versions = crate ? state.apiVersions(crate) : [];
    if (!crate || versions.length === 0)
        throw new errors/* CratesApiError */.b(404, `crate \`${name}\` does not exist`);
    return { crate, versions };
}
function visibleVersion(state, name, num) {
    const { crate, versions } = visibleCrate(state, name);
    const version = versions.find((v) => v.num === num);
    if (!version)
        throw new errors/* CratesApiError */.b(404, `crate \`${crate.name}\` does not have a version \`${num}\``);
    return { crate, version };
}
/** Registers the crates.io web API (`/crates/api/v1/…`). */
function registerApiRoutes(server, state, ctx, downloadUrl) {
    const route = (method, pattern, handler) => server.route('crates', method, pattern, cratesHandler(handler));
    route('PUT', '/api/v1/crates/new', (req) => {
        const who = authenticate(req, state(), ctx);
        const { metadata, crate } = (0,publish_request/* parsePublishBody */.Bh)(req.body);
        return { status: 200, body: state().publish(metadata, crate, who.login, who.admin) };
    });
    route('GET', '/api/v1/crates/:name', (req) => {
        const { crate, versions } = visibleCrate(state(), req.params.name);
        const sorted = [...versions].sort(byVersionDesc);
        return {
            status: 200,
            body: {
                crate: crateJson(crate, versions),
                versions: sorted.map((v) => versionJson(crate, v)),
                keywords: crate.keywords.map((k) => ({
                    id: k,
                    keyword: k,
                    crates_cnt: 1,
                    created_at: crate.createdAt
                })),
                categories: []
            }
        };
    });
    route('GET', '/api/v1/crates/:name/versions', (req) => {
        const { crate, versions } = visibleCrate(state(), req.params.name);
        const sorted = [...versions].sort(byVersionDesc);
        return {
            status: 200,
            body: {
                versions: sorted.map((v) => versionJson(crate, v)),
                meta: { total: sorted.length, next_page: null }
            }
        };
    });
    route('GET', '/api/v1/crates/:name/owners', (req) => {
        const { crate } = visibleCrate(state(), req.params.name);
        return {
            status: 200,
            body: { users: crate.owners.map((o, i) => ({ ...user(o, 1000 + i), kind: 'user' })) }
        };
    });
    route('GET', '/api/v1/crates/:name/:version', (req) => {
        const { crate, version } = visibleVersion(state(), req.params.name, req.params.version);
        return { status: 200, body: { version: versionJson(crate, version) } };
    });
    route('GET', '/api/v1/crates/:name/:version/download', (req) => {
        const { crate, version } = visibleVersion(state(), req.params.name, req.params.version);
        const url = downloadUrl(crate.name, version.num);
        // crates.io answers JSON clients with the URL instead of a redirect.
        if (/application\/json/.test(String(req.headers.accept ?? '')))
            return { status: 200, body: { url } };
        return { status: 302, headers: { location: url }, body: '' };
    });
    const yank = (yanked) => (req) => {
        const who = authenticate(req, state(), ctx);
        state().setYanked(req.params.name, req.params.version, yanked, who.login, who.admin);
        return { status: 200, body: { ok: true } };
    };
    route('DELETE', '/api/v1/crates/:name/:version/yank', yank(true));
    route('PUT', '/api/v1/crates/:name/:version/unyank', yank(false));
    // The newer form of yank/unyank, which also carries a yank message.
    route('PATCH', '/api/v1/crates/:name/:version', (req) => {
        const who = authenticate(req, state(), ctx);
        const body = req.json();
        if (typeof body.version?.yanked !== 'boolean')
            throw new errors/* CratesApiError */.b(400, 'expected `version.yanked` to be a boolean');
        const s = state();
        const v = s.setYanked(req.params.name, req.params.version, body.version.yanked, who.login, who.admin, body.version.yank_message ?? null);
        return { status: 200, body: { version: versionJson(s.find(req.params.name), v) } };
    });
}

;// CONCATENATED MODULE: ./packages/sim/src/crates/index-path.ts
/**
 * The sparse-index path of a crate's file, as cargo computes it from the lowercased name:
 * `1/{n}`, `2/{n}`, `3/{first char}/{n}`, else `{first two}/{next two}/{n}`.
 */
function indexPath(name) {
    const n = name.toLowerCase();
    if (n.length === 1)
        return `1/${n}`;
    if (n.length === 2)
        return `2/${n}`;
    if (n.length === 3)
        return `3/${n[0]}/${n}`;
    return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}
/** The crate name an index path addresses, or undefined when the path does not follow the layout. */
function nameFromIndexPath(path) {
    const parts = path.split('/').filter(Boolean);
    const name = parts[parts.length - 1];
    if (!name)
        return undefined;
    return indexPath(name) === parts.join('/') ? name : undefined;
}

;// CONCATENATED MODULE: ./packages/sim/src/crates/index-routes.ts




function etagOf(body) {
    return `"${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex').slice(0, 32)}"`;
}
function matchesEtag(req, etag) {
    const header = req.headers['if-none-match'];
    if (!header)
        return false;
    const tags = String(header)
        .split(',')
        .map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
}
/** A cacheable body: ETag on every answer, 304 when the client already has it. */
function cacheable(req, body, contentType, extra = {}) {
    const etag = etagOf(body);
    const headers = { etag, 'cache-control': 'public, max-age=600', ...extra };
    if (matchesEtag(req, etag))
        return { status: 304, headers };
    return { status: 200, headers: { ...headers, 'content-type': contentType }, body };
}
/** Where downloads live: `{crate}`/`{version}` markers, the way crates.io's static host names files. */
function dlTemplate(ctx) {
    return `${ctx.urls.downloads}/crates/{crate}/{crate}-{version}.crate`;
}
/**
 * Registers the sparse index (`/index/config.json`, `/index/<prefix>/<name>`) and the download
 * host (`/downloads/crates/…`).
 */
function registerIndexRoutes(server, state, ctx) {
    // The CDN in front of crates.io's index keeps serving what it fetched, per URL, for a while.
    const cdn = new Map();
    server.route('index', 'GET', '/config.json', (req) => {
        const config = { dl: dlTemplate(ctx), api: ctx.urls.crates, 'auth-required': false };
        return cacheable(req, Buffer.from(JSON.stringify(config, null, 2) + '\n'), 'application/json');
    });
    server.route('index', 'GET', '/*path', cratesHandler((req) => {
        const s = state();
        const key = req.path + req.url.search;
        const cached = s.indexCdnTtlMs > 0 ? cdn.get(key) : undefined;
        let fresh;
        if (cached && Date.now() - cached.at < s.indexCdnTtlMs)
            fresh = cached.response;
        else {
            fresh = renderIndexFile(s, req.params.path);
            if (s.indexCdnTtlMs > 0)
                cdn.set(key, { at: Date.now(), response: fresh });
        }
        if (fresh.status === 404)
            return { status: 404, headers: { 'content-type': 'text/plain' }, body: fresh.body };
        return cacheable(req, fresh.body, 'text/plain');
    }));
    const download = (crateName, num) => {
        const hit = state().findVersion(crateName, num);
        if (!hit)
            throw new errors/* CratesApiError */.b(404, 'Not Found');
        hit.version.downloads++;
        return {
            status: 200,
            headers: { 'content-type': 'application/gzip', etag: etagOf(hit.version.crate) },
            body: hit.version.crate
        };
    };
    // The file name form (what the API redirects to and what `dl` names) …
    server.route('downloads', 'GET', '/crates/:name/:file', cratesHandler((req) => {
        const prefix = `${req.params.name}-`;
        const file = req.params.file;
        if (!file.startsWith(prefix) || !file.endsWith('.crate'))
            throw new errors/* CratesApiError */.b(404, 'Not Found');
        return download(req.params.name, file.slice(prefix.length, -'.crate'.length));
    }));
    // … and the form cargo builds from a `dl` without markers (`<dl>/{crate}/{version}/download`).
    server.route('downloads', 'GET', '/crates/:name/:version/download', cratesHandler((req) => download(req.params.name, req.params.version)));
}
function renderIndexFile(s, path) {
    const name = nameFromIndexPath(path);
    // The index is keyed by the exact (lowercased) name: `foo_bar` and `foo-bar` are different files.
    const crate = name ? s.find(name) : undefined;
    const versions = crate && crate.name.toLowerCase() === name ? s.indexVersions(crate) : [];
    if (!crate || versions.length === 0)
        return { status: 404, body: Buffer.from('Not Found\n') };
    return { status: 200, body: Buffer.from(versions.map((v) => s.indexLine(crate, v) + '\n').join('')) };
}

// EXTERNAL MODULE: ./packages/core/src/hash-files.ts + 1 modules
var hash_files = __webpack_require__(99540);
// EXTERNAL MODULE: ./packages/sim/src/crates/crate-file.ts
var crate_file = __webpack_require__(13814);
;// CONCATENATED MODULE: ./packages/sim/src/crates/state.ts






const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** crates.io treats `-` and `_` and case as the same name. */
function canonicalName(name) {
    return name.toLowerCase().replace(/_/g, '-');
}
function sha256Hex(bytes) {
    return (0,hash_files/* hashBytes */.yi)(bytes, 'sha256');
}
/** The in-memory registry: crates, versions, tokens, and the lag settings. */
class CratesState {
    crates = new Map();
    tokens = [];
    publishLag = {};
    indexCdnTtlMs = 0;
    nextId = 1;
    constructor(seed = {}) {
        this.tokens = [...(seed.tokens ?? [])];
        this.publishLag = { ...(seed.publishLag ?? {}) };
        this.indexCdnTtlMs = seed.indexCdnTtlMs ?? 0;
        for (const c of seed.crates ?? [])
            this.seedCrate(c);
    }
    /** Adds a crate and its versions directly (no token, no checks beyond names and versions). */
    seedCrate(seed) {
        if (!NAME.test(seed.name))
            throw new Error(`invalid crate name in state: ${seed.name}`);
        let crate = this.find(seed.name);
        if (!crate) {
            crate = {
                id: this.nextId++,
                name: seed.name,
                owners: seed.owners ?? [],
                keywords: seed.keywords ?? [],
                categories: seed.categories ?? [],
                createdAt: seed.createdAt ?? new Date().toISOString(),
                versions: []
            };
            this.crates.set(canonicalName(seed.name), crate);
        }
        for (const v of seed.versions ?? [])
            this.seedVersion(crate, v);
        return crate;
    }
    /** Adds one version to a crate; returns it. */
    seedVersion(crate, v) {
        if (!semver_default().valid(v.num))
            throw new Error(`invalid version in state: ${crate.name} ${v.num}`);
        if (crate.versions.some((x) => x.num === v.num))
            throw new Error(`duplicate version in state: ${crate.name} ${v.num}`);
        const now = Date.now();
        const bytes = v.crate ?? (0,crate_file/* buildCrateFile */.MH)({ name: crate.name, version: v.num, files: v.files, vcs: v.vcs });
        const createdAt = v.createdAt ?? new Date(now).toISOString();
        const record = {
            id: this.nextId++,
            num: v.num,
            cksum: sha256Hex(bytes),
            crate: bytes,
            deps: v.deps ?? [],
            features: v.features ?? {},
            links: v.links ?? null,
            rustVersion: v.rustVersion ?? null,
            yanked: v.yanked ?? false,
            yankMessage: v.yankMessage ?? null,
            license: v.license ?? 'MIT',
            description: v.description ?? null,
            homepage: v.homepage ?? null,
            documentation: v.documentation ?? null,
            repository: v.repository ?? null,
            createdAt,
            updatedAt: createdAt,
            publishedBy: v.publishedBy ?? crate.owners[0] ?? null,
            downloads: v.downloads ?? 0,
            apiVisibleAt: v.apiVisibleAt ?? now + (v.apiDelayMs ?? 0),
            indexVisibleAt: v.indexVisibleAt ?? now + (v.indexDelayMs ?? 0)
        };
        crate.versions.push(record);
        return record;
    }
    find(name) {
        return this.crates.get(canonicalName(name));
    }
    findVersion(name, num) {
        const crate = this.find(name);
        const version = crate?.versions.find((v) => v.num === num);
        return crate && version ? { crate, version } : undefined;
    }
    /** Versions the API shows now. */
    apiVersions(crate, now = Date.now()) {
        return crate.versions.filter((v) => v.apiVisibleAt <= now);
    }
    /** Versions the index lists now, in publish order. */
    indexVersions(crate, now = Date.now()) {
        return crate.versions.filter((v) => v.indexVisibleAt <= now);
    }
    /**
     * Makes an existing version show in the API and/or the index only after the given delays from
     * now (0 shows it at once). This is how tests reproduce the index propagation lag.
     */
    setLag(name, num, lag) {
        const hit = this.findVersion(name, num);
        if (!hit)
            throw new Error(`no such version: ${name} ${num}`);
        const now = Date.now();
        if (lag.apiMs !== undefined)
            hit.version.apiVisibleAt = now + lag.apiMs;
        if (lag.indexMs !== undefined)
            hit.version.indexVisibleAt = now + lag.indexMs;
        return hit.version;
    }
    /** The login a crates.io token belongs to, or undefined. */
    loginFor(token) {
        if (!token)
            return undefined;
        return this.tokens.find((t) => t.token === token)?.login;
    }
    /** Validates and stores a publish, as crates.io does; returns the warnings it answers with. */
    publish(meta, bytes, login, admin) {
        const bad = (detail) => {
            throw new errors/* CratesApiError */.b(400, detail);
        };
        if (!NAME.test(meta.name))
            bad(`invalid crate name: \`${meta.name}\``);
        if (!semver_default().valid(meta.vers))
            bad(`invalid semver: \`${meta.vers}\``);
        const missing = ['description', 'license'].filter((f) => !meta[f]?.trim());
        if (missing.length && !meta.license_file) {
            bad(`missing or empty metadata fields: ${missing.join(', ')}. Please see https://doc.rust-lang.org/cargo/reference/manifest.html for more information on configuring these fields`);
        }
        const existing = this.find(meta.name);
        if (existing && existing.name !== meta.name)
            bad(`crate was previously named \`${existing.name}\``);
        if (existing && !admin && !existing.owners.includes(login)) {
            throw new errors/* CratesApiError */.b(403, "this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing.");
        }
        if (existing?.versions.some((v) => v.num === meta.vers))
            bad(`crate version \`${meta.vers}\` is already uploaded`);
        for (const dep of meta.deps) {
            if (!dep.registry && !this.find(dep.name))
                bad(`no known crate named \`${dep.name}\``);
        }
        const root = `${meta.name}-${meta.vers}/`;
        let entries;
        try {
            entries = (0,crate_file/* listTarEntries */.kv)(bytes);
        }
        catch (e) {
            return bad(`failed to read the uploaded tarball: ${(0,error_text/* errorText */.k)(e)}`);
        }
        const stray = entries.find((e) => !e.startsWith(root));
        if (stray)
            bad(`invalid path found: ${stray}`);
        if (!entries.includes(`${root}Cargo.toml`))
            bad('uploaded tarball is missing a `Cargo.toml` manifest file');
        const crate = existing ??
            this.seedCrate({
                name: meta.name,
                owners: admin ? [] : [login],
                keywords: meta.keywords ?? [],
                categories: meta.categories ?? []
            });
        this.seedVersion(crate, {
            num: meta.vers,
            crate: Buffer.from(bytes),
            deps: meta.deps.map(publish_request/* toIndexDependency */.nb),
            features: meta.features,
            links: meta.links ?? null,
            rustVersion: meta.rust_version ?? null,
            license: meta.license ?? null,
            description: meta.description ?? null,
            homepage: meta.homepage ?? null,
            documentation: meta.documentation ?? null,
            repository: meta.repository ?? null,
            publishedBy: login,
            apiDelayMs: this.publishLag.apiMs,
            indexDelayMs: this.publishLag.indexMs
        });
        return { warnings: { invalid_categories: [], invalid_badges: [], other: [] } };
    }
    /** Yanks or unyanks; a no-op when already in that state (crates.io answers `ok` either way). */
    setYanked(name, num, yanked, login, admin, message = null) {
        const crate = this.find(name);
        if (!crate)
            throw new errors/* CratesApiError */.b(404, `crate \`${name}\` does not exist`);
        const version = crate.versions.find((v) => v.num === num);
        if (!version)
            throw new errors/* CratesApiError */.b(404, `crate \`${crate.name}\` does not have a version \`${num}\``);
        if (!admin && !crate.owners.includes(login))
            throw new errors/* CratesApiError */.b(403, 'must already be an owner to yank or unyank');
        if (version.yanked !== yanked) {
            version.yanked = yanked;
            version.yankMessage = yanked ? message : null;
            version.updatedAt = new Date().toISOString();
        }
        return version;
    }
    /** One line of the sparse index for a version. */
    indexLine(crate, v) {
        const { features, features2 } = (0,publish_request/* splitFeatures */.iQ)(v.features);
        const line = {
            name: crate.name,
            vers: v.num,
            deps: v.deps,
            cksum: v.cksum,
            features,
            yanked: v.yanked,
            links: v.links,
            v: features2 ? 2 : 1
        };
        if (features2)
            line.features2 = features2;
        if (v.rustVersion)
            line.rust_version = v.rustVersion;
        return JSON.stringify(line);
    }
    /** The section written to the state file; `load` of it restores the same registry. */
    toJSON() {
        return {
            tokens: this.tokens,
            publishLag: this.publishLag,
            indexCdnTtlMs: this.indexCdnTtlMs,
            crates: [...this.crates.values()].map((c) => ({
                name: c.name,
                owners: c.owners,
                keywords: c.keywords,
                categories: c.categories,
                createdAt: c.createdAt,
                versions: c.versions.map((v) => ({
                    num: v.num,
                    crate: v.crate,
                    deps: v.deps,
                    features: v.features,
                    links: v.links,
                    rustVersion: v.rustVersion,
                    yanked: v.yanked,
                    yankMessage: v.yankMessage,
                    license: v.license,
                    description: v.description,
                    homepage: v.homepage,
                    documentation: v.documentation,
                    repository: v.repository,
                    createdAt: v.createdAt,
                    publishedBy: v.publishedBy,
                    downloads: v.downloads,
                    apiVisibleAt: v.apiVisibleAt,
                    indexVisibleAt: v.indexVisibleAt
                }))
            }))
        };
    }
}

;// CONCATENATED MODULE: ./packages/sim/src/crates/index.ts







/**
 * The simulated crates.io: the web API under `/crates/api/v1`, the sparse index under `/index/`
 * (its `config.json` names the API and download locations), and `.crate` downloads under
 * `/downloads/crates/`. Its state file section is a `CratesStateSeed`.
 */
function createCratesModule(seed = {}) {
    let state = new CratesState(seed);
    return {
        name: 'crates',
        get state() {
            return state;
        },
        register(server, ctx) {
            const template = () => dlTemplate(ctx);
            registerApiRoutes(server, () => state, ctx, (crate, version) => template()
                .replace(/\{crate\}/g, crate)
                .replace(/\{version\}/g, version));
            registerIndexRoutes(server, () => state, ctx);
        },
        load(section) {
            state = new CratesState((section ?? {}));
        },
        save() {
            return state.toJSON();
        }
    };
}

;// CONCATENATED MODULE: ./packages/sim/src/npm/state.ts

/** npm's severities, lowest first, as the bulk advisory endpoint spells them. */
const NPM_SEVERITIES = (/* unused pure expression or super */ null && (['info', 'low', 'moderate', 'high', 'critical']));
// npm package names: lower-case, URL-safe, optionally scoped. Anything else is refused before it is
// used as a map key or put into a tarball URL.
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** True for a name the npm registry would accept for a new package. */
function isValidPackageName(name) {
    return name.length <= 214 && PACKAGE_NAME.test(name);
}
const EPOCH = '2020-01-01T00:00:00.000Z';
/**
 * The simulated npm registry: packages (for packuments and tarballs) and security advisories (for the
 * bulk advisory endpoint). Tests and `--state` files seed it; `toJSON()` round-trips it.
 */
class NpmState {
    packages = new Map();
    advisories = [];
    constructor(seed = {}) {
        for (const p of seed.packages ?? [])
            this.addPackage(p);
        for (const a of seed.advisories ?? [])
            this.addAdvisory(a);
    }
    /** Adds (or extends) a package with versions. */
    addPackage(seed) {
        if (!isValidPackageName(seed.name))
            throw new Error(`npm sim: invalid package name ${JSON.stringify(seed.name)}`);
        const pkg = this.packages.get(seed.name) ?? { name: seed.name, versions: new Map(), distTags: {} };
        for (const v of seed.versions) {
            const version = typeof v === 'string' ? { version: v } : v;
            if (!semver_default().valid(version.version))
                throw new Error(`npm sim: invalid version ${JSON.stringify(version.version)} of ${seed.name}`);
            pkg.versions.set(version.version, version);
        }
        Object.assign(pkg.distTags, seed.distTags ?? {});
        this.packages.set(seed.name, pkg);
    }
    /** Adds an advisory; the package is created (without versions) if it is unknown. */
    addAdvisory(seed) {
        if (!semver_default().validRange(seed.vulnerable_versions)) {
            throw new Error(`npm sim: invalid vulnerable_versions ${JSON.stringify(seed.vulnerable_versions)}`);
        }
        this.advisories.push({ ...seed });
    }
    /** Removes every advisory of a package (a test's "the advisory was withdrawn"). */
    removeAdvisories(packageName) {
        for (let i = this.advisories.length - 1; i >= 0; i--)
            if (this.advisories[i].package === packageName)
                this.advisories.splice(i, 1);
    }
    packageNames() {
        return [...this.packages.keys()].sort();
    }
    getPackage(name) {
        const pkg = this.packages.get(name);
        if (!pkg)
            return undefined;
        const versions = [...pkg.versions.values()].sort((a, b) => semver_default().compare(a.version, b.version));
        const distTags = { ...pkg.distTags };
        if (!distTags.latest) {
            const stable = versions.filter((v) => !semver_default().prerelease(v.version));
            const latest = (stable.length ? stable : versions).at(-1);
            if (latest)
                distTags.latest = latest.version;
        }
        return { name, versions, distTags };
    }
    hasVersion(name, version) {
        return this.packages.get(name)?.versions.has(version) ?? false;
    }
    /**
     * What the bulk endpoint answers for a request body: for each package, the advisories whose
     * vulnerable range contains at least one of the requested versions. Packages without any are left
     * out, as the registry does.
     */
    bulkAdvisories(request) {
        const out = {};
        for (const [name, versions] of Object.entries(request)) {
            const hits = this.advisories
                .filter((a) => a.package === name)
                .filter((a) => versions.some((v) => semver_default().valid(v) && semver_default().satisfies(v, a.vulnerable_versions, { includePrerelease: true })))
                .map(({ package: _pkg, ...wire }) => wire);
            if (hits.length)
                out[name] = hits;
        }
        return out;
    }
    publishedAt(version) {
        return version.published ?? EPOCH;
    }
    toJSON() {
        return {
            packages: [...this.packages.values()].map((p) => ({
                name: p.name,
                versions: [...p.versions.values()],
                ...(Object.keys(p.distTags).length ? { distTags: p.distTags } : {})
            })),
            advisories: this.advisories.map((a) => ({ ...a }))
        };
    }
}
/**
 * The default seed: `minimist` with the real prototype-pollution advisory (GHSA-xvch-5gv4-984h, fixed
 * in 1.2.6), and a scoped package without advisories so scoped packuments are exercised.
 */
function defaultNpmSeed() {
    return {
        packages: [
            { name: 'minimist', versions: ['0.2.4', '1.2.0', '1.2.5', '1.2.6', '1.2.8'] },
            { name: '@sim/left-pad', versions: ['1.0.0', '1.1.0'] }
        ],
        advisories: [
            {
                package: 'minimist',
                id: 1097678,
                url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
                title: 'Prototype Pollution in minimist',
                severity: 'critical',
                vulnerable_versions: '>=1.0.0 <1.2.6',
                cwe: ['CWE-1321'],
                cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
            }
        ]
    };
}

;// CONCATENATED MODULE: ./packages/sim/src/npm/tarball.ts


/** A gzip-compressed tar of `package/<file>` entries, the layout npm expects in a package tarball. */
function packTarball(files, mtime = 499162500) {
    return (0,tar/* writeTarGz */.S)(Object.entries(files).map(([name, data]) => ({ name: `package/${name}`, data })), { mtime, level: 9 });
}
/** `dist.integrity` (SRI sha512) and `dist.shasum` (hex sha1) of a tarball, as a packument lists them. */
function tarballDigests(bytes) {
    return {
        integrity: `sha512-${(0,external_node_crypto_.createHash)('sha512').update(bytes).digest('base64')}`,
        shasum: (0,external_node_crypto_.createHash)('sha1').update(bytes).digest('hex')
    };
}

;// CONCATENATED MODULE: ./packages/sim/src/npm/routes.ts




function npmError(status, error) {
    // The registry answers errors as `{"error": "..."}`, not GitHub's `{"message": ...}`.
    return { status, headers: { 'content-type': 'application/json' }, body: { error } };
}
/** The request body as npm sends it: gzip-encoded JSON (`gzip: true` in npm-registry-fetch), or plain. */
function decodeBody(req) {
    const encoding = String(req.headers['content-encoding'] ?? '').toLowerCase();
    let raw = req.body;
    if (encoding === 'gzip' || encoding === 'x-gzip')
        raw = (0,external_node_zlib_.gunzipSync)(raw);
    else if (encoding === 'deflate')
        raw = (0,external_node_zlib_.inflateSync)(raw);
    else if (encoding && encoding !== 'identity')
        throw new Error(`unsupported content-encoding ${encoding}`);
    return JSON.parse(raw.toString('utf8'));
}
function isBulkRequest(body) {
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return false;
    return Object.values(body).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
}
function tarballName(name, version) {
    return `${name.includes('/') ? name.split('/')[1] : name}-${version}.tgz`;
}
/**
 * Registers the npm registry routes on the `npm` service: the bulk advisory endpoint that
 * `npm audit` posts to, packuments that npm reads to decide `fixAvailable` (and to install), and
 * tarballs generated on demand so `npm install` against the simulator works too.
 */
function registerNpmRoutes(server, state, baseUrl) {
    const tarballs = new Map();
    const tarball = (name, version) => {
        const key = `${name}@${version.version}`;
        let bytes = tarballs.get(key);
        if (!bytes) {
            const manifest = {
                name,
                version: version.version,
                ...(version.dependencies ? { dependencies: version.dependencies } : {})
            };
            bytes = packTarball({
                'package.json': JSON.stringify(manifest, null, 2) + '\n',
                'index.js': 'module.exports = {};\n'
            });
            tarballs.set(key, bytes);
        }
        return bytes;
    };
    server.route('npm', 'POST', '/-/npm/v1/security/advisories/bulk', (req) => {
        let body;
        try {
            body = decodeBody(req);
        }
        catch (e) {
            return npmError(400, `Invalid request body: ${(0,error_text/* errorText */.k)(e)}`);
        }
        if (!isBulkRequest(body))
            return npmError(400, 'Invalid request body: expected an object of package name to an array of versions');
        return { status: 200, body: state().bulkAdvisories(body) };
    });
    // The v6 audit endpoints (pnpm and Yarn 1 still call them) are retired on the public registry and
    // answer 410 with this body; the simulator does the same, so those clients fail as they do there.
    const retired = () => npmError(410, 'This endpoint is being retired. Use the bulk advisory endpoint instead. See the following docs for more info: https://api-docs.npmjs.com/#tag/Audit');
    server.route('npm', 'POST', '/-/npm/v1/security/audits/quick', retired);
    server.route('npm', 'POST', '/-/npm/v1/security/audits', retired);
    server.route('npm', 'GET', '/-/ping', () => ({ status: 200, body: {} }));
    const packument = (name) => {
        if (!isValidPackageName(name))
            return npmError(404, 'Not found');
        const pkg = state().getPackage(name);
        if (!pkg)
            return npmError(404, 'Not found');
        const versions = {};
        const time = {};
        for (const v of pkg.versions) {
            const bytes = tarball(name, v);
            versions[v.version] = {
                name,
                version: v.version,
                ...(v.dependencies ? { dependencies: v.dependencies } : {}),
                ...(v.deprecated ? { deprecated: v.deprecated } : {}),
                _id: `${name}@${v.version}`,
                dist: { ...tarballDigests(bytes), tarball: `${baseUrl()}/${name}/-/${tarballName(name, v.version)}` }
            };
            time[v.version] = state().publishedAt(v);
        }
        const stamps = Object.values(time).sort();
        return {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: {
                _id: name,
                name,
                'dist-tags': pkg.distTags,
                versions,
                time: {
                    created: stamps[0] ?? '2020-01-01T00:00:00.000Z',
                    modified: stamps.at(-1) ?? '2020-01-01T00:00:00.000Z',
                    ...time
                }
            }
        };
    };
    const download = (name, file) => {
        const pkg = isValidPackageName(name) ? state().getPackage(name) : undefined;
        const version = pkg?.versions.find((v) => tarballName(name, v.version) === file);
        if (!version)
            return npmError(404, 'Not found');
        return {
            status: 200,
            headers: { 'content-type': 'application/octet-stream' },
            body: tarball(name, version)
        };
    };
    // `/minimist`, and a scoped name sent encoded (`/@scope%2fname`: the router decodes it into one
    // segment) or raw (`/@scope/name`: two segments).
    server.route('npm', 'GET', '/:name', (req) => packument(req.params.name));
    server.route('npm', 'GET', '/:scope/:name', (req) => req.params.scope.startsWith('@')
        ? packument(`${req.params.scope}/${req.params.name}`)
        : npmError(404, 'Not found'));
    server.route('npm', 'GET', '/:name/-/:file', (req) => download(req.params.name, req.params.file));
    server.route('npm', 'GET', '/:scope/:name/-/:file', (req) => req.params.scope.startsWith('@')
        ? download(`${req.params.scope}/${req.params.name}`, req.params.file)
        : npmError(404, 'Not found'));
}

;// CONCATENATED MODULE: ./packages/sim/src/npm/index.ts



/**
 * The simulated npm registry. Seeded with `defaultNpmSeed()` (minimist's prototype-pollution
 * advisory) unless a state file's `npm` section replaces it.
 */
function createNpmModule(seed = defaultNpmSeed()) {
    let state = new NpmState(seed);
    return {
        name: 'npm',
        get state() {
            return state;
        },
        register(server, ctx) {
            registerNpmRoutes(server, () => state, () => ctx.urls.npm);
        },
        load(section) {
            state = new NpmState((section ?? {}));
        },
        save() {
            return state.toJSON();
        }
    };
}

// EXTERNAL MODULE: ./packages/sim/src/command.ts
var command = __webpack_require__(85262);
;// CONCATENATED MODULE: ./packages/sim/src/index.ts










function urlsFor(server) {
    return {
        get github() {
            return server.url('github');
        },
        get uploads() {
            return server.url('uploads');
        },
        get downloads() {
            return server.url('downloads');
        },
        get crates() {
            return server.url('crates');
        },
        get index() {
            return `sparse+${server.url('index')}/`;
        },
        get npm() {
            return server.url('npm');
        },
        get admin() {
            return server.url('admin');
        }
    };
}
function readState(state) {
    if (state === undefined)
        return {};
    if (typeof state !== 'string')
        return state;
    return JSON.parse((0,external_node_fs_.readFileSync)(state, 'utf8'), bufferReviver);
}
function makeFaults(server, github) {
    const rule = (path, service, steps) => server.addFault({ service, path, steps });
    const times = (n, step) => Array.from({ length: n }, () => step);
    return {
        status: (path, status, count = 1, service = 'github') => rule(path, service, times(count, { kind: 'status', status })),
        secondaryRateLimit: (path, retryAfter = 1, count = 1) => rule(path, 'github', times(count, {
            kind: 'status',
            status: 403,
            headers: {
                'retry-after': String(retryAfter),
                'x-ratelimit-remaining': '4999',
                'x-ratelimit-limit': '5000',
                'x-ratelimit-resource': 'core'
            },
            body: {
                message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
                documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                status: '403'
            }
        })),
        primaryRateLimit: (path, retryAfter = 1, count = 1) => rule(path, 'github', times(count, {
            kind: 'status',
            status: 429,
            headers: {
                'retry-after': String(retryAfter),
                'x-ratelimit-limit': '5000',
                'x-ratelimit-remaining': '0',
                'x-ratelimit-used': '5000',
                'x-ratelimit-resource': 'core',
                'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + retryAfter)
            },
            body: {
                message: 'API rate limit exceeded.',
                documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
                status: '429'
            }
        })),
        lostResponse: (path, opts = {}) => server.addFault({
            service: opts.service ?? 'github',
            method: opts.method,
            path,
            steps: times(opts.count ?? 1, opts.status === 0
                ? { kind: 'reset', after: true }
                : { kind: 'status', status: opts.status ?? 502, after: true })
        }),
        staleList: (full, count = 1) => {
            const [owner, name] = full.split('/');
            github.repo(owner, name).stale_list = count;
        },
        partialUpload: (count = 1) => {
            github.state.partial_uploads = count;
        },
        reset: (path, count = 1, service = 'github') => rule(path, service, times(count, { kind: 'reset' })),
        truncate: (path, bytes, service = 'downloads') => rule(path, service, [{ kind: 'truncate', bytes }]),
        delay: (path, ms, service = 'github') => rule(path, service, [{ kind: 'delay', ms }]),
        clear: () => {
            server.clearFaults();
            delete github.state.partial_uploads;
            for (const r of Object.values(github.state.repos))
                delete r.stale_list;
        }
    };
}
/**
 * `RELEASE_KIT_SIM_TRACE=<file>`: appends every JSON exchange (no headers, so no credentials) as one
 * line, so that a whole test run's traffic can be checked against the OpenAPI description afterwards
 * (`node test/sim/openapi-trace-check.mjs <file>` style tooling).
 */
function traceTo(server, file) {
    server.observe((ex) => {
        if (ex.service !== 'github' && ex.service !== 'uploads')
            return;
        const isJson = (b) => b !== null &&
            typeof b === 'object' &&
            !Buffer.isBuffer(b) &&
            typeof b.pipe !== 'function';
        let requestBody;
        if (ex.service === 'github' &&
            ex.requestBody.length &&
            String(ex.requestHeaders['content-type'] ?? '').includes('json')) {
            try {
                requestBody = JSON.parse(ex.requestBody.toString('utf8'));
            }
            catch {
                requestBody = undefined;
            }
        }
        const line = {
            service: ex.service,
            method: ex.method,
            path: ex.path,
            status: ex.status,
            requestBody,
            body: isJson(ex.body) ? ex.body : undefined
        };
        (0,external_node_fs_.appendFileSync)(file, JSON.stringify(line) + '\n');
    });
}
/**
 * Starts the simulator: one HTTP server with the GitHub, crates.io and npm modules, seeded from
 * `options.state`. Resolves once it listens.
 */
async function startSimulator(options = {}) {
    const server = new SimServer();
    const adminToken = options.adminToken ?? `sim_admin_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const github = createGitHubModule();
    const crates = createCratesModule();
    const npm = createNpmModule();
    const modules = [github, crates, npm];
    const urls = urlsFor(server);
    const ctx = {
        urls,
        adminToken,
        isAdmin: (token) => token !== undefined && token === adminToken,
        identify: (token) => {
            if (token !== undefined && token === adminToken)
                return { login: 'sim-admin', id: 1, kind: 'admin' };
            return github.identify(token);
        }
    };
    const state = readState(options.state);
    for (const m of modules) {
        m.register(server, ctx);
        if (m.load && state[m.name] !== undefined)
            m.load(state[m.name]);
    }
    const snapshot = () => {
        const out = { version: 1 };
        for (const m of modules)
            if (m.save)
                out[m.name] = m.save();
        return out;
    };
    registerAdminRoutes(server, ctx, { github, modules, snapshot });
    if (process.env.RELEASE_KIT_SIM_TRACE)
        traceTo(server, process.env.RELEASE_KIT_SIM_TRACE);
    await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    return {
        urls,
        adminToken,
        server,
        github: github.state,
        gh: github,
        crates,
        npm,
        modules,
        faults: makeFaults(server, github),
        save(path) {
            const out = snapshot();
            if (path)
                (0,external_node_fs_.writeFileSync)(path, stringifyState(out));
            return out;
        },
        stop: () => server.close()
    };
}



/***/ }),

/***/ 97708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ writeTarGz),
/* harmony export */   k: () => (/* binding */ listTarEntries)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function header(name, size, mode, type, mtime) {
    const block = Buffer.alloc(512, 0);
    let prefix = '';
    let base = name;
    // ustar keeps names over 100 bytes in the 155-byte prefix field, split at a slash.
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf('/', 154);
        prefix = name.slice(0, cut);
        base = name.slice(cut + 1);
    }
    block.write(base, 0, 100, 'utf8');
    block.write(octal(mode, 8), 100, 'ascii');
    block.write(octal(0, 8), 108, 'ascii');
    block.write(octal(0, 8), 116, 'ascii');
    block.write(octal(size, 12), 124, 'ascii');
    block.write(octal(mtime, 12), 136, 'ascii');
    block.write('        ', 148, 'ascii');
    block.write(type, 156, 'ascii');
    block.write('ustar\0', 257, 'ascii');
    block.write('00', 263, 'ascii');
    block.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of block)
        sum += byte;
    block.write(octal(sum, 7) + ' ', 148, 'ascii');
    return block;
}
/**
 * A gzip'd ustar archive of the given entries, in order, all stamped with one mtime — the one
 * writer behind the simulator's `.crate` files, npm tarballs and GitHub source tarballs.
 */
function writeTarGz(entries, options) {
    const parts = [];
    for (const entry of entries) {
        const content = entry.data ?? Buffer.alloc(0);
        const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
        const type = entry.directory ? '5' : '0';
        parts.push(header(entry.name, data.length, entry.mode ?? 0o644, type, options.mtime), data);
        parts.push(Buffer.alloc((512 - (data.length % 512)) % 512));
    }
    parts.push(Buffer.alloc(1024));
    const tar = Buffer.concat(parts);
    return options.level === undefined ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(tar) : (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(tar, { level: options.level });
}
/** Entry names of a gzip'd tar; throws when the bytes are not one. */
function listTarEntries(gz) {
    const tar = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(gz);
    const names = [];
    let offset = 0;
    while (offset + 512 <= tar.length) {
        const block = tar.subarray(offset, offset + 512);
        if (block.every((b) => b === 0))
            break;
        const field = (start, len) => block
            .subarray(start, start + len)
            .toString('utf8')
            .replace(/\0.*$/s, '');
        const name = field(0, 100);
        const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
        const size = parseInt(field(124, 12).trim() || '0', 8);
        if (!Number.isFinite(size))
            throw new Error('corrupt tar header');
        names.push(prefix ? `${prefix}/${name}` : name);
        offset += 512 + Math.ceil(size / 512) * 512;
    }
    return names;
}


/***/ })

};
