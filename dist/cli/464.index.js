export const id = 464;
export const ids = [464];
export const modules = {

/***/ 5464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(5171);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/inventory.ts
var src_inventory = __webpack_require__(9493);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(2019);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
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
            __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 662)),
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7828)),
            Promise.all(/* import() */[__webpack_require__.e(964), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 8964)),
            __webpack_require__.e(/* import() */ 204).then(__webpack_require__.bind(__webpack_require__, 1823))
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

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2019);



/**
 * Runs an action body with the house rules: every throw (Error or not) fails the step with a message,
 * the report (summary + report.json) is written whether the body succeeded or not, and failures the
 * body recorded with `report.fail()` fail the step after the summary is written.
 */
async function runAction(action, title, body) {
    const report = new _report_js__WEBPACK_IMPORTED_MODULE_2__/* .Report */ .p(action, title);
    let error;
    try {
        await body(report);
    }
    catch (e) {
        error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e);
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) && e instanceof Error && e.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(e.stack);
    }
    try {
        await report.finish(error);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the report: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e)}`);
    }
    if (error)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error);
    else if (report.failures.length) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(report.failures.map((f) => `${f.rule}: ${f.detail}`).join('\n'));
    }
    return report;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ InfrastructureError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   v9: () => (/* binding */ getErrorStatus)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * A mistake the user can fix by changing an input, a file or a setting. Actions report it as is;
 * anything else is our bug or an outage and is reported with its cause.
 */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/** A failure of something outside our control (an API outage, an audit backend answering 5xx). */
class InfrastructureError extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
        this.name = 'InfrastructureError';
    }
}
/**
 * Turns anything thrown into a message. Non-Error throws must not pass silently green, so
 * strings and objects are rendered too.
 */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Wraps anything thrown into an Error, keeping the original as `cause`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error), { cause: error });
}
/** The HTTP status of an Octokit or core http error, when there is one. */
function getErrorStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports rawInput, parseDuration, parseList, parseRepository */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);


/** Input value as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased, hyphens kept. */
function rawInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `90s`, `10m`, `1h30m`, `500ms`, `0` or a bare number of seconds into milliseconds. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let matched = 0;
    let m;
    while ((m = re.exec(value)) !== null) {
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        matched = re.lastIndex;
    }
    return matched === value.length && value.length > 0 ? Math.round(total) : undefined;
}
/** Splits a newline- or comma-separated list, dropping blanks and `#` comment lines. */
function parseList(text, separators = 'newline-or-comma') {
    const pattern = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return text
        .split(pattern)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** Parses `owner/name`. */
function parseRepository(text) {
    if (!REPOSITORY.test(text) || text.endsWith('/.') || text.endsWith('/..'))
        return undefined;
    const [owner, repo] = text.split('/');
    return { owner, repo };
}
/** True for a usable git tag name (git check-ref-format rules that matter for release tags). */
function isValidTag(tag) {
    return (tag.length > 0 &&
        tag.length <= 255 &&
        !/[\s~^:?*[\\\x00-\x1f\x7f]/.test(tag) &&
        !tag.startsWith('-') &&
        !tag.startsWith('/') &&
        !tag.endsWith('/') &&
        !tag.endsWith('.') &&
        !tag.endsWith('.lock') &&
        !tag.includes('..') &&
        !tag.includes('@{') &&
        !tag.includes('//'));
}
function show(value) {
    return JSON.stringify(value.length > 200 ? value.slice(0, 200) + '…' : value);
}
/**
 * Reads and validates every input of an action before any side effect. Each getter records what is
 * wrong instead of throwing, so that `finish()` reports every bad or missing input at once.
 */
class InputReader {
    read;
    problems = [];
    missing = [];
    constructor(read = rawInput) {
        this.read = read;
    }
    /** Records a problem found by the action's own cross-input checks. */
    fail(name, message) {
        this.problems.push(`Input '${name}': ${message}`);
    }
    raw(name, required) {
        const value = this.read(name);
        if (value === '') {
            if (required)
                this.missing.push(name);
            return undefined;
        }
        return value;
    }
    string(name, options = {}) {
        return this.raw(name, options.required) ?? options.default ?? '';
    }
    /** An optional string: `undefined` when empty. */
    optional(name) {
        return this.raw(name, false);
    }
    /** A secret: masked in the log the moment it is read. */
    secret(name, options = {}) {
        const value = this.raw(name, options.required) ?? options.default ?? '';
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        return value;
    }
    boolean(name, options = {}) {
        const value = this.raw(name, options.required);
        if (value === undefined)
            return options.default ?? false;
        if (/^(true|yes|on|1)$/i.test(value))
            return true;
        if (/^(false|no|off|0)$/i.test(value))
            return false;
        this.fail(name, `${show(value)} is not a boolean; use true or false.`);
        return options.default ?? false;
    }
    integer(name, options = {}) {
        const value = this.raw(name, options.required);
        const fallback = options.default ?? options.min ?? 0;
        if (value === undefined)
            return fallback;
        const range = `${options.min ?? '-∞'}..${options.max ?? '∞'}`;
        if (!/^-?\d+$/.test(value)) {
            this.fail(name, `${show(value)} is not a whole number; use one in ${range}.`);
            return fallback;
        }
        const n = Number(value);
        if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
            this.fail(name, `${n} is out of range; use a whole number in ${range}.`);
            return fallback;
        }
        return n;
    }
    enum(name, allowed, options = {}) {
        const value = this.raw(name, options.required);
        const fallback = options.default ?? allowed[0];
        if (value === undefined)
            return fallback;
        const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
        if (!hit) {
            this.fail(name, `${show(value)} is not accepted; use one of: ${allowed.join(', ')}.`);
            return fallback;
        }
        return hit;
    }
    /** A newline- or comma-separated list. */
    list(name, options = {}) {
        const value = this.raw(name, options.required);
        if (value === undefined)
            return options.default ?? [];
        return parseList(value, options.separators ?? 'newline-or-comma');
    }
    /** A list whose every item must be one of `allowed`. */
    enumList(name, allowed, options = {}) {
        const items = this.list(name, { required: options.required });
        if (items.length === 0)
            return options.default ?? [];
        const out = [];
        for (const item of items) {
            const hit = allowed.find((a) => a.toLowerCase() === item.toLowerCase());
            if (hit)
                out.push(hit);
            else
                this.fail(name, `${show(item)} is not accepted; use one or more of: ${allowed.join(', ')}.`);
        }
        return [...new Set(out)];
    }
    /** Glob patterns, one per line (commas are legal inside globs, so only newlines separate). */
    globs(name, options = {}) {
        return this.list(name, { ...options, separators: 'newline' });
    }
    /** A duration such as `90s`, `10m`, `1h30m` or `0`, in milliseconds. */
    duration(name, options = {}) {
        const value = this.raw(name, options.required);
        if (value === undefined)
            return options.default ?? 0;
        const ms = parseDuration(value);
        if (ms === undefined) {
            this.fail(name, `${show(value)} is not a duration; use a number with a unit, such as 90s, 10m or 1h30m.`);
            return options.default ?? 0;
        }
        if (options.max !== undefined && ms > options.max) {
            this.fail(name, `${show(value)} is longer than the maximum of ${options.max / 1000}s.`);
            return options.default ?? 0;
        }
        return ms;
    }
    /** `owner/name`; defaults to `GITHUB_REPOSITORY`. */
    repository(name = 'repository', options = {}) {
        const value = this.raw(name, false) ?? process.env.GITHUB_REPOSITORY ?? '';
        if (value === '') {
            if (options.required !== false)
                this.missing.push(`${name} (or GITHUB_REPOSITORY)`);
            return { owner: '', repo: '' };
        }
        const parsed = parseRepository(value);
        if (!parsed) {
            this.fail(name, `${show(value)} is not a repository; use owner/name, such as octo-org/octo-repo.`);
            return { owner: '', repo: '' };
        }
        return parsed;
    }
    /** A tag; defaults to the tag of `GITHUB_REF` (`refs/tags/<tag>`) when `fromRef` is set. */
    tag(name = 'tag', options = {}) {
        let value = this.raw(name, false);
        if (value === undefined && options.fromRef) {
            const ref = process.env.GITHUB_REF ?? '';
            if (ref.startsWith('refs/tags/'))
                value = ref.slice('refs/tags/'.length);
        }
        if (value === undefined) {
            if (options.required)
                this.missing.push(options.fromRef ? `${name} (or a tag in GITHUB_REF)` : name);
            return undefined;
        }
        if (value.startsWith('refs/tags/'))
            value = value.slice('refs/tags/'.length);
        if (!isValidTag(value)) {
            this.fail(name, `${show(value)} is not a valid tag name (no spaces, '..', '~^:?*[\\' or control characters).`);
            return undefined;
        }
        return value;
    }
    /** Throws one ConfigurationError naming every missing and invalid input. */
    finish() {
        const lines = [];
        if (this.missing.length)
            lines.push(`Missing required input${this.missing.length > 1 ? 's' : ''}: ${this.missing.join(', ')}.`);
        lines.push(...this.problems);
        if (lines.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(lines.join('\n'));
    }
}


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ mark),
/* harmony export */   p: () => (/* binding */ Report)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const MARKS = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: 'ℹ️' };
const TEXT_MARKS = { pass: '[ok]', fail: '[FAIL]', warn: '[warn]', skip: '[skip]', info: '[info]' };
/** A status mark for a table cell or line. */
function mark(status, plain = false) {
    return (plain ? TEXT_MARKS : MARKS)[status];
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function longestFence(text) {
    const runs = text.match(/`{3,}/g) ?? [];
    return '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
}
/**
 * The report of one action run: a job summary, a plain-text rendering for the CLI, outputs, and a
 * machine-readable `report.json` that later steps (the gate, users) can read.
 */
class Report {
    action;
    title;
    blocks = [];
    writes = [];
    failures = [];
    outputs = {};
    data = {};
    startedAt = new Date();
    constructor(action, title) {
        this.action = action;
        this.title = title;
    }
    heading(text, level = 3) {
        this.blocks.push({ type: 'heading', text, level });
        return this;
    }
    text(text) {
        this.blocks.push({ type: 'text', text });
        return this;
    }
    /** A line led by a status mark: the verdict, a check's result. */
    status(status, text) {
        this.blocks.push({ type: 'status', status, text });
        return this;
    }
    table(headers, rows) {
        this.blocks.push({ type: 'table', headers, rows });
        return this;
    }
    code(text, lang = '') {
        this.blocks.push({ type: 'code', text, lang });
        return this;
    }
    list(items) {
        this.blocks.push({ type: 'list', items });
        return this;
    }
    /** Records a write (or a deliberate no-op) and logs it. */
    write(record) {
        this.writes.push(record);
        const why = record.reason ? ` (${record.reason})` : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${record.kind} ${record.target}: ${record.result}${why}`);
        return record;
    }
    /** Records a failure that will fail the step when the report is finished. */
    fail(rule, detail, url) {
        this.failures.push({ rule, detail, url });
    }
    /** Sets an output; objects and arrays are written as JSON. */
    output(name, value) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        this.outputs[name] = text;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, text);
    }
    markdown() {
        const out = [`## ${this.title}`, ''];
        for (const b of this.blocks) {
            switch (b.type) {
                case 'heading':
                    out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
                    break;
                case 'text':
                    out.push(b.text, '');
                    break;
                case 'status':
                    out.push(`${mark(b.status)} ${b.text}`, '');
                    break;
                case 'table':
                    out.push(`| ${b.headers.map(escapeCell).join(' | ')} |`, `| ${b.headers.map(() => '---').join(' | ')} |`);
                    for (const row of b.rows)
                        out.push(`| ${row.map(escapeCell).join(' | ')} |`);
                    out.push('');
                    break;
                case 'code': {
                    const fence = longestFence(b.text);
                    out.push(fence + b.lang, b.text.replace(/\n$/, ''), fence, '');
                    break;
                }
                case 'list':
                    for (const item of b.items)
                        out.push(`- ${item}`);
                    out.push('');
                    break;
            }
        }
        if (this.writes.length) {
            out.push('<details><summary>Writes</summary>', '', '| kind | target | result |', '| --- | --- | --- |');
            for (const w of this.writes)
                out.push(`| ${w.kind} | ${escapeCell(w.target)} | ${w.result}${w.reason ? ` (${escapeCell(w.reason)})` : ''} |`);
            out.push('', '</details>', '');
        }
        return out.join('\n');
    }
    /** The same report for a terminal: aligned columns, text marks, no HTML. */
    plainText() {
        const out = [`== ${this.title} ==`];
        for (const b of this.blocks) {
            switch (b.type) {
                case 'heading':
                    out.push('', `-- ${b.text} --`);
                    break;
                case 'text':
                    out.push(b.text);
                    break;
                case 'status':
                    out.push(`${mark(b.status, true)} ${b.text}`);
                    break;
                case 'table': {
                    const plainRows = [b.headers, ...b.rows].map((r) => r.map((c) => c.replace(/[✅❌⚠️⏭ℹ]\uFE0F?/gu, '').trim()));
                    const widths = b.headers.map((_, i) => Math.min(60, Math.max(...plainRows.map((r) => (r[i] ?? '').length))));
                    for (const [n, row] of plainRows.entries()) {
                        out.push(row.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd());
                        if (n === 0)
                            out.push(widths.map((w) => '-'.repeat(w)).join('  '));
                    }
                    break;
                }
                case 'code':
                    out.push(b.text.replace(/\n$/, ''));
                    break;
                case 'list':
                    for (const item of b.items)
                        out.push(`  - ${item}`);
                    break;
            }
        }
        for (const w of this.writes)
            out.push(`${w.kind} ${w.target}: ${w.result}${w.reason ? ` (${w.reason})` : ''}`);
        return out.join('\n');
    }
    /** Where report.json goes: `RELEASE_KIT_REPORT_DIR`, else `$RUNNER_TEMP/release-kit`, else the OS temp dir. */
    static directory() {
        return process.env.RELEASE_KIT_REPORT_DIR || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'release-kit');
    }
    toJSON(status, error) {
        return {
            schema: 'release-kit/report@1',
            action: this.action,
            title: this.title,
            status,
            error,
            startedAt: this.startedAt.toISOString(),
            finishedAt: new Date().toISOString(),
            outputs: this.outputs,
            failures: this.failures,
            writes: this.writes,
            data: this.data
        };
    }
    /**
     * Writes the job summary, report.json (path in the `report-json` output) and, in the CLI, hands
     * back the plain text. Called once, whether the action succeeded or not.
     */
    async finish(error) {
        const status = error || this.failures.length ? 'failure' : 'success';
        const dir = Report.directory();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${this.action}-report.json`);
        const tmp = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, JSON.stringify(this.toJSON(status, error), null, 2) + '\n');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
        this.outputs['report-json'] = file;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-json', file);
        if (error)
            this.status('fail', error);
        if (process.env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(this.markdown(), true).write();
        // The CLI asks for the terminal rendering of the same report.
        if (process.env.RELEASE_KIT_TEXT_REPORT)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(process.env.RELEASE_KIT_TEXT_REPORT, this.plainText());
        return file;
    }
}


/***/ })

};
