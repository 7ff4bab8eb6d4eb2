export const id = 901;
export const ids = [901];
export const modules = {

/***/ 16925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* unused harmony exports MODES, DEFAULT_INDEX, CRATE_NAME, SEMVER, parseIndexUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _packages_core_src_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97276);


/** Input names, once. */
const Inputs = {
    Crate: 'crate',
    ManifestPath: 'manifest-path',
    Version: 'version',
    Tag: 'tag',
    CrateFile: 'crate-file',
    Index: 'index',
    RegistryApi: 'registry-api',
    Commit: 'commit',
    WaitTimeout: 'wait-timeout',
    PollInterval: 'poll-interval',
    Mode: 'mode',
    RegistryToken: 'registry-token',
    AllowYanked: 'allow-yanked'
};
/** Output names, once. */
const Outputs = {
    Published: 'published',
    ChecksumMatch: 'checksum-match',
    Yanked: 'yanked'
};
const MODES = ['verify', 'yank', 'unyank'];
const DEFAULT_INDEX = 'sparse+https://index.crates.io/';
/** crates.io's rule for names: ASCII letter first, then letters, digits, `-` and `_`, at most 64. */
const CRATE_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
// Semantic versioning 2.0.0, as cargo accepts it (no leading `v`, no leading zeros).
const NUM = '(?:0|[1-9]\\d*)';
const IDENT = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
/** `sparse+https://host/path` → `https://host/path/`; undefined for anything cargo would not read as a sparse index. */
function parseIndexUrl(text) {
    const raw = text.startsWith('sparse+') ? text.slice('sparse+'.length) : text;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    if (url.search || url.hash || url.username || url.password)
        return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
function parseHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
    }
    catch {
        return undefined;
    }
}
/** Reads and checks every input up front; throws one ConfigurationError listing every problem. */
function parseInputs(reader = new _packages_core_src_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .InputReader */ .i_()) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const crate = reader.optional(Inputs.Crate);
    const manifestPath = reader.optional(Inputs.ManifestPath);
    const version = reader.optional(Inputs.Version);
    const tag = reader.tag(Inputs.Tag, { fromRef: true });
    const crateFile = reader.optional(Inputs.CrateFile);
    const index = reader.string(Inputs.Index, { default: DEFAULT_INDEX });
    const registryApi = reader.optional(Inputs.RegistryApi);
    const commit = reader.optional(Inputs.Commit) ?? (process.env.GITHUB_SHA || undefined);
    const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { default: 600_000, max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(Inputs.PollInterval, { default: 10_000, max: 3_600_000 });
    const mode = reader.enum(Inputs.Mode, MODES, { default: 'verify' });
    const registryToken = reader.secret(Inputs.RegistryToken);
    const allowYanked = reader.boolean(Inputs.AllowYanked, { default: false });
    if (crate !== undefined && !CRATE_NAME.test(crate)) {
        reader.fail(Inputs.Crate, `${JSON.stringify(crate)} is not a crate name; use an ASCII letter followed by up to 63 letters, digits, '-' or '_'.`);
    }
    if (version !== undefined && !SEMVER.test(version)) {
        reader.fail(Inputs.Version, `${JSON.stringify(version)} is not a semantic version; use one such as 1.2.3 or 1.2.3-rc.1 (no leading v).`);
    }
    const indexUrl = parseIndexUrl(index);
    if (!indexUrl) {
        reader.fail(Inputs.Index, `${JSON.stringify(index)} is not a sparse index URL; use one such as ${DEFAULT_INDEX} (git indexes are not supported).`);
    }
    const api = registryApi === undefined ? undefined : parseHttpUrl(registryApi);
    if (registryApi !== undefined && !api) {
        reader.fail(Inputs.RegistryApi, `${JSON.stringify(registryApi)} is not an http(s) URL; use the registry's API base, such as https://crates.io.`);
    }
    if (commit !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) {
        reader.fail(Inputs.Commit, `${JSON.stringify(commit)} is not a full commit SHA; use the 40 (or 64) hex digits of the commit.`);
    }
    if (pollIntervalMs < 1000)
        reader.fail(Inputs.PollInterval, `${pollIntervalMs} ms is too short; use at least 1s (registries ask for one request per second at most).`);
    if ((mode === 'yank' || mode === 'unyank') && !registryToken) {
        reader.fail(Inputs.RegistryToken, `is required when mode is ${mode}; use a registry API token with the yank scope.`);
    }
    reader.finish();
    return {
        crate,
        manifestPath: manifestPath === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, manifestPath),
        version,
        tag,
        crateFile: crateFile === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, crateFile),
        indexUrl: indexUrl,
        registryApi: api,
        commit: commit?.toLowerCase(),
        waitTimeoutMs,
        pollIntervalMs,
        mode,
        registryToken,
        allowYanked,
        workspace
    };
}


/***/ }),

/***/ 96901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_core_src_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55171);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16925);


/** Proves crate versions are live, unyanked and identical to what was built, or yanks them; see action.yml. */
async function run() {
    await (0,_packages_core_src_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)('crates-verify', 'Crate verification', async (report) => {
        const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)();
        // The manifest parser and HTTP client load only once the inputs are known to be valid.
        const { checkCrates } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(34), __webpack_require__.e(640)]).then(__webpack_require__.bind(__webpack_require__, 43640));
        await checkCrates(settings, report);
    });
}


/***/ })

};
