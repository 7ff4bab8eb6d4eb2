export const id = 7298;
export const ids = [7298,1823];
export const modules = {

/***/ 97759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ CARGO_AUDIT_ARCHIVE),
/* harmony export */   m: () => (/* binding */ CARGO_AUDIT_VERSION)
/* harmony export */ });
/** The cargo-audit release fetched when `install-cargo-audit` is on (prebuilt, statically linked). */
const CARGO_AUDIT_VERSION = '0.21.2';
/** The release archive `install-cargo-audit` fetches; its SHA-256 is the `cargo-audit-sha256` input. */
const CARGO_AUDIT_ARCHIVE = `cargo-audit-x86_64-unknown-linux-musl-v${CARGO_AUDIT_VERSION}.tgz`;


/***/ }),

/***/ 22680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ planEcosystems),
/* harmony export */   Fw: () => (/* binding */ commandFor),
/* harmony export */   Ih: () => (/* binding */ lockfileNames),
/* harmony export */   a6: () => (/* binding */ installAdvice),
/* harmony export */   hN: () => (/* binding */ detectedLockfiles)
/* harmony export */ });
/* harmony import */ var _core_lockfile_discovery_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12479);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87147);


/** Lockfile names per ecosystem, for messages. */
function lockfileNames(ecosystem) {
    return (0,_core_lockfile_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .lockfileNamesOf */ .pi)(ecosystem).join(' or ');
}
/** Every ecosystem with its lockfile names, for the "no lockfile" message. */
function detectedLockfiles() {
    const all = _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .ECOSYSTEMS */ .SQ.map((e) => `${lockfileNames(e)} (${e})`);
    return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}
function planFor(dir, ecosystem) {
    const found = (0,_core_lockfile_discovery_js__WEBPACK_IMPORTED_MODULE_0__/* .lockfileFor */ .zK)(dir, ecosystem);
    const plan = { ecosystem, lockfile: found?.name };
    if (found && ecosystem === 'yarn')
        plan.yarnBerry = found.kind === 'yarn-berry';
    return plan;
}
/**
 * The ecosystems to audit: the ones asked for, or else every one whose lockfile is in `dir`.
 * Detection looks at `dir` itself only: a monorepo with several projects runs the action per path.
 */
function planEcosystems(dir, requested) {
    const wanted = requested.length ? requested : _findings_js__WEBPACK_IMPORTED_MODULE_1__/* .ECOSYSTEMS */ .SQ;
    const plans = wanted.map((e) => planFor(dir, e));
    return requested.length ? plans : plans.filter((p) => p.lockfile);
}
const INSTALL = {
    npm: 'npm ships with Node.js: add `actions/setup-node` before this step.',
    pnpm: 'add `pnpm/action-setup` before this step, or run `corepack enable pnpm`.',
    yarn: 'run `corepack enable yarn` (Yarn 2+, pinned by `packageManager` in package.json) or `npm install -g yarn` (Yarn 1) before this step.',
    cargo: 'install a Rust toolchain before this step (e.g. `dtolnay/rust-toolchain@stable`, or rustup).',
    'cargo-audit': 'run `cargo install cargo-audit --locked` before this step (or cache its binary), or set `install-cargo-audit: true` to fetch the prebuilt release binary with the tool cache.'
};
/** How to install a tool, for the "skipped" line. */
function installAdvice(tool) {
    return INSTALL[tool] ?? `install ${tool} before this step.`;
}
/** The command for a check, or undefined when the ecosystem has no such command. */
function commandFor(plan, check) {
    const spec = (tool, args, requires = [tool]) => ({
        tool,
        args,
        requires
    });
    switch (plan.ecosystem) {
        case 'npm':
            return check === 'audit' ? spec('npm', ['audit', '--json']) : spec('npm', ['outdated', '--json']);
        case 'pnpm':
            return check === 'audit'
                ? spec('pnpm', ['audit', '--json'])
                : spec('pnpm', ['outdated', '--format', 'json']);
        case 'yarn':
            if (check === 'outdated')
                return undefined;
            // `--all --recursive`: every workspace and transitive dependency, as npm and pnpm audit them.
            return plan.yarnBerry
                ? spec('yarn', ['npm', 'audit', '--json', '--all', '--recursive'])
                : spec('yarn', ['audit', '--json']);
        case 'cargo':
            return check === 'audit'
                ? spec('cargo', ['audit', '--json'], ['cargo', 'cargo-audit'])
                : spec('cargo', ['update', '--dry-run']);
    }
}


/***/ }),

/***/ 87147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   Rm: () => (/* binding */ THRESHOLDS),
/* harmony export */   SQ: () => (/* binding */ ECOSYSTEMS),
/* harmony export */   fl: () => (/* binding */ findingKey),
/* harmony export */   s4: () => (/* binding */ normaliseSeverity),
/* harmony export */   uM: () => (/* binding */ compareOutdated),
/* harmony export */   ui: () => (/* binding */ CHECKS)
/* harmony export */ });
/** The package ecosystems the action audits, each detected from its lockfile. */
const ECOSYSTEMS = ['npm', 'pnpm', 'yarn', 'cargo'];
const CHECKS = ['audit', 'outdated'];
/** Threshold values of the `severity-threshold` input, lowest first. */
const THRESHOLDS = ['low', 'moderate', 'high', 'critical'];
const RANK = { info: 0, low: 1, moderate: 2, high: 3, unknown: 3.5, critical: 4 };
/** True when a finding of `severity` counts at `threshold`. */
function meetsThreshold(severity, threshold) {
    return severity === 'unknown' || RANK[severity] >= RANK[threshold];
}
/** Maps the many spellings (npm's `moderate`, RustSec's/GitHub's `medium`, `CRITICAL`) to ours. */
function normaliseSeverity(value) {
    const s = String(value ?? '').toLowerCase();
    if (s === 'medium')
        return 'moderate';
    if (s === 'none')
        return 'info';
    return s in RANK ? s : 'unknown';
}
/** Identity of a finding across runs: what "new" and "resolved" are computed on. */
function findingKey(f) {
    return `${f.ecosystem}|${f.package}|${f.installed}|${f.id}`;
}
/** Most severe first, then by ecosystem, package, version and id, so the order never flaps. */
function compareFindings(a, b) {
    return (RANK[b.severity] - RANK[a.severity] ||
        a.ecosystem.localeCompare(b.ecosystem) ||
        a.package.localeCompare(b.package) ||
        a.installed.localeCompare(b.installed) ||
        a.id.localeCompare(b.id));
}
function compareOutdated(a, b) {
    return (a.ecosystem.localeCompare(b.ecosystem) ||
        a.package.localeCompare(b.package) ||
        a.current.localeCompare(b.current));
}


/***/ }),

/***/ 95040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./actions/dependency-watch/src/ecosystems.ts
var ecosystems = __webpack_require__(22680);
// EXTERNAL MODULE: ./actions/dependency-watch/src/findings.ts
var src_findings = __webpack_require__(87147);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/ignore.ts
const LINE = /^(\S+)\s+until\s+(\d{4}-\d{2}-\d{2})\s*:\s*(.*\S)\s*$/i;
/** Parses the `ignore` lines; each bad line becomes a problem naming it and the accepted form. */
function parseIgnoreLines(lines) {
    const rules = [];
    const problems = [];
    for (const line of lines) {
        const m = LINE.exec(line);
        if (!m) {
            problems.push(`${JSON.stringify(line)} is not an ignore line; use "<advisory id> until <YYYY-MM-DD>: <reason>", such as "GHSA-xvch-5gv4-984h until 2026-03-31: no user input reaches minimist".`);
            continue;
        }
        const [, id, until, reason] = m;
        const date = new Date(`${until}T00:00:00Z`);
        if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== until) {
            problems.push(`${JSON.stringify(line)} has ${until}, which is not a calendar date (YYYY-MM-DD).`);
            continue;
        }
        rules.push({ id, until, reason });
    }
    return { rules, problems };
}
/** True while the ignore holds: through the whole of its `until` day, in UTC. */
function isActive(rule, now) {
    return now.toISOString().slice(0, 10) <= rule.until;
}
function matches(rule, f) {
    const id = rule.id.toLowerCase();
    return f.id.toLowerCase() === id || f.aliases.some((a) => a.toLowerCase() === id);
}
/** Applies the ignore lines to the findings as of `now`. */
function applyIgnores(findings, rules, now) {
    const out = { counted: [], ignored: [], expired: [], unused: [] };
    const used = new Set();
    for (const f of findings) {
        const hits = rules.filter((r) => matches(r, f));
        hits.forEach((r) => used.add(r));
        const active = hits.find((r) => isActive(r, now));
        if (active) {
            out.ignored.push({ finding: f, rule: active });
            continue;
        }
        out.counted.push(f);
        if (hits.length)
            out.expired.push({ finding: f, rule: hits[0] });
    }
    out.unused = rules.filter((r) => !used.has(r));
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/issue-state.ts


/**
 * The findings an issue body reports, kept in the body itself as a hidden comment so the next run can
 * tell what is new and what is resolved, and can keep findings of an audit that could not run. The
 * rendered table is for people; this is for the action.
 */
const PREFIX = '<!-- dependency-watch-state:v1:';
const SUFFIX = ' -->';
// Past this size only the identifying fields are kept, so the state never crowds the table out of
// GitHub's body limit.
const FULL_STATE_BUDGET = 16_000;
const MIN_STATE_BUDGET = 24_000;
function encode(rows) {
    return (0,external_node_zlib_.deflateRawSync)(Buffer.from(JSON.stringify(rows))).toString('base64');
}
/** The hidden state comment for a set of findings ('' when even the short form is too large). */
function encodeState(findings) {
    const full = findings.map((f) => [
        f.ecosystem,
        f.package,
        f.installed,
        f.severity,
        f.kind,
        f.id,
        f.url,
        f.title,
        f.range,
        f.fixedIn,
        f.path
    ]);
    let text = encode(full);
    if (text.length > FULL_STATE_BUDGET)
        text = encode(full.map((r) => r.slice(0, 6)));
    if (text.length > MIN_STATE_BUDGET)
        return '';
    return `${PREFIX}${text}${SUFFIX}`;
}
// The state is written by this action and read back from an issue anyone with triage rights (or, before
// identity checks, anyone) could have edited: it is parsed with limits and every row is checked.
/** Characters of encoded state read at most (a real one stays under MIN_STATE_BUDGET). */
const MAX_ENCODED = 64_000;
/** Bytes the state may inflate to (a deflate bomb stops here). */
const MAX_INFLATED = 2_000_000;
/** Characters one field may hold. */
const MAX_FIELD = 2_000;
const ECOSYSTEM_SET = new Set(src_findings/* ECOSYSTEMS */.SQ);
const SEVERITIES = new Set(['info', 'low', 'moderate', 'high', 'critical', 'unknown']);
const KINDS = new Set(['vulnerability', 'unmaintained', 'yanked', 'unsound', 'notice']);
/** What is wrong with one row of the state, or undefined when it is a finding this action could have written. */
function rowProblem(r) {
    if (!Array.isArray(r))
        return 'not a list';
    if (r.length < 6 || r.length > 11)
        return `${r.length} fields, expected 6 to 11`;
    if (!r.every((f) => typeof f === 'string' && f.length <= MAX_FIELD))
        return `fields must be text of at most ${MAX_FIELD} characters`;
    if (!ECOSYSTEM_SET.has(r[0]))
        return `unknown ecosystem ${JSON.stringify(r[0].slice(0, 40))}`;
    if (r[1] === '' || r[5] === '')
        return 'no package or advisory id';
    if (!SEVERITIES.has(r[3]))
        return `unknown severity ${JSON.stringify(r[3].slice(0, 40))}`;
    if (!KINDS.has(r[4]))
        return `unknown kind ${JSON.stringify(r[4].slice(0, 40))}`;
    return undefined;
}
/**
 * The findings stored in a body, or undefined when it has none or none that can be trusted: a state
 * too large, not decodable, or with any row that this action could not have written is discarded as a
 * whole (`onProblem` says why) and rebuilt from this run's findings; it never fails the run.
 */
function decodeState(body, onProblem) {
    if (!body)
        return undefined;
    const start = body.indexOf(PREFIX);
    if (start < 0)
        return undefined;
    const end = body.indexOf(SUFFIX, start + PREFIX.length);
    if (end < 0)
        return undefined;
    const bad = (why) => {
        onProblem?.(why);
        return undefined;
    };
    const encoded = body.slice(start + PREFIX.length, end);
    if (encoded.length > MAX_ENCODED)
        return bad(`the state is ${encoded.length} characters, more than the ${MAX_ENCODED} this action writes`);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded))
        return bad('the state is not base64');
    let rows;
    try {
        rows = JSON.parse((0,external_node_zlib_.inflateRawSync)(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_INFLATED }).toString('utf8'));
    }
    catch (e) {
        return bad(`the state does not decode (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!Array.isArray(rows))
        return bad('the state is not a list of findings');
    for (const [i, r] of rows.entries()) {
        const why = rowProblem(r);
        if (why)
            return bad(`row ${i + 1} of the state is not a finding: ${why}`);
    }
    return rows.map((r) => ({
        ecosystem: r[0],
        package: r[1],
        installed: r[2],
        severity: r[3],
        kind: r[4],
        id: r[5],
        aliases: [r[5]],
        url: r[6] ?? '',
        title: r[7] ?? '',
        range: r[8] ?? '',
        fixedIn: r[9] ?? '',
        path: r[10] ?? ''
    }));
}
/** The body without its state comment, for comparing what people see. */
function stripState(body) {
    const start = body.indexOf(PREFIX);
    if (start < 0)
        return body;
    const end = body.indexOf(SUFFIX, start + PREFIX.length);
    return end < 0 ? body : body.slice(0, start) + body.slice(end + SUFFIX.length);
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: ./packages/core/src/body-limit.ts
var body_limit = __webpack_require__(79911);
// EXTERNAL MODULE: ./packages/core/src/untrusted-text.ts
var untrusted_text = __webpack_require__(82779);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/issue-body.ts





/** GitHub refuses issue bodies longer than this many characters. */
const BODY_LIMIT = body_limit/* GITHUB_BODY_LIMIT */.nY;
const SEVERITY_MARK = {
    critical: '🔴',
    high: '🟠',
    unknown: '❔',
    moderate: '🟡',
    low: '🔵',
    info: '⚪'
};
/** Makes untrusted text (advisory titles, package names) safe in a table cell. */
const cell = markdown/* untrustedCell */.T;
function code(text) {
    return text ? '`' + text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') + '`' : '—';
}
// Advisory URLs come from audit output (registries answer them): they are links only on GitHub or on
// these advisory databases; anywhere else the URL is shown as inert text.
const ADVISORY_HOSTS = ['github.com', 'rustsec.org', 'www.npmjs.com', 'npmjs.com', 'osv.dev', 'nvd.nist.gov'];
/** A link to an advisory, or its text and URL shown inert when the URL is on no known host. */
function issue_body_link(text, url) {
    if (!url)
        return cell(text);
    return (0,untrusted_text/* markdownLink */.iQ)(text, url, { hosts: (0,untrusted_text/* trustedLinkHosts */.XE)(ADVISORY_HOSTS) });
}
function clip(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
function findingRow(f, kept) {
    const severity = `${SEVERITY_MARK[f.severity]} ${f.severity}${f.kind !== 'vulnerability' ? ` (${f.kind})` : ''}`;
    const advisory = `${issue_body_link(f.id, f.url)}${f.title ? ' ' + cell(clip(f.title, 120)) : ''}`;
    const eco = kept ? `${f.ecosystem} (not re-checked)` : f.ecosystem;
    return `| ${eco} | ${code(f.package)} | ${code(f.installed)} | ${severity} | ${advisory} | ${code(f.range)} | ${code(f.fixedIn)} | ${code(clip(f.path, 200))} |`;
}
function outdatedRow(o) {
    return `| ${o.ecosystem} | ${code(o.package)} | ${code(o.current)} | ${code(o.wanted)} | ${code(o.latest)} |`;
}
const FINDINGS_HEAD = [
    '| Ecosystem | Package | Installed | Severity | Advisory | Vulnerable | Fixed in | Path |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |'
];
const OUTDATED_HEAD = [
    '| Ecosystem | Package | Current | Wanted | Latest |',
    '| --- | --- | --- | --- | --- |'
];
function countBy(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.ecosystem, (counts.get(f.ecosystem) ?? 0) + 1);
    return [...counts].map(([e, n]) => `${n} ${e}`).join(', ');
}
function headLines(m) {
    const out = [];
    const n = m.findings.length;
    const unknown = m.failed.some((c) => c.check === 'audit');
    out.push(n
        ? `**${n} finding${n === 1 ? '' : 's'} at or above \`${m.threshold}\`** (${countBy(m.findings)}).`
        : unknown
            ? `**Findings unknown:** an audit could not run (see below).`
            : `**No findings at or above \`${m.threshold}\`.**`);
    const extra = [];
    if (m.belowThreshold)
        extra.push(`${m.belowThreshold} below the threshold not listed`);
    if (m.ignoredCount)
        extra.push(`${m.ignoredCount} ignored by \`ignore\` lines`);
    if (extra.length)
        out.push('', `_${extra.join('; ')}._`);
    const audits = m.failed.filter((c) => c.check === 'audit');
    if (audits.length) {
        out.push('', '> [!WARNING]');
        for (const c of audits) {
            out.push(`> **${c.infrastructure ? 'Infrastructure failure' : 'Audit failed'}: \`${c.command}\`** — ${cell(c.reason ?? 'no report')}. ` +
                `This is not a clean result: the ${c.ecosystem} findings of the last successful audit are kept below until an audit succeeds.`);
        }
    }
    if (m.expired.length) {
        out.push('', '### Expired ignores', '');
        for (const { finding, rule } of m.expired) {
            out.push(`- ${code(rule.id)} (${code(finding.package)} ${code(finding.installed)}): ignored until ${rule.until} — ${cell(rule.reason)}. It counts again.`);
        }
    }
    return out;
}
function tailLines(m) {
    const out = [];
    const notChecked = [...m.skipped, ...m.failed.filter((c) => c.check !== 'audit')];
    if (notChecked.length) {
        out.push('', '### Not checked', '');
        for (const c of notChecked) {
            const what = c.command ? code(c.command) : `${c.ecosystem} ${c.check}`;
            out.push(`- ${what}: ${c.status === 'failed' ? 'failed' : 'skipped'} — ${cell(c.reason ?? '')}${c.advice ? `. To install: ${cell(c.advice)}` : ''}`);
        }
    }
    return out;
}
function truncationNote(omitted, link) {
    const where = link
        ? ` The full report is in the \`dependency-watch-report\` artifact of [this run](${link}).`
        : ' The full report is in the `dependency-watch-report` artifact of the workflow run.';
    return `\n_… ${omitted} more row${omitted === 1 ? '' : 's'} not shown: the issue body has a limit of ${BODY_LIMIT} characters.${where}_`;
}
/**
 * Renders the issue body: marker first, summary, failure banner, the advisories table sorted by
 * severity, the outdated table, what was not checked, and the hidden state last. Over `limit`, rows
 * are dropped from the end at a row boundary (never mid-row) with a link to the full report; the
 * marker and the state always stay.
 */
function renderIssueBody(m, limit = BODY_LIMIT) {
    const head = [m.marker, '', ...headLines(m)];
    const tail = tailLines(m);
    const state = encodeState(m.findings);
    const findingRows = m.findings.map((f) => findingRow(f, m.keptKeys.has((0,src_findings/* findingKey */.fl)(f))));
    const outdatedRows = m.outdated.map(outdatedRow);
    const sections = [];
    if (findingRows.length)
        sections.push({
            title: `### Advisories (${findingRows.length})`,
            head: FINDINGS_HEAD,
            rows: findingRows
        });
    if (outdatedRows.length)
        sections.push({
            title: `### Outdated (${outdatedRows.length})`,
            head: OUTDATED_HEAD,
            rows: outdatedRows
        });
    const assemble = (kept, omitted) => {
        const lines = [...head];
        sections.forEach((s, i) => {
            lines.push('', s.title, '', ...s.head, ...s.rows.slice(0, kept[i]));
            const cut = s.rows.length - kept[i];
            if (cut > 0 && omitted > 0)
                lines.push(truncationNote(omitted, m.reportLink));
        });
        lines.push(...tail);
        if (state)
            lines.push('', state);
        return lines.join('\n') + '\n';
    };
    const all = sections.map((s) => s.rows.length);
    const full = assemble(all, 0);
    if (full.length <= limit)
        return { body: full, omittedRows: 0 };
    // Greedy fill in order (advisories before outdated), reserving room for one note per table.
    const totalRows = all.reduce((a, b) => a + b, 0);
    const skeleton = assemble(sections.map(() => 0), totalRows).length;
    let budget = limit - skeleton - 16;
    const kept = sections.map(() => 0);
    outer: for (let i = 0; i < sections.length; i++) {
        for (const row of sections[i].rows) {
            if (row.length + 1 > budget)
                break outer;
            budget -= row.length + 1;
            kept[i]++;
        }
    }
    const omitted = totalRows - kept.reduce((a, b) => a + b, 0);
    return { body: assemble(kept, omitted), omittedRows: omitted };
}
/** The whole report as markdown (no limit, no marker, no state): `report.md`. */
function renderReportMarkdown(m, title) {
    const { body } = renderIssueBody({ ...m, marker: `# ${title}` }, Number.MAX_SAFE_INTEGER);
    const state = encodeState(m.findings);
    return state ? body.replace(`\n${state}`, '') : body;
}

// EXTERNAL MODULE: ./packages/core/src/identity.ts
var src_identity = __webpack_require__(6619);
// EXTERNAL MODULE: ./actions/dependency-watch/src/cargo-audit-release.ts
var cargo_audit_release = __webpack_require__(97759);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/generated/io.ts
// Generated from actions/dependency-watch/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Path: 'path',
    Ecosystems: 'ecosystems',
    SeverityThreshold: 'severity-threshold',
    Checks: 'checks',
    Ignore: 'ignore',
    IssueTitle: 'issue-title',
    Labels: 'labels',
    Assignees: 'assignees',
    CloseWhenClean: 'close-when-clean',
    FailOnFindings: 'fail-on-findings',
    ReportDir: 'report-dir',
    InstallCargoAudit: 'install-cargo-audit',
    CargoAuditSha256: 'cargo-audit-sha256',
    Repository: 'repository',
    TokenLogin: 'token-login',
    Token: 'token'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    Findings: 'findings',
    IssueNumber: 'issue-number',
    IssueUrl: 'issue-url',
    ReportDir: 'report-dir',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    path: { default: '.', required: false },
    ecosystems: { default: '', required: false },
    'severity-threshold': { default: 'high', required: false },
    checks: { default: 'audit,outdated', required: false },
    ignore: { default: '', required: false },
    'issue-title': { default: 'Dependency Watch Alerts', required: false },
    labels: { default: 'dependencies,security', required: false },
    assignees: { default: '', required: false },
    'close-when-clean': { default: 'true', required: false },
    'fail-on-findings': { default: 'false', required: false },
    'report-dir': { default: 'dependency-watch-report/', required: false },
    'install-cargo-audit': { default: 'false', required: false },
    'cargo-audit-sha256': { required: false },
    repository: { required: false },
    'token-login': { required: false },
    token: { default: '${{ github.token }}', required: false }
};

;// CONCATENATED MODULE: ./actions/dependency-watch/src/inputs.ts






/** Input and output names, generated from action.yml (see ./generated/io.ts). */

/** Defaults; they must equal action.yml's. */
const DEFAULTS = {
    path: '.',
    severityThreshold: 'high',
    checks: ['audit', 'outdated'],
    issueTitle: 'Dependency Watch Alerts',
    labels: ['dependencies', 'security'],
    closeWhenClean: true,
    failOnFindings: false,
    reportDir: 'dependency-watch-report/',
    installCargoAudit: false
};
// GitHub logins: alphanumerics and single hyphens, up to 39 characters.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** Reads and validates every input; throws one ConfigurationError listing all problems. */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const path = reader.string(Inputs.Path, { default: DEFAULTS.path });
    const ecosystems = reader.enumList(Inputs.Ecosystems, src_findings/* ECOSYSTEMS */.SQ);
    const threshold = reader.enum(Inputs.SeverityThreshold, src_findings/* THRESHOLDS */.Rm, {
        default: DEFAULTS.severityThreshold
    });
    const checks = reader.enumList(Inputs.Checks, src_findings/* CHECKS */.ui, { default: DEFAULTS.checks });
    const ignoreLines = reader.list(Inputs.Ignore, { separators: 'newline' });
    const { rules: ignore, problems } = parseIgnoreLines(ignoreLines);
    for (const p of problems)
        reader.fail(Inputs.Ignore, p);
    const issueTitle = reader.string(Inputs.IssueTitle, { default: DEFAULTS.issueTitle });
    if (issueTitle.length > 256)
        reader.fail(Inputs.IssueTitle, `is ${issueTitle.length} characters long; GitHub accepts up to 256.`);
    const labels = reader.list(Inputs.Labels, { default: DEFAULTS.labels });
    for (const l of labels)
        if (l.length > 50)
            reader.fail(Inputs.Labels, `${JSON.stringify(l)} is longer than GitHub's 50-character label limit.`);
    const assignees = reader.list(Inputs.Assignees).map((a) => a.replace(/^@/, ''));
    for (const a of assignees)
        if (!LOGIN.test(a))
            reader.fail(Inputs.Assignees, `${JSON.stringify(a)} is not a GitHub login.`);
    const closeWhenClean = reader.boolean(Inputs.CloseWhenClean, { default: DEFAULTS.closeWhenClean });
    const failOnFindings = reader.boolean(Inputs.FailOnFindings, { default: DEFAULTS.failOnFindings });
    const reportDir = reader.string(Inputs.ReportDir, { default: DEFAULTS.reportDir });
    const installCargoAudit = reader.boolean(Inputs.InstallCargoAudit, { default: DEFAULTS.installCargoAudit });
    const cargoAuditSha256 = reader.string(Inputs.CargoAuditSha256).toLowerCase();
    if (cargoAuditSha256 && !/^[0-9a-f]{64}$/.test(cargoAuditSha256)) {
        reader.fail(Inputs.CargoAuditSha256, `${JSON.stringify(cargoAuditSha256)} is not a SHA-256 (64 hex digits).`);
    }
    else if (installCargoAudit && !cargoAuditSha256) {
        reader.fail(Inputs.CargoAuditSha256, `is empty, but install-cargo-audit is true: pin the SHA-256 of ${cargo_audit_release/* CARGO_AUDIT_ARCHIVE */.i} from its release page; a downloaded binary is never run unverified.`);
    }
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    const tokenLogin = reader.optional(Inputs.TokenLogin);
    if (tokenLogin !== undefined && !src_identity/* LOGIN_PATTERN */.NT.test(tokenLogin))
        reader.fail(Inputs.TokenLogin, `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot] or octocat.`);
    reader.finish();
    return {
        path,
        ecosystems,
        threshold,
        checks,
        ignore,
        issueTitle,
        labels,
        assignees,
        closeWhenClean,
        failOnFindings,
        reportDir,
        installCargoAudit,
        cargoAuditSha256,
        repository,
        token,
        tokenLogin
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/report-files.ts


function writeAtomic(file, text) {
    const tmp = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, text);
    (0,external_node_fs_.renameSync)(tmp, file);
}
/** Writes `report.json` and `report.md` into the report directory (created if needed). */
function writeReportFiles(dir, data, markdown) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    writeAtomic(external_node_path_default().join(dir, 'report.json'), JSON.stringify({ schema: 'release-kit/dependency-watch@1', ...data }, null, 2) + '\n');
    writeAtomic(external_node_path_default().join(dir, 'report.md'), markdown);
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/issue-diff.ts



// What changed between the findings an issue reported and the current ones, and how to say it in a
// comment. Titles are untrusted: newlines flattened, @-mentions defused.
function describe(f) {
    const id = issue_body_link(f.id, f.url);
    const title = f.title ? ' ' + cell(f.title.slice(0, 120)) : '';
    return `- ${f.severity} · ${f.ecosystem} · \`${f.package.replace(/`/g, "'")}\` ${cell(f.installed)} · ${id}${title}`;
}
/** The comment that accompanies a change: what is new and what is resolved (50 of each at most). */
function changeComment(added, resolved, threshold, heading) {
    const lines = [`**${heading}** (threshold \`${threshold}\`)`];
    if (added.length)
        lines.push('', `New (${added.length}):`, ...added.slice(0, 50).map(describe));
    if (added.length > 50)
        lines.push(`- … and ${added.length - 50} more (see the issue body)`);
    if (resolved.length)
        lines.push('', `Resolved (${resolved.length}):`, ...resolved.slice(0, 50).map(describe));
    if (resolved.length > 50)
        lines.push(`- … and ${resolved.length - 50} more`);
    return (0,body_limit/* capBody */.vE)(lines.join('\n'));
}
/** Findings added and resolved between two runs, by finding identity. */
function diff(previous, current) {
    const before = new Set(previous.map(src_findings/* findingKey */.fl));
    const now = new Set(current.map(src_findings/* findingKey */.fl));
    return {
        added: current.filter((f) => !before.has((0,src_findings/* findingKey */.fl)(f))),
        resolved: previous.filter((f) => !now.has((0,src_findings/* findingKey */.fl)(f)))
    };
}
/** True when two lists hold the same findings, in any order. */
function sameFindings(a, b) {
    const x = a.map(src_findings/* findingKey */.fl).sort();
    const y = b.map(src_findings/* findingKey */.fl).sort();
    return x.length === y.length && x.every((k, i) => k === y[i]);
}

// EXTERNAL MODULE: ./packages/core/src/writes.ts
var writes = __webpack_require__(86757);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/tracking-issue.ts





/** The hidden marker that identifies the tracking issue of one project path, whatever its title. */
function issueMarker(projectPath) {
    return `<!-- release-kit:dependency-watch path=${projectPath.replace(/-->/g, '')} -->`;
}
/** True when the body carries the marker on a line of its own (a quote of it, `> <!-- …`, does not). */
function hasMarker(body, marker) {
    return !!body && body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/**
 * Lists every issue (open and closed, pages of 100) and keeps those carrying the marker. Search is
 * not used: it is eventually consistent and rate-limited separately, so a fresh issue could be missed
 * and duplicated.
 */
async function findTrackedIssues(gh, repo, marker) {
    const out = [];
    try {
        for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
            ...repo,
            state: 'all',
            per_page: 100
        })) {
            for (const issue of page.data) {
                if (issue.pull_request)
                    continue;
                if (!hasMarker(issue.body, marker))
                    continue;
                out.push({
                    number: issue.number,
                    html_url: issue.html_url,
                    state: issue.state,
                    title: issue.title,
                    body: issue.body ?? '',
                    updated_at: issue.updated_at,
                    user: issue.user ?? null
                });
            }
        }
    }
    catch (e) {
        const status = (0,errors/* getErrorStatus */.v9)(e);
        if (status === 401 || status === 403 || status === 404) {
            throw new errors/* ConfigurationError */.j1(`Could not list the issues of ${repo.owner}/${repo.repo} (${status}): check 'repository', and that the token in 'token' can read it (a GITHUB_TOKEN only reaches its own repository).`);
        }
        throw explain(e, 'list issues', repo);
    }
    return out;
}
function explain(error, what, repo) {
    const status = (0,errors/* getErrorStatus */.v9)(error);
    if (status === 410) {
        return new errors/* ConfigurationError */.j1(`Could not ${what} in ${repo.owner}/${repo.repo} (410): issues are disabled in that repository. Enable them (Settings → Features → Issues) or point 'repository' at one that has them.`);
    }
    if (status === 403 || status === 404) {
        return new errors/* ConfigurationError */.j1(`Could not ${what} in ${repo.owner}/${repo.repo} (${status}): the token in 'token' cannot write issues there. Grant \`permissions: issues: write\` to GITHUB_TOKEN, or use a token with issue write access.`);
    }
    return error;
}
/**
 * Keeps exactly one tracking issue true to the findings, writing only when something changed:
 * create (or reopen) on new findings, update the body plus one comment listing what is new and what is
 * resolved, close with a comment when clean, and nothing at all when nothing changed.
 */
async function syncTrackingIssue(gh, repo, existing, plan, report) {
    const open = existing.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
    const closed = existing
        .filter((i) => i.state !== 'open')
        .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.number - a.number);
    const primary = open[0] ?? closed[0];
    // Exactly one open: later duplicates (two runs racing, a copied issue) are closed in favour of the oldest.
    for (const dup of open.slice(1)) {
        try {
            await (0,writes/* createCommentOnce */.L2)(gh, repo, dup.number, `Superseded by #${open[0].number}, which tracks the same findings.`, { checkFirst: true, identity: plan.identity });
            await (0,writes/* closeIssueOnce */.dp)(gh, repo, dup.number, { state_reason: 'not_planned' });
        }
        catch (e) {
            throw explain(e, `close duplicate issue #${dup.number}`, repo);
        }
        report.write({
            kind: 'issue',
            target: `#${dup.number}`,
            result: 'updated',
            reason: `closed as a duplicate of #${open[0].number}`,
            url: dup.html_url
        });
    }
    const hasFindings = plan.findings.length > 0;
    if (!primary) {
        if (!hasFindings) {
            report.write({
                kind: 'issue',
                target: plan.title,
                result: 'skipped',
                reason: 'no findings and no tracking issue'
            });
            return undefined;
        }
        try {
            // The body's first line is the tracking marker (issue-body.ts): a lost answer is found by it.
            const { value: data } = await (0,writes/* createIssueOnce */.xE)(gh, repo, { title: plan.title, body: plan.body, labels: plan.labels, assignees: plan.assignees }, plan.body.split('\n')[0], plan.identity);
            report.write({
                kind: 'issue',
                target: `#${data.number}`,
                result: 'created',
                reason: `${plan.findings.length} finding(s)`,
                url: data.html_url
            });
            return {
                number: data.number,
                html_url: data.html_url,
                state: 'open',
                title: data.title,
                body: plan.body,
                updated_at: data.updated_at
            };
        }
        catch (e) {
            throw explain(e, 'create the tracking issue', repo);
        }
    }
    const previous = decodeState(primary.body, (why) => report.status('warn', `The hidden state of #${primary.number} was discarded and rebuilt: ${(0,untrusted_text/* markdownText */.p7)(why)}.`)) ?? [];
    const { added, resolved } = diff(previous, plan.findings);
    const unchangedBody = stripState(primary.body.replace(/\r\n/g, '\n')) === stripState(plan.body) &&
        sameFindings(previous, plan.findings);
    const ref = `#${primary.number}`;
    try {
        if (primary.state !== 'open') {
            if (!hasFindings) {
                report.write({
                    kind: 'issue',
                    target: ref,
                    result: 'unchanged',
                    reason: 'closed and still clean',
                    url: primary.html_url
                });
                return primary;
            }
            // Closed by a person while these same findings stood: their call, not reopened every run.
            if (!added.length) {
                report.write({
                    kind: 'issue',
                    target: ref,
                    result: 'unchanged',
                    reason: 'closed by hand with the same findings; not reopened',
                    url: primary.html_url
                });
                return primary;
            }
            await gh.rest.issues.update({ ...repo, issue_number: primary.number, state: 'open', body: plan.body });
            await (0,writes/* createCommentOnce */.L2)(gh, repo, primary.number, changeComment(added, resolved, plan.threshold, 'Reopened: findings are back'), { identity: plan.identity });
            report.write({
                kind: 'issue',
                target: ref,
                result: 'updated',
                reason: `reopened with ${added.length} new finding(s)`,
                url: primary.html_url
            });
            return { ...primary, state: 'open', body: plan.body };
        }
        if (plan.clean && plan.closeWhenClean) {
            // Comment (idempotently: not again when it is already our last word), then close: a re-run
            // after either step failed converges on one closing comment and a closed issue.
            await (0,writes/* createCommentOnce */.L2)(gh, repo, primary.number, changeComment([], resolved, plan.threshold, 'All findings are resolved: closing'), { checkFirst: true, identity: plan.identity });
            await (0,writes/* closeIssueOnce */.dp)(gh, repo, primary.number, { state_reason: 'completed', body: plan.body });
            report.write({
                kind: 'issue',
                target: ref,
                result: 'updated',
                reason: 'clean: closed',
                url: primary.html_url
            });
            return { ...primary, state: 'closed', body: plan.body };
        }
        if (unchangedBody) {
            report.write({
                kind: 'issue',
                target: ref,
                result: 'unchanged',
                reason: 'findings unchanged',
                url: primary.html_url
            });
            return primary;
        }
        await gh.rest.issues.update({ ...repo, issue_number: primary.number, body: plan.body });
        // Only a change in findings is worth a notification; an outdated-table or banner change is an edit.
        if (added.length || resolved.length) {
            await (0,writes/* createCommentOnce */.L2)(gh, repo, primary.number, changeComment(added, resolved, plan.threshold, 'Findings changed'), { identity: plan.identity });
        }
        report.write({
            kind: 'issue',
            target: ref,
            result: 'updated',
            reason: `${added.length} new, ${resolved.length} resolved`,
            url: primary.html_url
        });
        return { ...primary, body: plan.body };
    }
    catch (e) {
        throw explain(e, `update tracking issue ${ref}`, repo);
    }
}

// EXTERNAL MODULE: ./packages/core/src/files.ts
var files = __webpack_require__(92886);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/main.ts














/**
 * Where people find the full report when the body is cut: the workflow's run list (stable across
 * runs, so a cut body does not change, and so cause a write, on every run).
 */
function reportLink() {
    const server = process.env.GITHUB_SERVER_URL;
    const repo = process.env.GITHUB_REPOSITORY;
    if (!server || !repo)
        return undefined;
    const workflow = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
    return `${server}/${repo}/actions${workflow ? `/workflows/${workflow}` : ''}`;
}
function projectPath(workspace, dir) {
    const rel = external_node_path_default().relative(workspace, dir).split((external_node_path_default()).sep).join('/');
    return rel === '' ? '.' : rel;
}
function summarise(report, results, findings, inputs) {
    report.table(['Ecosystem', 'Check', 'Result', 'Detail'], results.map((r) => [
        r.ecosystem,
        r.check,
        r.status === 'ok'
            ? '✅ ok'
            : r.status === 'skipped'
                ? '⏭️ skipped'
                : r.infrastructure
                    ? '❌ infrastructure failure'
                    : '❌ failed',
        r.status === 'ok'
            ? r.check === 'audit'
                ? `${r.findings.length} advisory finding(s) in total`
                : `${r.outdated.length} outdated`
            : `${r.reason ?? ''}${r.advice ? ` — ${r.advice}` : ''}`
    ]));
    if (findings.length) {
        report.heading(`Findings at or above ${inputs.threshold}`, 4);
        report.table(['Severity', 'Ecosystem', 'Package', 'Installed', 'Advisory', 'Fixed in'], findings
            .slice(0, 200)
            .map((f) => [f.severity, f.ecosystem, f.package, f.installed, f.id, f.fixedIn || '—']));
        if (findings.length > 200)
            report.text(`… and ${findings.length - 200} more in report.json.`);
    }
}
async function run() {
    await (0,action/* runAction */.C)('dependency-watch', 'Dependency watch', async (report) => {
        const inputs = parseInputs();
        // `path` and `report-dir` are relative to the workspace, as action.yml says (and as the other actions read paths).
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const dir = external_node_path_default().resolve(workspace, inputs.path);
        if (!(0,files/* isDirectory */.wd)(dir)) {
            throw new errors/* InputError */.dz(Inputs.Path, inputs.path, `${JSON.stringify(inputs.path)} is not a directory (resolved to ${dir}).`, 'Point it at the project holding the lockfile.');
        }
        const plans = (0,ecosystems/* planEcosystems */.$S)(dir, inputs.ecosystems);
        if (!plans.length) {
            throw new errors/* InputError */.dz(Inputs.Path, inputs.path, `no lockfile in ${JSON.stringify(inputs.path)}.`, `dependency-watch detects ${(0,ecosystems/* detectedLockfiles */.hN)()}; point '${Inputs.Path}' at the project or name the ecosystems in '${Inputs.Ecosystems}'.`);
        }
        const reportDir = external_node_path_default().resolve(workspace, inputs.reportDir);
        report.output(Outputs.ReportDir, reportDir);
        // The tracking issue is read and written with the token: an installation token whose job's
        // `permissions:` leaves out issues is named now, before the audits, not as a bare 403 after them.
        const [{ createGitHubClient }, { preflightReads }] = await Promise.all([
            __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527)),
            __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 20655))
        ]);
        const gh = await createGitHubClient(inputs.token);
        await preflightReads(gh, inputs.repository, ['issues'], 'HEAD', Inputs.Token, ['issues']);
        // The runners and parsers (exec, semver, TOML) load only once the inputs are known to be good.
        const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(2666)]).then(__webpack_require__.bind(__webpack_require__, 22666));
        const results = await runChecks(plans, {
            dir,
            checks: inputs.checks,
            installCargoAudit: inputs.installCargoAudit,
            cargoAuditSha256: inputs.cargoAuditSha256
        });
        const audits = results.filter((r) => r.check === 'audit');
        const failedAudits = audits.filter((r) => r.status === 'failed');
        // Planned ecosystems whose audit did not produce a report (failed, skipped, or not among `checks`).
        const audited = new Set(audits.filter((r) => r.status === 'ok').map((r) => r.ecosystem));
        const notAudited = new Set(plans.map((p) => p.ecosystem).filter((e) => !audited.has(e)));
        const now = new Date();
        const ignores = applyIgnores(audits.flatMap((r) => r.findings), inputs.ignore, now);
        const counted = ignores.counted.filter((f) => (0,src_findings/* meetsThreshold */.M0)(f.severity, inputs.threshold));
        const outdated = results.flatMap((r) => r.outdated).sort(src_findings/* compareOutdated */.uM);
        const unknown = failedAudits.length > 0;
        const marker = issueMarker(projectPath(workspace, dir));
        const build = (carriedOver, issue) => {
            const findings = [...counted, ...carriedOver].sort(src_findings/* compareFindings */.Eg);
            const model = {
                marker,
                threshold: inputs.threshold,
                findings,
                keptKeys: new Set(carriedOver.map(src_findings/* findingKey */.fl)),
                expired: ignores.expired.filter((e) => (0,src_findings/* meetsThreshold */.M0)(e.finding.severity, inputs.threshold)),
                ignoredCount: ignores.ignored.length,
                belowThreshold: ignores.counted.length - counted.length,
                outdated,
                failed: results.filter((r) => r.status === 'failed'),
                skipped: results.filter((r) => r.status === 'skipped'),
                reportLink: reportLink()
            };
            const data = {
                repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
                path: projectPath(workspace, dir),
                threshold: inputs.threshold,
                generatedAt: now.toISOString(),
                status: unknown ? 'unknown' : findings.length ? 'findings' : 'clean',
                findingsCount: unknown ? null : counted.length,
                checks: results,
                findings: audits
                    .flatMap((r) => r.findings)
                    .sort(src_findings/* compareFindings */.Eg)
                    .map((f) => ({
                    ...f,
                    atOrAboveThreshold: (0,src_findings/* meetsThreshold */.M0)(f.severity, inputs.threshold),
                    ignored: ignores.ignored.some((i) => i.finding === f),
                    expiredIgnore: ignores.expired.some((i) => i.finding === f)
                })),
                carriedOver,
                outdated,
                ignores,
                ...(issue ? { issue: { number: issue.number, url: issue.html_url, state: issue.state } } : {})
            };
            writeReportFiles(reportDir, data, renderReportMarkdown(model, inputs.issueTitle));
            return { findings, model };
        };
        // Written now, so the report survives GitHub being unreachable; rewritten below with the issue.
        build([]);
        // The previous findings live in the tracking issue; read them before deciding anything.
        // Only the token's own issues are the tracking issue: anyone can paste the marker into an issue.
        const identity = await (0,src_identity.getTokenIdentity)(gh, { override: inputs.tokenLogin });
        const marked = await findTrackedIssues(gh, inputs.repository, marker);
        const existing = marked.filter((i) => (0,src_identity/* isAuthoredBy */.mx)(i, identity));
        const foreign = marked.filter((i) => !(0,src_identity/* isAuthoredBy */.mx)(i, identity)).sort((a, b) => a.number - b.number);
        if (foreign.length)
            report.status('warn', `Ignored ${foreign.map((i) => `#${i.number} (by ${(0,untrusted_text/* markdownText */.p7)(i.user?.login ?? 'a deleted account')})`).join(', ')}: it carries the tracking marker but was not written by ${(0,untrusted_text/* markdownText */.p7)(identity.login)}, the token's identity.`);
        const open = existing.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
        // An audit that did not run says nothing about its ecosystem: its last findings stand.
        const carriedOver = (decodeState(open?.body) ?? []).filter((f) => notAudited.has(f.ecosystem) && (0,src_findings/* meetsThreshold */.M0)(f.severity, inputs.threshold));
        const { findings, model } = build(carriedOver);
        const { body, omittedRows } = renderIssueBody(model);
        if (omittedRows)
            report.status('warn', `The issue body was cut: ${omittedRows} row(s) are only in the report artifact.`);
        const issue = await syncTrackingIssue(gh, inputs.repository, existing, {
            title: inputs.issueTitle,
            labels: inputs.labels,
            assignees: inputs.assignees,
            body,
            findings,
            clean: findings.length === 0 && !unknown,
            closeWhenClean: inputs.closeWhenClean,
            threshold: inputs.threshold,
            identity
        }, report);
        if (issue)
            build(carriedOver, issue);
        // Unknown is not zero: with an audit that could not run, the count stays empty.
        report.output(Outputs.Findings, unknown ? '' : String(counted.length));
        report.output(Outputs.IssueNumber, issue ? String(issue.number) : '');
        report.output(Outputs.IssueUrl, issue ? issue.html_url : '');
        report.data.findings = counted.length;
        report.data.status = unknown ? 'unknown' : findings.length ? 'findings' : 'clean';
        if (unknown) {
            report.status('fail', `Findings unknown: ${failedAudits.map((r) => `${r.command} — ${r.infrastructure ? 'infrastructure failure' : 'failed'}: ${r.reason}`).join('; ')}.`);
        }
        else if (counted.length) {
            report.status('warn', `${counted.length} finding(s) at or above ${inputs.threshold}.`);
        }
        else {
            report.status('pass', `No findings at or above ${inputs.threshold}.`);
        }
        for (const s of results.filter((r) => r.status === 'skipped'))
            report.status('skip', `${s.command || `${s.ecosystem} ${s.check}`}: ${s.reason}${s.advice ? `. ${s.advice}` : ''}`);
        if (ignores.unused.length)
            report.status('info', `Ignore lines that matched nothing: ${ignores.unused.map((r) => r.id).join(', ')}.`);
        summarise(report, results, findings, inputs);
        for (const r of failedAudits) {
            report.fail(r.infrastructure ? 'audit-infrastructure' : 'audit-failed', `${r.command}: ${r.reason} (previous findings kept; this is not a clean result)`);
        }
        if (inputs.failOnFindings && counted.length)
            report.fail('findings', `${counted.length} finding(s) at or above ${inputs.threshold}`);
    });
}


/***/ }),

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

/***/ 92886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ expandGlobs),
/* harmony export */   Km: () => (/* binding */ globRoots),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* unused harmony exports expandBraces, sortByBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** Expands `{a,b}` alternatives (nested too) into separate patterns. */
function expandBraces(pattern) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{') {
            if (depth++ === 0)
                start = i;
        }
        else if (c === '}' && depth > 0 && --depth === 0) {
            const body = pattern.slice(start + 1, i);
            const parts = [];
            let d = 0;
            let from = 0;
            for (let j = 0; j < body.length; j++) {
                if (body[j] === '\\')
                    j++;
                else if (body[j] === '{')
                    d++;
                else if (body[j] === '}')
                    d--;
                else if (body[j] === ',' && d === 0) {
                    parts.push(body.slice(from, j));
                    from = j + 1;
                }
            }
            parts.push(body.slice(from));
            if (parts.length < 2)
                continue; // `{x}` is literal, as in bash
            const head = pattern.slice(0, start);
            const tail = pattern.slice(i + 1);
            return parts.flatMap((p) => expandBraces(head + p + tail));
        }
    }
    return [pattern];
}
const MAGIC = /[*?[]/;
/** Converts one path segment of a glob to a regular expression source. */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length)
            out += escapeRegExp(segment[++i]);
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
            i = close;
        }
        else
            out += escapeRegExp(c);
    }
    return out;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/**
 * Compiles one glob (after brace expansion) relative to the working directory.
 * @throws ConfigurationError for absolute patterns and `..` segments.
 */
function compile(pattern, inputName) {
    let p = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(inputName, pattern, `${JSON.stringify(pattern)} leaves the working directory`, "patterns are relative to working-directory and may not be absolute or hold '..'. Set working-directory instead.");
    }
    p = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    const segments = p.split('/').filter((s) => s !== '' && s !== '.');
    const firstMagic = segments.findIndex((s) => MAGIC.test(s));
    const literal = firstMagic < 0;
    const baseSegments = literal ? segments.slice(0, -1) : segments.slice(0, firstMagic);
    const rest = literal ? segments.slice(-1) : segments.slice(firstMagic);
    let source = '';
    for (const [i, seg] of segments.entries()) {
        if (seg === '**') {
            // `a/**/b` matches a/b too; a trailing `**` matches everything below.
            source += i === segments.length - 1 ? (i === 0 ? '.*' : '/.*') : i === 0 ? '(?:.*/)?' : '(?:/.*)?/';
            continue;
        }
        if (i > 0 && segments[i - 1] !== '**')
            source += '/';
        source += segmentSource(seg);
    }
    const depth = rest.includes('**') ? Infinity : rest.length;
    return {
        source: pattern,
        base: baseSegments.map((s) => s.replace(/\\(.)/g, '$1')).join('/'),
        regex: new RegExp(`^${source}$`, 's'),
        depth,
        literal: literal ? segments.map((s) => s.replace(/\\(.)/g, '$1')).join('/') : undefined
    };
}
function isFile(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isFile();
    }
    catch {
        return false;
    }
}
/** True for an existing directory (or a link to one). */
function isDirectory(abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Walks `base` up to `depth` levels, following symbolic links to files and, once each, to directories.
 * Synchronous on purpose: one readdir per directory and no promise per entry keeps 20,000-file folders
 * to a few milliseconds; a stat is paid only for symbolic links.
 */
function walk(cwd, base, depth, visit) {
    const seen = new Set();
    // Linked directories are walked after every real one, so a file reachable both ways is reported under
    // its real path whatever order readdir returns.
    const linked = [];
    const go = (rel, level) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, rel);
        let entries;
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            const key = `${st.dev}:${st.ino}`;
            if (seen.has(key))
                return;
            seen.add(key);
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            return;
        }
        const prefix = rel ? `${rel}/` : '';
        for (const e of entries) {
            const childRel = prefix + e.name;
            if (e.isFile())
                visit(childRel);
            else if (e.isDirectory()) {
                if (level + 1 < depth)
                    go(childRel, level + 1);
            }
            else if (e.isSymbolicLink()) {
                let st;
                try {
                    st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, childRel));
                }
                catch {
                    continue;
                }
                if (st.isFile())
                    visit(childRel);
                else if (st.isDirectory() && level + 1 < depth)
                    linked.push([childRel, level + 1]);
            }
        }
    };
    go(base, 0);
    while (linked.length)
        go(...linked.shift());
}
/**
 * The directories the include patterns start from, absolute (`<cwd>/dist` for `dist/*.zip`, `<cwd>` for
 * `*`), for a caller deciding whether a listing can find anything at all.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
function globRoots(patterns, cwd, inputName = 'files') {
    const roots = new Set();
    for (const line of patterns) {
        const body = line.trim();
        if (!body || body.startsWith('#') || body.startsWith('!'))
            continue;
        for (const p of expandBraces(body))
            roots.add(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, compile(p, inputName).base));
    }
    return [...roots];
}
/** Sorts names by their UTF-8 bytes, as `LC_ALL=C sort` does (JS string order differs above U+FFFF). */
function sortByBytes(names) {
    const list = [...names];
    // UTF-16 order equals code point (= UTF-8 byte) order unless a surrogate pair is involved.
    if (!list.some((n) => /[\uD800-\uDFFF]/.test(n)))
        return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const keyed = list.map((n) => ({ n, key: Buffer.from(n) }));
    return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.n);
}
/**
 * Expands newline-separated glob patterns (or a list of them) relative to a working directory into the
 * files they match, skipping directories. Lines starting with `!` exclude; blank and `#` lines are ignored.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
async function expandGlobs(patterns, options = {}) {
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd ?? '.');
    const inputName = options.inputName ?? 'files';
    const lines = (typeof patterns === 'string' ? patterns.split(/\r?\n/) : [...patterns])
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    const includes = [];
    const excludes = [];
    for (const line of lines) {
        const negated = line.startsWith('!');
        const body = negated ? line.slice(1).trim() : line;
        const compiled = expandBraces(body).map((p) => compile(p, inputName));
        if (negated)
            excludes.push(...compiled);
        else
            includes.push({ source: line, compiled });
    }
    const found = new Set();
    const unmatched = [];
    for (const include of includes) {
        const hits = new Set();
        for (const c of include.compiled) {
            if (c.literal !== undefined) {
                if (c.literal && isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, c.literal)))
                    hits.add(c.literal);
                continue;
            }
            walk(cwd, c.base, c.depth, (rel) => {
                if (c.regex.test(rel))
                    hits.add(rel);
            });
        }
        if (hits.size === 0)
            unmatched.push(include.source);
        for (const h of hits)
            found.add(h);
    }
    for (const name of [...found])
        if (excludes.some((x) => x.regex.test(name)))
            found.delete(name);
    return { files: sortByBytes(found), unmatched };
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

/***/ 12479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ unsupportedLockfilesIn),
/* harmony export */   QO: () => (/* binding */ lockfilesIn),
/* harmony export */   Wd: () => (/* binding */ lockfileKind),
/* harmony export */   b8: () => (/* binding */ UNSUPPORTED_LOCKFILE_NAMES),
/* harmony export */   dD: () => (/* binding */ LOCKFILE_NAMES),
/* harmony export */   pi: () => (/* binding */ lockfileNamesOf),
/* harmony export */   zK: () => (/* binding */ lockfileFor)
/* harmony export */ });
/* unused harmony exports packageManagerOf, isYarnBerryText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Lockfile names looked for directly in a project root, in the order their roots are preferred.
 * `requirements.txt` stands for the requirements family; other members (`requirements-dev.txt`) are
 * recognised by `lockfileKind` when named explicitly.
 */
const LOCKFILE_NAMES = [
    'Cargo.lock',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'pnpm-lock.yaml',
    'yarn.lock',
    'poetry.lock',
    'uv.lock',
    'requirements.txt',
    'go.mod'
];
/** Lockfiles of ecosystems release-kit does not read: a found one is reported, never silently ignored. */
const UNSUPPORTED_LOCKFILE_NAMES = [
    'Gemfile.lock',
    'composer.lock',
    'Pipfile.lock',
    'pdm.lock',
    'bun.lock',
    'bun.lockb',
    'packages.lock.json',
    'paket.lock',
    'mix.lock',
    'pubspec.lock',
    'Podfile.lock',
    'Package.resolved',
    'gradle.lockfile',
    'conan.lock',
    'flake.lock',
    'deno.lock'
];
const MANAGER = {
    cargo: 'cargo',
    npm: 'npm',
    pnpm: 'pnpm',
    'yarn-v1': 'yarn',
    'yarn-berry': 'yarn',
    poetry: 'poetry',
    uv: 'uv',
    requirements: 'pip',
    gomod: 'go'
};
/**
 * The names each package manager reads, the one it obeys first: npm takes npm-shrinkwrap.json over
 * package-lock.json when a project has both (and ignores the package-lock.json then).
 */
const OBEYED = {
    cargo: ['Cargo.lock'],
    npm: ['npm-shrinkwrap.json', 'package-lock.json'],
    pnpm: ['pnpm-lock.yaml'],
    yarn: ['yarn.lock'],
    poetry: ['poetry.lock'],
    uv: ['uv.lock'],
    pip: ['requirements.txt'],
    go: ['go.mod']
};
/** The package manager behind a lockfile kind. */
function packageManagerOf(kind) {
    return MANAGER[kind];
}
/** The lockfile names a package manager reads, the one it obeys first (for lookups and messages). */
function lockfileNamesOf(manager) {
    return OBEYED[manager];
}
/** The first `bytes` of a file as text; empty when it cannot be read. */
function head(file, bytes = 4096) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
        const buffer = Buffer.alloc(bytes);
        return buffer.toString('utf8', 0, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, bytes, 0));
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * True when a yarn.lock's opening text is Yarn 2+ ("Berry"): it is YAML with a `__metadata:` block,
 * where Yarn 1 announces itself in a header comment. Berry speaks `yarn npm audit`, Yarn 1 `yarn audit`.
 */
function isYarnBerryText(text) {
    return /^__metadata:/m.test(text);
}
/**
 * The kind of a lockfile from its name (and, for yarn.lock, its first 4 KiB); undefined for a name
 * release-kit does not read. A yarn.lock that cannot be read counts as Yarn 1.
 */
function lockfileKind(file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
    if (base === 'Cargo.lock')
        return 'cargo';
    if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json')
        return 'npm';
    if (base === 'pnpm-lock.yaml')
        return 'pnpm';
    if (base === 'poetry.lock')
        return 'poetry';
    if (base === 'uv.lock')
        return 'uv';
    if (base === 'go.mod')
        return 'gomod';
    if (/^requirements([-._][\w.-]*)?\.txt$/.test(base) || /\.requirements\.txt$/.test(base))
        return 'requirements';
    if (base === 'yarn.lock')
        return isYarnBerryText(head(file)) ? 'yarn-berry' : 'yarn-v1';
    return undefined;
}
function isFile(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
/** Every known lockfile directly in `dir` (not below it), in LOCKFILE_NAMES order. */
function lockfilesIn(dir) {
    const found = [];
    for (const name of LOCKFILE_NAMES) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        if (isFile(file))
            found.push({ name, path: file, kind: lockfileKind(file) });
    }
    return found;
}
/** The lockfile `manager` obeys in `dir`, or undefined when it has none there. */
function lockfileFor(dir, manager) {
    for (const name of OBEYED[manager]) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        if (isFile(file))
            return { name, path: file, kind: lockfileKind(file) };
    }
    return undefined;
}
/** Names of lockfiles of unsupported ecosystems directly in `dir`. */
function unsupportedLockfilesIn(dir) {
    return UNSUPPORTED_LOCKFILE_NAMES.filter((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)));
}


/***/ }),

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ untrustedCell),
/* harmony export */   U: () => (/* binding */ untrustedText)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82779);
/**
 * Untrusted text (issue titles, advisory titles, check names, comment reasons) made safe to place in
 * Markdown that release-kit publishes: job summaries, issue bodies, pull request and release comments.
 * Both helpers are {@link markdownText} from `untrusted-text.ts`, the one safe path, under the names the
 * actions already use.
 */

/** Characters of one untrusted text kept in a page (a long advisory or comment is cut with a note). */
const TEXT_LIMIT = 1_000;
/**
 * Neutralises what untrusted text could do beyond being shown: `<` and `>` cannot open HTML or forge
 * the hidden `<!-- … -->` markers that find release-kit's own comments and sections again; Markdown
 * punctuation cannot make links, images or emphasis; an `@name` cannot mention (notify) a user or team,
 * `#12` cannot reference an issue, a bare URL is not made a link. One line, capped.
 * @param text any untrusted text.
 * @returns the text, displayed the same, with those effects removed.
 */
function untrustedText(text) {
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text, { max: TEXT_LIMIT });
}
/**
 * Untrusted text for a cell of a hand-built Markdown table: {@link untrustedText} (one line, `\` escaped)
 * with `|` escaped so that it cannot end the cell.
 * @param text any untrusted text.
 */
function untrustedCell(text) {
    // markdownText escapes `|` as `\|` already, which is what a table cell needs too.
    return untrustedText(text);
}


/***/ }),

/***/ 41823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Deadline: () => (/* binding */ Deadline),
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
/**
 * A deadline in input time: a `wait-timeout` of 10m means the same at any time scale, and what is left
 * of it comes back in input-time milliseconds, ready for `sleep`.
 */
class Deadline {
    now;
    scale;
    end;
    /**
     * @param inputMs the timeout as the user gave it
     * @param now the clock (tests inject one)
     * @param scale the time scale; 1 when the caller's waits are not scaled (an injected sleep)
     */
    constructor(inputMs, now = Date.now, scale = timeScale()) {
        this.now = now;
        this.scale = scale;
        this.end = now() + inputMs * scale;
    }
    passed() {
        return this.now() >= this.end;
    }
    /** What is left, in input-time milliseconds (0 once passed). */
    leftMs() {
        return Math.max(0, this.end - this.now()) / (this.scale || 1);
    }
}


/***/ }),

/***/ 40474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   tW: () => (/* binding */ SEND_ONCE)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41823);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82779);



/*
 * A write whose answer is lost (a 5xx, a dropped connection, a body cut short) may have happened. The
 * client sends non-idempotent writes once; this loop looks up whether the write landed before sending
 * it again, and adopts what it finds. Every action's creating writes go through it (see writes.ts).
 */
/** The request settings to pass to the one Octokit call of an attempt: no replay by the retry plugin. */
const SEND_ONCE = { retries: 0 };
/**
 * True for a failure after which the write may have happened: a 5xx, a network error (Octokit reports
 * it as 500), an answer cut short. Rate limits (429, 403 secondary) are refused before the handler runs
 * and are waited out by the client itself.
 */
function isLostAnswer(error) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(error);
    return status === undefined ? !!error?.request : status >= 500;
}
function recount(error, attempts) {
    if (error instanceof Error && /after \d+ attempts?/.test(error.message)) {
        error.message = error.message.replace(/after \d+ attempts?/, `after ${attempts} attempts (each retry first checked whether the write had landed)`);
        error.attempts = attempts;
    }
    return error;
}
/**
 * Runs a non-idempotent write exactly once across lost answers: after a failure that may hide a landed
 * write, waits (time-scaled backoff), asks `landed()`, adopts its result, or sends the write again.
 * After the last attempt it looks once more, then fails with the last error.
 * @throws the write's own error when it is not a lost answer (4xx), or the last one once attempts run out.
 */
async function writeOnce(options) {
    const attempts = options.attempts ?? 4;
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1) {
            await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_2__.sleep)(1000 * (attempt - 1) ** 2);
            const found = await options.landed();
            if (found !== undefined) {
                (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logInfo */ .fH)(`${options.what}: the answer was lost, but the write had landed; using it.`);
                return { value: found, recovered: true, attempts: attempt - 1 };
            }
            (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .logInfo */ .fH)(`${options.what}: the write had not landed; sending it again (attempt ${attempt}).`);
        }
        try {
            return { value: await options.write(), recovered: false, attempts: attempt };
        }
        catch (e) {
            if (!isLostAnswer(e))
                throw e;
            last = e;
        }
    }
    const found = await options.landed();
    if (found !== undefined)
        return { value: found, recovered: true, attempts };
    throw recount(last, attempts);
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
