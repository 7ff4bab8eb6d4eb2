export const id = 968;
export const ids = [968];
export const modules = {

/***/ 82968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JO: () => (/* binding */ COMMENT_MARKER),
/* harmony export */   publishComment: () => (/* binding */ publishComment),
/* harmony export */   publishToRelease: () => (/* binding */ publishToRelease)
/* harmony export */ });
/* unused harmony exports SECTION_START, SECTION_END, isGateComment, commentBody, withSection */
/* harmony import */ var _packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/**
 * Publishes the report where people look: one comment on the approval issue, or one section of the
 * release notes. Both are found again by a hidden marker and updated in place, so re-runs converge on
 * one comment / one section instead of piling up.
 */

const COMMENT_MARKER = '<!-- release-kit:qe-signoff-gate -->';
const SECTION_START = '<!-- release-kit:qe-signoff-gate:start -->';
const SECTION_END = '<!-- release-kit:qe-signoff-gate:end -->';
/** True for a comment the gate wrote: its body starts with the marker. */
function isGateComment(body) {
    return (body ?? '').startsWith(COMMENT_MARKER);
}
/** The comment body: the marker, then the report. */
function commentBody(markdown) {
    return `${COMMENT_MARKER}\n${markdown.trim()}\n`;
}
/**
 * Release notes with the gate's section replaced (or appended when absent). Text outside the markers
 * is kept byte for byte.
 */
function withSection(notes, markdown) {
    const section = `${SECTION_START}\n${markdown.trim()}\n${SECTION_END}`;
    const start = notes.indexOf(SECTION_START);
    const end = start >= 0 ? notes.indexOf(SECTION_END, start) : -1;
    if (start >= 0 && end >= 0)
        return notes.slice(0, start) + section + notes.slice(end + SECTION_END.length);
    return notes.trim() === '' ? section : `${notes.replace(/\s+$/, '')}\n\n${section}`;
}
/** Creates or updates the gate's comment on an issue. */
async function publishComment(gh, repo, issue, markdown, comments) {
    const body = commentBody(markdown);
    const target = `#${issue}`;
    const mine = [...comments].reverse().find((c) => isGateComment(c.body));
    if (mine) {
        if (mine.body === body)
            return { kind: 'comment', target, result: 'unchanged', url: mine.html_url };
        try {
            const { data } = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                ...repo,
                comment_id: mine.id,
                body
            });
            return {
                kind: 'comment',
                target,
                result: 'updated',
                url: data.html_url ?? mine.html_url
            };
        }
        catch (e) {
            // Someone else's comment that starts with the marker is not ours to edit: post our own instead.
            if ((0,_packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e) !== 403 && (0,_packages_core_src_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorStatus */ .v9)(e) !== 404)
                throw e;
        }
    }
    const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue,
        body
    });
    return { kind: 'comment', target, result: 'created', url: data.html_url };
}
/** Creates or updates the gate's section of the release notes. */
async function publishToRelease(gh, repo, release, markdown) {
    const target = `release ${release.tag_name} notes`;
    const notes = release.body ?? '';
    const next = withSection(notes, markdown);
    if (next === notes)
        return { kind: 'release-notes', target, result: 'unchanged', url: release.html_url };
    const existed = notes.includes(SECTION_START);
    await gh.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...repo,
        release_id: release.id,
        body: next
    });
    return { kind: 'release-notes', target, result: existed ? 'updated' : 'created', url: release.html_url };
}


/***/ })

};
