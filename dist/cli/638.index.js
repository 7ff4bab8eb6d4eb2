export const id = 638;
export const ids = [638];
export const modules = {

/***/ 638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CHECKSUM_FILES: () => (/* binding */ DEFAULT_CHECKSUM_FILES),
  DOWNLOAD_MODES: () => (/* binding */ DOWNLOAD_MODES),
  pendingAssets: () => (/* binding */ pendingAssets),
  verifyAssets: () => (/* binding */ verifyAssets),
  waitForExpectedAssets: () => (/* binding */ waitForExpectedAssets)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/time-scale.ts
var time_scale = __webpack_require__(1823);
;// CONCATENATED MODULE: ./packages/core/src/asset-hashing.ts



/**
 * Streams an asset through SHA-256 without holding it in memory, checking the byte count against the
 * size the API reports (a body cut short is never taken for the asset). A dropped connection or a short
 * or long body is retried from the start, up to `attempts` times.
 */
async function hashAsset(asset, open, options = {}) {
    const attempts = Math.max(1, options.attempts ?? 3);
    const keep = options.keep ?? 0;
    let last = { bytes: 0, attempts: 0 };
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const kept = [];
        let keptBytes = 0;
        let bytes = 0;
        try {
            const body = await open(asset);
            for await (const chunk of body) {
                hash.update(chunk);
                bytes += chunk.byteLength;
                if (keptBytes < keep) {
                    const slice = Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.byteLength, keep - keptBytes));
                    kept.push(Buffer.from(slice));
                    keptBytes += slice.length;
                }
            }
            if (bytes === asset.size) {
                return { sha256: hash.digest('hex'), bytes, attempts: attempt, head: keep ? Buffer.concat(kept) : undefined };
            }
            last = {
                bytes,
                attempts: attempt,
                truncated: true,
                error: `the download gave ${bytes} bytes where the API reports ${asset.size}`
            };
        }
        catch (e) {
            // A body that breaks off part-way is a truncation (the bytes disagree with the size); a failure
            // before any byte arrived is an outage.
            last =
                bytes > 0
                    ? { bytes, attempts: attempt, truncated: true, error: `the download was cut short after ${bytes} of ${asset.size} bytes (${(0,errors/* getErrorMessage */.u1)(e)})` }
                    : { bytes, attempts: attempt, error: `the download failed: ${(0,errors/* getErrorMessage */.u1)(e)}` };
        }
        if (attempt < attempts) {
            options.onRetry?.(asset, attempt + 1, last.error);
            // Backoff with full jitter: parallel downloads that failed together do not retry together.
            await (0,time_scale.sleep)(Math.random() * 1000 * 2 ** (attempt - 1));
        }
    }
    return last;
}
/** Runs `fn` over `items` with at most `limit` at once; results keep the input order. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return results;
}

// EXTERNAL MODULE: ./packages/core/src/checksums.ts
var checksums = __webpack_require__(4433);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(7828);
;// CONCATENATED MODULE: ./packages/core/src/asset-verification.ts





/** Checksum files `checksums: auto` looks for, in this order (case-insensitive). */
const DEFAULT_CHECKSUM_FILES = ['SHA256SUMS.txt', 'SHA256SUMS', 'checksums.txt'];
const DOWNLOAD_MODES = ['auto', 'always', 'never'];
// A sidecar or checksum file larger than this is not one; it is read only this far.
const SIDECAR_LIMIT = 64 * 1024;
const CHECKSUM_FILE_LIMIT = 16 * 1024 * 1024;
function asset_verification_short(hex) {
    return hex.slice(0, 12) + '…';
}
function isUploaded(asset) {
    return asset.state === 'uploaded';
}
/** The checksum files to read for a `checksums` mode; a named file is required. */
function chooseChecksumFiles(mode, byName) {
    if (mode === 'none' || mode === 'sidecars')
        return { files: [] };
    if (mode === 'auto') {
        const lower = new Map([...byName.values()].map((a) => [a.name.toLowerCase(), a]));
        const files = DEFAULT_CHECKSUM_FILES.map((n) => lower.get(n.toLowerCase())).filter((a) => a !== undefined);
        return { files: [...new Set(files)] };
    }
    const file = byName.get(mode);
    return file ? { files: [file] } : { files: [], missing: mode };
}
// Claims first, then what GitHub holds: messages read "the checksum file says X, but the API digest says Y".
const KIND_ORDER = ['manifest', 'checksum-file', 'sidecar', 'api-digest', 'download'];
function describeDisagreement(digests) {
    const groups = new Map();
    for (const d of digests)
        groups.set(d.sha256, [...(groups.get(d.sha256) ?? []), d.label]);
    return [...groups.entries()].map(([hex, labels]) => `${labels.join(' and ')} say${labels.length > 1 ? '' : 's'} ${asset_verification_short(hex)}`).join(', but ');
}
/**
 * Verifies a release's assets against an inventory: which expected assets are present, missing,
 * broken (`starter`) or too small, which are unexpected, and whether every SHA-256 source agrees — the
 * manifest, the checksum file lines, the `.sha256` sidecars, the API `digest`, and the downloaded bytes.
 * Downloads are streamed and hashed (never held in memory) with bounded concurrency.
 * Makes no API request of its own except through `options.open`; the caller lists the assets, so the
 * release action and the sign-off gate share this with the same inputs.
 */
async function verifyAssets(releaseAssets, inventory, options) {
    const log = options.log ?? (() => undefined);
    const minSize = options.minSize ?? 1;
    const byName = new Map(releaseAssets.map((a) => [a.name, a]));
    const result = {
        assets: [],
        verified: [],
        missing: [],
        broken: [],
        unexpected: [],
        mismatched: [],
        mismatches: [],
        tooSmall: [],
        downloadFailed: [],
        checksumFiles: [],
        sidecars: [],
        listedAbsent: [],
        warnings: [],
        failures: [],
        downloads: 0,
        downloadedBytes: 0,
        passed: false
    };
    const rows = new Map();
    for (const e of inventory.assets) {
        const asset = byName.get(e.name);
        const row = { name: e.name, expected: true, status: 'ok', digests: [], problems: [] };
        if (e.sha256)
            row.digests.push({ kind: 'manifest', label: e.source, sha256: e.sha256 });
        if (asset)
            Object.assign(row, { size: asset.size, state: asset.state, url: asset.browser_download_url });
        rows.set(e.name, row);
    }
    for (const a of [...releaseAssets].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
        if (rows.has(a.name))
            continue;
        rows.set(a.name, { name: a.name, expected: false, status: 'ok', size: a.size, state: a.state, url: a.browser_download_url, digests: [], problems: [] });
    }
    for (const row of rows.values()) {
        const asset = byName.get(row.name);
        const api = asset && isUploaded(asset) ? (0,release.assetSha256)(asset) : undefined;
        if (api)
            row.digests.push({ kind: 'api-digest', label: 'the API digest', sha256: api });
    }
    // Gather checksum claims. Checksum files and sidecars are read in full (they are small), hashed on the way.
    const opened = new Map();
    const open = options.open;
    const fetchSmall = async (asset, limit) => {
        if (!open)
            throw new Error('verifyAssets: reading checksum files needs options.open');
        const h = await hashAsset(asset, open, {
            attempts: options.attempts,
            keep: limit,
            onRetry: (a, n, why) => log(`Retrying the download of ${a.name} (attempt ${n}): ${why}`)
        });
        result.downloads += h.attempts;
        result.downloadedBytes += h.bytes;
        opened.set(asset.name, h);
        return h;
    };
    const checksumChoice = options.checksums === 'none' ? { files: [] } : chooseChecksumFiles(options.checksums, byName);
    if (checksumChoice.missing) {
        result.failures.push({
            rule: 'checksum-file-missing',
            detail: `The checksum file ${checksumChoice.missing} named in 'checksums' is not on the release.`
        });
    }
    const sidecarAssets = options.checksums === 'none'
        ? []
        : releaseAssets.filter((a) => a.name.toLowerCase().endsWith('.sha256') && a.name.length > 7 && !checksumChoice.files.includes(a));
    const claimAssets = [...checksumChoice.files, ...sidecarAssets].filter(isUploaded);
    await mapBounded(claimAssets, options.concurrency ?? 4, (a) => fetchSmall(a, checksumChoice.files.includes(a) ? CHECKSUM_FILE_LIMIT : SIDECAR_LIMIT));
    const claim = (name, source, origin) => {
        if (byName.has(name))
            rows.get(name).digests.push(source);
        else
            result.listedAbsent.push({ name, source: origin });
    };
    for (const file of checksumChoice.files.filter(isUploaded)) {
        const h = opened.get(file.name);
        // A download that failed is reported as such below.
        if (!h.head)
            continue;
        if (file.size > CHECKSUM_FILE_LIMIT) {
            result.failures.push({ rule: 'checksum-file-unreadable', detail: `${file.name} is ${file.size} bytes: too large for a checksum file.` });
            continue;
        }
        let parsed;
        try {
            parsed = (0,checksums/* parseChecksumFile */.j7)(h.head);
        }
        catch (e) {
            const detail = e instanceof checksums/* ChecksumFileEncodingError */.hS ? e.message : (0,errors/* getErrorMessage */.u1)(e);
            result.failures.push({ rule: 'checksum-file-unreadable', detail: `${file.name}: ${detail}` });
            continue;
        }
        result.checksumFiles.push(file.name);
        const malformed = parsed.malformed.filter((m) => m.reason !== 'empty line');
        if (malformed.length) {
            result.warnings.push(`${file.name} has ${malformed.length} malformed line${malformed.length > 1 ? 's' : ''} (ignored): ${malformed
                .slice(0, 5)
                .map((m) => `line ${m.line}: ${m.reason}`)
                .join('; ')}.`);
        }
        for (const entry of parsed.entries) {
            if (entry.algorithm !== 'sha256')
                continue;
            // `sha256sum dist/*` writes `dist/name`; release assets are flat, so the last segment is the asset.
            const name = entry.name.replace(/^\.\//, '').split('/').pop();
            claim(name, { kind: 'checksum-file', label: `${file.name} line ${entry.line}`, sha256: entry.hash }, `${file.name} line ${entry.line}`);
        }
        if (parsed.entries.filter((e) => e.algorithm === 'sha256').length === 0) {
            result.failures.push({ rule: 'checksum-file-unreadable', detail: `${file.name} lists no SHA-256 checksum.` });
        }
    }
    for (const sidecar of sidecarAssets.filter(isUploaded)) {
        const target = sidecar.name.slice(0, -'.sha256'.length);
        const h = opened.get(sidecar.name);
        const parsed = h.head && sidecar.size <= SIDECAR_LIMIT ? (0,checksums/* parseSidecar */.L0)(h.head.toString('utf8'), 'sha256') : undefined;
        const row = rows.get(target);
        const present = byName.get(target);
        if (!present) {
            result.listedAbsent.push({ name: target, source: `sidecar ${sidecar.name}` });
            continue;
        }
        if (!h.head)
            continue;
        result.sidecars.push(sidecar.name);
        if (!parsed) {
            const why = 'it is not a SHA-256 sidecar (one line: a hash, optionally followed by the file name)';
            row.problems.push(`sidecar ${sidecar.name} is unusable: ${why}`);
            result.mismatches.push({ name: target, detail: `sidecar ${sidecar.name} is unusable: ${why}` });
            continue;
        }
        const named = parsed.name?.replace(/^\.\//, '').split('/').pop();
        if (named !== undefined && named !== target) {
            row.problems.push(`sidecar ${sidecar.name} names ${named}, not ${target}`);
            result.mismatches.push({ name: target, detail: `sidecar ${sidecar.name} names ${JSON.stringify(named)}, not ${target}` });
        }
        claim(target, { kind: 'sidecar', label: `sidecar ${sidecar.name}`, sha256: parsed.hash }, `sidecar ${sidecar.name}`);
    }
    // Decide what to download and hash: every asset (`always`); those whose bytes are otherwise unknown (`auto`).
    const toHash = releaseAssets.filter((a) => {
        if (!isUploaded(a) || opened.has(a.name))
            return false;
        const row = rows.get(a.name);
        if (options.download === 'always')
            return true;
        if (options.download === 'never')
            return false;
        return !(0,release.assetSha256)(a) && (row.expected || row.digests.length > 0);
    });
    if (toHash.length) {
        if (!open)
            throw new Error('verifyAssets: downloading needs options.open');
        log(`Downloading and hashing ${toHash.length} asset${toHash.length > 1 ? 's' : ''}, ${options.concurrency ?? 4} at a time.`);
        await mapBounded(toHash, options.concurrency ?? 4, async (a) => {
            const h = await hashAsset(a, open, {
                attempts: options.attempts,
                onRetry: (x, n, why) => log(`Retrying the download of ${x.name} (attempt ${n}): ${why}`)
            });
            result.downloads += h.attempts;
            result.downloadedBytes += h.bytes;
            opened.set(a.name, h);
        });
    }
    for (const [name, h] of opened) {
        const row = rows.get(name);
        if (h.sha256)
            row.digests.push({ kind: 'download', label: 'the downloaded bytes', sha256: h.sha256 });
        else {
            row.problems.push(h.error);
            if (h.truncated)
                result.mismatches.push({ name, detail: `${h.error} (after ${h.attempts} attempts)` });
            else
                result.downloadFailed.push(name);
        }
    }
    // Classify each asset.
    for (const row of rows.values()) {
        row.digests.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
        const asset = byName.get(row.name);
        const expectedSpec = inventory.byName.get(row.name);
        const claims = row.digests.filter((d) => d.kind === 'manifest' || d.kind === 'checksum-file' || d.kind === 'sidecar');
        const actual = row.digests.find((d) => d.kind === 'download') ?? row.digests.find((d) => d.kind === 'api-digest');
        if (claims[0])
            Object.assign(row, { expectedSha256: claims[0].sha256, expectedSource: claims[0].label });
        else if (expectedSpec)
            row.expectedSource = expectedSpec.source;
        if (actual)
            Object.assign(row, { actualSha256: actual.sha256, actualSource: actual.label });
        if (!asset) {
            row.status = 'missing';
            row.problems.push('not on the release');
            result.missing.push(row.name);
            continue;
        }
        if (!isUploaded(asset)) {
            row.status = 'broken';
            row.problems.push(`its upload never finished (state ${asset.state})`);
            if (row.expected) {
                result.missing.push(row.name);
                result.broken.push(row.name);
            }
            else if (!options.allowExtra)
                result.unexpected.push(row.name);
            else
                result.warnings.push(`${row.name} is an upload that never finished (state ${asset.state}); delete it.`);
            continue;
        }
        const disagree = new Set(row.digests.map((d) => d.sha256)).size > 1;
        if (disagree)
            result.mismatches.push({ name: row.name, detail: describeDisagreement(row.digests) });
        if (expectedSpec?.size !== undefined && expectedSpec.size !== asset.size) {
            result.mismatches.push({ name: row.name, detail: `${expectedSpec.source} says ${expectedSpec.size} bytes, the API says ${asset.size}` });
        }
        const mismatched = result.mismatches.some((m) => m.name === row.name);
        if (mismatched) {
            row.status = 'mismatch';
            for (const m of result.mismatches.filter((m) => m.name === row.name && !row.problems.includes(m.detail)))
                row.problems.push(m.detail);
            if (!result.mismatched.includes(row.name))
                result.mismatched.push(row.name);
        }
        else if (result.downloadFailed.includes(row.name))
            row.status = 'download-failed';
        else if (asset.size < minSize) {
            row.status = 'too-small';
            row.problems.push(`${asset.size} bytes, below the minimum of ${minSize}`);
            result.tooSmall.push(row.name);
        }
        if (!row.expected) {
            if (!options.allowExtra) {
                result.unexpected.push(row.name);
                if (row.status === 'ok')
                    row.status = 'unexpected';
            }
            else if (row.status === 'ok')
                row.status = 'extra';
        }
        else if (row.status === 'ok')
            result.verified.push(row.name);
    }
    result.assets = [...rows.values()];
    const list = (names) => names.join(', ');
    if (result.missing.length) {
        const broken = result.broken.length ? ` (${result.broken.length} of them uploads that never finished: ${list(result.broken)})` : '';
        result.failures.push({ rule: 'missing', detail: `${result.missing.length} expected asset${result.missing.length > 1 ? 's are' : ' is'} missing: ${list(result.missing)}${broken}.` });
    }
    if (result.unexpected.length) {
        result.failures.push({
            rule: 'unexpected',
            detail: `${result.unexpected.length} asset${result.unexpected.length > 1 ? 's are' : ' is'} not in the expected set: ${list(result.unexpected)}. Add them to the expected names, delete them, or set allow-extra: true.`
        });
    }
    for (const m of result.mismatches)
        result.failures.push({ rule: 'mismatch', detail: `${m.name}: ${m.detail}.` });
    for (const name of result.downloadFailed) {
        result.failures.push({ rule: 'download-failed', detail: `${name}: ${rows.get(name).problems.join('; ')}.` });
    }
    if (result.tooSmall.length) {
        result.failures.push({ rule: 'too-small', detail: `Smaller than ${minSize} byte${minSize === 1 ? '' : 's'}: ${list(result.tooSmall)}.` });
    }
    // Expected assets are already reported as missing; the rest are names only the checksums mention.
    const unlisted = result.listedAbsent.filter((l) => !result.missing.includes(l.name));
    if (unlisted.length) {
        result.failures.push({
            rule: 'listed-absent',
            detail: `Checksums are listed for assets the release lacks: ${unlisted.map((l) => `${l.name} (${l.source})`).join(', ')}.`
        });
    }
    result.passed = result.failures.length === 0;
    return result;
}
/** Expected assets not yet present and complete (absent, or still `starter`). */
function pendingAssets(releaseAssets, inventory) {
    const byName = new Map(releaseAssets.map((a) => [a.name, a]));
    return inventory.assets.filter((e) => !(byName.get(e.name) && isUploaded(byName.get(e.name)))).map((e) => e.name);
}
/**
 * Lists the release's assets until every expected one is present and `uploaded` (matrix jobs upload
 * late) or the timeout passes; returns the last listing either way. Each poll costs one listing.
 */
async function waitForExpectedAssets(list, inventory, options) {
    const now = options.now ?? Date.now;
    const wait = options.sleep ?? time_scale.sleep;
    const scale = options.sleep ? 1 : (0,time_scale.timeScale)();
    const deadline = now() + options.timeoutMs * scale;
    for (let poll = 1;; poll++) {
        const assets = await list();
        const pending = pendingAssets(assets, inventory);
        if (pending.length === 0 || now() >= deadline)
            return { assets, polls: poll, pending };
        options.onPending?.(pending, poll);
        await wait(Math.max(0, Math.min(options.intervalMs, (deadline - now()) / (scale || 1))));
    }
}


/***/ }),

/***/ 4433:
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
    return { ok: true, entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'gnu', binary: mode === '*' } };
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
        for (let i = 0; i < n; i++)
            if (data[i] === 0)
                (i % 2 ? oddNul++ : evenNul++);
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
                "Write it as UTF-8, e.g. with Out-File -Encoding utf8NoBOM or Set-Content -Encoding utf8, or convert it with iconv -f UTF-16 -t UTF-8.", encoding);
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
    return parsed.ok ? { hash: parsed.entry.hash, algorithm: parsed.entry.algorithm, name: parsed.entry.name } : undefined;
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


/***/ })

};
