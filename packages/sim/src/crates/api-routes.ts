import semver from 'semver';
import type { SimContext } from '../module.js';
import type { Handler, SimRequest, SimServer } from '../server.js';
import { CratesApiError } from './errors.js';
import { parsePublishBody } from './publish-request.js';
import type { CrateRecord, CrateVersionRecord } from './records.js';
import type { CratesState } from './state.js';

/** Answers crates.io-shaped errors instead of the server's GitHub-shaped ones. */
export function cratesHandler(handler: Handler): Handler {
  return async (req) => {
    try {
      return await handler(req);
    } catch (e) {
      if (e instanceof CratesApiError) return e.toResponse();
      throw e;
    }
  };
}

/** cargo sends the bare token as `Authorization`; other clients may prefix `Bearer`. */
export function rawToken(req: SimRequest): string | undefined {
  const auth = req.headers.authorization;
  if (!auth) return undefined;
  const m = /^(?:bearer|token)\s+(.+)$/i.exec(auth);
  return (m ? m[1] : auth).trim() || undefined;
}

/** Who the request acts as; 403 like crates.io when the token is missing or unknown. */
export function authenticate(
  req: SimRequest,
  state: CratesState,
  ctx: SimContext
): { login: string; admin: boolean } {
  const token = rawToken(req);
  if (!token) throw new CratesApiError(403, 'this action requires authentication');
  if (ctx.isAdmin(token)) return { login: 'sim-admin', admin: true };
  const login = state.loginFor(token);
  if (!login) throw new CratesApiError(403, 'authentication failed');
  return { login, admin: false };
}

function user(login: string, id: number) {
  return { id, login, name: login, avatar: null, url: `https://github.com/${login}` };
}

function byVersionDesc(a: CrateVersionRecord, b: CrateVersionRecord): number {
  return semver.rcompare(a.num, b.num);
}

/** The API's version record (`EncodableVersion`). */
export function versionJson(crate: CrateRecord, v: CrateVersionRecord): Record<string, unknown> {
  const base = `/api/v1/crates/${crate.name}/${v.num}`;
  return {
    id: v.id,
    crate: crate.name,
    num: v.num,
    dl_path: `${base}/download`,
    readme_path: `${base}/readme`,
    updated_at: v.updatedAt,
    created_at: v.createdAt,
    downloads: v.downloads,
    features: v.features,
    yanked: v.yanked,
    yank_message: v.yankMessage,
    lib_links: v.links,
    license: v.license,
    links: {
      dependencies: `${base}/dependencies`,
      version_downloads: `${base}/downloads`,
      authors: `${base}/authors`
    },
    crate_size: v.crate.length,
    published_by: v.publishedBy ? user(v.publishedBy, 1000 + crate.owners.indexOf(v.publishedBy)) : null,
    audit_actions: [],
    checksum: v.cksum,
    rust_version: v.rustVersion,
    has_lib: true,
    bin_names: [],
    edition: null,
    description: v.description,
    homepage: v.homepage,
    documentation: v.documentation,
    repository: v.repository
  };
}

function crateJson(crate: CrateRecord, versions: CrateVersionRecord[]): Record<string, unknown> {
  const sorted = [...versions].sort(byVersionDesc);
  const live = sorted.filter((v) => !v.yanked);
  const stable = live.filter((v) => !semver.prerelease(v.num));
  const newest = [...versions].sort((a, b) => b.id - a.id)[0];
  const latest = newest ?? sorted[0];
  const path = `/api/v1/crates/${crate.name}`;
  return {
    id: crate.name,
    name: crate.name,
    updated_at: latest.updatedAt,
    versions: sorted.map((v) => v.id),
    keywords: crate.keywords,
    categories: crate.categories,
    badges: [],
    created_at: crate.createdAt,
    downloads: versions.reduce((n, v) => n + v.downloads, 0),
    recent_downloads: null,
    default_version: (stable[0] ?? live[0] ?? sorted[0]).num,
    num_versions: versions.length,
    yanked: live.length === 0,
    max_version: (live[0] ?? sorted[0]).num,
    newest_version: latest.num,
    max_stable_version: stable[0]?.num ?? null,
    description: latest.description,
    homepage: latest.homepage,
    documentation: latest.documentation,
    repository: latest.repository,
    links: {
      version_downloads: `${path}/downloads`,
      versions: null,
      owners: `${path}/owners`,
      owner_team: `${path}/owner_team`,
      owner_user: `${path}/owner_user`,
      reverse_dependencies: `${path}/reverse_dependencies`
    },
    exact_match: false
  };
}

/** The crate with at least one version visible in the API now, else crates.io's 404. */
function visibleCrate(
  state: CratesState,
  name: string
): { crate: CrateRecord; versions: CrateVersionRecord[] } {
  const crate = state.find(name);
  const versions = crate ? state.apiVersions(crate) : [];
  if (!crate || versions.length === 0) throw new CratesApiError(404, `crate \`${name}\` does not exist`);
  return { crate, versions };
}

function visibleVersion(
  state: CratesState,
  name: string,
  num: string
): { crate: CrateRecord; version: CrateVersionRecord } {
  const { crate, versions } = visibleCrate(state, name);
  const version = versions.find((v) => v.num === num);
  if (!version) throw new CratesApiError(404, `crate \`${crate.name}\` does not have a version \`${num}\``);
  return { crate, version };
}

/** Registers the crates.io web API (`/crates/api/v1/…`). */
export function registerApiRoutes(
  server: SimServer,
  state: () => CratesState,
  ctx: SimContext,
  downloadUrl: (crate: string, version: string) => string
): void {
  const route = (method: string, pattern: string, handler: Handler) =>
    server.route('crates', method, pattern, cratesHandler(handler));

  route('PUT', '/api/v1/crates/new', (req) => {
    const who = authenticate(req, state(), ctx);
    const { metadata, crate } = parsePublishBody(req.body);
    return { status: 200, body: state().publish(metadata, crate, who.login, who.admin) };
  });

  route('GET', '/api/v1/crates/:name', (req) => {
    const { crate, versions } = visibleCrate(state(), req.params.name);
    const sorted = [...versions].sort(byVersionDesc);
    return {
      status: 200,
      body: {
        crate: crateJson(crate, versions),
        versions: sorted.map((v) => versionJson(crate, v)),
        keywords: crate.keywords.map((k) => ({
          id: k,
          keyword: k,
          crates_cnt: 1,
          created_at: crate.createdAt
        })),
        categories: []
      }
    };
  });

  route('GET', '/api/v1/crates/:name/versions', (req) => {
    const { crate, versions } = visibleCrate(state(), req.params.name);
    const sorted = [...versions].sort(byVersionDesc);
    return {
      status: 200,
      body: {
        versions: sorted.map((v) => versionJson(crate, v)),
        meta: { total: sorted.length, next_page: null }
      }
    };
  });

  route('GET', '/api/v1/crates/:name/owners', (req) => {
    const { crate } = visibleCrate(state(), req.params.name);
    return {
      status: 200,
      body: { users: crate.owners.map((o, i) => ({ ...user(o, 1000 + i), kind: 'user' })) }
    };
  });

  route('GET', '/api/v1/crates/:name/:version', (req) => {
    const { crate, version } = visibleVersion(state(), req.params.name, req.params.version);
    return { status: 200, body: { version: versionJson(crate, version) } };
  });

  route('GET', '/api/v1/crates/:name/:version/download', (req) => {
    const { crate, version } = visibleVersion(state(), req.params.name, req.params.version);
    const url = downloadUrl(crate.name, version.num);
    // crates.io answers JSON clients with the URL instead of a redirect.
    if (/application\/json/.test(String(req.headers.accept ?? ''))) return { status: 200, body: { url } };
    return { status: 302, headers: { location: url }, body: '' };
  });

  const yank =
    (yanked: boolean): Handler =>
    (req) => {
      const who = authenticate(req, state(), ctx);
      state().setYanked(req.params.name, req.params.version, yanked, who.login, who.admin);
      return { status: 200, body: { ok: true } };
    };
  route('DELETE', '/api/v1/crates/:name/:version/yank', yank(true));
  route('PUT', '/api/v1/crates/:name/:version/unyank', yank(false));

  // The newer form of yank/unyank, which also carries a yank message.
  route('PATCH', '/api/v1/crates/:name/:version', (req) => {
    const who = authenticate(req, state(), ctx);
    const body = req.json<{ version?: { yanked?: boolean; yank_message?: string | null } }>();
    if (typeof body.version?.yanked !== 'boolean')
      throw new CratesApiError(400, 'expected `version.yanked` to be a boolean');
    const s = state();
    const v = s.setYanked(
      req.params.name,
      req.params.version,
      body.version.yanked,
      who.login,
      who.admin,
      body.version.yank_message ?? null
    );
    return { status: 200, body: { version: versionJson(s.find(req.params.name)!, v) } };
  });
}
