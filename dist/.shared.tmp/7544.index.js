export const id = 7544;
export const ids = [7544];
export const modules = {

/***/ 97544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadChecksums: () => (/* binding */ uploadChecksums)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

/**
 * Uploads the checksum file and sidecars to the release under the upload policy. The release is
 * found once (drafts included) and its assets listed once; every asset is reported as created,
 * updated or unchanged, so a re-run is a visible no-op.
 */
async function uploadChecksums(upload, files, report) {
    const seen = new Map();
    for (const f of files) {
        const other = seen.get(f.name);
        if (other)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Two files would upload as the same asset ${JSON.stringify(f.name)}: ${other} and ${f.abs}. Release assets are flat; give the files distinct names.`);
        seen.set(f.name, f.abs);
    }
    // Loaded only when uploading: the GitHub client is the heaviest part of the bundle.
    const [{ createGitHubClient }, release] = await Promise.all([
        __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828))
    ]);
    const gh = await createGitHubClient(upload.token);
    const state = await release.findRelease(gh, upload.repository, { tag: upload.tag });
    // An immutable release is refused by uploadAsset before any request; listing would be wasted.
    const existing = state.kind === 'draft' || state.kind === 'published'
        ? await release.listAssets(gh, upload.repository, state.release.id)
        : [];
    for (const f of files) {
        const outcome = await release.uploadAsset(gh, upload.repository, state, { name: f.name, path: f.abs, contentType: 'text/plain' }, upload.policy, existing);
        report.write({
            kind: 'asset',
            target: f.name,
            result: outcome.result,
            reason: outcome.reason,
            url: outcome.asset?.browser_download_url
        });
    }
    report.data.release = { tag: upload.tag, state: state.kind, id: state.release?.id };
}


/***/ })

};
