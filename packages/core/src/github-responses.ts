import { paginatingEndpoints } from '@octokit/plugin-paginate-rest';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { GitHubClient } from './github.js';

/*
 * Every GitHub answer release-kit parses is read whole before Octokit sees it. Octokit's own reader
 * swallows the error of a body cut short and hands back `""`, which its paginator turns into `[]`: a
 * cut list would read as an empty one. Here the body is buffered inside the `fetch` Octokit calls, so
 * a cut or unparseable body throws there, becomes a 500-class request error, and is retried by the
 * retry plugin exactly like a 502; after the last attempt it fails, naming the request.
 */

/** The body of a 2xx answer was cut short, or was not JSON of the expected kind. */
export class IncompleteResponseError extends Error {
  readonly code = 'EINCOMPLETE';
  constructor(message: string) {
    super(message);
    this.name = 'IncompleteResponseError';
  }
}

/** What one logical request saw over its attempts (all retries share it). */
interface Exchange {
  attempts: number;
  status?: number;
  statusText?: string;
  requestId?: string;
  /** Why the last attempt failed when it was not a plain HTTP status: a cut body, a dropped connection. */
  problem?: string;
}

type Expect = 'list' | undefined;

interface PageContext {
  method: string;
  template?: string;
}

// Pages are requested by the paginator with concrete URLs; this carries the route's template and the
// "this is a list" expectation down to the request hook.
const pages = new AsyncLocalStorage<PageContext>();

// POSTs whose replay cannot duplicate anything (content-addressed objects, set-like label adds, forks,
// which GitHub answers with the existing fork). Every other POST is sent once by the client; a lost
// answer is recovered by write-once.ts, which looks up whether it landed before sending again.
const IDEMPOTENT_POSTS = new Set([
  '/repos/{owner}/{repo}/forks',
  '/repos/{owner}/{repo}/git/blobs',
  '/repos/{owner}/{repo}/git/trees',
  '/repos/{owner}/{repo}/issues/{issue_number}/labels'
]);

// Routes that answer a list (or GitHub's {total_count, items} wrapper) even when called for one page.
const LIST_ROUTES = new Set<string>(paginatingEndpoints);

function causeText(e: unknown): string {
  const cause = (e as { cause?: unknown })?.cause;
  const inner =
    cause instanceof Error
      ? `${cause.message}${(cause as { code?: string }).code ? ` ${(cause as { code?: string }).code}` : ''}`
      : '';
  const outer = e instanceof Error ? e.message : String(e);
  return inner && inner !== outer ? `${outer}: ${inner}` : outer;
}

function isJsonType(type: string | null): boolean {
  const base = (type ?? '').split(';')[0].trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json');
}

/** A list answer: an array, or GitHub's `{total_count, <items>: [...]}` wrapper. */
function isListShape(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return ('total_count' in record || 'total_commits' in record) && Object.values(record).some(Array.isArray);
}

function checkingFetch(
  base: typeof fetch,
  exchange: Exchange,
  expect: Expect,
  stream: boolean
): typeof fetch {
  return async (input, init) => {
    exchange.attempts++;
    exchange.status = exchange.statusText = exchange.requestId = exchange.problem = undefined;
    let res: Response;
    try {
      res = await base(input, init);
    } catch (e) {
      exchange.problem = `the connection failed (${causeText(e)})`;
      throw e;
    }
    exchange.status = res.status;
    exchange.statusText = res.statusText;
    exchange.requestId = res.headers.get('x-github-request-id') ?? undefined;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (res.status < 200 || res.status >= 300 || res.status === 204 || res.status === 205) return res;
    if (method === 'HEAD' || stream) return res;
    const fail = (why: string): never => {
      exchange.problem = `${res.status} ${res.statusText || ''}`.trim() + ` with ${why}`;
      throw new IncompleteResponseError(exchange.problem);
    };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      return fail(`a body cut short (${causeText(e)})`);
    }
    const declared = res.headers.get('content-length');
    const encoding = (res.headers.get('content-encoding') ?? 'identity').toLowerCase();
    // With a content-encoding the header counts compressed bytes; the decoder itself fails on a cut stream.
    if (
      declared !== null &&
      /^\d+$/.test(declared) &&
      encoding === 'identity' &&
      Number(declared) !== bytes.length
    )
      fail(`a body cut short (${bytes.length} of ${declared} bytes)`);
    const type = res.headers.get('content-type');
    if (isJsonType(type)) {
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch (e) {
        fail(`a body that is not complete JSON (${bytes.length} bytes: ${(e as Error).message})`);
      }
      if (value === null || typeof value !== 'object')
        fail(`a JSON ${value === null ? 'null' : typeof value} where an object or a list was expected`);
      if (expect === 'list' && !isListShape(value)) fail('a JSON object where a list was expected');
    } else if (bytes.length === 0 && (res.status === 200 || res.status === 201) && expect === 'list') {
      fail('an empty body where a list was expected');
    } else if (expect === 'list' && bytes.length > 0) {
      // A proxy's error page or a text answer: Octokit would hand the paginator a string, never a list.
      fail(
        `a body that is not JSON (content-type ${type ?? 'none'}, ${bytes.length} bytes) where a list was expected`
      );
    }
    const copy = new Response(bytes, {
      status: res.status,
      statusText: res.statusText,
      headers: res.headers
    });
    Object.defineProperty(copy, 'url', { value: res.url });
    return copy;
  };
}

/** Fields added to an Octokit error once its request has given up. */
export interface NamedRequestError extends Error {
  status?: number;
  /** e.g. `GET /repos/{owner}/{repo}/issues` (undefined when the caller passed a concrete URL). */
  route?: string;
  /** The concrete path and query, e.g. `/repos/acme/tool/issues?labels=P0`. */
  path?: string;
  attempts?: number;
  requestId?: string;
  /** The original error message (GitHub's `message`, or the network error). */
  detail?: string;
}

function concretePath(url: string, baseUrl: string): string {
  try {
    const u = new URL(url);
    const base = new URL(baseUrl).pathname.replace(/\/+$/, '');
    const path = base && u.pathname.startsWith(`${base}/`) ? u.pathname.slice(base.length) : u.pathname;
    return `${path}${u.search}`;
  } catch {
    return url;
  }
}

function nameError(
  error: unknown,
  method: string,
  template: string | undefined,
  path: string,
  x: Exchange
): unknown {
  if (!(error instanceof Error) || (error as NamedRequestError).attempts !== undefined) return error;
  const e = error as NamedRequestError;
  const detail = e.message;
  const what =
    x.problem ??
    (x.status !== undefined
      ? `${x.status}${x.statusText ? ` ${x.statusText}` : ''}`
      : `${e.status ?? 'error'}`);
  const route = template ? ` (${method} ${template})` : '';
  const id = x.requestId ? `, request id ${x.requestId}` : '';
  const attempts = Math.max(1, x.attempts);
  const plural = attempts === 1 ? 'attempt' : 'attempts';
  const tail = detail && !what.includes(detail) ? `: ${detail}` : '';
  e.message = `${method} ${path}${route} failed: ${what} after ${attempts} ${plural}${id}${tail}`;
  e.route = template ? `${method} ${template}` : undefined;
  e.path = path;
  e.attempts = attempts;
  e.requestId = x.requestId;
  e.detail = detail;
  return e;
}

function routeTemplate(route: unknown): { method?: string; template?: string } {
  if (typeof route === 'string') {
    const m = /^([A-Z]+)\s+(\S+)$/.exec(route.trim());
    return m ? { method: m[1], template: m[2] } : { template: route };
  }
  const defaults = (route as { endpoint?: { DEFAULTS?: { method?: string; url?: string } } })?.endpoint
    ?.DEFAULTS;
  return { method: defaults?.method, template: defaults?.url };
}

/**
 * Installs the whole-body check and request naming on a client (see the module comment). Every page
 * of `paginate` / `paginate.iterator` must be a list; POSTs other than the idempotent ones are sent
 * once (no blind replay after a lost answer).
 */
export function checkResponses(octokit: GitHubClient): GitHubClient {
  octokit.hook.wrap('request', async (request, options) => {
    const page = pages.getStore();
    const method = String(options.method ?? 'GET').toUpperCase();
    const url = String(options.url ?? '');
    const template = page?.template ?? (url.includes('{') ? url : undefined);
    const settings = (options.request ?? {}) as Record<string, unknown>;
    const exchange: Exchange = { attempts: 0 };
    const stream = settings.parseSuccessResponseBody === false;
    const base = (settings.fetch as typeof fetch | undefined) ?? globalThis.fetch;
    const next: Record<string, unknown> = {
      ...settings,
      fetch: checkingFetch(
        base,
        exchange,
        page || LIST_ROUTES.has(`${method} ${template}`) ? 'list' : undefined,
        stream
      )
    };
    if (settings.retries === undefined && method === 'POST' && !(template && IDEMPOTENT_POSTS.has(template)))
      next.retries = 0;
    let path = url;
    try {
      path = concretePath(
        octokit.request.endpoint.parse(options as never).url,
        String(options.baseUrl ?? octokit.request.endpoint.DEFAULTS.baseUrl)
      );
    } catch {
      // A URL that cannot be expanded fails in the request itself, with its own message.
    }
    // before-after-hook hands every inner hook the same options object: change it in place.
    (options as { request?: unknown }).request = next;
    try {
      return await request(options as never);
    } catch (e) {
      throw nameError(e, method, template, path, exchange);
    }
  });

  const iterate = octokit.paginate.iterator;
  const iterator = ((route: unknown, parameters?: unknown) => {
    const { method, template } = routeTemplate(route);
    const context: PageContext = { method: method ?? 'GET', template };
    const inner = (iterate as (r: unknown, p?: unknown) => AsyncIterable<unknown>)(route, parameters)[
      Symbol.asyncIterator
    ]();
    return {
      [Symbol.asyncIterator]: () => ({ next: () => pages.run(context, () => inner.next()) })
    };
  }) as unknown as GitHubClient['paginate']['iterator'];
  const paginate = async (route: unknown, parameters?: unknown, mapFn?: unknown) => {
    if (typeof parameters === 'function') {
      mapFn = parameters;
      parameters = undefined;
    }
    let results: unknown[] = [];
    for await (const response of (
      iterator as unknown as (r: unknown, p?: unknown) => AsyncIterable<{ data: unknown }>
    )(route, parameters)) {
      let early = false;
      const value = mapFn
        ? (mapFn as (r: unknown, done: () => void) => unknown)(response, () => {
            early = true;
          })
        : response.data;
      results = results.concat(value);
      if (early) break;
    }
    return results;
  };
  (octokit as { paginate: unknown }).paginate = Object.assign(paginate, { iterator });
  return octokit;
}
