export const id = 4441;
export const ids = [4441,9001];
export const modules = {

/***/ 54441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadForeignSbom: () => (/* binding */ loadForeignSbom)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15314);
/* harmony import */ var _ntia_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39001);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76715);






const ACCEPTED = 'SPDX 2.3 JSON and CycloneDX 1.6 JSON are accepted.';
/**
 * Reads an SBOM made by another tool, recognises its format, and validates it against the official
 * schema (CycloneDX 1.6 or SPDX 2.3 JSON; other versions are refused, not passed unchecked).
 * @throws InputError naming the file and the problem.
 */
async function loadForeignSbom(file, display) {
    let content;
    try {
        content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SbomFile, display, `${display} cannot be read (${e.code ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e)}).`);
    }
    let doc;
    try {
        doc = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SbomFile, display, `${display} is not JSON (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(e)}).`, ACCEPTED);
    }
    let format;
    let label;
    if (doc?.bomFormat === 'CycloneDX') {
        if (doc.specVersion !== '1.6')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SbomFile, display, `${display} is CycloneDX ${doc.specVersion ?? '(no specVersion)'}.`, 'Only CycloneDX 1.6 JSON is validated and attached.');
        format = 'cyclonedx-json';
        label = 'CycloneDX 1.6';
    }
    else if (typeof doc?.spdxVersion === 'string') {
        if (doc.spdxVersion !== 'SPDX-2.3')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SbomFile, display, `${display} is ${doc.spdxVersion}`, 'only SPDX-2.3 JSON is validated and attached.');
        format = 'spdx-json';
        label = 'SPDX 2.3';
    }
    else {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .Inputs */ .G0.SbomFile, display, `${display} is neither CycloneDX (bomFormat) nor SPDX (spdxVersion) JSON.`, ACCEPTED);
    }
    await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .assertValidSbom */ .W)(format, doc, display);
    const components = format === 'cyclonedx-json' ? (doc.components?.length ?? 0) : (doc.packages?.length ?? 0);
    return {
        format,
        fileName: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file),
        content,
        components,
        label,
        ntia: (0,_ntia_js__WEBPACK_IMPORTED_MODULE_5__/* .ntiaFromDocument */ ._)(format, doc)
    };
}


/***/ }),

/***/ 39001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ ntiaFromDocument),
/* harmony export */   a: () => (/* binding */ ntiaElements),
/* harmony export */   ntiaMark: () => (/* binding */ ntiaMark)
/* harmony export */ });
/** The summary's mark: present, partial (some components carry it) or missing. */
function ntiaMark(e) {
    if (e.present)
        return '✅';
    return /^[1-9]\d*\/\d+ /.test(e.detail) ? '⚠️ partial' : '⚠️ missing';
}
/**
 * The NTIA minimum elements (supplier, component name, version, unique identifier, dependency
 * relationship, author of the SBOM data, timestamp) as this SBOM carries them. Lockfiles name no
 * suppliers for third-party packages, so that element is usually partial: reported, not hidden.
 */
function ntiaElements(project, timestampKnown) {
    const all = [project.root, ...project.packages];
    const count = (n) => `${n}/${all.length}`;
    const withSupplier = project.supplier ? all.filter((p) => p === project.root || p.own).length : 0;
    const withVersion = all.filter((p) => p.version).length;
    const withPurl = all.filter((p) => p.purl).length;
    const edges = all.reduce((n, p) => n + p.dependencies.length, 0);
    return [
        {
            element: 'Supplier name',
            present: withSupplier === all.length,
            detail: withSupplier
                ? `${count(withSupplier)} components (the project's own; lockfiles do not name third-party suppliers)`
                : 'no supplier known (set GITHUB_REPOSITORY or the repository input)'
        },
        { element: 'Component name', present: true, detail: `${count(all.length)} components` },
        {
            element: 'Version of the component',
            present: withVersion === all.length,
            detail: `${count(withVersion)} components`
        },
        {
            element: 'Other unique identifiers',
            present: withPurl === all.length,
            detail: `purl on ${count(withPurl)} components`
        },
        {
            element: 'Dependency relationship',
            present: edges > 0 || all.length === 1,
            detail: `${edges} dependency edges`
        },
        {
            element: 'Author of SBOM data',
            present: Boolean(project.supplier),
            detail: project.supplier
                ? `${project.supplier} with ${project.tool.name} ${project.tool.version}`
                : `${project.tool.name} only (no organisation known)`
        },
        {
            element: 'Timestamp',
            present: timestampKnown,
            detail: `${project.timestamp} (${project.timestampSource})`
        }
    ];
}
/** The NTIA minimum elements as a document made by another tool carries them (`sbom-file`). */
function ntiaFromDocument(format, doc) {
    const share = (n, total) => ({
        present: total > 0 && n === total,
        detail: `${n}/${total} components`
    });
    if (format === 'cyclonedx-json') {
        const all = [doc.metadata?.component, ...(doc.components ?? [])].filter((c) => c && c.type !== 'file');
        const edges = (doc.dependencies ?? []).reduce((n, d) => n + (d.dependsOn?.length ?? 0), 0);
        const author = doc.metadata?.authors?.length || doc.metadata?.manufacturer || doc.metadata?.supplier;
        return [
            {
                element: 'Supplier name',
                ...share(all.filter((c) => c.supplier?.name || c.publisher || c.manufacturer).length, all.length)
            },
            { element: 'Component name', ...share(all.filter((c) => c.name).length, all.length) },
            { element: 'Version of the component', ...share(all.filter((c) => c.version).length, all.length) },
            {
                element: 'Other unique identifiers',
                ...share(all.filter((c) => c.purl || c.cpe || c.swid).length, all.length)
            },
            { element: 'Dependency relationship', present: edges > 0, detail: `${edges} dependency edges` },
            {
                element: 'Author of SBOM data',
                present: Boolean(author),
                detail: author ? 'metadata names an author, manufacturer or supplier' : 'metadata names no author'
            },
            {
                element: 'Timestamp',
                present: Boolean(doc.metadata?.timestamp),
                detail: doc.metadata?.timestamp ?? 'no metadata.timestamp'
            }
        ];
    }
    const all = doc.packages ?? [];
    const known = (v) => typeof v === 'string' && v !== '' && v !== 'NOASSERTION';
    const edges = (doc.relationships ?? []).filter((r) => /DEPENDS_ON|DEPENDENCY_OF|CONTAINS/.test(r.relationshipType)).length;
    const creators = doc.creationInfo?.creators ?? [];
    return [
        { element: 'Supplier name', ...share(all.filter((p) => known(p.supplier)).length, all.length) },
        { element: 'Component name', ...share(all.filter((p) => p.name).length, all.length) },
        {
            element: 'Version of the component',
            ...share(all.filter((p) => p.versionInfo).length, all.length)
        },
        {
            element: 'Other unique identifiers',
            ...share(all.filter((p) => (p.externalRefs ?? []).some((r) => /purl|cpe/.test(r.referenceType)))
                .length, all.length)
        },
        { element: 'Dependency relationship', present: edges > 0, detail: `${edges} relationships` },
        {
            element: 'Author of SBOM data',
            present: creators.some((c) => /^(Person|Organization):/.test(c)),
            detail: creators.join('; ') || 'no creators'
        },
        {
            element: 'Timestamp',
            present: Boolean(doc.creationInfo?.created),
            detail: doc.creationInfo?.created ?? 'no creationInfo.created'
        }
    ];
}


/***/ }),

/***/ 76715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ assertValidSbom)
});

// UNUSED EXPORTS: validateSbom

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./actions/sbom-attach/src/unique-items.ts
/** JSON with object keys sorted: equal values (deep-equal, any key order) give equal strings. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return '[' + value.map(canonicalJson).join(',') + ']';
    if (value && typeof value === 'object') {
        const o = value;
        return ('{' +
            Object.keys(o)
                .sort()
                .map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k]))
                .join(',') +
            '}');
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * A copy of a JSON schema with every `uniqueItems: true` replaced by the `uniqueItemsFast` keyword
 * (same rule, linear time). Only schema positions are rewritten: `properties` and other maps of
 * names are walked as maps, so a property that happens to be called `uniqueItems` is left alone.
 */
function withFastUniqueItems(schema) {
    const walk = (node, isSchema) => {
        if (Array.isArray(node))
            return node.map((n) => walk(n, isSchema));
        if (!node || typeof node !== 'object')
            return node;
        const out = {};
        for (const [k, v] of Object.entries(node)) {
            if (isSchema && k === 'uniqueItems' && v === true)
                out.uniqueItemsFast = true;
            else if (isSchema && (k === 'enum' || k === 'const' || k === 'examples' || k === 'default'))
                out[k] = v;
            else if (isSchema &&
                (k === 'properties' ||
                    k === 'patternProperties' ||
                    k === 'definitions' ||
                    k === '$defs' ||
                    k === 'dependentSchemas')) {
                out[k] = Object.fromEntries(Object.entries(v ?? {}).map(([name, s]) => [name, walk(s, true)]));
            }
            else
                out[k] = walk(v, isSchema);
        }
        return out;
    };
    return walk(schema, true);
}

;// CONCATENATED MODULE: ./actions/sbom-attach/src/validate.ts


/*
 * Why the validators are built this way (a 2,300-component CycloneDX document, 2-core runner):
 * - `uniqueItems` on arrays of objects is checked by ajv with a pairwise deep-equal, O(n²): ~400 ms
 *   for `components` alone. The same rule is checked here in O(n) by canonical JSON (keys sorted, so
 *   equal values in any key order collide, as deep-equal would say).
 * - `code.optimize: false` skips ajv's generated-code optimisation passes and `inlineRefs: false`
 *   compiles each definition once instead of inlining it at every use: compiling CycloneDX 1.6 drops
 *   from ~730 ms to ~300 ms. `validateSchema: false` skips checking the (fixed, official) schemas
 *   against the meta-schema on every run.
 * - The first pass stops at the first error (fast); only a failing document is validated again with
 *   `allErrors` to list every problem.
 */
const cache = new Map();
async function build(format, allErrors) {
    const key = `${format}:${allErrors}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    const formats = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(2815)]).then(__webpack_require__.t.bind(__webpack_require__, 82815, 23))).default;
    const options = {
        strict: false,
        allErrors,
        validateSchema: false,
        inlineRefs: false,
        code: { optimize: false }
    };
    const uniqueItems = {
        keyword: 'uniqueItemsFast',
        type: 'array',
        schemaType: 'boolean',
        errors: false,
        validate: (enabled, data) => {
            if (!enabled)
                return true;
            const seen = new Set();
            for (const item of data) {
                const c = canonicalJson(item);
                if (seen.has(c))
                    return false;
                seen.add(c);
            }
            return true;
        }
    };
    let fn;
    if (format === 'spdx-json') {
        const Ajv2019 = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 60878, 23))).default;
        const schema = (await __webpack_require__.e(/* import() */ 9238).then(__webpack_require__.t.bind(__webpack_require__, 69238, 19))).default;
        const ajv = new Ajv2019(options);
        formats(ajv);
        ajv.addKeyword(uniqueItems);
        fn = ajv.compile(withFastUniqueItems(schema));
    }
    else {
        const Ajv = (await Promise.all(/* import() */[__webpack_require__.e(2238), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))).default;
        const { bom16, spdxLicenses, jsf, cryptoDefs } = await __webpack_require__.e(/* import() */ 5216).then(__webpack_require__.bind(__webpack_require__, 95216));
        // The same options the CycloneDX library's own validator uses; its `idn-email` comes from a
        // package not installed here, and `iri-reference` has no working implementation anywhere.
        const ajv = new Ajv({ ...options, strictSchema: false, useDefaults: false, addUsedSchema: false });
        formats(ajv);
        ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
        ajv.addFormat('iri-reference', true);
        ajv.addKeyword(uniqueItems);
        ajv.addSchema(withFastUniqueItems(spdxLicenses), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
        ajv.addSchema(withFastUniqueItems(jsf), 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
        ajv.addSchema(withFastUniqueItems(cryptoDefs), 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json');
        fn = ajv.compile(withFastUniqueItems(bom16));
    }
    cache.set(key, fn);
    return fn;
}
function describe(e) {
    const params = e.params;
    let message = e.message ?? 'invalid';
    if (e.keyword === 'uniqueItemsFast')
        message = 'must NOT have duplicate items';
    if (params && 'allowedValues' in params)
        message += ` (${params.allowedValues.join(', ')})`;
    if (params && 'additionalProperty' in params)
        message += ` (${JSON.stringify(params.additionalProperty)})`;
    return { path: e.instancePath || '/', message };
}
/** Validates a document against the official CycloneDX 1.6 or SPDX 2.3 JSON schema; returns the problems (empty when valid). */
async function validateSbom(format, document) {
    if ((await build(format, false))(document))
        return [];
    const full = await build(format, true);
    full(document);
    const seen = new Set();
    return (full.errors ?? []).map(describe).filter((p) => {
        const k = `${p.path} ${p.message}`;
        return seen.has(k) ? false : (seen.add(k), true);
    });
}
/** Validates or throws a ConfigurationError listing the schema errors (first 20). */
async function assertValidSbom(format, document, label) {
    const problems = await validateSbom(format, document);
    if (!problems.length)
        return;
    const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    if (problems.length > 20)
        shown.push(`  … and ${problems.length - 20} more`);
    throw new errors/* ConfigurationError */.j1(`${label} is not valid ${format === 'spdx-json' ? 'SPDX 2.3' : 'CycloneDX 1.6'} JSON:\n${shown.join('\n')}`);
}


/***/ })

};
