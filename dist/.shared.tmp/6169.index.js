export const id = 6169;
export const ids = [6169];
export const modules = {

/***/ 49745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  tY: () => (/* reexport */ Outputs),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: NOTICES, STEPS, TAP_MODES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/identity.ts
var identity = __webpack_require__(6619);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/crates/registry-names.ts
var registry_names = __webpack_require__(78954);
// EXTERNAL MODULE: ./packages/core/src/homebrew/formula-path.ts
var formula_path = __webpack_require__(3163);
;// CONCATENATED MODULE: ./actions/release-rollback/src/generated/io.ts
// Generated from actions/release-rollback/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Tag: 'tag',
    Replacement: 'replacement',
    Reason: 'reason',
    Steps: 'steps',
    Execute: 'execute',
    Notice: 'notice',
    DeleteTag: 'delete-tag',
    ManifestPath: 'manifest-path',
    Crate: 'crate',
    RegistryToken: 'registry-token',
    Index: 'index',
    RegistryApi: 'registry-api',
    ForceYank: 'force-yank',
    Tap: 'tap',
    Formula: 'formula',
    TapToken: 'tap-token',
    Mode: 'mode',
    TokenLogin: 'token-login',
    Repository: 'repository',
    Token: 'token'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    Plan: 'plan',
    Result: 'result',
    Replacement: 'replacement',
    IssueNumber: 'issue-number',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    tag: { required: true },
    replacement: { required: false },
    reason: { required: true },
    steps: { required: false },
    execute: { default: 'false', required: false },
    notice: { default: 'superseded', required: false },
    'delete-tag': { default: 'false', required: false },
    'manifest-path': { required: false },
    crate: { required: false },
    'registry-token': { required: false },
    index: { default: 'sparse+https://index.crates.io/', required: false },
    'registry-api': { required: false },
    'force-yank': { default: 'false', required: false },
    tap: { required: false },
    formula: { required: false },
    'tap-token': { required: false },
    mode: { default: 'pull-request', required: false },
    'token-login': { required: false },
    repository: { required: false },
    token: { default: '${{ github.token }}', required: false }
};

;// CONCATENATED MODULE: ./actions/release-rollback/src/inputs.ts






/** Input and output names, generated from action.yml (see ./generated/io.ts). */

/** The steps, in the order they run: drafts before tag, because deleting a tag turns its release into a draft. */
const STEPS = ['notes', 'latest', 'drafts', 'tag', 'crate', 'tap', 'issue'];
const NOTICES = ['superseded', 'yanked'];
const TAP_MODES = ['pull-request', 'push'];
/** Reads and checks every input up front; throws one ConfigurationError listing every problem. */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const tag = reader.tag(Inputs.Tag, { required: true });
    const replacement = reader.tag(Inputs.Replacement);
    const reason = reader.string(Inputs.Reason);
    const explicit = reader.enumList(Inputs.Steps, STEPS);
    const execute = reader.boolean(Inputs.Execute);
    const notice = reader.enum(Inputs.Notice, NOTICES);
    const deleteTag = reader.boolean(Inputs.DeleteTag);
    const manifestPath = reader.optional(Inputs.ManifestPath);
    const crates = reader.list(Inputs.Crate);
    const registryToken = reader.secret(Inputs.RegistryToken);
    const index = reader.string(Inputs.Index);
    const registryApi = reader.optional(Inputs.RegistryApi);
    const forceYank = reader.boolean(Inputs.ForceYank);
    const tapText = reader.optional(Inputs.Tap);
    const formulaText = reader.optional(Inputs.Formula);
    const token = reader.secret(Inputs.Token);
    const tapToken = reader.secret(Inputs.TapToken) || token;
    const mode = reader.enum(Inputs.Mode, TAP_MODES);
    const repository = reader.repository(Inputs.Repository);
    const tokenLogin = reader.optional(Inputs.TokenLogin);
    if (tokenLogin !== undefined && !identity/* LOGIN_PATTERN */.NT.test(tokenLogin))
        reader.fail(Inputs.TokenLogin, `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot].`);
    if (/[\r\n]/.test(reason.trim()))
        reader.fail(Inputs.Reason, 'must be one line; put the details in the tracking issue instead.');
    if (reason.length > 500)
        reader.fail(Inputs.Reason, `is ${reason.length} characters; keep it to one line (at most 500).`);
    if (replacement !== undefined && replacement === tag)
        reader.fail(Inputs.Replacement, `${JSON.stringify(replacement)} is the bad release itself; name another release.`);
    for (const c of crates)
        if (!registry_names/* CRATE_NAME */.Q4.test(c))
            reader.fail(Inputs.Crate, `${JSON.stringify(c)} is not a crate name; use an ASCII letter followed by up to 63 letters, digits, '-' or '_'.`);
    if (manifestPath !== undefined && crates.length)
        reader.fail(Inputs.Crate, `give either ${Inputs.Crate} or ${Inputs.ManifestPath}, not both.`);
    const indexUrl = (0,registry_names/* parseIndexUrl */.Z0)(index);
    if (!indexUrl)
        reader.fail(Inputs.Index, `${JSON.stringify(index)} is not a sparse index URL; use one such as ${registry_names/* DEFAULT_INDEX */.LX} (git indexes are not supported).`);
    const api = registryApi === undefined ? undefined : (0,registry_names/* parseHttpUrl */.f$)(registryApi);
    if (registryApi !== undefined && !api)
        reader.fail(Inputs.RegistryApi, `${JSON.stringify(registryApi)} is not an http(s) URL; use the registry's API base.`);
    let tap;
    if (tapText !== undefined) {
        tap = (0,inputs/* parseRepository */.SU)(tapText);
        if (!tap)
            reader.fail(Inputs.Tap, `${JSON.stringify(tapText)} is not a repository; use owner/homebrew-name.`);
    }
    let formula;
    if (formulaText !== undefined) {
        const t = (0,formula_path/* formulaTarget */.K)(formulaText);
        if (typeof t === 'string')
            reader.fail(Inputs.Formula, t);
        else
            formula = t;
    }
    if ((tapText === undefined) !== (formulaText === undefined))
        reader.fail(tapText === undefined ? Inputs.Tap : Inputs.Formula, `the tap step needs both ${Inputs.Tap} and ${Inputs.Formula}.`);
    const hasCrate = manifestPath !== undefined || crates.length > 0;
    const hasTap = tapText !== undefined && formulaText !== undefined;
    let steps;
    if (explicit.length) {
        steps = STEPS.filter((s) => explicit.includes(s));
        if (steps.includes('crate') && !hasCrate)
            reader.fail(Inputs.Steps, `the crate step needs ${Inputs.ManifestPath} or ${Inputs.Crate}.`);
        if (steps.includes('tap') && !hasTap)
            reader.fail(Inputs.Steps, `the tap step needs ${Inputs.Tap} and ${Inputs.Formula}.`);
    }
    else {
        steps = STEPS.filter((s) => (s === 'crate' ? hasCrate : s === 'tap' ? hasTap : true));
    }
    if (execute && steps.includes('crate') && !registryToken)
        reader.fail(Inputs.RegistryToken, 'is required to execute the crate step; use a registry API token with the yank scope.');
    if (!token)
        reader.fail(Inputs.Token, 'is empty; pass a token that can read (to plan) or write (to execute) the repository.');
    reader.finish();
    return {
        tag: tag,
        replacement,
        reason: reason.trim(),
        steps,
        explicitSteps: explicit.length > 0,
        execute,
        notice,
        deleteTag,
        manifestPath: manifestPath === undefined ? undefined : external_node_path_default().resolve(workspace, manifestPath),
        crates,
        registryToken,
        indexUrl: indexUrl,
        registryApi: api,
        forceYank,
        tap,
        formula,
        tapToken,
        mode,
        repository,
        token,
        tokenLogin
    };
}


/***/ }),

/***/ 29365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _core_action_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55171);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49745);



/** Withdraws a bad release in one planned, repeatable step; see action.yml and docs.md. */
async function run() {
    await (0,_core_action_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)('release-rollback', 'Release rollback', async (report) => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)();
        const [{ createGitHubClient }, { preflight, preflightReads }, { gatherContext }, { rollback }, { writeSummary }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(1527), __webpack_require__.e(1823)]).then(__webpack_require__.bind(__webpack_require__, 51527)),
            __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655)),
            Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7828), __webpack_require__.e(7288), __webpack_require__.e(8969)]).then(__webpack_require__.bind(__webpack_require__, 48969)),
            Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(3292), __webpack_require__.e(1527), __webpack_require__.e(1457), __webpack_require__.e(2831), __webpack_require__.e(6467), __webpack_require__.e(4020)]).then(__webpack_require__.bind(__webpack_require__, 63116)),
            __webpack_require__.e(/* import() */ 5654).then(__webpack_require__.bind(__webpack_require__, 45654))
        ]);
        const gh = await createGitHubClient(inputs.token);
        await preflight(gh, inputs.repository, inputs.execute ? 'write' : 'read');
        // Releases and refs need `contents`, the tracking issue `issues`: a job whose `permissions:` leaves
        // one out is named before anything is read or written, not a bare 403 halfway through.
        const scopes = inputs.steps.includes('issue')
            ? ['contents', 'issues']
            : ['contents'];
        await preflightReads(gh, inputs.repository, scopes, 'HEAD', _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Token, inputs.execute ? scopes : []);
        const ctx = await gatherContext(inputs, gh);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${inputs.execute ? 'Rolling back' : 'Planning the rollback of'} ${inputs.tag}` +
            (ctx.replacement
                ? ` in favour of ${ctx.replacement.tag_name}`
                : ` (no replacement: ${ctx.noReplacement})`) +
            `: steps ${inputs.steps.join(', ')}.`);
        const outcome = await rollback(ctx);
        writeSummary(report, ctx, outcome.rows, outcome.refused);
        const result = {};
        for (const r of outcome.rows) {
            // A step with several rows (crate: one per crate) takes its worst state.
            const rank = [
                'unchanged',
                'skipped',
                'created',
                'updated',
                'create',
                'update',
                'delete',
                'refused',
                'failed'
            ];
            const prev = result[r.step];
            if (!prev || rank.indexOf(r.state) > rank.indexOf(prev))
                result[r.step] = r.state;
        }
        const issueRow = outcome.rows.find((r) => r.step === 'issue');
        const issueNumber = /\/issues\/(\d+)$/.exec(issueRow?.url ?? '')?.[1];
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.Plan, JSON.stringify(outcome.plan));
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.Result, JSON.stringify(result));
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.Replacement, ctx.replacement?.tag_name ?? '');
        report.output(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Outputs */ .tY.IssueNumber, issueNumber ?? '');
        for (const r of outcome.rows) {
            if (['created', 'updated', 'unchanged', 'skipped'].includes(r.state) && inputs.execute)
                report.write({
                    kind: r.step,
                    target: r.target,
                    result: r.state,
                    reason: r.why,
                    url: r.url
                });
            if (r.step === 'tag' && r.state === 'skipped' && ctx.bad.immutable && inputs.deleteTag)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`release-rollback: the tag step is skipped: ${r.why}`);
        }
        if (outcome.refused)
            report.fail('preflight', `execution refused, nothing was written: ${outcome.refused}`);
        for (const r of outcome.rows.filter((x) => x.state === 'failed' || x.state === 'refused'))
            report.fail(r.step, `${r.target}: ${r.state}${r.why ? ` — ${r.why}` : ''}`);
    });
}


/***/ }),

/***/ 78954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ SEMVER),
/* harmony export */   LX: () => (/* binding */ DEFAULT_INDEX),
/* harmony export */   Q4: () => (/* binding */ CRATE_NAME),
/* harmony export */   Z0: () => (/* binding */ parseIndexUrl),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl)
/* harmony export */ });
// What a crate registry accepts as names, versions and index URLs: shared by every action that
// reads a registry (crates-verify, release-rollback).
/** The default registry's sparse index. */
const DEFAULT_INDEX = 'sparse+https://index.crates.io/';
/** crates.io's rule for names: ASCII letter first, then letters, digits, `-` and `_`, at most 64. */
const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
// Semantic versioning 2.0.0, as cargo accepts it (no leading `v`, no leading zeros).
const NUM = '(?:0|[1-9]\\d*)';
const IDENT = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
/** `sparse+https://host/path` → `https://host/path/`; undefined for anything cargo would not read as a sparse index. */
function parseIndexUrl(text) {
    const raw = text.startsWith('sparse+') ? text.slice('sparse+'.length) : text;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.search || url.hash || url.username || url.password)
        return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
/** An http(s) URL without trailing slashes; undefined for anything else. */
function parseHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formulaTarget)
/* harmony export */ });
// Where a formula lives in a tap. Homebrew looks in Formula/, HomebrewFormula/ and the tap root;
// homebrew-core and large taps shard Formula/ by first letter (Formula/j/jet.rb, Formula/lib/libfoo.rb).
const NAME = /^[a-z0-9][a-z0-9@+._-]*$/i;
const SEGMENT = /^[A-Za-z0-9@+._-]+$/;
/**
 * Parses one `formula` item: a name or a path in the tap.
 * @returns the target, or a message saying what is wrong.
 */
function formulaTarget(item) {
    if (item.includes('/') || item.endsWith('.rb')) {
        const segments = item.split('/');
        const bad = item.startsWith('/') ||
            !item.endsWith('.rb') ||
            segments.some((s) => !SEGMENT.test(s) || s === '.' || s === '..');
        if (bad)
            return `${JSON.stringify(item)} is not a formula path in the tap; use a relative path such as Formula/jet.rb or Formula/j/jet.rb.`;
        const name = segments[segments.length - 1].slice(0, -3);
        if (!NAME.test(name))
            return `${JSON.stringify(item)} does not name a formula file.`;
        return { name, candidates: [item] };
    }
    if (!NAME.test(item) || item.length > 100) {
        return `${JSON.stringify(item)} is not a formula name; use letters, digits and @ + . _ - (such as jet or jet@2), or a path such as Formula/jet.rb.`;
    }
    const name = item;
    const candidates = [`Formula/${name}.rb`, `Formula/${name[0].toLowerCase()}/${name}.rb`];
    if (name.startsWith('lib'))
        candidates.push(`Formula/lib/${name}.rb`);
    candidates.push(`HomebrewFormula/${name}.rb`, `${name}.rb`);
    return { name, candidates };
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


/***/ })

};
