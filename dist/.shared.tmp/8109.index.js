export const id = 8109;
export const ids = [8109];
export const modules = {

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_KIT_VERSION: () => (/* binding */ RELEASE_KIT_VERSION),
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/** release-kit's version, sent in the User-Agent of every request. Kept in step with package.json by a test. */
const RELEASE_KIT_VERSION = '0.1.0';
const USER_AGENT = `release-kit/${RELEASE_KIT_VERSION} (+https://github.com/release-kit/release-kit)`;


/***/ })

};
