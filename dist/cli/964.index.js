export const id = 964;
export const ids = [964];
export const modules = {

/***/ 8964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CHECKSUM_FILES: () => (/* reexport */ DEFAULT_CHECKSUM_FILES),
  DOWNLOAD_MODES: () => (/* binding */ DOWNLOAD_MODES),
  pendingAssets: () => (/* binding */ pendingAssets),
  verifyAssets: () => (/* binding */ verifyAssets),
  waitForExpectedAssets: () => (/* binding */ waitForExpectedAssets)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/time-scale.ts
var time_scale = __webpack_require__(41823);
;// CONCATENATED MODULE: ./packages/core/src/asset-hashing.ts





// Node hands each socket read to JavaScript in a freshly allocated 64 KiB buffer. V8 lets those dead
// buffers pile up (measured: about 100 MB in Node 24, 40 MB in Node 20, while hashing a 1 GiB body)
// before collecting them, and that pile is what peak memory measures. A young-generation collection
// every few MiB keeps the peak flat (and hashing faster: less memory churn). V8 exposes `gc` to contexts
// created after `--expose-gc` is set, which is the only way to ask for a collection; if that ever stops
// working, hashing still works, only with the higher peak.
const COLLECT_EVERY = 8 * 1024 * 1024;
let collector;
function collectDeadBuffers() {
    if (collector === undefined) {
        try {
            external_node_v8_default().setFlagsFromString('--expose-gc');
            const gc = external_node_vm_default().runInNewContext('gc');
            collector = typeof gc === 'function' ? gc : null;
        }
        catch {
            collector = null;
        }
    }
    collector?.({ type: 'minor' });
}
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
        let sinceCollect = 0;
        try {
            const body = await open(asset);
            for await (const chunk of body) {
                hash.update(chunk);
                bytes += chunk.byteLength;
                sinceCollect += chunk.byteLength;
                if (sinceCollect >= COLLECT_EVERY) {
                    sinceCollect = 0;
                    collectDeadBuffers();
                }
                if (keptBytes < keep) {
                    const slice = Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.byteLength, keep - keptBytes));
                    kept.push(Buffer.from(slice));
                    keptBytes += slice.length;
                }
            }
            if (bytes === asset.size) {
                return {
                    sha256: hash.digest('hex'),
                    bytes,
                    attempts: attempt,
                    head: keep ? Buffer.concat(kept) : undefined
                };
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
                    ? {
                        bytes,
                        attempts: attempt,
                        truncated: true,
                        error: `the download was cut short after ${bytes} of ${asset.size} bytes (${(0,errors/* getErrorMessage */.u1)(e)})`
                    }
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
var checksums = __webpack_require__(64433);
;// CONCATENATED MODULE: ./packages/core/src/checksum-claims.ts


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
/** The asset a checksum line names: `sha256sum dist/*` writes `dist/name`, and release assets are flat. */
function assetNameOf(listed) {
    return listed.replace(/^\.\//, '').split('/').pop();
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
            parsed = (0,checksums/* parseChecksumFile */.j7)(head);
        }
        catch (e) {
            const detail = e instanceof checksums/* ChecksumFileEncodingError */.hS ? e.message : (0,errors/* getErrorMessage */.u1)(e);
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
        const parsed = sidecar.size <= SIDECAR_LIMIT ? (0,checksums/* parseSidecar */.L0)(head.toString('utf8'), 'sha256') : undefined;
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

// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
;// CONCATENATED MODULE: ./packages/core/src/asset-verification.ts





const DOWNLOAD_MODES = ['auto', 'always', 'never'];
function asset_verification_short(hex) {
    return hex.slice(0, 12) + '…';
}
function asset_verification_isUploaded(asset) {
    return asset.state === 'uploaded';
}
// Claims first, then what GitHub holds: messages read "the checksum file says X, but the API digest says Y".
const KIND_ORDER = ['manifest', 'checksum-file', 'sidecar', 'api-digest', 'download'];
function describeDisagreement(digests) {
    const groups = new Map();
    for (const d of digests)
        groups.set(d.sha256, [...(groups.get(d.sha256) ?? []), d.label]);
    return [...groups.entries()]
        .map(([hex, labels]) => `${labels.join(' and ')} say${labels.length > 1 ? '' : 's'} ${asset_verification_short(hex)}`)
        .join(', but ');
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
    const concurrency = options.concurrency ?? 4;
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
        rows.set(a.name, {
            name: a.name,
            expected: false,
            status: 'ok',
            size: a.size,
            state: a.state,
            url: a.browser_download_url,
            digests: [],
            problems: []
        });
    }
    for (const row of rows.values()) {
        const asset = byName.get(row.name);
        const api = asset && asset_verification_isUploaded(asset) ? (0,release.assetSha256)(asset) : undefined;
        if (api)
            row.digests.push({ kind: 'api-digest', label: 'the API digest', sha256: api });
    }
    // Checksum files and sidecars are read in full (they are small), and hashed on the way like any download.
    const opened = new Map();
    const open = options.open;
    const download = async (asset, keep = 0) => {
        if (!open)
            throw new Error('verifyAssets: downloading needs options.open');
        const h = await hashAsset(asset, open, {
            attempts: options.attempts,
            keep,
            onRetry: (a, n, why) => log(`Retrying the download of ${a.name} (attempt ${n}): ${why}`)
        });
        result.downloads += h.attempts;
        result.downloadedBytes += h.bytes;
        opened.set(asset.name, h);
    };
    const sources = chooseClaimSources(options.checksums, releaseAssets);
    await mapBounded([...sources.files, ...sources.sidecars], concurrency, (a) => download(a, sources.files.includes(a) ? CHECKSUM_FILE_LIMIT : SIDECAR_LIMIT));
    const claims = readClaims(sources, opened, releaseAssets);
    for (const [name, list] of claims.byAsset)
        rows.get(name).digests.push(...list);
    result.mismatches.push(...claims.mismatches);
    result.listedAbsent.push(...claims.listedAbsent);
    result.checksumFiles.push(...claims.checksumFiles);
    result.sidecars.push(...claims.sidecars);
    result.warnings.push(...claims.warnings);
    result.failures.push(...claims.failures);
    // Decide what to download and hash: every asset (`always`); those whose bytes are otherwise unknown (`auto`).
    const toHash = releaseAssets.filter((a) => {
        if (!asset_verification_isUploaded(a) || opened.has(a.name))
            return false;
        const row = rows.get(a.name);
        if (options.download === 'always')
            return true;
        if (options.download === 'never')
            return false;
        return !(0,release.assetSha256)(a) && (row.expected || row.digests.length > 0);
    });
    if (toHash.length) {
        log(`Downloading and hashing ${toHash.length} asset${toHash.length > 1 ? 's' : ''}, ${concurrency} at a time.`);
        await mapBounded(toHash, concurrency, (a) => download(a));
    }
    for (const [name, h] of opened) {
        const row = rows.get(name);
        if (h.sha256)
            row.digests.push({ kind: 'download', label: 'the downloaded bytes', sha256: h.sha256 });
        else if (h.truncated)
            result.mismatches.push({ name, detail: `${h.error} (after ${h.attempts} attempts)` });
        else {
            row.problems.push(`${h.error} (after ${h.attempts} attempts)`);
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
        if (!asset_verification_isUploaded(asset)) {
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
            result.mismatches.push({
                name: row.name,
                detail: `${expectedSpec.source} says ${expectedSpec.size} byte${expectedSpec.size === 1 ? '' : 's'}, the API says ${asset.size}`
            });
        }
        const mismatched = result.mismatches.some((m) => m.name === row.name);
        if (mismatched) {
            row.status = 'mismatch';
            for (const m of result.mismatches)
                if (m.name === row.name && !row.problems.includes(m.detail))
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
        const broken = result.broken.length
            ? ` (${result.broken.length} of them uploads that never finished: ${list(result.broken)})`
            : '';
        result.failures.push({
            rule: 'missing',
            detail: `${result.missing.length} expected asset${result.missing.length > 1 ? 's are' : ' is'} missing: ${list(result.missing)}${broken}.`
        });
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
        result.failures.push({
            rule: 'download-failed',
            detail: `${name}: ${rows.get(name).problems.join('; ')}.`
        });
    }
    if (result.tooSmall.length) {
        result.failures.push({
            rule: 'too-small',
            detail: `Smaller than ${minSize} byte${minSize === 1 ? '' : 's'}: ${list(result.tooSmall)}.`
        });
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
    return inventory.assets
        .filter((e) => !(byName.get(e.name) && asset_verification_isUploaded(byName.get(e.name))))
        .map((e) => e.name);
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


/***/ })

};
