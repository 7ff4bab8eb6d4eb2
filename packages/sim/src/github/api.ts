import { randomBytes } from 'node:crypto';
import type { SimContext } from '../module.js';
import { SimError, type SimRequest, type SimResponse, type SimServer, type Service } from '../server.js';
import { callerOf, findRepo, requirePermission, requireReadScope, type Caller } from './auth.js';
import { Render } from './render.js';
import type { GitHubState, Permission, SimRepo, TokenScope } from './state.js';

export type GitHubHandler = (req: SimRequest, caller: Caller) => SimResponse | Promise<SimResponse>;

interface RateWindow {
  limit: number;
  used: number;
  /** Epoch seconds, as `x-ratelimit-reset` carries it. */
  reset: number;
  resetMs: number;
}

/**
 * What the GitHub route files share: the state, the renderer, and `route()`, which resolves the
 * caller (401 on unknown tokens) and stamps GitHub's rate-limit headers on every answer, errors included.
 */
export class GitHubApi {
  readonly render: Render;
  private readonly windows = new Map<string, RateWindow>();

  constructor(
    readonly state: GitHubState,
    readonly ctx: SimContext,
    readonly server: SimServer
  ) {
    this.render = new Render(state, ctx);
  }

  route(method: string, pattern: string, handler: GitHubHandler, service: Service = 'github'): void {
    this.server.route(service, method, pattern, async (req) => {
      let rate: Record<string, string> = {};
      try {
        const caller = callerOf(this.state, this.ctx, req);
        rate = this.rateHeaders(caller);
        const res = await handler(req, caller);
        return { ...res, headers: { ...baseHeaders(), ...rate, ...(res.headers ?? {}) } };
      } catch (err) {
        if (err instanceof SimError)
          throw new SimError(err.status, err.message, err.extra, {
            ...baseHeaders(),
            ...rate,
            ...err.headers
          });
        throw err;
      }
    });
  }

  private rateHeaders(caller: Caller): Record<string, string> {
    // The window is kept in milliseconds so that a short test window lasts its full length.
    let w = this.windows.get(caller.key);
    if (!w || w.resetMs <= Date.now()) {
      const limit =
        caller.token?.rate_limit ??
        (caller.login === null ? 60 : caller.token?.kind === 'integration' ? 1000 : 5000);
      const resetMs = Date.now() + (caller.token?.rate_window ?? 3600) * 1000;
      w = { limit, used: 0, resetMs, reset: Math.ceil(resetMs / 1000) };
      this.windows.set(caller.key, w);
    }
    if (caller.token?.rate_limit && w.used >= w.limit) {
      throw new SimError(
        403,
        // GitHub names the installation for installation tokens, the user otherwise.
        caller.token?.kind === 'integration'
          ? `API rate limit exceeded for installation ID ${caller.token.app?.id ?? caller.user?.id ?? 0}.`
          : `API rate limit exceeded for user ID ${caller.user?.id ?? 0}.`,
        {},
        {
          'x-ratelimit-limit': String(w.limit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(w.reset),
          'x-ratelimit-used': String(w.used),
          'x-ratelimit-resource': 'core'
        }
      );
    }
    w.used++;
    return {
      'x-ratelimit-limit': String(w.limit),
      'x-ratelimit-remaining': String(Math.max(0, w.limit - w.used)),
      'x-ratelimit-reset': String(w.reset),
      'x-ratelimit-used': String(w.used),
      'x-ratelimit-resource': 'core'
    };
  }

  repo(req: SimRequest, caller: Caller): SimRepo {
    const repo = findRepo(this.state, caller, req.params.owner, req.params.repo);
    settleFork(repo);
    return repo;
  }

  /** The route's repository for a read through `scope` (an installation token needs the scope on a private repository). */
  readableRepo(req: SimRequest, caller: Caller, scope: TokenScope): SimRepo {
    const repo = this.repo(req, caller);
    requireReadScope(caller, repo, scope);
    return repo;
  }

  /** The route's repository (404 when the caller cannot see it), once the caller holds `need` on `scope`. */
  permittedRepo(req: SimRequest, caller: Caller, scope: TokenScope, need: Permission): SimRepo {
    const repo = this.repo(req, caller);
    requirePermission(this.state, caller, repo, scope, need);
    return repo;
  }

  /** One page of `items` as a JSON array, each rendered by `view`, with the `Link` header. */
  listPage<T>(req: SimRequest, items: T[], view: (item: T) => unknown = (item) => item): SimResponse {
    const page = this.paginate(req, items);
    return json(200, page.items.map(view), page.headers);
  }

  /** One page wrapped as GitHub wraps workflow and check runs: `{ total_count, <key>: [...] }`. */
  countedPage<T>(req: SimRequest, items: T[], key: string, view: (item: T) => unknown): SimResponse {
    const page = this.paginate(req, items);
    return json(200, { total_count: items.length, [key]: page.items.map(view) }, page.headers);
  }

  /** Slices a list by `page`/`per_page` (max 100) and adds GitHub's `Link` header. */
  paginate<T>(
    req: SimRequest,
    items: T[],
    service: Service = 'github'
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, intParam(req, 'per_page', 30)));
    const page = Math.max(1, intParam(req, 'page', 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(perPage));
      q.set('page', String(p));
      return `<${this.server.url(service)}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const parts: string[] = [];
    if (page > 1) parts.push(link(page - 1, 'prev'));
    if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) parts.push(link(1, 'first'));
    return { items: slice, headers: parts.length ? { link: parts.join(', ') } : {} };
  }
}

/**
 * GitHub copies a new fork's git data in the background: until then the fork answers like an empty
 * repository (409 "Git Repository is empty.", 422 "Object does not exist"). The simulator copies it
 * once the fork has been asked `fork_pending.requests_left` more times.
 */
function settleFork(repo: SimRepo): void {
  const pending = repo.fork_pending;
  if (!pending) return;
  if (--pending.requests_left > 0) return;
  repo.objects = { ...pending.objects, ...repo.objects };
  repo.refs = { ...pending.refs, ...repo.refs };
  delete repo.fork_pending;
}

function baseHeaders(): Record<string, string> {
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
    'x-github-media-type': 'github.v3; format=json'
  };
}

export function intParam(req: SimRequest, name: string, fallback: number): number {
  const raw = req.query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new SimError(422, `Invalid value for parameter '${name}'`);
  return n;
}

/** GitHub's 422 "Validation Failed" with one error entry. */
export function validationFailed(resource: string, field: string, code: string, message?: string): SimError {
  return new SimError(422, 'Validation Failed', {
    errors: [{ resource, field, code, ...(message ? { message } : {}) }]
  });
}

/** GitHub's limit on issue, pull request and comment bodies, in characters. */
export const BODY_LIMIT = 65536;
/** GitHub's limit on a release's notes, in characters. */
export const RELEASE_BODY_LIMIT = 125000;

/**
 * GitHub's 422 for a body over the limit. Issues and pull requests (a pull request's body is its
 * issue's) answer `{resource: Issue, code: custom, field: body}`; comments answer
 * `{resource: IssueComment, code: unprocessable, field: data}` with a capital "Body".
 */
export function checkBodyLength(kind: 'Issue' | 'IssueComment' | 'Release', body: unknown): void {
  if (typeof body !== 'string') return;
  const limit = kind === 'Release' ? RELEASE_BODY_LIMIT : BODY_LIMIT;
  // GitHub counts characters (code points), not UTF-16 units.
  let n = 0;
  for (const _ of body) if (++n > limit) break;
  if (n <= limit) return;
  if (kind === 'IssueComment')
    throw validationFailed(
      'IssueComment',
      'data',
      'unprocessable',
      `Body is too long (maximum is ${limit} characters)`
    );
  throw validationFailed(kind, 'body', 'custom', `body is too long (maximum is ${limit} characters)`);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers };
}
