export const id = 1145;
export const ids = [1145,9001];
export const modules = {

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

/***/ 21145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _ntia_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39001);
/* harmony import */ var _core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82779);



/** `3 dev-only, 1 workspace member`, or `none`. */
function describeExcluded(c) {
    const parts = Object.entries(c.excluded)
        .filter(([, n]) => n)
        .map(([reason, n]) => `${n} ${reason.replace('-', ' ')}`);
    return parts.length ? parts.join(', ') : 'none';
}
/** Writes what was read and what the SBOMs hold, the NTIA minimum elements included, into the report. */
function renderSummary(report, generated, written) {
    const { project, results, unsupported, ntia, coverage } = generated;
    const dev = project.packages.filter((p) => p.dev).length;
    report.status('pass', `${(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(project.root.name)}${project.root.version ? ' ' + (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(project.root.version) : ''}: ${project.packages.length} components, ${project.artifacts.length} files; ${written.length} SBOM${written.length === 1 ? '' : 's'} written and valid against the official schema.`);
    if (results.length) {
        // Coverage: every entry of each lockfile is a component or left out for a stated reason (the
        // step has already failed if any is neither).
        report.heading('Lockfiles');
        report.table(['lockfile', 'kind', 'entries', 'placed', 'left out', 'third-party components'], results.map((r, i) => [
            (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(r.file),
            r.kind,
            String(coverage[i].entries),
            String(coverage[i].placed),
            describeExcluded(coverage[i]),
            String(coverage[i].thirdParty)
        ]));
    }
    for (const name of unsupported) {
        const message = `${(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(name)} was found but is not a lockfile kind this action reads: its packages are NOT in the SBOM.`;
        report.status('warn', message);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} was found but is not a lockfile kind this action reads: its packages are NOT in the SBOM.`);
    }
    const notes = results.flatMap((r) => r.notes);
    if (notes.length) {
        report.heading('Notes');
        report.list(notes.map((n) => (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(n, { max: 1_000 })));
        for (const n of notes)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(n);
    }
    if (project.artifacts.length) {
        report.heading('Files');
        report.table(['file', 'bytes', 'sha256'], project.artifacts.map((a) => [(0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(a.name), String(a.size), a.sha256]));
    }
    report.heading('NTIA minimum elements');
    report.table(['element', 'present', 'detail'], ntia.map((e) => [e.element, (0,_ntia_js__WEBPACK_IMPORTED_MODULE_2__.ntiaMark)(e), (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(e.detail, { max: 1_000 })]));
    report.heading('SBOMs');
    report.list(written.map((w) => (0,_core_untrusted_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(w)));
    if (dev)
        report.text(`${dev} dev-only packages included (include-dev: true).`);
    report.data.sbom = {
        root: { name: project.root.name, version: project.root.version, purl: project.root.purl },
        components: project.packages.length,
        files: written,
        lockfiles: results.map((r, i) => ({
            file: r.file,
            kind: r.kind,
            packages: r.packages.length,
            entries: coverage[i].entries,
            placed: coverage[i].placed,
            excluded: coverage[i].excluded,
            thirdParty: coverage[i].thirdParty
        })),
        unsupported,
        ntia,
        timestamp: project.timestamp,
        timestampSource: project.timestampSource
    };
}


/***/ })

};
