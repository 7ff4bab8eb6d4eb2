export const id = 8361;
export const ids = [8361];
export const modules = {

/***/ 36833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G0: () => (/* reexport */ Inputs),
  tY: () => (/* reexport */ Outputs),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: CRATE_NAME, DEFAULT_INDEX, DEFAULT_MAX_CRATE_SIZE, MODES, SEMVER, parseByteSize, parseIndexUrl

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/crates/registry-names.ts
var registry_names = __webpack_require__(78954);
;// CONCATENATED MODULE: ./actions/crates-verify/src/generated/io.ts
// Generated from actions/crates-verify/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
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
    MaxCrateSize: 'max-crate-size',
    Mode: 'mode',
    RegistryToken: 'registry-token',
    AllowYanked: 'allow-yanked'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    Published: 'published',
    ChecksumMatch: 'checksum-match',
    Yanked: 'yanked',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    crate: { required: false },
    'manifest-path': { required: false },
    version: { required: false },
    tag: { required: false },
    'crate-file': { required: false },
    index: { default: 'sparse+https://index.crates.io/', required: false },
    'registry-api': { required: false },
    commit: { required: false },
    'wait-timeout': { default: '10m', required: false },
    'poll-interval': { default: '10s', required: false },
    'max-crate-size': { default: '100MiB', required: false },
    mode: { default: 'verify', required: false },
    'registry-token': { required: false },
    'allow-yanked': { default: 'false', required: false }
};

;// CONCATENATED MODULE: ./actions/crates-verify/src/inputs.ts





/** Input and output names, generated from action.yml (see ./generated/io.ts). */

const MODES = ['verify', 'yank', 'unyank'];
/** The default `max-crate-size`: ten times crates.io's 10 MB upload limit. */
const DEFAULT_MAX_CRATE_SIZE = '100MiB';
const SIZE_UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    kib: 1024,
    mib: 1024 ** 2,
    gib: 1024 ** 3
};
/** `1048576`, `1.5MB`, `100MiB` → bytes; undefined for anything else. */
function parseByteSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || unit === undefined)
        return undefined;
    const bytes = Math.floor(Number(m[1]) * unit);
    return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
/** Reads and checks every input up front; throws one ConfigurationError listing every problem. */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const crate = reader.optional(Inputs.Crate);
    const manifestPath = reader.optional(Inputs.ManifestPath);
    const version = reader.optional(Inputs.Version);
    const tag = reader.tag(Inputs.Tag, { fromRef: true });
    const crateFile = reader.optional(Inputs.CrateFile);
    const index = reader.string(Inputs.Index, { default: registry_names/* DEFAULT_INDEX */.LX });
    const registryApi = reader.optional(Inputs.RegistryApi);
    const commit = reader.optional(Inputs.Commit) ?? (process.env.GITHUB_SHA || undefined);
    const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
    const pollIntervalMs = reader.duration(Inputs.PollInterval, { max: 3_600_000 });
    const mode = reader.enum(Inputs.Mode, MODES);
    const registryToken = reader.secret(Inputs.RegistryToken);
    const allowYanked = reader.boolean(Inputs.AllowYanked);
    const maxCrateSize = reader.string(Inputs.MaxCrateSize);
    const maxCrateBytes = parseByteSize(maxCrateSize);
    if (maxCrateBytes === undefined)
        reader.fail(Inputs.MaxCrateSize, `${JSON.stringify(maxCrateSize)} is not a size; use bytes or a number with KB, MB, GB, KiB, MiB or GiB, such as ${DEFAULT_MAX_CRATE_SIZE}.`);
    if (crate !== undefined && !registry_names/* CRATE_NAME */.Q4.test(crate)) {
        reader.fail(Inputs.Crate, `${JSON.stringify(crate)} is not a crate name; use an ASCII letter followed by up to 63 letters, digits, '-' or '_'.`);
    }
    if (version !== undefined && !registry_names/* SEMVER */.HX.test(version)) {
        reader.fail(Inputs.Version, `${JSON.stringify(version)} is not a semantic version; use one such as 1.2.3 or 1.2.3-rc.1 (no leading v).`);
    }
    const indexUrl = (0,registry_names/* parseIndexUrl */.Z0)(index);
    if (!indexUrl) {
        reader.fail(Inputs.Index, `${JSON.stringify(index)} is not a sparse index URL; use one such as ${registry_names/* DEFAULT_INDEX */.LX} (git indexes are not supported).`);
    }
    const api = registryApi === undefined ? undefined : (0,registry_names/* parseHttpUrl */.f$)(registryApi);
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
        manifestPath: manifestPath === undefined ? undefined : external_node_path_default().resolve(workspace, manifestPath),
        version,
        tag,
        crateFile: crateFile === undefined ? undefined : external_node_path_default().resolve(workspace, crateFile),
        indexUrl: indexUrl,
        registryApi: api,
        commit: commit?.toLowerCase(),
        waitTimeoutMs,
        pollIntervalMs,
        mode,
        registryToken,
        allowYanked,
        maxCrateBytes: maxCrateBytes,
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
/* harmony import */ var _core_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55171);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36833);


/** Proves crate versions are live, unyanked and identical to what was built, or yanks them; see action.yml. */
async function run() {
    await (0,_core_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)('crates-verify', 'Crate verification', async (report) => {
        const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)();
        // The manifest parser and HTTP client load only once the inputs are known to be valid.
        const { checkCrates } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(1457), __webpack_require__.e(6467), __webpack_require__.e(7394)]).then(__webpack_require__.bind(__webpack_require__, 17174));
        await checkCrates(settings, report);
    });
}


/***/ }),

/***/ 78954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HX: () => (/* binding */ SEMVER),
/* harmony export */   LX: () => (/* binding */ DEFAULT_INDEX),
/* harmony export */   Q4: () => (/* binding */ CRATE_NAME),
/* harmony export */   Z0: () => (/* binding */ parseIndexUrl),
/* harmony export */   f$: () => (/* binding */ parseHttpUrl)
/* harmony export */ });
// What a crate registry accepts as names, versions and index URLs: shared by every action that
// reads a registry (crates-verify, release-rollback).
/** The default registry's sparse index. */
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
/** An http(s) URL without trailing slashes; undefined for anything else. */
function parseHttpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/+$/, '') : undefined;
    }
    catch {
        return undefined;
    }
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


/***/ })

};
