export const id = 5202;
export const ids = [5202];
export const modules = {

/***/ 73947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   ZO: () => (/* binding */ INPUT_DECLARATIONS),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
// Generated from actions/sha256sums/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
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
/** Output names, as action.yml declares them. */
const Outputs = {
    ChecksumsFile: 'checksums-file',
    Checksums: 'checksums',
    Count: 'count',
    Verified: 'verified',
    Failed: 'failed',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    mode: { default: 'generate', required: false },
    files: { default: 'dist/*', required: false },
    'working-directory': { default: '.', required: false },
    algorithm: { default: 'sha256', required: false },
    output: { default: '', required: false },
    format: { default: 'gnu', required: false },
    sidecars: { default: 'false', required: false },
    'sidecar-format': { default: 'gnu', required: false },
    'checksums-file': { default: '', required: false },
    'ignore-missing': { default: 'false', required: false },
    strict: { default: 'false', required: false },
    'release-tag': { default: '', required: false },
    'on-conflict': { default: 'skip-identical', required: false },
    repository: { default: '', required: false },
    token: { default: '${{ github.token }}', required: false },
    concurrency: { default: '0', required: false }
};


/***/ }),

/***/ 13473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* reexport safe */ _generated_io_js__WEBPACK_IMPORTED_MODULE_0__.G0),
/* harmony export */   Hw: () => (/* binding */ Defaults),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   gh: () => (/* binding */ defaultChecksumsFile),
/* harmony export */   tY: () => (/* reexport safe */ _generated_io_js__WEBPACK_IMPORTED_MODULE_0__.tY)
/* harmony export */ });
/* harmony import */ var _generated_io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73947);
/*
 * Names and defaults, in a module that loads nothing else, so the head start (head-start.ts) can use
 * them before the rest of the action has loaded.
 */
/** Input and output names, generated from action.yml (see ./generated/io.ts). */

/** Defaults of the inputs that decide what generate hashes. */
const Defaults = {
    files: ['dist/*'],
    workingDirectory: '.',
    algorithm: 'sha256'
};
/** The most threads `concurrency` may ask for. */
const MAX_CONCURRENCY = 256;
/** The default checksum file name of an algorithm: `SHA256SUMS.txt` or `SHA512SUMS.txt`. */
function defaultChecksumsFile(algorithm) {
    return `${algorithm.toUpperCase()}SUMS.txt`;
}


/***/ }),

/***/ 94023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ selectFiles),
/* harmony export */   XC: () => (/* binding */ planOf),
/* harmony export */   cV: () => (/* binding */ samePlan),
/* harmony export */   wd: () => (/* binding */ absolutePaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92886);
/* harmony import */ var _core_hash_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99540);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13473);
/* harmony import */ var _working_directory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52352);





/** The plan of settings, below the (resolved) working directory. */
function planOf(settings, cwd) {
    return {
        cwd,
        patterns: settings.files,
        outputName: (0,_working_directory_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeName */ .IC)(cwd, settings.output),
        algorithm: settings.algorithm,
        threads: settings.concurrency || (0,_core_hash_files_js__WEBPACK_IMPORTED_MODULE_2__/* .cpuCount */ .U7)()
    };
}
function samePlan(a, b) {
    return (a.cwd === b.cwd &&
        a.outputName === b.outputName &&
        a.algorithm === b.algorithm &&
        a.threads === b.threads &&
        a.patterns.length === b.patterns.length &&
        a.patterns.every((p, i) => p === b.patterns[i]));
}
/**
 * Lists what the patterns match, minus generate's own outputs: the checksum file and the sidecars of
 * matched files are never inputs (a re-run must not checksum last run's checksums).
 * @throws ConfigurationError for a pattern that leaves the working directory.
 */
async function selectFiles(plan) {
    const started = Date.now();
    const { files: matched, unmatched } = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .expandGlobs */ .GE)(plan.patterns, {
        cwd: plan.cwd,
        inputName: _names_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.Files
    });
    const ext = `.${plan.algorithm}`;
    const matchedSet = new Set(matched);
    const names = matched.filter((n) => n !== plan.outputName && !(n.endsWith(ext) && matchedSet.has(n.slice(0, -ext.length))));
    return { names, unmatched, ms: Date.now() - started };
}
/**
 * The absolute paths of names below cwd. The names are already normal (no `.`, `..` or doubled
 * slashes), so on POSIX a prefix does what path.join would, at a fraction of its cost for 20,000 names.
 */
function absolutePaths(cwd, names) {
    if ((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) !== '/')
        return names.map((n) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(cwd, n));
    const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
    return names.map((n) => prefix + n);
}


/***/ }),

/***/ 98938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sameVerifyPlan),
/* harmony export */   p: () => (/* binding */ verifyWork)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_core_src_checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64433);


/** True when two plans read the same checksum file from the same directory on as many threads. */
function sameVerifyPlan(a, b) {
    return a.cwd === b.cwd && a.checksumsFile === b.checksumsFile && a.threads === b.threads;
}
/**
 * Sorts the entries of a parsed file into work: unsafe names are never opened; each name is hashed once
 * per algorithm, however many lines list it.
 */
function verifyWork(parsed, cwd) {
    const safe = [];
    const unsafe = [];
    for (const entry of parsed.entries) {
        const reason = (0,_packages_core_src_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .unsafePathReason */ .m0)(entry.name);
        if (reason)
            unsafe.push({ entry, reason });
        else
            safe.push(entry);
    }
    const groups = [];
    const indexes = [];
    const group = new Uint8Array(safe.length);
    const slot = new Int32Array(safe.length);
    // A safe name is relative and has no `..` segment, so joining is enough (no normalising 10,000s of paths).
    const base = cwd.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? cwd : cwd + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep);
    safe.forEach((entry, i) => {
        let g = groups.findIndex((x) => x.algorithm === entry.algorithm);
        if (g < 0) {
            g = groups.push({ algorithm: entry.algorithm, names: [], paths: [] }) - 1;
            indexes.push(new Map());
        }
        const { names, paths } = groups[g];
        let at = indexes[g].get(entry.name);
        if (at === undefined) {
            at = names.push(entry.name) - 1;
            paths.push(base + entry.name);
            indexes[g].set(entry.name, at);
        }
        group[i] = g;
        slot[i] = at;
    });
    return { safe, group, slot, unsafe, groups };
}


/***/ }),

/***/ 52352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   dO: () => (/* binding */ resolveWorkingDirectory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92886);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13473);




/** Resolves working-directory, failing clearly when it is not a directory. */
function resolveWorkingDirectory(value) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(value);
    if (!(0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isDirectory */ .wd)(dir))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${_names_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.WorkingDirectory}': ${JSON.stringify(value)} is not a directory (resolved to ${dir}).`);
    return dir;
}
/** A path relative to the working directory, with forward slashes (how names appear in checksum files). */
function relativeName(cwd, file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** A path for outputs and messages: relative to the process's directory when below it, else absolute. */
function displayPath(abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(process.cwd(), abs);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) ? rel : abs;
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
const LOWER_HEX = /^[0-9a-f]+$/;
const ANY_HEX = /^[0-9a-fA-F]+$/;
/** Returns the digest in lower case, or throws when it is not one of the algorithm's length. */
function checkedHash(hash, algorithm) {
    if (hash.length === HEX_LENGTH[algorithm]) {
        // Digests from Node are lower-case already: the common case costs one test and no copy.
        if (LOWER_HEX.test(hash))
            return hash;
        if (ANY_HEX.test(hash))
            return hash.toLowerCase();
    }
    throw new Error(`Not a ${algorithm} hex digest: ${JSON.stringify(hash)}`);
}
/**
 * Formats one GNU line (`hash  name\n`, or `hash *name\n` in binary mode), escaped as coreutils escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatGnuLine(hash, name, options = {}) {
    const hex = checkedHash(hash, options.algorithm ?? (hash.length === HEX_LENGTH.sha512 ? 'sha512' : 'sha256'));
    const mode = options.binary ? ' *' : '  ';
    return needsEscape(name) ? `\\${hex}${mode}${escapeName(name)}\n` : `${hex}${mode}${name}\n`;
}
/**
 * Formats one BSD tag line (`SHA256 (name) = hash\n`), escaped as `sha256sum --tag` escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatBsdLine(algorithm, hash, name) {
    const hex = checkedHash(hash, algorithm);
    const escaped = needsEscape(name);
    return `${escaped ? '\\' : ''}${BSD_TAG[algorithm]} (${escaped ? escapeName(name) : name}) = ${hex}\n`;
}
/** Formats a line in either format. */
function formatChecksumLine(format, algorithm, hash, name) {
    return format === 'bsd' ? formatBsdLine(algorithm, hash, name) : formatGnuLine(hash, name, { algorithm });
}
/**
 * 0 when s[from, to) is not all hex digits, 1 when lower-case, 2 when some are upper-case. A loop, not a
 * regular expression on a slice: verify reads 10,000s of lines, and each slice would be copied to be matched.
 */
function hexKind(s, from, to) {
    let kind = 1;
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102))
            continue;
        if (c >= 65 && c <= 70)
            kind = 2;
        else
            return 0;
    }
    return kind;
}
function algorithmOfHex(hex) {
    const algorithm = hex.length === 64 ? 'sha256' : hex.length === 128 ? 'sha512' : undefined;
    return algorithm && hexKind(hex, 0, hex.length) ? algorithm : undefined;
}
const isBlank = (c) => c === ' ' || c === '\t';
function unescaped(raw, escaped) {
    return escaped ? unescapeName(raw) : raw;
}
/**
 * Parses one line (without its line terminator; one trailing CR is dropped, as coreutils drops it) with
 * coreutils' grammar (`split_3` in its `src/digest.c`), for SHA-256 and SHA-512 at once:
 * - leading blanks (space, tab) are skipped, then an optional `\` marks an escaped name (`\\`, `\n`, `\r`);
 * - a tag line is `SHA256`, at most one space, `(`, the name up to the LAST `)`, blanks, `=`, blanks, and
 *   exactly the digest: so `SHA256 (f) = h` (`--tag`), `SHA256(f)= h` (OpenSSL) and any spacing around
 *   `=` are read;
 * - any other line is a digest, ONE blank (space or tab), then `' '` (text) or `*` (binary) and the
 *   name; with any other character there (or nothing after it) the line is a one-space line (`hash name`,
 *   BSD `-r` style) whose name starts right after the blank. See {@link LineState} for why the two kinds
 *   may not be mixed in one file. shasum's `^` (bits) and `U` (universal newlines) modes are one-space
 *   names here, as coreutils reads them: `h ^f` names the file `^f`.
 * The algorithm comes from the tag or the digest's length (64 or 128 hex digits); `expected` restricts it.
 * Reasons never quote the line: it may come from a file that is not a checksum file at all.
 */
function parseChecksumLine(line, expected, state = {}) {
    const s = line.endsWith('\r') ? line.slice(0, -1) : line;
    let i = 0;
    while (isBlank(s[i]))
        i++;
    // Blanks only: malformed to coreutils too; one reason for both, which callers may filter (checksum-claims.ts).
    if (i === s.length)
        return { ok: false, reason: 'empty line' };
    const escaped = s[i] === '\\';
    if (escaped)
        i++;
    const tag = s.startsWith('SHA256', i) ? 'sha256' : s.startsWith('SHA512', i) ? 'sha512' : undefined;
    if (tag) {
        let j = i + 6;
        if (s[j] === ' ')
            j++;
        if (s[j] !== '(')
            return { ok: false, reason: `"${BSD_TAG[tag]}" not followed by " (" or "("` };
        const rest = s.slice(j + 1);
        const close = rest.lastIndexOf(')');
        if (close < 0)
            return { ok: false, reason: 'tag line without ")"' };
        let k = close + 1;
        while (isBlank(rest[k]))
            k++;
        if (rest[k] !== '=')
            return { ok: false, reason: 'tag line without "=" after the name' };
        k++;
        while (isBlank(rest[k]))
            k++;
        const kind = rest.length - k === HEX_LENGTH[tag] ? hexKind(rest, k, rest.length) : 0;
        if (!kind)
            return { ok: false, reason: `not a ${tag} hex digest after "${BSD_TAG[tag]} (…) ="` };
        const hex = rest.slice(k);
        if (expected && expected !== tag)
            return { ok: false, reason: `${tag} line where ${expected} was expected` };
        const name = unescaped(rest.slice(0, close), escaped);
        if (name === undefined)
            return { ok: false, reason: 'invalid backslash escape in the name' };
        // `SHA256 () = h` is well formed to coreutils (it then fails to open ""): an entry, refused later.
        return {
            ok: true,
            entry: {
                name,
                hash: kind === 1 ? hex : hex.toLowerCase(),
                algorithm: tag,
                format: 'bsd',
                binary: false
            }
        };
    }
    // One pass finds the blank that ends the digest and checks its digits (0 not hex, 1 lower, 2 upper too).
    let end = i;
    let kind = 1;
    for (; end < s.length; end++) {
        const c = s.charCodeAt(end);
        if (c === 32 || c === 9)
            break;
        if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102))
            continue;
        kind = c >= 65 && c <= 70 && kind ? 2 : 0;
    }
    if (end === s.length)
        return { ok: false, reason: 'no blank between hash and name' };
    const algorithm = end - i === 64 ? 'sha256' : end - i === 128 ? 'sha512' : undefined;
    if (!algorithm || !kind)
        return { ok: false, reason: 'the first field is not a SHA-256 or SHA-512 hex digest' };
    const hex = s.slice(i, end);
    if (expected && expected !== algorithm)
        return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
    let n = end + 1;
    if (n === s.length)
        return { ok: false, reason: 'no file name' };
    let binary = false;
    // coreutils reads `hash  x` in a one-space file as naming ` x`: the state decides, not the line.
    if (s.length - n === 1 || (s[n] !== ' ' && s[n] !== '*')) {
        if (state.oneSpace === false)
            return { ok: false, reason: 'one-space line (hash name) in a file of two-space lines' };
        state.oneSpace = true;
    }
    else if (state.oneSpace !== true) {
        state.oneSpace = false;
        binary = s[n++] === '*';
    }
    const name = unescaped(s.slice(n), escaped);
    if (name === undefined)
        return { ok: false, reason: 'invalid backslash escape in the name' };
    return {
        ok: true,
        entry: { name, hash: kind === 1 ? hex : hex.toLowerCase(), algorithm, format: 'gnu', binary }
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
    const state = {};
    lines.forEach((raw, i) => {
        if (raw.endsWith('\r'))
            out.crlf = true;
        // coreutils skips empty lines and `#` comments (in column 1 only), even under --strict.
        if (raw === '' || raw === '\r' || raw.startsWith('#'))
            return;
        const parsed = parseChecksumLine(raw, expected, state);
        // The entry is this line's own: numbered in place rather than copied (files list 10,000s of lines).
        if (parsed.ok)
            out.entries.push(Object.assign(parsed.entry, { line: i + 1 }));
        else
            out.malformed.push({ line: i + 1, reason: parsed.reason });
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
 * Checks that a name from a checksum file stays inside the directory it is checked from, on `platform`
 * (default: this one). Returns why it does not, or `undefined` when it is safe. Everywhere: empty names,
 * NUL, absolute paths (`/x`) and `..` segments are refused. On Windows, where `\` also separates and
 * drives exist, also `\x`, UNC paths, `C:\x`, `C:x` and `..` between backslashes. On POSIX a backslash
 * and a colon are ordinary characters (`\x` and `C:x` name files in the directory), so a file that
 * generate lists there is also one that verify opens.
 */
function unsafePathReason(name, platform = process.platform) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'holds a NUL character';
    const windows = platform === 'win32';
    if (name.startsWith('/') || (windows && name.startsWith('\\')))
        return 'absolute path';
    if (windows && /^[A-Za-z]:/.test(name))
        return 'drive-letter path';
    // Split only the rare name holding `..` at all: verify checks every listed name.
    if (name.includes('..') && name.split(windows ? /[/\\]/ : '/').some((segment) => segment === '..'))
        return "holds a '..' segment";
    return undefined;
}


/***/ }),

/***/ 92886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   Km: () => (/* binding */ globRoots),
/* harmony export */   wd: () => (/* binding */ isDirectory)
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, pattern, `${JSON.stringify(pattern)} leaves the working directory`, "patterns are relative to working-directory and may not be absolute or hold '..'. Set working-directory instead.");
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
/** True for an existing directory (or a link to one). */
function isDirectory(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
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
/**
 * The directories the include patterns start from, absolute (`<cwd>/dist` for `dist/*.zip`, `<cwd>` for
 * `*`), for a caller deciding whether a listing can find anything at all.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
function globRoots(patterns, cwd, inputName = 'files') {
    const roots = new Set();
    for (const line of patterns) {
        const body = line.trim();
        if (!body || body.startsWith('#') || body.startsWith('!'))
            continue;
        for (const p of expandBraces(body))
            roots.add(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, compile(p, inputName).base));
    }
    return [...roots];
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


/***/ })

};
