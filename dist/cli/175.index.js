export const id = 175;
export const ids = [175];
export const modules = {

/***/ 22680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $S: () => (/* binding */ planEcosystems),
/* harmony export */   Fw: () => (/* binding */ commandFor),
/* harmony export */   Ih: () => (/* binding */ lockfileNames),
/* harmony export */   a6: () => (/* binding */ installAdvice)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const LOCKFILES = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'],
    pnpm: ['pnpm-lock.yaml'],
    yarn: ['yarn.lock'],
    cargo: ['Cargo.lock']
};
/** Lockfile names per ecosystem, for messages. */
function lockfileNames(ecosystem) {
    return LOCKFILES[ecosystem].join(' or ');
}
function planFor(dir, ecosystem) {
    const lockfile = LOCKFILES[ecosystem].find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f)));
    const plan = { ecosystem, lockfile };
    if (ecosystem === 'yarn' && lockfile) {
        const head = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, lockfile), 'utf8').slice(0, 4096);
        plan.yarnBerry = /^__metadata:/m.test(head);
    }
    return plan;
}
/**
 * The ecosystems to audit: the ones asked for, or else every one whose lockfile is in `dir`.
 * Detection looks at `dir` itself only: a monorepo with several projects runs the action per path.
 */
function planEcosystems(dir, requested) {
    const wanted = requested.length ? requested : Object.keys(LOCKFILES);
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

/***/ 79175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
/** The findings stored in a body, or undefined when it has no (readable) state. */
function decodeState(body) {
    if (!body)
        return undefined;
    const start = body.indexOf(PREFIX);
    if (start < 0)
        return undefined;
    const end = body.indexOf(SUFFIX, start + PREFIX.length);
    if (end < 0)
        return undefined;
    try {
        const rows = JSON.parse((0,external_node_zlib_.inflateRawSync)(Buffer.from(body.slice(start + PREFIX.length, end), 'base64')).toString('utf8'));
        if (!Array.isArray(rows))
            return undefined;
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
    catch {
        return undefined;
    }
}
/** The body without its state comment, for comparing what people see. */
function stripState(body) {
    const start = body.indexOf(PREFIX);
    if (start < 0)
        return body;
    const end = body.indexOf(SUFFIX, start + PREFIX.length);
    return end < 0 ? body : body.slice(0, start) + body.slice(end + SUFFIX.length);
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/issue-body.ts


/** GitHub refuses issue bodies longer than this many characters. */
const BODY_LIMIT = 65_536;
const SEVERITY_MARK = {
    critical: '🔴',
    high: '🟠',
    unknown: '❔',
    moderate: '🟡',
    low: '🔵',
    info: '⚪'
};
/** Makes untrusted text (advisory titles, package names) safe in a table cell. */
function cell(text) {
    return (text
        .replace(/\r?\n/g, ' ')
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // an advisory title must not @-mention anyone
        .replace(/@(?=\w)/g, '@\u200b'));
}
function code(text) {
    return text ? '`' + text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') + '`' : '—';
}
function issue_body_link(text, url) {
    return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${cell(text)}](${url})` : cell(text);
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

// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/inputs.ts



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
    Repository: 'repository',
    Token: 'token'
};
const Outputs = {
    Findings: 'findings',
    IssueNumber: 'issue-number',
    IssueUrl: 'issue-url',
    ReportDir: 'report-dir'
};
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
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
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
        repository,
        token
    };
}

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
    const id = /^https?:\/\/[^\s()<>]+$/.test(f.url) ? `[${cell(f.id)}](${f.url})` : cell(f.id);
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
    return lines.join('\n');
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
                    updated_at: issue.updated_at
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
            await gh.rest.issues.createComment({
                ...repo,
                issue_number: dup.number,
                body: `Superseded by #${open[0].number}, which tracks the same findings.`
            });
            await gh.rest.issues.update({
                ...repo,
                issue_number: dup.number,
                state: 'closed',
                state_reason: 'not_planned'
            });
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
            const { data } = await gh.rest.issues.create({
                ...repo,
                title: plan.title,
                body: plan.body,
                labels: plan.labels,
                assignees: plan.assignees
            });
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
    const previous = decodeState(primary.body) ?? [];
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
            await gh.rest.issues.createComment({
                ...repo,
                issue_number: primary.number,
                body: changeComment(added, resolved, plan.threshold, 'Reopened: findings are back')
            });
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
            await gh.rest.issues.createComment({
                ...repo,
                issue_number: primary.number,
                body: changeComment([], resolved, plan.threshold, 'All findings are resolved: closing')
            });
            await gh.rest.issues.update({
                ...repo,
                issue_number: primary.number,
                state: 'closed',
                state_reason: 'completed',
                body: plan.body
            });
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
            await gh.rest.issues.createComment({
                ...repo,
                issue_number: primary.number,
                body: changeComment(added, resolved, plan.threshold, 'Findings changed')
            });
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
        const workspace = process.cwd();
        const dir = external_node_path_default().resolve(workspace, inputs.path);
        if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
            throw new errors/* ConfigurationError */.j1(`Input '${Inputs.Path}': ${JSON.stringify(inputs.path)} is not a directory (resolved to ${dir}). Point it at the project holding the lockfile.`);
        }
        const plans = (0,ecosystems/* planEcosystems */.$S)(dir, inputs.ecosystems);
        if (!plans.length) {
            throw new errors/* ConfigurationError */.j1(`Input '${Inputs.Path}': no lockfile in ${JSON.stringify(inputs.path)}. dependency-watch detects package-lock.json or npm-shrinkwrap.json (npm), pnpm-lock.yaml (pnpm), yarn.lock (yarn) and Cargo.lock (cargo); point 'path' at the project or name the ecosystems in '${Inputs.Ecosystems}'.`);
        }
        const reportDir = external_node_path_default().resolve(workspace, inputs.reportDir);
        report.output(Outputs.ReportDir, reportDir);
        // The runners and parsers (exec, semver, TOML) load only once the inputs are known to be good.
        const { runChecks } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(666)]).then(__webpack_require__.bind(__webpack_require__, 22666));
        const results = await runChecks(plans, {
            dir,
            checks: inputs.checks,
            installCargoAudit: inputs.installCargoAudit
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
        const { createGitHubClient } = await __webpack_require__.e(/* import() */ 662).then(__webpack_require__.bind(__webpack_require__, 60662));
        const gh = await createGitHubClient(inputs.token);
        const existing = await findTrackedIssues(gh, inputs.repository, marker);
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
            threshold: inputs.threshold
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


/***/ })

};
