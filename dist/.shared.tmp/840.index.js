export const id = 840;
export const ids = [840];
export const modules = {

/***/ 84770:
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
// EXTERNAL MODULE: ./packages/core/src/write-file.ts
var write_file = __webpack_require__(14929);
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
// EXTERNAL MODULE: ./packages/core/src/asset-check.ts
var asset_check = __webpack_require__(96400);
;// CONCATENATED MODULE: ./actions/verify-release-assets/src/generated/io.ts
// Generated from actions/verify-release-assets/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
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
/** Output names, as action.yml declares them. */
const Outputs = {
    Verified: 'verified',
    Missing: 'missing',
    Unexpected: 'unexpected',
    Mismatched: 'mismatched',
    Report: 'report',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    tag: { required: false },
    repository: { required: false },
    token: { default: '${{ github.token }}', required: false },
    version: { required: false },
    expected: { required: false },
    targets: { required: false },
    manifest: { required: false },
    'allow-extra': { default: 'false', required: false },
    checksums: { default: 'auto', required: false },
    download: { default: 'auto', required: false },
    'wait-timeout': { default: '0', required: false },
    'poll-interval': { default: '15s', required: false },
    'min-size': { default: '1', required: false },
    concurrency: { default: '4', required: false }
};

;// CONCATENATED MODULE: ./actions/verify-release-assets/src/inputs.ts




/** Input and output names, generated from action.yml (see ./generated/io.ts). */


/**
 * Reads and validates every input before any request. The asset check's inputs are read as core's
 * group; templates are checked for syntax there, and expanded (with the manifest) in the inventory.
 * @throws ConfigurationError naming every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const tag = reader.tag(Inputs.Tag, { required: true, fromRef: true });
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    const assetCheck = (0,asset_check.readAssetCheckInputs)(reader, { tag });
    const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(Inputs.PollInterval, { max: 3_600_000 });
    const { expected, targets, manifest, allowExtra, checksums, download, minSize, concurrency } = assetCheck;
    const version = (0,asset_check.effectiveVersion)(assetCheck, tag);
    if (waitTimeoutMs > 0 && pollIntervalMs === 0)
        reader.fail(Inputs.PollInterval, '0 with a wait-timeout would poll without pause; use at least 1s.');
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
        concurrency,
        assetCheck
    };
}

// EXTERNAL MODULE: ./packages/core/src/untrusted-text.ts
var untrusted_text = __webpack_require__(82779);
;// CONCATENATED MODULE: ./actions/verify-release-assets/src/summary.ts



const STATUS = asset_check.ASSET_STATUS_LABELS;
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
        return (0,untrusted_text/* markdownCode */.D9)(row.actualSha256);
    if (row.expectedSha256)
        return `${(0,untrusted_text/* markdownCode */.D9)(row.expectedSha256)} (expected)`;
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
    report.text(`${(0,untrusted_text/* markdownLink */.iQ)(releaseLabel, releaseUrl)} of ${inputs.repository.owner}/${inputs.repository.repo}; checksums compared from ${sources.length ? (0,untrusted_text/* markdownText */.p7)(sources.join(', '), { max: 2_000 }) : 'no source'} (checksums: ${inputs.checksums}, download: ${inputs.download}).`);
    report.table(['asset', 'size', 'sha256', 'status'], result.assets.map((row) => [
        (0,untrusted_text/* markdownText */.p7)(row.name),
        formatSize(row.size),
        sha256Cell(row),
        statusCell(row)
    ]));
    if (result.failures.length) {
        report.heading('Problems', 4);
        report.list(result.failures.map((f) => `**${f.rule}**: ${(0,untrusted_text/* markdownText */.p7)(f.detail, { max: 1_000 })}`));
    }
    if (result.warnings.length) {
        report.heading('Warnings', 4);
        report.list(result.warnings.map((w) => (0,untrusted_text/* markdownText */.p7)(w, { max: 1_000 })));
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
        (0,untrusted_text/* logInfo */.fH)(`Expecting ${inventory.assets.length} assets on ${inputs.repository.owner}/${inputs.repository.repo} tag ${inputs.tag}.`);
        // Heavy modules (Octokit, the checksum parser) only once the inputs are known to be good.
        const [{ createGitHubClient }, release, { runAssetCheck }, { Deadline, sleep }] = await Promise.all([
            __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 96400)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 41823))
        ]);
        const gh = await createGitHubClient(inputs.token);
        const repo = inputs.repository;
        // The release itself may not exist yet while the matrix is still creating it.
        const deadline = new Deadline(inputs.waitTimeoutMs);
        // With a wait-timeout this loop already reads the list again, which covers its lag too.
        const lookup = inputs.waitTimeoutMs > 0 ? { listRetries: 0 } : {};
        // The release is the first read, so a 403 there is where a job whose `permissions:` leaves out
        // `contents` shows: core's probe then names the entry (the healthy path pays no extra request).
        let state = await release.findRelease(gh, repo, { tag: inputs.tag }, lookup).catch(async (e) => {
            if ((0,errors/* getErrorStatus */.v9)(e) === 403) {
                const { preflightReads } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655));
                await preflightReads(gh, repo, ['contents'], 'HEAD', Inputs.Token);
            }
            throw e;
        });
        while (state.kind === 'absent' && !deadline.passed()) {
            (0,untrusted_text/* logInfo */.fH)(`No release for tag ${inputs.tag} yet; looking again in ${inputs.pollIntervalMs / 1000}s.`);
            await sleep(inputs.pollIntervalMs);
            state = await release.findRelease(gh, repo, { tag: inputs.tag }, lookup);
        }
        if (state.kind === 'ambiguous') {
            report.status('fail', `${state.matches.length} draft releases exist for tag ${inputs.tag}; which one ships is ambiguous.`);
            report.table(['draft', 'id', 'name', 'created'], state.matches.map((m) => [
                (0,untrusted_text/* markdownLink */.iQ)(m.tag_name, m.html_url),
                String(m.id),
                (0,untrusted_text/* markdownText */.p7)(m.name ?? ''),
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
        (0,untrusted_text/* logInfo */.fH)(`Found ${label}.`);
        const result = await runAssetCheck(inventory, inputs.assetCheck, {
            list: () => release.listAssets(gh, repo, found.id),
            open: (asset) => release.openAssetStream(gh, repo, asset),
            waitMs: deadline.leftMs(),
            pollIntervalMs: inputs.pollIntervalMs,
            log: (m) => (0,untrusted_text/* logInfo */.fH)(m)
        });
        for (const w of result.warnings)
            core/* warning */.$e(w);
        const json = assetReport(inputs, state, result, { polls: result.polls });
        const file = external_node_path_default().join(src_report/* Report */.p.directory(), 'verify-release-assets-assets.json');
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        await (0,write_file/* writeFileAtomic */.Z)(file, JSON.stringify(json, null, 2) + '\n');
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

/***/ 96400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ASSET_CHECK_INPUTS: () => (/* binding */ ASSET_CHECK_INPUTS),
/* harmony export */   ASSET_STATUS_LABELS: () => (/* binding */ ASSET_STATUS_LABELS),
/* harmony export */   DOWNLOAD_MODES: () => (/* binding */ DOWNLOAD_MODES),
/* harmony export */   effectiveVersion: () => (/* binding */ effectiveVersion),
/* harmony export */   readAssetCheckInputs: () => (/* binding */ readAssetCheckInputs),
/* harmony export */   runAssetCheck: () => (/* binding */ runAssetCheck)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69493);


const DOWNLOAD_MODES = ['auto', 'always', 'never'];
/**
 * The inputs of the group by role, with their usual names. An action that names one differently passes
 * the difference (the gate's `expected-assets`); each action's action.yml declares every one of them.
 */
const ASSET_CHECK_INPUTS = {
    expected: 'expected',
    targets: 'targets',
    manifest: 'manifest',
    version: 'version',
    checksums: 'checksums',
    download: 'download',
    allowExtra: 'allow-extra',
    minSize: 'min-size',
    concurrency: 'concurrency'
};
/** The version templates expand with: the input, else the tag without its leading `v`. */
function effectiveVersion(settings, tag) {
    return settings.version ?? (tag ? (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__.versionFromTag)(tag) : '');
}
/**
 * Reads the group's inputs with the action's reader (so defaults and required flags come from the
 * action's own action.yml, and problems are reported with every other input's). Template syntax and the
 * checksums input are checked here; templates are expanded when the inventory is built.
 */
function readAssetCheckInputs(reader, options = {}) {
    const names = { ...ASSET_CHECK_INPUTS, ...options.names };
    const expected = reader.list(names.expected, { separators: 'newline' });
    const targets = reader.list(names.targets);
    const manifest = reader.optional(names.manifest);
    const version = reader.optional(names.version);
    let checksums = reader.string(names.checksums);
    const download = reader.enum(names.download, DOWNLOAD_MODES);
    const allowExtra = reader.boolean(names.allowExtra);
    const minSize = reader.integer(names.minSize, { min: 0 });
    const concurrency = reader.integer(names.concurrency, { min: 1, max: 32 });
    for (const template of expected) {
        try {
            (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplate */ .QC)(template, names.expected);
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
                throw e;
            reader.add(e);
        }
    }
    const settings = {
        expected,
        targets,
        manifest,
        version,
        checksums,
        download,
        allowExtra,
        minSize,
        concurrency,
        names
    };
    try {
        checksums = (0,_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChecksumsInput */ .m2)(checksums, { version: effectiveVersion(settings, options.tag), tag: options.tag }, names.checksums);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw e;
        reader.add(e);
    }
    return { ...settings, checksums };
}
/**
 * How each row status reads in a summary, and whether it passes. Here, beside the check, so that a new
 * status (from a new verification input) is labelled once for every action that shows the rows.
 */
const ASSET_STATUS_LABELS = {
    ok: { status: 'pass', text: 'verified' },
    extra: { status: 'info', text: 'extra (allowed)' },
    missing: { status: 'fail', text: 'missing' },
    broken: { status: 'fail', text: 'broken: upload never finished' },
    'too-small': { status: 'fail', text: 'too small' },
    mismatch: { status: 'fail', text: 'checksum mismatch' },
    unexpected: { status: 'fail', text: 'unexpected' },
    'download-failed': { status: 'fail', text: 'download failed' }
};
/** Find → wait → verify: lists the assets until every expected one is uploaded or the wait ends, then verifies. */
async function runAssetCheck(inventory, settings, io) {
    const { verifyAssets, waitForExpectedAssets } = await Promise.all(/* import() */[__webpack_require__.e(950), __webpack_require__.e(5905)]).then(__webpack_require__.bind(__webpack_require__, 55905));
    const { assets, polls, pending } = await waitForExpectedAssets(io.list, inventory, {
        timeoutMs: io.waitMs,
        intervalMs: Math.max(1, io.pollIntervalMs),
        onPending: (names, poll) => io.log(`Poll ${poll}: ${names.length} expected asset(s) not uploaded yet (${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}).`)
    });
    if (polls > 1)
        io.log(`Listed the assets ${polls} times; ${pending.length ? `${pending.length} still pending` : 'all expected assets are uploaded'}.`);
    const result = await verifyAssets(assets, inventory, {
        checksums: settings.checksums,
        download: settings.download,
        allowExtra: settings.allowExtra,
        minSize: settings.minSize,
        concurrency: settings.concurrency,
        open: io.open,
        log: io.log
    });
    return Object.assign(result, { polls, pending });
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
