export const id = 464;
export const ids = [464,493,828,447];
export const modules = {

/***/ 93083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inventory.ts
var src_inventory = __webpack_require__(69493);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/verify-release-assets/src/inputs.ts



/** Input names, once. */
const Inputs = {
    Tag: 'tag',
    Repository: 'repository',
    Token: 'token',
    Version: 'version',
    Expected: 'expected',
    Targets: 'targets',
    Manifest: 'manifest',
    AllowExtra: 'allow-extra',
    Checksums: 'checksums',
    Download: 'download',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    MinSize: 'min-size',
    Concurrency: 'concurrency'
};
/** Output names, once. */
const Outputs = {
    Verified: 'verified',
    Missing: 'missing',
    Unexpected: 'unexpected',
    Mismatched: 'mismatched',
    Report: 'report'
};
const DOWNLOAD_MODES = ['auto', 'always', 'never'];
/** The tag without a leading `v`: `v1.2.3` → `1.2.3`. */
function versionFromTag(tag) {
    return tag.replace(/^[vV]/, '');
}
/**
 * Reads and validates every input before any request. Templates are checked for syntax here; their
 * expansion (with the manifest) happens in the inventory.
 * @throws ConfigurationError naming every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    const tag = reader.tag(Inputs.Tag, { required: true, fromRef: true });
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    const versionInput = reader.optional(Inputs.Version);
    // Asset names may hold commas, so only newlines separate expected names.
    const expected = reader.list(Inputs.Expected, { separators: 'newline' });
    const targets = reader.list(Inputs.Targets);
    const manifest = reader.optional(Inputs.Manifest);
    const allowExtra = reader.boolean(Inputs.AllowExtra, { default: false });
    let checksums = reader.string(Inputs.Checksums, { default: 'auto' });
    const download = reader.enum(Inputs.Download, DOWNLOAD_MODES, { default: 'auto' });
    const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { default: 0, max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(Inputs.PollInterval, { default: 15_000, max: 3_600_000 });
    const minSize = reader.integer(Inputs.MinSize, { default: 1, min: 0 });
    const concurrency = reader.integer(Inputs.Concurrency, { default: 4, min: 1, max: 32 });
    const version = versionInput ?? (tag ? versionFromTag(tag) : '');
    if (waitTimeoutMs > 0 && pollIntervalMs === 0)
        reader.fail(Inputs.PollInterval, '0 with a wait-timeout would poll without pause; use at least 1s.');
    for (const template of expected) {
        try {
            (0,src_inventory/* parseTemplate */.QC)(template, Inputs.Expected);
        }
        catch (e) {
            reader.fail(Inputs.Expected, e.message.replace(/^Input 'expected': /, ''));
        }
    }
    if (!['auto', 'sidecars', 'none'].includes(checksums.toLowerCase())) {
        try {
            // A checksum file name may use {version} and {tag}, like the expected names.
            checksums = (0,src_inventory/* expandTemplate */.Ly)(checksums, { version, tag }, Inputs.Checksums)[0];
        }
        catch (e) {
            if (!(e instanceof errors/* ConfigurationError */.j1))
                throw e;
            reader.fail(Inputs.Checksums, `${e.message.replace(/^Input 'checksums': /, '')} Use auto, sidecars, none, or the name of a checksum file asset such as SHA256SUMS.txt.`);
        }
    }
    else
        checksums = checksums.toLowerCase();
    reader.finish();
    return {
        tag: tag,
        repository,
        token,
        version,
        expected,
        targets,
        manifest,
        allowExtra,
        checksums,
        download,
        waitTimeoutMs,
        pollIntervalMs,
        minSize,
        concurrency
    };
}

;// CONCATENATED MODULE: ./actions/verify-release-assets/src/summary.ts

const STATUS = {
    ok: { status: 'pass', text: 'verified' },
    extra: { status: 'info', text: 'extra (allowed)' },
    missing: { status: 'fail', text: 'missing' },
    broken: { status: 'fail', text: 'broken: upload never finished' },
    'too-small': { status: 'fail', text: 'too small' },
    mismatch: { status: 'fail', text: 'checksum mismatch' },
    unexpected: { status: 'fail', text: 'unexpected' },
    'download-failed': { status: 'fail', text: 'download failed' }
};
/** `1.5 MiB`; exact byte counts are in the JSON report. */
function formatSize(bytes) {
    if (bytes === undefined)
        return '';
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let n = bytes / 1024;
    let u = 0;
    while (n >= 1024 && u < units.length - 1) {
        n /= 1024;
        u++;
    }
    return `${n.toFixed(n < 10 ? 2 : 1)} ${units[u]}`;
}
function statusCell(row) {
    const s = STATUS[row.status];
    const unexpected = !row.expected && row.status !== 'unexpected' && row.status !== 'extra' ? ' (unexpected)' : '';
    return `${(0,src_report/* mark */.G)(s.status)} ${s.text}${unexpected}`;
}
function sha256Cell(row) {
    if (row.actualSha256)
        return `\`${row.actualSha256}\``;
    if (row.expectedSha256)
        return `\`${row.expectedSha256}\` (expected)`;
    return '';
}
function verdict(result, expectedCount) {
    if (result.passed) {
        return { ok: true, text: `All ${expectedCount} expected assets are present and verified.` };
    }
    const parts = [];
    const add = (n, what) => n && parts.push(`${n} ${what}`);
    add(result.missing.length - result.broken.length, 'missing');
    add(result.broken.length, 'broken (upload never finished)');
    add(result.mismatched.length, 'mismatched');
    add(result.unexpected.length, 'unexpected');
    add(result.tooSmall.length, 'too small');
    add(result.downloadFailed.length, 'not downloadable');
    add(result.listedAbsent.filter((l) => !result.missing.includes(l.name)).length, 'listed in checksums but absent');
    const other = result.failures.filter((f) => f.rule.startsWith('checksum-file')).length;
    add(other, 'checksum file problem(s)');
    return {
        ok: false,
        text: `Release assets failed verification: ${parts.join(', ')} (${result.verified.length} of ${expectedCount} expected assets verified).`
    };
}
/** Writes the job summary: the verdict first, then a table of every asset, then the details. */
function renderSummary(report, inputs, releaseLabel, releaseUrl, result) {
    const expectedCount = result.assets.filter((a) => a.expected).length;
    const v = verdict(result, expectedCount);
    report.status(v.ok ? 'pass' : 'fail', v.text);
    const sources = [
        result.checksumFiles.length ? `checksum file ${result.checksumFiles.join(', ')}` : '',
        result.sidecars.length ? `${result.sidecars.length} sidecar(s)` : '',
        result.assets.some((a) => a.digests.some((d) => d.kind === 'api-digest')) ? 'API digests' : '',
        result.downloads ? `${result.downloads} download request(s)` : ''
    ].filter(Boolean);
    report.text(`[${releaseLabel}](${releaseUrl}) of ${inputs.repository.owner}/${inputs.repository.repo}; checksums compared from ${sources.length ? sources.join(', ') : 'no source'} (checksums: ${inputs.checksums}, download: ${inputs.download}).`);
    report.table(['asset', 'size', 'sha256', 'status'], result.assets.map((row) => [row.name, formatSize(row.size), sha256Cell(row), statusCell(row)]));
    if (result.failures.length) {
        report.heading('Problems', 4);
        report.list(result.failures.map((f) => `**${f.rule}**: ${f.detail}`));
    }
    if (result.warnings.length) {
        report.heading('Warnings', 4);
        report.list(result.warnings);
    }
}
/** The JSON report behind the `report` output: every asset with its sizes, digests and their sources. */
function assetReport(inputs, state, result, extra) {
    return {
        schema: 'release-kit/verify-release-assets@1',
        repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
        tag: inputs.tag,
        version: inputs.version,
        release: state.release
            ? { id: state.release.id, state: state.kind, url: state.release.html_url }
            : { state: state.kind },
        passed: result.passed,
        verified: result.verified,
        missing: result.missing,
        broken: result.broken,
        unexpected: result.unexpected,
        mismatched: result.mismatches,
        tooSmall: result.tooSmall,
        downloadFailed: result.downloadFailed,
        listedAbsent: result.listedAbsent,
        checksumFiles: result.checksumFiles,
        sidecars: result.sidecars,
        downloads: result.downloads,
        downloadedBytes: result.downloadedBytes,
        polls: extra.polls,
        failures: result.failures,
        warnings: result.warnings,
        assets: result.assets.map((a) => ({
            name: a.name,
            expected: a.expected,
            status: a.status,
            size: a.size ?? null,
            state: a.state ?? null,
            expectedSha256: a.expectedSha256 ?? null,
            expectedSource: a.expectedSource ?? null,
            actualSha256: a.actualSha256 ?? null,
            actualSource: a.actualSource ?? null,
            digests: a.digests,
            problems: a.problems,
            url: a.url ?? null
        }))
    };
}

;// CONCATENATED MODULE: ./actions/verify-release-assets/src/main.ts









/** Verifies a release's assets against the expected set; see action.yml and docs.md. */
async function run() {
    await (0,action/* runAction */.C)('verify-release-assets', 'Verify release assets', async (report) => {
        const inputs = parseInputs();
        const inventory = await (0,src_inventory.buildInventory)({
            expected: inputs.expected,
            targets: inputs.targets,
            manifest: inputs.manifest,
            version: inputs.version,
            tag: inputs.tag,
            cwd: process.env.GITHUB_WORKSPACE || process.cwd()
        });
        for (const w of inventory.warnings)
            core/* warning */.$e(w);
        core/* info */.pq(`Expecting ${inventory.assets.length} assets on ${inputs.repository.owner}/${inputs.repository.repo} tag ${inputs.tag}.`);
        // Heavy modules (Octokit, the checksum parser) only once the inputs are known to be good.
        const [{ createGitHubClient }, release, engine, { sleep, timeScale }] = await Promise.all([
            __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 60662)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828)),
            Promise.all(/* import() */[__webpack_require__.e(964), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 8964)),
            __webpack_require__.e(/* import() */ 204).then(__webpack_require__.bind(__webpack_require__, 41823))
        ]);
        const gh = await createGitHubClient(inputs.token);
        const repo = inputs.repository;
        // The release itself may not exist yet while the matrix is still creating it.
        const deadline = Date.now() + inputs.waitTimeoutMs * timeScale();
        let state = await release.findRelease(gh, repo, { tag: inputs.tag });
        while (state.kind === 'absent' && Date.now() < deadline) {
            core/* info */.pq(`No release for tag ${inputs.tag} yet; looking again in ${inputs.pollIntervalMs / 1000}s.`);
            await sleep(inputs.pollIntervalMs);
            state = await release.findRelease(gh, repo, { tag: inputs.tag });
        }
        if (state.kind === 'ambiguous') {
            report.status('fail', `${state.matches.length} draft releases exist for tag ${inputs.tag}; which one ships is ambiguous.`);
            report.table(['draft', 'id', 'name', 'created'], state.matches.map((m) => [
                `[${m.tag_name}](${m.html_url})`,
                String(m.id),
                m.name ?? '',
                m.created_at ?? ''
            ]));
            report.data.ambiguous = state.matches.map((m) => ({
                id: m.id,
                name: m.name,
                url: m.html_url,
                created_at: m.created_at
            }));
        }
        if (state.kind === 'absent') {
            const waited = inputs.waitTimeoutMs ? ` within wait-timeout (${inputs.waitTimeoutMs / 1000}s)` : '';
            throw new errors/* ConfigurationError */.j1(`There is no release with tag ${inputs.tag} in ${repo.owner}/${repo.repo}${waited}. GitHub shows draft releases only to tokens with write access (contents: write), so a draft may be hidden from this token. Check the tag, create the release before this step, or set wait-timeout when a parallel job creates it.`);
        }
        const found = release.requireRelease(state);
        const label = release.describeRelease(state);
        core/* info */.pq(`Found ${label}.`);
        const waitLeftMs = Math.max(0, (deadline - Date.now()) / (timeScale() || 1));
        const { assets, polls, pending } = await engine.waitForExpectedAssets(() => release.listAssets(gh, repo, found.id), inventory, {
            timeoutMs: waitLeftMs,
            intervalMs: inputs.pollIntervalMs,
            onPending: (names, poll) => core/* info */.pq(`Poll ${poll}: ${names.length} expected asset(s) not uploaded yet (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}).`)
        });
        if (polls > 1)
            core/* info */.pq(`Listed the assets ${polls} times; ${pending.length ? `${pending.length} still pending` : 'all expected assets are uploaded'}.`);
        const result = await engine.verifyAssets(assets, inventory, {
            checksums: inputs.checksums,
            download: inputs.download,
            allowExtra: inputs.allowExtra,
            minSize: inputs.minSize,
            concurrency: inputs.concurrency,
            open: (asset) => release.openAssetStream(gh, repo, asset),
            log: (m) => core/* info */.pq(m)
        });
        for (const w of result.warnings)
            core/* warning */.$e(w);
        const json = assetReport(inputs, state, result, { polls });
        const file = external_node_path_default().join(src_report/* Report */.p.directory(), 'verify-release-assets-assets.json');
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, JSON.stringify(json, null, 2) + '\n');
        report.data.verification = json;
        report.output(Outputs.Verified, String(result.verified.length));
        report.output(Outputs.Missing, result.missing);
        report.output(Outputs.Unexpected, result.unexpected);
        report.output(Outputs.Mismatched, result.mismatched);
        report.output(Outputs.Report, file);
        renderSummary(report, inputs, label, found.html_url, result);
        for (const f of result.failures)
            report.fail(f.rule, f.detail, f.rule === 'missing' ? found.html_url : undefined);
    });
}


/***/ }),

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
