import { gunzipSync, inflateSync } from 'node:zlib';
import type { SimRequest, SimResponse, SimServer } from '../server.js';
import { isValidPackageName, type NpmState, type NpmVersionSeed } from './state.js';
import { packTarball, tarballDigests } from './tarball.js';
import { errorText } from '../error-text.js';

function npmError(status: number, error: string): SimResponse {
  // The registry answers errors as `{"error": "..."}`, not GitHub's `{"message": ...}`.
  return { status, headers: { 'content-type': 'application/json' }, body: { error } };
}

/** The request body as npm sends it: gzip-encoded JSON (`gzip: true` in npm-registry-fetch), or plain. */
function decodeBody(req: SimRequest): unknown {
  const encoding = String(req.headers['content-encoding'] ?? '').toLowerCase();
  let raw = req.body;
  if (encoding === 'gzip' || encoding === 'x-gzip') raw = gunzipSync(raw);
  else if (encoding === 'deflate') raw = inflateSync(raw);
  else if (encoding && encoding !== 'identity') throw new Error(`unsupported content-encoding ${encoding}`);
  return JSON.parse(raw.toString('utf8'));
}

function isBulkRequest(body: unknown): body is Record<string, string[]> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  return Object.values(body).every((v) => Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

function tarballName(name: string, version: string): string {
  return `${name.includes('/') ? name.split('/')[1] : name}-${version}.tgz`;
}

/**
 * Registers the npm registry routes on the `npm` service: the bulk advisory endpoint that
 * `npm audit` posts to, packuments that npm reads to decide `fixAvailable` (and to install), and
 * tarballs generated on demand so `npm install` against the simulator works too.
 */
export function registerNpmRoutes(server: SimServer, state: () => NpmState, baseUrl: () => string): void {
  const tarballs = new Map<string, Buffer>();
  const tarball = (name: string, version: NpmVersionSeed): Buffer => {
    const key = `${name}@${version.version}`;
    let bytes = tarballs.get(key);
    if (!bytes) {
      const manifest = {
        name,
        version: version.version,
        ...(version.dependencies ? { dependencies: version.dependencies } : {})
      };
      bytes = packTarball({
        'package.json': JSON.stringify(manifest, null, 2) + '\n',
        'index.js': 'module.exports = {};\n'
      });
      tarballs.set(key, bytes);
    }
    return bytes;
  };

  server.route('npm', 'POST', '/-/npm/v1/security/advisories/bulk', (req) => {
    let body: unknown;
    try {
      body = decodeBody(req);
    } catch (e) {
      return npmError(400, `Invalid request body: ${errorText(e)}`);
    }
    if (!isBulkRequest(body))
      return npmError(
        400,
        'Invalid request body: expected an object of package name to an array of versions'
      );
    return { status: 200, body: state().bulkAdvisories(body) };
  });

  // The v6 audit endpoints (pnpm and Yarn 1 still call them) are retired on the public registry and
  // answer 410 with this body; the simulator does the same, so those clients fail as they do there.
  const retired = () =>
    npmError(
      410,
      'This endpoint is being retired. Use the bulk advisory endpoint instead. See the following docs for more info: https://api-docs.npmjs.com/#tag/Audit'
    );
  server.route('npm', 'POST', '/-/npm/v1/security/audits/quick', retired);
  server.route('npm', 'POST', '/-/npm/v1/security/audits', retired);
  server.route('npm', 'GET', '/-/ping', () => ({ status: 200, body: {} }));

  const packument = (name: string): SimResponse => {
    if (!isValidPackageName(name)) return npmError(404, 'Not found');
    const pkg = state().getPackage(name);
    if (!pkg) return npmError(404, 'Not found');
    const versions: Record<string, unknown> = {};
    const time: Record<string, string> = {};
    for (const v of pkg.versions) {
      const bytes = tarball(name, v);
      versions[v.version] = {
        name,
        version: v.version,
        ...(v.dependencies ? { dependencies: v.dependencies } : {}),
        ...(v.deprecated ? { deprecated: v.deprecated } : {}),
        _id: `${name}@${v.version}`,
        dist: { ...tarballDigests(bytes), tarball: `${baseUrl()}/${name}/-/${tarballName(name, v.version)}` }
      };
      time[v.version] = state().publishedAt(v);
    }
    const stamps = Object.values(time).sort();
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: {
        _id: name,
        name,
        'dist-tags': pkg.distTags,
        versions,
        time: {
          created: stamps[0] ?? '2020-01-01T00:00:00.000Z',
          modified: stamps.at(-1) ?? '2020-01-01T00:00:00.000Z',
          ...time
        }
      }
    };
  };

  const download = (name: string, file: string): SimResponse => {
    const pkg = isValidPackageName(name) ? state().getPackage(name) : undefined;
    const version = pkg?.versions.find((v) => tarballName(name, v.version) === file);
    if (!version) return npmError(404, 'Not found');
    return {
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: tarball(name, version)
    };
  };

  // `/minimist`, and a scoped name sent encoded (`/@scope%2fname`: the router decodes it into one
  // segment) or raw (`/@scope/name`: two segments).
  server.route('npm', 'GET', '/:name', (req) => packument(req.params.name));
  server.route('npm', 'GET', '/:scope/:name', (req) =>
    req.params.scope.startsWith('@')
      ? packument(`${req.params.scope}/${req.params.name}`)
      : npmError(404, 'Not found')
  );
  server.route('npm', 'GET', '/:name/-/:file', (req) => download(req.params.name, req.params.file));
  server.route('npm', 'GET', '/:scope/:name/-/:file', (req) =>
    req.params.scope.startsWith('@')
      ? download(`${req.params.scope}/${req.params.name}`, req.params.file)
      : npmError(404, 'Not found')
  );
}
