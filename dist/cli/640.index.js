export const id = 640;
export const ids = [640];
export const modules = {

/***/ 43640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCrates: () => (/* binding */ checkCrates)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/time-scale.ts
var time_scale = __webpack_require__(41823);
;// CONCATENATED MODULE: ./actions/crates-verify/src/poll-clock.ts

/**
 * Time as the action's inputs mean it. Every wait goes through core's `sleep`, which
 * RELEASE_KIT_TIME_SCALE shortens for rehearsals; deadlines and "seconds waited" are measured on
 * the same scale, so a `wait-timeout` of 30s against a registry lagging 20s behaves the same at
 * any scale. At scale 0 (no waiting at all) time advances only by the waits asked for.
 */
class PollClock {
    realNow;
    scale;
    startedAt;
    skipped = 0;
    constructor(scale = (0,time_scale.timeScale)(), realNow = Date.now) {
        this.realNow = realNow;
        this.scale = scale;
        this.startedAt = realNow();
    }
    /** Milliseconds elapsed since the clock started, in input time. */
    elapsed() {
        if (this.scale === 0)
            return this.skipped;
        return (this.realNow() - this.startedAt) / this.scale;
    }
    /** Waits `ms` of input time. */
    async wait(ms) {
        if (ms <= 0)
            return;
        if (this.scale === 0) {
            this.skipped += ms;
            return;
        }
        await (0,time_scale.sleep)(ms);
    }
}
/**
 * One request per second at most to each host: crates.io's crawler policy asks it of every
 * automated client, and the index CDN is no different.
 */
class HostPacer {
    clock;
    gapMs;
    last = new Map();
    turns = new Map();
    constructor(clock, gapMs = 1000) {
        this.clock = clock;
        this.gapMs = gapMs;
    }
    /** Waits until `url`'s host may be asked again, then books the slot (callers queue per host). */
    wait(url) {
        const host = new URL(url).host;
        const turn = (this.turns.get(host) ?? Promise.resolve()).then(async () => {
            const last = this.last.get(host);
            if (last !== undefined)
                await this.clock.wait(last + this.gapMs - this.clock.elapsed());
            this.last.set(host, this.clock.elapsed());
        });
        this.turns.set(host, turn);
        return turn;
    }
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./actions/crates-verify/src/propagation.ts


const seconds = (ms) => `${Math.round(ms / 100) / 10}s`;
/**
 * Polls the API and the index until every version is listed by both or the deadline passes. A
 * source that fails (after core's retries) is polled again next round; a refused token is not.
 */
async function waitForVersions(client, targets, clock, options) {
    const started = clock.elapsed();
    const pending = targets.map((t) => ({
        result: { name: t.name, version: t.version, outcome: 'never-published', waitedMs: 0, detail: '' }
    }));
    let interval = options.intervalMs;
    for (;;) {
        let news = false;
        // A version is dated by the round that found it: a first-round find waited 0 s.
        const roundStart = clock.elapsed() - started;
        for (const p of pending.filter((x) => x.result.outcome === 'never-published' || x.result.outcome === 'propagating')) {
            const r = p.result;
            // Each source is probed on its own: one failing (after core's retries) does not stop the other.
            const errors = [];
            const probe = async (source, fn) => {
                try {
                    await fn();
                }
                catch (e) {
                    if (e instanceof src_errors/* ConfigurationError */.j1)
                        throw e;
                    errors.push(`${source}: ${(0,src_errors/* getErrorMessage */.u1)(e)}`);
                    core/* warning */.$e(`Polling ${r.name} ${r.version} (${source}): ${(0,src_errors/* getErrorMessage */.u1)(e)}`);
                }
            };
            let indexAnswered = false;
            if (!r.api) {
                await probe('API', async () => {
                    const found = await client.apiVersion(r.name, r.version);
                    if (found.kind === 'found') {
                        r.api = found.value;
                        r.apiSeenAfterMs = roundStart;
                        news = true;
                    }
                    else if (p.crateKnown === undefined)
                        p.crateKnown = await client.crateExists(r.name);
                });
            }
            if (!r.index) {
                await probe('index', async () => {
                    const found = await client.indexLine(r.name, r.version);
                    indexAnswered = true;
                    if (found.kind === 'found') {
                        r.index = found.value;
                        r.indexSeenAfterMs = roundStart;
                        news = true;
                    }
                    else if (found.kind === 'absent')
                        p.crateKnown = true;
                });
            }
            r.lastError = errors.length ? errors.join('; ') : undefined;
            if (r.api && r.index) {
                r.outcome = 'visible';
                r.waitedMs = Math.max(r.apiSeenAfterMs ?? 0, r.indexSeenAfterMs ?? 0);
                r.detail = r.waitedMs > 0 ? `visible in both after ${seconds(r.waitedMs)}` : 'visible in both';
            }
            else if (p.crateKnown === false && indexAnswered && !r.api && !r.index && !r.lastError) {
                // Neither the API nor the index has ever heard of the crate: waiting cannot help.
                r.outcome = 'crate-not-found';
                r.detail = `crate not found: neither the API nor the index knows a crate named ${r.name}`;
            }
            else
                r.outcome = r.api || r.index ? 'propagating' : 'never-published';
        }
        const open = pending.filter((p) => p.result.outcome === 'propagating' || p.result.outcome === 'never-published');
        if (open.length === 0)
            break;
        const elapsed = clock.elapsed() - started;
        if (elapsed >= options.timeoutMs) {
            for (const p of open)
                describeTimeout(p.result, elapsed, p.crateKnown);
            break;
        }
        const left = options.timeoutMs - elapsed;
        core/* info */.pq(`Waiting ${seconds(Math.min(interval, left))} for ${open.map((p) => `${p.result.name} ${p.result.version} (${sides(p.result)})`).join(', ')}`);
        await clock.wait(Math.min(interval, left));
        if (!news)
            interval = Math.min(interval * (options.backoff ?? 1.5), options.maxIntervalMs ?? Math.max(options.intervalMs, 60_000));
    }
    return pending.map((p) => p.result);
}
function sides(r) {
    if (r.api && !r.index)
        return 'API yes, index not yet';
    if (r.index && !r.api)
        return 'index yes, API not yet';
    return 'in neither yet';
}
function describeTimeout(r, elapsed, crateKnown) {
    r.waitedMs = elapsed;
    const why = r.lastError ? ` (last error: ${r.lastError})` : '';
    if (r.api && !r.index) {
        r.detail = `still propagating: the API has listed ${r.name} ${r.version} since ${seconds(r.apiSeenAfterMs ?? 0)}, but the index did not list it within ${seconds(elapsed)} — the index lagged${why}`;
    }
    else if (r.index && !r.api) {
        r.detail = `still propagating: the index has listed ${r.name} ${r.version} since ${seconds(r.indexSeenAfterMs ?? 0)}, but the API did not within ${seconds(elapsed)} — the API lagged${why}`;
    }
    else {
        const crate = crateKnown ? `the crate ${r.name} exists but ` : '';
        r.detail = `never published: ${crate}neither the API nor the index listed ${r.name} ${r.version} within ${seconds(elapsed)}${why}`;
    }
}

// EXTERNAL MODULE: ./actions/crates-verify/src/inputs.ts
var inputs = __webpack_require__(16925);
;// CONCATENATED MODULE: ./actions/crates-verify/src/registry-client.ts


/** The sparse-index path of a crate: `1/{n}`, `2/{n}`, `3/{c}/{n}`, else `{ab}/{cd}/{n}` of the lowercased name. */
function indexFilePath(name) {
    const n = name.toLowerCase();
    if (n.length <= 2)
        return `${n.length}/${n}`;
    if (n.length === 3)
        return `3/${n[0]}/${n}`;
    return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}
/**
 * A crate's download URL from the index's `dl` value, exactly as cargo builds it: markers
 * `{crate}`, `{version}`, `{prefix}`, `{lowerprefix}` and `{sha256-checksum}` are replaced; a `dl`
 * without markers gets `/{crate}/{version}/download` appended.
 */
function downloadUrl(dl, name, version, cksum) {
    if (!/\{(crate|version|prefix|lowerprefix|sha256-checksum)\}/.test(dl))
        return `${dl.replace(/\/+$/, '')}/${name}/${version}/download`;
    const prefixOf = (n) => indexFilePath(n).split('/').slice(0, -1).join('/');
    const cased = name.length <= 2
        ? `${name.length}`
        : name.length === 3
            ? `3/${name[0]}`
            : `${name.slice(0, 2)}/${name.slice(2, 4)}`;
    return dl
        .replace(/\{crate\}/g, name)
        .replace(/\{version\}/g, version)
        .replace(/\{prefix\}/g, cased)
        .replace(/\{lowerprefix\}/g, prefixOf(name))
        .replace(/\{sha256-checksum\}/g, cksum);
}
/** Parses index file text into lines; lines that are not JSON are skipped, as cargo does. */
function parseIndexFile(text) {
    const out = [];
    for (const raw of text.split('\n')) {
        if (!raw.trim())
            continue;
        try {
            const v = JSON.parse(raw);
            if (typeof v.vers === 'string' && typeof v.cksum === 'string')
                out.push({ ...v, yanked: v.yanked === true });
        }
        catch {
            // cargo ignores a line it cannot parse; so do we (the version is then simply not listed).
        }
    }
    return out;
}
function errorDetail(text) {
    try {
        const body = JSON.parse(text);
        const details = body.errors?.map((e) => e.detail).filter(Boolean);
        if (details?.length)
            return details.join('; ');
    }
    catch {
        // Not JSON: show the start of the text.
    }
    return text.slice(0, 200);
}
/**
 * The registry as the action talks to it: the index's `config.json`, index files (conditional GETs
 * with a cache-busting query so that no stale CDN edge answers), API records, downloads and yanks.
 */
class RegistryClient {
    endpoints;
    http;
    token;
    indexCache = new Map();
    nonce = 0;
    constructor(endpoints, http, token) {
        this.endpoints = endpoints;
        this.http = http;
        this.token = token;
    }
    /**
     * Reads `config.json` of a sparse index (`dl`, `api`, `auth-required`); `apiOverride` replaces `api`.
     * @throws ConfigurationError when the index has no usable config; InfrastructureError when it cannot be read.
     */
    static async connect(http, index, apiOverride, token) {
        const url = `${index}config.json`;
        const res = await http.request(url, { headers: { accept: 'application/json' } });
        if (res.status === 404)
            throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.Index}': ${index} has no config.json (404), so it is not a sparse index.`);
        if (res.status !== 200)
            throw new src_errors/* InfrastructureError */.EN(`Reading ${url} answered ${res.status}: ${res.text.slice(0, 200)}`);
        let config;
        try {
            config = JSON.parse(res.text);
        }
        catch {
            throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.Index}': ${url} is not JSON, so ${index} is not a sparse index.`);
        }
        if (typeof config.dl !== 'string' || !config.dl)
            throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.Index}': ${url} has no "dl" download location.`);
        const api = apiOverride ??
            (typeof config.api === 'string' && config.api ? config.api.replace(/\/+$/, '') : undefined);
        if (!api)
            throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.RegistryApi}' is needed: ${url} names no "api" for this registry.`);
        const endpoints = { index, api, dl: config.dl, authRequired: config['auth-required'] === true };
        return new RegistryClient(endpoints, http, token);
    }
    /** The token goes to writes, and to reads only of a registry whose config says `auth-required`. */
    authHeaders(write) {
        if (!this.token || (!write && !this.endpoints.authRequired))
            return {};
        return { authorization: this.token };
    }
    apiUrl(name, version) {
        return `${this.endpoints.api}/api/v1/crates/${encodeURIComponent(name)}${version ? `/${encodeURIComponent(version)}` : ''}`;
    }
    indexUrl(name) {
        return `${this.endpoints.index}${indexFilePath(name)}`;
    }
    refuse(url, status, text) {
        if (status === 401 || status === 403) {
            throw new src_errors/* ConfigurationError */.j1(`The registry refused ${url} (${status}: ${errorDetail(text)}); check ${inputs/* Inputs */.G0.RegistryToken} and its scopes.`);
        }
        throw new src_errors/* InfrastructureError */.EN(`${url} answered ${status}: ${errorDetail(text)}`);
    }
    /** The crate's existence on the API (`crate-absent` for crates.io's 404). */
    async crateExists(name) {
        const url = this.apiUrl(name);
        const res = await this.http.request(url, {
            headers: { accept: 'application/json', ...this.authHeaders(false) }
        });
        if (res.status === 404)
            return false;
        if (res.status !== 200)
            this.refuse(url, res.status, res.text);
        return true;
    }
    /** The API's record of a version, or absent (404). */
    async apiVersion(name, version) {
        const url = this.apiUrl(name, version);
        const res = await this.http.request(url, {
            headers: { accept: 'application/json', ...this.authHeaders(false) }
        });
        if (res.status === 404)
            return { kind: 'absent' };
        if (res.status !== 200)
            this.refuse(url, res.status, res.text);
        const body = JSON.parse(res.text);
        if (!body.version || body.version.num !== version)
            throw new src_errors/* InfrastructureError */.EN(`${url} answered a record for ${body.version?.num ?? 'no version'}.`);
        return { kind: 'found', value: body.version };
    }
    /**
     * The index line of a version. Sends `If-None-Match` with the last ETag seen and a fresh query
     * parameter each time, so a CDN edge holding an old copy cannot answer for the origin.
     */
    async indexLine(name, version) {
        const cached = this.indexCache.get(name);
        const url = `${this.indexUrl(name)}?rk=${Date.now().toString(36)}${(this.nonce++).toString(36)}`;
        const headers = { accept: 'text/plain', ...this.authHeaders(false) };
        if (cached)
            headers['if-none-match'] = cached.etag;
        const res = await this.http.request(url, { headers });
        let lines;
        if (res.status === 304 && cached)
            lines = cached.lines;
        else if (res.status === 404 || res.status === 410 || res.status === 451)
            return { kind: 'crate-absent' };
        else if (res.status === 200) {
            lines = parseIndexFile(res.text);
            const etag = res.headers.etag;
            if (typeof etag === 'string')
                this.indexCache.set(name, { etag, lines });
        }
        else
            return this.refuse(url, res.status, res.text);
        const line = lines.find((l) => l.vers === version);
        return line ? { kind: 'found', value: line } : { kind: 'absent' };
    }
    /** Downloads a version's `.crate` from the `dl` location and hashes it. */
    async download(name, version, cksum, toFile) {
        return this.http.download(downloadUrl(this.endpoints.dl, name, version, cksum), toFile);
    }
    /**
     * Yanks (`DELETE …/yank`) or unyanks (`PUT …/unyank`) a version with the registry token.
     * @throws ConfigurationError when the registry refuses the token; InfrastructureError otherwise.
     */
    async setYanked(name, version, yanked) {
        const url = `${this.apiUrl(name, version)}/${yanked ? 'yank' : 'unyank'}`;
        const res = await this.http.request(url, {
            method: yanked ? 'DELETE' : 'PUT',
            headers: { accept: 'application/json', ...this.authHeaders(true) }
        });
        if (res.status !== 200)
            this.refuse(url, res.status, res.text);
        let ok = false;
        try {
            ok = JSON.parse(res.text).ok === true;
        }
        catch {
            // An unexpected body is reported below.
        }
        if (!ok)
            throw new src_errors/* InfrastructureError */.EN(`${url} answered 200 without {"ok":true}: ${res.text.slice(0, 200)}`);
    }
}

// EXTERNAL MODULE: ./packages/core/src/http.ts + 1 modules
var http = __webpack_require__(65034);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./actions/crates-verify/src/registry-http.ts


/** crates.io's crawler policy asks automated clients to say who they are. */
const CRATES_USER_AGENT = `${version/* USER_AGENT */._} crates-verify`;
/**
 * The registry HTTP of the action: core's resilient client (retries with backoff and Retry-After,
 * per-host circuit breaker that logs when it opens, truncation detection) behind the host pacer.
 */
function createRegistryHttp(pacer) {
    return {
        async request(url, options = {}) {
            await pacer.wait(url);
            const res = await (0,http/* request */.Em)(url, {
                method: options.method,
                headers: { 'user-agent': CRATES_USER_AGENT, ...(options.headers ?? {}) }
            });
            return { status: res.status, headers: res.headers, text: res.text };
        },
        async download(url, toFile) {
            await pacer.wait(url);
            const res = await (0,http/* download */.RG)(url, {
                toFile,
                hash: 'sha256',
                headers: { 'user-agent': CRATES_USER_AGENT }
            });
            return { sha256: res.hashes.sha256, size: res.size, url: res.url };
        }
    };
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
;// CONCATENATED MODULE: ./actions/crates-verify/src/summary.ts


const summary_short = (h) => (h ? `${h.slice(0, 12)}…` : '—');
function overall(r) {
    if (r.checks.some((c) => c.status === 'fail'))
        return 'fail';
    if (r.checks.some((c) => c.status === 'warn'))
        return 'warn';
    return 'pass';
}
function cell(r, rule) {
    const c = r.checks.find((x) => x.rule === rule);
    return c ? (0,src_report/* mark */.G)(c.status === 'skip' ? 'skip' : c.status) : '—';
}
/** The `published` output entry of one crate. */
function publishedEntry(r) {
    return {
        name: r.name,
        version: r.version,
        cksum: r.cksum ?? r.apiChecksum ?? null,
        yanked: r.yanked ?? null,
        'api-visible': r.apiVisible,
        'index-visible': r.indexVisible,
        'seconds-waited': r.secondsWaited
    };
}
/**
 * Writes the summary table (one row per crate, in dependency order), the failures, and the outputs
 * `published`, `checksum-match` and `yanked`.
 */
function reportResults(report, results, skipped, context) {
    report.text(`Registry: ${context.registry} · mode: ${context.mode}`);
    if (results.length) {
        report.table([
            '#',
            'crate',
            'version',
            'result',
            'API',
            'index',
            'cksum',
            'download',
            'crate-file',
            'commit',
            'yanked',
            'waited'
        ], results.map((r, i) => [
            String(i + 1),
            r.name,
            r.version,
            (0,src_report/* mark */.G)(overall(r)),
            r.apiVisible ? '✅' : '❌',
            r.indexVisible ? '✅' : context.mode === 'verify' ? '❌' : '—',
            summary_short(r.cksum ?? r.apiChecksum),
            cell(r, 'download-checksum'),
            cell(r, 'crate-file-checksum'),
            cell(r, 'provenance'),
            r.yanked === undefined ? '—' : r.yanked ? 'yes' : 'no',
            `${r.secondsWaited}s`
        ]));
    }
    const lagged = results.filter((r) => r.apiSeconds !== undefined && r.indexSeconds !== undefined && (r.apiSeconds > 0 || r.indexSeconds > 0));
    if (lagged.length) {
        report.text(`Propagation: ${lagged.map((r) => `${r.name} ${r.version} reached the API after ${r.apiSeconds}s and the index after ${r.indexSeconds}s`).join('; ')}.`);
    }
    if (skipped.length)
        report.list(skipped.map((s) => `⏭️ ${s.name}: skipped (${s.reason})`));
    for (const r of results) {
        const notes = r.checks.filter((c) => c.status !== 'pass');
        for (const c of r.checks)
            if (c.status === 'fail')
                report.fail(c.rule, `${r.name} ${r.version}: ${c.detail}`);
        if (notes.length)
            report.list(notes.map((c) => `${(0,src_report/* mark */.G)(c.status === 'skip' ? 'skip' : c.status)} ${r.name} ${r.version} — ${c.rule}: ${c.detail}`));
    }
    const compared = results.filter((r) => r.checksumMatch !== undefined);
    const checksumMatch = compared.length > 0 && compared.length === results.length && compared.every((r) => r.checksumMatch);
    report.output(inputs/* Outputs */.tY.Published, results.map(publishedEntry));
    report.output(inputs/* Outputs */.tY.ChecksumMatch, String(checksumMatch));
    report.output(inputs/* Outputs */.tY.Yanked, String(results.some((r) => r.yanked === true)));
    report.data.crates = results;
    report.data.skipped = skipped;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./actions/crates-verify/src/dependency-order.ts
/**
 * Orders crates so that each comes after the crates it depends on (the order `cargo publish
 * --workspace` uploads them in); ties are broken by name so that the summary is stable. A cycle
 * (impossible through normal dependencies, which cargo rejects) leaves the rest in name order.
 */
function orderByDependencies(items) {
    const pending = new Map(items.map((i) => [i.name, i]));
    const done = new Set();
    const out = [];
    while (pending.size) {
        const ready = [...pending.values()]
            .filter((i) => i.dependsOn.every((d) => done.has(d) || !pending.has(d)))
            .sort((a, b) => a.name.localeCompare(b.name));
        const batch = ready.length
            ? [ready[0]]
            : [...pending.values()].sort((a, b) => a.name.localeCompare(b.name));
        for (const i of batch) {
            out.push(i);
            done.add(i.name);
            pending.delete(i.name);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/crates-verify/src/manifest.ts





function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function readToml(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': cannot read ${file} (${e.code ?? e.message}); use the path of a Cargo.toml.`);
    }
    try {
        return (0,dist.parse)(text);
    }
    catch (e) {
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': ${file} is not valid TOML: ${e.message.split('\n')[0]}`);
    }
}
/** Cargo's workspace glob: `*`, `?` and `[…]` within a segment, `**` across segments. */
function segmentRegex(segment) {
    let re = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = segment.indexOf(']', i);
            if (end < 0)
                re += '\\[';
            else {
                re += `[${segment
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
function subdirs(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })
            .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
            .map((d) => d.name);
    }
    catch {
        return [];
    }
}
/** Expands a `members`/`exclude` pattern to directories below `root`. */
function expandMemberGlob(root, pattern) {
    const segments = pattern
        .replace(/\\/g, '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    let current = [root];
    for (const seg of segments) {
        const next = [];
        for (const dir of current) {
            if (seg === '**') {
                const stack = [dir];
                while (stack.length) {
                    const d = stack.pop();
                    next.push(d);
                    for (const s of subdirs(d))
                        if (s !== 'target')
                            stack.push(external_node_path_default().join(d, s));
                }
            }
            else if (/[*?[]/.test(seg)) {
                const re = segmentRegex(seg);
                for (const s of subdirs(dir))
                    if (re.test(s))
                        next.push(external_node_path_default().join(dir, s));
            }
            else if (seg === '..')
                next.push(external_node_path_default().dirname(dir));
            else
                next.push(external_node_path_default().join(dir, seg));
        }
        current = next;
    }
    return [...new Set(current.map((d) => external_node_path_default().resolve(d)))];
}
/** Finds the workspace a package belongs to: `package.workspace`, else the nearest parent with `[workspace]`. */
function findWorkspaceRoot(dir, pkg) {
    if (typeof pkg.workspace === 'string') {
        const root = external_node_path_default().resolve(dir, pkg.workspace);
        return { root, doc: readToml(external_node_path_default().join(root, 'Cargo.toml')) };
    }
    for (let d = external_node_path_default().dirname(dir);; d = external_node_path_default().dirname(d)) {
        const file = external_node_path_default().join(d, 'Cargo.toml');
        if ((0,external_node_fs_.existsSync)(file)) {
            const doc = readToml(file);
            if (isTable(doc.workspace))
                return { root: d, doc };
        }
        if (external_node_path_default().dirname(d) === d)
            return undefined;
    }
}
/** A `key.workspace = true` field resolved from `[workspace.package]`. */
function inherited(value, field, ws, member) {
    if (!isTable(value) || value.workspace !== true)
        return value;
    const wsPackage = isTable(ws?.package) ? ws.package : undefined;
    if (!wsPackage || !(field in wsPackage)) {
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': ${member} sets ${field}.workspace = true but the workspace has no [workspace.package] ${field}.`);
    }
    return wsPackage[field];
}
/** Package names a manifest depends on through normal and build dependencies (dev-dependencies do not order publishing). */
function dependencyNames(doc, ws) {
    const tables = [doc.dependencies, doc['build-dependencies']];
    if (isTable(doc.target)) {
        for (const t of Object.values(doc.target))
            if (isTable(t))
                tables.push(t.dependencies, t['build-dependencies']);
    }
    const wsDeps = isTable(ws?.dependencies) ? ws.dependencies : {};
    const names = new Set();
    for (const table of tables) {
        if (!isTable(table))
            continue;
        for (const [key, spec] of Object.entries(table)) {
            let pkg = isTable(spec) ? spec.package : undefined;
            if (isTable(spec) && spec.workspace === true && isTable(wsDeps[key]))
                pkg = wsDeps[key].package ?? pkg;
            names.add(typeof pkg === 'string' ? pkg : key);
        }
    }
    return [...names];
}
function readMember(dir, ws) {
    const file = external_node_path_default().join(dir, 'Cargo.toml');
    const doc = readToml(file);
    const pkg = doc.package;
    if (!isTable(pkg))
        return undefined;
    const name = pkg.name;
    if (typeof name !== 'string')
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': ${file} has no package.name.`);
    const version = inherited(pkg.version, 'version', ws, file);
    if (version !== undefined && typeof version !== 'string')
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': ${file} has a package.version that is not a string.`);
    return {
        name,
        version,
        dir,
        publish: inherited(pkg.publish, 'publish', ws, file),
        deps: dependencyNames(doc, ws)
    };
}
/** Why cargo would not publish a member to crates.io, or undefined when it would. */
function skipReason(m) {
    if (m.publish === false)
        return 'publish = false';
    if (Array.isArray(m.publish) && !m.publish.includes('crates-io')) {
        return `publish = ${JSON.stringify(m.publish)}: only to ${m.publish.length ? 'other registries' : 'no registry'}`;
    }
    // Since cargo 1.75 a package without a version is 0.0.0 and never published.
    if (m.version === undefined)
        return 'no package.version (cargo does not publish it)';
    return undefined;
}
/**
 * Reads a Cargo.toml: a single package, or a workspace root whose publishable members are returned
 * in dependency order (skipping `publish = false` and `publish = ["other"]` members). `version.workspace
 * = true` and `publish.workspace = true` are resolved from `[workspace.package]`.
 * @throws ConfigurationError for an unreadable or invalid manifest, or one without any package.
 */
function readManifestCrates(manifestPath) {
    const file = (0,external_node_fs_.statSync)(manifestPath, { throwIfNoEntry: false })?.isDirectory()
        ? external_node_path_default().join(manifestPath, 'Cargo.toml')
        : manifestPath;
    const dir = external_node_path_default().dirname(external_node_path_default().resolve(file));
    const doc = readToml(file);
    let members;
    let root = dir;
    if (isTable(doc.workspace)) {
        const ws = doc.workspace;
        const patterns = Array.isArray(ws.members)
            ? ws.members.filter((m) => typeof m === 'string')
            : [];
        const exclude = new Set((Array.isArray(ws.exclude) ? ws.exclude.filter((m) => typeof m === 'string') : []).flatMap((p) => expandMemberGlob(dir, p)));
        const dirs = new Set(isTable(doc.package) ? [dir] : []);
        for (const p of patterns)
            for (const d of expandMemberGlob(dir, p))
                if (!exclude.has(d) && (0,external_node_fs_.existsSync)(external_node_path_default().join(d, 'Cargo.toml')))
                    dirs.add(d);
        members = [...dirs].map((d) => readMember(d, ws)).filter((m) => m !== undefined);
    }
    else {
        if (!isTable(doc.package))
            throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': ${file} has neither [package] nor [workspace].`);
        const found = findWorkspaceRoot(dir, doc.package);
        if (found)
            root = found.root;
        members = [readMember(dir, isTable(found?.doc.workspace) ? found.doc.workspace : undefined)];
    }
    if (members.length === 0)
        throw new src_errors/* ConfigurationError */.j1(`Input 'manifest-path': the workspace in ${file} has no member packages.`);
    const skipped = [];
    const publishable = [];
    for (const m of members) {
        const reason = skipReason(m);
        if (reason)
            skipped.push({ name: m.name, reason });
        else
            publishable.push(m);
    }
    const names = new Set(publishable.map((m) => m.name));
    const crates = publishable.map((m) => ({
        name: m.name,
        version: m.version,
        dir: m.dir,
        dependsOn: m.deps.filter((d) => d !== m.name && names.has(d)).sort()
    }));
    return {
        crates: orderByDependencies(crates),
        skipped: skipped.sort((a, b) => a.name.localeCompare(b.name)),
        root
    };
}

;// CONCATENATED MODULE: ./actions/crates-verify/src/targets.ts





const sameName = (a, b) => a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');
/**
 * The version a tag announces for a crate: `v1.2.3` and `1.2.3` for any crate, `<crate>-v1.2.3`,
 * `<crate>-1.2.3` and `<crate>@1.2.3` for that crate only (monorepo tags). `undefined` when the tag
 * names another crate.
 */
function tagVersion(tag, crate) {
    if (crate) {
        const lower = tag.toLowerCase();
        for (const sep of ['-', '@', '/']) {
            const prefix = `${crate.toLowerCase()}${sep}`;
            if (lower.startsWith(prefix) && /^v?\d/.test(tag.slice(prefix.length))) {
                return { version: tag.slice(prefix.length).replace(/^v/, ''), crateSpecific: true };
            }
        }
    }
    if (/^v?\d/.test(tag))
        return { version: tag.replace(/^v/, ''), crateSpecific: false };
    return undefined;
}
function defaultCrateFile(root, name, version) {
    const targetDir = process.env.CARGO_TARGET_DIR
        ? external_node_path_default().resolve(root, process.env.CARGO_TARGET_DIR)
        : external_node_path_default().join(root, 'target');
    const file = external_node_path_default().join(targetDir, 'package', `${name}-${version}.crate`);
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
/**
 * Works out which crate versions to check: from `crate`/`version`/`tag` alone, or from a manifest
 * (a package or a workspace). Records version/tag inconsistencies on each target.
 * @throws ConfigurationError when there is nothing to check or the inputs contradict the manifest.
 */
function planTargets(settings) {
    const defaultManifest = external_node_path_default().join(settings.workspace, 'Cargo.toml');
    const manifestPath = settings.manifestPath ?? ((0,external_node_fs_.existsSync)(defaultManifest) ? defaultManifest : undefined);
    let manifest = manifestPath ? readManifestCrates(manifestPath) : undefined;
    if (manifest &&
        settings.crate &&
        !settings.manifestPath &&
        !manifest.crates.some((c) => sameName(c.name, settings.crate))) {
        // The workspace's own Cargo.toml is only a default: a crate it does not contain is checked on its own.
        if (!manifest.skipped.some((s) => sameName(s.name, settings.crate)))
            manifest = undefined;
    }
    let targets;
    const skipped = [...(manifest?.skipped ?? [])];
    if (!manifest) {
        if (!settings.crate) {
            throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.Crate}' or '${inputs/* Inputs */.G0.ManifestPath}' is needed: there is no Cargo.toml in ${settings.workspace}. Set crate (with version or tag) or manifest-path.`);
        }
        targets = [{ name: settings.crate, dependsOn: [] }];
    }
    else if (settings.crate) {
        const hit = manifest.crates.find((c) => sameName(c.name, settings.crate));
        if (!hit) {
            const skip = manifest.skipped.find((s) => sameName(s.name, settings.crate));
            throw new src_errors/* ConfigurationError */.j1(skip
                ? `Input '${inputs/* Inputs */.G0.Crate}': ${skip.name} is not published to crates.io (${skip.reason}).`
                : `Input '${inputs/* Inputs */.G0.Crate}': ${JSON.stringify(settings.crate)} is not a package of ${manifestPath}; it has ${manifest.crates.map((c) => c.name).join(', ')}.`);
        }
        targets = [{ name: hit.name, manifestVersion: hit.version, dependsOn: [] }];
        skipped.length = 0;
    }
    else {
        targets = manifest.crates.map((c) => ({
            name: c.name,
            manifestVersion: c.version,
            dependsOn: c.dependsOn
        }));
    }
    // A crate-specific tag (`foo-v1.2.3`) in a workspace selects that member.
    if (settings.tag && targets.length > 1) {
        const named = targets.filter((t) => tagVersion(settings.tag, t.name)?.crateSpecific);
        if (named.length === 1) {
            for (const t of targets)
                if (t !== named[0])
                    skipped.push({ name: t.name, reason: `the tag ${settings.tag} names ${named[0].name}` });
            targets = named;
        }
    }
    const crateFileIsDir = settings.crateFile !== undefined &&
        (0,external_node_fs_.statSync)(settings.crateFile, { throwIfNoEntry: false })?.isDirectory();
    if (settings.crateFile && !crateFileIsDir && targets.length > 1) {
        throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.CrateFile}': ${settings.crateFile} is one file but ${targets.length} crates are checked (${targets.map((t) => t.name).join(', ')}); give the directory holding their .crate files, such as target/package.`);
    }
    const out = targets.map((t) => {
        const problems = [];
        let version = settings.version ?? t.manifestVersion;
        if (settings.version && t.manifestVersion && settings.version !== t.manifestVersion) {
            problems.push(`the version input ${settings.version} differs from ${t.name}'s Cargo.toml version ${t.manifestVersion}`);
        }
        const fromTag = settings.tag ? tagVersion(settings.tag, t.name) : undefined;
        if (!version) {
            if (!fromTag) {
                throw new src_errors/* ConfigurationError */.j1(`Input '${inputs/* Inputs */.G0.Version}' is needed for ${t.name}: there is no manifest to read it from and no version tag (tag: ${settings.tag ?? 'none'}).`);
            }
            version = fromTag.version;
        }
        if (settings.tag && (!fromTag || fromTag.version !== version)) {
            problems.push(`version ${version} of ${t.name} does not match the tag ${settings.tag} (which announces ${fromTag ? fromTag.version : 'no version'})`);
        }
        const root = manifest?.root ?? settings.workspace;
        let crateFile;
        if (settings.crateFile)
            crateFile = crateFileIsDir
                ? external_node_path_default().join(settings.crateFile, `${t.name}-${version}.crate`)
                : settings.crateFile;
        else
            crateFile = defaultCrateFile(root, t.name, version);
        return {
            name: t.name,
            version,
            crateFile,
            crateFileExplicit: settings.crateFile !== undefined,
            dependsOn: t.dependsOn,
            inconsistency: problems.length ? problems.join('; ') : undefined
        };
    });
    return { targets: out, skipped, manifest: manifest ? manifestPath : undefined };
}

// EXTERNAL MODULE: ./packages/core/src/hash-files.ts
var hash_files = __webpack_require__(49271);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./actions/crates-verify/src/crate-archive.ts

/** A `.crate` is at most this big on crates.io (10 MiB); the tar inside is capped with room to spare. */
const MAX_TAR_BYTES = 256 * 1024 * 1024;
function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}
function octalSize(block) {
    // Sizes over 8 GiB use base-256 (high bit set); no .crate comes near that.
    if (block[124] & 0x80)
        throw new Error('tar entry too large');
    const text = field(block, 124, 12).trim();
    const n = text === '' ? 0 : parseInt(text, 8);
    if (!Number.isFinite(n) || n < 0)
        throw new Error(`corrupt tar header (size ${JSON.stringify(text)})`);
    return n;
}
/** `path=` from a pax extended header body (`<len> key=value\n` records). */
function paxPath(body) {
    let offset = 0;
    while (offset < body.length) {
        const space = body.indexOf(0x20, offset);
        if (space < 0)
            break;
        const len = parseInt(body.subarray(offset, space).toString('ascii'), 10);
        if (!Number.isFinite(len) || len <= 0)
            break;
        const record = body.subarray(space + 1, offset + len - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0 && record.slice(0, eq) === 'path')
            return record.slice(eq + 1);
        offset += len;
    }
    return undefined;
}
/**
 * Reads regular files out of a gzip'd tar (ustar, with GNU long names and pax `path` records, which
 * is what cargo's tar writer produces). Only entries `wanted` accepts are kept in memory.
 * @throws Error when the bytes are not a gzip'd tar.
 */
function readTarFiles(gz, wanted) {
    const tar = (0,external_node_zlib_.gunzipSync)(gz, { maxOutputLength: MAX_TAR_BYTES });
    const out = new Map();
    let offset = 0;
    let longName;
    while (offset + 512 <= tar.length) {
        const block = tar.subarray(offset, offset + 512);
        if (block.every((b) => b === 0))
            break;
        const size = octalSize(block);
        const bodyStart = offset + 512;
        if (bodyStart + size > tar.length)
            throw new Error('tar entry runs past the end of the archive');
        const body = tar.subarray(bodyStart, bodyStart + size);
        const type = String.fromCharCode(block[156] || 0x30);
        offset = bodyStart + Math.ceil(size / 512) * 512;
        if (type === 'L') {
            longName = body.toString('utf8').replace(/\0+$/, '');
            continue;
        }
        if (type === 'x') {
            longName = paxPath(body) ?? longName;
            continue;
        }
        const prefix = field(block, 257, 6).startsWith('ustar') ? field(block, 345, 155) : '';
        const name = longName ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
        longName = undefined;
        if ((type === '0' || type === '\0' || type === '7') && wanted(name))
            out.set(name, Buffer.from(body));
    }
    return out;
}
/**
 * The `.cargo_vcs_info.json` of a `.crate` (`<name>-<version>/.cargo_vcs_info.json`), or undefined
 * when cargo did not write one (packaged outside git).
 * @throws Error when the archive or the JSON is malformed.
 */
function readVcsInfo(crate, name, version) {
    const wantedName = `${name}-${version}/.cargo_vcs_info.json`;
    const files = readTarFiles(crate, (n) => n === wantedName);
    const raw = files.get(wantedName);
    if (!raw)
        return undefined;
    const json = JSON.parse(raw.toString('utf8'));
    return {
        sha1: typeof json.git?.sha1 === 'string' ? json.git.sha1.toLowerCase() : undefined,
        dirty: json.git?.dirty === true,
        pathInVcs: typeof json.path_in_vcs === 'string' ? json.path_in_vcs : undefined
    };
}

;// CONCATENATED MODULE: ./actions/crates-verify/src/verify-crate.ts





const tenths = (ms) => Math.round(ms / 100) / 10;
/** A result for a crate that was not (or not fully) seen on the registry. */
function resultFromPropagation(p) {
    return {
        name: p.name,
        version: p.version,
        cksum: p.index?.cksum,
        apiChecksum: p.api?.checksum,
        yanked: p.index || p.api ? p.index?.yanked === true || p.api?.yanked === true : undefined,
        apiVisible: p.api !== undefined,
        indexVisible: p.index !== undefined,
        secondsWaited: tenths(p.waitedMs),
        apiSeconds: p.apiSeenAfterMs === undefined ? undefined : tenths(p.apiSeenAfterMs),
        indexSeconds: p.indexSeenAfterMs === undefined ? undefined : tenths(p.indexSeenAfterMs),
        checks: []
    };
}
/**
 * Compares the three sources of a visible version — the index line, the API record and the SHA-256 of
 * the `.crate` downloaded from `dl` (plus the local `crate-file`) — and checks the commit recorded
 * in its `.cargo_vcs_info.json` and its yanked state.
 */
async function verifyCrate(client, target, p, options) {
    const result = resultFromPropagation(p);
    const index = p.index;
    const api = p.api;
    const checks = result.checks;
    checks.push({ rule: 'visible', status: 'pass', detail: p.detail });
    // Index and API must tell the same story.
    if (api.checksum !== undefined && api.checksum !== index.cksum) {
        checks.push({
            rule: 'sources-agree',
            status: 'fail',
            detail: `the API's checksum ${api.checksum} differs from the index cksum ${index.cksum}`
        });
    }
    else if (api.yanked !== index.yanked) {
        checks.push({
            rule: 'sources-agree',
            status: 'fail',
            detail: `the API says yanked=${api.yanked} but the index says yanked=${index.yanked} (a yank still propagating?)`
        });
    }
    else
        checks.push({
            rule: 'sources-agree',
            status: 'pass',
            detail: `index and API agree (cksum ${index.cksum}, yanked=${index.yanked})`
        });
    let matches = api.checksum === undefined || api.checksum === index.cksum;
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(options.tempDir, 'crate-'));
    try {
        const file = external_node_path_default().join(dir, `${target.name}-${target.version}.crate`);
        let bytes;
        try {
            const dl = await client.download(target.name, target.version, index.cksum, file);
            result.downloadSha256 = dl.sha256;
            bytes = (0,external_node_fs_.readFileSync)(file);
        }
        catch (e) {
            checks.push({
                rule: 'download',
                status: 'fail',
                detail: `downloading the .crate failed: ${(0,src_errors/* getErrorMessage */.u1)(e)}`
            });
            matches = false;
        }
        if (result.downloadSha256 !== undefined) {
            if (result.downloadSha256 === index.cksum)
                checks.push({
                    rule: 'download-checksum',
                    status: 'pass',
                    detail: `downloaded .crate SHA-256 ${result.downloadSha256} equals the index cksum`
                });
            else {
                matches = false;
                checks.push({
                    rule: 'download-checksum',
                    status: 'fail',
                    detail: `checksum mismatch: downloaded .crate SHA-256 ${result.downloadSha256}, index cksum ${index.cksum}`
                });
            }
        }
        if (target.crateFile) {
            try {
                result.crateFileSha256 = (await (0,hash_files/* hashFile */.DC)(target.crateFile, 'sha256')).hash;
                if (result.crateFileSha256 === index.cksum)
                    checks.push({
                        rule: 'crate-file-checksum',
                        status: 'pass',
                        detail: `${target.crateFile} SHA-256 equals the index cksum`
                    });
                else {
                    matches = false;
                    checks.push({
                        rule: 'crate-file-checksum',
                        status: 'fail',
                        detail: `checksum mismatch: the local ${external_node_path_default().basename(target.crateFile)} has SHA-256 ${result.crateFileSha256}, the registry's cksum is ${index.cksum} — the published crate is not the one built here`
                    });
                }
            }
            catch (e) {
                const missing = e.code === 'ENOENT';
                if (missing && !target.crateFileExplicit)
                    checks.push({ rule: 'crate-file-checksum', status: 'skip', detail: 'no local .crate to compare' });
                else {
                    matches = false;
                    checks.push({
                        rule: 'crate-file-checksum',
                        status: 'fail',
                        detail: `cannot read crate-file ${target.crateFile}: ${(0,src_errors/* getErrorMessage */.u1)(e)}`
                    });
                }
            }
        }
        else
            checks.push({
                rule: 'crate-file-checksum',
                status: 'skip',
                detail: 'no local .crate given or found in target/package'
            });
        if (bytes)
            checks.push(provenance(result, bytes, target, options.commit));
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    result.checksumMatch = matches;
    if (index.yanked || api.yanked) {
        checks.push(options.allowYanked
            ? {
                rule: 'yanked',
                status: 'warn',
                detail: `${target.name} ${target.version} is yanked (allowed by allow-yanked)`
            }
            : {
                rule: 'yanked',
                status: 'fail',
                detail: `${target.name} ${target.version} is yanked${api.yank_message ? `: ${api.yank_message}` : ''}`
            });
    }
    else
        checks.push({ rule: 'yanked', status: 'pass', detail: 'not yanked' });
    return result;
}
function provenance(result, bytes, target, commit) {
    let info;
    try {
        info = readVcsInfo(bytes, target.name, target.version);
    }
    catch (e) {
        return {
            rule: 'provenance',
            status: 'fail',
            detail: `the downloaded .crate cannot be read as a gzip'd tar: ${(0,src_errors/* getErrorMessage */.u1)(e)}`
        };
    }
    result.vcsSha1 = info?.sha1;
    if (!commit)
        return {
            rule: 'provenance',
            status: 'skip',
            detail: `no commit to compare (set commit or GITHUB_SHA); the crate records ${info?.sha1 ?? 'none'}`
        };
    if (!info || !info.sha1) {
        return {
            rule: 'provenance',
            status: 'fail',
            detail: `the published .crate has no .cargo_vcs_info.json git.sha1, so it was not packaged from a git checkout; expected commit ${commit}`
        };
    }
    if (info.sha1 !== commit) {
        return {
            rule: 'provenance',
            status: 'fail',
            detail: `the published .crate was packaged from commit ${info.sha1}, not ${commit}`
        };
    }
    if (info.dirty)
        return {
            rule: 'provenance',
            status: 'warn',
            detail: `packaged from ${commit} with uncommitted changes (dirty: true)`
        };
    return {
        rule: 'provenance',
        status: 'pass',
        detail: `packaged from commit ${commit}${info.pathInVcs ? ` (${info.pathInVcs})` : ''}`
    };
}

;// CONCATENATED MODULE: ./actions/crates-verify/src/yank.ts
/**
 * Yanks or unyanks each version, idempotently: a version already in the wanted state is left alone
 * and reported as unchanged; the API is read back to confirm a change took.
 */
async function setYankedAll(client, targets, yank, report) {
    const results = [];
    const verb = yank ? 'yank' : 'unyank';
    for (const t of targets) {
        const result = {
            name: t.name,
            version: t.version,
            apiVisible: false,
            indexVisible: false,
            secondsWaited: 0,
            checks: []
        };
        results.push(result);
        const target = `${t.name}@${t.version}`;
        const before = await client.apiVersion(t.name, t.version);
        if (before.kind !== 'found') {
            const exists = await client.crateExists(t.name);
            const detail = exists
                ? `version ${t.version} of ${t.name} was never published`
                : `crate not found: ${t.name}`;
            result.checks.push({ rule: verb, status: 'fail', detail: `cannot ${verb}: ${detail}` });
            report.write({ kind: 'crate-version', target, result: 'skipped', reason: detail });
            continue;
        }
        result.apiVisible = true;
        result.apiChecksum = before.value.checksum;
        result.cksum = before.value.checksum;
        if (before.value.yanked === yank) {
            result.yanked = yank;
            result.checks.push({
                rule: verb,
                status: 'pass',
                detail: `already ${yank ? 'yanked' : 'not yanked'}: nothing to do`
            });
            report.write({
                kind: 'crate-version',
                target,
                result: 'unchanged',
                reason: `already ${yank ? 'yanked' : 'unyanked'}`
            });
            continue;
        }
        await client.setYanked(t.name, t.version, yank);
        const after = await client.apiVersion(t.name, t.version);
        result.yanked = after.kind === 'found' ? after.value.yanked : undefined;
        if (result.yanked === yank) {
            result.checks.push({
                rule: verb,
                status: 'pass',
                detail: `${yank ? 'yanked' : 'unyanked'}; the API confirms yanked=${yank}`
            });
            report.write({
                kind: 'crate-version',
                target,
                result: 'updated',
                reason: yank ? 'yanked' : 'unyanked'
            });
        }
        else {
            result.checks.push({
                rule: verb,
                status: 'fail',
                detail: `the registry accepted the ${verb} but the API still says yanked=${result.yanked}`
            });
            report.write({
                kind: 'crate-version',
                target,
                result: 'updated',
                reason: `${verb} requested; not yet visible`
            });
        }
    }
    return results;
}

;// CONCATENATED MODULE: ./actions/crates-verify/src/check-crates.ts












const OUTCOME_RULE = {
    'crate-not-found': 'crate-not-found',
    propagating: 'still-propagating',
    'never-published': 'never-published'
};
/** The body of the action: plan the crates, then verify (poll + compare) or yank/unyank them. */
async function checkCrates(settings, report) {
    const plan = planTargets(settings);
    const clock = new PollClock();
    const http = createRegistryHttp(new HostPacer(clock));
    const client = await RegistryClient.connect(http, settings.indexUrl, settings.registryApi, settings.registryToken || undefined);
    const { api, dl } = client.endpoints;
    core/* info */.pq(`Registry ${settings.indexUrl}: API ${api}, downloads ${dl}`);
    core/* info */.pq(`Crates: ${plan.targets.map((t) => `${t.name} ${t.version}`).join(', ')}${plan.skipped.length ? ` (skipped: ${plan.skipped.map((s) => s.name).join(', ')})` : ''}`);
    const byName = new Map();
    // A version that contradicts the tag (or the version input) is reported, never polled or yanked.
    for (const t of plan.targets.filter((x) => x.inconsistency)) {
        byName.set(t.name, {
            name: t.name,
            version: t.version,
            apiVisible: false,
            indexVisible: false,
            secondsWaited: 0,
            checks: [{ rule: 'version-consistency', status: 'fail', detail: t.inconsistency }]
        });
    }
    const consistent = plan.targets.filter((t) => !t.inconsistency);
    if (settings.mode === 'verify') {
        const tempDir = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'crates-verify');
        (0,external_node_fs_.mkdirSync)(tempDir, { recursive: true });
        const propagation = await waitForVersions(client, consistent, clock, {
            timeoutMs: settings.waitTimeoutMs,
            intervalMs: settings.pollIntervalMs
        });
        for (const [i, p] of propagation.entries()) {
            const target = consistent[i];
            if (p.outcome === 'visible') {
                byName.set(target.name, await verifyCrate(client, target, p, {
                    commit: settings.commit,
                    allowYanked: settings.allowYanked,
                    tempDir
                }));
            }
            else {
                const result = resultFromPropagation(p);
                result.checks.push({ rule: OUTCOME_RULE[p.outcome], status: 'fail', detail: p.detail });
                byName.set(target.name, result);
            }
        }
    }
    else {
        for (const r of await setYankedAll(client, consistent, settings.mode === 'yank', report))
            byName.set(r.name, r);
    }
    const results = plan.targets.map((t) => byName.get(t.name));
    for (const r of results) {
        const bad = r.checks.filter((c) => c.status === 'fail').map((c) => c.rule);
        core/* info */.pq(`${r.name} ${r.version}: ${bad.length ? `failed ${bad.join(', ')}` : 'ok'}`);
    }
    reportResults(report, results, plan.skipped, { mode: settings.mode, registry: settings.indexUrl });
}


/***/ }),

/***/ 49271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   U7: () => (/* binding */ cpuCount),
/* harmony export */   yQ: () => (/* binding */ hashFiles)
/* harmony export */ });
/* unused harmony exports hashStream, hashBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);





/*
 * Why it is written this way (measured on a 2-core runner with SHA extensions):
 * - `fs.createReadStream` per file costs several event-loop round trips and 64 KiB chunks; on 4 KiB files
 *   it is ~8× slower than `sha256sum`. Reading with open/read/close into one reused buffer is not.
 * - Node's hash runs on the calling thread, so one thread is one core. Files are spread over the main
 *   thread plus `concurrency - 1` worker threads pulling batches from one queue; a big file overlaps
 *   its next read (thread pool) with hashing the current chunk.
 * - The worker is an inline script (`eval: true`) so the bundle stays one file.
 */
/** Bytes per read. A 1 MiB file fits one read with room to see EOF; memory stays ~4 MiB per hasher. */
const CHUNK = 2 * 1024 * 1024;
/** How long the calling thread hashes alone before worker threads are started for what is left. */
const WORKER_DELAY_MS = 10;
/** Work handed to a worker at once, in bytes (estimated from the average file size so far). */
const BATCH_BYTES = 8 * 1024 * 1024;
/** The number of CPUs Node may use. */
function cpuCount() {
    return Math.max(1, typeof (node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism() : node_os__WEBPACK_IMPORTED_MODULE_3___default().cpus().length);
}
function readAsync(fd, buffer) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(fd, buffer, 0, buffer.length, null, (e, n) => (e ? reject(e) : resolve(n))));
}
// crypto.hash (Node 20.12+, 21.7+) skips the Hash object: a third of the cost of hashing a 4 KiB file.
const oneShot = (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash);
function digestOnce(algorithm, data) {
    return oneShot ? oneShot(algorithm, data, 'hex') : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex');
}
/**
 * Hashes one path with two reused buffers. A file that ends within the first read (most files) costs
 * open, two synchronous reads and close, and one-shot hashing; a longer one overlaps reading the next
 * chunk (thread pool) with hashing the current one.
 */
function hashPath(path, algorithm, a, b) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    let rest;
    try {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, a, 0, a.length, null);
        if (n < a.length) {
            const more = n === 0 ? 0 : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, b, 0, b.length, null);
            // Returned synchronously: no promise per small file.
            if (more === 0) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
                return { hash: digestOnce(algorithm, a.subarray(0, n)), size: n };
            }
            // A short read before the end (some network file systems): carry on as for a big file.
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
            rest = hashRest(fd, hash, n + more, a, b);
        }
        else
            rest = hashRest(fd, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm), 0, a, b, n);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw e;
    }
    return rest.finally(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd));
}
/** Reads `fd` to its end through the hash, reading the next chunk while hashing this one. `pending` bytes are already in `a`. */
async function hashRest(fd, hash, size, a, b, pending) {
    let current = a;
    let spare = b;
    let n = pending ?? (await readAsync(fd, current));
    while (n > 0) {
        size += n;
        const next = readAsync(fd, spare);
        hash.update(n === current.length ? current : current.subarray(0, n));
        n = await next;
        [current, spare] = [spare, current];
    }
    return { hash: hash.digest('hex'), size };
}
function errorOf(e) {
    const err = e;
    return { code: err?.code ?? 'ERROR', message: err?.message ?? String(e) };
}
// The same algorithm as hashPath, as a self-contained CommonJS script for worker threads.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const a = Buffer.allocUnsafe(workerData.chunk);
const b = Buffer.allocUnsafe(workerData.chunk);
const readAsync = (fd, buf) => new Promise((res, rej) => fs.read(fd, buf, 0, buf.length, null, (e, n) => (e ? rej(e) : res(n))));
const digestOnce = (algorithm, data) => crypto.hash ? crypto.hash(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex');
async function hashRest(fd, hash, size, pending) {
  let current = a, spare = b;
  let n = pending === undefined ? await readAsync(fd, current) : pending;
  while (n > 0) {
    size += n;
    const next = readAsync(fd, spare);
    hash.update(n === current.length ? current : current.subarray(0, n));
    n = await next;
    const t = current; current = spare; spare = t;
  }
  return { hash: hash.digest('hex'), size };
}
function hashPath(path, algorithm) {
  const fd = fs.openSync(path, 'r');
  let rest;
  try {
    const n = fs.readSync(fd, a, 0, a.length, null);
    if (n < a.length) {
      const more = n === 0 ? 0 : fs.readSync(fd, b, 0, b.length, null);
      if (more === 0) {
        fs.closeSync(fd);
        return { hash: digestOnce(algorithm, a.subarray(0, n)), size: n };
      }
      const hash = crypto.createHash(algorithm).update(a.subarray(0, n)).update(b.subarray(0, more));
      rest = hashRest(fd, hash, n + more);
    } else rest = hashRest(fd, crypto.createHash(algorithm), 0, n);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  return rest.finally(() => fs.closeSync(fd));
}
// Batches arrive two at a time; they share the buffers, so they run one after the other.
let queue = Promise.resolve();
parentPort.on('message', (batch) => {
  queue = queue.then(() => run(batch));
});
async function run(batch) {
  const results = [];
  for (const [index, path] of batch.items) {
    try {
      let r = hashPath(path, batch.algorithm);
      if (r instanceof Promise) r = await r;
      results.push([index, r.hash, r.size]);
    } catch (e) {
      results.push([index, null, 0, (e && e.code) || 'ERROR', (e && e.message) || String(e)]);
    }
  }
  parentPort.postMessage(results);
}
`;
/**
 * Hashes many files as fast as the machine allows: the calling thread plus, for jobs that last more
 * than a moment, `concurrency - 1` worker threads, all pulling from one queue and reading into reused
 * buffers. Never throws for a file: each result carries either `hash` and `size` or `error` (ENOENT,
 * EISDIR, EACCES, …), in the order of `paths`.
 */
async function hashFiles(paths, options) {
    const { algorithm } = options;
    const results = paths.map((path) => ({ path }));
    const threads = Math.max(1, Math.min(options.concurrency ?? cpuCount(), paths.length));
    let next = 0;
    let doneFiles = 0;
    let doneBytes = 0;
    const record = (index, result) => {
        results[index] = result;
        doneFiles++;
        doneBytes += result.size ?? 0;
    };
    // Batches of about BATCH_BYTES (judged from the files hashed so far) keep messages few for small
    // files and the last batches short for big ones, so no thread finishes long before the others.
    const take = () => {
        const average = doneFiles ? doneBytes / doneFiles : CHUNK;
        const remaining = paths.length - next;
        const size = Math.max(1, Math.min(256, Math.floor(BATCH_BYTES / Math.max(average, 4096)), Math.ceil(remaining / (threads * 2))));
        const items = [];
        for (let i = 0; i < size && next < paths.length; i++, next++)
            items.push([next, paths[next]]);
        return items;
    };
    const workers = [];
    const booting = new Set();
    const startWorker = (thread) => workers.push(new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, workerData: { chunk: CHUNK } });
        booting.add(worker);
        let outstanding = 0;
        let failed = false;
        const feed = () => {
            // Two batches in flight so the worker never waits for this thread between batches.
            while (outstanding < 2 && next < paths.length) {
                worker.postMessage({ algorithm, items: take() });
                outstanding++;
            }
            if (outstanding === 0)
                void worker.terminate();
        };
        worker.on('message', (batch) => {
            outstanding--;
            for (const [index, hash, size, code, message] of batch) {
                record(index, hash === null
                    ? { path: paths[index], error: { code: code, message: message }, thread }
                    : { path: paths[index], hash, size, thread });
            }
            feed();
        });
        // Work is handed out only once the worker runs, so none waits in its queue while it boots.
        worker.on('online', () => {
            booting.delete(worker);
            feed();
        });
        worker.on('error', (e) => {
            failed = true;
            reject(e);
        });
        worker.on('exit', (code) => {
            if (failed)
                return;
            if (outstanding > 0)
                reject(new Error(`hash worker exited with code ${code} before finishing`));
            else
                resolve();
        });
    }));
    // Workers cost ~30 ms each to start: only jobs still running after a moment get them.
    const timer = threads > 1
        ? setTimeout(() => {
            for (let w = 1; w < threads && next < paths.length; w++)
                startWorker(w);
        }, options.workerDelayMs ?? WORKER_DELAY_MS)
        : undefined;
    const a = Buffer.allocUnsafe(CHUNK);
    const b = Buffer.allocUnsafe(CHUNK);
    let lastYield = Date.now();
    while (next < paths.length) {
        const index = next++;
        const path = paths[index];
        try {
            let digest = hashPath(path, algorithm, a, b);
            if (digest instanceof Promise)
                digest = await digest;
            record(index, { path, hash: digest.hash, size: digest.size, thread: 0 });
        }
        catch (e) {
            record(index, { path, error: errorOf(e), thread: 0 });
        }
        // Small files are read synchronously: let the event loop start and feed the workers now and then.
        if (threads > 1 && Date.now() - lastYield >= 2) {
            await new Promise((r) => setImmediate(r));
            lastYield = Date.now();
        }
    }
    clearTimeout(timer);
    // A worker still booting has nothing left to do.
    for (const worker of booting)
        void worker.terminate();
    await Promise.all(workers);
    return results;
}
/**
 * Hashes one file on the calling thread, streaming through two reused buffers.
 * @throws the file system error (ENOENT, EISDIR, …).
 */
async function hashFile(path, algorithm) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
    try {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
        const buffer = Buffer.allocUnsafe(CHUNK);
        let size = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            hash.update(buffer.subarray(0, bytesRead));
        }
        return { hash: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
}
/** Hashes a stream without buffering it. Rejects when the stream errors. */
async function hashStream(stream, algorithm) {
    const hash = createHash(algorithm);
    let size = 0;
    for await (const chunk of stream) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += data.length;
        hash.update(data);
    }
    return { hash: hash.digest('hex'), size };
}
/** Hashes bytes in memory. */
function hashBytes(data, algorithm) {
    return createHash(algorithm).update(data).digest('hex');
}


/***/ })

};
