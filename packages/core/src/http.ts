import * as core from '@actions/core';
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ChecksumAlgorithm } from './checksums.js';
import {
  circuitBreakerFor,
  CircuitOpenError,
  type CircuitBreakerOptions,
  type CircuitChange
} from './circuit-breaker.js';
import { getErrorMessage, InfrastructureError } from './errors.js';
import { sleep } from './time-scale.js';
import { USER_AGENT } from './version.js';

/*
 * Resilient HTTP for endpoints that are not the GitHub API (crate registries, tarball URLs).
 * node:http(s) rather than fetch: it is the cheapest to import (fetch loads undici on first use, ~20 ms),
 * gives byte-exact control of Content-Length checking, and streams with backpressure.
 */

export {
  CircuitOpenError,
  resetCircuitBreakers,
  type CircuitChange,
  type CircuitState
} from './circuit-breaker.js';
import { logInfo } from './untrusted-text.js';

export interface HttpOptions {
  method?: string;
  /** Request headers; `If-None-Match` and friends are passed through (a 304 is returned, not followed). */
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Per attempt: time to get the response headers, and the longest silence while reading the body (default 30 s). */
  timeoutMs?: number;
  /** Attempts after the first, for network errors, timeouts, truncated bodies, 408/425/429/5xx (default 4). */
  retries?: number;
  /** Base of the exponential backoff (default 500 ms; waits are random in [0, base·2^n], capped; time-scaled). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A `Retry-After` longer than this is not waited for: the request fails at once (default 120 s). */
  maxRetryAfterMs?: number;
  maxRedirects?: number;
  /** The per-host circuit breaker's settings, or `false` to bypass it. */
  breaker?: CircuitBreakerOptions | false;
  /** Told of every retry, e.g. to log it (default: a log line). */
  onRetry?: (info: RetryInfo) => void;
  /** Told when a host's circuit breaker changes state (default: a log line, a warning when it opens). */
  onCircuitChange?: (change: CircuitChange) => void;
}

export interface RetryInfo {
  url: string;
  attempt: number;
  waitMs: number;
  reason: string;
}

export interface HttpResponseHead {
  status: number;
  headers: IncomingHttpHeaders;
  /** The URL that answered, after redirects. */
  url: string;
}

export interface HttpTextResponse extends HttpResponseHead {
  text: string;
  /** Parses the text as JSON. */
  json<T = unknown>(): T;
}

export interface HttpStreamResponse extends HttpResponseHead {
  /** The body; it errors with TruncatedBodyError if the connection ends early. */
  body: Readable;
}

/** An HTTP failure: a status after retries, or a network error. `status` is undefined for the latter. */
export class HttpError extends InfrastructureError {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly code?: string,
    cause?: unknown
  ) {
    super(message, cause);
    this.name = 'HttpError';
  }
}

/** The body ended before Content-Length bytes, or the connection dropped mid-body. */
export class TruncatedBodyError extends Error {
  readonly code = 'ETRUNCATED';
  constructor(
    readonly url: string,
    readonly received: number,
    readonly expected?: number
  ) {
    super(
      `The response body of ${url} was cut short: ${received} bytes received${expected !== undefined ? ` of ${expected}` : ''}.`
    );
    this.name = 'TruncatedBodyError';
  }
}

class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses `Retry-After`: seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^attempt)]. */
export function backoffDelay(attempt: number, baseMs = 500, maxMs = 30_000, random = Math.random): number {
  return Math.round(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

function defaultCircuitLog(change: CircuitChange): void {
  const text = `Circuit breaker for ${change.host}: ${change.from} → ${change.to} (${change.failures} consecutive failures)`;
  if (change.to === 'open') core.warning(text);
  else logInfo(text);
}

async function moduleFor(url: URL): Promise<typeof http> {
  if (url.protocol === 'http:') return http;
  if (url.protocol === 'https:') return (await import('node:https')).default as unknown as typeof http;
  throw new HttpError(`Unsupported URL scheme ${url.protocol} in ${url.href}`, url.href);
}

/** One exchange: resolves with the response once its headers arrive. */
async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Buffer | undefined,
  timeoutMs: number
): Promise<IncomingMessage> {
  const mod = await moduleFor(url);
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method, headers });
    const timer = setTimeout(
      () => req.destroy(new TimeoutError(`No response from ${url.host} within ${timeoutMs} ms`)),
      timeoutMs
    );
    // The socket's idle timeout covers the body too: a server that stops sending is cut off, not waited on.
    req.setTimeout(timeoutMs, () =>
      req.destroy(new TimeoutError(`${url.host} sent nothing for ${timeoutMs} ms`))
    );
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
function checkedBody(res: IncomingMessage, url: string, method: string): Readable {
  const header = res.headers['content-length'];
  const status = res.statusCode ?? 0;
  // HEAD answers and 204/304 carry a Content-Length (of the resource) but never a body.
  const bodiless = method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
  const expected = !bodiless && header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
  const out = new PassThrough();
  let received = 0;
  let ended = false;
  res.on('data', (chunk: Buffer) => {
    received += chunk.length;
    if (!out.write(chunk)) res.pause();
  });
  out.on('drain', () => res.resume());
  res.on('end', () => {
    ended = true;
    if (expected !== undefined && received !== expected)
      out.destroy(new TruncatedBodyError(url, received, expected));
    else out.end();
  });
  const cut = () => {
    if (!ended) out.destroy(new TruncatedBodyError(url, received, expected));
  };
  res.on('error', cut);
  res.on('aborted', cut);
  res.on('close', cut);
  out.on('close', () => {
    if (!ended) res.destroy();
  });
  return out;
}

async function readSome(res: IncomingMessage, limit = 4096): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of res) {
      if (size < limit) chunks.push(c as Buffer);
      size += (c as Buffer).length;
    }
  } catch {
    // An error body that fails to arrive changes nothing: the status is what is reported.
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, limit);
}

function isRetryableError(e: unknown): boolean {
  if (e instanceof TruncatedBodyError || e instanceof TimeoutError) return true;
  const code = (e as NodeJS.ErrnoException)?.code;
  return (
    (typeof code === 'string' &&
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
    (e as Error)?.message === 'socket hang up'
  );
}

/**
 * The retry/redirect/breaker loop shared by every function here. `consume` turns a final response into
 * the result; if it throws a retryable error (a truncated body), the whole exchange is tried again.
 */
async function execute<T>(
  input: string | URL,
  options: HttpOptions,
  consume: (res: IncomingMessage, url: string, method: string) => Promise<T>
): Promise<T> {
  let url = new URL(input);
  let method = (options.method ?? 'GET').toUpperCase();
  let body = options.body;
  let headers: Record<string, string> = { 'user-agent': USER_AGENT, ...lowerKeys(options.headers ?? {}) };
  const retries = options.retries ?? 4;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRedirects = options.maxRedirects ?? 10;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const onRetry =
    options.onRetry ??
    ((i: RetryInfo) =>
      logInfo(`Retrying ${i.url} in ${i.waitMs} ms (attempt ${i.attempt + 1}): ${i.reason}`));
  const onCircuit = options.onCircuitChange ?? defaultCircuitLog;
  const report = (change: CircuitChange | undefined) => change && onCircuit(change);
  let redirects = 0;

  for (let attempt = 0; ;) {
    const breaker = options.breaker === false ? undefined : circuitBreakerFor(url.host, options.breaker);
    try {
      if (breaker) report(breaker.acquire());
    } catch (e) {
      // Name the request that was refused, not only the host.
      if (e instanceof CircuitOpenError) e.message = `${method} ${url.href} was not sent: ${e.message}`;
      throw e;
    }
    let failure: { reason: string; waitMs?: number; error: HttpError };
    try {
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const res = await send(url, method, headers, body, timeoutMs);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        if (breaker) report(breaker.success());
        if (++redirects > maxRedirects)
          throw new HttpError(
            `Too many redirects (more than ${maxRedirects}) from ${input}`,
            url.href,
            status
          );
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          throw new HttpError(`Refusing a redirect to ${next.protocol} (${next.href})`, url.href, status);
        // 303 always, and 301/302 after a POST (as browsers and fetch do), continue as GET without a body.
        if (
          (status === 303 && method !== 'HEAD') ||
          ((status === 301 || status === 302) && method === 'POST')
        ) {
          method = 'GET';
          body = undefined;
          headers = withoutKeys(headers, ['content-length', 'content-type']);
        }
        // Credentials never follow a redirect to another origin (tarball URLs redirect to CDNs).
        if (next.origin !== url.origin) headers = withoutKeys(headers, ['authorization', 'cookie']);
        url = next;
        continue;
      }
      if (RETRY_STATUSES.has(status)) {
        const text = await readSome(res);
        // 429 is the server pacing us, not failing: it does not count towards opening the circuit.
        if (breaker) report(status === 429 ? breaker.success() : breaker.failure());
        const retryAfter = parseRetryAfter(res.headers['retry-after'] as string | undefined);
        const error = new HttpError(
          `${method} ${url.href} answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`,
          url.href,
          status
        );
        if (retryAfter !== undefined && retryAfter > maxRetryAfter) {
          throw new HttpError(
            `${error.message} (Retry-After ${Math.round(retryAfter / 1000)}s is longer than the ${maxRetryAfter / 1000}s this request may wait)`,
            url.href,
            status
          );
        }
        failure = { reason: `HTTP ${status}`, waitMs: retryAfter, error };
      } else {
        try {
          const result = await consume(res, url.href, method);
          if (breaker) report(breaker.success());
          return result;
        } catch (e) {
          if (!isRetryableError(e)) {
            if (breaker) report(breaker.success());
            throw e;
          }
          if (breaker) report(breaker.failure());
          failure = {
            reason: getErrorMessage(e),
            error: new HttpError(
              `${method} ${url.href}: ${getErrorMessage(e)}`,
              url.href,
              status,
              (e as { code?: string }).code,
              e
            )
          };
        }
      }
    } catch (e) {
      if (e instanceof HttpError || e instanceof CircuitOpenError) throw e;
      if (!isRetryableError(e))
        throw new HttpError(
          `${method} ${url.href} failed: ${getErrorMessage(e)}`,
          url.href,
          undefined,
          (e as { code?: string }).code,
          e
        );
      if (breaker) report(breaker.failure());
      failure = {
        reason: getErrorMessage(e),
        error: new HttpError(
          `${method} ${url.href} failed: ${getErrorMessage(e)}`,
          url.href,
          undefined,
          (e as { code?: string }).code,
          e
        )
      };
    }
    if (attempt >= retries) {
      const f = failure.error;
      throw new HttpError(
        `${f.message} (gave up after ${attempt + 1} attempts)`,
        f.url,
        f.status,
        f.code,
        f.cause
      );
    }
    const waitMs = Math.max(
      failure.waitMs ?? 0,
      failure.waitMs === undefined ? backoffDelay(attempt, options.backoffMs, options.maxBackoffMs) : 0
    );
    onRetry({ url: url.href, attempt: attempt + 1, waitMs, reason: failure.reason });
    await sleep(waitMs);
    attempt++;
  }
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function withoutKeys(headers: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !keys.includes(k)));
}

/**
 * Sends a request and reads the whole (text) body, checking it arrived complete; retries network
 * errors, timeouts, truncated bodies and 408/425/429/5xx. Other statuses (2xx, 304, 4xx) are returned.
 * @param maxBytes bodies longer than this are refused (default 32 MiB): use `download` for files.
 * @throws HttpError when retries are exhausted or the request cannot be sent; CircuitOpenError while the
 * host's breaker is open.
 */
export async function request(
  url: string | URL,
  options: HttpOptions & { maxBytes?: number } = {}
): Promise<HttpTextResponse> {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  return execute(url, options, async (res, finalUrl, method) => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of checkedBody(res, finalUrl, method)) {
      size += (c as Buffer).length;
      if (size > maxBytes) {
        res.destroy();
        throw new HttpError(
          `The response of ${finalUrl} is larger than ${maxBytes} bytes`,
          finalUrl,
          res.statusCode
        );
      }
      chunks.push(c as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    return {
      status: res.statusCode ?? 0,
      headers: res.headers,
      url: finalUrl,
      text,
      json<T>() {
        return JSON.parse(text) as T;
      }
    };
  });
}

/**
 * Sends a request and hands back the body as a stream once the headers arrive (retries happen only
 * before that point). The stream errors with TruncatedBodyError when the body is cut short.
 */
export async function requestStream(
  url: string | URL,
  options: HttpOptions = {}
): Promise<HttpStreamResponse> {
  return execute(url, options, async (res, finalUrl, method) => ({
    status: res.statusCode ?? 0,
    headers: res.headers,
    url: finalUrl,
    body: checkedBody(res, finalUrl, method)
  }));
}

export interface DownloadOptions extends HttpOptions {
  /** Where to write the body; written to a temporary name beside it and renamed only when complete. */
  toFile?: string;
  /** Digests to compute while streaming. */
  hash?: ChecksumAlgorithm | ChecksumAlgorithm[];
  /** Bytes the body may have: a larger Content-Length is refused up front, a longer stream when it passes. */
  maxBytes?: number;
}

export interface DownloadResult extends HttpResponseHead {
  /** True for a 304 answer to a conditional request: nothing was written. */
  notModified: boolean;
  size: number;
  hashes: Partial<Record<ChecksumAlgorithm, string>>;
  path?: string;
}

/**
 * Downloads a body, streaming it to a file and/or through hashes without holding it in memory. A body
 * cut short is downloaded again (within the retry budget) and never accepted; the target file appears
 * only when complete. A 304 (with `If-None-Match` passed in `headers`) returns `notModified: true`.
 * @throws HttpError for other non-2xx statuses and when retries are exhausted.
 */
export async function download(url: string | URL, options: DownloadOptions = {}): Promise<DownloadResult> {
  const algorithms =
    options.hash === undefined ? [] : Array.isArray(options.hash) ? options.hash : [options.hash];
  return execute(url, options, async (res, finalUrl, method) => {
    const status = res.statusCode ?? 0;
    const head = { status, headers: res.headers, url: finalUrl };
    if (status === 304) {
      res.resume();
      return { ...head, notModified: true, size: 0, hashes: {} };
    }
    if (status < 200 || status >= 300) {
      const text = await readSome(res);
      throw new HttpError(
        `GET ${finalUrl} answered ${status}${text ? `: ${text.slice(0, 200)}` : ''}`,
        finalUrl,
        status
      );
    }
    const max = options.maxBytes;
    const tooLarge = (what: string) =>
      new HttpError(
        `GET ${finalUrl}: ${what}, more than the limit of ${max} bytes`,
        finalUrl,
        status,
        'ETOOLARGE'
      );
    const declared = Number(res.headers['content-length']);
    if (max !== undefined && Number.isFinite(declared) && declared > max) {
      res.destroy();
      throw tooLarge(`the body is ${declared} bytes (Content-Length)`);
    }
    const hashes: [ChecksumAlgorithm, Hash][] = algorithms.map((a) => [a, createHash(a)]);
    let size = 0;
    const tap = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.length;
        if (max !== undefined && size > max) throw tooLarge(`the body passed ${max} bytes`);
        for (const [, h] of hashes) h.update(chunk);
        yield chunk;
      }
    };
    const body = checkedBody(res, finalUrl, method);
    if (options.toFile) {
      const temp = `${options.toFile}.partial-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
      try {
        await pipeline(body, tap, createWriteStream(temp));
        await rename(temp, options.toFile);
      } catch (e) {
        await unlink(temp).catch(() => undefined);
        throw e;
      }
    } else {
      for await (const _ of tap(body)) void _;
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
