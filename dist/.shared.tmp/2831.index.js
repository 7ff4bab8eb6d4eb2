export const id = 2831;
export const ids = [2831,655];
export const modules = {

/***/ 79911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZA: () => (/* binding */ bodyLength),
/* harmony export */   dO: () => (/* binding */ GITHUB_RELEASE_BODY_LIMIT),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT),
/* harmony export */   vE: () => (/* binding */ capBody)
/* harmony export */ });
/* unused harmony export DEFAULT_FULL_REPORT */
/**
 * GitHub refuses issue, pull request and comment bodies over 65,536 characters (422 "body is too long
 * (maximum is 65536 characters)") and release notes over 125,000. Every body release-kit writes goes
 * through {@link capBody}, so a large report is cut with a pointer to the full one instead of failing
 * the write.
 */
/** GitHub's limit on issue, pull request and comment bodies, in characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** GitHub's limit on release notes, in characters. */
const GITHUB_RELEASE_BODY_LIMIT = 125_000;
/** Where the note says the full text is, unless the caller names a better place. */
const DEFAULT_FULL_REPORT = "`report.json` (the step's `report-json` output; keep it with actions/upload-artifact)";
/** Characters as GitHub counts them: code points, not UTF-16 units. */
function bodyLength(text) {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}
/**
 * Returns `text` unchanged when it fits, else cut at a line boundary below the limit, any open code
 * fence closed, and a note appended saying how much was cut and where the full report is.
 * @param text the Markdown body.
 */
function capBody(text, options = {}) {
    const limit = options.limit ?? GITHUB_BODY_LIMIT;
    const total = bodyLength(text);
    if (total <= limit)
        return text;
    const note = (kept) => `\n\n---\n_Cut at ${kept.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters: GitHub accepts at most ${limit.toLocaleString('en-US')}. The full report is in ${options.fullReport ?? DEFAULT_FULL_REPORT}._\n`;
    // Room for the note (its numbers at their widest) and a closing fence.
    const budget = Math.max(0, limit - bodyLength(note(total)) - 8);
    const points = [...text];
    let cut = points.slice(0, budget).join('');
    const lastLine = cut.lastIndexOf('\n');
    if (lastLine > cut.length / 2)
        cut = cut.slice(0, lastLine);
    // An odd number of fences leaves the note inside a code block: close it.
    const fences = cut.split('\n').filter((l) => /^\s*(```|~~~)/.test(l));
    if (fences.length % 2 === 1)
        cut += `\n${fences[fences.length - 1].trim().slice(0, 3)}`;
    return cut + note(bodyLength(cut));
}


/***/ }),

/***/ 20655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainWriteError: () => (/* binding */ explainWriteError),
/* harmony export */   preflight: () => (/* binding */ preflight),
/* harmony export */   preflightReads: () => (/* binding */ preflightReads)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Checks, before any write, that the token can see the repository and (for `write`) push to it.
 * A missing, revoked or read-only token fails loudly here, never as a silent skip later.
 * GitHub only reports `permissions` to user tokens; for GITHUB_TOKEN and App tokens the first write
 * is the check, and its 403 is turned into the same advice by {@link explainWriteError}.
 * @throws ConfigurationError naming the repository and what to configure.
 */
async function preflight(gh, repo, need, tokenInput = 'token') {
    const name = `${repo.owner}/${repo.repo}`;
    let data;
    try {
        ({ data } = await gh.rest.repos.get({ ...repo }));
    }
    catch (e) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e);
        if (status === 401) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token in '${tokenInput}' was rejected by GitHub (401 Bad credentials): it is missing, expired or revoked. Pass a valid token.`);
        }
        if (status === 404 || status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Repository ${name} was not found with the token in '${tokenInput}' (${status}): check the repository name, and that the token can read it (a GITHUB_TOKEN only reaches its own repository; use a personal access token or GitHub App token for another).`);
        }
        throw e;
    }
    const push = data.permissions
        ? Boolean(data.permissions.push || data.permissions.admin || data.permissions.maintain)
        : 'unknown';
    if (need === 'write' && push === false) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token in '${tokenInput}' can read ${name} but not write to it. Give it write access (for GITHUB_TOKEN: \`permissions: contents: write\` in the workflow; for a personal access token: the contents write permission on ${name}).`);
    }
    return {
        push,
        defaultBranch: data.default_branch,
        private: Boolean(data.private),
        fullName: data.full_name
    };
}
/** Turns a 403/404 from a write into advice about the token; other errors pass through unchanged. */
function explainWriteError(error, what, repo, tokenInput = 'token') {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(error);
    if (status === 403 || status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not ${what} in ${repo.owner}/${repo.repo} (${status}): the token in '${tokenInput}' lacks write access there. ` +
            'Grant it (workflow `permissions:` for GITHUB_TOKEN, or a token with write access to that repository).');
    }
    return error;
}
/** What a fine-grained personal access token calls each scope (its settings page's wording). */
const PAT_PERMISSION = {
    contents: 'Contents',
    issues: 'Issues',
    'pull-requests': 'Pull requests',
    checks: 'Checks',
    statuses: 'Commit statuses',
    actions: 'Actions'
};
// One cheap read per scope, each needing that scope and nothing else; where it can, not the endpoint the
// gathering itself reads, so that the probe's page is not mistaken for the evidence.
function probe(gh, repo, scope, ref) {
    const q = { ...repo, per_page: 1 };
    switch (scope) {
        case 'contents':
            return gh.request('GET /repos/{owner}/{repo}/releases', q);
        case 'issues':
            // Labels need Issues (or Pull requests) read: never refused where GitHub would allow the issues.
            return gh.request('GET /repos/{owner}/{repo}/labels', q);
        case 'pull-requests':
            return gh.request('GET /repos/{owner}/{repo}/pulls', q);
        case 'checks':
            return gh.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...q, ref });
        case 'statuses':
            return gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...q, ref });
        case 'actions':
            return gh.request('GET /repos/{owner}/{repo}/actions/workflows', q);
    }
}
/**
 * Checks, before any evidence is gathered, that the token can read each scope. An installation token
 * (GITHUB_TOKEN, GitHub App) needs the scope even to read a private repository, and a job's
 * `permissions:` block drops every scope it does not name: GitHub then answers 403 "Resource not
 * accessible by integration", which says nothing of which entry is missing. This names it.
 * Anything but a 403 that names no rate limit (a 404 for a commit not pushed yet, an outage) is left to
 * the gathering step, which reports it in context and fails closed.
 * @param ref the commit the check and status probes read.
 * @param writes the scopes the step goes on to write: a missing one is named as `issues: write`.
 * @throws ConfigurationError naming every missing entry (`add \`checks: read\` to the job's permissions`).
 */
async function preflightReads(gh, repo, scopes, ref, tokenInput = 'token', writes = []) {
    const denied = [];
    await Promise.all([...new Set(scopes)].map(async (scope) => {
        try {
            await probe(gh, repo, scope, ref);
        }
        catch (e) {
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e);
            if (status === 404)
                return;
            if (status !== 403)
                throw e;
            const message = String(e.response?.data?.message ?? '');
            // A rate limit is a 403 too, and not a missing permission: let the client's error stand.
            if (/rate limit/i.test(message))
                throw e;
            denied.push({ scope, message });
        }
    }));
    if (denied.length === 0)
        return;
    denied.sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope));
    const name = `${repo.owner}/${repo.repo}`;
    const level = (scope) => (writes.includes(scope) ? 'write' : 'read');
    const entries = denied.map((d) => `\`${d.scope}: ${level(d.scope)}\``).join(', ');
    const said = [...new Set(denied.map((d) => d.message || '403'))].join('; ');
    const grants = ['read', 'write']
        .map((l) => denied.filter((d) => level(d.scope) === l).map((d) => PAT_PERMISSION[d.scope]))
        .map((names, i) => (names.length ? `${i ? 'read and write' : 'read'} access to ${names.join(', ')}` : ''))
        .filter(Boolean);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token in '${tokenInput}' cannot read ${denied.map((d) => d.scope).join(', ')} of ${name} (403: ${said}). ` +
        `For GITHUB_TOKEN, add ${entries} to the job's \`permissions:\` (a \`permissions:\` block leaves out every scope it does not name); ` +
        `for a fine-grained token, grant ${grants.join(' and ')} on ${name}; ` +
        'for a GitHub App, add those repository permissions to the App.');
}


/***/ }),

/***/ 31345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cr: () => (/* binding */ bumpFormulaText),
  vu: () => (/* binding */ formulaVersion),
  w2: () => (/* binding */ rollbackFormulaText)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/homebrew/ruby-values.ts
var ruby_values = __webpack_require__(31672);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./packages/core/src/homebrew/version-compare.ts

// Homebrew compares versions token by token (numbers numerically, pre-release words before
// releases). semver decides where both sides are semver; elsewhere a segment-wise compare close to
// Homebrew's: split on . _ - +, numbers compare as numbers, a word after a number marks a pre-release
// (1.0rc1 < 1.0) unless it is a known post-release word (p, patch, post).
const PRERELEASE_WORD = /^(alpha|a|beta|b|rc|pre|preview|dev|snapshot|nightly|canary|m)$/i;
function tokens(version) {
    return (version.match(/\d+|[A-Za-z]+/g) ?? []).map((t) => (/^\d+$/.test(t) ? Number(t) : t.toLowerCase()));
}
function segmentCompare(a, b) {
    const ta = tokens(a);
    const tb = tokens(b);
    const n = Math.max(ta.length, tb.length);
    for (let i = 0; i < n; i++) {
        const x = ta[i];
        const y = tb[i];
        if (x === y)
            continue;
        // A missing token: 1.0 == 1.0.0; 1.0 > 1.0rc1 (a word marks a pre-release); 1.0 < 1.0.1.
        if (x === undefined)
            return typeof y === 'number'
                ? y === 0 && tb.slice(i).every((t) => t === 0)
                    ? 0
                    : -1
                : PRERELEASE_WORD.test(y)
                    ? 1
                    : -1;
        if (y === undefined)
            return -segmentCompare(b, a);
        if (typeof x === 'number' && typeof y === 'number')
            return x < y ? -1 : 1;
        if (typeof x === 'number')
            return PRERELEASE_WORD.test(String(y)) ? 1 : -1;
        if (typeof y === 'number')
            return PRERELEASE_WORD.test(String(x)) ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Compares two versions: negative when `a` is older, 0 when equal, positive when newer. */
function compareVersions(a, b) {
    const sa = semver_default().valid(a.replace(/^v/, ''), { loose: true });
    const sb = semver_default().valid(b.replace(/^v/, ''), { loose: true });
    if (sa && sb)
        return semver_default().compare(sa, sb, { loose: true });
    return Math.sign(segmentCompare(a.replace(/^v/, ''), b.replace(/^v/, ''))) || 0;
}
// Homebrew's version tokens, scanned in its order: a pre-release is a version holding an alpha, beta,
// pre or rc token (`1.0a1`, `2.0.0-beta`, `1.3.0-rc.1`, `1.0-preview`); `p`/`post` tokens and plain words
// (`-pro`, `-r2`, `-ga`) are not. Release channels Homebrew does not know (dev, snapshot, nightly, canary)
// count as pre-releases too: a release tool should not ship them by default.
const TOKEN = /alpha[0-9]*|a[0-9]+|beta[0-9]*|b[0-9]+|pre[0-9]*|rc[0-9]*|p[0-9]*|\.post[0-9]+|[0-9]+|[a-z]+/gi;
const PRERELEASE_TOKEN = /^(alpha[0-9]*|a[0-9]+|beta[0-9]*|b[0-9]+|pre[0-9]*|rc[0-9]*|dev|snapshot|nightly|canary)$/i;
/** What follows a version's leading numbers (`-pro` of `1.26.3-pro`), digits generalised: `-r2` → `-rN`. */
function suffixShape(version) {
    return version
        .replace(/^v?\d+(?:\.\d+)*/, '')
        .toLowerCase()
        .replace(/\d+/g, 'N');
}
/**
 * True for a version Homebrew users should not get by default (`1.3.0-rc.1`, `2.0.0-beta`, `1.0alpha2`).
 * @param current the formula's version: a suffix it already carries (`1.26.3-pro` → `1.26.4-pro`,
 *   `2.0.0-beta.3` → `2.0.0-beta.4`) is the project's own scheme, not a pre-release.
 */
function isPrerelease(version, current) {
    const shape = suffixShape(version);
    if (!shape)
        return false;
    if (current !== undefined && suffixShape(current) === shape)
        return false;
    return (version.match(TOKEN) ?? []).some((t) => PRERELEASE_TOKEN.test(t));
}
// Homebrew's `Version.parse` of a url (Library/Homebrew/version.rb and version/parser.rb), rule for
// rule and in its order: the first rule that matches wins. Stem rules see the file name without its
// archive extension; url rules see the whole (unescaped) url.
const NWOD = String.raw `(?:\d+(?:\.\d+)*)`;
const NWD = String.raw `(?:\d+(?:\.\d+)+)`;
const MOP = String.raw `(?:\d+(?:\.\d+){1,2})`;
const ci = (word) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
const CONTENT_SUFFIX = `(?:[._-](?:${['bin', 'dist', 'stable', 'src', 'sources?', 'final', 'full'].map((w) => (w === 'sources?' ? `${ci('source')}[sS]?` : ci(w))).join('|')}))`;
const PRERELEASE_SUFFIX = String.raw `(?:[._-]?(?:${['alpha', 'beta', 'pre', 'rc'].map(ci).join('|')})\.?\d{0,2})`;
const RULES = [
    ['stem', /(?:^|[._-]?)v?(\d{4}-\d{2}-\d{2})/],
    ['url', /github\.com\/.+\/(?:zip|tar)ball\/(?:v|\w+-)?((?:\d+[._-])+\d*)$/],
    ['url', /[_-]([Rr]\d+[AaBb]\d*(?:-\d+)?)/],
    ['stem', /((?:\d+_)+\d+)$/, (s) => s.replace(/_/g, '.')],
    ['stem', new RegExp(`[_-](${NWD}-(?:p|P|rc|RC)?\\d+)${CONTENT_SUFFIX}?$`)],
    ['stem', new RegExp(`^v?(${NWD}(?:-${NWOD})+)`)],
    ['url', new RegExp(`[-v](${NWOD})$`)],
    ['stem', /-(\d+-\d+)/],
    ['stem', new RegExp(`-(${NWOD})$`)],
    ['stem', new RegExp(`-(${NWOD}(.post\\d+)?)$`)],
    ['stem', new RegExp(`-(${NWOD}(?:[abc]|rc|RC)\\d*)$`)],
    ['stem', new RegExp(`-(${NWOD}-(?:alpha|beta|rc)\\d*)$`)],
    ['stem', new RegExp(`-(${MOP})-w(?:in)?(?:32|64)$`)],
    ['stem', new RegExp(`\\.(${MOP})\\+opam$`)],
    ['stem', new RegExp(`[_-](${MOP}(?:-\\d+)?)[._-](?:i[36]86|x86|x64(?:[_-](?:32|64))?)$`)],
    ['stem', new RegExp(`[-.vV]?(${NWD}${PRERELEASE_SUFFIX})`)],
    ['stem', new RegExp(`(${NWOD})$`)],
    ['stem', new RegExp(`[-vV](${NWD}[abc]?)${CONTENT_SUFFIX}$`)],
    ['stem', new RegExp(`-(${NWD})-`)],
    ['stem', new RegExp(`_(${NWD}[abc]?)\\.orig$`)],
    ['stem', /-v?(\d[^-]+)/],
    ['stem', /_v?(\d[^_]+)/],
    ['url', /\/(?:[rvV]_?)?(\d+\.\d+(?:\.\d+){0,2})/],
    ['stem', /\.v(\d+[a-z]?)/],
    ['url', new RegExp(`[-.vV]?(${NWD}${PRERELEASE_SUFFIX}?)`)]
];
/** Homebrew's `Pathname#extname`: double archive extensions, and no extension for a version-like tail. */
function extname(basename) {
    const bottle = /(\.[a-z0-9_]+\.bottle\.(\d+\.)?tar\.gz)$/.exec(basename);
    if (bottle)
        return bottle[1];
    const archive = /(\.(tar|cpio|pax)\.(gz|bz2|lz|xz|zst|Z))$/.exec(basename);
    if (archive)
        return archive[1];
    if (/\b\d+\.\d+[^.]*$/.test(basename) && !basename.endsWith('.7z'))
        return '';
    const dot = basename.lastIndexOf('.');
    return dot > 0 ? basename.slice(dot) : '';
}
function stemOf(spec) {
    const slash = spec.lastIndexOf('/');
    const basename = spec.slice(slash + 1);
    if (/(?:sourceforge\.net|sf\.net)\/.*\/download$/.test(spec))
        return stemOf(spec.slice(0, slash));
    if (/\.[^a-zA-Z]+$/.test(spec))
        return basename;
    const ext = extname(basename);
    return ext ? basename.slice(0, -ext.length) : basename;
}
/**
 * The version Homebrew reads from a download URL when the formula has no `version` line, by its own
 * rules (`go1.19.5.src.tar.gz` → 1.19.5, `jdk-19.0.3-ga.tar.gz` → 19.0.3, `v1.2.3.tar.gz` → 1.2.3).
 */
function versionFromUrl(url) {
    let spec;
    try {
        spec = decodeURIComponent(url.replace(/\+/g, ' '));
    }
    catch {
        spec = url;
    }
    const stem = stemOf(spec);
    for (const [kind, regex, transform] of RULES) {
        const m = regex.exec(kind === 'stem' ? stem : spec);
        const v = m?.[1];
        if (v)
            return transform ? transform(v) : v;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-platforms.ts
// The platforms a formula's stable download can be chosen for, as a set, and the conditions that
// formulas write to choose between them. A block's set is its parent's set narrowed by its condition;
// `elsif`/`else` take what the earlier branches left. Every condition generators write reduces to
// os × cpu family × word size, so a bitmask over six platforms is exact.
/** Every platform Homebrew installs on that a formula can tell apart (macOS has been 64-bit only since 10.15). */
const PLATFORMS = [
    'darwin-arm64',
    'darwin-amd64',
    'linux-arm64',
    'linux-amd64',
    'linux-arm',
    'linux-386'
];
const bit = (p) => 1 << PLATFORMS.indexOf(p);
const union = (...ps) => ps.reduce((s, p) => s | bit(p), 0);
const ALL = (1 << PLATFORMS.length) - 1;
const DARWIN = union('darwin-arm64', 'darwin-amd64');
const LINUX = union('linux-arm64', 'linux-amd64', 'linux-arm', 'linux-386');
const ARM = union('darwin-arm64', 'linux-arm64', 'linux-arm');
const INTEL = union('darwin-amd64', 'linux-amd64', 'linux-386');
const BITS64 = union('darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64');
const BITS32 = union('linux-arm', 'linux-386');
/** The platforms in a set, in `PLATFORMS` order. */
function platformsOf(set) {
    return PLATFORMS.filter((p) => set & bit(p));
}
/** True when `set` holds `platform`. */
function hasPlatform(set, platform) {
    return (set & bit(platform)) !== 0;
}
// A 32-bit platform rides along with its 64-bit sibling in a name: `on_linux do … on_intel do` serves
// linux-amd64 and (if anyone runs it there) linux-386, and users call that download `linux-amd64`.
const RIDERS = [
    ['linux-arm', 'linux-arm64'],
    ['linux-386', 'linux-amd64']
];
const NAMED = [
    ['all', BITS64],
    ['darwin', DARWIN],
    ['linux', union('linux-arm64', 'linux-amd64')],
    ['arm64', union('darwin-arm64', 'linux-arm64')],
    ['amd64', union('darwin-amd64', 'linux-amd64')],
    ...PLATFORMS.map((p) => [p, bit(p)])
];
/**
 * The key a download serving `set` is named by in `urls`/`sha256s`: `all`, `darwin`, `linux`, `arm64`,
 * `amd64` or one platform (`linux-arm`). A 32-bit platform served with its 64-bit sibling does not
 * change the name. Undefined when no key names the set (a block serving linux-arm and linux-386 only).
 */
function keyOf(set) {
    let core = set;
    for (const [rider, sibling] of RIDERS)
        if (set & bit(sibling))
            core &= ~bit(rider);
    return NAMED.find(([, s]) => s === core)?.[0];
}
/** The platforms a key stands for, as `keyOf` names them (riders excluded). */
function describeSet(set) {
    const list = platformsOf(set);
    return list.length ? list.join(', ') : 'no platform';
}
const TERMS = [
    [/^OS\.mac\?$/, DARWIN],
    [/^OS\.linux\?$/, LINUX],
    [/^(?:Hardware::CPU\.)?arm\?$/, ARM],
    [/^(?:Hardware::CPU\.)?intel\?$/, INTEL],
    [/^Hardware::CPU\.type\s*==\s*:arm$/, ARM],
    [/^Hardware::CPU\.type\s*==\s*:intel$/, INTEL],
    [/^Hardware::CPU\.type\s*!=\s*:arm$/, INTEL],
    [/^Hardware::CPU\.type\s*!=\s*:intel$/, ARM],
    [/^Hardware::CPU\.is_64_bit\?$/, BITS64],
    [/^Hardware::CPU\.is_32_bit\?$/, BITS32]
];
function stripParens(s) {
    let t = s.trim();
    while (/^\((.*)\)$/.test(t) && balanced(t.slice(1, -1)))
        t = t.slice(1, -1).trim();
    return t;
}
function balanced(s) {
    let depth = 0;
    for (const c of s) {
        if (c === '(')
            depth++;
        else if (c === ')' && --depth < 0)
            return false;
    }
    return depth === 0;
}
/** Splits on a binary operator at parenthesis depth 0. */
function splitTop(s, op) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (depth === 0) {
            const m = op.exec(s.slice(i));
            if (m && m.index === 0) {
                parts.push(s.slice(start, i));
                i += m[0].length - 1;
                start = i + 1;
            }
        }
    }
    parts.push(s.slice(start));
    return parts;
}
function parseTerm(text) {
    const term = stripParens(text);
    if (term.startsWith('!')) {
        const inner = parseTerm(term.slice(1));
        return inner === undefined ? undefined : ALL & ~inner;
    }
    if (/^not\s/.test(term)) {
        const inner = parseTerm(term.slice(4));
        return inner === undefined ? undefined : ALL & ~inner;
    }
    if (term !== text.trim())
        return parseCondition(term);
    return TERMS.find(([re]) => re.test(term))?.[1];
}
/**
 * The platforms on which a condition (`OS.mac? && Hardware::CPU.arm?`, `Hardware::CPU.type == :arm`,
 * `!Hardware::CPU.is_64_bit?`, `a || b`, …) is true.
 * @returns the set, or undefined when the condition is not purely about os, cpu and word size.
 */
function parseCondition(text) {
    const cond = text.trim().replace(/\s+then$/, '');
    if (!cond || !balanced(cond))
        return undefined;
    // `and`/`or` bind looser than `&&`/`||` and equally with each other: mixed, they are not worth guessing.
    const words = /\s(and|or)\s/.test(cond);
    if (words && (/\s(or)\s/.test(cond) ? /&&|\|\||\sand\s/.test(cond) : /\|\|/.test(cond)))
        return undefined;
    let result = 0;
    for (const disjunct of splitTop(cond, /^(\|\||\s+or\s+)/)) {
        let set = ALL;
        for (const conjunct of splitTop(disjunct, /^(&&|\s+and\s+)/)) {
            const t = parseTerm(conjunct);
            if (t === undefined)
                return undefined;
            set &= t;
        }
        result |= set;
    }
    return result;
}
/** The set of a platform block (`on_macos`, `on_linux`, `on_arm`, `on_intel`). */
const PLATFORM_BLOCK_SETS = {
    on_macos: DARWIN,
    on_linux: LINUX,
    on_arm: ARM,
    on_intel: INTEL
};
/** The platforms a `urls`/`sha256s` key stands for (riders included, as `keyOf` names them). */
function setOfKey(key) {
    const named = NAMED.find(([k]) => k === key)?.[1];
    if (named === undefined)
        return undefined;
    let set = named;
    for (const [rider, sibling] of RIDERS)
        if (set & bit(sibling))
            set |= bit(rider);
    return set;
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-evaluate.ts


/** Replaces `#{version}` by `version`; undefined when the text needs a version and none is set. */
function interpolateVersion(text, version) {
    if (!/#\{\s*version\s*\}/.test(text))
        return text;
    return version === undefined ? undefined : text.replace(/#\{\s*version\s*\}/g, version);
}
/** Evaluates the formula's stable download for every platform Homebrew runs on. */
function evaluateFormula(model) {
    const statements = [
        ...model.versions.map((ref) => ({ kind: 'version', ref })),
        ...model.downloads.flatMap((d) => [
            { kind: 'url', ref: d.url },
            { kind: 'sha256', ref: d.sha256 },
            ...d.mirrors.map((ref) => ({ kind: 'mirror', ref }))
        ])
    ].sort((a, b) => a.ref.line - b.ref.line);
    const problems = [];
    const platforms = new Map();
    for (const p of PLATFORMS) {
        const state = { mirrors: [] };
        for (const { kind, ref } of statements) {
            if (!hasPlatform(model.structure.lines[ref.line].platform, p))
                continue;
            const value = interpolateVersion(ref.value, state.versionLine?.value);
            if (value === undefined) {
                problems.push(`line ${ref.line + 1}: ${kind} uses #{version} before any version line (${p})`);
                continue;
            }
            const ev = { line: ref.line, text: ref.value, value };
            if (kind === 'url')
                state.url = ev;
            else if (kind === 'sha256')
                state.sha256 = { ...ev, value: value.toLowerCase() };
            else if (kind === 'mirror')
                state.mirrors.push(ev);
            else
                state.versionLine = ev;
        }
        state.version = state.versionLine?.value ?? (state.url ? versionFromUrl(state.url.value) : undefined);
        platforms.set(p, state);
    }
    return { platforms, problems: [...new Set(problems)] };
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/bump-plan.ts




const PLACEHOLDER = /\{([a-z]+)\}/g;
/** Expands `{version}`, `{tag}` and `{formula}` in a url template, then checks the result. */
function expandTemplate(input, template, values) {
    const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(p in values));
    if (unknown.length)
        throw new errors/* InputError */.dz(input, template, `unknown placeholder {${unknown[0]}} in ${JSON.stringify(template)}`, 'use {version}, {tag} or {formula}.');
    const url = template.replace(PLACEHOLDER, (_, p) => values[p]);
    const problem = (0,ruby_values/* urlProblem */.rn)(url);
    if (problem)
        throw new errors/* InputError */.dz(input, template, problem);
    return url;
}
/** The version the formula is at: its `version` line, else the one Homebrew reads from its url(s). */
function currentVersion(model) {
    if (model.versions.length)
        return model.versions[0].value;
    const found = [
        ...new Set(model.downloads.map((d) => versionFromUrl(d.url.value)).filter((v) => !!v))
    ];
    return found.length === 1 ? found[0] : undefined;
}
function replaceAll(text, from, to) {
    return from ? text.split(from).join(to) : text;
}
const INTERPOLATED = /#\{\s*version\s*\}/;
/**
 * The new text of a url or mirror that follows the version: `#{version}` stays as it is (Homebrew
 * fills it in), a literal old version is replaced. Undefined when the text does not carry the version.
 */
function followVersion(text, from, to) {
    const parts = text.split(INTERPOLATED);
    const literal = from !== undefined && parts.some((p) => p.includes(from));
    if (parts.length === 1 && !literal)
        return undefined;
    return parts.map((p) => (from ? replaceAll(p, from, to) : p)).join('#{version}');
}
/**
 * Works out each download's new url (from `url`, `urls`, or the old url with the version replaced),
 * its sha256 when given, and its mirrors.
 * @throws InputError when the inputs do not fit the formula's shape.
 */
function planDownloads(model, request, fromVersion) {
    const values = { version: request.version, tag: request.tag, formula: request.formula };
    const keys = model.downloads.map((d) => d.key);
    const platformShape = !(keys.length === 1 && keys[0] === 'all');
    if (request.url && platformShape) {
        throw new errors/* InputError */.dz('url', request.url, `formula ${request.formula} has one download per platform (${keys.join(', ')}).`, `Give them in 'urls' as lines such as ${keys[0]}=https://….`);
    }
    if (request.sha256 && model.downloads.length > 1) {
        throw new errors/* InputError */.dz('sha256', request.sha256, `formula ${request.formula} has ${model.downloads.length} downloads (${keys.join(', ')}).`, "Give them in 'sha256s'.");
    }
    for (const [input, map] of [
        ['urls', request.urls],
        ['sha256s', request.sha256s]
    ]) {
        if (!map)
            continue;
        const unused = [...map.keys()].filter((k) => !keys.includes(k));
        if (unused.length) {
            throw new errors/* InputError */.dz(input, unused.join(', '), `formula ${request.formula} has no download for ${unused.join(', ')}`, `its downloads are: ${keys.join(', ')}.`);
        }
    }
    if (request.urls) {
        const missing = keys.filter((k) => !request.urls.has(k));
        if (missing.length)
            throw new errors/* InputError */.dz('urls', [...request.urls.keys()].join(', '), `no url for ${missing.join(', ')} of formula ${request.formula}`, `give one line per platform (${keys.join(', ')}).`);
    }
    const versionChanged = fromVersion !== request.version;
    const read = (text, version) => interpolateVersion(text, version) ?? text;
    return model.downloads.map((d) => {
        let url;
        let text;
        const oldUrl = read(d.url.value, fromVersion);
        const template = request.urls?.get(d.key) ?? request.url;
        if (template) {
            url = expandTemplate(request.urls ? 'urls' : 'url', template, values);
            text = url;
            if (INTERPOLATED.test(d.url.value)) {
                // An interpolated url stays interpolated: only the version line changes, and the url given
                // must be the one the formula's own text reads with the new version.
                const follows = read(d.url.value, request.version);
                if (follows !== url)
                    throw new errors/* InputError */.dz(request.urls ? 'urls' : 'url', template, `formula ${request.formula} writes its url${d.key === 'all' ? '' : ` (${d.key})`} as ${d.url.value}, which reads ${follows} at ${request.version}, not ${url}.`, `Give that url (or leave '${request.urls ? 'urls' : 'url'}' empty to follow the version); to change how the formula builds its url, edit it by hand.`);
                text = d.url.value;
            }
        }
        else if (!versionChanged) {
            url = oldUrl;
            text = d.url.value;
        }
        else {
            const next = followVersion(d.url.value, fromVersion, request.version);
            if (next === undefined)
                throw new errors/* ConfigurationError */.j1(`Formula ${request.formula}: its url ${d.url.value} does not contain its current version (${fromVersion ?? 'unknown'}), so the new url cannot be derived; pass 'url' (or 'urls').`);
            text = next;
            url = read(next, request.version);
            const problem = (0,ruby_values/* urlProblem */.rn)(url);
            if (problem)
                throw new errors/* ConfigurationError */.j1(`The url of ${request.formula} with the new version is not usable: ${problem} Pass 'url'.`);
        }
        const given = request.sha256s?.get(d.key) ?? request.sha256;
        const notes = [];
        const mirrors = d.mirrors.map((m) => {
            if (!versionChanged)
                return m.value;
            const next = followVersion(m.value, fromVersion, request.version);
            if (next !== undefined && !(0,ruby_values/* urlProblem */.rn)(read(next, request.version)))
                return next;
            notes.push(`mirror ${m.value} removed: it does not follow the version`);
            return null;
        });
        const sha256 = given ?? (url === oldUrl ? d.sha256.value.toLowerCase() : undefined);
        return {
            key: d.key,
            oldUrl,
            url,
            ...(text !== url ? { text } : {}),
            oldSha256: d.sha256.value.toLowerCase(),
            sha256,
            mirrors,
            notes
        };
    });
}
/** The editor's plan once every sha256 is known. */
function editPlanFor(planned, version, versionChanged, bottles) {
    return {
        downloads: planned.map((p) => {
            if (!p.sha256)
                throw new Error(`sha256 of ${p.url} not computed`);
            return { url: p.text ?? p.url, sha256: p.sha256, mirrors: p.mirrors };
        }),
        version,
        removeRevision: versionChanged,
        removeBottles: versionChanged && bottles === 'remove'
    };
}

// EXTERNAL MODULE: ./packages/core/src/homebrew/ruby-lexer.ts
var ruby_lexer = __webpack_require__(47030);
;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-structure.ts


const SKIP_BLOCKS = new Set([
    'bottle',
    'head',
    'livecheck',
    'resource',
    'patch',
    'test',
    'service',
    'devel',
    'go_resource',
    'caveats',
    'pour_bottle?',
    'fails_with',
    'link_overwrite'
]);
const OPENERS_AT_START = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'for']);
const ALWAYS_OPENERS = new Set(['def', 'class', 'module']);
const VALUE_POSITION_WORDS = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'in']);
/** Keywords of a code-only line, in order, excluding method calls (`x.end`), symbols (`:do`) and labels (`do:`). */
function keywords(code) {
    const out = [];
    const re = /[A-Za-z_][A-Za-z0-9_]*[?!]?/g;
    let m;
    let lastWord = '';
    while ((m = re.exec(code)) !== null) {
        const word = m[0];
        const before = code.slice(0, m.index);
        const prevChar = before.slice(-1);
        const after = code[m.index + word.length] ?? '';
        const member = prevChar === '.' || prevChar === ':' || prevChar === '@' || prevChar === '$';
        const label = after === ':' && code[m.index + word.length + 1] !== ':';
        if (!member && !label) {
            const prev = before.trimEnd().slice(-1);
            const valuePosition = prev === '' || /[;(=|&[,{!]/.test(prev) || VALUE_POSITION_WORDS.has(lastWord);
            out.push({ word, valuePosition });
        }
        lastWord = word;
    }
    return out;
}
/** A line continues the previous statement when that one ended with an operator, comma or backslash. */
function endsOpen(code) {
    return (/(,|\\|&&|\|\||[+\-*/=<>]|\band|\bor|\.)\s*$/.test(code) &&
        !/\b(do|end|then|else)\s*$/.test(code) &&
        !/\|[^|]*\|\s*$/.test(code));
}
/**
 * Lexes a formula and places every line in its block.
 * The tracker is conservative: anything it does not recognise becomes `unknown`, and the editor
 * refuses to edit a url found there rather than guess.
 */
function analyseFormula(text) {
    const lexed = (0,ruby_lexer/* lexRuby */.q7)(text);
    const lines = [];
    const bottles = [];
    const problems = [];
    let nextId = 1;
    const top = { region: 'unknown', platform: ALL, id: 0, start: 0 };
    const stack = [top];
    let classLine = -1;
    let previousOpen = false;
    for (const [index, l] of lexed.entries()) {
        const frame = stack[stack.length - 1];
        const statement = l.kind === 'code' && l.nestingAtStart === 0 && !previousOpen;
        const trimmed = l.text.trim();
        // `else`/`elsif` switch the branch of the innermost `if` before the line is placed.
        if (statement && frame.isIf) {
            const elsif = /^elsif\s+(.*)$/.exec(trimmed);
            if (elsif || /^else\b/.test(trimmed)) {
                const parent = stack[stack.length - 2];
                // A branch runs where the condition holds and no earlier branch did.
                const cond = elsif ? parseCondition(elsif[1]) : ALL;
                const set = cond !== undefined && frame.rest !== undefined ? frame.rest & cond : undefined;
                frame.rest = set !== undefined ? frame.rest & ~cond : undefined;
                const placed = set !== undefined && parent.region === 'stable';
                frame.region = placed ? 'stable' : parent.region === 'skip' ? 'skip' : 'unknown';
                frame.platform = placed ? set : parent.platform;
                frame.id = nextId++;
            }
        }
        const current = stack[stack.length - 1];
        lines.push({
            ...l,
            index,
            region: current.region,
            skipName: current.skipName,
            platform: current.platform,
            blockId: current.id,
            statement
        });
        if (l.kind !== 'code' && l.kind !== 'string')
            continue;
        if (l.kind === 'code' || l.code) {
            const tokens = keywords(l.code);
            let first = true;
            for (const [n, tok] of tokens.entries()) {
                const w = tok.word;
                const loopDo = w === 'do' &&
                    tokens.slice(0, n).some((t) => t.word === 'while' || t.word === 'until' || t.word === 'for');
                const opens = (w === 'do' && !loopDo) || ALWAYS_OPENERS.has(w) || (OPENERS_AT_START.has(w) && tok.valuePosition);
                // `def x = expr` (endless method) opens nothing.
                const endless = w === 'def' && /^\s*def\s+[\w.?!]+(\([^)]*\))?\s*=[^=~>]/.test(l.code);
                if (opens && !endless) {
                    const parent = stack[stack.length - 1];
                    stack.push(openFrame(parent, first && statement ? trimmed : '', index, nextId++, w, classLine < 0));
                    if (stack[stack.length - 1].classFrame)
                        classLine = index;
                    first = false;
                }
                else if (w === 'end') {
                    if (stack.length <= 1) {
                        problems.push(`line ${index + 1}: 'end' without a matching block`);
                        continue;
                    }
                    const closed = stack.pop();
                    if (closed.name === 'bottle' && stack[stack.length - 1].classFrame)
                        bottles.push({ name: 'bottle', start: closed.start, end: index });
                }
            }
        }
        previousOpen = l.kind === 'code' && endsOpen(l.code);
    }
    if (stack.length > 1)
        problems.push(`${stack.length - 1} block(s) not closed at the end of the file`);
    return { lines, classLine, bottles, problems };
}
function openFrame(parent, statement, index, id, keyword, noClassYet) {
    // Inside a skipped block everything stays skipped (a `bottle` nested in `resource` is still the resource's).
    const inherit = (region, extra = {}) => parent.region === 'skip'
        ? {
            region: 'skip',
            skipName: parent.skipName,
            platform: parent.platform,
            id,
            start: index,
            name: extra.name
        }
        : { region, platform: parent.platform, id, start: index, ...extra };
    if (keyword === 'class' &&
        noClassYet &&
        parent.id === 0 &&
        /^class\s+[A-Z]\w*\s*<\s*(\w+::)*\w*Formula\b/.test(statement)) {
        return { region: 'stable', platform: ALL, id, start: index, classFrame: true, name: 'class' };
    }
    if (keyword === 'def')
        return inherit('skip', { skipName: 'def', name: 'def' });
    if (parent.region !== 'stable')
        return inherit(parent.region === 'skip' ? 'skip' : 'unknown');
    if (keyword === 'do') {
        const name = /^([a-z_]+[?!]?)\b/.exec(statement)?.[1] ?? '';
        if (SKIP_BLOCKS.has(name))
            return inherit('skip', { skipName: name, name });
        if (name === 'stable' && /^stable\s+do\s*$/.test(statement))
            return inherit('stable', { name });
        const platformBlock = /^(on_macos|on_linux|on_arm|on_intel)\s+do\s*$/.exec(statement);
        if (platformBlock) {
            const set = parent.platform & PLATFORM_BLOCK_SETS[platformBlock[1]];
            return { region: 'stable', platform: set, id, start: index, name: platformBlock[1] };
        }
        return inherit('unknown', { name });
    }
    if (keyword === 'if' || keyword === 'unless') {
        const m = /^(?:if|unless)\s+(.+?)\s*$/.exec(statement);
        let cond = m ? parseCondition(m[1]) : undefined;
        if (cond !== undefined && keyword === 'unless')
            cond = ALL & ~cond;
        if (cond !== undefined)
            return {
                region: 'stable',
                platform: parent.platform & cond,
                id,
                start: index,
                rest: parent.platform & ~cond,
                isIf: true,
                name: keyword
            };
        return { ...inherit('unknown'), isIf: true, name: keyword };
    }
    return inherit('unknown', { name: keyword });
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-model.ts


const STATEMENT = /^(\s*)(url|mirror|sha256|version)(\s+|\()(["'])([^"'\\]*)\4(\)?)(.*)$/;
const REVISION = /^\s*revision\s+(\d+)\s*(#.*)?$/;
function ref(line, m) {
    const start = m[1].length + m[2].length + m[3].length + 1;
    return { line: line.index, start, end: start + m[5].length, value: m[5] };
}
/**
 * Reads a formula's stable downloads, version, revision and bottle blocks, and lists every reason
 * it cannot be edited safely (a url where the platform is unclear, a git url without sha256, …).
 */
function readFormula(text) {
    const structure = analyseFormula(text);
    const problems = [...structure.problems];
    if (structure.classLine < 0)
        problems.push('no `class … < Formula` found');
    const versions = [];
    const revisions = [];
    const byBlock = new Map();
    const blockOf = (l) => {
        let b = byBlock.get(l.blockId);
        if (!b)
            byBlock.set(l.blockId, (b = { mirrors: [], platform: l.platform }));
        return b;
    };
    for (const l of structure.lines) {
        const m = l.statement ? STATEMENT.exec(l.text) : null;
        const rev = l.statement ? REVISION.exec(l.text) : null;
        // A url or sha256 this reader does not see as a statement of its own (`on_arm { url "…" }`,
        // `x; url "…"`) would be left stale without a word: refuse the formula instead.
        if (!m &&
            !rev &&
            l.kind === 'code' &&
            l.region !== 'skip' &&
            l.index > structure.classLine &&
            structure.classLine >= 0) {
            if (/(^|[^\w.:@$])(url|sha256|mirror)(\s+|\s*\()["']/.test(l.code)) {
                problems.push(`line ${l.index + 1}: a url/sha256 written in a form this editor does not change safely (${l.text.trim()}); put it on a line of its own`);
            }
        }
        if (!m && !rev)
            continue;
        if (l.region === 'skip')
            continue;
        const what = m ? m[2] : 'revision';
        if (l.region === 'unknown') {
            if (structure.classLine >= 0 && l.index > structure.classLine) {
                problems.push(`line ${l.index + 1}: \`${what}\` is inside a block that cannot be placed on a platform (${l.text.trim()}); edit this formula by hand`);
            }
            continue;
        }
        if (rev) {
            revisions.push({ line: l.index, start: 0, end: l.text.length, value: rev[1] });
            continue;
        }
        const [, , kind, , , , , rest] = m;
        const tail = rest.trim();
        const value = ref(l, m);
        // `url "…" if OS.mac?` would read as unconditional here: refuse rather than misplace it.
        if (/^(if|unless)\b/.test(tail) || /^,.*\s(if|unless)\s/.test(tail))
            problems.push(`line ${l.index + 1}: \`${kind}\` with a trailing condition (${l.text.trim()}); put it in an if … end block`);
        const interpolation = /#\{([^}]*)\}|#[@$]/.exec(value.value);
        if (interpolation && (kind === 'sha256' || interpolation[1]?.trim() !== 'version'))
            problems.push(`line ${l.index + 1}: \`${kind}\` interpolates ${interpolation[0]}; only #{version} in a url or mirror can be followed`);
        if (kind === 'version') {
            if (tail && !tail.startsWith('#'))
                problems.push(`line ${l.index + 1}: unexpected text after the version: ${tail}`);
            versions.push(value);
        }
        else if (kind === 'url') {
            const b = blockOf(l);
            if (b.url)
                problems.push(`line ${l.index + 1}: a second url in the same block (first at line ${b.url.line.index + 1})`);
            if (/\b(tag|revision|branch):/.test(tail))
                problems.push(`line ${l.index + 1}: a git url (tag:/revision:) cannot be bumped by url and sha256`);
            b.url = { ref: value, options: rest, line: l };
        }
        else if (kind === 'sha256') {
            if (!/^[0-9a-fA-F]{64}$/.test(value.value))
                continue;
            const b = blockOf(l);
            if (b.sha256)
                problems.push(`line ${l.index + 1}: a second sha256 in the same block`);
            b.sha256 = value;
        }
        else if (kind === 'mirror') {
            blockOf(l).mirrors.push(value);
        }
    }
    const found = [];
    const blockSets = new Map();
    for (const [blockId, b] of byBlock) {
        if (!b.url) {
            if (b.sha256)
                problems.push(`line ${b.sha256.line + 1}: a sha256 without a url in its block`);
            continue;
        }
        if (!b.sha256) {
            problems.push(`line ${b.url.line.index + 1}: a url without a sha256 in its block`);
            continue;
        }
        blockSets.set(blockId, b.platform);
        found.push({
            blockId,
            url: b.url.ref,
            urlOptions: b.url.options,
            sha256: b.sha256,
            mirrors: b.mirrors
        });
    }
    found.sort((a, b) => a.url.line - b.url.line);
    // Homebrew keeps the last url the class body runs on a platform: a later block replaces an earlier
    // one there (a top-level url, then `on_arm do url … end`).
    const downloads = [];
    for (const [i, d] of found.entries()) {
        const declared = blockSets.get(d.blockId);
        let later = 0;
        for (const e of found.slice(i + 1))
            later |= blockSets.get(e.blockId);
        const platform = declared & ~later;
        const key = keyOf(platform);
        if (!declared)
            problems.push(`line ${d.url.line + 1}: this url is in a block no platform Homebrew runs on reaches`);
        else if (!platform)
            problems.push(`line ${d.url.line + 1}: this url is never used: later urls replace it on every platform`);
        else if (!key)
            problems.push(`line ${d.url.line + 1}: this url serves ${describeSet(platform)}, a combination no urls/sha256s key names; edit this formula by hand`);
        downloads.push({ ...d, platform, key: key ?? describeSet(platform) });
    }
    if (structure.classLine >= 0 && downloads.length === 0 && problems.length === 0)
        problems.push('no stable url with a sha256 found');
    const keys = downloads.map((d) => d.key);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup)
        problems.push(`two stable downloads for the same platform (${dup})`);
    return { structure, downloads, versions, revisions, bottles: structure.bottles, problems };
}
function downloadValues(model) {
    return model.downloads.map((d) => ({
        key: d.key,
        url: d.url.value,
        sha256: d.sha256.value.toLowerCase(),
        mirrors: d.mirrors.map((m) => m.value)
    }));
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-check.ts



function plannedLineEdits(before, plan) {
    const edits = new Map();
    for (const [i, d] of before.downloads.entries()) {
        const e = plan.downloads[i];
        edits.set(d.url.line, { ref: d.url, next: e.url });
        edits.set(d.sha256.line, { ref: d.sha256, next: e.sha256 });
        for (const [j, m] of d.mirrors.entries())
            edits.set(m.line, { ref: m, next: e.mirrors[j] ?? null });
    }
    if (plan.version !== undefined)
        for (const v of before.versions)
            edits.set(v.line, { ref: v, next: plan.version });
    return edits;
}
/**
 * Checks an edited formula against the plan, platform by platform, and line by line.
 * @returns the differences found (`linux-arm: url reads …, expected …`, `line 12 changed: …`); empty when
 *   the edit is exactly the plan.
 */
function checkEdit(before, afterText, plan) {
    const after = readFormula(afterText);
    if (after.problems.length)
        return after.problems.map((p) => `the edited formula: ${p}`);
    const edits = plannedLineEdits(before, plan);
    const was = evaluateFormula(before);
    const now = evaluateFormula(after);
    const problems = [...now.problems];
    // Platforms with the same difference are named together: `linux-arm, linux-386: url reads …`.
    const byMessage = new Map();
    const differs = (platform, message) => byMessage.set(message, [...(byMessage.get(message) ?? []), platform]);
    for (const [platform, b] of was.platforms) {
        const a = now.platforms.get(platform);
        const versionText = b.versionLine
            ? (edits.get(b.versionLine.line)?.next ?? b.versionLine.text)
            : undefined;
        const expect = (ev) => {
            if (!ev)
                return undefined;
            const text = edits.has(ev.line) ? edits.get(ev.line).next : ev.text;
            if (text === null)
                return null;
            const value = interpolateVersion(text, versionText);
            return value === undefined ? undefined : { text, value };
        };
        const url = expect(b.url) ?? undefined;
        const sha256 = expect(b.sha256)?.value.toLowerCase();
        const mirrors = b.mirrors.map(expect).filter((m) => !!m);
        const compare = (what, got, want) => {
            if ((got ?? null) !== (want ?? null))
                differs(platform, `${what} reads ${got ?? '(none)'}, expected ${want ?? '(none)'}`);
        };
        compare('url', a.url?.value, url?.value);
        compare('url text', a.url?.text, url?.text);
        compare('sha256', a.sha256?.value, sha256);
        compare('mirrors', a.mirrors.map((m) => m.value).join(' '), mirrors.map((m) => m.value).join(' '));
        // Without a version line Homebrew reads the version from the url: it must read the planned one.
        if (url) {
            const version = plan.version ?? b.version;
            if (a.version !== version)
                differs(platform, `Homebrew would read version ${a.version ?? '(none)'} from ${a.url?.value ?? 'no url'}, not ${version}${b.versionLine ? '' : '; add a version line to the formula'}`);
        }
    }
    for (const [message, platforms] of byMessage)
        problems.push(`${platforms.join(', ')}: ${message}`);
    problems.push(...unplannedLineChanges(before, afterText, edits, plan));
    return [...new Set(problems)];
}
/** Lines that differ other than by a planned value or a planned removal. */
function unplannedLineChanges(before, afterText, edits, plan) {
    // Line endings count: an edit must not turn CRLF into LF or take the final newline.
    const old = before.structure.lines.map((l) => l.text + l.eol);
    const next = (0,ruby_lexer/* splitLines */.uz)(afterText).map((l) => l.text + l.eol);
    const removable = new Set();
    if (plan.removeRevision)
        for (const r of before.revisions)
            removable.add(r.line);
    if (plan.removeBottles)
        for (const b of before.bottles)
            for (let i = b.start; i <= b.end; i++)
                removable.add(i);
    for (const [line, e] of edits)
        if (e.next === null)
            removable.add(line);
    const removing = removable.size > 0;
    const problems = [];
    let j = 0;
    for (let i = 0; i < old.length; i++) {
        const edit = edits.get(i);
        const line = old[i];
        if (edit && edit.next !== null) {
            const expected = line.slice(0, edit.ref.start) + edit.next + line.slice(edit.ref.end);
            if (next[j] === expected) {
                j++;
                continue;
            }
        }
        else if (next[j] === line && !removable.has(i)) {
            j++;
            continue;
        }
        // A removal may take one blank neighbour with it, so two blank lines do not end up in a row.
        if (removable.has(i) || (removing && line.trim() === ''))
            continue;
        if (next[j] === line) {
            j++;
            continue;
        }
        problems.push(`line ${i + 1} changed outside the planned values: ${JSON.stringify(line)} → ${JSON.stringify(next[j] ?? '(end of file)')}`);
        return problems;
    }
    if (j < next.length)
        problems.push(`the edited formula has ${next.length - j} line(s) more than planned`);
    return problems;
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-editor.ts



function replaceValue(lines, ref, value) {
    const line = lines[ref.line];
    if (line.text.slice(ref.start, ref.end) === value)
        return false;
    line.text = line.text.slice(0, ref.start) + value + line.text.slice(ref.end);
    return true;
}
/** Marks lines `start..end` for deletion and, when that would leave two blank lines in a row, one of them too. */
function deleteRange(lines, drop, start, end) {
    for (let i = start; i <= end; i++)
        drop.add(i);
    const blank = (i) => i >= 0 && i < lines.length && !drop.has(i) && lines[i].text.trim() === '';
    let before = start - 1;
    while (before >= 0 && drop.has(before))
        before--;
    if (blank(before) && blank(end + 1))
        drop.add(end + 1);
}
/**
 * Applies a plan to the formula text. Only the characters between the quotes of url, sha256,
 * mirror and version lines change, plus whole `revision` lines and `bottle` blocks when asked;
 * every other byte (indentation, quotes, comments, line endings) is kept.
 */
function applyEdit(text, model, plan) {
    if (plan.downloads.length !== model.downloads.length)
        throw new Error('edit plan does not match the formula');
    const lines = (0,ruby_lexer/* splitLines */.uz)(text);
    const changes = [];
    const drop = new Set();
    for (const [i, d] of model.downloads.entries()) {
        const edit = plan.downloads[i];
        const label = d.key === 'all' ? '' : ` (${d.key})`;
        if (replaceValue(lines, d.url, edit.url))
            changes.push(`url${label}`);
        if (replaceValue(lines, d.sha256, edit.sha256))
            changes.push(`sha256${label}`);
        for (const [j, m] of d.mirrors.entries()) {
            const next = edit.mirrors[j];
            if (next === null || next === undefined) {
                deleteRange(lines, drop, m.line, m.line);
                changes.push(`mirror${label} removed`);
            }
            else if (replaceValue(lines, m, next))
                changes.push(`mirror${label}`);
        }
    }
    if (plan.version !== undefined) {
        for (const v of model.versions)
            if (replaceValue(lines, v, plan.version))
                changes.push('version');
    }
    if (plan.removeRevision) {
        for (const r of model.revisions) {
            deleteRange(lines, drop, r.line, r.line);
            changes.push(`revision ${r.value} removed`);
        }
    }
    if (plan.removeBottles) {
        for (const b of model.bottles) {
            deleteRange(lines, drop, b.start, b.end);
            changes.push('bottle block removed');
        }
    }
    const kept = lines.filter((_, i) => !drop.has(i));
    // Deleting the last line must not take the file's final newline with it.
    if (kept.length && lines.length && lines[lines.length - 1].eol && !kept[kept.length - 1].eol)
        kept[kept.length - 1].eol = lines[lines.length - 1].eol;
    return { text: (0,ruby_lexer/* joinLines */.cT)(kept), changes: [...new Set(changes)] };
}
/**
 * Re-reads an edited formula and checks it says what the plan asked for, for every platform it
 * declares: the planned url, sha256, mirrors and version, nothing else changed, no revision or
 * bottle left when they were removed.
 * @returns the problems found; empty when the edit reads back correctly.
 */
function verifyEdit(before, after, plan) {
    const problems = checkEdit(before, after, plan);
    const model = readFormula(after);
    if (plan.version !== undefined)
        for (const v of model.versions)
            if (v.value !== plan.version)
                problems.push(`version reads ${v.value}, expected ${plan.version}`);
    if (plan.removeRevision && model.revisions.length)
        problems.push('a revision line is left');
    if (plan.removeBottles && model.bottles.length)
        problems.push('a bottle block is left');
    return problems;
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-intent.ts




// A second gate beside `checkEdit`, which compares the edit with the plan: a planning bug (a download
// given the url or sha256 of another platform) would agree with itself there. This one starts from
// the request instead — per platform, the url and sha256 of the most specific key of `urls`/`sha256s`
// that names the platform, or the platform's old url with the version replaced — and from how the
// original formula read on that platform, never from the plan's downloads.
const count = (set) => platformsOf(set).length;
/** The most specific request key that names `platform`; `ambiguous` when two equally specific keys do. */
function keyFor(keys, platform) {
    let best;
    let size = Infinity;
    let tie = false;
    for (const key of keys) {
        const set = setOfKey(key);
        if (set === undefined || !hasPlatform(set, platform))
            continue;
        if (count(set) < size)
            [best, size, tie] = [key, count(set), false];
        else if (count(set) === size)
            tie = true;
    }
    return tie ? 'ambiguous' : best;
}
/**
 * Checks an edited formula against what the user asked for, platform by platform.
 * @param before the formula as it was.
 * @param afterText the edited text.
 * @param request the user's request (templates unexpanded).
 * @param fromVersion the version the formula was at.
 * @param resolved sha256s found for urls the request gave none for (url → sha256).
 * @returns the differences (`darwin-arm64: url reads …, the request gives …`); empty when each platform
 *   reads what was asked.
 */
function checkAgainstRequest(before, afterText, request, fromVersion, resolved) {
    const after = readFormula(afterText);
    if (after.problems.length)
        return after.problems.map((p) => `the edited formula: ${p}`);
    const was = evaluateFormula(before);
    const now = evaluateFormula(after);
    const values = { version: request.version, tag: request.tag, formula: request.formula };
    const problems = [];
    const universe = new Set([
        ...before.downloads.map((d) => d.key),
        ...(request.urls?.keys() ?? []),
        ...(request.sha256s?.keys() ?? [])
    ]);
    for (const platform of PLATFORMS) {
        const b = was.platforms.get(platform);
        const a = now.platforms.get(platform);
        if (!b.url) {
            if (a.url)
                problems.push(`${platform}: url reads ${a.url.value}, but the formula had none there`);
            continue;
        }
        // One key per platform, chosen among every key the formula and the request name, so a platform
        // whose own key is missing from `sha256s` (its digest is found) does not take a wider key's.
        const key = keyFor(universe, platform);
        if (key === 'ambiguous' || ((request.urls || request.sha256s) && key === undefined)) {
            problems.push(`${platform}: ${key === 'ambiguous' ? 'two keys name it' : 'no key names it'}`);
            continue;
        }
        let url;
        const template = request.urls ? request.urls.get(key) : request.url;
        if (request.urls && template === undefined) {
            problems.push(`${platform}: 'urls' has no line for ${key}`);
            continue;
        }
        try {
            url = template
                ? expandTemplate(request.urls ? 'urls' : 'url', template, values)
                : interpolateVersion(fromVersion ? b.url.text.split(fromVersion).join(request.version) : b.url.text, request.version);
        }
        catch (error) {
            problems.push(`${platform}: ${error.message}`);
            continue;
        }
        const given = request.sha256s ? request.sha256s.get(key) : request.sha256;
        const sha256 = (given ??
            (url !== undefined ? resolved.get(url) : undefined) ??
            (url === b.url.value ? b.sha256?.value : undefined))?.toLowerCase();
        if (a.url?.value !== url)
            problems.push(`${platform}: url reads ${a.url?.value ?? '(none)'}, the request gives ${url ?? '(none)'}`);
        if (a.sha256?.value !== sha256)
            problems.push(`${platform}: sha256 reads ${a.sha256?.value ?? '(none)'}, the request gives ${sha256 ?? '(none)'}`);
    }
    return problems;
}

// EXTERNAL MODULE: ./packages/core/src/homebrew/unified-diff.ts
var unified_diff = __webpack_require__(54151);
;// CONCATENATED MODULE: ./packages/core/src/homebrew/rollback-restore.ts



// A rollback restores what a version needs — url, sha256, mirrors, version, and the revision and
// bottle block that belonged to it — from the formula as it was at that version, and keeps every
// other change made since (a new dependency, a fixed test). It takes the line diff from today's
// formula to the old one and applies only the hunks made entirely of those lines.
/** Line indexes holding url/sha256/mirror/version/revision lines and bottle blocks (with their blank neighbours). */
function managedLines(model) {
    const managed = new Set();
    const bottle = new Set();
    for (const d of model.downloads) {
        managed.add(d.url.line);
        managed.add(d.sha256.line);
        for (const m of d.mirrors)
            managed.add(m.line);
    }
    for (const v of model.versions)
        managed.add(v.line);
    for (const r of model.revisions)
        managed.add(r.line);
    for (const b of model.bottles)
        for (let i = b.start; i <= b.end; i++)
            bottle.add(i);
    return { managed, bottle };
}
/**
 * Restores the version-specific lines of `oldText` into `currentText`.
 * When nothing else changed in between, the result is `oldText` byte for byte.
 */
function restoreVersionLines(currentText, oldText) {
    const current = readFormula(currentText);
    const old = readFormula(oldText);
    const cur = managedLines(current);
    const prev = managedLines(old);
    const oldLines = (0,ruby_lexer/* splitLines */.uz)(oldText);
    const curLines = (0,ruby_lexer/* splitLines */.uz)(currentText);
    const tag = (set, n) => Array.from({ length: n }, (_, i) => (set.managed.has(i) ? 'value' : set.bottle.has(i) ? 'bottle' : ''));
    const ops = (0,unified_diff/* diffLines */.P)(currentText, oldText, [tag(cur, curLines.length), tag(prev, oldLines.length)]);
    const out = [];
    let keptHunks = 0;
    let k = 0;
    while (k < ops.length) {
        if (ops[k].op === ' ') {
            out.push(curLines[ops[k].oldIndex]);
            k++;
            continue;
        }
        let e = k;
        while (e < ops.length && ops[e].op !== ' ')
            e++;
        const hunk = ops.slice(k, e);
        const touchesBottle = hunk.some((o) => o.op === '-' ? cur.bottle.has(o.oldIndex) : prev.bottle.has(o.newIndex));
        const blank = (o) => (o.op === '-' ? curLines[o.oldIndex] : oldLines[o.newIndex]).text.trim() === '';
        // Per line: today's managed lines go, the old version's managed lines come back; any other
        // line in the hunk is a change made since that version and stays as it is today.
        const managed = (o) => {
            const set = o.op === '-' ? cur : prev;
            const index = o.op === '-' ? o.oldIndex : o.newIndex;
            return set.managed.has(index) || set.bottle.has(index) || (touchesBottle && blank(o));
        };
        let other = false;
        for (const o of hunk) {
            const m = managed(o);
            if (!m)
                other = true;
            if (o.op === '-' && !m)
                out.push(curLines[o.oldIndex]);
            if (o.op === '+' && m)
                out.push(oldLines[o.newIndex]);
        }
        if (other)
            keptHunks++;
        k = e;
    }
    return { text: (0,ruby_lexer/* joinLines */.cT)(out), keptHunks };
}
/** True when the restored text reads back the old formula's downloads and version. */
function restoredMatches(restored, oldText) {
    const a = readFormula(restored);
    const b = readFormula(oldText);
    const problems = [...a.problems];
    const va = JSON.stringify(downloadValues(a));
    const vb = JSON.stringify(downloadValues(b));
    if (va !== vb)
        problems.push('the restored downloads differ from that version’s');
    const verA = a.versions.map((v) => v.value).join();
    const verB = b.versions.map((v) => v.value).join();
    if (verA !== verB)
        problems.push(`the restored version lines (${verA}) differ from that version’s (${verB})`);
    return problems;
}

;// CONCATENATED MODULE: ./packages/core/src/homebrew/formula-bump.ts








function shapeError(formula, path, problems) {
    return new errors/* ConfigurationError */.j1(`Formula ${formula} (${path}) cannot be edited safely: ${problems.join('; ')}.`);
}
/**
 * Computes the bumped text of one formula: plans the new values, resolves missing sha256s, applies
 * the edit, and re-reads the result to check it says what was asked.
 * @throws ConfigurationError for a downgrade without allow-downgrade, or a formula shape it cannot edit.
 */
async function bumpFormulaText(text, path, request, options) {
    const model = readFormula(text);
    if (model.problems.length)
        throw shapeError(request.formula, path, model.problems);
    const fromVersion = currentVersion(model);
    if (options.allowPrerelease !== true && isPrerelease(request.version, fromVersion)) {
        const why = `${request.version} is a pre-release (formula ${request.formula} is at ${fromVersion ?? 'an unknown version'})`;
        if (options.allowPrerelease === undefined)
            throw new errors/* ConfigurationError */.j1(`${why}; Homebrew keeps one version per formula. Set allow-prerelease: true to bump to it, or allow-prerelease: false to skip pre-releases.`);
        return {
            status: 'skipped',
            before: text,
            after: text,
            fromVersion,
            toVersion: request.version,
            downloads: [],
            changes: [],
            notes: [`${why}; skipped as allow-prerelease: false asks.`]
        };
    }
    if (fromVersion && compareVersions(request.version, fromVersion) < 0 && !options.allowDowngrade) {
        throw new errors/* ConfigurationError */.j1(`Formula ${request.formula} is at ${fromVersion}; ${request.version} is older. Set allow-downgrade: true to bump down, or use rollback-to: ${request.version} to restore that version from the tap's history.`);
    }
    const versionChanged = fromVersion !== request.version;
    const planned = planDownloads(model, request, fromVersion);
    const notes = planned.flatMap((p) => p.notes);
    const changes = [];
    const resolved = new Map();
    for (const p of planned) {
        if (p.sha256)
            continue;
        const found = await options.resolveSha256(p.url);
        p.sha256 = found.sha256;
        resolved.set(p.url, found.sha256);
        notes.push(`sha256${p.key === 'all' ? '' : ` (${p.key})`} ${found.sha256} from ${found.source}`);
    }
    const plan = editPlanFor(planned, request.version, versionChanged, request.bottles);
    const edited = applyEdit(text, model, plan);
    // Against the plan (nothing else changed), then against the request (each platform reads what the
    // user asked for), so a planning mistake cannot pass by agreeing with itself.
    const problems = verifyEdit(model, edited.text, plan);
    if (!problems.length)
        problems.push(...checkAgainstRequest(model, edited.text, request, fromVersion, resolved));
    if (problems.length)
        throw new Error(`The edited formula ${path} does not read back as planned and requested, so nothing was written: ${problems.join('; ')}\n${(0,unified_diff/* unifiedDiff */.W)(text, edited.text, path)}`);
    changes.push(...edited.changes);
    return {
        status: edited.text === text ? 'up-to-date' : 'changed',
        before: text,
        after: edited.text,
        fromVersion,
        toVersion: request.version,
        downloads: planned,
        changes,
        notes
    };
}
/**
 * Computes the rolled-back text: the version lines of `oldText` (the formula as the tap had it at
 * that version) restored into today's `text`.
 */
function rollbackFormulaText(text, oldText, path, formula, version) {
    const model = readFormula(text);
    if (model.problems.length)
        throw shapeError(formula, path, model.problems);
    const oldModel = readFormula(oldText);
    if (oldModel.problems.length)
        throw shapeError(formula, `${path} at ${version}`, oldModel.problems);
    const restored = restoreVersionLines(text, oldText);
    const problems = restoredMatches(restored.text, oldText);
    if (problems.length)
        throw new Error(`Rolling ${formula} back to ${version} does not read back as that version: ${problems.join('; ')}`);
    const notes = restored.keptHunks
        ? [`${restored.keptHunks} change(s) made since ${version} (not url/sha256/version) are kept`]
        : [];
    const downloads = model.downloads.map((d, i) => ({
        key: d.key,
        oldUrl: d.url.value,
        url: oldModel.downloads[i]?.url.value ?? d.url.value,
        oldSha256: d.sha256.value,
        sha256: oldModel.downloads[i]?.sha256.value,
        mirrors: oldModel.downloads[i]?.mirrors.map((m) => m.value) ?? [],
        notes: []
    }));
    return {
        status: restored.text === text ? 'up-to-date' : 'changed',
        before: text,
        after: restored.text,
        fromVersion: currentVersion(model),
        toVersion: version,
        downloads,
        changes: restored.text === text ? [] : [`restored from ${version}`],
        notes
    };
}
/** The version a formula text declares (version line or url), for finding a version in history. */
function formulaVersion(text) {
    const model = readFormula(text);
    return model.downloads.length ? currentVersion(model) : undefined;
}


/***/ }),

/***/ 87594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ findVersionInHistory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _formula_bump_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31345);


/**
 * Finds the newest commit at which the formula was at `version`: walking the formula's commits
 * newest first, the first whose file reads that version. That is the commit that set it, or a later
 * one that kept it (a revision bump), whose values are the ones to restore.
 * `input` names the input `version` came from, when it came from one (the error then points at it).
 * @throws InputError (ConfigurationError without `input`) when no commit within `maxReads` file reads
 * has that version.
 */
async function findVersionInHistory(commits, readAt, version, where, input, maxReads = 50) {
    let reads = 0;
    const seenVersions = [];
    for await (const c of commits) {
        if (reads >= maxReads)
            break;
        reads++;
        const text = await readAt(c.sha);
        if (text === undefined)
            continue;
        const v = (0,_formula_bump_js__WEBPACK_IMPORTED_MODULE_1__/* .formulaVersion */ .vu)(text);
        if (v === version)
            return { sha: c.sha, message: c.message, text };
        if (v && !seenVersions.includes(v))
            seenVersions.push(v);
    }
    const problem = `no commit in the history of ${where} has version ${version} (read ${reads} commit(s); versions seen: ${seenVersions.join(', ') || 'none'}).`;
    throw input
        ? new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, version, problem)
        : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The formula's history: ${problem}`);
}


/***/ }),

/***/ 47030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cT: () => (/* binding */ joinLines),
/* harmony export */   q7: () => (/* binding */ lexRuby),
/* harmony export */   uz: () => (/* binding */ splitLines)
/* harmony export */ });
// A line lexer for the subset of Ruby that formulas are written in. It does not parse Ruby; it only
// tells, for each line, which characters are code (as opposed to string, heredoc, regexp or comment
// content), so that the block tracker can count `do`/`end` and the editor can tell a real `url "…"`
// statement from one inside a heredoc, a comment or the `__END__` data section.
/** Splits text into lines, keeping each line's exact ending so the text can be rebuilt byte for byte. */
function splitLines(text) {
    const out = [];
    let start = 0;
    while (start < text.length) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) {
            out.push({ text: text.slice(start), eol: '' });
            break;
        }
        const cr = nl > start && text[nl - 1] === '\r';
        out.push({ text: text.slice(start, cr ? nl - 1 : nl), eol: cr ? '\r\n' : '\n' });
        start = nl + 1;
    }
    return out;
}
/** Rebuilds text from lines. */
function joinLines(lines) {
    return lines.map((l) => l.text + l.eol).join('');
}
const PAIRS = { '(': ')', '[': ']', '{': '}', '<': '>' };
const REGEX_AFTER = new Set([
    '',
    '(',
    ',',
    '=',
    '!',
    '~',
    '|',
    '&',
    '?',
    ':',
    ';',
    '[',
    '{',
    '+',
    '-',
    '*',
    '<',
    '>'
]);
/** Lexes a whole formula into lines with their kind and code-only text. */
function lexRuby(text) {
    const lines = splitLines(text);
    const out = [];
    const stack = [];
    let nesting = 0;
    const pending = [];
    let heredoc;
    let inBeginComment = false;
    let data = false;
    for (const line of lines) {
        const t = line.text;
        if (data) {
            out.push({ ...line, kind: 'data', code: '', nestingAtStart: nesting });
            continue;
        }
        if (heredoc) {
            out.push({ ...line, kind: 'string', code: '', nestingAtStart: nesting });
            const done = heredoc.indented ? t.trim() === heredoc.id : t === heredoc.id;
            if (done)
                heredoc = pending.shift();
            continue;
        }
        if (inBeginComment) {
            out.push({ ...line, kind: 'comment', code: '', nestingAtStart: nesting });
            if (/^=end(\s|$)/.test(t))
                inBeginComment = false;
            continue;
        }
        if (stack.length === 0 && /^=begin(\s|$)/.test(t)) {
            inBeginComment = true;
            out.push({ ...line, kind: 'comment', code: '', nestingAtStart: nesting });
            continue;
        }
        if (stack.length === 0 && t === '__END__') {
            data = true;
            out.push({ ...line, kind: 'data', code: '', nestingAtStart: nesting });
            continue;
        }
        const kind = stack.length && stack[stack.length - 1].kind === 'string' ? 'string' : 'code';
        const nestingAtStart = nesting;
        let code = '';
        let i = 0;
        while (i < t.length) {
            const top = stack[stack.length - 1];
            const c = t[i];
            if (top && top.kind === 'string') {
                if (c === '\\') {
                    i += 2;
                    continue;
                }
                if (top.interp && c === '#' && t[i + 1] === '{') {
                    stack.push({ kind: 'interp', braces: 0 });
                    code += '#{';
                    i += 2;
                    continue;
                }
                if (top.open && c === top.open)
                    top.depth++;
                else if (c === top.close) {
                    if (top.depth > 0)
                        top.depth--;
                    else {
                        stack.pop();
                        code += c;
                    }
                }
                i++;
                continue;
            }
            // Code (top level or inside #{…}).
            if (c === '#')
                break; // comment to end of line
            if (c === '"' || c === "'" || c === '`') {
                stack.push({ kind: 'string', close: c, open: null, depth: 0, interp: c !== "'" });
                code += c;
                i++;
                continue;
            }
            if (c === '<' && t[i + 1] === '<') {
                const m = /^<<([~-]?)(["'`]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(t.slice(i));
                // `a << B` (append) has a space after `<<`; a heredoc never does. Plain `<<ID` needs an upper-case id.
                if (m && (m[1] || m[2] || /^[A-Z_]/.test(m[3]))) {
                    pending.push({ id: m[3], indented: m[1] !== '' });
                    code += '""';
                    i += m[0].length;
                    continue;
                }
            }
            if (c === '%') {
                const m = /^%([qQwWiIr]?)([^A-Za-z0-9\s])/.exec(t.slice(i));
                const prev = code.trimEnd().slice(-1);
                if (m && (m[1] !== '' || REGEX_AFTER.has(prev)) && !(m[1] === '' && m[2] === '=')) {
                    const open = m[2];
                    const close = PAIRS[open] ?? open;
                    stack.push({
                        kind: 'string',
                        close,
                        open: close !== open ? open : null,
                        depth: 0,
                        interp: !/[qwi]/.test(m[1])
                    });
                    code += '""';
                    i += m[0].length;
                    continue;
                }
            }
            if (c === '/') {
                const before = code.trimEnd();
                const prev = before.slice(-1);
                const spaced = code.length > before.length;
                const next = t[i + 1] ?? '';
                const afterWord = /[A-Za-z0-9_?]$/.test(before) && spaced && next !== ' ' && next !== '=';
                if (REGEX_AFTER.has(prev) || afterWord) {
                    stack.push({ kind: 'string', close: '/', open: null, depth: 0, interp: true });
                    code += '/';
                    i++;
                    continue;
                }
            }
            if (top && top.kind === 'interp') {
                if (c === '{')
                    top.braces++;
                else if (c === '}') {
                    if (top.braces === 0) {
                        stack.pop();
                        code += '}';
                        i++;
                        continue;
                    }
                    top.braces--;
                }
            }
            else if (c === '(' || c === '[' || c === '{')
                nesting++;
            else if (c === ')' || c === ']' || c === '}')
                nesting = Math.max(0, nesting - 1);
            code += c;
            i++;
        }
        out.push({ ...line, kind, code, nestingAtStart });
        if (pending.length && !heredoc)
            heredoc = pending.shift();
    }
    return out;
}


/***/ }),

/***/ 6298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e$: () => (/* binding */ findFormulaFile),
/* harmony export */   zu: () => (/* binding */ GitHubTap)
/* harmony export */ });
/* unused harmony exports REF_EXISTS, FORK_WAITS_MS, writeError */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _body_limit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79911);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41823);
/* harmony import */ var _writes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86757);





const name = (r) => `${r.owner}/${r.repo}`;
/** GitHub's exact answer (422) to creating a branch that exists. */
const REF_EXISTS = 'Reference already exists';
/** Waits for a new fork, about a minute and a half in all. */
const FORK_WAITS_MS = [1000, 2000, 4000, 8000, 15000, 30000, 30000];
/** The `message` of a GitHub error answer. */
function apiMessage(e) {
    const m = e.response?.data?.message;
    return typeof m === 'string' ? m : undefined;
}
/** GitHub's answers while a fork's git data is still being copied. */
function forkNotReady(e) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e);
    const message = apiMessage(e);
    return ((status === 409 && message === 'Git Repository is empty.') ||
        (status === 422 && message === 'Object does not exist') ||
        status === 404);
}
/** Turns a 403/404 on a write into what to configure; other errors pass through. */
function writeError(error, what, repo) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(error);
    if (status === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Could not ${what} in ${name(repo)}: the token in 'token' was rejected (401). Pass a valid token.`);
    if (status === 403 || status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Could not ${what} in ${name(repo)} (${status}): the token in 'token' cannot write there. A tap is another repository, so the workflow GITHUB_TOKEN usually cannot; ` +
            `pass a personal access token or GitHub App token with contents: write and pull-requests: write on ${name(repo)}.`);
    }
    return error;
}
class GitHubTap {
    gh;
    repo;
    /** Requests made, by kind, for the summary and for tests of the request budget. */
    calls = [];
    constructor(gh, repo) {
        this.gh = gh;
        this.repo = repo;
    }
    get fullName() {
        return name(this.repo);
    }
    /** The commit a branch points at, or undefined when there is no such branch. */
    async branchHead(branch, repo = this.repo) {
        this.calls.push('get-ref');
        try {
            const { data } = await this.gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 404)
                return undefined;
            throw e;
        }
    }
    /** A file at a ref, or undefined when it does not exist there. */
    async readFile(path, ref, repo = this.repo) {
        this.calls.push('get-contents');
        try {
            const { data } = await this.gh.rest.repos.getContent({ ...repo, path, ref });
            if (Array.isArray(data) || data.type !== 'file') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path} in ${name(repo)} is not a file.`);
            }
            const file = data;
            if (file.encoding !== 'base64' || file.content === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${path} in ${name(repo)} is too large for the contents API (${file.size} bytes); a formula never is.`);
            }
            return { path, text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 404)
                return undefined;
            throw e;
        }
    }
    /**
     * Creates a branch; `exists` when it already does. GitHub says so with 422 "Reference already exists";
     * other 422s (a fork's "Object does not exist") are errors, never "exists".
     */
    async createBranch(branch, sha, repo = this.repo, rawErrors = false) {
        this.calls.push('create-ref');
        try {
            await (0,_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .createRefOnce */ .PU)(this.gh, repo, `refs/heads/${branch}`, sha);
            return 'created';
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 422 && apiMessage(e) === REF_EXISTS)
                return 'exists';
            throw rawErrors ? e : writeError(e, `create branch ${branch}`, repo);
        }
    }
    /** Points an existing branch at `sha` (a stale bump branch with no open pull request). */
    async resetBranch(branch, sha, repo = this.repo) {
        this.calls.push('update-ref');
        try {
            await this.gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
        }
        catch (e) {
            throw writeError(e, `reset branch ${branch}`, repo);
        }
    }
    /** Commits a new version of one file on a branch; returns the commit SHA. */
    async writeFile(file, text, branch, message, repo = this.repo) {
        this.calls.push('put-contents');
        try {
            const { value } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .commitFileOnce */ .L0)(this.gh, repo, {
                path: file.path,
                text,
                message,
                sha: file.sha,
                branch
            });
            return value.commitSha;
        }
        catch (e) {
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e);
            if (status === 409 || (status === 422 && /sha/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e)))) {
                throw new Error(`${file.path} changed on ${branch} in ${name(repo)} while this step ran (${status}); re-run the step.`);
            }
            throw writeError(e, `commit ${file.path} on ${branch}`, repo);
        }
    }
    /** The open pull request from `headOwner:branch`, found by listing (not searching). */
    async findOpenPull(headOwner, branch) {
        this.calls.push('list-pulls');
        const { data } = await this.gh.rest.pulls.list({
            ...this.repo,
            head: `${headOwner}:${branch}`,
            state: 'open',
            per_page: 10
        });
        return data[0];
    }
    async createPull(head, base, title, body) {
        this.calls.push('create-pull');
        try {
            const { value } = await (0,_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .createPullOnce */ .nY)(this.gh, this.repo, {
                head,
                base,
                title,
                body: (0,_body_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .capBody */ .vE)(body),
                maintainer_can_modify: true
            });
            return value;
        }
        catch (e) {
            throw writeError(e, `open a pull request from ${head}`, this.repo);
        }
    }
    async updatePull(number, title, body) {
        this.calls.push('update-pull');
        try {
            await this.gh.rest.pulls.update({ ...this.repo, pull_number: number, title, body: (0,_body_limit_js__WEBPACK_IMPORTED_MODULE_3__/* .capBody */ .vE)(body) });
        }
        catch (e) {
            throw writeError(e, `update pull request #${number}`, this.repo);
        }
    }
    async addLabels(number, labels) {
        this.calls.push('add-labels');
        try {
            await this.gh.rest.issues.addLabels({ ...this.repo, issue_number: number, labels });
        }
        catch (e) {
            throw writeError(e, `label pull request #${number}`, this.repo);
        }
    }
    /** Forks the tap for the token's user (GitHub returns the existing fork when there is one). */
    async fork() {
        this.calls.push('create-fork');
        try {
            const { data } = await this.gh.rest.repos.createFork({ ...this.repo });
            return { owner: data.owner.login, repo: data.name };
        }
        catch (e) {
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The token in 'token' can read ${this.fullName} but not push to it, and forking it failed (${status ?? 'error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e)}). ` +
                `Give the token write access to ${this.fullName} (contents and pull requests), or use a token of a user who can fork it; the workflow GITHUB_TOKEN can do neither for another repository.`);
        }
    }
    /**
     * Creates the branch in a fork, waiting (bounded) while GitHub copies a fresh fork's git data: until
     * then the fork answers 409 "Git Repository is empty." or 422 "Object does not exist" (and 404 while
     * it is not visible at all). Each wait is logged; past the bound the step fails saying so.
     */
    async createBranchInFork(fork, branch, sha, waitsMs = FORK_WAITS_MS) {
        for (let attempt = 0;; attempt++) {
            try {
                return await this.createBranch(branch, sha, fork, true);
            }
            catch (raw) {
                if (!forkNotReady(raw))
                    throw writeError(raw, `create branch ${branch}`, fork);
                const said = `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(raw)} ${apiMessage(raw) ?? ''}`.trim();
                if (attempt >= waitsMs.length) {
                    const total = waitsMs.reduce((a, b) => a + b, 0) / 1000;
                    throw new Error(`The fork ${name(fork)} of ${this.fullName} was not ready after ${total}s (GitHub still answers ${said}): GitHub copies a new fork in the background, which can take minutes for a large tap. Re-run the step later; the fork is reused.`);
                }
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`The fork ${name(fork)} is not ready yet (${said}); GitHub copies a new fork in the background. Waiting ${waitsMs[attempt] / 1000}s (wait ${attempt + 1} of ${waitsMs.length}).`);
                await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_4__.sleep)(waitsMs[attempt]);
            }
        }
    }
    /** Commits that touched `path`, newest first, from `ref`, one page at a time. */
    async *fileHistory(path, ref, maxCommits = 200) {
        let seen = 0;
        for await (const page of this.gh.paginate.iterator(this.gh.rest.repos.listCommits, {
            ...this.repo,
            path,
            sha: ref,
            per_page: 50
        })) {
            this.calls.push('list-commits');
            for (const c of page.data) {
                yield { sha: c.sha, message: c.commit.message };
                if (++seen >= maxCommits)
                    return;
            }
        }
    }
}
/**
 * The formula's file in the tap at `ref`: the first of the target's candidate paths that exists.
 * @param input the action input that named the formula, for the error (an `InputError` then).
 * @throws when none of the candidates exists on `base`.
 */
async function findFormulaFile(tap, target, ref, base, input) {
    for (const candidate of target.candidates) {
        const file = await tap.readFile(candidate, ref);
        if (file)
            return file;
    }
    const problem = `${target.name} is not in ${tap.fullName} on ${base} (looked for ${target.candidates.join(', ')}).`;
    throw input ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, target.name, problem) : new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Formula ${problem}`);
}


/***/ }),

/***/ 54151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ diffLines),
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
/* harmony import */ var _ruby_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47030);

function toLines(text) {
    return (0,_ruby_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(text).map((l) => ({
        text: l.text + (l.eol === '\r\n' ? '\r' : ''),
        newline: l.eol !== ''
    }));
}
/**
 * The line-level edit script from `a` to `b`: kept, removed and added lines in order.
 * `tags` (one string per line of each text) further restricts which lines may match: a line only
 * matches a line with the same tag, so a caller can keep, say, a bottle block's `end` from being
 * paired with a livecheck block's `end`.
 */
function diffLines(a, b, tags) {
    const x = toLines(a);
    const y = toLines(b);
    const same = (i, j) => x[i].text === y[j].text && x[i].newline === y[j].newline && (!tags || tags[0][i] === tags[1][j]);
    let pre = 0;
    while (pre < x.length && pre < y.length && same(pre, pre))
        pre++;
    let suf = 0;
    while (suf < x.length - pre && suf < y.length - pre && same(x.length - 1 - suf, y.length - 1 - suf))
        suf++;
    const n = x.length - pre - suf;
    const m = y.length - pre - suf;
    // lcs[i][j]: LCS length of x[pre+i..] and y[pre+j..] within the middle part.
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = same(pre + i, pre + j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    for (let k = 0; k < pre; k++)
        ops.push({ op: ' ', text: x[k].text, oldIndex: k, newIndex: k });
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && same(pre + i, pre + j)) {
            ops.push({ op: ' ', text: x[pre + i].text, oldIndex: pre + i, newIndex: pre + j });
            i++;
            j++;
        }
        else if (j < m && (i === n || lcs[i][j + 1] > lcs[i + 1][j])) {
            ops.push({ op: '+', text: y[pre + j].text, oldIndex: pre + i, newIndex: pre + j });
            j++;
        }
        else {
            ops.push({ op: '-', text: x[pre + i].text, oldIndex: pre + i, newIndex: pre + j });
            i++;
        }
    }
    for (let k = 0; k < suf; k++) {
        const oi = x.length - suf + k;
        const ni = y.length - suf + k;
        ops.push({ op: ' ', text: x[oi].text, oldIndex: oi, newIndex: ni });
    }
    // Mark lines without a final newline, as diff does.
    const lastOld = x[x.length - 1];
    const lastNew = y[y.length - 1];
    for (const o of ops) {
        o.noNewline =
            (o.op !== '+' && lastOld && o.oldIndex === x.length - 1 && !lastOld.newline) ||
                (o.op !== '-' && lastNew && o.newIndex === y.length - 1 && !lastNew.newline);
    }
    return ops;
}
/**
 * A unified diff with `context` lines around each change, headed `--- a/<path>` / `+++ b/<path>`.
 * Returns '' when the texts are equal.
 */
function unifiedDiff(oldText, newText, path, context = 3) {
    if (oldText === newText)
        return '';
    const ops = diffLines(oldText, newText);
    const changed = ops.map((o, k) => (o.op !== ' ' ? k : -1)).filter((k) => k >= 0);
    const out = [`--- a/${path}`, `+++ b/${path}`];
    let h = 0;
    while (h < changed.length) {
        let start = Math.max(0, changed[h] - context);
        let end = Math.min(ops.length - 1, changed[h] + context);
        while (h + 1 < changed.length && changed[h + 1] - context <= end + 1) {
            h++;
            end = Math.min(ops.length - 1, changed[h] + context);
        }
        h++;
        const hunk = ops.slice(start, end + 1);
        const oldCount = hunk.filter((o) => o.op !== '+').length;
        const newCount = hunk.filter((o) => o.op !== '-').length;
        const first = hunk[0];
        const oldStart = oldCount ? first.oldIndex + 1 : first.oldIndex;
        const newStart = newCount ? first.newIndex + 1 : first.newIndex;
        out.push(`@@ -${oldStart}${oldCount === 1 ? '' : ',' + oldCount} +${newStart}${newCount === 1 ? '' : ',' + newCount} @@`);
        for (const o of hunk) {
            out.push(o.op + o.text);
            if (o.noNewline)
                out.push('\\ No newline at end of file');
        }
        start = end;
    }
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 86757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L0: () => (/* binding */ commitFileOnce),
/* harmony export */   L2: () => (/* binding */ createCommentOnce),
/* harmony export */   PU: () => (/* binding */ createRefOnce),
/* harmony export */   _f: () => (/* binding */ deleteRefOnce),
/* harmony export */   dp: () => (/* binding */ closeIssueOnce),
/* harmony export */   nY: () => (/* binding */ createPullOnce),
/* harmony export */   os: () => (/* binding */ deleteReleaseOnce),
/* harmony export */   xE: () => (/* binding */ createIssueOnce)
/* harmony export */ });
/* unused harmony export gitBlobSha */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6619);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40474);




/*
 * The creating writes of every action, each with its own "did it land?" lookup (write-once.ts runs
 * the loop). Nothing here is called before the first attempt fails, except `checkFirst` lookups that
 * make a re-run after a partial failure converge.
 */
const name = (repo) => `${repo.owner}/${repo.repo}`;
/** True when the body carries the marker (a hidden HTML comment) anywhere. */
const carries = (body, marker) => marker === undefined || (body ?? '').includes(marker);
/**
 * Creates an issue once. A lost answer is recovered by listing the newest open issues for one written by
 * the token's identity with the same title and carrying `marker`.
 */
async function createIssueOnce(gh, repo, issue, marker, identity) {
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `create issue ${JSON.stringify(issue.title)} in ${name(repo)}`,
        write: async () => (await gh.rest.issues.create({ ...repo, ...issue, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW }))
            .data,
        landed: async () => {
            const me = identity ?? (await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__.getTokenIdentity)(gh));
            // A landed create is seconds old: the first page of the newest issues holds it.
            const { data } = await gh.rest.issues.listForRepo({
                ...repo,
                state: 'open',
                sort: 'created',
                direction: 'desc',
                per_page: 30
            });
            return data.find((i) => !i.pull_request && i.title === issue.title && carries(i.body, marker) && (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isAuthoredBy */ .mx)(i, me));
        }
    });
}
/** The newest comment on an issue written by `identity` (and carrying `marker`, when given). */
async function newestOwnComment(gh, repo, issue, identity, marker) {
    const all = (await gh.paginate(gh.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100
    }));
    return all.filter((c) => (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .isAuthoredBy */ .mx)(c, identity) && carries(c.body, marker)).pop();
}
/**
 * Posts a comment once. A lost answer is recovered when the newest comment the token's identity wrote
 * on the issue (carrying `marker`, when given) has exactly this body. With `checkFirst` that lookup
 * also runs before the first attempt, so a re-run does not repeat a comment that is already the last
 * word (dependency-watch's closing comment).
 */
async function createCommentOnce(gh, repo, issue, body, options = {}) {
    const landed = async () => {
        const me = options.identity ?? (await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__.getTokenIdentity)(gh));
        const newest = await newestOwnComment(gh, repo, issue, me, options.marker);
        return newest && newest.body === body ? newest : undefined;
    };
    if (options.checkFirst) {
        const found = await landed();
        if (found)
            return { value: found, recovered: true, attempts: 0 };
    }
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `comment on #${issue} in ${name(repo)}`,
        write: async () => (await gh.rest.issues.createComment({ ...repo, issue_number: issue, body, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW }))
            .data,
        landed
    });
}
/** Closes an issue (optionally updating its body); a lost answer is recovered by reading its state. */
async function closeIssueOnce(gh, repo, issue, change = {}) {
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `close #${issue} in ${name(repo)}`,
        write: async () => (await gh.rest.issues.update({
            ...repo,
            issue_number: issue,
            state: 'closed',
            ...change,
            request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW
        })).data,
        landed: async () => {
            const { data } = await gh.rest.issues.get({ ...repo, issue_number: issue });
            const closed = data.state === 'closed' && (change.body === undefined || data.body === change.body);
            return closed ? { number: data.number, state: data.state } : undefined;
        }
    });
}
/**
 * Opens a pull request once; a lost answer is recovered by listing the open pull requests of
 * `owner:branch` into `base`. `head` is `branch` or `owner:branch` (a fork).
 */
async function createPullOnce(gh, repo, pull) {
    const head = pull.head.includes(':') ? pull.head : `${repo.owner}:${pull.head}`;
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `open a pull request from ${head} in ${name(repo)}`,
        write: async () => (await gh.rest.pulls.create({ ...repo, ...pull, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW })).data,
        landed: async () => {
            const { data } = await gh.rest.pulls.list({
                ...repo,
                head,
                base: pull.base,
                state: 'open',
                per_page: 10
            });
            return data[0];
        }
    });
}
/**
 * Creates a ref once; a lost answer is recovered when the ref exists pointing at `sha`. A ref that
 * exists elsewhere fails as GitHub says (422), for the caller to handle.
 */
async function createRefOnce(gh, repo, ref, sha) {
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `create ${ref} in ${name(repo)}`,
        write: async () => {
            await gh.rest.git.createRef({ ...repo, ref, sha, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW });
            return { ref, sha };
        },
        landed: async () => {
            try {
                const { data } = await gh.rest.git.getRef({ ...repo, ref: ref.replace(/^refs\//, '') });
                return data.object.sha === sha ? { ref, sha } : undefined;
            }
            catch (e) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 404)
                    return undefined;
                throw e;
            }
        }
    });
}
/** git's blob id of some bytes (`git hash-object`). */
function gitBlobSha(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/**
 * Commits one file on a branch through the contents API, once. A lost answer is recovered when the
 * branch head's tree holds exactly the intended bytes at `path` (and the head moved from `parent`, when
 * given): that head is the landed commit. Replaying instead would send a stale blob sha (409).
 */
async function commitFileOnce(gh, repo, file) {
    const bytes = Buffer.from(file.text, 'utf8');
    const intended = gitBlobSha(bytes);
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `commit ${file.path} on ${file.branch} in ${name(repo)}`,
        write: async () => {
            const { data } = await gh.rest.repos.createOrUpdateFileContents({
                ...repo,
                path: file.path,
                message: file.message,
                content: bytes.toString('base64'),
                ...(file.sha ? { sha: file.sha } : {}),
                branch: file.branch,
                request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW
            });
            return { commitSha: data.commit.sha };
        },
        landed: async () => {
            const { data: branch } = await gh.rest.repos.getBranch({ ...repo, branch: file.branch });
            const head = branch.commit.sha;
            if (file.parent && head === file.parent)
                return undefined;
            try {
                const { data } = await gh.rest.repos.getContent({ ...repo, path: file.path, ref: head });
                return !Array.isArray(data) && data.sha === intended ? { commitSha: head } : undefined;
            }
            catch (e) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 404)
                    return undefined;
                throw e;
            }
        }
    });
}
/** Resolves to `value` when `read` answers 404 (the thing is gone), to undefined when it still answers. */
async function goneAfter(read, value) {
    try {
        await read();
        return undefined;
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorStatus */ .v9)(e) === 404)
            return value;
        throw e;
    }
}
/**
 * Deletes a git ref once (`ref` as the API takes it: `tags/v1.2.3`, `heads/topic`). A replay after a
 * lost answer would get 422 "Reference does not exist" for a delete that landed; instead the ref is
 * read, and a ref that is gone is the delete landed.
 */
async function deleteRefOnce(gh, repo, ref) {
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `delete ${ref} in ${name(repo)}`,
        write: async () => {
            await gh.rest.git.deleteRef({ ...repo, ref, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW });
            return { ref };
        },
        landed: () => goneAfter(() => gh.rest.git.getRef({ ...repo, ref }), { ref })
    });
}
/**
 * Deletes a release once; a replay after a lost answer would get 404 for a delete that landed, so the
 * release is read instead, and a release that is gone is the delete landed. Its tag is not touched.
 */
async function deleteReleaseOnce(gh, repo, releaseId) {
    return (0,_write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOnce */ .Fq)({
        what: `delete release ${releaseId} in ${name(repo)}`,
        write: async () => {
            await gh.rest.repos.deleteRelease({ ...repo, release_id: releaseId, request: _write_once_js__WEBPACK_IMPORTED_MODULE_3__/* .SEND_ONCE */ .tW });
            return { id: releaseId };
        },
        landed: () => goneAfter(() => gh.rest.repos.getRelease({ ...repo, release_id: releaseId }), { id: releaseId })
    });
}


/***/ })

};
