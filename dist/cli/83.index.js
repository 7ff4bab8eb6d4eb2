export const id = 83;
export const ids = [83];
export const modules = {

/***/ 13083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTION: () => (/* binding */ ACTION),
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
// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/evidence.ts
const DECISIONS = ['ABORT', 'HOTFIX', 'CONDITIONAL', 'SHIP IT'];

// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/waivers.ts
var src_waivers = __webpack_require__(79206);
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
    const { buildInventory } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 69493));
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
            __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 60662)),
            __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 55126)),
            __webpack_require__.e(/* import() */ 233).then(__webpack_require__.bind(__webpack_require__, 15233)),
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
            const { publishComment, publishToRelease } = await __webpack_require__.e(/* import() */ 968).then(__webpack_require__.bind(__webpack_require__, 82968));
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


/***/ })

};
