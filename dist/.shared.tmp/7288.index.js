export const id = 7288;
export const ids = [7288];
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

/***/ 69493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   buildInventory: () => (/* binding */ buildInventory),
/* harmony export */   m2: () => (/* binding */ parseChecksumsInput),
/* harmony export */   versionFromTag: () => (/* binding */ versionFromTag)
/* harmony export */ });
/* unused harmony exports TEMPLATE_PLACEHOLDERS, usesTarget, CHECKSUM_MODES, readManifest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _asset_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58581);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47828);





const TEMPLATE_PLACEHOLDERS = ['version', 'tag', 'target'];
const SHA256_HEX = /^[0-9a-f]{64}$/i;
function show(value) {
    return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
}
/**
 * Splits a template into literal text and placeholders. `{{` and `}}` stand for literal braces.
 * @throws InputError for an unknown placeholder or an unbalanced brace, naming the input.
 */
function parseTemplate(template, inputName = 'expected') {
    const pieces = [];
    let text = '';
    const accepted = TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '{' && template[i + 1] === '{') {
            text += '{';
            i++;
        }
        else if (c === '}' && template[i + 1] === '}') {
            text += '}';
            i++;
        }
        else if (c === '{') {
            const end = template.indexOf('}', i + 1);
            const nextOpen = template.indexOf('{', i + 1);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} has a '{' without its '}' (at character ${i + 1}).`, `Placeholders are ${accepted}; write {{ for a literal brace.`);
            }
            const name = template.slice(i + 1, end);
            if (!TEMPLATE_PLACEHOLDERS.includes(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} uses the unknown placeholder {${name}}.`, `Placeholders are ${accepted}; write {{ and }} for literal braces.`);
            }
            if (text)
                pieces.push({ text });
            text = '';
            pieces.push({ placeholder: name });
            i = end;
        }
        else if (c === '}') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} has a '}' without its '{' (at character ${i + 1}).`, `Placeholders are ${accepted}; write }} for a literal brace.`);
        }
        else
            text += c;
    }
    if (text)
        pieces.push({ text });
    return pieces;
}
/** True when the template holds `{target}` (it then expands once per target). */
function usesTarget(template, inputName = 'expected') {
    return parseTemplate(template, inputName).some((p) => 'placeholder' in p && p.placeholder === 'target');
}
/**
 * Expands one template into asset names: once, or once per target when it holds `{target}`.
 * Every name is checked to be one GitHub stores as given.
 * @throws ConfigurationError for a malformed template, `{target}` without targets, `{version}`/`{tag}`
 *   without a value, or an expanded name that is not a safe asset name.
 */
function expandTemplate(template, values, inputName = 'expected', targetsInput = 'targets') {
    const pieces = parseTemplate(template, inputName);
    const used = new Set(pieces.flatMap((p) => ('placeholder' in p ? [p.placeholder] : [])));
    for (const key of ['version', 'tag']) {
        if (used.has(key) && !values[key]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} uses {${key}}, but there is no ${key}`, `(set the '${key}' input, or run on a tag).`);
        }
    }
    const targets = values.targets ?? [];
    if (used.has('target') && targets.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} uses {target}, but '${targetsInput}' is empty.`, 'List the targets (newline- or comma-separated), such as linux-amd64, windows-amd64.exe.');
    }
    const render = (target) => pieces
        .map((p) => ('text' in p ? p.text : p.placeholder === 'target' ? target : values[p.placeholder]))
        .join('');
    const names = used.has('target') ? targets.map(render) : [render()];
    for (const name of names) {
        const problem = (0,_release_js__WEBPACK_IMPORTED_MODULE_4__.assetNameProblem)(name);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, template, `template ${show(template)} gives the asset name ${show(name)}, which is not a safe asset name: ${problem}.`);
        }
    }
    return names;
}
/**
 * The version a release tag stands for, for `{version}` when no version is given: the tag without a
 * leading `v` (`v1.2.3` → `1.2.3`).
 */
function versionFromTag(tag) {
    return tag.replace(/^[vV]/, '');
}
/** The `checksums` modes that are not a file name. */
const CHECKSUM_MODES = ['auto', 'sidecars', 'none'];
/**
 * Reads a `checksums` input (verify-release-assets, qe-signoff-gate): `auto`, `sidecars` or `none` in
 * any case, else the name of the checksum file asset, which may use `{version}` and `{tag}` like the
 * expected names.
 * @returns the mode in lower case, or the expanded file name.
 * @throws InputError naming the input and the accepted values for a malformed template, an
 *   unset `{version}`/`{tag}`, `{target}`, or a name that is not a safe asset name.
 */
function parseChecksumsInput(text, values, inputName = 'checksums') {
    const mode = text.toLowerCase();
    if (CHECKSUM_MODES.includes(mode))
        return mode;
    const accepted = `Use ${CHECKSUM_MODES.join(', ')}, or the name of a checksum file asset such as SHA256SUMS.txt.`;
    let names;
    try {
        names = expandTemplate(text, { version: values.version, tag: values.tag }, inputName);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(e.input, e.value, `${e.problem}${e.accepted ? ` ${e.accepted}` : ''}`, accepted);
    }
    return names[0];
}
function manifestError(file, inputName, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, file, `manifest ${show(file)} ${detail}.`, 'Accepted: a JSON or YAML list of names or of {name, size?, sha256?} objects, or an object {assets: [...], targets?: [...]}.');
}
function parseDigest(value, where, file, inputName) {
    if (value === undefined || value === null)
        return undefined;
    const text = String(value).trim();
    const hex = text.toLowerCase().startsWith('sha256:') ? text.slice(7) : text;
    if (!SHA256_HEX.test(hex))
        throw manifestError(file, inputName, `gives ${where} the digest ${show(text)}, which is not a SHA-256 (64 hex digits, optionally prefixed sha256:)`);
    return hex.toLowerCase();
}
/**
 * Reads a manifest file: a JSON or YAML list of names or `{name, size?, sha256?}` objects (`digest:
 * sha256:<hex>` is accepted for `sha256`), or an object `{assets: [...], targets?: [...]}`. Names may be
 * templates, expanded like the `expected` input.
 * @throws ConfigurationError when the file is unreadable or not in that shape.
 */
async function readManifest(file, inputName = 'manifest', cwd = process.cwd()) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw manifestError(file, inputName, `cannot be read (${e.code ?? String(e)})`);
    }
    let doc;
    try {
        // YAML is a superset of JSON, but JSON.parse first keeps the yaml parser out of the common path.
        doc = /\.json$/i.test(file)
            ? JSON.parse(text)
            : (await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))).parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw manifestError(file, inputName, `is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e).split('\n')[0]})`);
    }
    let list = doc;
    let targets;
    if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
        const obj = doc;
        list = obj.assets;
        if (obj.targets !== undefined) {
            if (!Array.isArray(obj.targets) || obj.targets.some((t) => typeof t !== 'string' || t.trim() === '')) {
                throw manifestError(file, inputName, 'has a targets entry that is not a list of non-empty strings');
            }
            targets = obj.targets.map((t) => t.trim());
        }
    }
    if (!Array.isArray(list))
        throw manifestError(file, inputName, 'holds no list of assets');
    const entries = list.map((item, i) => {
        const where = `entry ${i + 1}`;
        if (typeof item === 'string')
            return { name: item.trim() };
        if (!item || typeof item !== 'object' || typeof item.name !== 'string') {
            throw manifestError(file, inputName, `has ${where} without a name`);
        }
        const o = item;
        let size;
        if (o.size !== undefined && o.size !== null) {
            size = Number(o.size);
            if (!Number.isSafeInteger(size) || size < 0)
                throw manifestError(file, inputName, `gives ${where} the size ${show(String(o.size))}, which is not a whole number of bytes`);
        }
        const sha256 = parseDigest(o.sha256 ?? o.digest, where, file, inputName);
        return { name: o.name.trim(), size, sha256 };
    });
    return { entries, targets };
}
/**
 * Builds the expected-asset set from the `expected` templates and/or a manifest (their union).
 * Names are expanded, validated and de-duplicated; a name declared twice with different sizes or digests
 * is a mistake.
 * @throws ConfigurationError for a malformed template or manifest, or an empty expected set.
 */
async function buildInventory(spec) {
    const names = { expected: 'expected', targets: 'targets', manifest: 'manifest', ...spec.inputNames };
    const values = { version: spec.version, tag: spec.tag, targets: spec.targets ?? [] };
    const byName = new Map();
    const warnings = [];
    let targetUsed = false;
    const add = (asset, inputName) => {
        // GitHub renames some uploads (`1~bpo12` → `1.bpo12`): look for the asset where GitHub keeps it.
        const stored = (0,_asset_name_js__WEBPACK_IMPORTED_MODULE_3__.githubStoredAssetName)(asset.name);
        if (stored !== asset.name) {
            warnings.push(`${show(asset.name)} is stored by GitHub as ${show(stored)}; it is looked for under that name.`);
            asset = { ...asset, name: stored, localName: asset.name };
        }
        const prior = byName.get(asset.name);
        if (!prior) {
            byName.set(asset.name, asset);
            return;
        }
        for (const key of ['size', 'sha256']) {
            if (asset[key] !== undefined && prior[key] !== undefined && asset[key] !== prior[key]) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, asset.name, `asset ${show(asset.name)} is declared twice with different ${key === 'size' ? 'sizes' : 'SHA-256 digests'} (${prior[key]} from ${prior.source}, ${asset[key]} from ${asset.source}).`);
            }
            if (prior[key] === undefined && asset[key] !== undefined)
                prior[key] = asset[key];
        }
    };
    for (const template of spec.expected ?? []) {
        if (usesTarget(template, names.expected))
            targetUsed = true;
        for (const name of expandTemplate(template, values, names.expected, names.targets))
            add({ name, source: 'expected' }, names.expected);
    }
    if (spec.manifest) {
        const manifest = await readManifest(spec.manifest, names.manifest, spec.cwd);
        const manifestValues = { ...values, targets: manifest.targets ?? values.targets };
        const targetsInput = manifest.targets ? `targets of ${spec.manifest}` : names.targets;
        for (const entry of manifest.entries) {
            if (usesTarget(entry.name, names.manifest))
                targetUsed = true;
            const expanded = expandTemplate(entry.name, manifestValues, names.manifest, targetsInput);
            if (expanded.length > 1 && (entry.size !== undefined || entry.sha256 !== undefined)) {
                throw manifestError(spec.manifest, names.manifest, `gives a size or digest to the template ${show(entry.name)}, which names ${expanded.length} assets; list them one by one instead`);
            }
            for (const name of expanded)
                add({ name, size: entry.size, sha256: entry.sha256, source: `manifest ${spec.manifest}` }, names.manifest);
        }
    }
    if (byName.size === 0) {
        const given = [
            spec.expected?.length ? `'${names.expected}'` : '',
            spec.manifest ? `'${names.manifest}' (${spec.manifest})` : ''
        ].filter(Boolean);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(given.length
            ? `The expected asset set is empty: ${given.join(' and ')} name no asset. List the asset names or templates such as caro-{version}-{target}.`
            : `No expected assets: set '${names.expected}' (names or templates such as caro-{version}-{target}, with '${names.targets}') or '${names.manifest}' (a JSON or YAML file).`);
    }
    if (values.targets.length && !targetUsed) {
        warnings.push(`'${names.targets}' is set, but no expected name uses {target}, so the targets are unused.`);
    }
    return { assets: [...byName.values()], byName, warnings };
}


/***/ })

};
