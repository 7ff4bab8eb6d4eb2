export const id = 382;
export const ids = [382];
export const modules = {

/***/ 92886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs)
/* harmony export */ });
/* unused harmony exports expandBraces, sortByBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** Expands `{a,b}` alternatives (nested too) into separate patterns. */
function expandBraces(pattern) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && depth > 0 && --depth === 0) {
            const body = pattern.slice(start + 1, i);
            const parts = [];
            let d = 0;
            let from = 0;
            for (let j = 0; j < body.length; j++) {
                if (body[j] === '\\')
                    j++;
                else if (body[j] === '{')
                    d++;
                else if (body[j] === '}')
                    d--;
                else if (body[j] === ',' && d === 0) {
                    parts.push(body.slice(from, j));
                    from = j + 1;
                }
            }
            parts.push(body.slice(from));
            if (parts.length < 2)
                continue; // `{x}` is literal, as in bash
            const head = pattern.slice(0, start);
            const tail = pattern.slice(i + 1);
            return parts.flatMap((p) => expandBraces(head + p + tail));
        }
    }
    return [pattern];
}
const MAGIC = /[*?[]/;
/** Converts one path segment of a glob to a regular expression source. */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length)
            out += escapeRegExp(segment[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else
            out += escapeRegExp(c);
    }
    return out;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * Compiles one glob (after brace expansion) relative to the working directory.
 * @throws ConfigurationError for absolute patterns and `..` segments.
 */
function compile(pattern, inputName) {
    let p = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': ${JSON.stringify(pattern)} leaves the working directory; patterns are relative to working-directory and may not be absolute or hold '..'. Set working-directory instead.`);
    }
    p = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    const segments = p.split('/').filter((s) => s !== '' && s !== '.');
    const firstMagic = segments.findIndex((s) => MAGIC.test(s));
    const literal = firstMagic < 0;
    const baseSegments = literal ? segments.slice(0, -1) : segments.slice(0, firstMagic);
    const rest = literal ? segments.slice(-1) : segments.slice(firstMagic);
    let source = '';
    for (const [i, seg] of segments.entries()) {
        if (seg === '**') {
            // `a/**/b` matches a/b too; a trailing `**` matches everything below.
            source += i === segments.length - 1 ? (i === 0 ? '.*' : '/.*') : i === 0 ? '(?:.*/)?' : '(?:/.*)?/';
            continue;
        }
        if (i > 0 && segments[i - 1] !== '**')
            source += '/';
        source += segmentSource(seg);
    }
    const depth = rest.includes('**') ? Infinity : rest.length;
    return {
        source: pattern,
        base: baseSegments.map((s) => s.replace(/\\(.)/g, '$1')).join('/'),
        regex: new RegExp(`^${source}$`, 's'),
        depth,
        literal: literal ? segments.map((s) => s.replace(/\\(.)/g, '$1')).join('/') : undefined
    };
}
function isFile(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Walks `base` up to `depth` levels, following symbolic links to files and, once each, to directories.
 * Synchronous on purpose: one readdir per directory and no promise per entry keeps 20,000-file folders
 * to a few milliseconds; a stat is paid only for symbolic links.
 */
function walk(cwd, base, depth, visit) {
    const seen = new Set();
    // Linked directories are walked after every real one, so a file reachable both ways is reported under
    // its real path whatever order readdir returns.
    const linked = [];
    const go = (rel, level) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, rel);
        let entries;
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            const key = `${st.dev}:${st.ino}`;
            if (seen.has(key))
                return;
            seen.add(key);
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        const prefix = rel ? `${rel}/` : '';
        for (const e of entries) {
            const childRel = prefix + e.name;
            if (e.isFile())
                visit(childRel);
            else if (e.isDirectory()) {
                if (level + 1 < depth)
                    go(childRel, level + 1);
            }
            else if (e.isSymbolicLink()) {
                let st;
                try {
                    st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, childRel));
                }
                catch {
                    continue;
                }
                if (st.isFile())
                    visit(childRel);
                else if (st.isDirectory() && level + 1 < depth)
                    linked.push([childRel, level + 1]);
            }
        }
    };
    go(base, 0);
    while (linked.length)
        go(...linked.shift());
}
/** Sorts names by their UTF-8 bytes, as `LC_ALL=C sort` does (JS string order differs above U+FFFF). */
function sortByBytes(names) {
    const list = [...names];
    // UTF-16 order equals code point (= UTF-8 byte) order unless a surrogate pair is involved.
    if (!list.some((n) => /[\uD800-\uDFFF]/.test(n)))
        return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keyed = list.map((n) => ({ n, key: Buffer.from(n) }));
    return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.n);
}
/**
 * Expands newline-separated glob patterns (or a list of them) relative to a working directory into the
 * files they match, skipping directories. Lines starting with `!` exclude; blank and `#` lines are ignored.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
async function expandGlobs(patterns, options = {}) {
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd ?? '.');
    const inputName = options.inputName ?? 'files';
    const lines = (typeof patterns === 'string' ? patterns.split(/\r?\n/) : [...patterns])
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const includes = [];
    const excludes = [];
    for (const line of lines) {
        const negated = line.startsWith('!');
        const body = negated ? line.slice(1).trim() : line;
        const compiled = expandBraces(body).map((p) => compile(p, inputName));
        if (negated)
            excludes.push(...compiled);
        else
            includes.push({ source: line, compiled });
    }
    const found = new Set();
    const unmatched = [];
    for (const include of includes) {
        const hits = new Set();
        for (const c of include.compiled) {
            if (c.literal !== undefined) {
                if (c.literal && isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, c.literal)))
                    hits.add(c.literal);
                continue;
            }
            walk(cwd, c.base, c.depth, (rel) => {
                if (c.regex.test(rel))
                    hits.add(rel);
            });
        }
        if (hits.size === 0)
            unmatched.push(include.source);
        for (const h of hits)
            found.add(h);
    }
    for (const name of [...found])
        if (excludes.some((x) => x.regex.test(name)))
            found.delete(name);
    return { files: sortByBytes(found), unmatched };
}


/***/ }),

/***/ 49271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   U7: () => (/* binding */ cpuCount),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony exports hashStream, hashBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);





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
/** Work handed to a worker at once, in bytes (estimated from the average file size so far). */
const BATCH_BYTES = 8 * 1024 * 1024;
/** The number of CPUs Node may use. */
function cpuCount() {
    return Math.max(1, typeof (node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism() : node_os__WEBPACK_IMPORTED_MODULE_3___default().cpus().length);
}
function readAsync(fd, buffer) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n))));
}
// crypto.hash (Node 20.12+, 21.7+) skips the Hash object: a third of the cost of hashing a 4 KiB file.
const oneShot = (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash);
function digestOnce(algorithm, data) {
    return oneShot ? oneShot(algorithm, data, 'hex') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex');
}
/**
 * Hashes one path with two reused buffers. A file that ends within the first read (most files) costs
 * open, two synchronous reads and close, and one-shot hashing; a longer one overlaps reading the next
 * chunk (thread pool) with hashing the current one.
 */
function hashPath(path, algorithm, a, b) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    let rest;
    try {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, a, 0, a.length, null);
        if (n < a.length) {
            const more = n === 0 ? 0 : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, b, 0, b.length, null);
            // Returned synchronously: no promise per small file.
            if (more === 0) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                return { hash: digestOnce(algorithm, a.subarray(0, n)), size: n };
            }
            // A short read before the end (some network file systems): carry on as for a big file.
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
            rest = hashRest(fd, hash, n + more, a, b);
        }
        else
            rest = hashRest(fd, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm), 0, a, b, n);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw e;
    }
    return rest.finally(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd));
}
/** Reads `fd` to its end through the hash, reading the next chunk while hashing this one. `pending` bytes are already in `a`. */
async function hashRest(fd, hash, size, a, b, pending) {
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
function errorOf(e) {
    const err = e;
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
/**
 * Hashes many files as fast as the machine allows: the calling thread plus, for jobs that last more
 * than a moment, `concurrency - 1` worker threads, all pulling from one queue and reading into reused
 * buffers. Never throws for a file: each result carries either `hash` and `size` or `error` (ENOENT,
 * EISDIR, EACCES, …), in the order of `paths`.
 */
async function hashFiles(paths, options) {
    const { algorithm } = options;
    const results = paths.map((path) => ({ path }));
    const threads = Math.max(1, Math.min(options.concurrency ?? cpuCount(), paths.length));
    let next = 0;
    let doneFiles = 0;
    let doneBytes = 0;
    const record = (index, result) => {
        results[index] = result;
        doneFiles++;
        doneBytes += result.size ?? 0;
    };
    // Batches of about BATCH_BYTES (judged from the files hashed so far) keep messages few for small
    // files and the last batches short for big ones, so no thread finishes long before the others.
    const take = () => {
        const average = doneFiles ? doneBytes / doneFiles : CHUNK;
        const remaining = paths.length - next;
        const size = Math.max(1, Math.min(256, Math.floor(BATCH_BYTES / Math.max(average, 4096)), Math.ceil(remaining / (threads * 2))));
        const items = [];
        for (let i = 0; i < size && next < paths.length; i++, next++)
            items.push([next, paths[next]]);
        return items;
    };
    const workers = [];
    const booting = new Set();
    const startWorker = (thread) => workers.push(new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, workerData: { chunk: CHUNK } });
        booting.add(worker);
        let outstanding = 0;
        let failed = false;
        const feed = () => {
            // Two batches in flight so the worker never waits for this thread between batches.
            while (outstanding < 2 && next < paths.length) {
                worker.postMessage({ algorithm, items: take() });
                outstanding++;
            }
            if (outstanding === 0)
                void worker.terminate();
        };
        worker.on('message', (batch) => {
            outstanding--;
            for (const [index, hash, size, code, message] of batch) {
                record(index, hash === null
                    ? { path: paths[index], error: { code: code, message: message }, thread }
                    : { path: paths[index], hash, size, thread });
            }
            feed();
        });
        // Work is handed out only once the worker runs, so none waits in its queue while it boots.
        worker.on('online', () => {
            booting.delete(worker);
            feed();
        });
        worker.on('error', (e) => {
            failed = true;
            reject(e);
        });
        worker.on('exit', (code) => {
            if (failed)
                return;
            if (outstanding > 0)
                reject(new Error(`hash worker exited with code ${code} before finishing`));
            else
                resolve();
        });
    }));
    // Workers cost ~30 ms each to start: only jobs still running after a moment get them.
    const timer = threads > 1
        ? setTimeout(() => {
            for (let w = 1; w < threads && next < paths.length; w++)
                startWorker(w);
        }, options.workerDelayMs ?? WORKER_DELAY_MS)
        : undefined;
    const a = Buffer.allocUnsafe(CHUNK);
    const b = Buffer.allocUnsafe(CHUNK);
    let lastYield = Date.now();
    while (next < paths.length) {
        const index = next++;
        const path = paths[index];
        try {
            let digest = hashPath(path, algorithm, a, b);
            if (digest instanceof Promise)
                digest = await digest;
            record(index, { path, hash: digest.hash, size: digest.size, thread: 0 });
        }
        catch (e) {
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
    for (const worker of booting)
        void worker.terminate();
    await Promise.all(workers);
    return results;
}
/**
 * Hashes one file on the calling thread, streaming through two reused buffers.
 * @throws the file system error (ENOENT, EISDIR, …).
 */
async function hashFile(path, algorithm) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
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
    return createHash(algorithm).update(data).digest('hex');
}


/***/ })

};
