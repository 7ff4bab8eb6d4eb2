export const id = 83;
export const ids = [83];
export const modules = {

/***/ 3083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
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
// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(2019);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/evidence.ts
const DECISIONS = ['ABORT', 'HOTFIX', 'CONDITIONAL', 'SHIP IT'];

// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/waivers.ts
var src_waivers = __webpack_require__(9206);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/inputs.ts



/** Input names, once. */
const Inputs = {
    Tag: 'tag',
    Sha: 'sha',
    Repository: 'repository',
    Token: 'token',
    RequiredWorkflows: 'required-workflows',
    RequiredChecks: 'required-checks',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    TimeoutDecision: 'timeout-decision',
    Waivers: 'waivers',
    ExpectedAssets: 'expected-assets',
    Manifest: 'manifest',
    Targets: 'targets',
    Version: 'version',
    Checksums: 'checksums',
    P0Labels: 'p0-labels',
    P1Labels: 'p1-labels',
    BlockingLabels: 'blocking-labels',
    Milestone: 'milestone',
    Approval: 'approval',
    ApprovalIssue: 'approval-issue',
    Approvers: 'approvers',
    FourEyes: 'four-eyes',
    Reports: 'reports',
    FailOn: 'fail-on',
    CommentOn: 'comment-on'
};
/** Output names, once. */
const Outputs = {
    Decision: 'decision',
    Reasons: 'reasons',
    Report: 'report',
    ReportMarkdown: 'report-markdown'
};
const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)$/;
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;
/** Parses one `approvers` entry. */
function parseApprover(text) {
    const team = TEAM.exec(text);
    if (team)
        return { kind: 'team', org: team[1], team: team[2] };
    const user = LOGIN.exec(text);
    return user ? { kind: 'user', login: user[1] } : undefined;
}
/** The fail-on list: `SHIP IT` may be written `SHIP-IT` or `SHIP_IT`; `none` fails on nothing. */
function parseFailOn(items, reader) {
    const out = new Set();
    for (const item of items) {
        const norm = item
            .trim()
            .toUpperCase()
            .replace(/[-_\s]+/g, ' ');
        if (norm === 'NONE')
            continue;
        const hit = DECISIONS.find((d) => d === norm);
        if (hit)
            out.add(hit);
        else
            reader.fail(Inputs.FailOn, `${JSON.stringify(item)} is not a decision; use a comma-separated list of ${DECISIONS.join(', ')} (or none).`);
    }
    return [...out];
}
/**
 * Reads and validates every input before any side effect.
 * @throws ConfigurationError naming every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    const tag = reader.tag(Inputs.Tag, { fromRef: true });
    const sha = reader.optional(Inputs.Sha) ?? process.env.GITHUB_SHA ?? '';
    if (!sha)
        reader.fail(Inputs.Sha, 'is empty and GITHUB_SHA is not set; pass the release commit SHA.');
    else if (!/^[0-9a-f]{40}$/i.test(sha))
        reader.fail(Inputs.Sha, `${JSON.stringify(sha)} is not a full 40-character commit SHA.`);
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    const requiredWorkflows = reader.list(Inputs.RequiredWorkflows);
    const requiredChecks = reader.list(Inputs.RequiredChecks);
    const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { default: 0, max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(Inputs.PollInterval, { default: 15_000 });
    if (pollIntervalMs <= 0)
        reader.fail(Inputs.PollInterval, 'must be longer than 0, such as 15s.');
    const timeoutDecision = reader.enum(Inputs.TimeoutDecision, ['ABORT', 'CONDITIONAL'], {
        default: 'ABORT'
    });
    const { waivers, invalid: invalidWaivers } = (0,src_waivers/* parseWaivers */.dU)(reader.optional(Inputs.Waivers) ?? '');
    const expectedAssets = reader.list(Inputs.ExpectedAssets, { separators: 'newline' });
    const manifest = reader.optional(Inputs.Manifest);
    const targets = reader.list(Inputs.Targets);
    const version = reader.optional(Inputs.Version);
    const checksums = reader.string(Inputs.Checksums, { default: 'auto' });
    const p0Labels = reader.list(Inputs.P0Labels, { default: ['P0'] });
    const p1Labels = reader.list(Inputs.P1Labels, { default: ['P1'] });
    const blockingLabels = reader.list(Inputs.BlockingLabels, { default: ['release-blocker'] });
    const milestone = reader.optional(Inputs.Milestone);
    const approval = reader.enum(Inputs.Approval, ['none', 'comment'], { default: 'none' });
    const approvalIssueRaw = reader.optional(Inputs.ApprovalIssue);
    let approvalIssue;
    if (approvalIssueRaw !== undefined) {
        const m = /^#?(\d+)$/.exec(approvalIssueRaw);
        if (m && Number(m[1]) > 0)
            approvalIssue = Number(m[1]);
        else
            reader.fail(Inputs.ApprovalIssue, `${JSON.stringify(approvalIssueRaw)} is not an issue number; use the number, such as 42.`);
    }
    const approvers = [];
    for (const entry of reader.list(Inputs.Approvers)) {
        const parsed = parseApprover(entry);
        if (parsed)
            approvers.push(parsed);
        else
            reader.fail(Inputs.Approvers, `${JSON.stringify(entry)} is neither a login nor an org/team slug.`);
    }
    const fourEyes = reader.boolean(Inputs.FourEyes, { default: false });
    const reports = reader.list(Inputs.Reports, { separators: 'newline' });
    const failOn = parseFailOn(reader.list(Inputs.FailOn, { default: ['ABORT', 'HOTFIX', 'CONDITIONAL'] }), reader);
    const commentOn = reader.enum(Inputs.CommentOn, ['none', 'approval-issue', 'release'], {
        default: 'none'
    });
    if (approval === 'comment' && approvalIssue === undefined) {
        reader.fail(Inputs.ApprovalIssue, "is required when approval is 'comment'; pass the number of the issue QE comments `/qe sign-off` on.");
    }
    if (commentOn === 'approval-issue' && approvalIssue === undefined) {
        reader.fail(Inputs.CommentOn, "is 'approval-issue' but approval-issue is not set; pass the issue number.");
    }
    if (commentOn === 'release' && !tag)
        reader.fail(Inputs.CommentOn, "is 'release' but there is no tag (set tag, or run on a tag push).");
    if ((expectedAssets.length || manifest) && !tag)
        reader.fail(Inputs.ExpectedAssets, 'are set but there is no tag to find the release by (set tag, or run on a tag push).');
    const p0 = new Set([...p0Labels, ...blockingLabels].map((l) => l.toLowerCase()));
    const both = p1Labels.filter((l) => p0.has(l.toLowerCase()));
    if (both.length)
        reader.fail(Inputs.P1Labels, `${JSON.stringify(both.join(', '))} is also a P0 or blocking label; a label marks one priority.`);
    reader.finish();
    return {
        tag,
        sha: sha.toLowerCase(),
        repository,
        token,
        requiredWorkflows,
        requiredChecks,
        waitTimeoutMs,
        pollIntervalMs,
        timeoutDecision,
        waivers,
        invalidWaivers,
        expectedAssets,
        manifest,
        targets,
        version,
        checksums,
        p0Labels,
        p1Labels,
        blockingLabels,
        milestone,
        approval,
        approvalIssue,
        approvers,
        fourEyes,
        reports,
        failOn,
        commentOn
    };
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/main.ts







const ACTION = 'qe-signoff-gate';
const TITLE = 'QE sign-off gate';
async function loadInventory(inputs) {
    if (inputs.expectedAssets.length === 0 && !inputs.manifest)
        return undefined;
    const { buildInventory } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 9493));
    return buildInventory({
        expected: inputs.expectedAssets,
        manifest: inputs.manifest,
        targets: inputs.targets,
        tag: inputs.tag,
        version: inputs.version ?? inputs.tag?.replace(/^v/, ''),
        inputNames: { expected: Inputs.ExpectedAssets, targets: Inputs.Targets, manifest: Inputs.Manifest },
        cwd: process.env.GITHUB_WORKSPACE || process.cwd()
    });
}
/** Writes the gate's own JSON and Markdown reports beside report.json; returns their paths. */
function writeGateReport(data, markdown) {
    const dir = src_report/* Report */.p.directory();
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const json = external_node_path_default().join(dir, `${ACTION}-decision.json`);
    const md = external_node_path_default().join(dir, `${ACTION}-decision.md`);
    (0,external_node_fs_.writeFileSync)(json, JSON.stringify(data, null, 2) + '\n');
    (0,external_node_fs_.writeFileSync)(md, markdown.trim() + '\n');
    return { json, markdown: md };
}
async function run() {
    await (0,action/* runAction */.C)(ACTION, TITLE, async (report) => {
        const inputs = parseInputs();
        const inventory = await loadInventory(inputs);
        const [{ createGitHubClient }, { gatherEvidence }, { decide }, { renderReport }] = await Promise.all([
            __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 662)),
            __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 5126)),
            __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 5233)),
            __webpack_require__.e(/* import() */ 63).then(__webpack_require__.bind(__webpack_require__, 3063))
        ]);
        const gh = await createGitHubClient(inputs.token);
        const repoName = `${inputs.repository.owner}/${inputs.repository.repo}`;
        const runId = Number(process.env.GITHUB_RUN_ID);
        let gathered;
        try {
            gathered = await gatherEvidence(gh, inputs, inventory, {
                callingRunId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
                workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
                today: new Date().toISOString().slice(0, 10)
            });
        }
        catch (e) {
            // Without the evidence there is no decision to trust: say ABORT, so no `if:` ever reads it as a go.
            if (!(e instanceof errors/* ConfigurationError */.j1)) {
                const reasons = [
                    {
                        rule: 'evidence-unavailable',
                        detail: `The evidence could not be gathered: ${(0,errors/* getErrorMessage */.u1)(e)}`
                    }
                ];
                report.output(Outputs.Decision, 'ABORT');
                report.output(Outputs.Reasons, reasons);
            }
            throw e;
        }
        const { evidence } = gathered;
        const verdict = decide(evidence);
        const ctx = { repository: repoName, sha: inputs.sha, tag: inputs.tag };
        renderReport(report, verdict, evidence, ctx);
        const standalone = new src_report/* Report */.p(ACTION, TITLE);
        renderReport(standalone, verdict, evidence, ctx);
        const markdown = standalone.markdown();
        const data = {
            schema: 'release-kit/qe-signoff-gate@1',
            repository: repoName,
            tag: inputs.tag,
            sha: inputs.sha,
            ...verdict,
            evidence
        };
        Object.assign(report.data, { decision: verdict.decision, reasons: verdict.reasons, evidence });
        const files = writeGateReport(data, markdown);
        report.output(Outputs.Decision, verdict.decision);
        report.output(Outputs.Reasons, verdict.reasons);
        report.output(Outputs.Report, files.json);
        report.output(Outputs.ReportMarkdown, files.markdown);
        core/* info */.pq(`Decision: ${verdict.decision}`);
        for (const r of verdict.reasons)
            core/* info */.pq(`  ${r.rule}: ${r.detail}${r.url ? ` (${r.url})` : ''}`);
        if (inputs.commentOn !== 'none') {
            const { publishComment, publishToRelease } = await __webpack_require__.e(/* import() */ 968).then(__webpack_require__.bind(__webpack_require__, 2968));
            if (inputs.commentOn === 'approval-issue') {
                report.write(await publishComment(gh, inputs.repository, inputs.approvalIssue, markdown, gathered.comments ?? []));
            }
            else {
                const release = gathered.release?.release;
                if (release)
                    report.write(await publishToRelease(gh, inputs.repository, release, markdown));
                else
                    report.write({
                        kind: 'release-notes',
                        target: `release ${inputs.tag}`,
                        result: 'skipped',
                        reason: `no single release for tag ${inputs.tag}`
                    });
            }
        }
        if (inputs.failOn.includes(verdict.decision)) {
            report.fail('decision', `${verdict.decision} is in fail-on (${inputs.failOn.join(', ')})`);
            for (const r of verdict.reasons)
                if (r.rule !== 'waived' && r.rule !== 'ship-it')
                    report.fail(r.rule, r.detail, r.url);
        }
    });
}


/***/ }),

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ waiverForIssue),
/* harmony export */   Mn: () => (/* binding */ waiverForCheck),
/* harmony export */   dU: () => (/* binding */ parseWaivers),
/* harmony export */   he: () => (/* binding */ judgeWaivers),
/* harmony export */   q: () => (/* binding */ sameName)
/* harmony export */ });
/* unused harmony exports isCalendarDate, parseWaiver */
/**
 * Waivers: `<issue-number or check name> until <YYYY-MM-DD> by <login>: <reason>`, one per line.
 * Parsing is pure; validity (date, the login's write access) is decided by `judgeWaivers`.
 */
const WAIVER = /^(.+?)\s+until\s+(\d{4}-\d{2}-\d{2})\s+by\s+@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)\s*:\s*(.*)$/i;
/** True when `YYYY-MM-DD` is a real calendar date. */
function isCalendarDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m)
        return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === text;
}
/** Parses one waiver line; returns why it is not a waiver otherwise. */
function parseWaiver(line) {
    const text = line.trim();
    const m = WAIVER.exec(text);
    if (!m) {
        return {
            line: text,
            why: 'not of the form `<issue-number or check name> until <YYYY-MM-DD> by <login>: <reason>`'
        };
    }
    const [, rawTarget, until, login, rawReason] = m;
    if (!isCalendarDate(until))
        return { line: text, why: `${until} is not a calendar date (YYYY-MM-DD)` };
    const reason = rawReason.trim();
    if (!reason)
        return { line: text, why: 'a waiver needs a reason after the colon' };
    const t = rawTarget.trim();
    const issue = /^#?(\d+)$/.exec(t);
    const target = issue
        ? { kind: 'issue', number: Number(issue[1]) }
        : { kind: 'check', name: t };
    return { line: text, target, until, login, reason };
}
/** Splits the `waivers` input into waivers and lines that are not waivers (blank and `#` lines skipped). */
function parseWaivers(text) {
    const waivers = [];
    const invalid = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('# ') || line === '#')
            continue;
        const parsed = parseWaiver(line);
        if ('why' in parsed)
            invalid.push(parsed);
        else
            waivers.push(parsed);
    }
    return { waivers, invalid };
}
/**
 * Decides which waivers hold: the date has not passed (the waiver holds through its `until` day, UTC)
 * and the login has write access.
 * @param today `YYYY-MM-DD` in UTC.
 * @param canWrite whether a login has write, maintain or admin permission.
 */
function judgeWaivers(waivers, today, canWrite) {
    return waivers.map((w) => {
        if (w.until < today)
            return { ...w, valid: false, why: `expired on ${w.until}` };
        if (!canWrite(w.login))
            return { ...w, valid: false, why: `${w.login} has no write access to the repository` };
        return { ...w, valid: true };
    });
}
/** Normalises a check or workflow name for matching a waiver or a requirement. */
function sameName(a, b) {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
}
/** The valid waiver covering an issue, if any. */
function waiverForIssue(waivers, number) {
    return waivers.find((w) => w.valid && w.target.kind === 'issue' && w.target.number === number);
}
/** The valid waiver covering any of a check's names (workflow name, file name, check or context), if any. */
function waiverForCheck(waivers, names) {
    return waivers.find((w) => w.valid &&
        w.target.kind === 'check' &&
        names.some((n) => sameName(n, w.target.name)));
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
