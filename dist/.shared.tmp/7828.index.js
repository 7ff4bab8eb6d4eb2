export const id = 7828;
export const ids = [7828,1823];
export const modules = {

/***/ 22872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ hashAsset),
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41823);





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
            node_v8__WEBPACK_IMPORTED_MODULE_1___default().setFlagsFromString('--expose-gc');
            const gc = node_vm__WEBPACK_IMPORTED_MODULE_2___default().runInNewContext('gc');
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
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
                        error: `the download was cut short after ${bytes} of ${asset.size} bytes (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(e)})`
                    }
                    : { bytes, attempts: attempt, error: `the download failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(e)}` };
        }
        if (attempt < attempts) {
            options.onRetry?.(asset, attempt + 1, last.error);
            // Backoff with full jitter: parallel downloads that failed together do not retry together.
            await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_4__.sleep)(Math.random() * 1000 * 2 ** (attempt - 1));
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


/***/ }),

/***/ 58581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubStoredAssetName: () => (/* binding */ githubStoredAssetName)
/* harmony export */ });
/* unused harmony export keepsAssetName */
/**
 * GitHub's rule for the name it stores when a release asset is uploaded. GitHub documents only that it
 * "renames asset filenames that have special characters, non-alphanumeric characters, and leading or
 * trailing periods"; the rule below is the one its answers show (see the recorded names in
 * test/sim/github-fidelity.test.ts): `1~bpo12` → `1.bpo12`, `My App.exe` → `My.App.exe`,
 * `(15-5)` → `.15-5.`, `żółw.txt` → `zolw.txt`, `.config` → `default.config`.
 */
// Letters Unicode's compatibility decomposition does not split into a base letter and marks.
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
 * The name GitHub will store for an upload named `name`: non-ASCII letters transliterated, every run of
 * characters outside `A-Z a-z 0-9 . _ - + @` turned into one `.`, trailing dots dropped, and `default`
 * put before a leading dot.
 */
function githubStoredAssetName(name) {
    const ascii = [...name.normalize('NFKD').replace(/\p{M}+/gu, '')].map((c) => LETTERS[c] ?? c).join('');
    const safe = ascii.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/\.+$/, '');
    if (safe === '')
        return 'default';
    return safe.startsWith('.') ? `default${safe}` : safe;
}
/** Whether GitHub stores `name` unchanged. */
function keepsAssetName(name) {
    return githubStoredAssetName(name) === name;
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
/* harmony import */ var _asset_hashing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22872);
/* harmony import */ var _asset_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58581);
/* harmony import */ var _hash_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99540);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41823);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40474);









const UPLOAD_POLICIES = ['skip-identical', 'replace', 'fail'];
function classify(release) {
    if (release.draft)
        return 'draft';
    return release.immutable ? 'immutable' : 'published';
}
/**
 * Finds a release by tag (drafts included) or by id.
 * A tag costs one request when the release is published; for drafts the releases are listed, since
 * GitHub's by-tag endpoint never returns drafts. GitHub's list is eventually consistent: a draft created
 * seconds before can be missing from it, so a tag the list lacks is looked up again a bounded number of
 * times (reported in the log and in `listReads`) before the release is called absent.
 * @throws when the API fails for another reason than "not found".
 */
async function findRelease(gh, repo, query, options = {}) {
    if (query.id !== undefined) {
        const label = `id ${query.id}`;
        try {
            const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: query.id });
            const release = data;
            return { kind: classify(release), release, matches: [release], query: label };
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorStatus */ .v9)(e) === 404)
                return { kind: 'absent', matches: [], query: label };
            throw e;
        }
    }
    const tag = query.tag;
    if (!tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1('A release tag or id is needed to find the release.');
    const label = `tag ${tag}`;
    try {
        const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
        const release = data;
        return { kind: classify(release), release, matches: [release], query: label };
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorStatus */ .v9)(e) !== 404)
            throw e;
    }
    const retries = options.listRetries ?? 2;
    const log = options.log ?? ((m) => _actions_core__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(m));
    let matches = [];
    let reads = 0;
    for (;;) {
        matches = [];
        reads++;
        for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 })) {
            for (const r of page.data)
                if (r.tag_name === tag)
                    matches.push(r);
        }
        if (matches.length > 0 || reads > retries)
            break;
        const waitMs = (options.listRetryMs ?? 1000) * 2 ** (reads - 1);
        log(`No release with ${label} in the release list; GitHub's list can lag a draft created seconds ago, so reading it again in ${waitMs / 1000}s (read ${reads + 1} of ${retries + 1}).`);
        await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_8__.sleep)(waitMs);
    }
    if (matches.length > 0 && reads > 1)
        log(`Found the release with ${label} on read ${reads} of the release list.`);
    if (matches.length === 0)
        return { kind: 'absent', matches, query: label, listReads: reads };
    if (matches.length > 1)
        return { kind: 'ambiguous', matches, query: label, listReads: reads };
    return { kind: classify(matches[0]), release: matches[0], matches, query: label, listReads: reads };
}
/** Describes the state for a person: `draft release v1.2.3 (id 5)`. */
function describeRelease(state) {
    switch (state.kind) {
        case 'absent':
            return `no release with ${state.query}${(state.listReads ?? 1) > 1 ? ` (the release list was read ${state.listReads} times)` : ''}`;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`There is ${describeRelease(state)}. Create the release (a draft is enough) before this step, or check the tag.`);
    }
    if (state.kind === 'ambiguous') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Found ${describeRelease(state)}: parallel jobs each created a draft. Delete the extra drafts, and create the release once in a job that the matrix jobs depend on.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Cannot ${what}: ${describeRelease(state)} is immutable, so its assets can no longer be added, replaced or deleted. ` +
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Cannot upload an asset named ${JSON.stringify(file.name)}: ${problem}.`);
    const stored = (0,_asset_name_js__WEBPACK_IMPORTED_MODULE_1__.githubStoredAssetName)(file.name);
    if (stored !== file.name) {
        if (!file.acceptStoredName)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`GitHub would store the asset ${JSON.stringify(file.name)} as ${JSON.stringify(stored)} (it turns ~, spaces and every other character outside A-Z a-z 0-9 . _ - + @ into '.', and spells non-ASCII letters in ASCII). Rename the file to ${stored}, or upload it under that name explicitly.`);
        file = { ...file, name: stored };
    }
    const data = file.data ?? (file.path ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(file.path) : undefined);
    if (!data)
        throw new Error(`uploadAsset: ${file.name} has neither data nor path`);
    const sha256 = (0,_hash_files_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(data, 'sha256');
    const assets = existing ?? (await listAssets(gh, repo, release.id));
    const current = assets.find((a) => a.name === file.name);
    let replacing = false;
    if (current) {
        const same = current.state === 'uploaded' &&
            current.size === data.length &&
            (await remoteSha256(gh, repo, current)) === sha256;
        if (current.state !== 'uploaded') {
            replacing = true;
        }
        else if (policy === 'fail') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} and on-conflict is 'fail'. Use 'skip-identical' to accept an identical asset, or 'replace'.`);
        }
        else if (same) {
            return { result: 'unchanged', asset: current, reason: 'identical content already attached' };
        }
        else if (policy === 'skip-identical') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} with different content (sha256 ${remoteLabel(current)} there, ${sha256} here). Set on-conflict: replace to overwrite it.`);
        }
        else
            replacing = true;
        if (replacing)
            await deleteAssetOnce(gh, repo, current.id);
    }
    const { value: asset } = await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_7__/* .writeOnce */ .Fq)({
        what: `upload ${file.name} to ${describeRelease(state)}`,
        write: async () => (await gh.request({
            method: 'POST',
            url: release.upload_url,
            name: file.name,
            data,
            headers: {
                'content-type': file.contentType ?? 'application/octet-stream',
                'content-length': data.length
            },
            request: _write_once_js__WEBPACK_IMPORTED_MODULE_7__/* .SEND_ONCE */ .tW
        })).data,
        // The answer was lost: the asset list says whether the bytes arrived.
        landed: async () => {
            const now = (await listAssets(gh, repo, release.id)).find((a) => a.name === file.name);
            if (!now)
                return undefined;
            if (now.state === 'uploaded' &&
                now.size === data.length &&
                (await remoteSha256(gh, repo, now)) === sha256)
                return now;
            // A `starter` (an upload cut short) blocks the name: delete it and send the bytes again.
            if (now.state !== 'uploaded' || policy === 'replace') {
                await deleteAssetOnce(gh, repo, now.id);
                return undefined;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Asset ${file.name} appeared on ${describeRelease(state)} with different content while this step uploaded it (sha256 ${remoteLabel(now)} there, ${sha256} here); another job is uploading the same name. Set on-conflict: replace to overwrite it.`);
        }
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
    // Older GitHub Enterprise Server versions report no digest: hash the bytes instead, with the same
    // size check and retries as every other asset download (a cut body must not look like new content).
    const hashed = await (0,_asset_hashing_js__WEBPACK_IMPORTED_MODULE_0__/* .hashAsset */ .$)(asset, (a) => openAssetStream(gh, repo, a));
    if (!hashed.sha256)
        throw new Error(`Could not read the existing asset ${asset.name} to compare it: ${hashed.error}`);
    return hashed.sha256;
}
/** Deletes an asset; an immutable release is refused before any request. */
async function deleteAsset(gh, repo, state, asset) {
    refuseImmutable(state, `delete ${asset.name}`);
    await deleteAssetOnce(gh, repo, asset.id);
}
/**
 * Deletes an asset; an asset already gone counts as deleted. A DELETE whose answer was lost is
 * replayed by the client, and its 404 means the first one landed: the goal is reached, not an error.
 */
async function deleteAssetOnce(gh, repo, assetId) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .getErrorStatus */ .v9)(e) !== 404)
            throw e;
    }
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
    return node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.fromWeb(body);
}


/***/ }),

/***/ 41823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Deadline: () => (/* binding */ Deadline),
/* harmony export */   sleep: () => (/* binding */ sleep),
/* harmony export */   timeScale: () => (/* binding */ timeScale)
/* harmony export */ });
/**
 * Every wait release-kit makes (retry backoff, Retry-After, write spacing, polling) is multiplied by
 * `RELEASE_KIT_TIME_SCALE` (default 1). The simulator-driven tests and the demo set it below 1 so that
 * a rehearsal of a one-minute Retry-After takes a moment; production leaves it alone.
 */
function timeScale() {
    const raw = process.env.RELEASE_KIT_TIME_SCALE;
    if (!raw)
        return 1;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 1;
}
/** Waits `ms` scaled by the time scale. */
function sleep(ms) {
    const scaled = Math.max(0, Math.round(ms * timeScale()));
    return new Promise((resolve) => setTimeout(resolve, scaled));
}
/**
 * A deadline in input time: a `wait-timeout` of 10m means the same at any time scale, and what is left
 * of it comes back in input-time milliseconds, ready for `sleep`.
 */
class Deadline {
    now;
    scale;
    end;
    /**
     * @param inputMs the timeout as the user gave it
     * @param now the clock (tests inject one)
     * @param scale the time scale; 1 when the caller's waits are not scaled (an injected sleep)
     */
    constructor(inputMs, now = Date.now, scale = timeScale()) {
        this.now = now;
        this.scale = scale;
        this.end = now() + inputMs * scale;
    }
    passed() {
        return this.now() >= this.end;
    }
    /** What is left, in input-time milliseconds (0 once passed). */
    leftMs() {
        return Math.max(0, this.end - this.now()) / (this.scale || 1);
    }
}


/***/ }),

/***/ 40474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   tW: () => (/* binding */ SEND_ONCE)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41823);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82779);



/*
 * A write whose answer is lost (a 5xx, a dropped connection, a body cut short) may have happened. The
 * client sends non-idempotent writes once; this loop looks up whether the write landed before sending
 * it again, and adopts what it finds. Every action's creating writes go through it (see writes.ts).
 */
/** The request settings to pass to the one Octokit call of an attempt: no replay by the retry plugin. */
const SEND_ONCE = { retries: 0 };
/**
 * True for a failure after which the write may have happened: a 5xx, a network error (Octokit reports
 * it as 500), an answer cut short. Rate limits (429, 403 secondary) are refused before the handler runs
 * and are waited out by the client itself.
 */
function isLostAnswer(error) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(error);
    return status === undefined ? !!error?.request : status >= 500;
}
function recount(error, attempts) {
    if (error instanceof Error && /after \d+ attempts?/.test(error.message)) {
        error.message = error.message.replace(/after \d+ attempts?/, `after ${attempts} attempts (each retry first checked whether the write had landed)`);
        error.attempts = attempts;
    }
    return error;
}
/**
 * Runs a non-idempotent write exactly once across lost answers: after a failure that may hide a landed
 * write, waits (time-scaled backoff), asks `landed()`, adopts its result, or sends the write again.
 * After the last attempt it looks once more, then fails with the last error.
 * @throws the write's own error when it is not a lost answer (4xx), or the last one once attempts run out.
 */
async function writeOnce(options) {
    const attempts = options.attempts ?? 4;
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_2__.sleep)(1000 * (attempt - 1) ** 2);
            const found = await options.landed();
            if (found !== undefined) {
                (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logInfo */ .fH)(`${options.what}: the answer was lost, but the write had landed; using it.`);
                return { value: found, recovered: true, attempts: attempt - 1 };
            }
            (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logInfo */ .fH)(`${options.what}: the write had not landed; sending it again (attempt ${attempt}).`);
        }
        try {
            return { value: await options.write(), recovered: false, attempts: attempt };
        }
        catch (e) {
            if (!isLostAnswer(e))
                throw e;
            last = e;
        }
    }
    const found = await options.landed();
    if (found !== undefined)
        return { value: found, recovered: true, attempts };
    throw recount(last, attempts);
}


/***/ })

};
