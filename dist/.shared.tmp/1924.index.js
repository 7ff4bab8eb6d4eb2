export const id = 1924;
export const ids = [1924];
export const modules = {

/***/ 81924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/checksums.ts
var src_checksums = __webpack_require__(64433);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/hash-files.ts + 1 modules
var hash_files = __webpack_require__(99540);
// EXTERNAL MODULE: ./actions/sha256sums/src/names.ts
var src_names = __webpack_require__(13473);
// EXTERNAL MODULE: ./actions/sha256sums/src/selection.ts
var selection = __webpack_require__(94023);
// EXTERNAL MODULE: ./actions/sha256sums/src/working-directory.ts
var working_directory = __webpack_require__(52352);
// EXTERNAL MODULE: ./packages/core/src/write-file.ts
var write_file = __webpack_require__(14929);
// EXTERNAL MODULE: ./packages/core/src/untrusted-text.ts
var untrusted_text = __webpack_require__(82779);
;// CONCATENATED MODULE: ./actions/sha256sums/src/generate.ts











// GitHub caps a step's outputs at 1 MB; beyond this the full list lives in the checksum file and report.json.
const MAX_OUTPUT_BYTES = 512 * 1024;
/** Sets the `checksums` output unless it would be too big for the runner, which is then said. */
function setChecksumsOutput(report, checksums) {
    const names = checksums instanceof Map ? [...checksums.keys()] : Object.keys(checksums);
    // A lower bound of the JSON size, so that a huge object is not serialised only to be dropped.
    const atLeast = names.reduce((n, name) => n + name.length + 70, 2);
    const json = atLeast > MAX_OUTPUT_BYTES
        ? undefined
        : JSON.stringify(checksums instanceof Map ? Object.fromEntries(checksums) : checksums);
    if (json !== undefined && json.length <= MAX_OUTPUT_BYTES)
        report.output(src_names/* Outputs */.tY.Checksums, json);
    else
        core/* warning */.$e(`The '${src_names/* Outputs */.tY.Checksums}' output is left empty: ${names.length} entries (over ${Math.floor(MAX_OUTPUT_BYTES / 1024)} KiB of JSON) exceed what a step output should hold. Read the checksum file or report.json instead.`);
}
/** The sidecar of a file: exactly what `sha256sum <base> > <base>.sha256` writes in the file's directory. */
function sidecarContent(settings, file) {
    const base = file.name.slice(file.name.lastIndexOf('/') + 1);
    if (settings.sidecarFormat === 'hash-only')
        return `${file.hash}\n`;
    if (settings.sidecarFormat === 'bsd')
        return (0,src_checksums/* formatBsdLine */.Xf)(settings.algorithm, file.hash, base);
    return (0,src_checksums/* formatGnuLine */.cf)(file.hash, base, { algorithm: settings.algorithm });
}
function humanSize(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let n = bytes;
    let u = 0;
    while (n >= 1024 && u < units.length - 1) {
        n /= 1024;
        u++;
    }
    return u === 0 ? `${bytes} B` : `${n.toFixed(1)} ${units[u]}`;
}
/**
 * Generate mode: expand the patterns, hash every file (all before writing anything), then write the
 * checksum file and sidecars atomically, report, and upload when a release tag is given.
 */
async function generate(settings, report, head) {
    const cwd = (0,working_directory/* resolveWorkingDirectory */.dO)(settings.workingDirectory);
    const plan = (0,selection/* planOf */.XC)(settings, cwd);
    const outputAbs = external_node_path_default().resolve(cwd, settings.output);
    const ext = `.${settings.algorithm}`;
    // The work index.ts began before this code loaded, if it is exactly what the validated inputs ask for.
    const adopted = head && (0,selection/* samePlan */.cV)(head.plan, plan) ? head : undefined;
    if (head && !adopted)
        head.job.cancel();
    // Worker threads start while the files are listed, not after.
    if (!adopted && plan.threads > 1)
        (0,hash_files/* prewarmHashWorkers */.uP)(plan.threads - 1);
    const { names, unmatched, ms: globMs } = adopted?.selection ?? (await (0,selection/* selectFiles */.AL)(plan));
    for (const pattern of unmatched)
        core/* warning */.$e(`Input '${src_names/* Inputs */.G0.Files}': ${JSON.stringify(pattern)} matched no file in ${(0,working_directory/* displayPath */.Gt)(cwd)}.`);
    if (names.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${src_names/* Inputs */.G0.Files}': no file matched ${settings.files.map((p) => JSON.stringify(p)).join(', ')} in ${(0,working_directory/* displayPath */.Gt)(cwd)} (directories and checksum files are skipped). Check the patterns and working-directory, and that the files were built before this step.`);
    }
    const started = adopted?.started ?? Date.now();
    const results = await (adopted?.job.result ??
        (0,hash_files/* hashFiles */.yQ)((0,selection/* absolutePaths */.wd)(cwd, names), { algorithm: settings.algorithm, concurrency: plan.threads }));
    // How the work was spread, for the benchmark and for anyone wondering why a step took long.
    report.data.hashing = {
        globMs,
        ms: Date.now() - started,
        threads: new Set(results.map((r) => r.thread)).size,
        headStart: Boolean(adopted)
    };
    const unreadable = results.flatMap((r, i) => (r.error ? [`${names[i]}: ${r.error.message}`] : []));
    if (unreadable.length) {
        throw new errors/* ConfigurationError */.j1(`Could not read ${unreadable.length} matched file${unreadable.length > 1 ? 's' : ''}; no checksum file was written:\n${unreadable.join('\n')}`);
    }
    const hashed = results.map((r, i) => ({
        name: names[i],
        abs: r.path,
        hash: r.hash,
        size: r.size
    }));
    const content = hashed
        .map((f) => (0,src_checksums/* formatChecksumLine */.$m)(settings.format, settings.algorithm, f.hash, f.name))
        .join('');
    const outputs = [];
    await (0,promises_.mkdir)(external_node_path_default().dirname(outputAbs), { recursive: true });
    report.write({
        kind: 'file',
        target: (0,working_directory/* displayPath */.Gt)(outputAbs),
        result: await (0,write_file/* writeFileAtomic */.Z)(outputAbs, content)
    });
    outputs.push({ name: external_node_path_default().basename(outputAbs), abs: outputAbs });
    if (settings.sidecars) {
        for (const f of hashed) {
            const abs = f.abs + ext;
            report.write({
                kind: 'file',
                target: (0,working_directory/* displayPath */.Gt)(abs),
                result: await (0,write_file/* writeFileAtomic */.Z)(abs, sidecarContent(settings, f))
            });
            outputs.push({ name: external_node_path_default().basename(abs), abs });
        }
    }
    const checksums = Object.fromEntries(hashed.map((f) => [f.name, f.hash]));
    report.output(src_names/* Outputs */.tY.ChecksumsFile, (0,working_directory/* displayPath */.Gt)(outputAbs));
    setChecksumsOutput(report, checksums);
    report.output(src_names/* Outputs */.tY.Count, String(hashed.length));
    // name → hex, as the output (report.json is written for every run: one short line per file keeps it cheap).
    report.data.algorithm = settings.algorithm;
    report.data.checksums = checksums;
    const total = hashed.reduce((s, f) => s + f.size, 0);
    report.data.bytes = total;
    report.status('pass', `${hashed.length} file${hashed.length > 1 ? 's' : ''} (${humanSize(total)}) hashed with ${settings.algorithm} into \`${(0,working_directory/* displayPath */.Gt)(outputAbs)}\` (${settings.format} format${settings.sidecars ? `, with ${ext} sidecars` : ''}).`);
    const shown = hashed.slice(0, 500);
    report.table(['file', 'size', settings.algorithm], shown.map((f) => [(0,untrusted_text/* markdownCode */.D9)(f.name), humanSize(f.size), `\`${f.hash}\``]));
    if (hashed.length > shown.length)
        report.text(`… and ${hashed.length - shown.length} more (all in report.json and the checksum file).`);
    if (settings.upload) {
        if (hashed.some((f) => f.name.includes('/'))) {
            core/* warning */.$e(`Names in ${external_node_path_default().basename(outputAbs)} hold directories (e.g. ${hashed.find((f) => f.name.includes('/')).name}), but release assets download into one folder, so 'sha256sum -c' fails there. Set working-directory to the folder of the files (e.g. working-directory: dist, files: '*').`);
        }
        const { uploadChecksums } = await __webpack_require__.e(/* import() */ 7544).then(__webpack_require__.bind(__webpack_require__, 97544));
        await uploadChecksums(settings.upload, outputs, report);
    }
}

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
// EXTERNAL MODULE: ./actions/sha256sums/src/generated/io.ts
var io = __webpack_require__(73947);
;// CONCATENATED MODULE: ./actions/sha256sums/src/inputs.ts





/**
 * Reads and validates every input; throws one ConfigurationError listing every problem.
 * The token is read (and masked) only when an upload is asked for.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(io/* INPUT_DECLARATIONS */.ZO);
    const mode = reader.enum(src_names/* Inputs */.G0.Mode, ['generate', 'verify']);
    const files = reader.globs(src_names/* Inputs */.G0.Files, { default: [...src_names/* Defaults */.Hw.files] });
    const workingDirectory = reader.string(src_names/* Inputs */.G0.WorkingDirectory, { default: src_names/* Defaults */.Hw.workingDirectory });
    const algorithm = reader.enum(src_names/* Inputs */.G0.Algorithm, src_checksums/* CHECKSUM_ALGORITHMS */.P5, {
        default: src_names/* Defaults */.Hw.algorithm
    });
    const output = reader.string(src_names/* Inputs */.G0.Output, { default: (0,src_names/* defaultChecksumsFile */.gh)(algorithm) });
    const format = reader.enum(src_names/* Inputs */.G0.Format, ['gnu', 'bsd']);
    const sidecars = reader.boolean(src_names/* Inputs */.G0.Sidecars);
    const sidecarFormat = reader.enum(src_names/* Inputs */.G0.SidecarFormat, ['gnu', 'bsd', 'hash-only']);
    const checksumsFile = reader.string(src_names/* Inputs */.G0.ChecksumsFile, { default: (0,src_names/* defaultChecksumsFile */.gh)(algorithm) });
    const ignoreMissing = reader.boolean(src_names/* Inputs */.G0.IgnoreMissing);
    const strict = reader.boolean(src_names/* Inputs */.G0.Strict);
    const concurrency = reader.integer(src_names/* Inputs */.G0.Concurrency, { min: 0, max: src_names/* MAX_CONCURRENCY */.fx });
    const tag = reader.tag(src_names/* Inputs */.G0.ReleaseTag);
    let upload;
    if (tag !== undefined) {
        const policy = reader.enum(src_names/* Inputs */.G0.OnConflict, release.UPLOAD_POLICIES);
        const repository = reader.repository(src_names/* Inputs */.G0.Repository);
        const token = reader.secret(src_names/* Inputs */.G0.Token, { required: true });
        if (mode === 'verify')
            reader.fail(src_names/* Inputs */.G0.ReleaseTag, `${JSON.stringify(tag)} is set, but uploads happen only in mode 'generate'; remove it for 'verify'.`);
        upload = { tag, policy, repository, token };
    }
    else {
        reader.enum(src_names/* Inputs */.G0.OnConflict, release.UPLOAD_POLICIES);
    }
    if (mode === 'generate' && files.length === 0)
        reader.fail(src_names/* Inputs */.G0.Files, 'no pattern given; list at least one glob, such as dist/*.');
    for (const [name, value] of [
        [src_names/* Inputs */.G0.Output, output],
        [src_names/* Inputs */.G0.ChecksumsFile, checksumsFile]
    ]) {
        if (/[\r\n\0]/.test(value))
            reader.fail(name, `${JSON.stringify(value)} holds a line break or NUL; give one file path.`);
    }
    reader.finish();
    return {
        mode,
        files,
        workingDirectory,
        algorithm,
        output,
        format,
        sidecars,
        sidecarFormat,
        checksumsFile,
        ignoreMissing,
        strict,
        upload,
        concurrency
    };
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
// EXTERNAL MODULE: ./actions/sha256sums/src/verify-plan.ts
var verify_plan = __webpack_require__(98938);
;// CONCATENATED MODULE: ./actions/sha256sums/src/verify.ts












async function readChecksumsFile(abs, shown) {
    let data;
    try {
        data = await (0,promises_.readFile)(abs);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `Input '${src_names/* Inputs */.G0.ChecksumsFile}': ${shown} does not exist. Give the checksum file to verify (relative to working-directory).`
            : `Input '${src_names/* Inputs */.G0.ChecksumsFile}': cannot read ${shown}: ${(0,errors/* getErrorMessage */.u1)(e)}`);
    }
    try {
        return (0,src_checksums/* parseChecksumFile */.j7)(data);
    }
    catch (e) {
        if (e instanceof src_checksums/* ChecksumFileEncodingError */.hS)
            throw new errors/* ConfigurationError */.j1(`Input '${src_names/* Inputs */.G0.ChecksumsFile}': ${shown}: ${e.message}`);
        throw e;
    }
}
/** Rows the step log shows, and the job summary (the rest is in report.json). */
const MAX_LOG_ROWS = 2000;
const MAX_SUMMARY_ROWS = 500;
/** A name as the log shows it: escaped like JSON (no line breaks), never starting a workflow command. */
/**
 * Verify mode, as `sha256sum -c` (plus `--ignore-missing`, `--strict`): every line is checked and every
 * failure reported with its line number; unsafe names are refused without being opened; a malformed
 * line is reported by number and reason, never by content (the "checksum file" may be a planted link
 * to a secret). `head` is the same work begun before the action loaded, used when the plan matches.
 */
async function verify(settings, report, head) {
    const cwd = (0,working_directory/* resolveWorkingDirectory */.dO)(settings.workingDirectory);
    const abs = external_node_path_default().resolve(cwd, settings.checksumsFile);
    const shown = (0,working_directory/* displayPath */.Gt)(abs);
    const plan = { cwd, checksumsFile: abs, threads: settings.concurrency || (0,hash_files/* cpuCount */.U7)() };
    const adopted = head && (0,verify_plan/* sameVerifyPlan */.X)(head.plan, plan) ? head : undefined;
    if (head && !adopted)
        head.job.cancel();
    // Worker threads start while the checksum file is read, not after.
    if (!adopted && plan.threads > 1)
        (0,hash_files/* prewarmHashWorkers */.uP)(plan.threads - 1);
    const started = adopted?.started ?? Date.now();
    const parsed = adopted?.parsed ?? (await readChecksumsFile(abs, shown));
    if (parsed.encoding === 'utf-8-bom')
        (0,untrusted_text/* logInfo */.fH)(`${shown} starts with a UTF-8 byte order mark; ignored.`);
    if (parsed.crlf)
        (0,untrusted_text/* logInfo */.fH)(`${shown} has CRLF line ends; tolerated.`);
    const work = adopted?.work ?? (0,verify_plan/* verifyWork */.p)(parsed, cwd);
    // Each distinct (algorithm, name) is hashed once, however many lines name it.
    const results = [];
    for (const [g, group] of work.groups.entries())
        results.push(await (g === 0 && adopted
            ? adopted.job.result
            : (0,hash_files/* hashFiles */.yQ)(group.paths, { algorithm: group.algorithm, concurrency: plan.threads })));
    report.data.hashing = {
        ms: Date.now() - started,
        threads: new Set(results.flat().map((r) => r.thread)).size,
        headStart: Boolean(adopted)
    };
    const failures = [];
    // Rows other than passes, and the first passes: the log shows the first MAX_LOG_ROWS rows by line,
    // the summary the failures first; a list of 100,000 files need not become 100,000 row objects.
    const rows = [];
    let passes = 0;
    const fail = (f, text) => {
        failures.push(f);
        rows.push({ line: f.line, name: f.name, status: 'fail', text });
    };
    const malformedFails = settings.strict || parsed.entries.length === 0;
    for (const m of parsed.malformed) {
        const detail = `line ${m.line}: improperly formatted checksum line (${m.reason})`;
        if (malformedFails)
            fail({ name: '', line: m.line, reason: 'malformed', detail: m.reason }, detail);
        else {
            core/* warning */.$e(`${shown} ${detail}`);
            rows.push({ line: m.line, name: '', status: 'warn', text: `malformed, ignored (${m.reason})` });
        }
    }
    for (const { entry, reason } of work.unsafe)
        fail({ name: entry.name, line: entry.line, reason: 'unsafe-path', detail: reason }, `unsafe path (${reason}), not opened`);
    const verified = new Map();
    let skipped = 0;
    work.safe.forEach((entry, i) => {
        const r = results[work.group[i]][work.slot[i]];
        if (r.error) {
            // Exactly what `sha256sum --ignore-missing` skips: ENOENT (ENOTDIR, `file/x`, fails as there).
            if (r.error.code === 'ENOENT' && settings.ignoreMissing) {
                skipped++;
                rows.push({ line: entry.line, name: entry.name, status: 'skip', text: 'missing, ignored' });
            }
            else if (r.error.code === 'ENOENT' || r.error.code === 'ENOTDIR')
                fail({ name: entry.name, line: entry.line, reason: 'missing', detail: r.error.code }, r.error.code === 'ENOENT' ? 'missing (no such file)' : 'missing (a parent is not a directory)');
            else
                fail({ name: entry.name, line: entry.line, reason: 'unreadable', detail: r.error.code }, `unreadable (${r.error.code})`);
        }
        else if (r.hash === entry.hash) {
            verified.set(entry.name, entry.hash);
            if (passes++ < MAX_LOG_ROWS)
                rows.push({ line: entry.line, name: entry.name, status: 'pass', text: `OK (${entry.algorithm})` });
        }
        else
            fail({
                name: entry.name,
                line: entry.line,
                reason: 'mismatch',
                detail: `expected ${entry.hash}, got ${r.hash}`
            }, `${entry.algorithm} mismatch`);
    });
    const verifiedCount = passes;
    // A name that failed on any line is not reported as verified, even if another line matched.
    for (const f of failures)
        verified.delete(f.name);
    rows.sort((a, b) => a.line - b.line);
    const totalRows = rows.length - Math.min(passes, MAX_LOG_ROWS) + passes;
    // The step log reads like `sha256sum -c`: one line per entry (capped, the summary and report.json have
    // all), written at once.
    const logLines = rows
        .slice(0, MAX_LOG_ROWS)
        .map((r) => r.name === ''
        ? `line ${r.line}: ${r.text}`
        : `${(0,untrusted_text/* logValue */.Od)(r.name)}: ${r.status === 'pass' ? 'OK' : `${r.text} (line ${r.line})`}`);
    if (totalRows > MAX_LOG_ROWS)
        logLines.push(`… ${totalRows - MAX_LOG_ROWS} more lines in the job summary and report.json.`);
    // Each name is one neutralised line already (logValue); the batch goes out in one write.
    if (logLines.length)
        core/* info */.pq(logLines.join('\n'));
    for (const f of failures.sort((a, b) => a.line - b.line)) {
        report.fail(f.reason, (0,untrusted_text/* logSafe */.sN)(`${shown} line ${f.line}: ${f.name === '' ? '' : `${JSON.stringify(f.name)}: `}${f.reason}${f.detail ? ` (${f.detail})` : ''}`), undefined, { file: shown, line: f.line });
    }
    if (parsed.entries.length === 0)
        report.fail('malformed', `${shown}: no properly formatted checksum lines found`);
    else if (settings.ignoreMissing && verifiedCount === 0 && failures.length === 0)
        report.fail('missing', `${shown}: no file was verified (every listed file is missing)`);
    report.output(src_names/* Outputs */.tY.ChecksumsFile, shown);
    setChecksumsOutput(report, verified);
    report.output(src_names/* Outputs */.tY.Count, String(parsed.entries.length));
    report.output(src_names/* Outputs */.tY.Verified, String(verifiedCount));
    report.output(src_names/* Outputs */.tY.Failed, failures.map((f) => ({ name: f.name, line: f.line, reason: f.reason })));
    report.data.verify = {
        file: shown,
        encoding: parsed.encoding,
        crlf: parsed.crlf,
        verified: verifiedCount,
        skipped,
        failures
    };
    const verdict = failures.length || report.failures.length ? 'fail' : 'pass';
    report.status(verdict, `${shown}: ${verifiedCount} verified, ${failures.length} failed${skipped ? `, ${skipped} missing and ignored` : ''}${!malformedFails && parsed.malformed.length ? `, ${parsed.malformed.length} malformed line${parsed.malformed.length > 1 ? 's' : ''} ignored` : ''}.`);
    const shownRows = rows
        .filter((r) => r.status !== 'pass')
        .concat(rows.filter((r) => r.status === 'pass'))
        .slice(0, MAX_SUMMARY_ROWS);
    report.table(['line', 'file', 'status'], shownRows.map((r) => [
        String(r.line),
        r.name === '' ? '—' : (0,untrusted_text/* markdownCode */.D9)(r.name),
        `${(0,src_report/* mark */.G)(r.status)} ${(0,untrusted_text/* markdownText */.p7)(r.text)}`
    ]));
    if (totalRows > shownRows.length)
        report.text(`… and ${totalRows - shownRows.length} more rows (all in report.json).`);
}

;// CONCATENATED MODULE: ./actions/sha256sums/src/main.ts




/**
 * Generates or verifies checksum files; see actions/sha256sums/action.yml. `head` is work index.ts began
 * before this code loaded (see head-start.ts); whatever of it is not used is cancelled.
 */
async function run(head) {
    try {
        await (0,action/* runAction */.C)('sha256sums', 'Checksums', async (report) => {
            const generateHead = head && 'selection' in head ? head : undefined;
            const verifyHead = head && 'parsed' in head ? head : undefined;
            // Said whether or not it is used (a bad input still finds it under way).
            if (generateHead)
                report.data.headStart = { files: generateHead.selection.names.length };
            if (verifyHead)
                report.data.headStart = { files: verifyHead.work.groups[0].names.length };
            const settings = parseInputs();
            // Work begun for the other mode is not needed (generate and verify cancel what does not match).
            (settings.mode === 'generate' ? verifyHead : generateHead)?.job.cancel();
            if (settings.mode === 'generate')
                await generate(settings, report, generateHead);
            else
                await verify(settings, report, verifyHead);
        });
    }
    finally {
        head?.job.cancel();
    }
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
