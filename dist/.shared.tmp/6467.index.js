export const id = 6467;
export const ids = [6467,1823];
export const modules = {

/***/ 87882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UH: () => (/* binding */ readManifestCrates)
});

// UNUSED EXPORTS: MANIFEST_PATH_INPUT, expandMemberGlob

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/crates/dependency-order.ts
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

// EXTERNAL MODULE: ./packages/core/src/untrusted-text.ts
var untrusted_text = __webpack_require__(82779);
// EXTERNAL MODULE: ./packages/core/src/crates/registry-names.ts
var registry_names = __webpack_require__(78954);
;// CONCATENATED MODULE: ./packages/core/src/crates/manifest.ts







/** The input a manifest problem points at (the same name in every action that reads a Cargo.toml). */
const MANIFEST_PATH_INPUT = 'manifest-path';
/** A problem of the manifest `file` (the input's value, or a member it leads to). */
function manifestError(file, problem, accepted) {
    return new errors/* InputError */.dz(MANIFEST_PATH_INPUT, file, problem, accepted);
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function readToml(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw manifestError(file, `cannot read ${file} (${e.code ?? (0,errors/* getErrorMessage */.u1)(e)})`, 'use the path of a Cargo.toml.');
    }
    try {
        return (0,dist.parse)(text);
    }
    catch (e) {
        throw manifestError(file, `${file} is not valid TOML: ${(0,errors/* getErrorMessage */.u1)(e).split('\n')[0]}`);
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
        throw manifestError(member, `${member} sets ${field}.workspace = true but the workspace has no [workspace.package] ${field}.`);
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
        throw manifestError(file, `${file} has no package.name.`);
    // The name and version become file names and URL paths: checked by cargo's rules before any use.
    if (!registry_names/* CRATE_NAME */.Q4.test(name))
        throw manifestError(file, `${file} has package.name ${(0,untrusted_text/* logValue */.Od)(JSON.stringify(name), 120)}, which is not a crate name`, "cargo accepts an ASCII letter followed by up to 63 letters, digits, '-' or '_'.");
    const version = inherited(pkg.version, 'version', ws, file);
    if (version !== undefined && typeof version !== 'string')
        throw manifestError(file, `${file} has a package.version that is not a string.`);
    if (typeof version === 'string' && !registry_names/* SEMVER */.HX.test(version))
        throw manifestError(file, `${file} has package.version ${(0,untrusted_text/* logValue */.Od)(JSON.stringify(version), 120)}, which is not a semantic version`, 'cargo accepts versions such as 1.2.3 or 1.2.3-rc.1.');
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
 * @throws InputError for an unreadable or invalid manifest, or one without any package.
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
            throw manifestError(file, `${file} has neither [package] nor [workspace].`);
        const found = findWorkspaceRoot(dir, doc.package);
        if (found)
            root = found.root;
        members = [readMember(dir, isTable(found?.doc.workspace) ? found.doc.workspace : undefined)];
    }
    if (members.length === 0)
        throw manifestError(file, `the workspace in ${file} has no member packages.`);
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


/***/ }),

/***/ 9528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony exports RegistryInputs, indexFilePath, downloadUrl, parseIndexFile */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82779);


/** The input names a registry error points the user at (the same in every action that talks to a registry). */
const RegistryInputs = {
    Index: 'index',
    RegistryApi: 'registry-api',
    RegistryToken: 'registry-token'
};
const Inputs = RegistryInputs;
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
     * @throws InputError when the index has no usable config; InfrastructureError when it cannot be read.
     */
    static async connect(http, index, apiOverride, token) {
        const url = `${index}config.json`;
        const res = await http.request(url, { headers: { accept: 'application/json' } });
        if (res.status === 404)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(Inputs.Index, index, `${index} has no config.json (404), so it is not a sparse index.`);
        if (res.status !== 200)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`Reading ${url} answered ${res.status}: ${(0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(res.text, [token]).slice(0, 200)}`);
        let config;
        try {
            config = JSON.parse(res.text);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(Inputs.Index, index, `${url} is not JSON, so ${index} is not a sparse index.`);
        }
        if (typeof config.dl !== 'string' || !config.dl)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(Inputs.Index, index, `${url} has no "dl" download location.`);
        const api = apiOverride ??
            (typeof config.api === 'string' && config.api ? config.api.replace(/\/+$/, '') : undefined);
        if (!api)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(Inputs.RegistryApi, undefined, `needed: ${url} names no "api" for this registry.`);
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
    /** What the registry said, without the token it may echo (summaries and report.json are not masked). */
    masked(text) {
        return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(text, [this.token]);
    }
    refuse(url, status, text) {
        const detail = this.masked(errorDetail(this.masked(text)));
        if (status === 401 || status === 403) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The registry refused ${url} (${status}: ${detail}); check ${Inputs.RegistryToken} and its scopes.`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${url} answered ${status}: ${detail}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${url} answered a record for ${body.version?.num ?? 'no version'}.`);
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
    async download(name, version, cksum, toFile, maxBytes) {
        // An auth-required registry wants the token on downloads too (core's HTTP drops it on a redirect
        // to another origin, such as a CDN).
        try {
            return await this.http.download(downloadUrl(this.endpoints.dl, name, version, cksum), toFile, this.authHeaders(false), maxBytes);
        }
        catch (e) {
            if (e instanceof Error)
                e.message = this.masked(e.message);
            throw e;
        }
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfrastructureError */ .EN(`${url} answered 200 without {"ok":true}: ${this.masked(res.text).slice(0, 200)}`);
    }
}


/***/ }),

/***/ 60256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ createRegistryHttp)
/* harmony export */ });
/* unused harmony export registryUserAgent */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61457);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82779);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8109);



/** Runs a request; an error that quotes the server's answer loses the token the request carried. */
async function masking(headers, call) {
    try {
        return await call();
    }
    catch (e) {
        if (e instanceof Error)
            e.message = (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(e.message, [headers?.authorization]);
        throw e;
    }
}
/** The registry's crawler policy asks automated clients to say who they are: release-kit and the action. */
const registryUserAgent = (agent) => `${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .USER_AGENT */ ._} ${agent}`;
const userAgent = registryUserAgent;
/**
 * The registry HTTP of an action: core's resilient client (retries with backoff and Retry-After,
 * per-host circuit breaker that logs when it opens, truncation detection) behind the host pacer.
 * `agent` names the action in the user agent, as crates.io's crawler policy asks.
 */
function createRegistryHttp(pacer = { wait: async () => { } }, agent = 'crates-verify') {
    return {
        async request(url, options = {}) {
            await pacer.wait(url);
            const res = await masking(options.headers, () => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em)(url, {
                method: options.method,
                headers: { 'user-agent': userAgent(agent), ...(options.headers ?? {}) }
            }));
            return { status: res.status, headers: res.headers, text: res.text };
        },
        async download(url, toFile, headers = {}, maxBytes) {
            await pacer.wait(url);
            const res = await masking(headers, () => (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .download */ .RG)(url, {
                toFile,
                hash: 'sha256',
                maxBytes,
                headers: { 'user-agent': userAgent(agent), ...headers }
            }));
            return { sha256: res.hashes.sha256, size: res.size, url: res.url };
        }
    };
}


/***/ }),

/***/ 81961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ setYanked)
/* harmony export */ });
/* harmony import */ var _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98371);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


/**
 * Reads a version's record after a write. After a failed write the host's circuit breaker may be
 * open: wait for its trial request (a few times at most) rather than give up on a write that landed.
 */
async function readBack(client, name, version) {
    for (let attempt = 0;; attempt++) {
        try {
            return await client.apiVersion(name, version);
        }
        catch (e) {
            if (!(e instanceof _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_0__/* .CircuitOpenError */ .Ch) || attempt >= 3)
                throw e;
            // retryInMs is already in scaled time.
            await new Promise((r) => setTimeout(r, e.retryInMs + 10));
        }
    }
}
/**
 * Yanks (or unyanks) one version, idempotently and exactly once: the API is read first (a version
 * already in the wanted state is left alone), and read back after the write. When the write's answer
 * is lost (a network error or 5xx after retries), the version is read again and a write that landed
 * is adopted instead of failing the step.
 * @throws when the registry refuses the token, or cannot be reached and the state cannot be read.
 */
async function setYanked(client, name, version, yank) {
    const verb = yank ? 'yank' : 'unyank';
    const before = await client.apiVersion(name, version);
    if (before.kind !== 'found') {
        const exists = await client.crateExists(name);
        const detail = exists ? `version ${version} of ${name} was never published` : `crate not found: ${name}`;
        return { name, version, state: 'absent', detail: `cannot ${verb}: ${detail}` };
    }
    const checksum = before.value.checksum;
    if (before.value.yanked === yank) {
        return {
            name,
            version,
            state: 'unchanged',
            yanked: yank,
            checksum,
            detail: `already ${yank ? 'yanked' : 'not yanked'}: nothing to do`
        };
    }
    let writeError;
    try {
        await client.setYanked(name, version, yank);
    }
    catch (e) {
        writeError = e;
    }
    const after = await readBack(client, name, version);
    const yanked = after.kind === 'found' ? after.value.yanked : undefined;
    if (yanked === yank) {
        return {
            name,
            version,
            state: 'updated',
            yanked,
            checksum,
            detail: writeError
                ? `${yank ? 'yanked' : 'unyanked'}: the answer to the ${verb} was lost (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(writeError)}), and the API confirms yanked=${yank}`
                : `${yank ? 'yanked' : 'unyanked'}; the API confirms yanked=${yank}`
        };
    }
    if (writeError)
        throw writeError;
    return {
        name,
        version,
        state: 'not-visible',
        yanked,
        checksum,
        detail: `the registry accepted the ${verb} but the API still says yanked=${yanked}`
    };
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


/***/ })

};
