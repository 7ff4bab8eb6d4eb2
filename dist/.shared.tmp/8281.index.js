export const id = 8281;
export const ids = [8281];
export const modules = {

/***/ 71073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  tY: () => (/* reexport */ Outputs),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: BOTTLES, MODES

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/homebrew/ruby-values.ts
var ruby_values = __webpack_require__(31672);
// EXTERNAL MODULE: ./packages/core/src/homebrew/formula-path.ts
var formula_path = __webpack_require__(3163);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/generated/io.ts
// Generated from actions/homebrew-bump/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Tap: 'tap',
    Formula: 'formula',
    Token: 'token',
    Version: 'version',
    Tag: 'tag',
    Url: 'url',
    Urls: 'urls',
    Sha256: 'sha256',
    Sha256s: 'sha256s',
    Mode: 'mode',
    TapPath: 'tap-path',
    BaseBranch: 'base-branch',
    Branch: 'branch',
    CommitMessage: 'commit-message',
    PrTitle: 'pr-title',
    PrBody: 'pr-body',
    Labels: 'labels',
    Bottles: 'bottles',
    AllowDowngrade: 'allow-downgrade',
    AllowPrerelease: 'allow-prerelease',
    DryRun: 'dry-run',
    RollbackTo: 'rollback-to'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    PullRequestUrl: 'pull-request-url',
    PullRequestNumber: 'pull-request-number',
    CommitSha: 'commit-sha',
    Changed: 'changed',
    Diff: 'diff',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    tap: { required: false },
    formula: { required: true },
    token: { required: false },
    version: { required: false },
    tag: { required: false },
    url: { required: false },
    urls: { required: false },
    sha256: { required: false },
    sha256s: { required: false },
    mode: { default: 'pull-request', required: false },
    'tap-path': { required: false },
    'base-branch': { required: false },
    branch: { required: false },
    'commit-message': { required: false },
    'pr-title': { required: false },
    'pr-body': { required: false },
    labels: { required: false },
    bottles: { default: 'remove', required: false },
    'allow-downgrade': { default: 'false', required: false },
    'allow-prerelease': { required: false },
    'dry-run': { default: 'false', required: false },
    'rollback-to': { required: false }
};

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/inputs.ts




/** Input and output names, generated from action.yml (see ./generated/io.ts). */

const MODES = ['pull-request', 'push', 'local'];
const BOTTLES = ['remove', 'keep'];
function show(value) {
    return JSON.stringify(value.length > 120 ? value.slice(0, 120) + '…' : value);
}
/** Reads and validates every input before anything is read from disk or the network. */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const mode = reader.enum(Inputs.Mode, MODES);
    const rollbackTo = reader.optional(Inputs.RollbackTo);
    const tapText = reader.optional(Inputs.Tap);
    let tap;
    if (tapText || mode !== 'local')
        tap = reader.repository(Inputs.Tap);
    const token = reader.secret(Inputs.Token);
    if (mode !== 'local' && !token) {
        reader.fail(Inputs.Token, `mode '${mode}' needs a token that can write to the tap ${tapText ?? ''} (contents and pull requests) or fork it. ` +
            'The workflow GITHUB_TOKEN cannot write to another repository: pass a personal access token or a GitHub App token, e.g. `token: ${{ secrets.TAP_TOKEN }}`. Or use mode: local with tap-path.');
    }
    const tapPath = reader.optional(Inputs.TapPath);
    if (mode === 'local' && !tapPath)
        reader.fail(Inputs.TapPath, 'mode local needs tap-path: the directory of the checked-out tap.');
    if (mode !== 'local' && tapPath)
        reader.fail(Inputs.TapPath, `is only used with mode: local (mode is ${mode}).`);
    const formulas = [];
    for (const item of reader.list(Inputs.Formula, { required: true })) {
        const target = (0,formula_path/* formulaTarget */.K)(item);
        if (typeof target === 'string')
            reader.fail(Inputs.Formula, target);
        else
            formulas.push(target);
    }
    const several = formulas.length > 1;
    // The version: rollback-to for a rollback; else `version`, or the tag being built.
    let version = '';
    let versionInput = Inputs.Version;
    const versionText = reader.optional(Inputs.Version);
    if (rollbackTo !== undefined) {
        version = rollbackTo;
        versionInput = Inputs.RollbackTo;
        for (const name of [Inputs.Version, Inputs.Url, Inputs.Urls, Inputs.Sha256, Inputs.Sha256s]) {
            if (reader.optional(name) !== undefined)
                reader.fail(name, 'cannot be combined with rollback-to: a rollback restores the values the tap history has for that version.');
        }
    }
    else if (versionText !== undefined) {
        version = versionText;
    }
    else {
        const ref = process.env.GITHUB_REF ?? '';
        // Only a tag that is a version (v1.2.3, 1.2.3) gives one; `jet-v1.2.3` needs the input.
        if (/^refs\/tags\/v?\d/.test(ref)) {
            version = ref.slice('refs/tags/'.length).replace(/^v(?=\d)/, '');
            versionInput = `${Inputs.Version} (from GITHUB_REF ${ref})`;
        }
        else
            reader.fail(Inputs.Version, `is required (GITHUB_REF ${JSON.stringify(ref)} is not a version tag to take it from).`);
    }
    if (version) {
        const problem = (0,ruby_values/* versionProblem */.Ec)(version);
        if (problem)
            reader.fail(versionInput, problem);
    }
    const tag = reader.string(Inputs.Tag, { default: version ? `v${version}` : '' });
    if (tag && !(0,inputs/* isValidTag */.r_)(tag))
        reader.fail(Inputs.Tag, `${show(tag)} is not a valid tag name.`);
    // A tag goes into urls, hence into Ruby: hold it to the url alphabet too.
    if (tag && /["'`\\#\s]/.test(tag))
        reader.fail(Inputs.Tag, `${show(tag)} contains a quote, backslash, '#' or whitespace.`);
    const url = reader.optional(Inputs.Url);
    const urlLines = reader.list(Inputs.Urls, { separators: 'newline' });
    if (url !== undefined && urlLines.length)
        reader.fail(Inputs.Urls, 'give either url or urls, not both.');
    // Templates are checked with their placeholders filled by harmless text, so that a quote, `#{`
    // or whitespace in the template itself is refused before anything runs.
    const checkTemplate = (name, template) => {
        const problem = (0,ruby_values/* urlProblem */.rn)(template.replace(/\{(version|tag|formula)\}/g, 'x'));
        if (problem)
            reader.fail(name, problem);
        if (several && !template.includes('{formula}'))
            reader.fail(name, `with several formulas the url must contain {formula}: ${show(template)}.`);
    };
    if (url !== undefined)
        checkTemplate(Inputs.Url, url);
    let urls;
    if (urlLines.length) {
        const parsed = (0,ruby_values/* parsePlatformLines */.u$)(urlLines);
        parsed.problems.forEach((p) => reader.fail(Inputs.Urls, p));
        for (const [key, value] of parsed.map)
            checkTemplate(`${Inputs.Urls} (${key})`, value);
        urls = parsed.map;
    }
    let sha256 = reader.optional(Inputs.Sha256);
    if (sha256 !== undefined) {
        const problem = (0,ruby_values/* sha256Problem */.Fc)(sha256);
        if (problem)
            reader.fail(Inputs.Sha256, problem);
        sha256 = sha256.toLowerCase();
    }
    const shaLines = reader.list(Inputs.Sha256s, { separators: 'newline' });
    let sha256s;
    if (shaLines.length) {
        const parsed = (0,ruby_values/* parsePlatformLines */.u$)(shaLines);
        parsed.problems.forEach((p) => reader.fail(Inputs.Sha256s, p));
        for (const [key, value] of parsed.map) {
            const problem = (0,ruby_values/* sha256Problem */.Fc)(value);
            if (problem)
                reader.fail(`${Inputs.Sha256s} (${key})`, problem);
            parsed.map.set(key, value.toLowerCase());
        }
        sha256s = parsed.map;
    }
    if (sha256 !== undefined && sha256s)
        reader.fail(Inputs.Sha256s, 'give either sha256 or sha256s, not both.');
    if (several && (sha256 !== undefined || sha256s))
        reader.fail(sha256 !== undefined ? Inputs.Sha256 : Inputs.Sha256s, 'cannot be given for several formulas (each has its own download); leave it empty to compute each.');
    const baseBranch = reader.optional(Inputs.BaseBranch);
    if (baseBranch !== undefined && !(0,inputs/* isValidTag */.r_)(baseBranch))
        reader.fail(Inputs.BaseBranch, `${show(baseBranch)} is not a valid branch name.`);
    const branch = reader.optional(Inputs.Branch);
    if (branch !== undefined && !(0,inputs/* isValidTag */.r_)(branch))
        reader.fail(Inputs.Branch, `${show(branch)} is not a valid branch name.`);
    const commitMessage = reader.optional(Inputs.CommitMessage);
    const prTitle = reader.optional(Inputs.PrTitle);
    const prBody = reader.optional(Inputs.PrBody);
    const labels = reader.list(Inputs.Labels);
    const bottles = reader.enum(Inputs.Bottles, BOTTLES);
    const allowDowngrade = reader.boolean(Inputs.AllowDowngrade);
    // Unset is neither true nor false: a real pre-release then fails the step instead of skipping green.
    const allowPrerelease = reader.optional(Inputs.AllowPrerelease) === undefined
        ? undefined
        : reader.boolean(Inputs.AllowPrerelease);
    const dryRun = reader.boolean(Inputs.DryRun);
    reader.finish();
    return {
        tap,
        formulas,
        token,
        version,
        tag,
        url,
        urls,
        sha256,
        sha256s,
        mode,
        tapPath,
        baseBranch,
        branch,
        commitMessage,
        prTitle,
        prBody,
        labels,
        bottles,
        allowDowngrade,
        allowPrerelease,
        dryRun,
        rollback: rollbackTo !== undefined
    };
}


/***/ }),

/***/ 82949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55171);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71073);


/**
 * Bumps (or rolls back) Homebrew formulas. Inputs are validated first with light imports; the
 * GitHub client, the formula editor and the HTTP helper load only after that.
 */
async function run() {
    await (0,_core_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)('homebrew-bump', 'Homebrew formula bump', async (report) => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)();
        const { bumpAll } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(7828), __webpack_require__.e(1527), __webpack_require__.e(1457), __webpack_require__.e(2831), __webpack_require__.e(7737)]).then(__webpack_require__.bind(__webpack_require__, 18614));
        await bumpAll(inputs, report);
    });
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

/***/ 31672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   Fc: () => (/* binding */ sha256Problem),
/* harmony export */   rn: () => (/* binding */ urlProblem),
/* harmony export */   u$: () => (/* binding */ parsePlatformLines)
/* harmony export */ });
/* unused harmony exports requireVersion, requireUrl, requireSha256, PLATFORM_KEYS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

// Everything below ends up between double quotes in a Ruby file. Double-quoted Ruby strings
// interpolate `#{…}`, `#@var` and `#$var` and honour backslash escapes, so the accepted alphabets are
// deliberately narrow: a value that passes can be pasted between quotes without any escaping.
const VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]*$/;
const SHA256 = /^[0-9a-fA-F]{64}$/;
function show(value) {
    return JSON.stringify(value.length > 120 ? value.slice(0, 120) + '…' : value);
}
/** Why `version` cannot go into a formula, or undefined when it can. */
function versionProblem(version) {
    if (version.length > 128)
        return `${show(version)} is longer than 128 characters.`;
    if (!VERSION.test(version)) {
        return `${show(version)} is not a version Homebrew accepts here; use letters, digits and . _ + - only, starting with a letter or digit (such as 1.2.3).`;
    }
    return undefined;
}
/** Why `url` cannot go into a formula, or undefined when it can. */
function urlProblem(url) {
    if (!url.startsWith('https://'))
        return `${show(url)} is not an https:// URL.`;
    if (/[\s"'`\\]/.test(url) || /[\x00-\x1f\x7f]/.test(url)) {
        return `${show(url)} contains a quote, backslash, whitespace or control character; a formula URL must not.`;
    }
    // '#' starts Ruby interpolation (#{…}, #@x, #$x) inside double quotes; a download URL has no use for a fragment.
    if (url.includes('#'))
        return `${show(url)} contains '#' (Ruby interpolation such as #{…}); a formula URL must not.`;
    if (url.length > 2048)
        return `${show(url)} is longer than 2048 characters.`;
    try {
        const parsed = new URL(url);
        if (!parsed.hostname)
            return `${show(url)} has no host.`;
    }
    catch {
        return `${show(url)} is not a valid URL.`;
    }
    return undefined;
}
/** Why `sha256` is not a SHA-256 digest, or undefined when it is. */
function sha256Problem(sha256) {
    return SHA256.test(sha256)
        ? undefined
        : `${show(sha256)} is not a SHA-256 digest; use 64 hexadecimal digits.`;
}
/** Validates a version for the input `name`. @throws InputError naming the input. */
function requireVersion(name, version) {
    const problem = versionProblem(version);
    if (problem)
        throw new InputError(name, version, problem);
    return version;
}
/** Validates a URL for the input `name`. @throws InputError naming the input. */
function requireUrl(name, url) {
    const problem = urlProblem(url);
    if (problem)
        throw new InputError(name, url, problem);
    return url;
}
/** Validates a SHA-256 for the input `name`; returns it lower-cased. @throws InputError naming the input. */
function requireSha256(name, sha256) {
    const problem = sha256Problem(sha256);
    if (problem)
        throw new InputError(name, sha256, problem);
    return sha256.toLowerCase();
}
/** The platforms a formula's url can be keyed by in `urls`/`sha256s`. */
const PLATFORM_KEYS = [
    'darwin-arm64',
    'darwin-amd64',
    'linux-arm64',
    'linux-amd64',
    'linux-arm',
    'linux-386',
    'darwin',
    'linux',
    'arm64',
    'amd64'
];
/**
 * Parses `key=value` lines (`darwin-arm64=https://…`) into a map.
 * @returns the map, and a list of problems (unknown key, missing `=`, duplicate key).
 */
function parsePlatformLines(lines) {
    const map = new Map();
    const problems = [];
    for (const line of lines) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            problems.push(`${show(line)} is not key=value; use lines such as darwin-arm64=<value>.`);
            continue;
        }
        const key = line.slice(0, eq).trim().toLowerCase();
        const value = line.slice(eq + 1).trim();
        if (!PLATFORM_KEYS.includes(key)) {
            problems.push(`${show(key)} is not a platform; use one of: ${PLATFORM_KEYS.join(', ')}.`);
            continue;
        }
        if (map.has(key)) {
            problems.push(`${show(key)} is given twice.`);
            continue;
        }
        map.set(key, value);
    }
    return { map, problems };
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
