export const id = 441;
export const ids = [441];
export const modules = {

/***/ 4441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadForeignSbom: () => (/* binding */ loadForeignSbom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9503);




/**
 * Reads an SBOM made by another tool, recognises its format, and validates it against the official
 * schema (CycloneDX 1.6 or SPDX 2.3 JSON; other versions are refused, not passed unchecked).
 * @throws ConfigurationError naming the file and the problem.
 */
async function loadForeignSbom(file, display) {
    let content;
    try {
        content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (e) {
        throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sbom-file': ${display} cannot be read (${e.code ?? String(e)}).`);
    }
    let doc;
    try {
        doc = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sbom-file': ${display} is not JSON (${e.message}); SPDX 2.3 JSON and CycloneDX 1.6 JSON are accepted.`);
    }
    let format;
    let label;
    if (doc?.bomFormat === 'CycloneDX') {
        if (doc.specVersion !== '1.6')
            throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sbom-file': ${display} is CycloneDX ${doc.specVersion ?? '(no specVersion)'}; only CycloneDX 1.6 JSON is validated and attached.`);
        format = 'cyclonedx-json';
        label = 'CycloneDX 1.6';
    }
    else if (typeof doc?.spdxVersion === 'string') {
        if (doc.spdxVersion !== 'SPDX-2.3')
            throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sbom-file': ${display} is ${doc.spdxVersion}; only SPDX-2.3 JSON is validated and attached.`);
        format = 'spdx-json';
        label = 'SPDX 2.3';
    }
    else {
        throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'sbom-file': ${display} is neither CycloneDX (bomFormat) nor SPDX (spdxVersion) JSON.`);
    }
    await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .assertValidSbom */ .W)(format, doc, display);
    const components = format === 'cyclonedx-json' ? (doc.components?.length ?? 0) : (doc.packages?.length ?? 0);
    return { format, fileName: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file), content, components, label };
}


/***/ }),

/***/ 9503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ assertValidSbom)
/* harmony export */ });
/* unused harmony export validateSbom */
/* harmony import */ var _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

const cache = new Map();
// `code.optimize: false` skips ajv's generated-code optimisation passes: compiling the CycloneDX 1.6
// schema drops from ~730 ms to ~290 ms here, while validating an SBOM stays a few milliseconds.
/** Compiles (once) the official schema for a format; loaded lazily: ajv and the schemas are big. */
async function validator(format) {
    const hit = cache.get(format);
    if (hit)
        return hit;
    const formats = (await Promise.all(/* import() */[__webpack_require__.e(238), __webpack_require__.e(196)]).then(__webpack_require__.t.bind(__webpack_require__, 2815, 23))).default;
    let fn;
    if (format === 'spdx-json') {
        const Ajv2019 = (await Promise.all(/* import() */[__webpack_require__.e(238), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 878, 23))).default;
        const schema = (await __webpack_require__.e(/* import() */ 857).then(__webpack_require__.t.bind(__webpack_require__, 9238, 19))).default;
        const ajv = new Ajv2019({ strict: false, allErrors: true, code: { optimize: false } });
        formats(ajv);
        fn = ajv.compile(schema);
    }
    else {
        const Ajv = (await Promise.all(/* import() */[__webpack_require__.e(238), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23))).default;
        const { bom16, spdxLicenses, jsf, cryptoDefs } = await Promise.all(/* import() */[__webpack_require__.e(94), __webpack_require__.e(850), __webpack_require__.e(699)]).then(__webpack_require__.bind(__webpack_require__, 5699));
        // The same options the CycloneDX library's own validator uses; its `idn-email` comes from a
        // package not installed here, and `iri-reference` has no working implementation anywhere.
        const ajv = new Ajv({ strict: false, strictSchema: false, useDefaults: false, addUsedSchema: false, allErrors: true, code: { optimize: false } });
        formats(ajv);
        ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
        ajv.addFormat('iri-reference', true);
        ajv.addSchema(spdxLicenses, 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
        ajv.addSchema(jsf, 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
        ajv.addSchema(cryptoDefs, 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json');
        fn = ajv.compile(bom16);
    }
    cache.set(format, fn);
    return fn;
}
/** Validates a document against the official CycloneDX 1.6 or SPDX 2.3 JSON schema; returns the problems (empty when valid). */
async function validateSbom(format, document) {
    const fn = await validator(format);
    if (fn(document))
        return [];
    return (fn.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: `${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${e.params.allowedValues.join(', ')})` : ''}` }));
}
/** Validates or throws a ConfigurationError listing the schema errors (first 20). */
async function assertValidSbom(format, document, label) {
    const problems = await validateSbom(format, document);
    if (!problems.length)
        return;
    const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > 20)
        shown.push(`  … and ${problems.length - 20} more`);
    throw new _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is not valid ${format === 'spdx-json' ? 'SPDX 2.3' : 'CycloneDX 1.6'} JSON:\n${shown.join('\n')}`);
}


/***/ })

};
