import { createHash } from 'node:crypto';
import type { SimContext } from '../module.js';
import type { SimRequest, SimResponse, SimServer } from '../server.js';
import { cratesHandler } from './api-routes.js';
import { CratesApiError } from './errors.js';
import { nameFromIndexPath } from './index-path.js';
import type { CratesState } from './state.js';

function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
}

function matchesEtag(req: SimRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const tags = String(header)
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag);
}

/** A cacheable body: ETag on every answer, 304 when the client already has it. */
export function cacheable(
  req: SimRequest,
  body: Buffer,
  contentType: string,
  extra: Record<string, string> = {}
): SimResponse {
  const etag = etagOf(body);
  const headers = { etag, 'cache-control': 'public, max-age=600', ...extra };
  if (matchesEtag(req, etag)) return { status: 304, headers };
  return { status: 200, headers: { ...headers, 'content-type': contentType }, body };
}

/** Where downloads live: `{crate}`/`{version}` markers, the way crates.io's static host names files. */
export function dlTemplate(ctx: SimContext): string {
  return `${ctx.urls.downloads}/crates/{crate}/{crate}-{version}.crate`;
}

/**
 * Registers the sparse index (`/index/config.json`, `/index/<prefix>/<name>`) and the download
 * host (`/downloads/crates/…`).
 */
export function registerIndexRoutes(server: SimServer, state: () => CratesState, ctx: SimContext): void {
  // The CDN in front of crates.io's index keeps serving what it fetched, per URL, for a while.
  const cdn = new Map<string, { at: number; response: { body: Buffer; status: number } }>();

  server.route('index', 'GET', '/config.json', (req) => {
    const config = { dl: dlTemplate(ctx), api: ctx.urls.crates, 'auth-required': false };
    return cacheable(req, Buffer.from(JSON.stringify(config, null, 2) + '\n'), 'application/json');
  });

  server.route(
    'index',
    'GET',
    '/*path',
    cratesHandler((req) => {
      const s = state();
      const key = req.path + req.url.search;
      const cached = s.indexCdnTtlMs > 0 ? cdn.get(key) : undefined;
      let fresh: { body: Buffer; status: number };
      if (cached && Date.now() - cached.at < s.indexCdnTtlMs) fresh = cached.response;
      else {
        fresh = renderIndexFile(s, req.params.path);
        if (s.indexCdnTtlMs > 0) cdn.set(key, { at: Date.now(), response: fresh });
      }
      if (fresh.status === 404)
        return { status: 404, headers: { 'content-type': 'text/plain' }, body: fresh.body };
      return cacheable(req, fresh.body, 'text/plain');
    })
  );

  const download = (crateName: string, num: string): SimResponse => {
    const hit = state().findVersion(crateName, num);
    if (!hit) throw new CratesApiError(404, 'Not Found');
    hit.version.downloads++;
    return {
      status: 200,
      headers: { 'content-type': 'application/gzip', etag: etagOf(hit.version.crate) },
      body: hit.version.crate
    };
  };
  // The file name form (what the API redirects to and what `dl` names) …
  server.route(
    'downloads',
    'GET',
    '/crates/:name/:file',
    cratesHandler((req) => {
      const prefix = `${req.params.name}-`;
      const file = req.params.file;
      if (!file.startsWith(prefix) || !file.endsWith('.crate')) throw new CratesApiError(404, 'Not Found');
      return download(req.params.name, file.slice(prefix.length, -'.crate'.length));
    })
  );
  // … and the form cargo builds from a `dl` without markers (`<dl>/{crate}/{version}/download`).
  server.route(
    'downloads',
    'GET',
    '/crates/:name/:version/download',
    cratesHandler((req) => download(req.params.name, req.params.version))
  );
}

function renderIndexFile(s: CratesState, path: string): { body: Buffer; status: number } {
  const name = nameFromIndexPath(path);
  // The index is keyed by the exact (lowercased) name: `foo_bar` and `foo-bar` are different files.
  const crate = name ? s.find(name) : undefined;
  const versions = crate && crate.name.toLowerCase() === name ? s.indexVersions(crate) : [];
  if (!crate || versions.length === 0) return { status: 404, body: Buffer.from('Not Found\n') };
  return { status: 200, body: Buffer.from(versions.map((v) => s.indexLine(crate, v) + '\n').join('')) };
}
