export const id = 1702;
export const ids = [1702];
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
    // A flag, not the message's truthiness: a throw with an empty message must still fail the step.
    let failed = false;
    let error;
    try {
        await body(report);
    }
    catch (e) {
        failed = true;
        error = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e);
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) && e instanceof Error && e.stack)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(e.stack);
    }
    try {
        await report.finish(failed ? error : undefined);
    }
    catch (e) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the report: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(e)}`);
    }
    // Failures that know their file and line are annotated there too (GitHub shows ten per step).
    for (const f of report.failures.filter((x) => x.file).slice(0, 10)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(f.detail, { title: f.rule, file: f.file, startLine: f.line });
    }
    if (failed)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(undefined));
    else if (report.failures.length) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(report.failures.map((f) => `${f.rule}: ${f.detail}`).join('\n'));
    }
    return report;
}


/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   i_: () => (/* binding */ InputReader),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export parseDuration */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _input_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62941);



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
    declarations;
    /** Names read so far (the metadata test compares them with action.yml). */
    names = new Set();
    constructor(read = _input_text_js__WEBPACK_IMPORTED_MODULE_2__/* .rawInput */ .J) {
        this.read = read;
    }
    /**
     * Takes the action's inputs as action.yml declares them: an empty input then gets its declared default
     * (as the runner would give it), `required` comes from there, and reading an undeclared name throws.
     */
    declare(declarations) {
        this.declarations = declarations;
        return this;
    }
    /** Records a problem found by the action's own cross-input checks. */
    fail(name, message) {
        this.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, undefined, message));
    }
    /** Records an input error made elsewhere (a core parser throws InputError for the input it was given). */
    add(error) {
        this.problems.push(error);
    }
    invalid(name, value, problem, accepted) {
        this.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, value, problem, accepted));
    }
    raw(name, required) {
        const declared = this.declarations?.[name];
        if (this.declarations && !declared)
            throw new Error(`release-kit bug: input '${name}' is read but action.yml does not declare it.`);
        this.names.add(name);
        let value = this.read(name);
        // The runner fills defaults; the CLI and tests may not. `${{ … }}` defaults are only the runner's.
        if (value === '' && declared?.default !== undefined && !declared.default.includes('${{'))
            value = declared.default.trim();
        if (value === '') {
            if (required ?? declared?.required)
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
        this.invalid(name, value, `${show(value)} is not a boolean`, 'use true or false.');
        return options.default ?? false;
    }
    integer(name, options = {}) {
        const value = this.raw(name, options.required);
        const fallback = options.default ?? options.min ?? 0;
        if (value === undefined)
            return fallback;
        const range = `${options.min ?? '-∞'}..${options.max ?? '∞'}`;
        if (!/^-?\d+$/.test(value)) {
            this.invalid(name, value, `${show(value)} is not a whole number`, `use one in ${range}.`);
            return fallback;
        }
        const n = Number(value);
        if ((options.min !== undefined && n < options.min) || (options.max !== undefined && n > options.max)) {
            this.invalid(name, value, `${n} is out of range`, `use a whole number in ${range}.`);
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
            this.invalid(name, value, `${show(value)} is not accepted`, `use one of: ${allowed.join(', ')}.`);
            return fallback;
        }
        return hit;
    }
    /** A newline- or comma-separated list. */
    list(name, options = {}) {
        const value = this.raw(name, options.required);
        if (value === undefined)
            return options.default ?? [];
        return (0,_input_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseList */ .E)(value, options.separators ?? 'newline-or-comma');
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
                this.invalid(name, item, `${show(item)} is not accepted`, `use one or more of: ${allowed.join(', ')}.`);
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
            this.invalid(name, value, `${show(value)} is not a duration`, 'use a number with a unit, such as 90s, 10m or 1h30m.');
            return options.default ?? 0;
        }
        if (options.max !== undefined && ms > options.max) {
            this.invalid(name, value, `${show(value)} is longer than the maximum of ${options.max / 1000}s.`, '');
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
            this.invalid(name, value, `${show(value)} is not a repository`, 'use owner/name, such as octo-org/octo-repo.');
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
            this.invalid(name, value, `${show(value)} is not a valid tag name (no spaces, '..', '~^:?*[\\' or control characters).`, '');
            return undefined;
        }
        return value;
    }
    /** Throws one InputErrors (a ConfigurationError) naming every missing and invalid input. */
    finish() {
        if (this.missing.length || this.problems.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputErrors */ .G(this.missing, this.problems);
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
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82779);





const MARKS = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: 'ℹ️' };
const TEXT_MARKS = {
    pass: '[ok]',
    fail: '[FAIL]',
    warn: '[warn]',
    skip: '[skip]',
    info: '[info]'
};
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
// Blocks are Markdown the action wrote, with untrusted parts passed through `untrusted-text.ts`; no
// block may carry HTML, so `<` and `>` outside code spans are escaped here as a last line of defence.
const inline = (text) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtmlOutsideCode */ .Nh)(text).replace(/\r\n|\r|\n/g, ' ');
function escapeCell(text) {
    // Only a `|` that is not already escaped would end the cell; backslashes are left as written, so that
    // the escapes of untrusted-text.ts (`\[`, `\|`) keep their meaning.
    const piped = text.replace(/(\\*)\|/g, (m, bs) => (bs.length % 2 ? m : `${bs}\\|`));
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtmlOutsideCode */ .Nh)(piped.replace(/\r\n|\r|\n/g, '\n'))
        .split('\n')
        .join('<br>');
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .logSafe */ .sN)(`${record.kind} ${record.target}: ${record.result}${why}`));
        return record;
    }
    /**
     * Records a failure that will fail the step when the report is finished. With `where`, the failure is
     * also annotated on that file and line.
     */
    fail(rule, detail, url, where) {
        this.failures.push({ rule, detail, url, ...(where ? { file: where.file, line: where.line } : {}) });
    }
    /** Sets an output; objects and arrays are written as JSON. */
    output(name, value) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        this.outputs[name] = text;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, text);
    }
    /**
     * The job summary: the blocks as Markdown, capped below GitHub's 1 MiB (`limit` bytes) with a note
     * that the rest is in report.json.
     */
    markdown(limit = _untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_BYTES_LIMIT */ .tT) {
        const out = [`## ${inline(this.title)}`, ''];
        for (const b of this.blocks) {
            switch (b.type) {
                case 'heading':
                    out.push(`${'#'.repeat(b.level)} ${inline(b.text)}`, '');
                    break;
                case 'text':
                    out.push(...b.text.split(/\r?\n/).map(_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtmlOutsideCode */ .Nh), '');
                    break;
                case 'status':
                    out.push(`${mark(b.status)} ${inline(b.text)}`, '');
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
                        out.push(`- ${inline(item)}`);
                    out.push('');
                    break;
            }
        }
        if (this.writes.length) {
            out.push('<details><summary>Writes</summary>', '', '| kind | target | result |', '| --- | --- | --- |');
            for (const w of this.writes)
                out.push(`| ${escapeCell(w.kind)} | ${escapeCell(w.target)} | ${w.result}${w.reason ? ` (${escapeCell(w.reason)})` : ''} |`);
            out.push('', '</details>', '');
        }
        return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_4__/* .capMarkdown */ .y3)(out.join('\n'), limit);
    }
    /** The same report for a terminal: aligned columns, text marks, no HTML or inline-code backticks. */
    plainText() {
        // Markdown's backslash escapes (untrusted text is escaped that way) read as the character itself.
        const plain = (text) => text
            .replace(/\\([\\`*_[\]~|#+\-.!()=])/g, '$1')
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
                        out.push(row
                            .map((c, i) => (c ?? '').padEnd(widths[i]))
                            .join('  ')
                            .trimEnd());
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
        return (process.env.RELEASE_KIT_REPORT_DIR || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'release-kit'));
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
        const status = error !== undefined || this.failures.length ? 'failure' : 'success';
        const dir = Report.directory();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
        const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `${this.action}-report.json`);
        const tmp = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, JSON.stringify(this.toJSON(status, error), null, 2) + '\n');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
        this.outputs['report-json'] = file;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-json', file);
        if (error !== undefined)
            this.status('fail', error || 'The step failed with no message.');
        // Appended directly rather than through core.summary, which remembers the first file it saw: a
        // second action run in the same process (the in-process test harness, the CLI) must write its own.
        if (process.env.GITHUB_STEP_SUMMARY)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(process.env.GITHUB_STEP_SUMMARY, this.markdown() + (node_os__WEBPACK_IMPORTED_MODULE_2___default().EOL));
        // The CLI asks for the terminal rendering of the same report.
        if (process.env.RELEASE_KIT_TEXT_REPORT)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(process.env.RELEASE_KIT_TEXT_REPORT, this.plainText());
        return file;
    }
}


/***/ }),

/***/ 82779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Nh: () => (/* binding */ escapeHtmlOutsideCode),
/* harmony export */   Od: () => (/* binding */ logValue),
/* harmony export */   XE: () => (/* binding */ trustedLinkHosts),
/* harmony export */   fH: () => (/* binding */ logInfo),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   nu: () => (/* binding */ BODY_CHARS_LIMIT),
/* harmony export */   p0: () => (/* binding */ markdownFence),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   tT: () => (/* binding */ SUMMARY_BYTES_LIMIT),
/* harmony export */   y3: () => (/* binding */ capMarkdown)
/* harmony export */ });
/* unused harmony exports LOG_TEXT_LIMIT, VALUE_LIMIT, capChars, escapeHtml */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/**
 * The one way release-kit writes text it did not write itself (file names from a checksum file, issue
 * titles, crate names, registry answers, formula lines) into a step log or into Markdown it publishes.
 *
 * Logs: the runner reads every line of a step's output, after trimming leading white space, as a
 * workflow command when it starts with `::` (or the legacy `##[`): `::add-mask::`, `::stop-commands::`,
 * `::error …::`, and with `ACTIONS_ALLOW_UNSECURE_COMMANDS` `::set-env` — code execution in later steps.
 * Markdown: job summaries and issue bodies render HTML, images, links, mentions and references.
 */

/** Characters of untrusted text one log call writes at most (the rest is counted, not shown). */
const LOG_TEXT_LIMIT = 4_000;
/** Characters of one untrusted value (a name, a title) shown in a log line or Markdown. */
const VALUE_LIMIT = 300;
/** GitHub drops a job summary over 1 MiB; what release-kit writes stays below, with room for a note. */
const SUMMARY_BYTES_LIMIT = 1_000_000;
/** GitHub refuses issue, pull request and comment bodies over 65,536 characters. */
const BODY_CHARS_LIMIT = 65_000;
// What .NET's String.TrimStart removes (char.IsWhiteSpace), and a byte order mark for good measure.
const LEADING_SPACE = /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/u;
// The runner splits a step's output into lines at \n, \r and \r\n.
const LINE_BREAK = /\r\n|\r|\n/;
// Other control characters (ESC sequences can hide or rewrite what a log viewer shows).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/g;
function hexEscape(c) {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
/**
 * Cuts text to `max` characters, saying how many were left out. Never splits a surrogate pair.
 * @param text any text.
 * @param max characters kept at most (the note comes on top).
 */
function capChars(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
function neutraliseLine(line) {
    const lead = LEADING_SPACE.exec(line)?.[0] ?? '';
    const rest = line.slice(lead.length);
    // A zero-width space after the first character: the line reads the same, the runner sees no command.
    const safe = rest.startsWith('::') ? `${lead}:\u200b${rest.slice(1)}` : line;
    // The runner's older `##[command]` form is looked for anywhere in a line, not only at its start.
    return safe.replace(/##\[/g, '#\u200b#[');
}
/**
 * Untrusted text made safe for the step log: no line of it (including after an embedded `\r` or `\n`)
 * can start a workflow command (`::…`, `##[…`, so neither `::stop-commands::` nor the token that ends
 * it), other control characters are shown as `\xNN`, and the whole is capped.
 * @param text any untrusted text, possibly several lines.
 * @param max characters kept (default {@link LOG_TEXT_LIMIT}).
 */
function logSafe(text, max = LOG_TEXT_LIMIT) {
    return capChars(String(text), max)
        .replace(CONTROL, hexEscape)
        .split(LINE_BREAK)
        .map(neutraliseLine)
        .join('\n');
}
/**
 * One untrusted value (a file or crate name, a title) for a log line: on one line (line breaks and
 * control characters shown as escapes, as JSON does), capped at {@link VALUE_LIMIT}, and unable to start
 * a workflow command even when it leads the line.
 * @param value any untrusted value.
 * @param max characters kept.
 */
function logValue(value, max = VALUE_LIMIT) {
    const oneLine = JSON.stringify(capChars(String(value), max))
        .slice(1, -1)
        .replace(/\\"/g, '"');
    return neutraliseLine(oneLine.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
}
/**
 * Writes a log line that carries untrusted parts: `core.info` after {@link logSafe}. Use it instead of
 * `core.info` wherever any part of the message came from outside the workflow.
 * @param text the message.
 */
function logInfo(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(logSafe(text));
}
/**
 * `<`, `>` and `&` as HTML character references: text that cannot open a tag, an image or a hidden
 * `<!-- … -->` marker.
 */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Escapes `<` and `>` everywhere in a Markdown line except inside code spans (whose content is shown
 * literally anyway): a last line of defence that keeps any HTML out of a page release-kit builds.
 * @param markdown Markdown inline text (a line, a table cell).
 */
function escapeHtmlOutsideCode(markdown) {
    let out = '';
    let i = 0;
    while (i < markdown.length) {
        let tick = markdown.indexOf('`', i);
        // A backslash-escaped backtick is a literal backtick, not a code span's start.
        while (tick > 0 && /(^|[^\\])(\\\\)*\\$/.test(markdown.slice(0, tick)))
            tick = markdown.indexOf('`', tick + 1);
        if (tick < 0) {
            out += markdown.slice(i).replace(/</g, '&lt;').replace(/>/g, '&gt;');
            break;
        }
        out += markdown.slice(i, tick).replace(/</g, '&lt;').replace(/>/g, '&gt;');
        let run = tick;
        while (markdown[run] === '`')
            run++;
        const opener = markdown.slice(tick, run);
        // A code span closes at the next run of exactly as many backticks (CommonMark 6.1).
        const closer = new RegExp(`(?<!\`)${opener}(?!\`)`, 'g');
        closer.lastIndex = run;
        const end = closer.exec(markdown);
        if (!end) {
            out += opener;
            i = run;
        }
        else {
            out += markdown.slice(tick, end.index + opener.length);
            i = end.index + opener.length;
        }
    }
    return out;
}
/**
 * Untrusted text as inline Markdown that is displayed as written and does nothing else: HTML escaped,
 * Markdown punctuation backslash-escaped (no links, images, emphasis or code spans of its own), one line,
 * capped; from outsiders also no mentions, references or autolinks (a zero-width space breaks them).
 * @param text any untrusted text.
 * @param options see {@link MarkdownTextOptions}.
 */
function markdownText(text, options = {}) {
    const { max = VALUE_LIMIT, outsider = true } = options;
    let t = capChars(String(text), max)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(CONTROL, '')
        .replace(/[\\`*[\]~|]/g, '\\$&')
        // `_` emphasises only at a word's edge (GFM ignores it inside words: snake_case reads as written).
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
    t = escapeHtml(t);
    if (outsider)
        t = t
            .replace(/@(?=[\w-])/g, '@\u200b')
            .replace(/#(?=\d)/g, '#\u200b')
            .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
            .replace(/:\/\//g, ':\u200b//')
            .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
    // A line that starts like a heading, list or quote stays a paragraph.
    return t
        .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
        .replace(/^(\s*)([=-]+\s*)$/, '$1\\$2');
}
/**
 * Untrusted text as an inline code span: shown literally (no HTML, links or mentions are possible
 * inside), on one line, capped, with a backtick run longer than any inside it so it cannot end early.
 * @param text any untrusted text.
 * @param max characters kept.
 */
function markdownCode(text, max = VALUE_LIMIT) {
    const t = capChars(String(text), max)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(CONTROL, hexEscape);
    if (t === '')
        return '`""`';
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from joining the fence (CommonMark strips it).
    const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Untrusted text as a fenced code block whose fence is longer than any backtick run inside, so no line of
 * the text can close it early.
 * @param text any untrusted text, several lines.
 * @param lang the info string (trusted: a language name such as `diff`).
 */
function markdownFence(text, lang = '') {
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang.replace(/[^\w+.-]/g, '')}\n${body}\n${fence}`;
}
/**
 * The hosts a link may point to without the action having built the URL itself: the GitHub server and
 * its API (`GITHUB_SERVER_URL`, `GITHUB_API_URL`), plus any given.
 * @param extra more hosts (such as the registry the action was configured with).
 */
function trustedLinkHosts(extra = []) {
    const hosts = new Set();
    for (const u of [
        process.env.GITHUB_SERVER_URL || 'https://github.com',
        process.env.GITHUB_API_URL || 'https://api.github.com',
        ...extra
    ]) {
        if (!u)
            continue;
        try {
            hosts.add(new URL(u.includes('://') ? u : `https://${u}`).host.toLowerCase());
        }
        catch {
            // not a URL: no host to trust
        }
    }
    return [...hosts];
}
/**
 * A Markdown link when `url` is an http(s) URL on a trusted host (see {@link trustedLinkHosts}; pass
 * `built: true` for a URL the action put together itself from trusted parts); otherwise the label and
 * the URL as inert code, so a server or an outsider cannot make a page link (or load an image) anywhere.
 * @param label the link text (untrusted: escaped with {@link markdownText}).
 * @param url the target.
 * @param options `hosts` allowed (default {@link trustedLinkHosts}), `built` for a URL the action built.
 */
function markdownLink(label, url, options = {}) {
    const text = markdownText(label, { outsider: options.outsider ?? true });
    if (!url)
        return text;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    const hosts = options.hosts ?? trustedLinkHosts();
    if (parsed &&
        (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
        !parsed.username &&
        !parsed.password &&
        (options.built || hosts.includes(parsed.host.toLowerCase()))) {
        const href = parsed.href.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
        return `[${text}](${href})`;
    }
    return `${text} (${markdownCode(url)})`;
}
/**
 * Caps a Markdown document at a size, cutting at a line boundary, closing a code fence left open and
 * ending with a note such as "N more lines in report.json".
 * @param markdown the document.
 * @param limit the size it must stay below.
 * @param options `unit`: `bytes` (UTF-8, job summaries) or `chars` (bodies, the API's unit); `note` for the
 *   line left out count (default: "… N more lines not shown; the full report is in report.json.").
 * @returns the document, unchanged when it fits.
 */
function capMarkdown(markdown, limit, options = {}) {
    const size = (s) => (options.unit === 'chars' ? s.length : Buffer.byteLength(s, 'utf8'));
    if (size(markdown) < limit)
        return markdown;
    const note = options.note ??
        ((n) => `_… ${n} more line${n === 1 ? '' : 's'} not shown; the full report is in report.json._`);
    const lines = markdown.split('\n');
    const reserve = size(note(lines.length)) + 64;
    const kept = [];
    let used = 0;
    let fence;
    for (const line of lines) {
        const cost = size(line) + 1;
        if (used + cost + reserve + (fence ? fence.length + 1 : 0) >= limit)
            break;
        kept.push(line);
        used += cost;
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (f && !fence)
            fence = f;
        else if (f && fence && f[0] === fence[0] && f.length >= fence.length && line.trim() === f)
            fence = undefined;
    }
    const omitted = lines.length - kept.length;
    if (fence)
        kept.push(fence);
    // A table row cut off would swallow the note into the table.
    kept.push('', note(omitted), '');
    return kept.join('\n');
}
/**
 * Text a server sent back (an error body, a message) with every given secret replaced by `***`: a
 * registry may echo the token it was sent, and a job summary or report.json is not masked by the runner
 * the way the log is. The secret's URL-encoded and base64 forms are replaced too.
 * @param text the server's text.
 * @param secrets tokens the request could have carried (empty ones are ignored).
 */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        const s = secret?.trim();
        // A one- or two-character "secret" would blank out ordinary text; real tokens are long.
        if (!s || s.length < 4)
            continue;
        for (const form of new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64')]))
            out = out.split(form).join('***');
    }
    return out;
}


/***/ })

};
