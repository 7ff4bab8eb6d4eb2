export const id = 823;
export const ids = [823,204];
export const modules = {

/***/ 41823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
