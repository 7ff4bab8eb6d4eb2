export const id = 948;
export const ids = [948,828,447];
export const modules = {

/***/ 77948:
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
// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
// EXTERNAL MODULE: ./packages/core/src/hash-files.ts
var hash_files = __webpack_require__(49271);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
;// CONCATENATED MODULE: ./actions/sha256sums/src/inputs.ts



/** Input names, once. */
const Inputs = {
    Mode: 'mode',
    Files: 'files',
    WorkingDirectory: 'working-directory',
    Algorithm: 'algorithm',
    Output: 'output',
    Format: 'format',
    Sidecars: 'sidecars',
    SidecarFormat: 'sidecar-format',
    ChecksumsFile: 'checksums-file',
    IgnoreMissing: 'ignore-missing',
    Strict: 'strict',
    ReleaseTag: 'release-tag',
    OnConflict: 'on-conflict',
    Repository: 'repository',
    Token: 'token',
    Concurrency: 'concurrency'
};
/** Output names, once. */
const Outputs = {
    ChecksumsFile: 'checksums-file',
    Checksums: 'checksums',
    Count: 'count',
    Verified: 'verified',
    Failed: 'failed'
};
/** The default checksum file name of an algorithm: `SHA256SUMS.txt` or `SHA512SUMS.txt`. */
function defaultChecksumsFile(algorithm) {
    return `${algorithm.toUpperCase()}SUMS.txt`;
}
/**
 * Reads and validates every input; throws one ConfigurationError listing every problem.
 * The token is read (and masked) only when an upload is asked for.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    const mode = reader.enum(Inputs.Mode, ['generate', 'verify'], { default: 'generate' });
    const files = reader.globs(Inputs.Files, { default: ['dist/*'] });
    const workingDirectory = reader.string(Inputs.WorkingDirectory, { default: '.' });
    const algorithm = reader.enum(Inputs.Algorithm, src_checksums/* CHECKSUM_ALGORITHMS */.P5, {
        default: 'sha256'
    });
    const output = reader.string(Inputs.Output, { default: defaultChecksumsFile(algorithm) });
    const format = reader.enum(Inputs.Format, ['gnu', 'bsd'], { default: 'gnu' });
    const sidecars = reader.boolean(Inputs.Sidecars, { default: false });
    const sidecarFormat = reader.enum(Inputs.SidecarFormat, ['gnu', 'bsd', 'hash-only'], {
        default: 'gnu'
    });
    const checksumsFile = reader.string(Inputs.ChecksumsFile, { default: defaultChecksumsFile(algorithm) });
    const ignoreMissing = reader.boolean(Inputs.IgnoreMissing, { default: false });
    const strict = reader.boolean(Inputs.Strict, { default: false });
    const concurrency = reader.integer(Inputs.Concurrency, { default: 0, min: 0, max: 256 });
    const tag = reader.tag(Inputs.ReleaseTag);
    let upload;
    if (tag !== undefined) {
        const policy = reader.enum(Inputs.OnConflict, release.UPLOAD_POLICIES, {
            default: 'skip-identical'
        });
        const repository = reader.repository(Inputs.Repository);
        const token = reader.secret(Inputs.Token, { required: true });
        if (mode === 'verify')
            reader.fail(Inputs.ReleaseTag, `${JSON.stringify(tag)} is set, but uploads happen only in mode 'generate'; remove it for 'verify'.`);
        upload = { tag, policy, repository, token };
    }
    else {
        reader.enum(Inputs.OnConflict, release.UPLOAD_POLICIES, { default: 'skip-identical' });
    }
    if (mode === 'generate' && files.length === 0)
        reader.fail(Inputs.Files, 'no pattern given; list at least one glob, such as dist/*.');
    for (const [name, value] of [
        [Inputs.Output, output],
        [Inputs.ChecksumsFile, checksumsFile]
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./actions/sha256sums/src/working-directory.ts




/** Resolves working-directory, failing clearly when it is not a directory. */
function resolveWorkingDirectory(value) {
    const dir = external_node_path_default().resolve(value);
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        isDir = false;
    }
    if (!isDir)
        throw new errors/* ConfigurationError */.j1(`Input '${Inputs.WorkingDirectory}': ${JSON.stringify(value)} is not a directory (resolved to ${dir}).`);
    return dir;
}
/** A path relative to the working directory, with forward slashes (how names appear in checksum files). */
function relativeName(cwd, file) {
    return external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, file)).split((external_node_path_default()).sep).join('/');
}
/** A path for outputs and messages: relative to the process's directory when below it, else absolute. */
function displayPath(abs) {
    const rel = external_node_path_default().relative(process.cwd(), abs);
    return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : abs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/sha256sums/src/write-file.ts


/**
 * Writes a file all at once or not at all: to a temporary name in the same directory, then renamed over
 * the target, so a failure never leaves a half-written checksum file for a later step to trust.
 * Content already there byte for byte is left alone (`unchanged`), so re-runs converge.
 */
async function writeFileAtomic(file, content) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let before;
    try {
        before = await (0,promises_.readFile)(file);
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    if (before && before.equals(data))
        return 'unchanged';
    const temp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temp, data, { flag: 'wx' });
        await (0,promises_.rename)(temp, file);
    }
    catch (e) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw e;
    }
    return before ? 'updated' : 'created';
}

;// CONCATENATED MODULE: ./actions/sha256sums/src/generate.ts










// GitHub caps a step's outputs at 1 MB; beyond this the full list lives in the checksum file and report.json.
const MAX_OUTPUT_BYTES = 512 * 1024;
/** Sets the `checksums` output unless it would be too big for the runner, which is then said. */
function setChecksumsOutput(report, checksums) {
    const json = JSON.stringify(checksums);
    if (json.length <= MAX_OUTPUT_BYTES)
        report.output(Outputs.Checksums, json);
    else
        core/* warning */.$e(`The '${Outputs.Checksums}' output is left empty: ${Object.keys(checksums).length} entries (${json.length} bytes) exceed what a step output should hold. Read the checksum file or report.json instead.`);
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
async function generate(settings, report) {
    const cwd = resolveWorkingDirectory(settings.workingDirectory);
    const outputName = relativeName(cwd, settings.output);
    const outputAbs = external_node_path_default().resolve(cwd, settings.output);
    const ext = `.${settings.algorithm}`;
    const { files: matched, unmatched } = await (0,files/* expandGlobs */.GE)(settings.files, { cwd, inputName: Inputs.Files });
    const matchedSet = new Set(matched);
    // The checksum file and the sidecars of matched files are outputs, never inputs (a re-run must not
    // checksum last run's checksums).
    const names = matched.filter((n) => n !== outputName && !(n.endsWith(ext) && matchedSet.has(n.slice(0, -ext.length))));
    for (const pattern of unmatched)
        core/* warning */.$e(`Input '${Inputs.Files}': ${JSON.stringify(pattern)} matched no file in ${displayPath(cwd)}.`);
    if (names.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${Inputs.Files}': no file matched ${settings.files.map((p) => JSON.stringify(p)).join(', ')} in ${displayPath(cwd)} (directories and checksum files are skipped). Check the patterns and working-directory, and that the files were built before this step.`);
    }
    const started = Date.now();
    const results = await (0,hash_files/* hashFiles */.yQ)(names.map((n) => external_node_path_default().join(cwd, n)), { algorithm: settings.algorithm, concurrency: settings.concurrency || (0,hash_files/* cpuCount */.U7)() });
    // How the work was spread, for the benchmark and for anyone wondering why a step took long.
    report.data.hashing = { ms: Date.now() - started, threads: new Set(results.map((r) => r.thread)).size };
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
        target: displayPath(outputAbs),
        result: await writeFileAtomic(outputAbs, content)
    });
    outputs.push({ name: external_node_path_default().basename(outputAbs), abs: outputAbs });
    if (settings.sidecars) {
        for (const f of hashed) {
            const abs = f.abs + ext;
            report.write({
                kind: 'file',
                target: displayPath(abs),
                result: await writeFileAtomic(abs, sidecarContent(settings, f))
            });
            outputs.push({ name: external_node_path_default().basename(abs), abs });
        }
    }
    const checksums = Object.fromEntries(hashed.map((f) => [f.name, f.hash]));
    report.output(Outputs.ChecksumsFile, displayPath(outputAbs));
    setChecksumsOutput(report, checksums);
    report.output(Outputs.Count, String(hashed.length));
    report.data.checksums = hashed.map((f) => ({ name: f.name, size: f.size, [settings.algorithm]: f.hash }));
    const total = hashed.reduce((s, f) => s + f.size, 0);
    report.status('pass', `${hashed.length} file${hashed.length > 1 ? 's' : ''} (${humanSize(total)}) hashed with ${settings.algorithm} into \`${displayPath(outputAbs)}\` (${settings.format} format${settings.sidecars ? `, with ${ext} sidecars` : ''}).`);
    const shown = hashed.slice(0, 500);
    report.table(['file', 'size', settings.algorithm], shown.map((f) => [`\`${f.name}\``, humanSize(f.size), `\`${f.hash}\``]));
    if (hashed.length > shown.length)
        report.text(`… and ${hashed.length - shown.length} more (all in report.json and the checksum file).`);
    if (settings.upload) {
        if (hashed.some((f) => f.name.includes('/'))) {
            core/* warning */.$e(`Names in ${external_node_path_default().basename(outputAbs)} hold directories (e.g. ${hashed.find((f) => f.name.includes('/')).name}), but release assets download into one folder, so 'sha256sum -c' fails there. Set working-directory to the folder of the files (e.g. working-directory: dist, files: '*').`);
        }
        const { uploadChecksums } = await __webpack_require__.e(/* import() */ 544).then(__webpack_require__.bind(__webpack_require__, 97544));
        await uploadChecksums(settings.upload, outputs, report);
    }
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
;// CONCATENATED MODULE: ./actions/sha256sums/src/verify.ts










async function readChecksumsFile(abs, shown) {
    let data;
    try {
        data = await (0,promises_.readFile)(abs);
    }
    catch (e) {
        const code = e.code;
        throw new errors/* ConfigurationError */.j1(code === 'ENOENT'
            ? `Input '${Inputs.ChecksumsFile}': ${shown} does not exist. Give the checksum file to verify (relative to working-directory).`
            : `Input '${Inputs.ChecksumsFile}': cannot read ${shown}: ${e.message}`);
    }
    try {
        return (0,src_checksums/* parseChecksumFile */.j7)(data);
    }
    catch (e) {
        if (e instanceof src_checksums/* ChecksumFileEncodingError */.hS)
            throw new errors/* ConfigurationError */.j1(`Input '${Inputs.ChecksumsFile}': ${shown}: ${e.message}`);
        throw e;
    }
}
/**
 * Verify mode, as `sha256sum -c` (plus `--ignore-missing`, `--strict`): every line is checked and every
 * failure reported with its line number; unsafe names are refused without being opened.
 */
async function verify(settings, report) {
    const cwd = resolveWorkingDirectory(settings.workingDirectory);
    const abs = external_node_path_default().resolve(cwd, settings.checksumsFile);
    const shown = displayPath(abs);
    const parsed = await readChecksumsFile(abs, shown);
    if (parsed.encoding === 'utf-8-bom')
        core/* info */.pq(`${shown} starts with a UTF-8 byte order mark; ignored.`);
    if (parsed.crlf)
        core/* info */.pq(`${shown} has CRLF line ends; tolerated.`);
    const failures = [];
    const rows = [];
    const fail = (f, text) => {
        failures.push(f);
        rows.push({ line: f.line, name: f.name, status: 'fail', text });
    };
    const malformedFails = settings.strict || parsed.entries.length === 0;
    for (const m of parsed.malformed) {
        const detail = `line ${m.line}: improperly formatted checksum line (${m.reason})`;
        if (malformedFails)
            fail({ name: m.text.slice(0, 200), line: m.line, reason: 'malformed', detail: m.reason }, detail);
        else {
            core/* warning */.$e(`${shown} ${detail}`);
            rows.push({
                line: m.line,
                name: m.text.slice(0, 200),
                status: 'warn',
                text: `malformed, ignored (${m.reason})`
            });
        }
    }
    const safe = [];
    for (const entry of parsed.entries) {
        const unsafe = (0,src_checksums/* unsafePathReason */.m0)(entry.name);
        if (unsafe)
            fail({ name: entry.name, line: entry.line, reason: 'unsafe-path', detail: unsafe }, `unsafe path (${unsafe}), not opened`);
        else
            safe.push(entry);
    }
    // Hash each distinct (algorithm, name) once, however many lines name it.
    const hashes = new Map();
    for (const algorithm of ['sha256', 'sha512']) {
        const names = [...new Set(safe.filter((e) => e.algorithm === algorithm).map((e) => e.name))];
        if (names.length === 0)
            continue;
        const results = await (0,hash_files/* hashFiles */.yQ)(names.map((n) => external_node_path_default().resolve(cwd, n)), { algorithm, concurrency: settings.concurrency || (0,hash_files/* cpuCount */.U7)() });
        results.forEach((r, i) => hashes.set(`${algorithm}:${names[i]}`, r));
    }
    const verified = {};
    let verifiedCount = 0;
    let skipped = 0;
    for (const entry of safe) {
        const r = hashes.get(`${entry.algorithm}:${entry.name}`);
        if (r.error) {
            if (r.error.code === 'ENOENT' || r.error.code === 'ENOTDIR') {
                if (settings.ignoreMissing) {
                    skipped++;
                    rows.push({ line: entry.line, name: entry.name, status: 'skip', text: 'missing, ignored' });
                }
                else
                    fail({ name: entry.name, line: entry.line, reason: 'missing' }, 'missing (no such file)');
            }
            else
                fail({ name: entry.name, line: entry.line, reason: 'unreadable', detail: r.error.code }, `unreadable (${r.error.code})`);
        }
        else if (r.hash === entry.hash) {
            verifiedCount++;
            verified[entry.name] = entry.hash;
            rows.push({ line: entry.line, name: entry.name, status: 'pass', text: `OK (${entry.algorithm})` });
        }
        else
            fail({
                name: entry.name,
                line: entry.line,
                reason: 'mismatch',
                detail: `expected ${entry.hash}, got ${r.hash}`
            }, `${entry.algorithm} mismatch`);
    }
    // A name that failed on any line is not reported as verified, even if another line matched.
    for (const f of failures)
        delete verified[f.name];
    rows.sort((a, b) => a.line - b.line);
    // The step log reads like `sha256sum -c`: one line per entry (capped, the summary and report.json have all).
    for (const r of rows.slice(0, 2000))
        core/* info */.pq(`${JSON.stringify(r.name).slice(1, -1)}: ${r.status === 'pass' ? 'OK' : `${r.text} (line ${r.line})`}`);
    if (rows.length > 2000)
        core/* info */.pq(`… ${rows.length - 2000} more lines in the job summary and report.json.`);
    for (const f of failures.sort((a, b) => a.line - b.line)) {
        report.fail(f.reason, `${shown} line ${f.line}: ${JSON.stringify(f.name)}: ${f.reason}${f.detail ? ` (${f.detail})` : ''}`);
    }
    if (parsed.entries.length === 0)
        report.fail('malformed', `${shown}: no properly formatted checksum lines found`);
    else if (settings.ignoreMissing && verifiedCount === 0 && failures.length === 0)
        report.fail('missing', `${shown}: no file was verified (every listed file is missing)`);
    report.output(Outputs.ChecksumsFile, shown);
    setChecksumsOutput(report, verified);
    report.output(Outputs.Count, String(parsed.entries.length));
    report.output(Outputs.Verified, String(verifiedCount));
    report.output(Outputs.Failed, failures.map((f) => ({ name: f.name, line: f.line, reason: f.reason })));
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
        .slice(0, 500);
    report.table(['line', 'file', 'status'], shownRows.map((r) => [String(r.line), `\`${r.name}\``, `${(0,src_report/* mark */.G)(r.status)} ${r.text}`]));
    if (rows.length > shownRows.length)
        report.text(`… and ${rows.length - shownRows.length} more rows (all in report.json).`);
}

;// CONCATENATED MODULE: ./actions/sha256sums/src/main.ts




/** Generates or verifies checksum files; see actions/sha256sums/action.yml. */
async function run() {
    await (0,action/* runAction */.C)('sha256sums', 'Checksums', async (report) => {
        const settings = parseInputs();
        if (settings.mode === 'generate')
            await generate(settings, report);
        else
            await verify(settings, report);
    });
}


/***/ }),

/***/ 64433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ formatChecksumLine),
/* harmony export */   L0: () => (/* binding */ parseSidecar),
/* harmony export */   P5: () => (/* binding */ CHECKSUM_ALGORITHMS),
/* harmony export */   Xf: () => (/* binding */ formatBsdLine),
/* harmony export */   cf: () => (/* binding */ formatGnuLine),
/* harmony export */   hS: () => (/* binding */ ChecksumFileEncodingError),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile),
/* harmony export */   m0: () => (/* binding */ unsafePathReason)
/* harmony export */ });
/* unused harmony exports HEX_LENGTH, BSD_TAG, needsEscape, escapeName, unescapeName, parseChecksumLine, detectEncoding */
/**
 * Checksum file lines as coreutils (`sha256sum`, `sha512sum`) and Perl's `shasum` write and read them:
 * GNU lines (`hash  name`, `hash *name`), BSD tag lines (`SHA256 (name) = hash`), single-file sidecars,
 * and the backslash escaping coreutils applies to names holding `\`, a newline or a carriage return.
 */
const CHECKSUM_ALGORITHMS = ['sha256', 'sha512'];
/** Hex digits of each algorithm's digest. */
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** The tag BSD lines use for each algorithm (`SHA256 (name) = …`). */
const BSD_TAG = { sha256: 'SHA256', sha512: 'SHA512' };
// coreutils 9 escapes CR as well as backslash and newline (8.x only the latter two); both read all three.
const NEEDS_ESCAPE = /[\\\n\r]/;
/** True when coreutils would write this name escaped (with a leading `\` on the line). */
function needsEscape(name) {
    return NEEDS_ESCAPE.test(name);
}
/** Escapes a name the way coreutils does: `\` → `\\`, newline → `\n`, CR → `\r`. */
function escapeName(name) {
    return name.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'));
}
/** Reverses {@link escapeName}; returns `undefined` for a stray or unknown escape, as coreutils rejects it. */
function unescapeName(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = text[++i];
        if (next === '\\')
            out += '\\';
        else if (next === 'n')
            out += '\n';
        else if (next === 'r')
            out += '\r';
        else
            return undefined;
    }
    return out;
}
function assertHash(hash, algorithm) {
    if (hash.length !== HEX_LENGTH[algorithm] || !/^[0-9a-f]+$/i.test(hash)) {
        throw new Error(`Not a ${algorithm} hex digest: ${JSON.stringify(hash)}`);
    }
}
/**
 * Formats one GNU line (`hash  name\n`, or `hash *name\n` in binary mode), escaped as coreutils escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatGnuLine(hash, name, options = {}) {
    assertHash(hash, options.algorithm ?? (hash.length === HEX_LENGTH.sha512 ? 'sha512' : 'sha256'));
    const escaped = needsEscape(name);
    return `${escaped ? '\\' : ''}${hash.toLowerCase()} ${options.binary ? '*' : ' '}${escaped ? escapeName(name) : name}\n`;
}
/**
 * Formats one BSD tag line (`SHA256 (name) = hash\n`), escaped as `sha256sum --tag` escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatBsdLine(algorithm, hash, name) {
    assertHash(hash, algorithm);
    const escaped = needsEscape(name);
    return `${escaped ? '\\' : ''}${BSD_TAG[algorithm]} (${escaped ? escapeName(name) : name}) = ${hash.toLowerCase()}\n`;
}
/** Formats a line in either format. */
function formatChecksumLine(format, algorithm, hash, name) {
    return format === 'bsd' ? formatBsdLine(algorithm, hash, name) : formatGnuLine(hash, name, { algorithm });
}
function algorithmOfHex(hex) {
    if (!/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    return hex.length === 64 ? 'sha256' : hex.length === 128 ? 'sha512' : undefined;
}
/**
 * Parses one line (without its line terminator; a trailing CR is tolerated) the way `sha256sum -c` does:
 * an optional leading `\` marks an escaped name; then either a BSD tag line or a GNU line whose hash is
 * followed by one space and a mode character (` ` text, `*` binary, `^` shasum's universal mode).
 * The algorithm comes from the BSD tag or the hash length; `expected` restricts it.
 */
function parseChecksumLine(line, expected) {
    let s = line.endsWith('\r') ? line.slice(0, -1) : line;
    s = s.replace(/^[ \t]+/, '');
    if (s === '')
        return { ok: false, reason: 'empty line' };
    const escaped = s.startsWith('\\');
    if (escaped)
        s = s.slice(1);
    const name = (raw) => (escaped ? unescapeName(raw) : raw);
    const tag = /^(SHA256|SHA512) \(/.exec(s);
    if (tag) {
        const close = s.lastIndexOf(') = ');
        if (close < tag[0].length)
            return { ok: false, reason: 'BSD line without ") = "' };
        const hex = s.slice(close + 4);
        const algorithm = tag[1] === 'SHA256' ? 'sha256' : 'sha512';
        if (algorithmOfHex(hex) !== algorithm)
            return { ok: false, reason: `not a ${algorithm} hex digest after "${tag[1]} (…) = "` };
        if (expected && expected !== algorithm)
            return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
        const n = name(s.slice(tag[0].length, close));
        if (n === undefined)
            return { ok: false, reason: 'invalid backslash escape in the name' };
        if (n === '')
            return { ok: false, reason: 'empty file name' };
        return { ok: true, entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'bsd', binary: false } };
    }
    const space = s.indexOf(' ');
    if (space < 0)
        return { ok: false, reason: 'no space between hash and name' };
    const hex = s.slice(0, space);
    const algorithm = algorithmOfHex(hex);
    if (!algorithm)
        return { ok: false, reason: 'the first field is not a SHA-256 or SHA-512 hex digest' };
    if (expected && expected !== algorithm)
        return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
    const mode = s[space + 1];
    if (mode !== ' ' && mode !== '*' && mode !== '^')
        return { ok: false, reason: 'the hash must be followed by two spaces or " *"' };
    const n = name(s.slice(space + 2));
    if (n === undefined)
        return { ok: false, reason: 'invalid backslash escape in the name' };
    if (n === '')
        return { ok: false, reason: 'empty file name' };
    return {
        ok: true,
        entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'gnu', binary: mode === '*' }
    };
}
/** Works out how a checksum file is encoded, so UTF-16 input (PowerShell's `>`) is named, not parsed as garbage. */
function detectEncoding(data) {
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
        return 'utf-8-bom';
    if (data[0] === 0xff && data[1] === 0xfe)
        return 'utf-16le';
    if (data[0] === 0xfe && data[1] === 0xff)
        return 'utf-16be';
    // Without a BOM, UTF-16 of ASCII text puts a NUL in every other byte.
    const n = Math.min(data.length, 512);
    if (n >= 4) {
        let evenNul = 0;
        let oddNul = 0;
        for (let i = 0; i < n; i++) {
            if (data[i] !== 0)
                continue;
            if (i % 2)
                oddNul++;
            else
                evenNul++;
        }
        if (oddNul > n / 4 && evenNul === 0)
            return 'utf-16le';
        if (evenNul > n / 4 && oddNul === 0)
            return 'utf-16be';
    }
    return 'utf-8';
}
/** Thrown for input that is not a text checksum file at all (UTF-16, binary). */
class ChecksumFileEncodingError extends Error {
    encoding;
    constructor(message, encoding) {
        super(message);
        this.encoding = encoding;
        this.name = 'ChecksumFileEncodingError';
    }
}
/**
 * Parses a whole checksum file: UTF-8 with or without a BOM, LF or CRLF line ends. Blank lines and
 * `#` comment lines are skipped, as `sha256sum -c` skips them; every other line is an entry or malformed.
 * @throws ChecksumFileEncodingError for UTF-16 or NUL-holding input, naming the encoding.
 */
function parseChecksumFile(data, expected) {
    let encoding = 'utf-8';
    let text;
    if (typeof data === 'string') {
        text = data.startsWith('\uFEFF') ? ((encoding = 'utf-8-bom'), data.slice(1)) : data;
    }
    else {
        encoding = detectEncoding(data);
        if (encoding === 'utf-16le' || encoding === 'utf-16be') {
            throw new ChecksumFileEncodingError(`The checksum file is ${encoding.toUpperCase()} text (PowerShell's '>' and Out-File write that), not UTF-8. ` +
                'Write it as UTF-8, e.g. with Out-File -Encoding utf8NoBOM or Set-Content -Encoding utf8, or convert it with iconv -f UTF-16 -t UTF-8.', encoding);
        }
        const body = encoding === 'utf-8-bom' ? data.subarray(3) : data;
        if (body.includes(0))
            throw new ChecksumFileEncodingError('The checksum file holds NUL bytes: it is not a text checksum file.', 'binary');
        text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    }
    const lines = text.split('\n');
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    const out = { entries: [], malformed: [], encoding, crlf: false };
    lines.forEach((raw, i) => {
        if (raw.endsWith('\r'))
            out.crlf = true;
        // coreutils skips blank lines and `#` comments, even under --strict.
        if (raw === '' || raw === '\r' || raw.startsWith('#'))
            return;
        const parsed = parseChecksumLine(raw, expected);
        if (parsed.ok)
            out.entries.push({ ...parsed.entry, line: i + 1 });
        else
            out.malformed.push({ line: i + 1, text: raw.replace(/\r$/, ''), reason: parsed.reason });
    });
    return out;
}
/**
 * Parses a single-file sidecar (`foo.tar.gz.sha256`): a GNU or BSD line, or the bare hash that some
 * tools write. Returns the hash and, when the sidecar names one, the file name.
 */
function parseSidecar(text, expected) {
    const body = text.replace(/^\uFEFF/, '');
    const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length !== 1)
        return undefined;
    const bare = lines[0].trim();
    const algorithm = algorithmOfHex(bare);
    if (algorithm)
        return !expected || expected === algorithm ? { hash: bare.toLowerCase(), algorithm } : undefined;
    const parsed = parseChecksumLine(lines[0], expected);
    return parsed.ok
        ? { hash: parsed.entry.hash, algorithm: parsed.entry.algorithm, name: parsed.entry.name }
        : undefined;
}
/**
 * Checks that a name from a checksum file stays inside the directory it is checked from. Returns why it
 * does not, or `undefined` when it is safe: absolute paths (`/x`, `\x`, `C:\x`, `C:x`, UNC), `..`
 * segments (with `/` or `\` separators, since either separates on Windows), and NUL are refused.
 */
function unsafePathReason(name) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'holds a NUL character';
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'drive-letter path';
    if (name.split(/[/\\]/).some((segment) => segment === '..'))
        return "holds a '..' segment";
    return undefined;
}


/***/ }),

/***/ 47828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPLOAD_POLICIES: () => (/* binding */ UPLOAD_POLICIES),
/* harmony export */   assetNameProblem: () => (/* binding */ assetNameProblem),
/* harmony export */   assetSha256: () => (/* binding */ assetSha256),
/* harmony export */   deleteAsset: () => (/* binding */ deleteAsset),
/* harmony export */   describeRelease: () => (/* binding */ describeRelease),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   listAssets: () => (/* binding */ listAssets),
/* harmony export */   openAssetStream: () => (/* binding */ openAssetStream),
/* harmony export */   requireRelease: () => (/* binding */ requireRelease),
/* harmony export */   uploadAsset: () => (/* binding */ uploadAsset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);




const UPLOAD_POLICIES = ['skip-identical', 'replace', 'fail'];
function classify(release) {
    if (release.draft)
        return 'draft';
    return release.immutable ? 'immutable' : 'published';
}
/**
 * Finds a release by tag (drafts included) or by id.
 * A tag costs one request when the release is published; for drafts the releases are listed, since
 * GitHub's by-tag endpoint never returns drafts.
 * @throws when the API fails for another reason than "not found".
 */
async function findRelease(gh, repo, query) {
    if (query.id !== undefined) {
        const label = `id ${query.id}`;
        try {
            const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: query.id });
            const release = data;
            return { kind: classify(release), release, matches: [release], query: label };
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorStatus */ .v9)(e) === 404)
                return { kind: 'absent', matches: [], query: label };
            throw e;
        }
    }
    const tag = query.tag;
    if (!tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('A release tag or id is needed to find the release.');
    const label = `tag ${tag}`;
    try {
        const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
        const release = data;
        return { kind: classify(release), release, matches: [release], query: label };
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorStatus */ .v9)(e) !== 404)
            throw e;
    }
    const matches = [];
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 })) {
        for (const r of page.data)
            if (r.tag_name === tag)
                matches.push(r);
    }
    if (matches.length === 0)
        return { kind: 'absent', matches, query: label };
    if (matches.length > 1)
        return { kind: 'ambiguous', matches, query: label };
    return { kind: classify(matches[0]), release: matches[0], matches, query: label };
}
/** Describes the state for a person: `draft release v1.2.3 (id 5)`. */
function describeRelease(state) {
    switch (state.kind) {
        case 'absent':
            return `no release with ${state.query}`;
        case 'ambiguous':
            return `${state.matches.length} draft releases with ${state.query} (ids ${state.matches.map((m) => m.id).join(', ')})`;
        default:
            return `${state.kind} release ${state.release.tag_name} (id ${state.release.id})`;
    }
}
/**
 * Returns the release, or throws a ConfigurationError that says what to do for `absent` and `ambiguous`.
 */
function requireRelease(state) {
    if (state.kind === 'absent') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`There is ${describeRelease(state)}. Create the release (a draft is enough) before this step, or check the tag.`);
    }
    if (state.kind === 'ambiguous') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Found ${describeRelease(state)}: parallel jobs each created a draft. Delete the extra drafts, and create the release once in a job that the matrix jobs depend on.`);
    }
    return state.release;
}
/** Lists every asset of a release, 100 per request. */
async function listAssets(gh, repo, releaseId) {
    const assets = [];
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: releaseId,
        per_page: 100
    })) {
        assets.push(...page.data);
    }
    return assets;
}
/** The hex SHA-256 in an asset's `digest`, when GitHub reported one. */
function assetSha256(asset) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return m ? m[1].toLowerCase() : undefined;
}
// GitHub renames or rejects names with these; release-kit refuses them rather than guess the new name.
const UNSAFE_ASSET_NAME = /[\x00-\x1f\x7f/\\<>:"|?*]/;
/** Checks an asset name is one GitHub stores as given. Returns a reason when it is not. */
function assetNameProblem(name) {
    if (name === '' || name === '.' || name === '..')
        return 'it is empty or a dot name';
    if (name.length > 255)
        return 'it is longer than 255 characters';
    if (UNSAFE_ASSET_NAME.test(name))
        return 'it holds a path separator, a control character or one of <>:"|?*';
    if (name !== name.trim())
        return 'it starts or ends with white space';
    return undefined;
}
function refuseImmutable(state, what) {
    if (state.kind === 'immutable') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot ${what}: ${describeRelease(state)} is immutable, so its assets can no longer be added, replaced or deleted. ` +
            'Attach assets while the release is a draft, then publish it (create the release with draft: true, run the upload steps, publish last).');
    }
}
/**
 * Uploads a file to a release under an upload policy, converging on re-runs:
 * - an asset of that name with the same SHA-256 is left alone (`unchanged`) under every policy but `fail`;
 * - `skip-identical` fails on different content, `replace` deletes and re-uploads it, `fail` fails on any
 *   existing asset of that name;
 * - an interrupted upload (`starter`) is always deleted and uploaded again.
 * An immutable release is refused before any request.
 * @param existing the release's assets, when already listed (saves a request per upload).
 */
async function uploadAsset(gh, repo, state, file, policy, existing) {
    refuseImmutable(state, `upload ${file.name}`);
    const release = requireRelease(state);
    const problem = assetNameProblem(file.name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot upload an asset named ${JSON.stringify(file.name)}: ${problem}.`);
    const data = file.data ?? (file.path ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path) : undefined);
    if (!data)
        throw new Error(`uploadAsset: ${file.name} has neither data nor path`);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
    const assets = existing ?? (await listAssets(gh, repo, release.id));
    const current = assets.find((a) => a.name === file.name);
    let replacing = false;
    if (current) {
        const same = current.state === 'uploaded' && current.size === data.length && (await remoteSha256(gh, repo, current)) === sha256;
        if (current.state !== 'uploaded') {
            replacing = true;
        }
        else if (policy === 'fail') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} and on-conflict is 'fail'. Use 'skip-identical' to accept an identical asset, or 'replace'.`);
        }
        else if (same) {
            return { result: 'unchanged', asset: current, reason: 'identical content already attached' };
        }
        else if (policy === 'skip-identical') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} with different content (sha256 ${remoteLabel(current)} there, ${sha256} here). Set on-conflict: replace to overwrite it.`);
        }
        else
            replacing = true;
        if (replacing)
            await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
    }
    const { data: asset } = await gh.request({
        method: 'POST',
        url: release.upload_url,
        name: file.name,
        data,
        headers: { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': data.length }
    });
    return {
        result: replacing ? 'updated' : 'created',
        asset: asset,
        reason: current && current.state !== 'uploaded' ? 'replaced an interrupted upload' : undefined
    };
}
function remoteLabel(asset) {
    return assetSha256(asset) ?? 'unknown';
}
async function remoteSha256(gh, repo, asset) {
    const known = assetSha256(asset);
    if (known)
        return known;
    // Older GitHub Enterprise Server versions report no digest: hash the bytes instead.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of await openAssetStream(gh, repo, asset))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Deletes an asset; an immutable release is refused before any request. */
async function deleteAsset(gh, repo, state, asset) {
    refuseImmutable(state, `delete ${asset.name}`);
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
}
/**
 * Opens an asset's bytes as a stream, never buffering the body: the API answers 302 to a download URL
 * that fetch follows (dropping the Authorization header across origins, as the download host wants).
 * Transient failures of the first response are retried by the client; a body that ends early surfaces
 * as a stream error, which callers treat as a failed attempt, never as the asset's content.
 */
async function openAssetStream(gh, repo, asset) {
    const response = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    if (!body)
        return (async function* () { })();
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(body);
}


/***/ })

};
