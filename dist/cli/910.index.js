export const id = 910;
export const ids = [910,655,828,447];
export const modules = {

/***/ 13529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bumpAll: () => (/* binding */ bumpAll)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/github.ts
var github = __webpack_require__(60662);
// EXTERNAL MODULE: ./packages/core/src/credentials.ts
var credentials = __webpack_require__(20655);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var src_inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./actions/homebrew-bump/src/ruby-values.ts
var ruby_values = __webpack_require__(91555);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/version-compare.ts

// Homebrew compares versions token by token (numbers numerically, pre-release words before
// releases). semver decides where both sides are semver; elsewhere a segment-wise compare close to
// Homebrew's: split on . _ - +, numbers compare as numbers, a word after a number marks a pre-release
// (1.0rc1 < 1.0) unless it is a known post-release word (p, patch, post).
const PRERELEASE_WORD = /^(alpha|a|beta|b|rc|pre|preview|dev|snapshot|nightly|canary|m)$/i;
const PRERELEASE_IN_TEXT = /(^|[^A-Za-z])(alpha|beta|rc|pre|preview|dev|snapshot|nightly|canary)(\d|[^A-Za-z]|$)/i;
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
/** True for `1.3.0-rc.1`, `2.0.0-beta`, `1.0alpha2`: a version Homebrew users should not get by default. */
function isPrerelease(version) {
    const s = semver_default().valid(version, { loose: true });
    if (s)
        return semver_default().prerelease(s, { loose: true }) !== null;
    return PRERELEASE_IN_TEXT.test(version);
}
/**
 * The version Homebrew would read from a download URL when the formula has no `version` line
 * (close to `Version.parse` for the shapes release tooling produces).
 */
function versionFromUrl(url) {
    let path;
    try {
        path = decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return undefined;
    }
    const release = /\/releases\/download\/(?:[A-Za-z][\w.-]*?[-_@])?v?(\d[^/]*)\//.exec(path);
    if (release)
        return release[1];
    const archive = /\/archive\/(?:refs\/tags\/)?(?:[A-Za-z][\w.-]*?[-_@])?v?(\d[^/]*?)\.(?:tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/.exec(path);
    if (archive)
        return archive[1];
    const base = path.split('/').pop() ?? '';
    const stem = base.replace(/\.(tar\.(gz|bz2|xz|zst|lz)|tgz|tbz2?|txz|zip|gem|jar|pkg|dmg|7z|xz|gz|bz2)$/i, '');
    const m = /(?:^|[-_.]|v)(\d+(?:\.\d+)+(?:[-.]?(?:rc|beta|alpha|pre)\.?\d*)?)(?=$|[-_+])/i.exec(stem);
    return m?.[1];
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/bump-plan.ts



const PLACEHOLDER = /\{([a-z]+)\}/g;
/** Expands `{version}`, `{tag}` and `{formula}` in a url template, then checks the result. */
function expandTemplate(input, template, values) {
    const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(p in values));
    if (unknown.length)
        throw new errors/* ConfigurationError */.j1(`Input '${input}': unknown placeholder {${unknown[0]}} in ${JSON.stringify(template)}; use {version}, {tag} or {formula}.`);
    const url = template.replace(PLACEHOLDER, (_, p) => values[p]);
    const problem = (0,ruby_values/* urlProblem */.rn)(url);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`Input '${input}': ${problem}`);
    return url;
}
/** The version the formula is at: its `version` line, else the one its url(s) carry. */
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
/**
 * Works out each download's new url (from `url`, `urls`, or the old url with the version replaced),
 * its sha256 when given, and its mirrors.
 * @throws ConfigurationError when the inputs do not fit the formula's shape.
 */
function planDownloads(model, request, fromVersion) {
    const values = { version: request.version, tag: request.tag, formula: request.formula };
    const keys = model.downloads.map((d) => d.key);
    const platformShape = !(keys.length === 1 && keys[0] === 'all');
    if (request.url && platformShape) {
        throw new errors/* ConfigurationError */.j1(`Input 'url': formula ${request.formula} has one download per platform (${keys.join(', ')}); give them in 'urls' as lines such as ${keys[0]}=https://….`);
    }
    if (request.sha256 && model.downloads.length > 1) {
        throw new errors/* ConfigurationError */.j1(`Input 'sha256': formula ${request.formula} has ${model.downloads.length} downloads (${keys.join(', ')}); give them in 'sha256s'.`);
    }
    for (const [input, map] of [
        ['urls', request.urls],
        ['sha256s', request.sha256s]
    ]) {
        if (!map)
            continue;
        const unused = [...map.keys()].filter((k) => !keys.includes(k));
        if (unused.length) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}': formula ${request.formula} has no download for ${unused.join(', ')}; its downloads are: ${keys.join(', ')}.`);
        }
    }
    if (request.urls) {
        const missing = keys.filter((k) => !request.urls.has(k));
        if (missing.length)
            throw new errors/* ConfigurationError */.j1(`Input 'urls': no url for ${missing.join(', ')} of formula ${request.formula}; give one line per platform (${keys.join(', ')}).`);
    }
    const versionChanged = fromVersion !== request.version;
    return model.downloads.map((d) => {
        let url;
        const template = request.urls?.get(d.key) ?? request.url;
        if (template)
            url = expandTemplate(request.urls ? 'urls' : 'url', template, values);
        else if (!versionChanged)
            url = d.url.value;
        else if (fromVersion && d.url.value.includes(fromVersion)) {
            url = replaceAll(d.url.value, fromVersion, request.version);
            const problem = (0,ruby_values/* urlProblem */.rn)(url);
            if (problem)
                throw new errors/* ConfigurationError */.j1(`The url of ${request.formula} with the new version is not usable: ${problem} Pass 'url'.`);
        }
        else {
            throw new errors/* ConfigurationError */.j1(`Formula ${request.formula}: its url ${d.url.value} does not contain its current version (${fromVersion ?? 'unknown'}), so the new url cannot be derived; pass 'url' (or 'urls').`);
        }
        const given = request.sha256s?.get(d.key) ?? request.sha256;
        const notes = [];
        const mirrors = d.mirrors.map((m) => {
            if (!versionChanged)
                return m.value;
            if (fromVersion && m.value.includes(fromVersion)) {
                const next = replaceAll(m.value, fromVersion, request.version);
                if (!(0,ruby_values/* urlProblem */.rn)(next))
                    return next;
            }
            notes.push(`mirror ${m.value} removed: it does not follow the version`);
            return null;
        });
        const sha256 = given ?? (url === d.url.value ? d.sha256.value.toLowerCase() : undefined);
        return {
            key: d.key,
            oldUrl: d.url.value,
            url,
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
            return { url: p.url, sha256: p.sha256, mirrors: p.mirrors };
        }),
        version,
        removeRevision: versionChanged,
        removeBottles: versionChanged && bottles === 'remove'
    };
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/ruby-lexer.ts
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/formula-structure.ts

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
const PLATFORM_BLOCKS = {
    on_macos: { os: 'darwin' },
    on_linux: { os: 'linux' },
    on_arm: { arch: 'arm64' },
    on_intel: { arch: 'amd64' }
};
const OPENERS_AT_START = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'for']);
const ALWAYS_OPENERS = new Set(['def', 'class', 'module']);
const VALUE_POSITION_WORDS = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'in']);
/**
 * Parses a platform condition (`OS.mac?`, `Hardware::CPU.arm? and Hardware::CPU.is_64_bit?`, …).
 * @returns the platform, or undefined when the condition is not purely about os/arch.
 */
function parsePlatformCondition(text) {
    const terms = text
        .trim()
        .replace(/\s+then$/, '')
        .split(/\s*(?:&&|\band\b)\s*/)
        .map((s) => s.trim().replace(/^\((.*)\)$/, '$1'));
    let os;
    let cpu;
    let bits;
    for (const term of terms) {
        let o;
        let c;
        let b;
        if (term === 'OS.mac?')
            o = 'darwin';
        else if (term === 'OS.linux?')
            o = 'linux';
        else if (term === 'Hardware::CPU.arm?')
            c = 'arm';
        else if (term === 'Hardware::CPU.intel?')
            c = 'intel';
        else if (term === 'Hardware::CPU.is_64_bit?')
            b = 64;
        else if (term === '!Hardware::CPU.is_64_bit?' || term === 'Hardware::CPU.is_32_bit?')
            b = 32;
        else
            return undefined;
        if ((o && os && o !== os) || (c && cpu && c !== cpu) || (b && bits && b !== bits))
            return undefined;
        os = o ?? os;
        cpu = c ?? cpu;
        bits = b ?? bits;
    }
    const platform = {};
    if (os)
        platform.os = os;
    if (cpu === 'arm')
        platform.arch = bits === 32 ? 'arm' : 'arm64';
    else if (cpu === 'intel')
        platform.arch = bits === 32 ? '386' : 'amd64';
    else if (bits)
        return undefined;
    return platform;
}
/** Combines nested platforms; undefined when they contradict (a block that can never run). */
function mergePlatform(outer, inner) {
    if (outer.os && inner.os && outer.os !== inner.os)
        return undefined;
    if (outer.arch && inner.arch && outer.arch !== inner.arch)
        return undefined;
    return { ...outer, ...inner };
}
/** The `else` of a single-dimension platform condition. */
function negate(condition) {
    if (!condition)
        return undefined;
    const keys = Object.keys(condition);
    if (keys.length !== 1)
        return undefined;
    if (condition.os)
        return { os: condition.os === 'darwin' ? 'linux' : 'darwin' };
    if (condition.arch === 'arm64')
        return { arch: 'amd64' };
    if (condition.arch === 'amd64')
        return { arch: 'arm64' };
    return undefined;
}
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
    const lexed = lexRuby(text);
    const lines = [];
    const bottles = [];
    const problems = [];
    let nextId = 1;
    const top = { region: 'unknown', platform: {}, id: 0, start: 0 };
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
                const cond = elsif ? parsePlatformCondition(elsif[1]) : negate(frame.condition);
                // An elsif on another dimension than the if (`if OS.mac? … elsif Hardware::CPU.arm?`) also
                // carries the negation of the if; only the same-dimension form is simple enough to place.
                const sameDimension = elsif &&
                    cond &&
                    frame.condition &&
                    Object.keys(cond).join() === Object.keys(frame.condition).join();
                const merged = cond && (!elsif || sameDimension) && parent.region === 'stable'
                    ? mergePlatform(parent.platform, cond)
                    : undefined;
                frame.region = merged ? 'stable' : parent.region === 'skip' ? 'skip' : 'unknown';
                frame.platform = merged ?? parent.platform;
                frame.condition = cond;
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
        return { region: 'stable', platform: {}, id, start: index, classFrame: true, name: 'class' };
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
            const merged = mergePlatform(parent.platform, PLATFORM_BLOCKS[platformBlock[1]]);
            return merged
                ? { region: 'stable', platform: merged, id, start: index, name: platformBlock[1] }
                : inherit('unknown');
        }
        return inherit('unknown', { name });
    }
    if (keyword === 'if') {
        const m = /^if\s+(.+?)\s*$/.exec(statement);
        const cond = m ? parsePlatformCondition(m[1]) : undefined;
        const merged = cond ? mergePlatform(parent.platform, cond) : undefined;
        if (merged)
            return {
                region: 'stable',
                platform: merged,
                id,
                start: index,
                condition: cond,
                isIf: true,
                name: 'if'
            };
        return { ...inherit('unknown'), isIf: true, name: 'if' };
    }
    return inherit('unknown', { name: keyword });
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/formula-model.ts

const STATEMENT = /^(\s*)(url|mirror|sha256|version)(\s+|\()(["'])([^"'\\]*)\4(\)?)(.*)$/;
const REVISION = /^\s*revision\s+(\d+)\s*(#.*)?$/;
/** The key a platform is named by in `urls`/`sha256s`. */
function platformKey(p) {
    if (p.os && p.arch)
        return `${p.os}-${p.arch}`;
    return p.os ?? p.arch ?? 'all';
}
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
    const downloads = [];
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
        downloads.push({
            blockId,
            platform: b.platform,
            key: platformKey(b.platform),
            url: b.url.ref,
            urlOptions: b.url.options,
            sha256: b.sha256,
            mirrors: b.mirrors
        });
    }
    downloads.sort((a, b) => a.url.line - b.url.line);
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/formula-editor.ts


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
    const lines = splitLines(text);
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
    return { text: joinLines(kept), changes: [...new Set(changes)] };
}
/**
 * Re-reads an edited formula and checks it says what the plan asked for: the same downloads with the
 * new values, the version lines, no revision or bottle left when they were removed.
 * @returns the problems found; empty when the edit reads back correctly.
 */
function verifyEdit(before, after, plan) {
    const model = readFormula(after);
    const problems = [...model.problems];
    const values = downloadValues(model);
    if (values.length !== before.downloads.length) {
        problems.push(`expected ${before.downloads.length} download(s) after the edit, read ${values.length}`);
        return problems;
    }
    for (const [i, d] of before.downloads.entries()) {
        const want = plan.downloads[i];
        const got = values[i];
        if (got.key !== d.key)
            problems.push(`download ${i + 1}: platform ${got.key}, expected ${d.key}`);
        if (got.url !== want.url)
            problems.push(`${d.key}: url reads ${got.url}, expected ${want.url}`);
        if (got.sha256 !== want.sha256.toLowerCase())
            problems.push(`${d.key}: sha256 reads ${got.sha256}, expected ${want.sha256}`);
        const mirrors = want.mirrors.filter((m) => typeof m === 'string');
        if (got.mirrors.join('\n') !== mirrors.join('\n'))
            problems.push(`${d.key}: mirrors read ${got.mirrors.join(', ')}`);
    }
    if (plan.version !== undefined) {
        for (const v of model.versions)
            if (v.value !== plan.version)
                problems.push(`version reads ${v.value}, expected ${plan.version}`);
    }
    if (plan.removeRevision && model.revisions.length)
        problems.push('a revision line is left');
    if (plan.removeBottles && model.bottles.length)
        problems.push('a bottle block is left');
    return problems;
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/unified-diff.ts

function toLines(text) {
    return splitLines(text).map((l) => ({
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/rollback-restore.ts



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
    const oldLines = splitLines(oldText);
    const curLines = splitLines(currentText);
    const tag = (set, n) => Array.from({ length: n }, (_, i) => (set.managed.has(i) ? 'value' : set.bottle.has(i) ? 'bottle' : ''));
    const ops = diffLines(currentText, oldText, [tag(cur, curLines.length), tag(prev, oldLines.length)]);
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
    return { text: joinLines(out), keptHunks };
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/formula-bump.ts






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
    if (fromVersion && compareVersions(request.version, fromVersion) < 0 && !options.allowDowngrade) {
        throw new errors/* ConfigurationError */.j1(`Formula ${request.formula} is at ${fromVersion}; ${request.version} is older. Set allow-downgrade: true to bump down, or use rollback-to: ${request.version} to restore that version from the tap's history.`);
    }
    const versionChanged = fromVersion !== request.version;
    const planned = planDownloads(model, request, fromVersion);
    const notes = planned.flatMap((p) => p.notes);
    const changes = [];
    for (const p of planned) {
        if (p.sha256)
            continue;
        const found = await options.resolveSha256(p.url);
        p.sha256 = found.sha256;
        notes.push(`sha256${p.key === 'all' ? '' : ` (${p.key})`} ${found.sha256} from ${found.source}`);
    }
    const plan = editPlanFor(planned, request.version, versionChanged, request.bottles);
    const edited = applyEdit(text, model, plan);
    const problems = verifyEdit(model, edited.text, plan);
    if (problems.length)
        throw new Error(`The edited formula ${path} does not read back as planned: ${problems.join('; ')}`);
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/formula-run.ts




// What the local and the API runners share: the request for one formula, its result record, and
// the change (a bump, or a rollback from history) computed from a formula text.
function requestFor(inputs, target) {
    return {
        formula: target.name,
        version: inputs.version,
        tag: inputs.tag,
        url: inputs.url,
        urls: inputs.urls,
        sha256: inputs.sha256,
        sha256s: inputs.sha256s,
        bottles: inputs.bottles
    };
}
function commitMessage(inputs, formula) {
    return (inputs.commitMessage ??
        (inputs.rollback ? `${formula}: roll back to ${inputs.version}` : `${formula} ${inputs.version}`));
}
function baseResult(inputs, target) {
    return {
        formula: target.name,
        status: 'failed',
        toVersion: inputs.version,
        diff: '',
        downloads: [],
        changes: [],
        notes: []
    };
}
function fill(result, change, path) {
    result.path = path;
    result.fromVersion = change.fromVersion;
    result.downloads = change.downloads;
    result.changes = change.changes;
    result.notes.push(...change.notes);
    result.diff = unifiedDiff(change.before, change.after, path);
}
async function changeFor(inputs, target, path, text, resolve, history) {
    if (!inputs.rollback) {
        const request = requestFor(inputs, target);
        return {
            compute: (t) => bumpFormulaText(t, path, request, { allowDowngrade: inputs.allowDowngrade, resolveSha256: resolve })
        };
    }
    if (formulaVersion(text) === inputs.version) {
        return { compute: async (t) => ({ ...rollbackFormulaText(t, t, path, target.name, inputs.version) }) };
    }
    const hit = await history();
    return {
        compute: async (t) => rollbackFormulaText(t, hit.text, path, target.name, inputs.version),
        restoredFrom: hit.sha
    };
}
function fail(report, result, e) {
    result.status = 'failed';
    result.error = (0,errors/* getErrorMessage */.u1)(e);
    report.fail(result.formula, result.error);
    if (!(e instanceof errors/* ConfigurationError */.j1) && e instanceof Error && e.stack)
        core/* debug */.Yz(e.stack);
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/history-search.ts


/**
 * Finds the newest commit at which the formula was at `version`: walking the formula's commits
 * newest first, the first whose file reads that version. That is the commit that set it, or a later
 * one that kept it (a revision bump), whose values are the ones to restore.
 * @throws ConfigurationError when no commit within `maxReads` file reads has that version.
 */
async function findVersionInHistory(commits, readAt, version, where, maxReads = 50) {
    let reads = 0;
    const seenVersions = [];
    for await (const c of commits) {
        if (reads >= maxReads)
            break;
        reads++;
        const text = await readAt(c.sha);
        if (text === undefined)
            continue;
        const v = formulaVersion(text);
        if (v === version)
            return { sha: c.sha, message: c.message, text };
        if (v && !seenVersions.includes(v))
            seenVersions.push(v);
    }
    throw new errors/* ConfigurationError */.j1(`Input 'rollback-to': no commit in the history of ${where} has version ${version} (read ${reads} commit(s); versions seen: ${seenVersions.join(', ') || 'none'}).`);
}

// EXTERNAL MODULE: ./actions/homebrew-bump/src/inputs.ts + 1 modules
var homebrew_bump_src_inputs = __webpack_require__(27969);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/summary.ts

const STATUS = {
    changed: { status: 'pass', text: 'changed' },
    'would-change': { status: 'info', text: 'would change (dry-run)' },
    'up-to-date': { status: 'pass', text: 'up to date' },
    skipped: { status: 'skip', text: 'skipped' },
    failed: { status: 'fail', text: 'failed' }
};
function valuesTable(result) {
    return result.downloads.map((d) => [
        d.key === 'all' ? 'all' : d.key,
        d.url,
        d.sha256 ?? '(not computed)',
        d.mirrors.filter(Boolean).join(', ') || '—'
    ]);
}
/** The default pull request body: what changed, the new values, and the diff. */
function pullRequestBody(result, inputs) {
    const what = inputs.rollback
        ? `Rolls **${result.formula}** back from ${result.fromVersion ?? 'its current version'} to ${result.toVersion}${result.restoredFrom ? ` (values from ${result.restoredFrom})` : ''}.`
        : `Bumps **${result.formula}** from ${result.fromVersion ?? 'its current version'} to ${result.toVersion}.`;
    const rows = valuesTable(result).map((r) => `| ${r[0]} | ${r[1]} | \`${r[2]}\` |`);
    return [
        what,
        '',
        '| platform | url | sha256 |',
        '| --- | --- | --- |',
        ...rows,
        '',
        ...result.notes.map((n) => `- ${n}`),
        '',
        '<details><summary>Diff</summary>',
        '',
        '```diff',
        result.diff.trimEnd(),
        '```',
        '',
        '</details>',
        '',
        'Opened by release-kit homebrew-bump.'
    ].join('\n');
}
/** Writes the job summary (diff, pull request link, new values per formula) and the outputs. */
function writeSummary(report, results, inputs, requests) {
    const where = inputs.mode === 'local' ? `local tap ${inputs.tapPath}` : `${inputs.tap.owner}/${inputs.tap.repo}`;
    const verb = inputs.rollback ? `roll back to ${inputs.version}` : `bump to ${inputs.version}`;
    report.text(`${inputs.dryRun ? 'Dry run: ' : ''}${verb} in ${where} (mode: ${inputs.mode}).`);
    if (results.length > 1) {
        report.table(['formula', 'path', 'from', 'to', 'result', 'pull request'], results.map((r) => [
            r.formula,
            r.path ?? '',
            r.fromVersion ?? '',
            r.toVersion,
            STATUS[r.status].text,
            r.pullRequest ? `#${r.pullRequest.number} (${r.pullRequest.result})` : ''
        ]));
    }
    for (const r of results) {
        report.heading(`${r.formula}${r.path ? ` (${r.path})` : ''}`, 3);
        const s = STATUS[r.status];
        const versions = r.fromVersion && r.fromVersion !== r.toVersion ? `${r.fromVersion} → ${r.toVersion}` : r.toVersion;
        report.status(s.status, `${s.text}: ${versions}${r.error ? ` — ${r.error}` : ''}`);
        if (r.pullRequest)
            report.text(`Pull request [#${r.pullRequest.number}](${r.pullRequest.url}) ${r.pullRequest.result}${r.fork ? ` from the fork ${r.fork}` : ''}, branch \`${r.branch}\`.`);
        if (r.commitSha)
            report.text(`Commit \`${r.commitSha}\`.`);
        if (r.restoredFrom)
            report.text(`Values restored from commit \`${r.restoredFrom}\`.`);
        if (r.downloads.length && r.status !== 'failed')
            report.table(['platform', 'url', 'sha256', 'mirrors'], valuesTable(r));
        const notes = [...r.changes.map((c) => `changed: ${c}`), ...r.notes];
        if (notes.length)
            report.list(notes);
        if (r.diff && r.status !== 'up-to-date')
            report.code(r.diff, 'diff');
    }
    if (requests)
        report.text(`GitHub API requests: ${requests.length} (${requests.join(', ')}).`);
    const several = results.length > 1;
    const per = (f) => several ? results.map((r) => f(r) ?? '').join('\n') : (f(results[0]) ?? '');
    report.output(homebrew_bump_src_inputs/* Outputs */.tY.PullRequestUrl, per((r) => r.pullRequest?.url));
    report.output(homebrew_bump_src_inputs/* Outputs */.tY.PullRequestNumber, per((r) => (r.pullRequest ? String(r.pullRequest.number) : undefined)));
    report.output(homebrew_bump_src_inputs/* Outputs */.tY.CommitSha, per((r) => r.commitSha));
    report.output(homebrew_bump_src_inputs/* Outputs */.tY.Changed, String(results.some((r) => r.status === 'changed' || r.status === 'would-change')));
    report.output(homebrew_bump_src_inputs/* Outputs */.tY.Diff, results.map((r) => (r.status === 'up-to-date' ? '' : r.diff)).join(''));
    report.data.formulas = results.map((r) => ({ ...r, diff: undefined, hasDiff: r.diff !== '' }));
    if (requests)
        report.data.requests = requests;
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/bump-api.ts







async function findTapFile(tap, target, ref, base) {
    for (const candidate of target.candidates) {
        const file = await tap.readFile(candidate, ref);
        if (file)
            return file;
    }
    throw new errors/* ConfigurationError */.j1(`Input 'formula': ${target.name} is not in ${tap.fullName} on ${base} (looked for ${target.candidates.join(', ')}).`);
}
/** Bumps one formula through the API: push to the base branch, or a branch and pull request. */
async function bumpViaApi(ctx, target, result) {
    const { inputs, report, tap } = ctx;
    const file = await findTapFile(tap, target, ctx.baseSha, ctx.base);
    const { compute, restoredFrom } = await changeFor(inputs, target, file.path, file.text, ctx.resolve, () => findVersionInHistory(tap.fileHistory(file.path, ctx.baseSha), async (sha) => (await tap.readFile(file.path, sha))?.text, inputs.version, `${file.path} in ${tap.fullName}`));
    result.restoredFrom = restoredFrom;
    const change = await compute(file.text);
    fill(result, change, file.path);
    if (change.status === 'up-to-date') {
        result.status = 'up-to-date';
        report.write({
            kind: 'formula',
            target: `${tap.fullName}/${file.path}`,
            result: 'unchanged',
            reason: `already at ${inputs.version} on ${ctx.base}`
        });
        return;
    }
    const message = commitMessage(inputs, target.name);
    if (inputs.dryRun) {
        result.status = 'would-change';
        const how = inputs.mode === 'push'
            ? `push to ${ctx.base}`
            : `pull request${ctx.access.push === false ? ' from a fork' : ''}`;
        report.write({
            kind: 'formula',
            target: `${tap.fullName}/${file.path}`,
            result: 'skipped',
            reason: `dry-run: would ${how}`
        });
        return;
    }
    if (inputs.mode === 'push') {
        result.commitSha = await tap.writeFile(file, change.after, ctx.base, message);
        result.status = 'changed';
        report.write({
            kind: 'commit',
            target: `${tap.fullName}@${ctx.base}: ${file.path}`,
            result: 'created',
            reason: result.commitSha.slice(0, 12)
        });
        return;
    }
    // Pull request: the branch lives in the tap, or in a fork when the token cannot push.
    if (!ctx.headRepo)
        ctx.headRepo = ctx.access.push === false ? await tap.fork() : tap.repo;
    const head = ctx.headRepo;
    const isFork = head.owner !== tap.repo.owner || head.repo !== tap.repo.repo;
    if (isFork)
        result.fork = `${head.owner}/${head.repo}`;
    const branch = inputs.branch ?? `${inputs.rollback ? 'rollback' : 'bump'}-${target.name}-${inputs.version}`;
    if (!(0,src_inputs/* isValidTag */.r_)(branch))
        throw new errors/* ConfigurationError */.j1(`Input 'branch': the branch name ${JSON.stringify(branch)} is not valid in git; pass 'branch'.`);
    result.branch = branch;
    const title = inputs.prTitle ?? message;
    const created = isFork
        ? await tap.createBranchInFork(head, branch, ctx.baseSha)
        : await tap.createBranch(branch, ctx.baseSha, head);
    let pull = created === 'exists' ? await tap.findOpenPull(head.owner, branch) : undefined;
    if (created === 'exists' && pull) {
        // An open pull request from this branch: bring its formula to the target, never open a second one.
        const onBranch = (await tap.readFile(file.path, branch, head)) ?? file;
        const again = await compute(onBranch.text);
        if (again.after === onBranch.text) {
            result.status = 'up-to-date';
            result.pullRequest = { number: pull.number, url: pull.html_url, result: 'unchanged' };
            report.write({
                kind: 'pull-request',
                target: `${tap.fullName}#${pull.number}`,
                result: 'unchanged',
                reason: `branch ${branch} already has ${inputs.version}`,
                url: pull.html_url
            });
            return;
        }
        result.commitSha = await tap.writeFile(onBranch, again.after, branch, message, head);
        result.status = 'changed';
        result.diff = unifiedDiff(onBranch.text, again.after, file.path);
        result.pullRequest = { number: pull.number, url: pull.html_url, result: 'updated' };
        report.write({
            kind: 'pull-request',
            target: `${tap.fullName}#${pull.number}`,
            result: 'updated',
            reason: `new commit on ${branch}`,
            url: pull.html_url
        });
        return;
    }
    if (created === 'exists') {
        // A branch left from a closed pull request: start it again from the base.
        await tap.resetBranch(branch, ctx.baseSha, head);
        result.notes.push(`branch ${branch} existed without an open pull request; it was reset to ${ctx.base}`);
    }
    result.commitSha = await tap.writeFile(file, change.after, branch, message, head);
    pull = await tap.createPull(`${head.owner}:${branch}`, ctx.base, title, inputs.prBody ?? pullRequestBody(result, inputs));
    if (inputs.labels.length) {
        try {
            await tap.addLabels(pull.number, inputs.labels);
        }
        catch (e) {
            // Labelling needs triage access on the tap, which a fork's owner usually lacks: the pull
            // request stands, so say so instead of failing a bump that worked.
            if (!isFork)
                throw e;
            const why = `labels ${inputs.labels.join(', ')} not added to #${pull.number}: the fork's token cannot label pull requests in ${tap.fullName}`;
            result.notes.push(why);
            core/* warning */.$e(why);
        }
    }
    result.status = 'changed';
    result.pullRequest = { number: pull.number, url: pull.html_url, result: 'created' };
    report.write({
        kind: 'pull-request',
        target: `${tap.fullName}#${pull.number}`,
        result: 'created',
        reason: `from ${head.owner}:${branch}`,
        url: pull.html_url
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/tap-local.ts





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Finds and reads a formula in the tap directory. @throws ConfigurationError when it is not there. */
function readLocalFormula(tapPath, target) {
    if (!(0,external_node_fs_.existsSync)(tapPath) || !(0,external_node_fs_.statSync)(tapPath).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Input 'tap-path': ${JSON.stringify(tapPath)} is not a directory; check out the tap there first.`);
    }
    for (const candidate of target.candidates) {
        const absolute = external_node_path_default().join(tapPath, candidate);
        if ((0,external_node_fs_.existsSync)(absolute) && (0,external_node_fs_.statSync)(absolute).isFile())
            return { path: candidate, absolute, text: (0,external_node_fs_.readFileSync)(absolute, 'utf8') };
    }
    throw new errors/* ConfigurationError */.j1(`Input 'formula': ${target.name} is not in the tap at ${tapPath} (looked for ${target.candidates.join(', ')}).`);
}
/** Replaces the file through a temporary file and a rename, so a crash never leaves half a formula. */
function writeLocalFormula(file, text) {
    const temp = `${file.absolute}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(temp, text);
    (0,external_node_fs_.renameSync)(temp, file.absolute);
}
/** Commits that touched the file, newest first, and the file's text at one of them. */
async function localHistory(tapPath, file) {
    try {
        const { stdout } = await run('git', ['-C', tapPath, 'log', '--format=%H%x00%s', '--max-count=200', '--', file], { maxBuffer: 16 * 1024 * 1024 });
        return stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [sha, message] = line.split('\0');
            return { sha, message };
        });
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`rollback-to needs the tap's git history, but ${tapPath} is not a git checkout with history (${e.message.split('\n')[0]}). Check it out with fetch-depth: 0.`);
    }
}
async function localFileAt(tapPath, sha, file) {
    try {
        const { stdout } = await run('git', ['-C', tapPath, 'show', `${sha}:${file}`], {
            maxBuffer: 16 * 1024 * 1024
        });
        return stdout;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/bump-local.ts



/** Bumps every formula in a checked-out tap. */
async function bumpLocal(inputs, report, resolve) {
    const results = [];
    for (const target of inputs.formulas) {
        const result = baseResult(inputs, target);
        results.push(result);
        try {
            const file = readLocalFormula(inputs.tapPath, target);
            const { compute, restoredFrom } = await changeFor(inputs, target, file.path, file.text, resolve, async () => {
                const commits = await localHistory(inputs.tapPath, file.path);
                return findVersionInHistory(commits, (sha) => localFileAt(inputs.tapPath, sha, file.path), inputs.version, `${file.path} in ${inputs.tapPath}`);
            });
            const change = await compute(file.text);
            fill(result, change, file.path);
            result.restoredFrom = restoredFrom;
            if (change.status === 'up-to-date') {
                result.status = 'up-to-date';
                report.write({
                    kind: 'formula',
                    target: file.path,
                    result: 'unchanged',
                    reason: `already at ${inputs.version}`
                });
            }
            else if (inputs.dryRun) {
                result.status = 'would-change';
                report.write({ kind: 'formula', target: file.path, result: 'skipped', reason: 'dry-run' });
            }
            else {
                writeLocalFormula(file, change.after);
                result.status = 'changed';
                report.write({ kind: 'formula', target: file.path, result: 'updated' });
            }
        }
        catch (e) {
            fail(report, result, e);
        }
    }
    return results;
}

// EXTERNAL MODULE: ./packages/core/src/checksums.ts
var checksums = __webpack_require__(64433);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
// EXTERNAL MODULE: ./packages/core/src/http.ts + 1 modules
var http = __webpack_require__(65034);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/sha256-source.ts




/** Recognises release asset URLs of github.com and of the server in `GITHUB_SERVER_URL`. */
function parseReleaseAssetUrl(url, serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com') {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined;
    }
    const hosts = new Set(['github.com']);
    try {
        hosts.add(new URL(serverUrl).host);
    }
    catch {
        // an unparsable GITHUB_SERVER_URL only means no enterprise host to recognise
    }
    if (!hosts.has(u.host) || u.search)
        return undefined;
    const parts = u.pathname.split('/').slice(1);
    if (parts.length < 6 || parts[2] !== 'releases' || parts[3] !== 'download')
        return undefined;
    try {
        return {
            repo: { owner: parts[0], repo: parts[1] },
            tag: decodeURIComponent(parts.slice(4, -1).join('/')),
            name: decodeURIComponent(parts[parts.length - 1])
        };
    }
    catch {
        return undefined;
    }
}
const SUMS = /(^|[-_.])(sha256sums|checksums)(\.txt)?$/i;
const MAX_CHECKSUM_FILE = 1024 * 1024;
async function assetText(gh, repo, asset) {
    const res = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' }
    });
    const data = res.data;
    if (typeof data === 'string')
        return data;
    return Buffer.from(data).toString('utf8');
}
/** What a release says about one asset's SHA-256, by source. */
async function declaredSha256(gh, ref, assets, asset) {
    const found = new Map();
    const digest = (0,release.assetSha256)(asset);
    if (digest)
        found.set('the release asset digest', digest);
    const small = (a) => a.size <= MAX_CHECKSUM_FILE;
    for (const sums of assets.filter((a) => SUMS.test(a.name) && small(a))) {
        const parsed = (0,checksums/* parseChecksumFile */.j7)(await assetText(gh, ref.repo, sums), 'sha256');
        const entry = parsed.entries.find((e) => e.name === ref.name || e.name.split('/').pop() === ref.name);
        if (entry)
            found.set(sums.name, entry.hash.toLowerCase());
    }
    for (const suffix of ['.sha256', '.sha256sum']) {
        const sidecar = assets.find((a) => a.name === ref.name + suffix && small(a));
        if (!sidecar)
            continue;
        const parsed = (0,checksums/* parseSidecar */.L0)(await assetText(gh, ref.repo, sidecar), 'sha256');
        if (parsed && (!parsed.name || parsed.name.split('/').pop() === ref.name))
            found.set(sidecar.name, parsed.hash);
    }
    return found;
}
/**
 * Builds the resolver used when `sha256`/`sha256s` leave a download without a digest.
 * @param gh a client for release lookups, when a token is at hand (local mode may have none).
 */
function sha256Resolver(gh, token) {
    const cache = new Map();
    return async (url) => {
        const cached = cache.get(url);
        if (cached)
            return cached;
        const ref = parseReleaseAssetUrl(url);
        let result;
        if (ref && gh) {
            const state = await (0,release.findRelease)(gh, ref.repo, { tag: ref.tag });
            if (state.release && state.kind !== 'ambiguous') {
                const assets = await (0,release.listAssets)(gh, ref.repo, state.release.id);
                const asset = assets.find((a) => a.name === ref.name);
                if (!asset) {
                    throw new errors/* InfrastructureError */.EN(`The url ${url} names asset ${ref.name}, which release ${ref.tag} of ${ref.repo.owner}/${ref.repo.repo} does not have (it has: ${assets.map((a) => a.name).join(', ') || 'no assets'}). Check the url template, or upload the asset first.`);
                }
                const declared = await declaredSha256(gh, ref, assets, asset);
                const values = new Set(declared.values());
                if (values.size > 1) {
                    const detail = [...declared].map(([source, hash]) => `${source}: ${hash}`).join('; ');
                    throw new errors/* InfrastructureError */.EN(`The release ${ref.tag} disagrees with itself about ${ref.name}'s SHA-256 (${detail}); fix the release before bumping the formula.`);
                }
                if (values.size === 1)
                    result = { sha256: [...values][0], source: [...declared.keys()].join(' + ') };
                else {
                    // Nothing declared: stream the asset through the API (private taps' releases need the token).
                    const res = await (0,http/* download */.RG)(asset.url, {
                        headers: { accept: 'application/octet-stream', authorization: `token ${token}` },
                        hash: 'sha256'
                    });
                    result = {
                        sha256: res.hashes.sha256,
                        source: `downloading release asset ${asset.name} (${res.size} bytes)`
                    };
                }
            }
        }
        if (!result) {
            const res = await (0,http/* download */.RG)(url, { hash: 'sha256' });
            result = { sha256: res.hashes.sha256, source: `downloading ${url} (${res.size} bytes)` };
        }
        cache.set(url, result);
        return result;
    };
}

// EXTERNAL MODULE: ./packages/core/src/time-scale.ts
var time_scale = __webpack_require__(41823);
;// CONCATENATED MODULE: ./actions/homebrew-bump/src/tap-github.ts


const tap_github_name = (r) => `${r.owner}/${r.repo}`;
/** Turns a 403/404 on a write into what to configure; other errors pass through. */
function writeError(error, what, repo) {
    const status = (0,errors/* getErrorStatus */.v9)(error);
    if (status === 401)
        return new errors/* ConfigurationError */.j1(`Could not ${what} in ${tap_github_name(repo)}: the token in 'token' was rejected (401). Pass a valid token.`);
    if (status === 403 || status === 404) {
        return new errors/* ConfigurationError */.j1(`Could not ${what} in ${tap_github_name(repo)} (${status}): the token in 'token' cannot write there. A tap is another repository, so the workflow GITHUB_TOKEN usually cannot; ` +
            `pass a personal access token or GitHub App token with contents: write and pull-requests: write on ${tap_github_name(repo)}.`);
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
        return tap_github_name(this.repo);
    }
    /** The commit a branch points at, or undefined when there is no such branch. */
    async branchHead(branch, repo = this.repo) {
        this.calls.push('get-ref');
        try {
            const { data } = await this.gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }
        catch (e) {
            if ((0,errors/* getErrorStatus */.v9)(e) === 404)
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
                throw new errors/* ConfigurationError */.j1(`${path} in ${tap_github_name(repo)} is not a file.`);
            }
            const file = data;
            if (file.encoding !== 'base64' || file.content === undefined) {
                throw new errors/* ConfigurationError */.j1(`${path} in ${tap_github_name(repo)} is too large for the contents API (${file.size} bytes); a formula never is.`);
            }
            return { path, text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
        }
        catch (e) {
            if ((0,errors/* getErrorStatus */.v9)(e) === 404)
                return undefined;
            throw e;
        }
    }
    /** Creates a branch; `exists` when it already does (GitHub answers 422). */
    async createBranch(branch, sha, repo = this.repo) {
        this.calls.push('create-ref');
        try {
            await this.gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
            return 'created';
        }
        catch (e) {
            if ((0,errors/* getErrorStatus */.v9)(e) === 422 && /exist/i.test(String(e.message)))
                return 'exists';
            throw writeError(e, `create branch ${branch}`, repo);
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
            const { data } = await this.gh.rest.repos.createOrUpdateFileContents({
                ...repo,
                path: file.path,
                message,
                content: Buffer.from(text, 'utf8').toString('base64'),
                sha: file.sha,
                branch
            });
            return data.commit.sha;
        }
        catch (e) {
            const status = (0,errors/* getErrorStatus */.v9)(e);
            if (status === 409 || (status === 422 && /sha/i.test(String(e.message)))) {
                throw new Error(`${file.path} changed on ${branch} in ${tap_github_name(repo)} while this step ran (${status}); re-run the step.`);
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
            const { data } = await this.gh.rest.pulls.create({
                ...this.repo,
                head,
                base,
                title,
                body,
                maintainer_can_modify: true
            });
            return data;
        }
        catch (e) {
            throw writeError(e, `open a pull request from ${head}`, this.repo);
        }
    }
    async updatePull(number, title, body) {
        this.calls.push('update-pull');
        try {
            await this.gh.rest.pulls.update({ ...this.repo, pull_number: number, title, body });
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
            const status = (0,errors/* getErrorStatus */.v9)(e);
            throw new errors/* ConfigurationError */.j1(`The token in 'token' can read ${this.fullName} but not push to it, and forking it failed (${status ?? 'error'}: ${e.message}). ` +
                `Give the token write access to ${this.fullName} (contents and pull requests), or use a token of a user who can fork it; the workflow GITHUB_TOKEN can do neither for another repository.`);
        }
    }
    /**
     * Waits for a fresh fork to have the base commit (GitHub creates forks asynchronously), then
     * creates the branch there.
     */
    async createBranchInFork(fork, branch, sha) {
        for (let attempt = 0;; attempt++) {
            try {
                return await this.createBranch(branch, sha, fork);
            }
            catch (e) {
                const status = (0,errors/* getErrorStatus */.v9)(e.cause ?? e);
                if (attempt >= 5 || !(e instanceof errors/* ConfigurationError */.j1 || status === 422 || status === 404))
                    throw e;
                await (0,time_scale.sleep)(1000 * 2 ** attempt);
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

;// CONCATENATED MODULE: ./actions/homebrew-bump/src/bump-all.ts











/** Runs the bump (or rollback) for every formula and writes the summary and outputs. */
async function bumpAll(inputs, report) {
    const skipPrerelease = !inputs.rollback && !inputs.allowPrerelease && isPrerelease(inputs.version);
    let results = [];
    let requests;
    if (inputs.mode === 'local') {
        if (skipPrerelease)
            results = skipAll(inputs, report);
        else {
            const gh = inputs.token ? await (0,github.createGitHubClient)(inputs.token) : undefined;
            results = await bumpLocal(inputs, report, sha256Resolver(gh, inputs.token));
        }
    }
    else {
        const gh = await (0,github.createGitHubClient)(inputs.token);
        const tap = new GitHubTap(gh, inputs.tap);
        // Preflight before anything is read or written: a token that cannot see the tap fails here.
        const access = await (0,credentials/* preflight */.M)(gh, tap.repo, 'read');
        tap.calls.push('get-repo');
        // Installation tokens (GITHUB_TOKEN, GitHub App tokens: the documented `ghs_` prefix) get a
        // `permissions` object that does not describe what the installation may write; for them the first
        // write is the check, and its 403 says what to configure. A user token's `push: false` is final.
        if (access.push === false && inputs.token.startsWith('ghs_'))
            access.push = 'unknown';
        if (inputs.mode === 'push' && access.push === false) {
            throw new errors/* ConfigurationError */.j1(`The token in 'token' can read ${tap.fullName} but cannot push to it, which mode: push needs. Give it contents: write on ${tap.fullName}, or use mode: pull-request (which forks when it cannot push).`);
        }
        if (skipPrerelease)
            results = skipAll(inputs, report);
        else {
            const base = inputs.baseBranch ?? access.defaultBranch;
            // Only a new branch needs the base commit's SHA; a push or a dry run reads the file at the branch name.
            const needsSha = inputs.mode === 'pull-request' && !inputs.dryRun;
            const baseSha = needsSha ? await tap.branchHead(base) : base;
            if (!baseSha)
                throw new errors/* ConfigurationError */.j1(`Input 'base-branch': ${tap.fullName} has no branch ${base}.`);
            const ctx = {
                inputs,
                report,
                tap,
                access,
                base,
                baseSha,
                resolve: sha256Resolver(gh, inputs.token)
            };
            for (const target of inputs.formulas) {
                const result = baseResult(inputs, target);
                results.push(result);
                try {
                    await bumpViaApi(ctx, target, result);
                }
                catch (e) {
                    fail(report, result, e);
                }
            }
        }
        requests = tap.calls;
    }
    writeSummary(report, results, inputs, requests);
}
function skipAll(inputs, report) {
    const message = `${inputs.version} is a pre-release; Homebrew keeps one version per formula, so it is skipped. Set allow-prerelease: true to bump to it anyway.`;
    core/* notice */.lm(message);
    return inputs.formulas.map((target) => {
        report.write({
            kind: 'formula',
            target: target.name,
            result: 'skipped',
            reason: `pre-release ${inputs.version}`
        });
        return { ...baseResult(inputs, target), status: 'skipped', notes: [message] };
    });
}


/***/ }),

/***/ 64433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ formatChecksumLine),
/* harmony export */   L0: () => (/* binding */ parseSidecar),
/* harmony export */   P5: () => (/* binding */ CHECKSUM_ALGORITHMS),
/* harmony export */   Xf: () => (/* binding */ formatBsdLine),
/* harmony export */   cf: () => (/* binding */ formatGnuLine),
/* harmony export */   hS: () => (/* binding */ ChecksumFileEncodingError),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile),
/* harmony export */   m0: () => (/* binding */ unsafePathReason)
/* harmony export */ });
/* unused harmony exports HEX_LENGTH, BSD_TAG, needsEscape, escapeName, unescapeName, parseChecksumLine, detectEncoding */
/**
 * Checksum file lines as coreutils (`sha256sum`, `sha512sum`) and Perl's `shasum` write and read them:
 * GNU lines (`hash  name`, `hash *name`), BSD tag lines (`SHA256 (name) = hash`), single-file sidecars,
 * and the backslash escaping coreutils applies to names holding `\`, a newline or a carriage return.
 */
const CHECKSUM_ALGORITHMS = ['sha256', 'sha512'];
/** Hex digits of each algorithm's digest. */
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** The tag BSD lines use for each algorithm (`SHA256 (name) = …`). */
const BSD_TAG = { sha256: 'SHA256', sha512: 'SHA512' };
// coreutils 9 escapes CR as well as backslash and newline (8.x only the latter two); both read all three.
const NEEDS_ESCAPE = /[\\\n\r]/;
/** True when coreutils would write this name escaped (with a leading `\` on the line). */
function needsEscape(name) {
    return NEEDS_ESCAPE.test(name);
}
/** Escapes a name the way coreutils does: `\` → `\\`, newline → `\n`, CR → `\r`. */
function escapeName(name) {
    return name.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'));
}
/** Reverses {@link escapeName}; returns `undefined` for a stray or unknown escape, as coreutils rejects it. */
function unescapeName(text) {
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const next = text[++i];
        if (next === '\\')
            out += '\\';
        else if (next === 'n')
            out += '\n';
        else if (next === 'r')
            out += '\r';
        else
            return undefined;
    }
    return out;
}
function assertHash(hash, algorithm) {
    if (hash.length !== HEX_LENGTH[algorithm] || !/^[0-9a-f]+$/i.test(hash)) {
        throw new Error(`Not a ${algorithm} hex digest: ${JSON.stringify(hash)}`);
    }
}
/**
 * Formats one GNU line (`hash  name\n`, or `hash *name\n` in binary mode), escaped as coreutils escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatGnuLine(hash, name, options = {}) {
    assertHash(hash, options.algorithm ?? (hash.length === HEX_LENGTH.sha512 ? 'sha512' : 'sha256'));
    const escaped = needsEscape(name);
    return `${escaped ? '\\' : ''}${hash.toLowerCase()} ${options.binary ? '*' : ' '}${escaped ? escapeName(name) : name}\n`;
}
/**
 * Formats one BSD tag line (`SHA256 (name) = hash\n`), escaped as `sha256sum --tag` escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
function formatBsdLine(algorithm, hash, name) {
    assertHash(hash, algorithm);
    const escaped = needsEscape(name);
    return `${escaped ? '\\' : ''}${BSD_TAG[algorithm]} (${escaped ? escapeName(name) : name}) = ${hash.toLowerCase()}\n`;
}
/** Formats a line in either format. */
function formatChecksumLine(format, algorithm, hash, name) {
    return format === 'bsd' ? formatBsdLine(algorithm, hash, name) : formatGnuLine(hash, name, { algorithm });
}
function algorithmOfHex(hex) {
    if (!/^[0-9a-fA-F]+$/.test(hex))
        return undefined;
    return hex.length === 64 ? 'sha256' : hex.length === 128 ? 'sha512' : undefined;
}
/**
 * Parses one line (without its line terminator; a trailing CR is tolerated) the way `sha256sum -c` does:
 * an optional leading `\` marks an escaped name; then either a BSD tag line or a GNU line whose hash is
 * followed by one space and a mode character (` ` text, `*` binary, `^` shasum's universal mode).
 * The algorithm comes from the BSD tag or the hash length; `expected` restricts it.
 */
function parseChecksumLine(line, expected) {
    let s = line.endsWith('\r') ? line.slice(0, -1) : line;
    s = s.replace(/^[ \t]+/, '');
    if (s === '')
        return { ok: false, reason: 'empty line' };
    const escaped = s.startsWith('\\');
    if (escaped)
        s = s.slice(1);
    const name = (raw) => (escaped ? unescapeName(raw) : raw);
    const tag = /^(SHA256|SHA512) \(/.exec(s);
    if (tag) {
        const close = s.lastIndexOf(') = ');
        if (close < tag[0].length)
            return { ok: false, reason: 'BSD line without ") = "' };
        const hex = s.slice(close + 4);
        const algorithm = tag[1] === 'SHA256' ? 'sha256' : 'sha512';
        if (algorithmOfHex(hex) !== algorithm)
            return { ok: false, reason: `not a ${algorithm} hex digest after "${tag[1]} (…) = "` };
        if (expected && expected !== algorithm)
            return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
        const n = name(s.slice(tag[0].length, close));
        if (n === undefined)
            return { ok: false, reason: 'invalid backslash escape in the name' };
        if (n === '')
            return { ok: false, reason: 'empty file name' };
        return { ok: true, entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'bsd', binary: false } };
    }
    const space = s.indexOf(' ');
    if (space < 0)
        return { ok: false, reason: 'no space between hash and name' };
    const hex = s.slice(0, space);
    const algorithm = algorithmOfHex(hex);
    if (!algorithm)
        return { ok: false, reason: 'the first field is not a SHA-256 or SHA-512 hex digest' };
    if (expected && expected !== algorithm)
        return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
    const mode = s[space + 1];
    if (mode !== ' ' && mode !== '*' && mode !== '^')
        return { ok: false, reason: 'the hash must be followed by two spaces or " *"' };
    const n = name(s.slice(space + 2));
    if (n === undefined)
        return { ok: false, reason: 'invalid backslash escape in the name' };
    if (n === '')
        return { ok: false, reason: 'empty file name' };
    return {
        ok: true,
        entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'gnu', binary: mode === '*' }
    };
}
/** Works out how a checksum file is encoded, so UTF-16 input (PowerShell's `>`) is named, not parsed as garbage. */
function detectEncoding(data) {
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
        return 'utf-8-bom';
    if (data[0] === 0xff && data[1] === 0xfe)
        return 'utf-16le';
    if (data[0] === 0xfe && data[1] === 0xff)
        return 'utf-16be';
    // Without a BOM, UTF-16 of ASCII text puts a NUL in every other byte.
    const n = Math.min(data.length, 512);
    if (n >= 4) {
        let evenNul = 0;
        let oddNul = 0;
        for (let i = 0; i < n; i++) {
            if (data[i] !== 0)
                continue;
            if (i % 2)
                oddNul++;
            else
                evenNul++;
        }
        if (oddNul > n / 4 && evenNul === 0)
            return 'utf-16le';
        if (evenNul > n / 4 && oddNul === 0)
            return 'utf-16be';
    }
    return 'utf-8';
}
/** Thrown for input that is not a text checksum file at all (UTF-16, binary). */
class ChecksumFileEncodingError extends Error {
    encoding;
    constructor(message, encoding) {
        super(message);
        this.encoding = encoding;
        this.name = 'ChecksumFileEncodingError';
    }
}
/**
 * Parses a whole checksum file: UTF-8 with or without a BOM, LF or CRLF line ends. Blank lines and
 * `#` comment lines are skipped, as `sha256sum -c` skips them; every other line is an entry or malformed.
 * @throws ChecksumFileEncodingError for UTF-16 or NUL-holding input, naming the encoding.
 */
function parseChecksumFile(data, expected) {
    let encoding = 'utf-8';
    let text;
    if (typeof data === 'string') {
        text = data.startsWith('\uFEFF') ? ((encoding = 'utf-8-bom'), data.slice(1)) : data;
    }
    else {
        encoding = detectEncoding(data);
        if (encoding === 'utf-16le' || encoding === 'utf-16be') {
            throw new ChecksumFileEncodingError(`The checksum file is ${encoding.toUpperCase()} text (PowerShell's '>' and Out-File write that), not UTF-8. ` +
                'Write it as UTF-8, e.g. with Out-File -Encoding utf8NoBOM or Set-Content -Encoding utf8, or convert it with iconv -f UTF-16 -t UTF-8.', encoding);
        }
        const body = encoding === 'utf-8-bom' ? data.subarray(3) : data;
        if (body.includes(0))
            throw new ChecksumFileEncodingError('The checksum file holds NUL bytes: it is not a text checksum file.', 'binary');
        text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    }
    const lines = text.split('\n');
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    const out = { entries: [], malformed: [], encoding, crlf: false };
    lines.forEach((raw, i) => {
        if (raw.endsWith('\r'))
            out.crlf = true;
        // coreutils skips blank lines and `#` comments, even under --strict.
        if (raw === '' || raw === '\r' || raw.startsWith('#'))
            return;
        const parsed = parseChecksumLine(raw, expected);
        if (parsed.ok)
            out.entries.push({ ...parsed.entry, line: i + 1 });
        else
            out.malformed.push({ line: i + 1, text: raw.replace(/\r$/, ''), reason: parsed.reason });
    });
    return out;
}
/**
 * Parses a single-file sidecar (`foo.tar.gz.sha256`): a GNU or BSD line, or the bare hash that some
 * tools write. Returns the hash and, when the sidecar names one, the file name.
 */
function parseSidecar(text, expected) {
    const body = text.replace(/^\uFEFF/, '');
    const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length !== 1)
        return undefined;
    const bare = lines[0].trim();
    const algorithm = algorithmOfHex(bare);
    if (algorithm)
        return !expected || expected === algorithm ? { hash: bare.toLowerCase(), algorithm } : undefined;
    const parsed = parseChecksumLine(lines[0], expected);
    return parsed.ok
        ? { hash: parsed.entry.hash, algorithm: parsed.entry.algorithm, name: parsed.entry.name }
        : undefined;
}
/**
 * Checks that a name from a checksum file stays inside the directory it is checked from. Returns why it
 * does not, or `undefined` when it is safe: absolute paths (`/x`, `\x`, `C:\x`, `C:x`, UNC), `..`
 * segments (with `/` or `\` separators, since either separates on Windows), and NUL are refused.
 */
function unsafePathReason(name) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'holds a NUL character';
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'drive-letter path';
    if (name.split(/[/\\]/).some((segment) => segment === '..'))
        return "holds a '..' segment";
    return undefined;
}


/***/ }),

/***/ 20655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight),
/* harmony export */   explainWriteError: () => (/* binding */ explainWriteError)
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
    const push = data.permissions ? Boolean(data.permissions.push || data.permissions.admin || data.permissions.maintain) : 'unknown';
    if (need === 'write' && push === false) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token in '${tokenInput}' can read ${name} but not write to it. Give it write access (for GITHUB_TOKEN: \`permissions: contents: write\` in the workflow; for a personal access token: the contents write permission on ${name}).`);
    }
    return { push, defaultBranch: data.default_branch, private: Boolean(data.private), fullName: data.full_name };
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


/***/ }),

/***/ 60662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41823);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8109);




/** The API base URL: `GITHUB_API_URL`, else github.com's. */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
// Writes are spaced one second apart (GitHub's guidance for mutating requests); a duck-typed group
// keeps that spacing scalable with RELEASE_KIT_TIME_SCALE instead of Bottleneck's fixed minTime.
function spacedGroup(minTime) {
    let next = 0;
    const limiter = {
        schedule: async (_opts, fn, ...args) => {
            const now = Date.now();
            const at = Math.max(now, next);
            next = at + minTime;
            if (at > now)
                await new Promise((r) => setTimeout(r, at - now));
            return fn(...args);
        }
    };
    // Only `key(id).schedule()` is called on these groups by the throttling plugin.
    return { key: () => limiter };
}
/**
 * Builds the GitHub client from a token. The token is masked before anything else happens.
 * @throws ConfigurationError when the token is empty.
 */
async function createGitHubClient(token, options = {}) {
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'token' is empty. Pass `token: ${{ secrets.GITHUB_TOKEN }}` or a personal access token / GitHub App token with the permissions this action needs.");
    }
    if (options.mask !== false)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const [github, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    const scale = (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_2__.timeScale)();
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 2}).`);
            return true;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; giving up after ${retryCount + 1} attempts.`);
        return false;
    };
    const octokit = github.getOctokit(token, {
        baseUrl: (options.baseUrl ?? apiBaseUrl()).replace(/\/+$/, ''),
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: 1000 * scale,
            fallbackSecondaryRateRetryAfter: 60,
            write: spacedGroup(1000 * scale),
            notifications: spacedGroup(3000 * scale)
        }
    }, retry, throttling);
    return octokit;
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
