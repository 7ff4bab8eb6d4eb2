export const id = 662;
export const ids = [662,109,823,204];
export const modules = {

/***/ 60662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41823);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8109);




/** The API base URL: `GITHUB_API_URL`, else github.com's. */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
// Writes are spaced one second apart (GitHub's guidance for mutating requests); a duck-typed group
// keeps that spacing scalable with RELEASE_KIT_TIME_SCALE instead of Bottleneck's fixed minTime.
function spacedGroup(minTime) {
    let next = 0;
    const limiter = {
        schedule: async (_opts, fn, ...args) => {
            const now = Date.now();
            const at = Math.max(now, next);
            next = at + minTime;
            if (at > now)
                await new Promise((r) => setTimeout(r, at - now));
            return fn(...args);
        }
    };
    // Only `key(id).schedule()` is called on these groups by the throttling plugin.
    return { key: () => limiter };
}
/**
 * Builds the GitHub client from a token. The token is masked before anything else happens.
 * @throws ConfigurationError when the token is empty.
 */
async function createGitHubClient(token, options = {}) {
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'token' is empty. Pass `token: ${{ secrets.GITHUB_TOKEN }}` or a personal access token / GitHub App token with the permissions this action needs.");
    }
    if (options.mask !== false)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const [github, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    const scale = (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_2__.timeScale)();
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 2}).`);
            return true;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; giving up after ${retryCount + 1} attempts.`);
        return false;
    };
    const octokit = github.getOctokit(token, {
        baseUrl: (options.baseUrl ?? apiBaseUrl()).replace(/\/+$/, ''),
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: 1000 * scale,
            fallbackSecondaryRateRetryAfter: 60,
            write: spacedGroup(1000 * scale),
            notifications: spacedGroup(3000 * scale)
        }
    }, retry, throttling);
    return octokit;
}


/***/ }),

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


/***/ }),

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
