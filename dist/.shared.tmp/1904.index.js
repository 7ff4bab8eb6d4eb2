export const id = 1904;
export const ids = [1904];
export const modules = {

/***/ 85009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   ZO: () => (/* binding */ INPUT_DECLARATIONS),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
// Generated from actions/qe-signoff-gate/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Tag: 'tag',
    Sha: 'sha',
    Repository: 'repository',
    Token: 'token',
    TokenLogin: 'token-login',
    RequiredWorkflows: 'required-workflows',
    IncludeDynamicWorkflows: 'include-dynamic-workflows',
    AllowNoCi: 'allow-no-ci',
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
    Download: 'download',
    AllowExtra: 'allow-extra',
    MinSize: 'min-size',
    Concurrency: 'concurrency',
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
/** Output names, as action.yml declares them. */
const Outputs = {
    Decision: 'decision',
    Reasons: 'reasons',
    Report: 'report',
    ReportMarkdown: 'report-markdown',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    tag: { required: false },
    sha: { required: false },
    repository: { required: false },
    token: { default: '${{ github.token }}', required: false },
    'token-login': { required: false },
    'required-workflows': { required: false },
    'include-dynamic-workflows': { default: 'false', required: false },
    'allow-no-ci': { default: 'false', required: false },
    'required-checks': { required: false },
    'wait-timeout': { default: '0', required: false },
    'poll-interval': { default: '15s', required: false },
    'timeout-decision': { default: 'ABORT', required: false },
    waivers: { required: false },
    'expected-assets': { required: false },
    manifest: { required: false },
    targets: { required: false },
    version: { required: false },
    checksums: { default: 'auto', required: false },
    download: { default: 'auto', required: false },
    'allow-extra': { default: 'true', required: false },
    'min-size': { default: '1', required: false },
    concurrency: { default: '4', required: false },
    'p0-labels': { default: 'P0', required: false },
    'p1-labels': { default: 'P1', required: false },
    'blocking-labels': { default: 'release-blocker', required: false },
    milestone: { required: false },
    approval: { default: 'none', required: false },
    'approval-issue': { required: false },
    approvers: { required: false },
    'four-eyes': { default: 'false', required: false },
    reports: { required: false },
    'fail-on': { default: 'ABORT,HOTFIX,CONDITIONAL', required: false },
    'comment-on': { default: 'none', required: false }
};


/***/ }),

/***/ 18345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ io/* Inputs */.G0),
  tY: () => (/* reexport */ io/* Outputs */.tY),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: parseApprover, parseFailOn

// EXTERNAL MODULE: ./packages/core/src/asset-check.ts
var asset_check = __webpack_require__(96400);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/evidence.ts
const DECISIONS = ['ABORT', 'HOTFIX', 'CONDITIONAL', 'SHIP IT'];

// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/waivers.ts
var src_waivers = __webpack_require__(79206);
// EXTERNAL MODULE: ./packages/core/src/identity.ts
var identity = __webpack_require__(6619);
// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/generated/io.ts
var io = __webpack_require__(85009);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/inputs.ts






/** Input and output names, generated from action.yml (see ./generated/io.ts). */

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
            reader.fail(io/* Inputs */.G0.FailOn, `${JSON.stringify(item)} is not a decision; use a comma-separated list of ${DECISIONS.join(', ')} (or none).`);
    }
    return [...out];
}
/**
 * Reads and validates every input before any side effect.
 * @throws ConfigurationError naming every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(io/* INPUT_DECLARATIONS */.ZO);
    const tag = reader.tag(io/* Inputs */.G0.Tag, { fromRef: true });
    const sha = reader.optional(io/* Inputs */.G0.Sha) ?? process.env.GITHUB_SHA ?? '';
    if (!sha)
        reader.fail(io/* Inputs */.G0.Sha, 'is empty and GITHUB_SHA is not set; pass the release commit SHA.');
    else if (!/^[0-9a-f]{40}$/i.test(sha))
        reader.fail(io/* Inputs */.G0.Sha, `${JSON.stringify(sha)} is not a full 40-character commit SHA.`);
    const repository = reader.repository(io/* Inputs */.G0.Repository);
    const token = reader.secret(io/* Inputs */.G0.Token, { required: true });
    const tokenLogin = reader.optional(io/* Inputs */.G0.TokenLogin);
    if (tokenLogin !== undefined && !identity/* LOGIN_PATTERN */.NT.test(tokenLogin))
        reader.fail(io/* Inputs */.G0.TokenLogin, `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot] or octocat.`);
    const requiredWorkflows = reader.list(io/* Inputs */.G0.RequiredWorkflows);
    const includeDynamicWorkflows = reader.boolean(io/* Inputs */.G0.IncludeDynamicWorkflows, { default: false });
    const requiredChecks = reader.list(io/* Inputs */.G0.RequiredChecks);
    const allowNoCi = reader.boolean(io/* Inputs */.G0.AllowNoCi, { default: false });
    const waitTimeoutMs = reader.duration(io/* Inputs */.G0.WaitTimeout, { max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(io/* Inputs */.G0.PollInterval);
    if (pollIntervalMs <= 0)
        reader.fail(io/* Inputs */.G0.PollInterval, 'must be longer than 0, such as 15s.');
    const timeoutDecision = reader.enum(io/* Inputs */.G0.TimeoutDecision, ['ABORT', 'CONDITIONAL']);
    const { waivers, invalid: invalidWaivers } = (0,src_waivers/* parseWaivers */.dU)(reader.optional(io/* Inputs */.G0.Waivers) ?? '');
    // The asset check's inputs, read as core's group under the gate's names (expected-assets).
    const assetCheck = (0,asset_check.readAssetCheckInputs)(reader, { names: { expected: io/* Inputs */.G0.ExpectedAssets }, tag });
    const { expected: expectedAssets, manifest, targets, version, checksums } = assetCheck;
    const p0Labels = reader.list(io/* Inputs */.G0.P0Labels);
    const p1Labels = reader.list(io/* Inputs */.G0.P1Labels);
    const blockingLabels = reader.list(io/* Inputs */.G0.BlockingLabels);
    const milestone = reader.optional(io/* Inputs */.G0.Milestone);
    const approval = reader.enum(io/* Inputs */.G0.Approval, ['none', 'comment']);
    const approvalIssueRaw = reader.optional(io/* Inputs */.G0.ApprovalIssue);
    let approvalIssue;
    if (approvalIssueRaw !== undefined) {
        const m = /^#?(\d+)$/.exec(approvalIssueRaw);
        if (m && Number(m[1]) > 0)
            approvalIssue = Number(m[1]);
        else
            reader.fail(io/* Inputs */.G0.ApprovalIssue, `${JSON.stringify(approvalIssueRaw)} is not an issue number; use the number, such as 42.`);
    }
    const approvers = [];
    for (const entry of reader.list(io/* Inputs */.G0.Approvers)) {
        const parsed = parseApprover(entry);
        if (parsed)
            approvers.push(parsed);
        else
            reader.fail(io/* Inputs */.G0.Approvers, `${JSON.stringify(entry)} is neither a login nor an org/team slug.`);
    }
    const fourEyes = reader.boolean(io/* Inputs */.G0.FourEyes);
    const reports = reader.list(io/* Inputs */.G0.Reports, { separators: 'newline' });
    const failOn = parseFailOn(reader.list(io/* Inputs */.G0.FailOn), reader);
    const commentOn = reader.enum(io/* Inputs */.G0.CommentOn, ['none', 'approval-issue', 'release']);
    if (approval === 'comment' && approvalIssue === undefined) {
        reader.fail(io/* Inputs */.G0.ApprovalIssue, "is required when approval is 'comment'; pass the number of the issue QE comments `/qe sign-off` on.");
    }
    if (commentOn === 'approval-issue' && approvalIssue === undefined) {
        reader.fail(io/* Inputs */.G0.CommentOn, "is 'approval-issue' but approval-issue is not set; pass the issue number.");
    }
    if (commentOn === 'release' && !tag)
        reader.fail(io/* Inputs */.G0.CommentOn, "is 'release' but there is no tag (set tag, or run on a tag push).");
    if ((expectedAssets.length || manifest) && !tag)
        reader.fail(io/* Inputs */.G0.ExpectedAssets, 'are set but there is no tag to find the release by (set tag, or run on a tag push).');
    const p0 = new Set([...p0Labels, ...blockingLabels].map((l) => l.toLowerCase()));
    const both = p1Labels.filter((l) => p0.has(l.toLowerCase()));
    if (both.length)
        reader.fail(io/* Inputs */.G0.P1Labels, `${JSON.stringify(both.join(', '))} is also a P0 or blocking label; a label marks one priority.`);
    reader.finish();
    return {
        tag,
        sha: sha.toLowerCase(),
        repository,
        token,
        tokenLogin,
        requiredWorkflows,
        includeDynamicWorkflows,
        allowNoCi,
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
        assetCheck,
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


/***/ }),

/***/ 52026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTION: () => (/* binding */ ACTION),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_write_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14929);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_action_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55171);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _core_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22019);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18345);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82779);








const ACTION = 'qe-signoff-gate';
const TITLE = 'QE sign-off gate';
/** What the gate reads: workflow runs, check runs, statuses, issues, pull requests, releases and commits. */
const GATE_READS = ['actions', 'checks', 'statuses', 'issues', 'pull-requests', 'contents'];
async function loadInventory(inputs) {
    if (inputs.expectedAssets.length === 0 && !inputs.manifest)
        return undefined;
    const { buildInventory, versionFromTag } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 69493));
    return buildInventory({
        expected: inputs.expectedAssets,
        manifest: inputs.manifest,
        targets: inputs.targets,
        tag: inputs.tag,
        version: inputs.version ?? (inputs.tag ? versionFromTag(inputs.tag) : undefined),
        inputNames: { expected: _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Inputs */ .G0.ExpectedAssets, targets: _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Inputs */ .G0.Targets, manifest: _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Inputs */ .G0.Manifest },
        cwd: process.env.GITHUB_WORKSPACE || process.cwd()
    });
}
/** Writes the gate's own JSON and Markdown reports beside report.json; returns their paths. */
async function writeGateReport(data, markdown) {
    const dir = _core_report_js__WEBPACK_IMPORTED_MODULE_5__/* .Report */ .p.directory();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
    const json = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${ACTION}-decision.json`);
    const md = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `${ACTION}-decision.md`);
    await (0,_core_write_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(json, JSON.stringify(data, null, 2) + '\n');
    await (0,_core_write_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(md, markdown.trim() + '\n');
    return { json, markdown: md };
}
/**
 * Whatever stops the gate before it decides (a bad input, a missing permission, evidence it could not
 * read) still sets `decision=ABORT` and `reasons`: an empty decision must never pass an `if:` that
 * only tests for ABORT.
 */
function abortUndecided(report, e) {
    if (report.outputs[_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Decision] !== undefined)
        return;
    const reasons = e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1
        ? [
            {
                rule: 'configuration-error',
                detail: `The gate is not configured so it can decide, so it says ABORT: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(e)}`
            }
        ]
        : [
            {
                rule: 'evidence-unavailable',
                detail: `The evidence could not be gathered completely, so nothing can be decided on it: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(e)}`
            }
        ];
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Decision, 'ABORT');
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Reasons, reasons);
    Object.assign(report.data, { decision: 'ABORT', reasons });
}
async function run() {
    await (0,_core_action_js__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .C)(ACTION, TITLE, async (report) => {
        try {
            await gate(report);
        }
        catch (e) {
            abortUndecided(report, e);
            throw e;
        }
    });
}
async function gate(report) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInputs */ .TL)();
    const inventory = await loadInventory(inputs);
    const [{ createGitHubClient }, { gatherEvidence }, { decide }, { renderReport }] = await Promise.all([
        __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527)),
        __webpack_require__.e(/* import() */ 9056).then(__webpack_require__.bind(__webpack_require__, 9056)),
        __webpack_require__.e(/* import() */ 5233).then(__webpack_require__.bind(__webpack_require__, 15233)),
        __webpack_require__.e(/* import() */ 3063).then(__webpack_require__.bind(__webpack_require__, 3063))
    ]);
    const gh = await createGitHubClient(inputs.token);
    const repoName = `${inputs.repository.owner}/${inputs.repository.repo}`;
    const runId = Number(process.env.GITHUB_RUN_ID);
    // A 403 halfway through gathering names no permission; find out up front which entry is missing.
    const { preflightReads } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655));
    await preflightReads(gh, inputs.repository, GATE_READS, inputs.sha, _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Inputs */ .G0.Token);
    const gathered = await gatherEvidence(gh, inputs, inventory, {
        callingRunId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        today: new Date().toISOString().slice(0, 10)
    });
    const { evidence } = gathered;
    const verdict = decide(evidence);
    const ctx = { repository: repoName, sha: inputs.sha, tag: inputs.tag };
    renderReport(report, verdict, evidence, ctx);
    const standalone = new _core_report_js__WEBPACK_IMPORTED_MODULE_5__/* .Report */ .p(ACTION, TITLE);
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
    const files = await writeGateReport(data, markdown);
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Decision, verdict.decision);
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Reasons, verdict.reasons);
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.Report, files.json);
    report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .Outputs */ .tY.ReportMarkdown, files.markdown);
    (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_7__/* .logInfo */ .fH)(`Decision: ${verdict.decision}`);
    for (const r of verdict.reasons)
        (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_7__/* .logInfo */ .fH)(`  ${r.rule}: ${r.detail}${r.url ? ` (${r.url})` : ''}`);
    if (inputs.commentOn !== 'none') {
        const { publishComment, publishToRelease } = await __webpack_require__.e(/* import() */ 2968).then(__webpack_require__.bind(__webpack_require__, 82968));
        if (inputs.commentOn === 'approval-issue') {
            const { getTokenIdentity } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6619));
            const identity = await getTokenIdentity(gh, { override: inputs.tokenLogin });
            report.write(await publishComment(gh, inputs.repository, inputs.approvalIssue, markdown, gathered.comments ?? [], identity));
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
}


/***/ }),

/***/ 79206:
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

/***/ 6619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ LOGIN_PATTERN),
/* harmony export */   getTokenIdentity: () => (/* binding */ getTokenIdentity),
/* harmony export */   mx: () => (/* binding */ isAuthoredBy)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Who release-kit writes as, so that it adopts only issues and comments it wrote itself. A hidden
 * marker alone proves nothing: anyone may paste it into an issue or a comment on a public repository.
 */

/** The login of the workflow's `GITHUB_TOKEN`, an installation token of the GitHub Actions app. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** A GitHub login (alphanumerics and single hyphens, 39 at most), or an app's bot login `name[bot]`. */
const LOGIN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;
/**
 * The login a token writes as: `GET /user` for a user token. An installation token (the workflow's
 * `GITHUB_TOKEN`, a GitHub App's) is refused there with 403; it writes as its app's bot, which is
 * `github-actions[bot]` for `GITHUB_TOKEN` — pass `override` (such as `my-app[bot]`) for another app.
 * @param octokit a client authenticated with the token.
 * @param options `override`: the login to use without asking; `appBot`: the bot an installation token
 *   writes as (default `github-actions[bot]`).
 * @throws the API error for anything but that 403 (a bad token, a server error): who we are must be
 *   known, never guessed, before something is adopted as ours.
 */
async function getTokenIdentity(octokit, options = {}) {
    const override = options.override?.trim();
    if (override)
        return { login: override };
    try {
        const { data } = await octokit.request('GET /user');
        const login = data?.login;
        if (typeof login !== 'string' || login === '')
            throw new Error(`GET /user answered without a login: ${JSON.stringify(data).slice(0, 200)}`);
        return { login };
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e) === 403)
            return { login: options.appBot ?? ACTIONS_BOT_LOGIN };
        throw e;
    }
}
/**
 * Whether an issue, pull request or comment was written by `identity` (logins compare without case,
 * as GitHub's do). An item without an author (a deleted account) is nobody's.
 * @param item anything with GitHub's `user` field.
 * @param identity from {@link getTokenIdentity}.
 */
function isAuthoredBy(item, identity) {
    const login = item.user?.login;
    return typeof login === 'string' && login !== '' && login.toLowerCase() === identity.login.toLowerCase();
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
