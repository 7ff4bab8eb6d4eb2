export const id = 1457;
export const ids = [1457];
export const modules = {

/***/ 98371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ CircuitOpenError),
/* harmony export */   jU: () => (/* binding */ circuitBreakerFor)
/* harmony export */ });
/* unused harmony exports CircuitBreaker, resetCircuitBreakers */
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41823);

/** Thrown instead of sending a request while a host's circuit is open. */
class CircuitOpenError extends Error {
    host;
    retryInMs;
    code = 'ECIRCUITOPEN';
    constructor(host, retryInMs) {
        super(`${host} is failing: its circuit breaker is open after repeated failures; the next trial request is allowed in ${Math.ceil(retryInMs / 1000)}s.`);
        this.host = host;
        this.retryInMs = retryInMs;
        this.name = 'CircuitOpenError';
    }
}
/**
 * A per-host circuit breaker: `closed` lets everything through; after `failureThreshold` consecutive
 * failures it turns `open` and refuses requests at once; after the cool-down it turns `half-open` and
 * lets one trial request through, which closes it on success or opens it again on failure.
 */
class CircuitBreaker {
    host;
    state = 'closed';
    failures = 0;
    openedAt = 0;
    trialInFlight = false;
    failureThreshold;
    cooldownMs;
    constructor(host, options = {}) {
        this.host = host;
        this.failureThreshold = options.failureThreshold ?? 5;
        this.cooldownMs = options.cooldownMs ?? 30_000;
    }
    cooldown() {
        return this.cooldownMs * (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_0__.timeScale)();
    }
    move(to) {
        if (this.state === to)
            return undefined;
        const change = { host: this.host, from: this.state, to, failures: this.failures };
        this.state = to;
        return change;
    }
    /**
     * Asks to send a request. Returns the state change it caused (open → half-open), if any.
     * @throws CircuitOpenError while open, or while a half-open trial is in flight.
     */
    acquire(now = Date.now()) {
        if (this.state === 'open') {
            const wait = this.openedAt + this.cooldown() - now;
            if (wait > 0)
                throw new CircuitOpenError(this.host, wait);
            this.trialInFlight = true;
            return this.move('half-open');
        }
        if (this.state === 'half-open') {
            if (this.trialInFlight)
                throw new CircuitOpenError(this.host, this.cooldown());
            this.trialInFlight = true;
        }
        return undefined;
    }
    /** Records a healthy answer: closes the circuit. */
    success() {
        this.trialInFlight = false;
        this.failures = 0;
        return this.move('closed');
    }
    /** Records a failure: opens the circuit at the threshold, or again after a failed trial. */
    failure(now = Date.now()) {
        this.trialInFlight = false;
        this.failures++;
        if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
            this.openedAt = now;
            return this.move('open');
        }
        return undefined;
    }
}
const breakers = new Map();
/** The shared breaker of a host (created with `options` on first use). */
function circuitBreakerFor(host, options) {
    let breaker = breakers.get(host);
    if (!breaker) {
        breaker = new CircuitBreaker(host, options);
        breakers.set(host, breaker);
    }
    return breaker;
}
/** Forgets every breaker (tests, or a long-lived process starting a new job). */
function resetCircuitBreakers() {
    breakers.clear();
}


/***/ }),

/***/ 61457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   RG: () => (/* binding */ download)
/* harmony export */ });
/* unused harmony exports HttpError, TruncatedBodyError, parseRetryAfter, backoffDelay, requestStream */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98371);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(41823);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8109);
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(82779);











/*
 * Resilient HTTP for endpoints that are not the GitHub API (crate registries, tarball URLs).
 * node:http(s) rather than fetch: it is the cheapest to import (fetch loads undici on first use, ~20 ms),
 * gives byte-exact control of Content-Length checking, and streams with backpressure.
 */


/** An HTTP failure: a status after retries, or a network error. `status` is undefined for the latter. */
class HttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InfrastructureError */ .EN {
    url;
    status;
    code;
    constructor(message, url, status, code, cause) {
        super(message, cause);
        this.url = url;
        this.status = status;
        this.code = code;
        this.name = 'HttpError';
    }
}
/** The body ended before Content-Length bytes, or the connection dropped mid-body. */
class TruncatedBodyError extends Error {
    url;
    received;
    expected;
    code = 'ETRUNCATED';
    constructor(url, received, expected) {
        super(`The response body of ${url} was cut short: ${received} bytes received${expected !== undefined ? ` of ${expected}` : ''}.`);
        this.url = url;
        this.received = received;
        this.expected = expected;
        this.name = 'TruncatedBodyError';
    }
}
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
}
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Parses `Retry-After`: seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^attempt)]. */
function backoffDelay(attempt, baseMs = 500, maxMs = 30_000, random = Math.random) {
    return Math.round(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}
function defaultCircuitLog(change) {
    const text = `Circuit breaker for ${change.host}: ${change.from} → ${change.to} (${change.failures} consecutive failures)`;
    if (change.to === 'open')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text);
    else
        (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .logInfo */ .fH)(text);
}
async function moduleFor(url) {
    if (url.protocol === 'http:')
        return (node_http__WEBPACK_IMPORTED_MODULE_4___default());
    if (url.protocol === 'https:')
        return (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))).default;
    throw new HttpError(`Unsupported URL scheme ${url.protocol} in ${url.href}`, url.href);
}
/** One exchange: resolves with the response once its headers arrive. */
async function send(url, method, headers, body, timeoutMs) {
    const mod = await moduleFor(url);
    return new Promise((resolve, reject) => {
        const req = mod.request(url, { method, headers });
        const timer = setTimeout(() => req.destroy(new TimeoutError(`No response from ${url.host} within ${timeoutMs} ms`)), timeoutMs);
        // The socket's idle timeout covers the body too: a server that stops sending is cut off, not waited on.
        req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError(`${url.host} sent nothing for ${timeoutMs} ms`)));
        req.on('response', (res) => {
            clearTimeout(timer);
            resolve(res);
        });
        req.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        req.end(body);
    });
}
/** Wraps a response body so that an early end or a short Content-Length is an error, never a silent success. */
function checkedBody(res, url, method) {
    const header = res.headers['content-length'];
    const status = res.statusCode ?? 0;
    // HEAD answers and 204/304 carry a Content-Length (of the resource) but never a body.
    const bodiless = method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
    const expected = !bodiless && header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_5__.PassThrough();
    let received = 0;
    let ended = false;
    res.on('data', (chunk) => {
        received += chunk.length;
        if (!out.write(chunk))
            res.pause();
    });
    out.on('drain', () => res.resume());
    res.on('end', () => {
        ended = true;
        if (expected !== undefined && received !== expected)
            out.destroy(new TruncatedBodyError(url, received, expected));
        else
            out.end();
    });
    const cut = () => {
        if (!ended)
            out.destroy(new TruncatedBodyError(url, received, expected));
    };
    res.on('error', cut);
    res.on('aborted', cut);
    res.on('close', cut);
    out.on('close', () => {
        if (!ended)
            res.destroy();
    });
    return out;
}
async function readSome(res, limit = 4096) {
    const chunks = [];
    let size = 0;
    try {
        for await (const c of res) {
            if (size < limit)
                chunks.push(c);
            size += c.length;
        }
    }
    catch {
        // An error body that fails to arrive changes nothing: the status is what is reported.
    }
    return Buffer.concat(chunks).toString('utf8').slice(0, limit);
}
function isRetryableError(e) {
    if (e instanceof TruncatedBodyError || e instanceof TimeoutError)
        return true;
    const code = e?.code;
    return ((typeof code === 'string' &&
        [
            'ECONNRESET',
            'ECONNREFUSED',
            'EPIPE',
            'ETIMEDOUT',
            'EAI_AGAIN',
            'ENOTFOUND',
            'ENETUNREACH',
            'EHOSTUNREACH',
            'ECONNABORTED',
            'UND_ERR_SOCKET'
        ].includes(code)) ||
        e?.message === 'socket hang up');
}
/**
 * The retry/redirect/breaker loop shared by every function here. `consume` turns a final response into
 * the result; if it throws a retryable error (a truncated body), the whole exchange is tried again.
 */
async function execute(input, options, consume) {
    let url = new URL(input);
    let method = (options.method ?? 'GET').toUpperCase();
    let body = options.body;
    let headers = { 'user-agent': _version_js__WEBPACK_IMPORTED_MODULE_10__/* .USER_AGENT */ ._, ...lowerKeys(options.headers ?? {}) };
    const retries = options.retries ?? 4;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxRedirects = options.maxRedirects ?? 10;
    const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
    const onRetry = options.onRetry ??
        ((i) => (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_9__/* .logInfo */ .fH)(`Retrying ${i.url} in ${i.waitMs} ms (attempt ${i.attempt + 1}): ${i.reason}`));
    const onCircuit = options.onCircuitChange ?? defaultCircuitLog;
    const report = (change) => change && onCircuit(change);
    let redirects = 0;
    for (let attempt = 0;;) {
        const breaker = options.breaker === false ? undefined : (0,_circuit_breaker_js__WEBPACK_IMPORTED_MODULE_7__/* .circuitBreakerFor */ .jU)(url.host, options.breaker);
        try {
            if (breaker)
                report(breaker.acquire());
        }
        catch (e) {
            // Name the request that was refused, not only the host.
            if (e instanceof _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_7__/* .CircuitOpenError */ .Ch)
                e.message = `${method} ${url.href} was not sent: ${e.message}`;
            throw e;
        }
        let failure;
        try {
            if (body !== undefined)
                headers['content-length'] = String(Buffer.byteLength(body));
            const res = await send(url, method, headers, body, timeoutMs);
            const status = res.statusCode ?? 0;
            const location = res.headers.location;
            if (REDIRECTS.has(status) && location) {
                res.resume();
                if (breaker)
                    report(breaker.success());
                if (++redirects > maxRedirects)
                    throw new HttpError(`Too many redirects (more than ${maxRedirects}) from ${input}`, url.href, status);
                const next = new URL(location, url);
                if (next.protocol !== 'http:' && next.protocol !== 'https:')
                    throw new HttpError(`Refusing a redirect to ${next.protocol} (${next.href})`, url.href, status);
                // 303 always, and 301/302 after a POST (as browsers and fetch do), continue as GET without a body.
                if ((status === 303 && method !== 'HEAD') ||
                    ((status === 301 || status === 302) && method === 'POST')) {
                    method = 'GET';
                    body = undefined;
                    headers = withoutKeys(headers, ['content-length', 'content-type']);
                }
                // Credentials never follow a redirect to another origin (tarball URLs redirect to CDNs).
                if (next.origin !== url.origin)
                    headers = withoutKeys(headers, ['authorization', 'cookie']);
                url = next;
                continue;
            }
            if (RETRY_STATUSES.has(status)) {
                const text = await readSome(res);
                // 429 is the server pacing us, not failing: it does not count towards opening the circuit.
                if (breaker)
                    report(status === 429 ? breaker.success() : breaker.failure());
                const retryAfter = parseRetryAfter(res.headers['retry-after']);
                const error = new HttpError(`${method} ${url.href} answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`, url.href, status);
                if (retryAfter !== undefined && retryAfter > maxRetryAfter) {
                    throw new HttpError(`${error.message} (Retry-After ${Math.round(retryAfter / 1000)}s is longer than the ${maxRetryAfter / 1000}s this request may wait)`, url.href, status);
                }
                failure = { reason: `HTTP ${status}`, waitMs: retryAfter, error };
            }
            else {
                try {
                    const result = await consume(res, url.href, method);
                    if (breaker)
                        report(breaker.success());
                    return result;
                }
                catch (e) {
                    if (!isRetryableError(e)) {
                        if (breaker)
                            report(breaker.success());
                        throw e;
                    }
                    if (breaker)
                        report(breaker.failure());
                    failure = {
                        reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u1)(e),
                        error: new HttpError(`${method} ${url.href}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u1)(e)}`, url.href, status, e.code, e)
                    };
                }
            }
        }
        catch (e) {
            if (e instanceof HttpError || e instanceof _circuit_breaker_js__WEBPACK_IMPORTED_MODULE_7__/* .CircuitOpenError */ .Ch)
                throw e;
            if (!isRetryableError(e))
                throw new HttpError(`${method} ${url.href} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u1)(e)}`, url.href, undefined, e.code, e);
            if (breaker)
                report(breaker.failure());
            failure = {
                reason: (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u1)(e),
                error: new HttpError(`${method} ${url.href} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .getErrorMessage */ .u1)(e)}`, url.href, undefined, e.code, e)
            };
        }
        if (attempt >= retries) {
            const f = failure.error;
            throw new HttpError(`${f.message} (gave up after ${attempt + 1} attempts)`, f.url, f.status, f.code, f.cause);
        }
        const waitMs = Math.max(failure.waitMs ?? 0, failure.waitMs === undefined ? backoffDelay(attempt, options.backoffMs, options.maxBackoffMs) : 0);
        onRetry({ url: url.href, attempt: attempt + 1, waitMs, reason: failure.reason });
        await (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_11__.sleep)(waitMs);
        attempt++;
    }
}
function lowerKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function withoutKeys(headers, keys) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !keys.includes(k)));
}
/**
 * Sends a request and reads the whole (text) body, checking it arrived complete; retries network
 * errors, timeouts, truncated bodies and 408/425/429/5xx. Other statuses (2xx, 304, 4xx) are returned.
 * @param maxBytes bodies longer than this are refused (default 32 MiB): use `download` for files.
 * @throws HttpError when retries are exhausted or the request cannot be sent; CircuitOpenError while the
 * host's breaker is open.
 */
async function request(url, options = {}) {
    const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
    return execute(url, options, async (res, finalUrl, method) => {
        const chunks = [];
        let size = 0;
        for await (const c of checkedBody(res, finalUrl, method)) {
            size += c.length;
            if (size > maxBytes) {
                res.destroy();
                throw new HttpError(`The response of ${finalUrl} is larger than ${maxBytes} bytes`, finalUrl, res.statusCode);
            }
            chunks.push(c);
        }
        const text = Buffer.concat(chunks).toString('utf8');
        return {
            status: res.statusCode ?? 0,
            headers: res.headers,
            url: finalUrl,
            text,
            json() {
                return JSON.parse(text);
            }
        };
    });
}
/**
 * Sends a request and hands back the body as a stream once the headers arrive (retries happen only
 * before that point). The stream errors with TruncatedBodyError when the body is cut short.
 */
async function requestStream(url, options = {}) {
    return execute(url, options, async (res, finalUrl, method) => ({
        status: res.statusCode ?? 0,
        headers: res.headers,
        url: finalUrl,
        body: checkedBody(res, finalUrl, method)
    }));
}
/**
 * Downloads a body, streaming it to a file and/or through hashes without holding it in memory. A body
 * cut short is downloaded again (within the retry budget) and never accepted; the target file appears
 * only when complete. A 304 (with `If-None-Match` passed in `headers`) returns `notModified: true`.
 * @throws HttpError for other non-2xx statuses and when retries are exhausted.
 */
async function download(url, options = {}) {
    const algorithms = options.hash === undefined ? [] : Array.isArray(options.hash) ? options.hash : [options.hash];
    return execute(url, options, async (res, finalUrl, method) => {
        const status = res.statusCode ?? 0;
        const head = { status, headers: res.headers, url: finalUrl };
        if (status === 304) {
            res.resume();
            return { ...head, notModified: true, size: 0, hashes: {} };
        }
        if (status < 200 || status >= 300) {
            const text = await readSome(res);
            throw new HttpError(`GET ${finalUrl} answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`, finalUrl, status);
        }
        const max = options.maxBytes;
        const tooLarge = (what) => new HttpError(`GET ${finalUrl}: ${what}, more than the limit of ${max} bytes`, finalUrl, status, 'ETOOLARGE');
        const declared = Number(res.headers['content-length']);
        if (max !== undefined && Number.isFinite(declared) && declared > max) {
            res.destroy();
            throw tooLarge(`the body is ${declared} bytes (Content-Length)`);
        }
        const hashes = algorithms.map((a) => [a, (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(a)]);
        let size = 0;
        const tap = async function* (source) {
            for await (const chunk of source) {
                size += chunk.length;
                if (max !== undefined && size > max)
                    throw tooLarge(`the body passed ${max} bytes`);
                for (const [, h] of hashes)
                    h.update(chunk);
                yield chunk;
            }
        };
        const body = checkedBody(res, finalUrl, method);
        if (options.toFile) {
            const temp = `${options.toFile}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
            try {
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(body, tap, (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(temp));
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(temp, options.toFile);
            }
            catch (e) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.unlink)(temp).catch(() => undefined);
                throw e;
            }
        }
        else {
            for await (const _ of tap(body))
                void _;
        }
        return {
            ...head,
            notModified: false,
            size,
            hashes: Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])),
            path: options.toFile
        };
    });
}


/***/ })

};
