export const id = 950;
export const ids = [950];
export const modules = {

/***/ 30950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ CHECKSUM_FILE_LIMIT),
/* harmony export */   Ah: () => (/* binding */ SIDECAR_LIMIT),
/* harmony export */   EA: () => (/* binding */ chooseClaimSources),
/* harmony export */   Ip: () => (/* binding */ readClaims)
/* harmony export */ });
/* unused harmony export DEFAULT_CHECKSUM_FILES */
/* harmony import */ var _asset_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58581);
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64433);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/**
 * What a release's own checksum files and `.sha256` sidecars say its assets' SHA-256 should be: the
 * "claims" the asset-verification engine compares with the API digest and the downloaded bytes.
 */



/** Checksum files `checksums: auto` looks for, in this order (case-insensitive). */
const DEFAULT_CHECKSUM_FILES = ['SHA256SUMS.txt', 'SHA256SUMS', 'checksums.txt'];
// A sidecar or checksum file larger than this is not one; it is read only this far.
const SIDECAR_LIMIT = 64 * 1024;
const CHECKSUM_FILE_LIMIT = 16 * 1024 * 1024;
function isUploaded(asset) {
    return asset.state === 'uploaded';
}
/** The checksum files and sidecars a `checksums` mode reads (only complete uploads; a named file is required). */
function chooseClaimSources(mode, releaseAssets) {
    if (mode === 'none')
        return { files: [], sidecars: [] };
    let files = [];
    let missing;
    if (mode === 'auto') {
        const lower = new Map(releaseAssets.map((a) => [a.name.toLowerCase(), a]));
        files = [...new Set(DEFAULT_CHECKSUM_FILES.map((n) => lower.get(n.toLowerCase())))].filter((a) => a !== undefined);
    }
    else if (mode !== 'sidecars') {
        const file = releaseAssets.find((a) => a.name === mode);
        if (file)
            files = [file];
        else
            missing = mode;
    }
    const sidecars = releaseAssets.filter((a) => a.name.toLowerCase().endsWith('.sha256') && a.name.length > '.sha256'.length && !files.includes(a));
    return { files: files.filter(isUploaded), sidecars: sidecars.filter(isUploaded), missing };
}
/**
 * The asset a checksum line names: `sha256sum dist/*` writes `dist/name`, release assets are flat, and
 * GitHub stores some names changed (`1~bpo12` as `1.bpo12`).
 */
function assetNameOf(listed) {
    return (0,_asset_name_js__WEBPACK_IMPORTED_MODULE_0__.githubStoredAssetName)(listed.replace(/^\.\//, '').split('/').pop());
}
/**
 * Reads the claims out of the checksum files and sidecars already downloaded (`read`, their first bytes
 * in `head`). Sources whose download failed are skipped: that failure is reported with the download.
 */
function readClaims(sources, read, releaseAssets) {
    const present = new Set(releaseAssets.map((a) => a.name));
    const out = {
        byAsset: new Map(),
        mismatches: [],
        listedAbsent: [],
        checksumFiles: [],
        sidecars: [],
        failures: [],
        warnings: []
    };
    if (sources.missing) {
        out.failures.push({
            rule: 'checksum-file-missing',
            detail: `The checksum file ${sources.missing} named in 'checksums' is not on the release.`
        });
    }
    const claim = (name, source) => {
        if (present.has(name))
            out.byAsset.set(name, [...(out.byAsset.get(name) ?? []), source]);
        else
            out.listedAbsent.push({ name, source: source.label });
    };
    for (const file of sources.files) {
        const head = read.get(file.name)?.head;
        if (!head)
            continue;
        if (file.size > CHECKSUM_FILE_LIMIT) {
            out.failures.push({
                rule: 'checksum-file-unreadable',
                detail: `${file.name} is ${file.size} bytes: too large for a checksum file.`
            });
            continue;
        }
        let parsed;
        try {
            parsed = (0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChecksumFile */ .j7)(head);
        }
        catch (e) {
            const detail = e instanceof _checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .ChecksumFileEncodingError */ .hS ? e.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e);
            out.failures.push({ rule: 'checksum-file-unreadable', detail: `${file.name}: ${detail}` });
            continue;
        }
        out.checksumFiles.push(file.name);
        const malformed = parsed.malformed.filter((m) => m.reason !== 'empty line');
        if (malformed.length) {
            const lines = malformed
                .slice(0, 5)
                .map((m) => `line ${m.line}: ${m.reason}`)
                .join('; ');
            out.warnings.push(`${file.name} has ${malformed.length} malformed line${malformed.length > 1 ? 's' : ''} (ignored): ${lines}.`);
        }
        const sha256 = parsed.entries.filter((e) => e.algorithm === 'sha256');
        for (const entry of sha256) {
            claim(assetNameOf(entry.name), {
                kind: 'checksum-file',
                label: `${file.name} line ${entry.line}`,
                sha256: entry.hash
            });
        }
        if (sha256.length === 0) {
            out.failures.push({
                rule: 'checksum-file-unreadable',
                detail: `${file.name} lists no SHA-256 checksum.`
            });
        }
    }
    for (const sidecar of sources.sidecars) {
        const target = sidecar.name.slice(0, -'.sha256'.length);
        const label = `sidecar ${sidecar.name}`;
        if (!present.has(target)) {
            out.listedAbsent.push({ name: target, source: label });
            continue;
        }
        const head = read.get(sidecar.name)?.head;
        if (!head)
            continue;
        out.sidecars.push(sidecar.name);
        const parsed = sidecar.size <= SIDECAR_LIMIT ? (0,_checksums_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSidecar */ .L0)(head.toString('utf8'), 'sha256') : undefined;
        if (!parsed) {
            out.mismatches.push({
                name: target,
                detail: `${label} is unusable: it is not a SHA-256 sidecar (one line: a hash, optionally followed by the file name)`
            });
            continue;
        }
        const named = parsed.name === undefined ? undefined : assetNameOf(parsed.name);
        if (named !== undefined && named !== target) {
            out.mismatches.push({ name: target, detail: `${label} names ${JSON.stringify(named)}, not ${target}` });
        }
        claim(target, { kind: 'sidecar', label, sha256: parsed.hash });
    }
    return out;
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


/***/ })

};
