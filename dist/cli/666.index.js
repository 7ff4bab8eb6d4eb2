export const id = 666;
export const ids = [666];
export const modules = {

/***/ 22666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runChecks: () => (/* binding */ runChecks)
});

// UNUSED EXPORTS: runCheck

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/cargo-audit-install.ts




/** The cargo-audit release fetched when `install-cargo-audit` is on (prebuilt, statically linked). */
const CARGO_AUDIT_VERSION = '0.21.2';
function findBinary(dir) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
        const p = external_node_path_default().join(dir, entry);
        if ((0,external_node_fs_.statSync)(p).isDirectory()) {
            const hit = findBinary(p);
            if (hit)
                return hit;
        }
        else if (entry === 'cargo-audit')
            return dir;
    }
    return undefined;
}
/**
 * Puts a prebuilt cargo-audit in the tool cache (or finds it there) and returns the directory holding
 * the binary. Only Linux x64 has a prebuilt musl binary; elsewhere, and when the download fails (a
 * closed network), it returns a reason instead, and the audit is reported as skipped.
 */
async function installCargoAudit() {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
        return { reason: `no prebuilt cargo-audit for ${process.platform}/${process.arch}` };
    }
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 59805));
    const cached = tc.find('cargo-audit', CARGO_AUDIT_VERSION);
    if (cached)
        return { dir: findBinary(cached) ?? cached };
    const asset = `cargo-audit-x86_64-unknown-linux-musl-v${CARGO_AUDIT_VERSION}.tgz`;
    const url = `https://github.com/rustsec/rustsec/releases/download/cargo-audit%2Fv${CARGO_AUDIT_VERSION}/${asset}`;
    try {
        core/* info */.pq(`Fetching cargo-audit ${CARGO_AUDIT_VERSION} into the tool cache`);
        const archive = await tc.downloadTool(url);
        const extracted = await tc.extractTar(archive);
        const binDir = findBinary(extracted);
        if (!binDir)
            return { reason: `the cargo-audit archive ${asset} holds no cargo-audit binary` };
        const cachedDir = await tc.cacheDir(binDir, 'cargo-audit', CARGO_AUDIT_VERSION);
        return { dir: cachedDir };
    }
    catch (e) {
        return { reason: `could not fetch cargo-audit ${CARGO_AUDIT_VERSION}: ${(0,errors/* getErrorMessage */.u1)(e)}` };
    }
}

// EXTERNAL MODULE: ./actions/dependency-watch/src/ecosystems.ts
var ecosystems = __webpack_require__(22680);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/lockfiles.ts


/** Reads the npm lockfile of a project; an unreadable one gives empty lookups (the tool decides). */
function readNpmLock(dir) {
    const packages = {};
    for (const file of ['npm-shrinkwrap.json', 'package-lock.json']) {
        const p = external_node_path_default().join(dir, file);
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        try {
            const json = JSON.parse((0,external_node_fs_.readFileSync)(p, 'utf8'));
            Object.assign(packages, json?.packages ?? {});
        }
        catch {
            // npm itself will report the broken lockfile; versions just stay unknown here
        }
        break;
    }
    return {
        versionAt: (location) => packages[location]?.version,
        topLevel: (name) => packages[`node_modules/${name}`]?.version
    };
}
/**
 * Builds "how is this crate reached" paths from Cargo.lock: a breadth-first walk from the workspace
 * members (the packages without a `source`), so each crate gets its shortest path.
 */
async function readCargoPaths(dir) {
    const file = external_node_path_default().join(dir, 'Cargo.lock');
    if (!(0,external_node_fs_.existsSync)(file))
        return () => undefined;
    let packages;
    try {
        const { parse } = await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292));
        packages = (parse((0,external_node_fs_.readFileSync)(file, 'utf8')).package ?? []).filter((p) => p.name && p.version);
    }
    catch {
        return () => undefined;
    }
    const key = (p) => `${p.name}@${p.version}`;
    const byName = new Map();
    for (const p of packages)
        byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    // A dependency entry is `name`, `name version` or `name version (source)`.
    const resolve = (entry) => {
        const [name, version] = entry.split(' ');
        const candidates = byName.get(name) ?? [];
        return version ? candidates.find((c) => c.version === version) : candidates[0];
    };
    const paths = new Map();
    const queue = [];
    for (const root of packages.filter((p) => !p.source)) {
        paths.set(key(root), root.name);
        queue.push(root);
    }
    while (queue.length) {
        const current = queue.shift();
        for (const entry of current.dependencies ?? []) {
            const dep = resolve(entry);
            if (!dep || paths.has(key(dep)))
                continue;
            paths.set(key(dep), `${paths.get(key(current))} > ${dep.name}`);
            queue.push(dep);
        }
    }
    return (name, version) => paths.get(`${name}@${version}`);
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/cvss.ts
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 }
};
// CVSS v3.1 "Roundup": the smallest number with one decimal that is >= the input, computed on
// integers to dodge floating-point artefacts (specification, appendix A).
function roundUp(value) {
    const scaled = Math.round(value * 100000);
    return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}
/**
 * The base score of a CVSS v3.0/v3.1 vector (`CVSS:3.1/AV:N/AC:L/…`). RustSec advisories carry only
 * the vector, so the severity has to be computed. Returns `undefined` for other versions or a
 * malformed vector.
 */
function cvss3BaseScore(vector) {
    const parts = vector.trim().split('/');
    if (!/^CVSS:3\.[01]$/.test(parts[0] ?? ''))
        return undefined;
    const m = {};
    for (const p of parts.slice(1)) {
        const [k, v] = p.split(':');
        if (k && v)
            m[k] = v;
    }
    const av = WEIGHTS.AV[m.AV];
    const ac = WEIGHTS.AC[m.AC];
    const ui = WEIGHTS.UI[m.UI];
    const [c, i, a] = [m.C, m.I, m.A].map((x) => WEIGHTS.CIA[x]);
    const changed = m.S === 'C';
    if (m.S !== 'C' && m.S !== 'U')
        return undefined;
    const pr = { N: 0.85, L: changed ? 0.68 : 0.62, H: changed ? 0.5 : 0.27 }[m.PR];
    if ([av, ac, ui, c, i, a, pr].some((x) => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    if (impact <= 0)
        return 0;
    const exploitability = 8.22 * av * ac * pr * ui;
    return roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
}
/** The qualitative rating of a CVSS score (v3 specification, table 14), in npm's words. */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    if (score > 0)
        return 'low';
    return 'info';
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/common.ts

/** Parses JSON, tolerating text before the first `{` (tools sometimes print a banner first). */
function parseJsonLoose(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    try {
        return JSON.parse(trimmed);
    }
    catch {
        const start = trimmed.indexOf('{');
        if (start <= 0)
            return undefined;
        try {
            return JSON.parse(trimmed.slice(start));
        }
        catch {
            return undefined;
        }
    }
}
/** Parses newline-delimited JSON; lines that are not JSON objects are skipped. */
function parseNdjson(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (!t.startsWith('{'))
            continue;
        try {
            const v = JSON.parse(t);
            if (v && typeof v === 'object' && !Array.isArray(v))
                out.push(v);
        }
        catch {
            // a partial line: the rest of the stream decides whether the output is usable
        }
    }
    return out;
}
function isRecord(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
// Network and HTTP trouble as tools word it: these make a failure the backend's, not the project's.
const INFRASTRUCTURE = /\b(?:E?(?:4(?:0[58]|10|29)|5\d\d))\b|Request failed|responded with \d{3}|rate.?limit|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up|network|timed? ?out|Could not resolve host|couldn't fetch|failed to fetch|failed to download|download of \S+ failed|spurious network|advisory database|Service Unavailable|Bad Gateway|Gateway Time-?out|Method Not Allowed/i;
/** True when a tool's error text describes an outage or refusal of a remote service. */
function looksLikeInfrastructure(text) {
    return INFRASTRUCTURE.test(text);
}
/** The first meaningful error line of a tool's output, for a one-line reason. */
function firstErrorLine(text, fallback) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const hit = lines.find((l) => /error|ERR_|failed|warn audit/i.test(l)) ?? lines[0];
    return (hit ?? fallback).replace(/^npm (?:error|ERR!|warn)\s*/i, '').slice(0, 300);
}
/**
 * The first version outside a vulnerable range for the installed version: `>=1.0.0 <1.2.6` → `1.2.6`,
 * `<=2.0.0` → `>2.0.0`. Empty when the range has no upper bound (no fix published).
 */
function fixedFromRange(range, installed) {
    let parsed;
    try {
        parsed = new (semver_default()).Range(range, { loose: true });
    }
    catch {
        return '';
    }
    const sets = parsed.set.filter((set) => !installed || !semver_default().valid(installed) || set.every((c) => c.test(installed)));
    for (const set of sets.length ? sets : parsed.set) {
        for (const c of set) {
            if (c.operator === '<')
                return c.semver.version;
            if (c.operator === '<=')
                return `>${c.semver.version}`;
        }
    }
    return '';
}
/** `>=1.2.6` → `1.2.6`; ranges that say more are kept as they are; `<0.0.0` (npm's "no fix") → ''. */
function simplifyPatched(range) {
    const r = range.trim();
    if (!r || r === '<0.0.0' || r === '<0.0.0-0')
        return '';
    const m = /^>=\s*v?(\d+\.\d+\.\d+(?:[-+][\w.-]+)?)$/.exec(r);
    return m ? m[1] : r;
}
/** `.>express>body-parser` or `express>body-parser` → `express > body-parser`. */
function arrowPath(path) {
    const parts = path
        .split('>')
        .map((p) => p.trim())
        .filter((p) => p && p !== '.');
    return parts.join(' > ');
}
/** One path, and how many more there are. */
function summarisePaths(paths) {
    const unique = [...new Set(paths.filter(Boolean))];
    if (unique.length <= 1)
        return unique[0] ?? '';
    return `${unique[0]} (+${unique.length - 1} more)`;
}
/** A GHSA id inside a URL or text, e.g. `https://github.com/advisories/GHSA-xvch-5gv4-984h`. */
function ghsaIn(text) {
    return /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i.exec(text)?.[0];
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/cargo-audit.ts


function severityOf(advisory) {
    const vector = str(advisory?.cvss);
    const score = vector ? cvss3BaseScore(vector) : undefined;
    return score === undefined ? 'unknown' : severityOfScore(score);
}
function patchedOf(versions) {
    const v = isRecord(versions) ? versions : {};
    const list = (x) => (Array.isArray(x) ? x.map(str).filter(Boolean) : []);
    return { patched: list(v.patched), unaffected: list(v.unaffected) };
}
function toFinding(kind, entry, paths) {
    const pkg = isRecord(entry.package) ? entry.package : undefined;
    if (!pkg)
        return undefined;
    const name = str(pkg.name);
    const version = str(pkg.version);
    const advisory = isRecord(entry.advisory) ? entry.advisory : undefined;
    const { patched, unaffected } = patchedOf(entry.versions);
    const id = advisory ? str(advisory.id) : `yanked:${name}@${version}`;
    const safe = [...patched, ...unaffected];
    return {
        ecosystem: 'cargo',
        package: name,
        installed: version,
        severity: severityOf(advisory),
        kind,
        id,
        aliases: advisory && Array.isArray(advisory.aliases) ? [id, ...advisory.aliases.map(str)] : [id],
        url: advisory
            ? str(advisory.url) || `https://rustsec.org/advisories/${id}.html`
            : `https://crates.io/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`,
        title: advisory ? str(advisory.title) : `${name} ${version} is yanked from its registry`,
        range: kind === 'yanked' ? `=${version}` : safe.length ? `all but ${safe.join(', ')}` : '*',
        fixedIn: patched.length === 1 ? simplifyPatched(patched[0]) : patched.join(', '),
        path: paths(name, version) ?? name
    };
}
/**
 * Parses `cargo audit --json` (rustsec's report: `vulnerabilities.list[]` and `warnings.{unmaintained,
 * unsound, yanked, notice}[]`). Warnings count as findings, as the runbook counts "Rust advisory
 * warnings". No JSON on stdout means cargo-audit stopped early, typically because it could not fetch
 * the advisory database: an infrastructure failure.
 */
function parseCargoAudit(stdout, stderr, paths = () => undefined) {
    const json = parseJsonLoose(stdout);
    if (!isRecord(json) || !isRecord(json.vulnerabilities)) {
        const text = `${stdout}\n${stderr}`;
        return {
            ok: false,
            infrastructure: looksLikeInfrastructure(text),
            reason: firstErrorLine(stderr || stdout, 'cargo audit printed no JSON report')
        };
    }
    const items = [];
    const list = Array.isArray(json.vulnerabilities.list) ? json.vulnerabilities.list : [];
    for (const v of list)
        if (isRecord(v))
            items.push(...[toFinding('vulnerability', v, paths)].filter((x) => !!x));
    if (isRecord(json.warnings)) {
        for (const [kind, entries] of Object.entries(json.warnings)) {
            if (!Array.isArray(entries))
                continue;
            const k = kind === 'unmaintained' || kind === 'yanked' || kind === 'unsound' ? kind : 'notice';
            for (const e of entries)
                if (isRecord(e))
                    items.push(...[toFinding(k, e, paths)].filter((x) => !!x));
        }
    }
    return { ok: true, items };
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/cargo-update.ts

// `    Updating serde v1.0.190 -> v1.0.203 (available: v2.0.0)`; a crate from another registry has
// ``(registry `name`)`` after its version; with --verbose, `Unchanged rand v0.7.3 (available: v0.8.5)`;
// older cargo said `(latest: v…)`.
const CHANGE = /^\s*(Updating|Downgrading|Unchanged)\s+(\S+)\s+v(\S+)(?:\s+\(registry `[^`]*`\))?(?:\s+->\s+v(\S+))?(?:\s+\((?:available|latest):\s+v([^)\s]+)\))?\s*$/;
/**
 * Parses the text of `cargo update --dry-run` (cargo prints it on stderr). Each `Updating a vX -> vY`
 * line is a package behind what its requirement allows; `(available: vZ)` names a newer
 * incompatible release. `error:` lines mean cargo could not resolve (usually: could not reach the
 * registry index), which is a failure, not "up to date".
 */
function parseCargoUpdate(stdout, stderr, exitCode) {
    const text = `${stderr}\n${stdout}`;
    const lines = text.split(/\r?\n/);
    const error = lines.findIndex((l) => /^error(?:\[\w+\])?:/.test(l.trim()));
    if (error >= 0 || exitCode !== 0) {
        const detail = error >= 0
            ? lines
                .slice(error, error + 6)
                .map((l) => l.trim())
                .filter(Boolean)
                .join(' ')
            : `cargo exited with ${exitCode}`;
        return { ok: false, infrastructure: looksLikeInfrastructure(text), reason: detail.slice(0, 400) };
    }
    const items = [];
    for (const line of lines) {
        const m = CHANGE.exec(line);
        if (!m || m[2] === 'crates.io' || m[3] === 'index')
            continue;
        const [, verb, name, current, target, available] = m;
        if (verb === 'Unchanged' && !available)
            continue;
        const wanted = verb === 'Unchanged' ? current : (target ?? current);
        items.push({ ecosystem: 'cargo', package: name, current, wanted, latest: available ?? wanted });
    }
    return { ok: true, items };
}

// EXTERNAL MODULE: ./actions/dependency-watch/src/findings.ts
var src_findings = __webpack_require__(87147);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/npm-audit.ts



// npm's own error codes for a registry it could not reach or that refused the request.
const NETWORK_CODES = /^(?:E\d{3}|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT|EPROTO|ECONNABORTED)$/;
/** `node_modules/a/node_modules/@s/b` → `a > @s/b`. */
function locationToPath(location) {
    return location
        .split(/(?:^|\/)node_modules\//)
        .filter(Boolean)
        .join(' > ');
}
/**
 * Parses `npm audit --json` (auditReportVersion 2, npm 7+). A failed advisory request is not a
 * report: npm prints `{statusCode, message, uri, …}` (or `{error: {code, summary}}`) instead, which
 * becomes a failure, infrastructure when the registry or the network is to blame.
 */
function parseNpmAudit(stdout, stderr, lockVersion = () => undefined) {
    const json = parseJsonLoose(stdout);
    if (!isRecord(json)) {
        const text = `${stdout}\n${stderr}`;
        return {
            ok: false,
            infrastructure: looksLikeInfrastructure(text),
            reason: firstErrorLine(text, 'npm audit printed no JSON report')
        };
    }
    if (typeof json.statusCode === 'number') {
        const where = str(json.method) && str(json.uri) ? ` (${str(json.method)} ${str(json.uri)})` : '';
        return {
            ok: false,
            infrastructure: true,
            reason: `the registry's advisory endpoint answered HTTP ${json.statusCode}${where}`
        };
    }
    if (isRecord(json.error) && !isRecord(json.vulnerabilities)) {
        const code = str(json.error.code);
        const summary = str(json.error.summary) || str(json.error.message) || 'npm audit failed';
        const infrastructure = NETWORK_CODES.test(code) || looksLikeInfrastructure(summary);
        return {
            ok: false,
            infrastructure,
            reason: code ? `${code}: ${summary.split('\n')[0]}` : summary.split('\n')[0]
        };
    }
    if (json.auditReportVersion !== 2 || !isRecord(json.vulnerabilities)) {
        return {
            ok: false,
            infrastructure: false,
            reason: 'npm audit printed JSON that is not an audit report (auditReportVersion 2 expected)'
        };
    }
    const findings = [];
    for (const [name, vuln] of Object.entries(json.vulnerabilities)) {
        if (!isRecord(vuln))
            continue;
        const nodes = Array.isArray(vuln.nodes) ? vuln.nodes.map(str).filter(Boolean) : [];
        const fix = isRecord(vuln.fixAvailable) && str(vuln.fixAvailable.name) === name
            ? str(vuln.fixAvailable.version)
            : '';
        for (const via of Array.isArray(vuln.via) ? vuln.via : []) {
            // String entries name another vulnerable package this one depends on: that package has its
            // own entry with the advisory, so only advisory objects become findings.
            if (!isRecord(via))
                continue;
            const range = str(via.range) || '*';
            const url = str(via.url);
            const ghsa = ghsaIn(url);
            const numeric = str(via.source);
            const base = {
                ecosystem: 'npm',
                package: name,
                severity: (0,src_findings/* normaliseSeverity */.s4)(via.severity ?? vuln.severity),
                kind: 'vulnerability',
                id: ghsa ?? numeric,
                aliases: [ghsa, numeric].filter((x) => !!x),
                url,
                title: str(via.title),
                range
            };
            const byVersion = new Map();
            for (const node of nodes) {
                const version = lockVersion(node) ?? '';
                if (version &&
                    semver_default().valid(version) &&
                    !semver_default().satisfies(version, range, { includePrerelease: true, loose: true }))
                    continue;
                byVersion.set(version, [...(byVersion.get(version) ?? []), locationToPath(node)]);
            }
            if (byVersion.size === 0 && nodes.length === 0)
                byVersion.set('', []);
            for (const [version, paths] of byVersion) {
                const unique = [...new Set(paths)];
                findings.push({
                    ...base,
                    installed: version || str(vuln.range),
                    fixedIn: fixedFromRange(range, version) || fix,
                    path: unique.length > 1 ? `${unique[0]} (+${unique.length - 1} more)` : (unique[0] ?? name)
                });
            }
        }
    }
    return { ok: true, items: findings };
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/outdated.ts

/**
 * Parses `npm outdated --json`: `{name: {current, wanted, latest, dependent, location}}`, or an array
 * per name when it is installed in several places. Without `node_modules` npm leaves `current` out;
 * `lockVersion` supplies it from the lockfile so a lockfile-only checkout is still compared.
 */
function parseNpmOutdated(stdout, stderr, lockVersion = () => undefined) {
    if (!stdout.trim())
        return { ok: true, items: [] };
    const json = parseJsonLoose(stdout);
    if (!isRecord(json)) {
        const text = `${stdout}\n${stderr}`;
        return {
            ok: false,
            infrastructure: looksLikeInfrastructure(text),
            reason: firstErrorLine(text, 'npm outdated printed no JSON')
        };
    }
    if (isRecord(json.error)) {
        const summary = str(json.error.summary) || str(json.error.message);
        return {
            ok: false,
            infrastructure: looksLikeInfrastructure(`${str(json.error.code)} ${summary}`),
            reason: `${str(json.error.code)}: ${summary.split('\n')[0]}`
        };
    }
    const items = [];
    for (const [name, value] of Object.entries(json)) {
        for (const e of Array.isArray(value) ? value : [value]) {
            if (!isRecord(e))
                continue;
            const current = str(e.current) || lockVersion(name) || 'missing';
            const latest = str(e.latest);
            if (current === latest)
                continue;
            items.push({ ecosystem: 'npm', package: name, current, wanted: str(e.wanted), latest });
        }
    }
    return { ok: true, items };
}
/** Parses `pnpm outdated --format json`: `{name: {current, wanted, latest, isDeprecated, dependencyType}}`. */
function parsePnpmOutdated(stdout, stderr) {
    if (!stdout.trim())
        return { ok: true, items: [] };
    const json = parseJsonLoose(stdout);
    if (!isRecord(json) || isRecord(json.error)) {
        const text = `${stdout}\n${stderr}`;
        return {
            ok: false,
            infrastructure: looksLikeInfrastructure(text),
            reason: firstErrorLine(text, 'pnpm outdated printed no JSON')
        };
    }
    const items = [];
    for (const [name, e] of Object.entries(json)) {
        if (!isRecord(e))
            continue;
        items.push({
            ecosystem: 'pnpm',
            package: name,
            current: str(e.current) || 'missing',
            wanted: str(e.wanted),
            latest: str(e.latest)
        });
    }
    return { ok: true, items };
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/npm-v6-advisories.ts


/**
 * Findings from the npm v6 audit shape (`advisories: {id: {module_name, findings: [{version,
 * paths}], …}}`), which `pnpm audit --json` and Yarn 2/3's `yarn npm audit --json` print, and whose
 * advisory objects Yarn 1 streams one path at a time.
 */
function findingsFromV6Advisory(ecosystem, advisory, extraPaths = []) {
    const url = str(advisory.url);
    const ghsa = str(advisory.github_advisory_id) || ghsaIn(url);
    const numeric = str(advisory.id);
    const cves = Array.isArray(advisory.cves) ? advisory.cves.map(str).filter(Boolean) : [];
    const range = str(advisory.vulnerable_versions) || '*';
    const base = {
        ecosystem,
        package: str(advisory.module_name),
        severity: (0,src_findings/* normaliseSeverity */.s4)(advisory.severity),
        kind: 'vulnerability',
        id: ghsa || numeric,
        aliases: [...new Set([ghsa, numeric, ...cves].filter((x) => !!x))],
        url,
        title: str(advisory.title),
        range,
        fixedIn: simplifyPatched(str(advisory.patched_versions))
    };
    const out = [];
    const entries = Array.isArray(advisory.findings) ? advisory.findings.filter(isRecord) : [];
    for (const f of entries) {
        const paths = (Array.isArray(f.paths) ? f.paths.map(str) : []).concat(extraPaths).map(arrowPath);
        out.push({ ...base, installed: str(f.version), path: summarisePaths(paths) || base.package });
    }
    if (!entries.length)
        out.push({ ...base, installed: '', path: summarisePaths(extraPaths.map(arrowPath)) || base.package });
    return out;
}
/** All findings of a v6 `advisories` map. */
function findingsFromV6(ecosystem, advisories) {
    return Object.values(advisories)
        .filter(isRecord)
        .flatMap((a) => findingsFromV6Advisory(ecosystem, a));
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/pnpm-audit.ts


/**
 * Parses `pnpm audit --json`: the npm v6 report shape (`advisories`, `metadata`). pnpm reports a
 * failed advisory endpoint as `ERR_PNPM_AUDIT_BAD_RESPONSE … responded with 410` (the retired quick
 * audit endpoint) or `ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS`: infrastructure failures, never a report.
 */
function parsePnpmAudit(stdout, stderr) {
    const text = `${stdout}\n${stderr}`;
    const json = parseJsonLoose(stdout);
    if (isRecord(json) && isRecord(json.advisories))
        return { ok: true, items: findingsFromV6('pnpm', json.advisories) };
    if (isRecord(json) && isRecord(json.error)) {
        const code = str(json.error.code);
        const message = str(json.error.message);
        return {
            ok: false,
            infrastructure: /AUDIT_BAD_RESPONSE|AUDIT_ENDPOINT_NOT_EXISTS|FETCH|ERR_PNPM_META_FETCH_FAIL/.test(code) ||
                looksLikeInfrastructure(message),
            reason: `${code ? code + ': ' : ''}${message.split('\n')[0]}`.slice(0, 400)
        };
    }
    const endpoint = /ERR_PNPM_AUDIT_(?:BAD_RESPONSE|ENDPOINT_NOT_EXISTS)\s+(.*)/.exec(text);
    if (endpoint)
        return { ok: false, infrastructure: true, reason: endpoint[1].trim().slice(0, 400) };
    return {
        ok: false,
        infrastructure: looksLikeInfrastructure(text),
        reason: firstErrorLine(text, 'pnpm audit printed no JSON report')
    };
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/parsers/yarn-audit.ts



function failure(text, reason) {
    return { ok: false, infrastructure: looksLikeInfrastructure(text), reason: reason.slice(0, 400) };
}
/**
 * Parses the three shapes Yarn prints:
 * - Yarn 1 `yarn audit --json`: NDJSON of `auditAdvisory` lines (one per path) and an `auditSummary`;
 * - Yarn 2/3 `yarn npm audit --json`: the registry's v6 report as one JSON object (`advisories`);
 * - Yarn 4 `yarn npm audit --json`: NDJSON tree lines `{value: <package>, children: {ID, Issue, URL,
 *   Severity, "Vulnerable Versions", "Tree Versions", Dependents}}`.
 * An `error` line or a missing summary means the audit did not complete: a failure, not a report.
 */
function parseYarnAudit(stdout, stderr) {
    const text = `${stdout}\n${stderr}`;
    const whole = parseJsonLoose(stdout);
    if (isRecord(whole) && isRecord(whole.advisories))
        return { ok: true, items: findingsFromV6('yarn', whole.advisories) };
    const lines = parseNdjson(stdout);
    const error = lines.find((l) => l.type === 'error');
    if (error)
        return failure(`${str(error.data)}\n${text}`, `yarn: ${str(error.data) || 'audit failed'}`);
    // Yarn 1
    const classic = lines.filter((l) => l.type === 'auditAdvisory' && isRecord(l.data));
    if (classic.length || lines.some((l) => l.type === 'auditSummary')) {
        if (!lines.some((l) => l.type === 'auditSummary'))
            return failure(text, 'yarn audit stopped before its summary line');
        const byAdvisory = new Map();
        for (const l of classic) {
            const data = l.data;
            if (!isRecord(data.advisory))
                continue;
            const key = str(data.advisory.id) || str(data.advisory.url);
            const entry = byAdvisory.get(key) ?? { advisory: data.advisory, paths: [] };
            if (isRecord(data.resolution))
                entry.paths.push(str(data.resolution.path));
            byAdvisory.set(key, entry);
        }
        const items = [...byAdvisory.values()].flatMap(({ advisory, paths }) => {
            // Yarn 1 repeats the advisory per path; its `findings` already list the paths, so only add
            // the resolution paths when the advisory came without them.
            const hasPaths = Array.isArray(advisory.findings) &&
                advisory.findings.some((f) => isRecord(f) && Array.isArray(f.paths) && f.paths.length);
            return findingsFromV6Advisory('yarn', advisory, hasPaths ? [] : paths);
        });
        return { ok: true, items };
    }
    // Yarn 4
    const tree = lines.filter((l) => typeof l.value === 'string' && isRecord(l.children));
    if (tree.length) {
        const items = [];
        for (const l of tree) {
            const c = l.children;
            const url = str(c.URL);
            const ghsa = ghsaIn(url);
            const numeric = str(c.ID);
            const versions = Array.isArray(c['Tree Versions']) ? c['Tree Versions'].map(str) : [''];
            const dependents = Array.isArray(c.Dependents) ? c.Dependents.map(str) : [];
            for (const installed of versions) {
                items.push({
                    ecosystem: 'yarn',
                    package: str(l.value),
                    installed,
                    severity: (0,src_findings/* normaliseSeverity */.s4)(c.Severity),
                    kind: 'vulnerability',
                    id: ghsa ?? numeric,
                    aliases: [ghsa, numeric].filter((x) => !!x),
                    url,
                    title: str(c.Issue),
                    range: str(c['Vulnerable Versions']) || '*',
                    fixedIn: '',
                    path: summarisePaths(dependents.map((d) => `${d.replace(/@(?:workspace|npm):.*$/, '')} > ${str(l.value)}`))
                });
            }
        }
        return { ok: true, items };
    }
    // Yarn 4 prints nothing but an info line when there is nothing to report.
    if (lines.some((l) => l.type === 'info' && /No audit suggestions/i.test(str(l.data))))
        return { ok: true, items: [] };
    if (!stdout.trim() && !stderr.trim())
        return failure(text, 'yarn printed nothing');
    return failure(text, firstErrorLine(text, 'yarn printed no audit report'));
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./actions/dependency-watch/src/tools.ts




/** Finds an executable on a PATH string, as the shell would; undefined when there is none. */
function findExecutable(name, searchPath = process.env.PATH ?? '') {
    const exts = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const dir of searchPath.split((external_node_path_default()).delimiter).filter(Boolean)) {
        for (const ext of exts) {
            const candidate = external_node_path_default().join(dir, name + ext);
            try {
                if (!(0,external_node_fs_.statSync)(candidate).isFile())
                    continue;
                (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
                return candidate;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}
/**
 * Runs a tool with an argument list (never a shell string), capturing its output. A non-zero exit is
 * not an error here: audit tools exit 1 when they find something, and the parsers judge the output.
 */
async function runTool(tool, args, cwd, extraPath = []) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined)
            env[k] = v;
    if (extraPath.length)
        env.PATH = [...extraPath, env.PATH ?? ''].join((external_node_path_default()).delimiter);
    // Plain output: colour codes and update banners would only get in the parsers' way.
    Object.assign(env, {
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CARGO_TERM_COLOR: 'never',
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false'
    });
    core/* info */.pq(`$ ${[tool, ...args].join(' ')}   (in ${cwd})`);
    const started = Date.now();
    const out = await (0,exec/* getExecOutput */.H)(tool, args, { cwd, env, silent: true, ignoreReturnCode: true });
    core/* info */.pq(`  exit ${out.exitCode} after ${Date.now() - started} ms`);
    core/* debug */.Yz(`stdout: ${out.stdout.slice(0, 4000)}`);
    core/* debug */.Yz(`stderr: ${out.stderr.slice(0, 4000)}`);
    return out;
}

;// CONCATENATED MODULE: ./actions/dependency-watch/src/run-checks.ts












async function parse(plan, check, out, dir) {
    const { stdout, stderr, exitCode } = out;
    switch (`${plan.ecosystem}:${check}`) {
        case 'npm:audit':
            return parseNpmAudit(stdout, stderr, readNpmLock(dir).versionAt);
        case 'npm:outdated':
            return parseNpmOutdated(stdout, stderr, readNpmLock(dir).topLevel);
        case 'pnpm:audit':
            return parsePnpmAudit(stdout, stderr);
        case 'pnpm:outdated':
            return parsePnpmOutdated(stdout, stderr);
        case 'yarn:audit':
            return parseYarnAudit(stdout, stderr);
        case 'cargo:audit':
            return parseCargoAudit(stdout, stderr, await readCargoPaths(dir));
        case 'cargo:outdated':
            return parseCargoUpdate(stdout, stderr, exitCode);
    }
    throw new Error(`no parser for ${plan.ecosystem} ${check}`);
}
/** Runs one check for one ecosystem; never throws for a tool's trouble, which becomes the result. */
async function runCheck(plan, check, options) {
    const spec = (0,ecosystems/* commandFor */.Fw)(plan, check);
    const base = { ecosystem: plan.ecosystem, check, findings: [], outdated: [] };
    if (!spec)
        return {
            ...base,
            status: 'skipped',
            command: '',
            reason: `${plan.ecosystem} has no ${check} command this action runs`
        };
    const command = [spec.tool, ...spec.args].join(' ');
    if (!plan.lockfile) {
        return {
            ...base,
            status: 'skipped',
            command,
            reason: `no ${(0,ecosystems/* lockfileNames */.Ih)(plan.ecosystem)} in the project directory`
        };
    }
    const extraPath = [];
    for (const tool of spec.requires) {
        if (findExecutable(tool))
            continue;
        if (tool === 'cargo-audit' && options.installCargoAudit) {
            const installed = await installCargoAudit();
            if ('dir' in installed) {
                extraPath.push(installed.dir);
                continue;
            }
            return {
                ...base,
                status: 'skipped',
                command,
                reason: `\`cargo-audit\` is not installed and ${installed.reason}`,
                advice: (0,ecosystems/* installAdvice */.a6)(tool)
            };
        }
        return {
            ...base,
            status: 'skipped',
            command,
            reason: `\`${tool}\` is not installed`,
            advice: (0,ecosystems/* installAdvice */.a6)(tool)
        };
    }
    let out;
    try {
        out = await runTool(spec.tool, spec.args, options.dir, extraPath);
    }
    catch (e) {
        return {
            ...base,
            status: 'failed',
            command,
            infrastructure: false,
            reason: `could not run ${command}: ${(0,errors/* getErrorMessage */.u1)(e)}`
        };
    }
    const parsed = await parse(plan, check, out, options.dir);
    if (!parsed.ok) {
        core/* warning */.$e(`${command}: ${parsed.infrastructure ? 'infrastructure failure' : 'failed'}: ${parsed.reason}`);
        return {
            ...base,
            status: 'failed',
            command,
            infrastructure: parsed.infrastructure,
            reason: parsed.reason
        };
    }
    return check === 'audit'
        ? { ...base, status: 'ok', command, findings: parsed.items }
        : { ...base, status: 'ok', command, outdated: parsed.items };
}
/** Runs every check of every planned ecosystem, one after the other (they are CPU- and network-bound). */
async function runChecks(plans, options) {
    const results = [];
    for (const plan of plans) {
        for (const check of options.checks) {
            // Yarn has no outdated command in the runbook's list: nothing to run, nothing to report.
            if (!(0,ecosystems/* commandFor */.Fw)(plan, check))
                core/* info */.pq(`${plan.ecosystem}: no ${check} command; not checked.`);
            else
                results.push(await runCheck(plan, check, options));
        }
    }
    return results;
}


/***/ })

};
