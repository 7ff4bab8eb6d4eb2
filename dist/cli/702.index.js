export const id = 702;
export const ids = [702];
export const modules = {

/***/ 55171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22019);



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

/***/ 37638:
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

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony exports rawInput, parseDuration, parseList, parseRepository */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


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

/***/ 22019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ mark),
/* harmony export */   p: () => (/* binding */ Report)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




const MARKS = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: 'ℹ️' };
const TEXT_MARKS = { pass: '[ok]', fail: '[FAIL]', warn: '[warn]', skip: '[skip]', info: '[info]' };
/** A status mark for a table cell or line. */
function mark(status, plain = false) {
    return (plain ? TEXT_MARKS : MARKS)[status];
}
const PLAIN_MARKS = [
    ['✅', 'ok'],
    ['❌', 'FAIL'],
    ['⚠️', 'warn'],
    ['⚠', 'warn'],
    ['⏭️', 'skip'],
    ['⏭', 'skip'],
    ['ℹ️', 'info'],
    ['ℹ', 'info'],
    ['⏳', 'pending'],
    ['🔄', 'retry']
];
const MARK_PATTERN = /(✅|❌|⚠|⏭|ℹ|⏳|🔄)\uFE0F?\s*/gu;
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
    /** The same report for a terminal: aligned columns, text marks, no HTML or inline-code backticks. */
    plainText() {
        const plain = (text) => text
            .replace(/`([^`\n]+)`/g, '$1')
            .replace(/\*\*([^*\n]+)\*\*/g, '$1')
            .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 <$2>');
        // A cell that is only a mark becomes its word; a mark before words is dropped.
        const cell = (text) => {
            const t = text.trim();
            const only = PLAIN_MARKS.find(([emoji]) => t === emoji || t === emoji + '\uFE0F');
            return only ? only[1] : plain(t.replace(MARK_PATTERN, '')).trim();
        };
        const out = [`== ${this.title} ==`];
        for (const b of this.blocks) {
            switch (b.type) {
                case 'heading':
                    out.push('', `-- ${plain(b.text)} --`);
                    break;
                case 'text':
                    out.push(plain(b.text));
                    break;
                case 'status':
                    out.push(`${mark(b.status, true)} ${plain(b.text)}`);
                    break;
                case 'table': {
                    const plainRows = [b.headers, ...b.rows].map((r) => r.map(cell));
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
                        out.push(`  - ${plain(item)}`);
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
