import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { SimError, type SimRequest, type SimResponse } from '../server.js';
import { json, validationFailed, type GitHubApi } from './api.js';
import { requireAuth, type Caller } from './auth.js';
import { canPush, releaseById } from './routes-releases.js';
import { makeAsset } from './seed.js';
import { syntheticStream } from './synthetic.js';
import { now, type SimAsset, type SimRelease, type SimRepo } from './state.js';

// Letters NFKD does not take apart into a base letter and marks, spelled as GitHub spells them.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ŋ: 'ng',
  Ŋ: 'NG',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H'
};

/**
 * The name GitHub stores for an uploaded file: non-ASCII letters transliterated (`ż` → `z`, `æ` → `ae`),
 * every run of characters outside `A-Z a-z 0-9 . _ - + @` (`~`, spaces, parentheses…) made one `.`,
 * trailing dots dropped, and a name that starts with a dot prefixed with `default` (`.config` →
 * `default.config`). Names the actions use (`tool-1.2.3-linux-amd64.tar.gz`) are unchanged.
 * (Kept apart from core's copy on purpose: the fidelity tests hold both to the same recorded facts.)
 */
export function githubAssetName(name: string): string {
  const ascii = [...name.normalize('NFKD').replace(/\p{M}+/gu, '')].map((c) => LETTERS[c] ?? c).join('');
  const safe = ascii.replace(/[^A-Za-z0-9._+@-]+/g, '.').replace(/\.+$/, '');
  if (safe === '') return 'default';
  return safe.startsWith('.') ? `default${safe}` : safe;
}

/** A body that arrives in 64 KiB chunks, so the truncate fault and client streaming behave as on a network. */
export function streamBuffer(buf: Buffer): Readable {
  const size = 64 * 1024;
  return Readable.from(
    (function* () {
      for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, Math.min(buf.length, i + size));
    })()
  );
}

function findAsset(repo: SimRepo, id: string): { rel: SimRelease; asset: SimAsset } | undefined {
  for (const rel of repo.releases) {
    const asset = rel.assets.find((a) => String(a.id) === id);
    if (asset) return { rel, asset };
  }
  return undefined;
}

/** Release assets: list, get, download (302 to a signed URL), update, delete, upload, and the download host. */
export function registerAssetRoutes(api: GitHubApi): void {
  const { state, render } = api;
  const secret = randomBytes(16);
  const sign = (id: number, expires: number) =>
    createHmac('sha256', secret).update(`${id}:${expires}`).digest('hex').slice(0, 32);
  const signedUrl = (a: SimAsset) => {
    const expires = Math.floor(Date.now() / 1000) + 300;
    return `${api.server.objectsUrl()}/assets/${a.id}/${encodeURIComponent(a.name)}?expires=${expires}&sig=${sign(a.id, expires)}`;
  };

  const assetFor = (req: SimRequest, caller: Caller, repo: SimRepo) => {
    const hit = findAsset(repo, req.params.asset_id);
    if (!hit || (hit.rel.draft && !canPush(api, caller, repo))) throw new SimError(404, 'Not Found');
    return hit;
  };

  const refuseImmutable = (rel: SimRelease, action: string) => {
    if (rel.immutable) throw new SimError(422, `Cannot ${action} an immutable release.`);
  };

  // Changing an asset needs `contents: write` and a release that is not immutable.
  const changeableAsset = (req: SimRequest, caller: Caller, action: string) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const { rel, asset } = assetFor(req, caller, repo);
    refuseImmutable(rel, action);
    return { repo, rel, asset };
  };

  api.route('GET', '/repos/:owner/:repo/releases/:release_id/assets', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const rel = releaseById(api, req, caller, repo);
    return api.listPage(req, rel.assets, (a) => render.asset(repo, rel, a));
  });

  api.route('GET', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const { rel, asset } = assetFor(req, caller, repo);
    if (/application\/octet-stream/i.test(String(req.headers.accept ?? ''))) {
      if (asset.state !== 'uploaded') throw new SimError(404, 'Not Found');
      return { status: 302, headers: { location: signedUrl(asset) } };
    }
    return json(200, render.asset(repo, rel, asset));
  });

  api.route('PATCH', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
    const { repo, rel, asset } = changeableAsset(req, caller, 'update assets of');
    const body = req.json();
    if (typeof body.name === 'string') {
      const name = githubAssetName(body.name);
      if (rel.assets.some((a) => a !== asset && a.name === name))
        throw validationFailed('ReleaseAsset', 'name', 'already_exists');
      asset.name = name;
    }
    if (typeof body.label === 'string') asset.label = body.label;
    if (typeof body.state === 'string' && (body.state === 'uploaded' || body.state === 'open'))
      asset.state = body.state;
    asset.updated_at = now(state);
    return json(200, render.asset(repo, rel, asset));
  });

  api.route('DELETE', '/repos/:owner/:repo/releases/assets/:asset_id', (req, caller) => {
    const { rel, asset } = changeableAsset(req, caller, 'delete assets from');
    rel.assets.splice(rel.assets.indexOf(asset), 1);
    return { status: 204 };
  });

  api.route(
    'POST',
    '/repos/:owner/:repo/releases/:release_id/assets',
    (req, caller) => {
      requireAuth(caller);
      const repo = api.permittedRepo(req, caller, 'contents', 'write');
      const rel = releaseById(api, req, caller, repo);
      const raw = req.query.get('name');
      if (!raw) throw validationFailed('ReleaseAsset', 'name', 'missing_field');
      refuseImmutable(rel, 'upload assets to');
      const name = githubAssetName(raw);
      if (rel.assets.some((a) => a.name === name))
        throw validationFailed('ReleaseAsset', 'name', 'already_exists');
      if (state.partial_uploads) {
        // The partialUpload fault: the upstream failed mid-body. GitHub answers 502 and keeps an
        // empty `starter` asset that holds the name until someone deletes it.
        state.partial_uploads--;
        const starter = makeAsset(
          state,
          { name, content: req.body.subarray(0, req.body.length >> 1), state: 'starter', size: 0 },
          caller.login
        );
        rel.assets.push(starter);
        throw new SimError(502, 'Server Error');
      }
      const asset = makeAsset(
        state,
        {
          name,
          label: req.query.get('label') || null,
          content_type: String(req.headers['content-type'] ?? 'application/octet-stream'),
          data: req.body
        },
        caller.login
      );
      rel.assets.push(asset);
      return json(201, render.asset(repo, rel, asset));
    },
    'uploads'
  );

  // The signed URL the API redirects to: no credentials needed, like GitHub's object storage.
  api.server.route('downloads', 'GET', '/assets/:id/:name', (req): SimResponse => {
    // Presigned object-storage URLs refuse a second credential, as S3 does: a client that forwards its
    // API token across the redirect fails here as it would against GitHub.
    if (req.headers.authorization) {
      return {
        status: 400,
        headers: { 'content-type': 'application/xml' },
        body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified</Message></Error>'
      };
    }
    const expires = Number(req.query.get('expires'));
    if (req.query.get('sig') !== sign(Number(req.params.id), expires) || expires < Date.now() / 1000) {
      return {
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: '<Error><Code>AccessDenied</Code></Error>'
      };
    }
    for (const repo of Object.values(state.repos)) {
      const hit = findAsset(repo, req.params.id);
      if (!hit) continue;
      hit.asset.download_count++;
      const a = hit.asset;
      return {
        status: 200,
        headers: {
          'content-type': 'application/octet-stream',
          'content-length': String(a.synthetic ? a.synthetic.size : a.data.length),
          'content-disposition': `attachment; filename=${a.name}`,
          etag: `"0x${a.synthetic ? createHash('md5').update(JSON.stringify(a.synthetic)).digest('hex') : md5(a.data)}"`
        },
        body: a.synthetic ? syntheticStream(a.synthetic.size, a.synthetic.seed) : streamBuffer(a.data)
      };
    }
    return { status: 404, body: 'Not Found' };
  });

  // browser_download_url: what `curl -L` and `gh release download` follow.
  api.route(
    'GET',
    '/:owner/:repo/releases/download/:tag/:name',
    (req, caller) => {
      const repo = api.repo(req, caller);
      const rel = repo.releases.find((r) =>
        r.draft
          ? r.untagged_slug === req.params.tag && canPush(api, caller, repo)
          : r.tag_name === req.params.tag
      );
      const asset = rel?.assets.find((a) => a.name === req.params.name && a.state === 'uploaded');
      if (!asset) throw new SimError(404, 'Not Found');
      return { status: 302, headers: { location: signedUrl(asset) } };
    },
    'downloads'
  );
}

/** MD5 of an asset's bytes in 1 GiB slices: one `update()` refuses inputs of 2 GiB and more. */
function md5(data: Buffer): string {
  const hash = createHash('md5');
  for (let at = 0; at < data.length; at += 1 << 30)
    hash.update(data.subarray(at, Math.min(data.length, at + (1 << 30))));
  return hash.digest('hex');
}
