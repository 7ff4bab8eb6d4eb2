import { createHash } from 'node:crypto';
import { SimError, type SimRequest } from '../server.js';
import { intParam, json, type GitHubApi } from './api.js';
import { requireAuth, type Caller } from './auth.js';
import { commitFiles, fileAt, flattenTree, getObject, history, resolveCommitish } from './git-store.js';
import type { RenderGit } from './render-git.js';
import { base64Lines, person, signsCommits } from './routes-git.js';
import type { SimRepo } from './state.js';

function cleanPath(p: string | undefined): string {
  return (p ?? '').replace(/^\/+|\/+$/g, '');
}

/** Repository contents (get, create/update with the `sha` precondition, delete) and commit listing. */
export function registerContentsRoutes(api: GitHubApi, git: RenderGit): void {
  const base = (repo: SimRepo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;

  const entry = (
    repo: SimRepo,
    path: string,
    sha: string,
    type: 'file' | 'dir',
    ref: string,
    size: number
  ) => {
    const url = `${base(repo)}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const html = `${api.render.web}/${repo.owner}/${repo.name}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
    const gitUrl = `${base(repo)}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
    return {
      type,
      size,
      name: path.split('/').pop() ?? '',
      path,
      sha,
      url,
      git_url: gitUrl,
      html_url: html,
      download_url:
        type === 'file' ? `${api.server.objectsUrl()}/raw/${repo.owner}/${repo.name}/${ref}/${path}` : null,
      _links: { self: url, git: gitUrl, html }
    };
  };

  const getContents = (req: SimRequest, caller: Caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const path = cleanPath(req.params.path);
    const ref = req.query.get('ref') || repo.default_branch;
    const sha = resolveCommitish(repo, ref);
    if (!sha) {
      if (Object.keys(repo.refs).length === 0) throw new SimError(404, 'This repository is empty.');
      throw new SimError(404, `No commit found for the ref ${ref}`);
    }
    const files = flattenTree(repo, getObject(repo, sha, 'commit')!.tree);
    const file = files.get(path);
    if (file && file.type === 'blob') {
      const blob = getObject(repo, file.sha, 'blob')!;
      if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) {
        return {
          status: 200,
          headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
          body: blob.content
        };
      }
      return json(200, {
        ...entry(repo, path, file.sha, 'file', ref, blob.content.length),
        content: base64Lines(blob.content),
        encoding: 'base64'
      });
    }
    const prefix = path ? path + '/' : '';
    const children = new Map<string, { type: 'file' | 'dir'; sha: string; size: number }>();
    for (const [p, f] of files) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const [first, ...more] = rest.split('/');
      if (more.length) children.set(first, { type: 'dir', sha: '', size: 0 });
      else
        children.set(first, {
          type: 'file',
          sha: f.sha,
          size: getObject(repo, f.sha, 'blob')?.content.length ?? 0
        });
    }
    if (!children.size) throw new SimError(404, 'Not Found');
    const commitTree = getObject(repo, sha, 'commit')!.tree;
    const list = [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, c]) => {
        const p = prefix + name;
        const treeSha = c.type === 'dir' ? subtreeSha(repo, commitTree, p) : c.sha;
        return entry(repo, p, treeSha, c.type, ref, c.size);
      });
    return json(200, list);
  };
  api.route('GET', '/repos/:owner/:repo/contents/*path', getContents);
  api.route('GET', '/repos/:owner/:repo/contents', getContents);

  // Raw file downloads (download_url), like raw.githubusercontent.
  api.route(
    'GET',
    '/raw/:owner/:repo/:ref/*path',
    (req, caller) => {
      const repo = api.repo(req, caller);
      const sha = resolveCommitish(repo, req.params.ref);
      const file = sha ? fileAt(repo, sha, req.params.path) : undefined;
      if (!file) throw new SimError(404, 'Not Found');
      return {
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: getObject(repo, file.sha, 'blob')!.content
      };
    },
    'downloads'
  );

  const write = (req: SimRequest, caller: Caller, remove: boolean) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const path = cleanPath(req.params.path);
    const body = req.json();
    if (typeof body.message !== 'string')
      throw new SimError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
    if (!remove && typeof body.content !== 'string')
      throw new SimError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
    const branch = typeof body.branch === 'string' && body.branch ? body.branch : repo.default_branch;
    const head = repo.refs[`refs/heads/${branch}`];
    if (!head && (branch !== repo.default_branch || Object.keys(repo.refs).length > 0))
      throw new SimError(404, `Branch ${branch} not found`);
    const existing = head ? fileAt(repo, head, path) : undefined;
    if (remove && !existing) throw new SimError(404, 'Not Found');
    if (existing) {
      // GitHub's optimistic lock: the caller must name the blob it read; a stale one is a conflict.
      if (typeof body.sha !== 'string')
        throw new SimError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
      if (body.sha !== existing.sha) throw new SimError(409, `${path} does not match ${body.sha}`);
    }
    const author = person(api, caller, body.author ?? body.committer);
    const committer = person(api, caller, body.committer ?? body.author);
    const content = remove ? null : Buffer.from(body.content, 'base64');
    const sha = commitFiles(repo, branch, { [path]: content }, body.message, author, {
      committer,
      verified: signsCommits(caller) && !body.author && !body.committer
    });
    const commit = git.fileCommit(repo, sha);
    if (remove) return json(200, { content: null, commit });
    const blobSha = fileAt(repo, sha, path)!.sha;
    const { type: _t, ...info } = entry(repo, path, blobSha, 'file', branch, content!.length);
    void _t;
    return json(existing ? 200 : 201, { content: { ...info, type: 'file' }, commit });
  };
  api.route('PUT', '/repos/:owner/:repo/contents/*path', (req, caller) => write(req, caller, false));
  api.route('DELETE', '/repos/:owner/:repo/contents/*path', (req, caller) => write(req, caller, true));

  api.route('GET', '/repos/:owner/:repo/commits', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const start = req.query.get('sha') || repo.default_branch;
    if (Object.keys(repo.refs).length === 0) throw new SimError(409, 'Git Repository is empty.');
    const head = resolveCommitish(repo, start);
    if (!head) throw new SimError(404, 'Not Found');
    const path = cleanPath(req.query.get('path') ?? undefined);
    const since = req.query.get('since');
    const until = req.query.get('until');
    const author = req.query.get('author');
    let shas = history(repo, head);
    if (path) {
      // A commit "touches" a path when the blob (or subtree) there differs from its first parent's.
      const at = (sha: string | undefined) => (sha ? pathSha(repo, sha, path) : undefined);
      shas = shas.filter((sha) => at(sha) !== at(getObject(repo, sha, 'commit')!.parents[0]));
    }
    shas = shas.filter((sha) => {
      const c = getObject(repo, sha, 'commit')!;
      if (since && c.committer.date < since) return false;
      if (until && c.committer.date > until) return false;
      if (
        author &&
        c.author.email !== author &&
        !c.author.email.includes(`+${author}@`) &&
        c.author.name !== author
      )
        return false;
      return true;
    });
    void intParam;
    return api.listPage(req, shas, (s) => git.commit(repo, s));
  });

  api.route('GET', '/repos/:owner/:repo/commits/:ref', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'contents');
    const sha = resolveCommitish(repo, req.params.ref);
    if (!sha) throw new SimError(422, `No commit found for SHA: ${req.params.ref}`);
    return json(200, git.commit(repo, sha));
  });
}

function subtreeSha(repo: SimRepo, treeSha: string, path: string): string {
  let cur = treeSha;
  for (const part of path.split('/')) {
    const e = getObject(repo, cur, 'tree')?.entries.find((x) => x.path === part);
    if (!e) return createHash('sha1').update(path).digest('hex');
    cur = e.sha;
  }
  return cur;
}

function pathSha(repo: SimRepo, commitSha: string, path: string): string | undefined {
  const c = getObject(repo, commitSha, 'commit');
  if (!c) return undefined;
  let cur = c.tree;
  for (const part of path.split('/')) {
    const e = getObject(repo, cur, 'tree')?.entries.find((x) => x.path === part);
    if (!e) return undefined;
    cur = e.sha;
  }
  return cur;
}
