export const id = 167;
export const ids = [167,828,447];
export const modules = {

/***/ 55167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/inputs.ts


/** Input names, once. */
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
    IncludeDev: 'include-dev'
};
/** Output names, once. */
const Outputs = {
    Files: 'files',
    SpdxFile: 'spdx-file',
    CycloneDxFile: 'cyclonedx-file',
    Components: 'components',
    Assets: 'assets'
};
const FORMATS = ['spdx-json', 'cyclonedx-json'];
// A name or version becomes part of a file name and an asset name: keep it to safe characters.
const SAFE_PART = /^[A-Za-z0-9@+._-][A-Za-z0-9@+._ -]{0,199}$/;
/**
 * Reads and checks every input before anything else happens.
 * @throws ConfigurationError listing every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    const path = reader.string(Inputs.Path, { default: '.' });
    const lockfiles = reader.list(Inputs.Lockfiles);
    const artifacts = reader.globs(Inputs.Artifacts);
    const formats = reader.enumList(Inputs.Format, FORMATS, { default: [...FORMATS] });
    const outputDir = reader.string(Inputs.OutputDir, { default: 'sbom/' });
    const name = reader.optional(Inputs.Name);
    const version = reader.optional(Inputs.Version);
    const sbomFile = reader.optional(Inputs.SbomFile);
    const includeDev = reader.boolean(Inputs.IncludeDev, { default: false });
    const tag = reader.tag(Inputs.ReleaseTag);
    const idText = reader.optional(Inputs.ReleaseId);
    const policy = reader.enum(Inputs.OnConflict, release.UPLOAD_POLICIES, { default: 'skip-identical' });
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
        attach = { tag, id, repository, token, policy };
    }
    reader.finish();
    return { path, lockfiles, artifacts, formats, outputDir, name, version, sbomFile, includeDev, attach };
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/main.ts





const CONTENT_TYPE = 'application/json';
/**
 * Finds the target release first: an immutable, absent or ambiguous release is refused before
 * anything is generated.
 */
async function openRelease(attach) {
    const { createGitHubClient } = await __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 60662));
    const release = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828));
    const gh = await createGitHubClient(attach.token);
    const state = await release.findRelease(gh, attach.repository, { tag: attach.tag, id: attach.id });
    if (state.kind === 'immutable') {
        throw new errors/* ConfigurationError */.j1(`Cannot attach SBOMs: ${release.describeRelease(state)} is immutable, so assets can no longer be added. ` +
            'Create the release as a draft, attach the SBOMs (and other assets) while it is a draft, then publish it.');
    }
    const target = release.requireRelease(state);
    return { gh, state, target, release };
}
async function attachFiles(report, attach, opened, files) {
    const { gh, state, release } = opened;
    const existing = await release.listAssets(gh, attach.repository, opened.target.id);
    const assets = [];
    const { explainWriteError } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655));
    for (const f of files) {
        const outcome = await release
            .uploadAsset(gh, attach.repository, state, { name: f.name, data: f.data, contentType: CONTENT_TYPE }, attach.policy, existing)
            .catch((e) => {
            // A 403/404 here is a token without write access: say so instead of passing the raw API error on.
            throw explainWriteError(e, `upload ${f.name}`, attach.repository);
        });
        const url = outcome.asset?.browser_download_url;
        report.write({ kind: 'asset', target: f.name, result: outcome.result, reason: outcome.reason, url });
        assets.push({ name: f.name, result: outcome.result, url });
    }
    report.output(Outputs.Assets, assets);
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
    await (0,action/* runAction */.C)('sbom-attach', 'SBOM', async (report) => {
        const settings = parseInputs();
        const cwd = process.cwd();
        const root = external_node_path_default().resolve(cwd, settings.path);
        const opened = settings.attach ? await openRelease(settings.attach) : undefined;
        const outDir = external_node_path_default().resolve(cwd, settings.outputDir);
        if (settings.sbomFile) {
            const { loadForeignSbom } = await __webpack_require__.e(/* import() */ 441).then(__webpack_require__.bind(__webpack_require__, 54441));
            const { ntiaMark } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 39001));
            const foreign = await loadForeignSbom(external_node_path_default().resolve(cwd, settings.sbomFile), settings.sbomFile);
            report.status('pass', `${settings.sbomFile} is valid ${foreign.label} JSON (${foreign.components} components).`);
            report.output(Outputs.Files, [settings.sbomFile]);
            report.output(foreign.format === 'spdx-json' ? Outputs.SpdxFile : Outputs.CycloneDxFile, settings.sbomFile);
            report.output(Outputs.Components, String(foreign.components));
            report.heading('NTIA minimum elements');
            report.table(['element', 'present', 'detail'], foreign.ntia.map((e) => [e.element, ntiaMark(e), e.detail]));
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
        const { generateSboms } = await Promise.all(/* import() */[__webpack_require__.e(761), __webpack_require__.e(382), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 36832));
        const { renderSummary } = await __webpack_require__.e(/* import() */ 145).then(__webpack_require__.bind(__webpack_require__, 21145));
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
        await (0,promises_.mkdir)(outDir, { recursive: true });
        const written = [];
        const files = [];
        for (const doc of generated.documents) {
            const file = external_node_path_default().join(outDir, doc.fileName);
            await (0,promises_.writeFile)(file, doc.content);
            const shown = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/');
            written.push(shown);
            files.push({ name: doc.fileName, data: Buffer.from(doc.content) });
            report.output(doc.format === 'spdx-json' ? Outputs.SpdxFile : Outputs.CycloneDxFile, shown);
        }
        report.output(Outputs.Files, written);
        report.output(Outputs.Components, String(generated.project.packages.length));
        renderSummary(report, generated, written);
        if (settings.attach && opened)
            await attachFiles(report, settings.attach, opened, files);
        else
            report.text('No release-tag or release-id: the SBOMs were written and validated, nothing attached.');
    });
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
