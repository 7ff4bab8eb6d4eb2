import { randomBytes } from 'node:crypto';
import { SimError, type SimRequest } from '../server.js';
import { checkBodyLength, json, validationFailed, type GitHubApi } from './api.js';
import { effectivePermission, requireAuth, type Caller } from './auth.js';
import { resolveCommitish } from './git-store.js';
import { ensureTag } from './seed.js';
import { nextId, now, PERMISSION_RANK, type SimRelease, type SimRepo } from './state.js';

/** Whether the caller may see drafts (GitHub shows them to callers with push access). */
export function canPush(api: GitHubApi, caller: Caller, repo: SimRepo): boolean {
  return PERMISSION_RANK[effectivePermission(api.state, caller, repo, 'contents')] >= PERMISSION_RANK.write;
}

/** The release by id, hiding drafts from callers who cannot push (a 404, as on GitHub). */
export function releaseById(
  api: GitHubApi,
  req: SimRequest,
  caller: Caller,
  repo: SimRepo,
  id = req.params.release_id
): SimRelease {
  const rel = repo.releases.find((r) => String(r.id) === id);
  if (!rel || (rel.draft && !canPush(api, caller, repo))) throw new SimError(404, 'Not Found');
  return rel;
}

function newestFirst(a: SimRelease, b: SimRelease): number {
  const ka = a.published_at ?? a.created_at;
  const kb = b.published_at ?? b.created_at;
  if (a.draft !== b.draft) return a.draft ? -1 : 1;
  return ka < kb ? 1 : ka > kb ? -1 : b.id - a.id;
}

function checkTagFree(repo: SimRepo, tag: string, self?: SimRelease): void {
  if (repo.burned_tags.includes(tag)) {
    throw new SimError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Release',
          code: 'custom',
          field: 'tag_name',
          message: 'tag_name was used by an immutable release'
        }
      ]
    });
  }
  if (repo.releases.some((r) => r !== self && !r.draft && r.tag_name === tag))
    throw validationFailed('Release', 'tag_name', 'already_exists');
}

const MAKE_LATEST = ['true', 'false', 'legacy'];

/** Validates `make_latest` (a string on GitHub, not a boolean). */
function makeLatestOf(body: Record<string, unknown>): string | undefined {
  const v = body.make_latest;
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !MAKE_LATEST.includes(v))
    throw validationFailed('Release', 'make_latest', 'invalid');
  return v;
}

/**
 * Applies `make_latest` after a create or update. GitHub: "Drafts and prereleases cannot be set as
 * latest. Defaults to true for newly published releases. legacy specifies that the latest release
 * should be determined based on the release creation date and higher semantic version."
 */
function applyMakeLatest(
  repo: SimRepo,
  rel: SimRelease,
  value: string | undefined,
  newlyPublished: boolean
): void {
  const wanted = value ?? (newlyPublished ? 'true' : undefined);
  if (wanted === 'legacy') repo.latest_release_id = null;
  else if (wanted === 'true') {
    if (rel.draft || rel.prerelease) {
      if (value === 'true')
        throw new SimError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'make_latest',
              message: 'Drafts and prereleases cannot be set as latest'
            }
          ]
        });
      return;
    }
    repo.latest_release_id = rel.id;
  }
}

/** The repository's latest release: the one made latest, else the legacy rule. */
export function latestRelease(repo: SimRepo): SimRelease | undefined {
  const explicit = repo.releases.find((r) => r.id === repo.latest_release_id);
  if (explicit && !explicit.draft && !explicit.prerelease) return explicit;
  return repo.releases.filter((r) => !r.draft && !r.prerelease).sort(newestFirst)[0];
}

function publish(api: GitHubApi, repo: SimRepo, rel: SimRelease): void {
  checkTagFree(repo, rel.tag_name, rel);
  if (!repo.refs[`refs/tags/${rel.tag_name}`]) {
    if (Object.keys(repo.refs).length === 0) throw new SimError(422, 'Repository is empty.');
    if (!resolveCommitish(repo, rel.target_commitish))
      throw validationFailed('Release', 'target_commitish', 'invalid');
  }
  ensureTag(repo, rel);
  rel.draft = false;
  rel.published_at = now(api.state);
  // Immutability is decided at publication by the repository setting, and never undone.
  rel.immutable = repo.immutable_releases;
}

/** Releases: create, get (id, tag, latest), list, update (incl. publish), delete. */
export function registerReleaseRoutes(api: GitHubApi): void {
  const { state, render } = api;

  api.route('GET', '/repos/:owner/:repo/releases', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const push = canPush(api, caller, repo);
    let visible = repo.releases;
    if (repo.stale_list) {
      // The staleList fault: the list lags, and the newest release is not in it yet.
      repo.stale_list--;
      const newest = Math.max(...repo.releases.map((r) => r.id));
      visible = visible.filter((r) => r.id !== newest);
    }
    const list = visible.filter((r) => push || !r.draft).sort(newestFirst);
    return api.listPage(req, list, (r) => render.release(repo, r));
  });

  api.route('POST', '/repos/:owner/:repo/releases', (req, caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const body = req.json();
    if (typeof body.tag_name !== 'string' || body.tag_name.trim() === '')
      throw validationFailed('Release', 'tag_name', 'missing_field');
    checkBodyLength('Release', body.body);
    const t = now(state);
    const rel: SimRelease = {
      id: nextId(state),
      tag_name: body.tag_name,
      target_commitish:
        typeof body.target_commitish === 'string' && body.target_commitish
          ? body.target_commitish
          : repo.default_branch,
      name: typeof body.name === 'string' ? body.name : body.tag_name,
      body: typeof body.body === 'string' ? body.body : null,
      draft: body.draft === true,
      prerelease: body.prerelease === true,
      immutable: false,
      created_at: t,
      updated_at: t,
      published_at: null,
      author: caller.login,
      untagged_slug: `untagged-${randomBytes(10).toString('hex')}`,
      assets: []
    };
    if (body.generate_release_notes === true) {
      const notes = `## What's Changed\n\n**Full Changelog**: ${render.web}/${repo.owner}/${repo.name}/commits/${rel.tag_name}`;
      rel.body = rel.body ? `${rel.body}\n\n${notes}` : notes;
    }
    const makeLatest = makeLatestOf(body);
    if (!rel.draft) publish(api, repo, rel);
    else if (repo.burned_tags.includes(rel.tag_name)) checkTagFree(repo, rel.tag_name);
    applyMakeLatest(repo, rel, makeLatest, !rel.draft);
    repo.releases.push(rel);
    return json(201, render.release(repo, rel), {
      location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/releases/${rel.id}`
    });
  });

  api.route('GET', '/repos/:owner/:repo/releases/latest', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const latest = latestRelease(repo);
    if (!latest) throw new SimError(404, 'Not Found');
    return json(200, render.release(repo, latest));
  });

  // GitHub's by-tag lookup never returns drafts, whoever asks.
  api.route('GET', '/repos/:owner/:repo/releases/tags/*tag', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const rel = repo.releases.find((r) => !r.draft && r.tag_name === req.params.tag);
    if (!rel) throw new SimError(404, 'Not Found');
    return json(200, render.release(repo, rel));
  });

  api.route('GET', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    if (!/^\d+$/.test(req.params.release_id)) throw new SimError(404, 'Not Found');
    return json(200, render.release(repo, releaseById(api, req, caller, repo)));
  });

  api.route('PATCH', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const rel = releaseById(api, req, caller, repo);
    const body = req.json();
    checkBodyLength('Release', body.body);
    const makeLatest = makeLatestOf(body);
    if (rel.immutable) {
      if (typeof body.tag_name === 'string' && body.tag_name !== rel.tag_name) {
        throw new SimError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'Release',
              code: 'custom',
              field: 'tag_name',
              message: 'Cannot change the tag of an immutable release'
            }
          ]
        });
      }
      if (body.draft === true) throw new SimError(422, 'Cannot unpublish an immutable release.');
    }
    if (typeof body.tag_name === 'string' && body.tag_name !== rel.tag_name) {
      if (!rel.draft) checkTagFree(repo, body.tag_name, rel);
      rel.tag_name = body.tag_name;
    }
    if (typeof body.target_commitish === 'string') rel.target_commitish = body.target_commitish;
    if (typeof body.name === 'string' || body.name === null) rel.name = body.name;
    if (typeof body.body === 'string' || body.body === null) rel.body = body.body;
    if (typeof body.prerelease === 'boolean') rel.prerelease = body.prerelease;
    const newlyPublished = body.draft === false && rel.draft;
    if (newlyPublished) publish(api, repo, rel);
    else if (body.draft === true && !rel.draft) {
      rel.draft = true;
      rel.published_at = null;
    } else if (!rel.draft && typeof body.tag_name === 'string') ensureTag(repo, rel);
    applyMakeLatest(repo, rel, makeLatest, newlyPublished);
    rel.updated_at = now(state);
    return json(200, render.release(repo, rel));
  });

  api.route('DELETE', '/repos/:owner/:repo/releases/:release_id', (req, caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const rel = releaseById(api, req, caller, repo);
    repo.releases.splice(repo.releases.indexOf(rel), 1);
    // The tag of a deleted immutable release can never name a release again.
    if (rel.immutable && !repo.burned_tags.includes(rel.tag_name)) repo.burned_tags.push(rel.tag_name);
    return { status: 204 };
  });
}
