export const id = 493;
export const ids = [493,828,447];
export const modules = {

/***/ 69493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ expandTemplate),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   buildInventory: () => (/* binding */ buildInventory)
/* harmony export */ });
/* unused harmony exports TEMPLATE_PLACEHOLDERS, usesTarget, readManifest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47828);




const TEMPLATE_PLACEHOLDERS = ['version', 'tag', 'target'];
const SHA256_HEX = /^[0-9a-f]{64}$/i;
function show(value) {
    return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
}
/**
 * Splits a template into literal text and placeholders. `{{` and `}}` stand for literal braces.
 * @throws ConfigurationError for an unknown placeholder or an unbalanced brace, naming the input.
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} has a '{' without its '}' (at character ${i + 1}). Placeholders are ${accepted}; write {{ for a literal brace.`);
            }
            const name = template.slice(i + 1, end);
            if (!TEMPLATE_PLACEHOLDERS.includes(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} uses the unknown placeholder {${name}}. Placeholders are ${accepted}; write {{ and }} for literal braces.`);
            }
            if (text)
                pieces.push({ text });
            text = '';
            pieces.push({ placeholder: name });
            i = end;
        }
        else if (c === '}') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} has a '}' without its '{' (at character ${i + 1}). Placeholders are ${accepted}; write }} for a literal brace.`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} uses {${key}}, but there is no ${key} (set the '${key}' input, or run on a tag).`);
        }
    }
    const targets = values.targets ?? [];
    if (used.has('target') && targets.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} uses {target}, but '${targetsInput}' is empty. List the targets (newline- or comma-separated), such as linux-amd64, windows-amd64.exe.`);
    }
    const render = (target) => pieces
        .map((p) => ('text' in p ? p.text : p.placeholder === 'target' ? target : values[p.placeholder]))
        .join('');
    const names = used.has('target') ? targets.map(render) : [render()];
    for (const name of names) {
        const problem = (0,_release_js__WEBPACK_IMPORTED_MODULE_3__.assetNameProblem)(name);
        if (problem) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': template ${show(template)} gives the asset name ${show(name)}, which is not a safe asset name: ${problem}.`);
        }
    }
    return names;
}
function manifestError(file, inputName, detail) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': manifest ${show(file)} ${detail}. Accepted: a JSON or YAML list of names or of {name, size?, sha256?} objects, or an object {assets: [...], targets?: [...]}.`);
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
            : (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19))).parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw manifestError(file, inputName, `is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${e.message.split('\n')[0]})`);
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
        const prior = byName.get(asset.name);
        if (!prior) {
            byName.set(asset.name, asset);
            return;
        }
        for (const key of ['size', 'sha256']) {
            if (asset[key] !== undefined && prior[key] !== undefined && asset[key] !== prior[key]) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${inputName}': asset ${show(asset.name)} is declared twice with different ${key === 'size' ? 'sizes' : 'SHA-256 digests'} (${prior[key]} from ${prior.source}, ${asset[key]} from ${asset.source}).`);
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
