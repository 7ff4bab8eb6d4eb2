export const id = 4221;
export const ids = [4221];
export const modules = {

/***/ 15314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  tY: () => (/* reexport */ Outputs),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: FORMATS

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/generated/io.ts
// Generated from actions/sbom-attach/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Path: 'path',
    Lockfiles: 'lockfiles',
    Artifacts: 'artifacts',
    Format: 'format',
    OutputDir: 'output-dir',
    Name: 'name',
    Version: 'version',
    SbomFile: 'sbom-file',
    ReleaseTag: 'release-tag',
    ReleaseId: 'release-id',
    Repository: 'repository',
    Token: 'token',
    OnConflict: 'on-conflict',
    AcceptStoredName: 'accept-stored-name',
    IncludeDev: 'include-dev'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    Files: 'files',
    SpdxFile: 'spdx-file',
    CyclonedxFile: 'cyclonedx-file',
    Components: 'components',
    Assets: 'assets',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    path: { default: '.', required: false },
    lockfiles: { default: '', required: false },
    artifacts: { default: '', required: false },
    format: { default: 'spdx-json, cyclonedx-json', required: false },
    'output-dir': { default: 'sbom/', required: false },
    name: { default: '', required: false },
    version: { default: '', required: false },
    'sbom-file': { default: '', required: false },
    'release-tag': { default: '', required: false },
    'release-id': { default: '', required: false },
    repository: { default: '', required: false },
    token: { default: '${{ github.token }}', required: false },
    'on-conflict': { default: 'skip-identical', required: false },
    'accept-stored-name': { default: 'false', required: false },
    'include-dev': { default: 'false', required: false }
};

;// CONCATENATED MODULE: ./actions/sbom-attach/src/inputs.ts



/** Input and output names, generated from action.yml (see ./generated/io.ts). */

const FORMATS = ['spdx-json', 'cyclonedx-json'];
// A name or version becomes part of a file name and an asset name: keep it to safe characters.
const SAFE_PART = /^[A-Za-z0-9@+._-][A-Za-z0-9@+._ -]{0,199}$/;
/**
 * Reads and checks every input before anything else happens.
 * @throws ConfigurationError listing every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const path = reader.string(Inputs.Path);
    const lockfiles = reader.list(Inputs.Lockfiles);
    const artifacts = reader.globs(Inputs.Artifacts);
    const formats = reader.enumList(Inputs.Format, FORMATS, { default: [...FORMATS] });
    const outputDir = reader.string(Inputs.OutputDir);
    const name = reader.optional(Inputs.Name);
    const version = reader.optional(Inputs.Version);
    const sbomFile = reader.optional(Inputs.SbomFile);
    const includeDev = reader.boolean(Inputs.IncludeDev);
    const tag = reader.tag(Inputs.ReleaseTag);
    const idText = reader.optional(Inputs.ReleaseId);
    const policy = reader.enum(Inputs.OnConflict, release.UPLOAD_POLICIES);
    const acceptStoredName = reader.boolean(Inputs.AcceptStoredName);
    let id;
    if (idText !== undefined) {
        if (/^[1-9]\d{0,15}$/.test(idText))
            id = Number(idText);
        else
            reader.fail(Inputs.ReleaseId, `${JSON.stringify(idText)} is not a release id; use the numeric id of a release (such as 123456).`);
    }
    if (tag && idText !== undefined)
        reader.fail(Inputs.ReleaseId, 'set either release-tag or release-id, not both.');
    for (const [input, value] of [
        [Inputs.Name, name],
        [Inputs.Version, version]
    ]) {
        if (value !== undefined && (!SAFE_PART.test(value) || value.includes('..'))) {
            reader.fail(input, `${JSON.stringify(value)} is not usable in a file name; use letters, digits and @+._- (no '/', no '..').`);
        }
    }
    if (sbomFile !== undefined && (lockfiles.length || artifacts.length)) {
        reader.fail(Inputs.SbomFile, 'attaches an SBOM made by another tool; it cannot be combined with lockfiles or artifacts.');
    }
    let attach;
    if (tag || id !== undefined) {
        const repository = reader.repository(Inputs.Repository);
        const token = reader.secret(Inputs.Token, { required: true });
        attach = { tag, id, repository, token, policy, acceptStoredName };
    }
    reader.finish();
    return { path, lockfiles, artifacts, formats, outputDir, name, version, sbomFile, includeDev, attach };
}


/***/ }),

/***/ 27876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_write_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14929);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55171);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15314);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82779);







const CONTENT_TYPE = 'application/json';
/**
 * Finds the target release first: an immutable, absent or ambiguous release is refused before
 * anything is generated.
 */
async function openRelease(attach) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527));
    const release = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828));
    const gh = await createGitHubClient(attach.token);
    const state = await release.findRelease(gh, attach.repository, { tag: attach.tag, id: attach.id });
    if (state.kind === 'immutable') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Cannot attach SBOMs: ${release.describeRelease(state)} is immutable, so assets can no longer be added. ` +
            'Create the release as a draft, attach the SBOMs (and other assets) while it is a draft, then publish it.');
    }
    const target = release.requireRelease(state);
    return { gh, state, target, release };
}
async function attachFiles(report, attach, opened, files) {
    const { gh, state, release } = opened;
    // Every name is checked before the first upload, so that a refusal leaves nothing half-attached.
    const { githubStoredAssetName } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 58581));
    const renamed = files
        .map((f) => ({ name: f.name, stored: githubStoredAssetName(f.name) }))
        .filter((f) => f.stored !== f.name);
    if (renamed.length && !attach.acceptStoredName)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`GitHub would store ${renamed.map((f) => `${JSON.stringify(f.name)} as ${JSON.stringify(f.stored)}`).join(', ')} ` +
            "(it turns ~, spaces and every other character outside A-Z a-z 0-9 . _ - + @ into '.', and spells non-ASCII letters in ASCII). " +
            `Rename the file, or set ${_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0.AcceptStoredName}: true to upload it under the stored name.`);
    const existing = await release.listAssets(gh, attach.repository, opened.target.id);
    const assets = [];
    const { explainWriteError } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655));
    for (const f of files) {
        const outcome = await release
            .uploadAsset(gh, attach.repository, state, { name: f.name, data: f.data, contentType: CONTENT_TYPE, acceptStoredName: attach.acceptStoredName }, attach.policy, existing)
            .catch((e) => {
            // A 403/404 here is a token without write access: say so instead of passing the raw API error on.
            throw explainWriteError(e, `upload ${f.name}`, attach.repository);
        });
        const url = outcome.asset?.browser_download_url;
        // With accept-stored-name the asset may carry the name GitHub stored rather than the file's.
        const name = outcome.asset?.name ?? f.name;
        const reason = name === f.name ? outcome.reason : `stored by GitHub as ${name} (accept-stored-name)`;
        report.write({ kind: 'asset', target: name, result: outcome.result, reason, url });
        assets.push({ name, result: outcome.result, url });
    }
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Assets, assets);
    report.status('pass', `Attached ${files.length} SBOM${files.length === 1 ? '' : 's'} to ${release.describeRelease(state)}.`);
}
/** The checked-out source, `git+<server>/<owner>/<repo>@<sha>`, from the runner's context. */
function sourceLocation() {
    const server = process.env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
    const repo = process.env.GITHUB_REPOSITORY;
    const sha = process.env.GITHUB_SHA;
    if (!server || !/^https?:\/\/[^\s]+$/.test(server) || !repo || !/^[\w.-]+\/[\w.-]+$/.test(repo))
        return undefined;
    return `git+${server}/${repo}${sha && /^[0-9a-f]{40}$/.test(sha) ? `@${sha}` : ''}`;
}
async function run() {
    await (0,_core_action_js__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .C)('sbom-attach', 'SBOM', async (report) => {
        const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .parseInputs */ .TL)();
        const cwd = process.cwd();
        const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, settings.path);
        const opened = settings.attach ? await openRelease(settings.attach) : undefined;
        const outDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, settings.outputDir);
        if (settings.sbomFile) {
            const { loadForeignSbom } = await __webpack_require__.e(/* import() */ 4441).then(__webpack_require__.bind(__webpack_require__, 54441));
            const { ntiaMark } = await __webpack_require__.e(/* import() */ 9001).then(__webpack_require__.bind(__webpack_require__, 39001));
            const foreign = await loadForeignSbom(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, settings.sbomFile), settings.sbomFile);
            report.status('pass', `${settings.sbomFile} is valid ${foreign.label} JSON (${foreign.components} components).`);
            report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Files, [settings.sbomFile]);
            report.output(foreign.format === 'spdx-json' ? _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.SpdxFile : _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.CyclonedxFile, settings.sbomFile);
            report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Components, String(foreign.components));
            report.heading('NTIA minimum elements');
            report.table(['element', 'present', 'detail'], foreign.ntia.map((e) => [e.element, ntiaMark(e), (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownText */ .p7)(e.detail, { max: 1_000 })]));
            report.data.sbomFile = {
                file: settings.sbomFile,
                format: foreign.format,
                components: foreign.components,
                ntia: foreign.ntia
            };
            if (settings.attach && opened)
                await attachFiles(report, settings.attach, opened, [
                    { name: foreign.fileName, data: foreign.content }
                ]);
            else
                report.text('No release-tag or release-id: validated only, nothing attached.');
            return;
        }
        const { generateSboms } = await Promise.all(/* import() */[__webpack_require__.e(7761), __webpack_require__.e(6341)]).then(__webpack_require__.bind(__webpack_require__, 96341));
        const { renderSummary } = await __webpack_require__.e(/* import() */ 1145).then(__webpack_require__.bind(__webpack_require__, 21145));
        const tag = opened?.target.tag_name ?? settings.attach?.tag;
        const generated = await generateSboms({
            root,
            cwd,
            lockfiles: settings.lockfiles,
            artifacts: settings.artifacts,
            formats: settings.formats,
            name: settings.name,
            version: settings.version,
            tagVersion: tag?.replace(/^v(?=\d)/, ''),
            includeDev: settings.includeDev,
            supplier: settings.attach?.repository.owner || process.env.GITHUB_REPOSITORY?.split('/')[0] || undefined,
            releaseCreatedAt: opened?.target.created_at,
            sourceLocation: sourceLocation()
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
        const written = [];
        const files = [];
        for (const doc of generated.documents) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, doc.fileName);
            const result = await (0,_core_write_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(file, doc.content);
            const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, file).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
            written.push(shown);
            report.write({ kind: 'file', target: shown, result });
            files.push({ name: doc.fileName, data: Buffer.from(doc.content) });
            report.output(doc.format === 'spdx-json' ? _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.SpdxFile : _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.CyclonedxFile, shown);
        }
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Files, written);
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Outputs */ .tY.Components, String(generated.project.packages.length));
        renderSummary(report, generated, written);
        if (settings.attach && opened)
            await attachFiles(report, settings.attach, opened, files);
        else
            report.text('No release-tag or release-id: the SBOMs were written and validated, nothing attached.');
    });
}


/***/ }),

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

/***/ 62941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseList),
/* harmony export */   J: () => (/* binding */ rawInput)
/* harmony export */ });
/*
 * Reading an input's text, apart from InputReader: this module loads nothing else (no @actions/core),
 * so an entry point can read inputs before the rest of its action has loaded (see sha256sums' head start).
 */
/** Input value as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased, hyphens kept. */
function rawInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Splits a newline- or comma-separated list, dropping blanks and `#` comment lines. */
function parseList(text, separators = 'newline-or-comma') {
    const pattern = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return text
        .split(pattern)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}


/***/ }),

/***/ 14929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Writes a file all at once or not at all: to a temporary name in the same directory, then renamed over
 * the target, so a failure never leaves a half-written checksum file for a later step to trust.
 * Content already there byte for byte is left alone (`unchanged`), so re-runs converge.
 */
async function writeFileAtomic(file, content) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let before;
    try {
        before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    if (before && before.equals(data))
        return 'unchanged';
    const temp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, data, { flag: 'wx' });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, file);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(temp).catch(() => undefined);
        throw e;
    }
    return before ? 'updated' : 'created';
}


/***/ })

};
