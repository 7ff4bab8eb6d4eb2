export const id = 126;
export const ids = [126,968,823,204];
export const modules = {

/***/ 55126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gatherEvidence: () => (/* binding */ gatherEvidence)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./packages/core/src/time-scale.ts
var time_scale = __webpack_require__(41823);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/approvals.ts
/**
 * QE approval by comment: `/qe sign-off` or `/qe reject <reason>` on the approval issue. Pure: the
 * permission and team look-ups are done by the caller and passed in as `authority`.
 */
const COMMAND = /^\/qe[ \t]+(sign-?off|reject)\b[ \t]*(.*)$/i;
/** Reads the command on the first non-empty line of a comment, if there is one. */
function parseApprovalCommand(body) {
    const first = (body ?? '').split(/\r?\n/).find((l) => l.trim() !== '');
    const m = first ? COMMAND.exec(first.trim()) : null;
    if (!m)
        return undefined;
    if (m[1].toLowerCase() === 'reject')
        return { kind: 'reject', reason: m[2].trim() || undefined };
    return { kind: 'sign-off' };
}
/** The logins that posted an approval command, whose authority the caller must look up. */
function commandAuthors(comments, ownMarker) {
    const logins = new Set();
    for (const c of comments) {
        if (ownMarker && c.body?.startsWith(ownMarker))
            continue;
        if (c.user && parseApprovalCommand(c.body))
            logins.add(c.user.login);
    }
    return [...logins];
}
/**
 * Decides which approval comments count. A command counts when it comes from a login with authority,
 * was posted after the release commit, has not been edited since it was posted (`updated_at` equals
 * `created_at`), and, with four-eyes, is not the release author's. A login's latest counted command
 * replaces its earlier ones (a reject can be withdrawn by a later sign-off, and the reverse).
 */
function evaluateApprovals(comments, ctx) {
    const ignored = [];
    const latest = new Map();
    const authors = new Set(ctx.authors.map((a) => a.toLowerCase()));
    const commitMs = ctx.commitTime ? Date.parse(ctx.commitTime) : undefined;
    const ordered = [...comments].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
    for (const c of ordered) {
        if (ctx.ownMarker && c.body?.startsWith(ctx.ownMarker))
            continue;
        const command = parseApprovalCommand(c.body);
        if (!command)
            continue;
        const login = c.user?.login ?? '(deleted user)';
        const base = { login, kind: command.kind, url: c.html_url, at: c.created_at };
        const authority = ctx.authority.get(login);
        let why;
        if (!c.user)
            why = 'the author no longer exists';
        else if (commitMs === undefined)
            why = 'the release commit time is unknown';
        else if (!(Date.parse(c.created_at) > commitMs))
            why = `posted ${c.created_at}, before the release commit (${ctx.commitTime})`;
        else if (c.updated_at !== c.created_at)
            why = `edited at ${c.updated_at} after it was posted`;
        else if (ctx.fourEyes && authors.has(login.toLowerCase()))
            why = 'four-eyes: the release author cannot approve their own release';
        else if (!authority?.allowed)
            why = authority ? authority.via : 'no write, maintain or admin permission and not in approvers';
        if (why) {
            ignored.push({ ...base, why });
            continue;
        }
        const previous = latest.get(login.toLowerCase());
        if (previous)
            ignored.push({ ...previous, why: `superseded by ${login}'s later command ${c.html_url}` });
        latest.set(login.toLowerCase(), { ...base, reason: command.reason, via: authority.via });
    }
    const counted = [...latest.values()];
    return {
        counted,
        ignored,
        signOffs: counted.filter((a) => a.kind === 'sign-off'),
        rejections: counted.filter((a) => a.kind === 'reject')
    };
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/assets.ts
/**
 * Expected release assets, checked by the same core engine as verify-release-assets (inventory +
 * asset verification) with the same input syntax. The gate adds no rules of its own here: it only
 * sorts the engine's findings into missing and mismatched.
 */

/** Evidence when no release could be found for the assets. */
function unverifiable(inventory, error, url) {
    return {
        checked: true,
        verified: 0,
        missing: [],
        mismatched: [],
        unexpected: [],
        error,
        url,
        rows: inventory.assets.map((a) => ({ name: a.name, status: 'missing', detail: error }))
    };
}
/** Checks the release's assets against the inventory, waiting for late uploads up to `waitMs`. */
async function checkAssets(gh, repo, state, inventory, options) {
    const [{ requireRelease, listAssets, openAssetStream }, { verifyAssets, waitForExpectedAssets }] = await Promise.all([
        __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 47828)),
        Promise.all(/* import() */[__webpack_require__.e(964), __webpack_require__.e(447)]).then(__webpack_require__.bind(__webpack_require__, 8964))
    ]);
    let release;
    try {
        release = requireRelease(state);
    }
    catch (e) {
        if (e instanceof errors/* ConfigurationError */.j1)
            return unverifiable(inventory, (0,errors/* getErrorMessage */.u1)(e));
        throw e;
    }
    const { assets, polls } = await waitForExpectedAssets(() => listAssets(gh, repo, release.id), inventory, {
        // waitMs is already real time; the engine's sleep must not scale it a second time.
        timeoutMs: options.waitMs,
        intervalMs: Math.max(1, options.pollIntervalMs),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        onPending: (pending, poll) => options.log(`Poll ${poll}: ${pending.length} expected asset(s) not uploaded yet: ${pending.slice(0, 5).join(', ')}`)
    });
    if (polls > 1)
        options.log(`Listed the release assets ${polls} times.`);
    const result = await verifyAssets(assets, inventory, {
        checksums: options.checksums,
        download: 'auto',
        allowExtra: true,
        open: (asset) => openAssetStream(gh, repo, asset),
        log: options.log
    });
    const mismatched = result.mismatches.map((m) => ({ name: m.name, detail: m.detail }));
    for (const f of result.failures) {
        if (f.rule === 'missing' || f.rule === 'mismatch' || f.rule === 'unexpected')
            continue;
        mismatched.push({ name: f.rule, detail: f.detail });
    }
    return {
        checked: true,
        verified: result.verified.length,
        missing: result.missing,
        mismatched,
        unexpected: result.unexpected,
        url: release.html_url,
        rows: result.assets
            .filter((a) => a.expected)
            .map((a) => ({
            name: a.name,
            status: a.status,
            detail: a.problems.join('; ') ||
                (a.actualSha256 ? `sha256 ${a.actualSha256.slice(0, 12)}… (${a.actualSource})` : '')
        }))
    };
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/approval.ts
/** The approval issue's comments and the release commit's time and author. */

/** Reads the release commit's time and author (REST commit, else the git database commit). */
async function commitFacts(gh, repo, sha) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: sha });
        const d = data;
        return { time: d.commit?.committer?.date ?? d.commit?.author?.date, authorLogin: d.author?.login };
    }
    catch (e) {
        if ((0,errors/* getErrorStatus */.v9)(e) !== 404 && (0,errors/* getErrorStatus */.v9)(e) !== 422)
            throw e;
    }
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
            ...repo,
            commit_sha: sha
        });
        const d = data;
        return { time: d.committer?.date ?? d.author?.date };
    }
    catch (e) {
        if ((0,errors/* getErrorStatus */.v9)(e) === 404 || (0,errors/* getErrorStatus */.v9)(e) === 422)
            return {};
        throw e;
    }
}
/** Lists every comment on an issue (paginated). */
async function listIssueComments(gh, repo, issue) {
    return (await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        per_page: 100
    }));
}
/**
 * Reads the approval issue's web address, so a mistyped number fails clearly instead of reading as
 * "no approval yet".
 * @throws ConfigurationError when the issue does not exist.
 */
async function approvalIssueUrl(gh, repo, issue) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: issue
        });
        return data.html_url;
    }
    catch (e) {
        if ((0,errors/* getErrorStatus */.v9)(e) === 404 || (0,errors/* getErrorStatus */.v9)(e) === 410) {
            throw new errors/* ConfigurationError */.j1(`Input 'approval-issue': #${issue} is not an issue or pull request of ${repo.owner}/${repo.repo} (the API answered ${(0,errors/* getErrorStatus */.v9)(e)}). Pass the number of the issue QE comments on.`);
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/authority.ts
/** Who may approve or waive: repository permission and team membership, each looked up once. */


const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
class AuthorityLookup {
    gh;
    repo;
    permissions = new Map();
    teams = new Map();
    constructor(gh, repo) {
        this.gh = gh;
        this.repo = repo;
    }
    /**
     * The login's role on the repository: `admin`, `maintain`, `write`, `triage`, `read` or `none`.
     * `role_name` is read first because `permission` folds maintain into write and triage into read.
     */
    permission(login) {
        const key = login.toLowerCase();
        let p = this.permissions.get(key);
        if (!p) {
            p = this.gh
                .request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
                ...this.repo,
                username: login
            })
                .then(({ data }) => {
                const d = data;
                return d.role_name || d.permission || 'none';
            })
                .catch((e) => {
                if ((0,errors/* getErrorStatus */.v9)(e) === 404)
                    return 'none';
                throw e;
            });
            this.permissions.set(key, p);
        }
        return p;
    }
    async canWrite(login) {
        return WRITE_ROLES.has(await this.permission(login));
    }
    /** Whether the login is an active member of `org/team`; a token that cannot read teams counts as no. */
    isTeamMember(org, team, login) {
        const key = `${org}/${team}/${login}`.toLowerCase();
        let p = this.teams.get(key);
        if (!p) {
            p = this.gh
                .request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
                org,
                team_slug: team,
                username: login
            })
                .then(({ data }) => data.state === 'active')
                .catch((e) => {
                const status = (0,errors/* getErrorStatus */.v9)(e);
                if (status === 404)
                    return false;
                if (status === 403) {
                    core/* warning */.$e(`Cannot read the membership of team ${org}/${team} (${(0,errors/* getErrorMessage */.u1)(e)}); give the token read:org to count its approvals.`);
                    return false;
                }
                throw e;
            });
            this.teams.set(key, p);
        }
        return p;
    }
    /** Why a login may approve: write access, or listed in `approvers` (directly or through a team). */
    async approvalAuthority(login, approvers) {
        const role = await this.permission(login);
        if (WRITE_ROLES.has(role))
            return { allowed: true, via: `${role} permission` };
        for (const a of approvers) {
            if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase())
                return { allowed: true, via: 'listed in approvers' };
        }
        for (const a of approvers) {
            if (a.kind === 'team' && (await this.isTeamMember(a.org, a.team, login)))
                return { allowed: true, via: `member of ${a.org}/${a.team}` };
        }
        return { allowed: false, via: `${login} has ${role} permission and is not in approvers` };
    }
}

// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/waivers.ts
var src_waivers = __webpack_require__(79206);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/workflows.ts

/** Conclusions that fail a required workflow or check (startup_failure: the workflow file is broken). */
const FAILING_CONCLUSIONS = new Set([
    'failure',
    'cancelled',
    'timed_out',
    'action_required',
    'startup_failure'
]);
/** Conclusions that pass: neutral and skipped pass as they do in branch protection. */
const PASSING_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);
/** Maps a run's or check run's status and conclusion to the gate's state. */
function runState(status, conclusion) {
    if (status !== 'completed')
        return { state: 'pending', conclusion: status ?? 'pending' };
    const c = conclusion ?? 'unknown';
    if (PASSING_CONCLUSIONS.has(c))
        return { state: 'success', conclusion: c };
    if (FAILING_CONCLUSIONS.has(c))
        return { state: 'failure', conclusion: c };
    // `stale` (GitHub gave up on it) and anything new: not finished, so never a pass.
    return { state: 'pending', conclusion: c };
}
/** Lists every workflow run for a SHA (paginated). */
async function listWorkflowRuns(gh, repo, sha) {
    return (await gh.paginate('GET /repos/{owner}/{repo}/actions/runs', {
        ...repo,
        head_sha: sha,
        per_page: 100
    }));
}
function fileName(path) {
    return path ? path.split('/').pop() : undefined;
}
function namesOf(run) {
    return [run.name ?? '', fileName(run.path) ?? '', run.path ?? ''].filter(Boolean);
}
/**
 * Turns runs into the gate's items: one per workflow (its latest run; the run's `run_attempt` is its
 * latest attempt), the calling run left out. With `required` empty every workflow that ran is
 * required; otherwise each entry (a file name, path or workflow name) is required, and an entry no
 * run matches is `missing` (zero runs is pending, never passing).
 */
function workflowItems(runs, required, callingRunId) {
    const latest = new Map();
    for (const run of runs) {
        if (callingRunId !== undefined && run.id === callingRunId)
            continue;
        const key = String(run.workflow_id ?? run.path ?? run.name);
        const seen = latest.get(key);
        if (!seen || run.run_number > seen.run_number || (run.run_number === seen.run_number && run.id > seen.id))
            latest.set(key, run);
    }
    const groups = [...latest.values()];
    const items = [];
    const used = new Set();
    const item = (run, isRequired) => {
        const { state, conclusion } = runState(run.status, run.conclusion);
        const attempt = run.run_attempt ?? 1;
        return {
            kind: 'workflow',
            name: run.name || fileName(run.path) || String(run.workflow_id),
            names: namesOf(run),
            required: isRequired,
            state,
            conclusion,
            url: run.html_url,
            detail: `run #${run.run_number}${attempt > 1 ? `, attempt ${attempt}` : ''}${fileName(run.path) ? `, ${fileName(run.path)}` : ''}`
        };
    };
    if (required.length === 0)
        return groups.map((run) => item(run, true));
    for (const entry of required) {
        const match = groups.find((run) => namesOf(run).some((n) => (0,src_waivers/* sameName */.q)(n, entry)));
        if (match) {
            if (!used.has(match))
                items.push(item(match, true));
            used.add(match);
        }
        else {
            items.push({
                kind: 'workflow',
                name: entry,
                names: [entry],
                required: true,
                state: 'missing',
                conclusion: 'no run'
            });
        }
    }
    for (const run of groups)
        if (!used.has(run))
            items.push(item(run, false));
    return items;
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/checks.ts


/** Lists the check runs for a SHA (paginated). */
async function listCheckRuns(gh, repo, sha) {
    return (await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...repo,
        ref: sha,
        per_page: 100
    }));
}
/**
 * The combined status of a SHA (latest status per context). The combined endpoint has no list key the
 * paginate plugin understands, so it is paged by hand.
 */
async function listCombinedStatuses(gh, repo, sha) {
    const out = [];
    for (let page = 1; page <= 50; page++) {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
            ...repo,
            ref: sha,
            per_page: 100,
            page
        });
        const { statuses = [], total_count } = data;
        out.push(...statuses);
        if (statuses.length < 100 || (total_count !== undefined && out.length >= total_count))
            break;
    }
    return out;
}
function statusState(state) {
    if (state === 'success')
        return { state: 'success', conclusion: state };
    if (state === 'failure' || state === 'error')
        return { state: 'failure', conclusion: state };
    return { state: 'pending', conclusion: state };
}
/**
 * Turns check runs and statuses into items. A check run is required when `required` names it; every
 * commit status on the SHA is required (a status is an explicit verdict on the commit). A `required`
 * entry that names neither a check run nor a status is `missing`.
 */
function checkItems(checkRuns, statuses, required) {
    const latest = new Map();
    for (const run of checkRuns) {
        const seen = latest.get(run.name);
        if (!seen || run.id > seen.id)
            latest.set(run.name, run);
    }
    const latestStatus = new Map();
    for (const s of statuses) {
        const seen = latestStatus.get(s.context);
        if (!seen || s.id > seen.id)
            latestStatus.set(s.context, s);
    }
    const isRequired = (name) => required.some((r) => (0,src_waivers/* sameName */.q)(r, name));
    const items = [];
    for (const run of latest.values()) {
        const { state, conclusion } = runState(run.status, run.conclusion);
        items.push({
            kind: 'check-run',
            name: run.name,
            names: [run.name],
            required: isRequired(run.name),
            state,
            conclusion,
            url: run.html_url ?? run.details_url ?? undefined,
            detail: run.app?.slug ? `app ${run.app.slug}` : undefined
        });
    }
    for (const s of latestStatus.values()) {
        const { state, conclusion } = statusState(s.state);
        items.push({
            kind: 'status',
            name: s.context,
            names: [s.context],
            required: true,
            state,
            conclusion,
            url: s.target_url ?? undefined,
            detail: s.description ?? undefined
        });
    }
    for (const r of required) {
        if (!items.some((i) => i.names.some((n) => (0,src_waivers/* sameName */.q)(n, r)))) {
            items.push({
                kind: 'check-run',
                name: r,
                names: [r],
                required: true,
                state: 'missing',
                conclusion: 'no check run'
            });
        }
    }
    return items;
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/linking.ts
/**
 * Which issues an open pull request fixes: GitHub's closing keywords (`fixes #N`, `closes #N`,
 * `resolves #N` and their other tenses, any case, optionally followed by a colon) in its title or body.
 * A reference to another repository (`other/repo#N`) is not a fix of ours and does not count.
 */
const CLOSING = /(?<![\w-])(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s*:?\s+(?:([\w.-]+\/[\w.-]+))?#(\d+)\b/gi;
/**
 * The issue numbers a text closes.
 * @param repository `owner/name` of this repository: `owner/name#N` counts only when it names it.
 */
function closedIssueNumbers(text, repository) {
    const out = new Set();
    for (const m of text.matchAll(CLOSING)) {
        if (m[1] && (!repository || m[1].toLowerCase() !== repository.toLowerCase()))
            continue;
        out.add(Number(m[2]));
    }
    return [...out];
}
/** Maps each issue number to the open pull requests that close it. */
function linkPullRequests(pulls, repository) {
    const links = new Map();
    for (const pr of pulls) {
        const numbers = new Set([
            ...closedIssueNumbers(pr.title, repository),
            ...closedIssueNumbers(pr.body ?? '', repository)
        ]);
        for (const n of numbers) {
            const list = links.get(n) ?? [];
            list.push(pr);
            links.set(n, list);
        }
    }
    return links;
}

;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/issues.ts
/**
 * Open P0/P1 issues, listed by label and paginated: never the search API, whose index lags behind
 * writes and so can miss an issue labelled minutes ago.
 */


/** Resolves the `milestone` input (a number or a title) to a milestone number. */
async function resolveMilestone(gh, repo, milestone) {
    if (/^\d+$/.test(milestone))
        return Number(milestone);
    const all = (await gh.paginate('GET /repos/{owner}/{repo}/milestones', {
        ...repo,
        state: 'all',
        per_page: 100
    }));
    const hit = all.find((m) => m.title === milestone) ??
        all.find((m) => m.title.toLowerCase() === milestone.toLowerCase());
    if (!hit) {
        const known = all.map((m) => JSON.stringify(m.title)).join(', ') || 'none';
        throw new errors/* ConfigurationError */.j1(`Input 'milestone': ${JSON.stringify(milestone)} is not a milestone of ${repo.owner}/${repo.repo}; its milestones are ${known}.`);
    }
    return hit.number;
}
async function listOpenWithLabel(gh, repo, label, milestone) {
    const params = {
        ...repo,
        state: 'open',
        labels: label,
        per_page: 100,
        ...(milestone !== undefined ? { milestone: String(milestone) } : {})
    };
    const issues = (await gh.paginate('GET /repos/{owner}/{repo}/issues', params));
    // The issues endpoint lists pull requests too; a labelled pull request is not an issue to fix.
    return issues.filter((i) => !i.pull_request);
}
function labelNames(issue) {
    return issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}
/** Lists open issues carrying any P0 (or blocking) label and any P1 label; an issue with both is a P0. */
async function listPriorityIssues(gh, repo, query) {
    const found = new Map();
    for (const label of query.p0Labels) {
        for (const issue of await listOpenWithLabel(gh, repo, label, query.milestone))
            found.set(issue.number, { issue, priority: 'P0' });
    }
    for (const label of query.p1Labels) {
        for (const issue of await listOpenWithLabel(gh, repo, label, query.milestone))
            if (!found.has(issue.number))
                found.set(issue.number, { issue, priority: 'P1' });
    }
    return [...found.values()].sort((a, b) => a.priority === b.priority ? a.issue.number - b.issue.number : a.priority === 'P0' ? -1 : 1);
}
/** Lists open pull requests (paginated), for closing-keyword links. */
async function listOpenPulls(gh, repo) {
    return (await gh.paginate('GET /repos/{owner}/{repo}/pulls', {
        ...repo,
        state: 'open',
        per_page: 100
    }));
}
/** Joins issues with the open pull requests that close them. */
function issueItems(issues, pulls, repository) {
    const links = linkPullRequests(pulls, repository);
    return issues.map(({ issue, priority }) => ({
        number: issue.number,
        title: issue.title,
        url: issue.html_url,
        priority,
        labels: labelNames(issue),
        fixes: (links.get(issue.number) ?? []).map((p) => ({
            number: p.number,
            title: p.title,
            html_url: p.html_url,
            draft: p.draft
        }))
    }));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather/reports.ts
/** Earlier release-kit steps' report.json files: each one's failures count against the release. */



/** Reads one report.json into an item; an unreadable or foreign file is a failure, never a pass. */
async function reportItem(file, cwd = process.cwd()) {
    const full = external_node_path_default().resolve(cwd, file);
    const base = { kind: 'report', required: true, names: [file, external_node_path_default().basename(file)] };
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(full, 'utf8'));
    }
    catch (e) {
        return {
            ...base,
            name: file,
            state: 'failure',
            conclusion: 'unreadable',
            detail: `cannot read ${file}: ${(0,errors/* getErrorMessage */.u1)(e)}`
        };
    }
    if (json?.schema !== 'release-kit/report@1') {
        return {
            ...base,
            name: file,
            state: 'failure',
            conclusion: 'not a report',
            detail: `${file} is not a release-kit report.json (schema ${JSON.stringify(json?.schema)})`
        };
    }
    const failures = Array.isArray(json.failures) ? json.failures : [];
    // A step that threw has status failure with an error and possibly no recorded failures: count it once.
    const count = failures.length || (json.status === 'failure' ? 1 : 0);
    const name = json.action ?? external_node_path_default().basename(file);
    const firstFew = failures
        .slice(0, 3)
        .map((f) => `${f.rule ?? 'failure'}: ${f.detail ?? ''}`)
        .concat(failures.length === 0 && json.error ? [json.error] : []);
    return {
        ...base,
        name,
        names: [name, ...base.names],
        state: count ? 'failure' : 'success',
        conclusion: count ? `${count} failure${count > 1 ? 's' : ''}` : 'success',
        detail: count
            ? firstFew.join('; ') + (failures.length > 3 ? `; and ${failures.length - 3} more` : '')
            : `${file}`
    };
}

// EXTERNAL MODULE: ./actions/qe-signoff-gate/src/publish.ts
var publish = __webpack_require__(82968);
;// CONCATENATED MODULE: ./actions/qe-signoff-gate/src/gather.ts
/** Gathers every piece of evidence the decision rules read, waiting for unfinished runs up to the deadline. */












function blocking(c) {
    if (!c.required || c.waiver || c.state === 'success')
        return undefined;
    return c.state === 'failure' ? 'failure' : 'waiting';
}
/** Sleeps `ms` of real time. */
const pause = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
async function gatherEvidence(gh, inputs, inventory, options) {
    const repo = inputs.repository;
    const repoName = `${repo.owner}/${repo.repo}`;
    const authority = new AuthorityLookup(gh, repo);
    const scale = (0,time_scale.timeScale)();
    const startedAt = Date.now();
    // The deadline is on the scaled clock, like every other wait release-kit makes.
    const deadline = startedAt + inputs.waitTimeoutMs * scale;
    const pollMs = inputs.pollIntervalMs * scale;
    const waiverLogins = [...new Set(inputs.waivers.map((w) => w.login.toLowerCase()))];
    const writers = new Map(await Promise.all(waiverLogins.map(async (l) => [l, await authority.canWrite(l)])));
    const waivers = (0,src_waivers/* judgeWaivers */.he)(inputs.waivers, options.today, (l) => writers.get(l.toLowerCase()) ?? false);
    const reports = await Promise.all(inputs.reports.map((f) => reportItem(f, options.workspace)));
    const withWaivers = (items) => items.map((c) => c.required && c.state !== 'success' ? { ...c, waiver: (0,src_waivers/* waiverForCheck */.Mn)(waivers, c.names) } : c);
    let checks = [];
    for (let poll = 1;; poll++) {
        const [runs, checkRuns, statuses] = await Promise.all([
            listWorkflowRuns(gh, repo, inputs.sha),
            listCheckRuns(gh, repo, inputs.sha),
            listCombinedStatuses(gh, repo, inputs.sha)
        ]);
        checks = withWaivers([
            ...workflowItems(runs, inputs.requiredWorkflows, options.callingRunId),
            ...checkItems(checkRuns, statuses, inputs.requiredChecks),
            ...reports
        ]);
        const states = checks.map(blocking);
        const waiting = checks.filter((_, i) => states[i] === 'waiting');
        // A failure already decides ABORT: waiting longer cannot change that.
        if (waiting.length === 0 || states.includes('failure') || Date.now() >= deadline)
            break;
        core/* info */.pq(`Poll ${poll}: waiting for ${waiting.map((c) => `${c.name} (${c.conclusion ?? c.state})`).join(', ')}`);
        await pause(Math.min(pollMs, deadline - Date.now()));
    }
    let release;
    if (inputs.tag && (inventory || inputs.commentOn === 'release' || inputs.fourEyes)) {
        const { findRelease } = await __webpack_require__.e(/* import() */ 828).then(__webpack_require__.bind(__webpack_require__, 47828));
        release = await findRelease(gh, repo, { tag: inputs.tag });
    }
    let assets = {
        checked: false,
        verified: 0,
        missing: [],
        mismatched: [],
        unexpected: [],
        rows: []
    };
    if (inventory) {
        assets = release
            ? await checkAssets(gh, repo, release, inventory, {
                checksums: inputs.checksums,
                // Once a required item has failed the decision is ABORT: no point waiting for late uploads.
                waitMs: checks.some((c) => blocking(c) === 'failure') ? 0 : Math.max(0, deadline - Date.now()),
                pollIntervalMs: pollMs,
                log: (m) => core/* info */.pq(m)
            })
            : unverifiable(inventory, 'there is no tag to find the release by');
    }
    const milestone = inputs.milestone ? await resolveMilestone(gh, repo, inputs.milestone) : undefined;
    const priority = await listPriorityIssues(gh, repo, {
        p0Labels: [...inputs.p0Labels, ...inputs.blockingLabels],
        p1Labels: inputs.p1Labels,
        milestone
    });
    const pulls = priority.length ? await listOpenPulls(gh, repo) : [];
    const issues = issueItems(priority, pulls, repoName).map((i) => ({
        ...i,
        waiver: (0,src_waivers/* waiverForIssue */.Du)(waivers, i.number)
    }));
    const approval = { mode: inputs.approval };
    let comments;
    if (inputs.approvalIssue !== undefined &&
        (inputs.approval === 'comment' || inputs.commentOn === 'approval-issue')) {
        approval.issueUrl = await approvalIssueUrl(gh, repo, inputs.approvalIssue);
        comments = await listIssueComments(gh, repo, inputs.approvalIssue);
    }
    if (inputs.approval === 'comment' && comments) {
        approval.issue = inputs.approvalIssue;
        const commit = await commitFacts(gh, repo, inputs.sha);
        const authors = [release?.release?.author?.login, commit.authorLogin].filter((a) => !!a);
        const logins = commandAuthors(comments, publish/* COMMENT_MARKER */.JO);
        const authorityMap = new Map(await Promise.all(logins.map(async (l) => [l, await authority.approvalAuthority(l, inputs.approvers)])));
        approval.evaluation = evaluateApprovals(comments, {
            commitTime: commit.time,
            authors,
            fourEyes: inputs.fourEyes,
            authority: authorityMap,
            ownMarker: publish/* COMMENT_MARKER */.JO
        });
    }
    return {
        evidence: {
            checks,
            timeoutDecision: inputs.timeoutDecision,
            waitedMs: Date.now() - startedAt,
            assets,
            issues,
            approval,
            waivers,
            invalidWaivers: inputs.invalidWaivers
        },
        release,
        comments
    };
}


/***/ }),

/***/ 82968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   publishComment: () => (/* binding */ publishComment),
/* harmony export */   publishToRelease: () => (/* binding */ publishToRelease)
/* harmony export */ });
/* unused harmony exports SECTION_START, SECTION_END, isGateComment, commentBody, withSection */
/* harmony import */ var _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Publishes the report where people look: one comment on the approval issue, or one section of the
 * release notes. Both are found again by a hidden marker and updated in place, so re-runs converge on
 * one comment / one section instead of piling up.
 */

const COMMENT_MARKER = '<!-- release-kit:qe-signoff-gate -->';
const SECTION_START = '<!-- release-kit:qe-signoff-gate:start -->';
const SECTION_END = '<!-- release-kit:qe-signoff-gate:end -->';
/** True for a comment the gate wrote: its body starts with the marker. */
function isGateComment(body) {
    return (body ?? '').startsWith(COMMENT_MARKER);
}
/** The comment body: the marker, then the report. */
function commentBody(markdown) {
    return `${COMMENT_MARKER}\n${markdown.trim()}\n`;
}
/**
 * Release notes with the gate's section replaced (or appended when absent). Text outside the markers
 * is kept byte for byte.
 */
function withSection(notes, markdown) {
    const section = `${SECTION_START}\n${markdown.trim()}\n${SECTION_END}`;
    const start = notes.indexOf(SECTION_START);
    const end = start >= 0 ? notes.indexOf(SECTION_END, start) : -1;
    if (start >= 0 && end >= 0)
        return notes.slice(0, start) + section + notes.slice(end + SECTION_END.length);
    return notes.trim() === '' ? section : `${notes.replace(/\s+$/, '')}\n\n${section}`;
}
/** Creates or updates the gate's comment on an issue. */
async function publishComment(gh, repo, issue, markdown, comments) {
    const body = commentBody(markdown);
    const target = `#${issue}`;
    const mine = [...comments].reverse().find((c) => isGateComment(c.body));
    if (mine) {
        if (mine.body === body)
            return { kind: 'comment', target, result: 'unchanged', url: mine.html_url };
        try {
            const { data } = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                ...repo,
                comment_id: mine.id,
                body
            });
            return {
                kind: 'comment',
                target,
                result: 'updated',
                url: data.html_url ?? mine.html_url
            };
        }
        catch (e) {
            // Someone else's comment that starts with the marker is not ours to edit: post our own instead.
            if ((0,_packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e) !== 403 && (0,_packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e) !== 404)
                throw e;
        }
    }
    const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        body
    });
    return { kind: 'comment', target, result: 'created', url: data.html_url };
}
/** Creates or updates the gate's section of the release notes. */
async function publishToRelease(gh, repo, release, markdown) {
    const target = `release ${release.tag_name} notes`;
    const notes = release.body ?? '';
    const next = withSection(notes, markdown);
    if (next === notes)
        return { kind: 'release-notes', target, result: 'unchanged', url: release.html_url };
    const existed = notes.includes(SECTION_START);
    await gh.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...repo,
        release_id: release.id,
        body: next
    });
    return { kind: 'release-notes', target, result: existed ? 'updated' : 'created', url: release.html_url };
}


/***/ }),

/***/ 41823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
