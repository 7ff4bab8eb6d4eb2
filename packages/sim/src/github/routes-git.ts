import { SimError, type SimRequest } from '../server.js';
import { json, validationFailed, type GitHubApi } from './api.js';
import { requireAuth, type Caller } from './auth.js';
import { buildTree, flattenTree, getObject, putBlob, putCommit, putTag, peel } from './git-store.js';
import type { RenderGit } from './render-git.js';
import { findUser } from './seed.js';
import { now, type GitPerson, type SimRepo, type TreeEntry } from './state.js';

/** The git identity GitHub uses for a caller when a request names none. */
export function callerPerson(api: GitHubApi, caller: Caller): GitPerson {
  const u = caller.login ? findUser(api.state, caller.login) : undefined;
  return {
    name: u?.name ?? u?.login ?? 'unknown',
    email: u?.email ?? (u ? `${u.id}+${u.login}@users.noreply.github.com` : 'unknown@example.com'),
    date: now(api.state)
  };
}

/** Commits made through the API by an App/integration token are signed by GitHub (shown as verified). */
export function signsCommits(caller: Caller): boolean {
  return caller.token?.kind === 'integration';
}

export function person(api: GitHubApi, caller: Caller, given: any): GitPerson {
  const base = callerPerson(api, caller);
  if (!given || typeof given !== 'object') return base;
  return { name: given.name ?? base.name, email: given.email ?? base.email, date: given.date ?? base.date };
}

function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function isAncestor(repo: SimRepo, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  const queue = [of];
  while (queue.length) {
    const sha = queue.pop()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const c = getObject(repo, sha, 'commit');
    if (c) queue.push(...c.parents);
  }
  return false;
}

/** Git data: refs, blobs, trees, commits. Branches are the `refs/heads/` refs, so they stay consistent. */
export function registerGitRoutes(api: GitHubApi, git: RenderGit): void {
  const { state } = api;
  const writable = (req: SimRequest, caller: Caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    return repo;
  };
  const isEmpty = (repo: SimRepo) =>
    Object.keys(repo.refs).length === 0 && Object.keys(repo.objects).length === 0;

  api.route('GET', '/repos/:owner/:repo/git/ref/*ref', (req, caller) => {
    const repo = api.repo(req, caller);
    if (isEmpty(repo)) throw new SimError(409, 'Git Repository is empty.');
    const name = fullRef(req.params.ref);
    const sha = repo.refs[name];
    if (!sha) throw new SimError(404, 'Not Found');
    return json(200, git.ref(repo, name, sha));
  });

  const matching = (req: SimRequest, caller: Caller, prefix: string) => {
    const repo = api.repo(req, caller);
    if (isEmpty(repo)) throw new SimError(409, 'Git Repository is empty.');
    const p = prefix ? fullRef(prefix) : 'refs/';
    const refs = Object.entries(repo.refs)
      .filter(([r]) => r.startsWith(p))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, sha]) => git.ref(repo, r, sha));
    return json(200, refs);
  };
  api.route('GET', '/repos/:owner/:repo/git/matching-refs/*ref', (req, caller) =>
    matching(req, caller, req.params.ref)
  );
  api.route('GET', '/repos/:owner/:repo/git/matching-refs', (req, caller) => matching(req, caller, ''));

  api.route('POST', '/repos/:owner/:repo/git/refs', (req, caller) => {
    const repo = writable(req, caller);
    const { ref, sha } = req.json();
    if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref))
      throw new SimError(422, 'ref must start with "refs" and have at least two slashes.');
    if (typeof sha !== 'string' || !repo.objects[sha]) throw new SimError(422, 'Object does not exist');
    if (repo.refs[ref]) throw new SimError(422, 'Reference already exists');
    repo.refs[ref] = sha;
    return json(201, git.ref(repo, ref, sha), {
      location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/${ref}`
    });
  });

  api.route('PATCH', '/repos/:owner/:repo/git/refs/*ref', (req, caller) => {
    const repo = writable(req, caller);
    const name = fullRef(req.params.ref);
    const { sha, force } = req.json();
    const current = repo.refs[name];
    if (!current) throw new SimError(422, 'Reference does not exist');
    if (typeof sha !== 'string' || !repo.objects[sha]) throw new SimError(422, 'Object does not exist');
    if (!force && name.startsWith('refs/heads/') && !isAncestor(repo, current, peel(repo, sha)))
      throw new SimError(422, 'Update is not a fast forward');
    repo.refs[name] = sha;
    repo.pushed_at = now(state);
    return json(200, git.ref(repo, name, sha));
  });

  api.route('DELETE', '/repos/:owner/:repo/git/refs/*ref', (req, caller) => {
    const repo = writable(req, caller);
    const name = fullRef(req.params.ref);
    if (!repo.refs[name]) throw new SimError(422, 'Reference does not exist');
    if (name.startsWith('refs/tags/')) {
      const tag = name.slice('refs/tags/'.length);
      const published = repo.releases.filter((r) => !r.draft && r.tag_name === tag);
      // An immutable release locks its tag: it "cannot be deleted while the release exists".
      if (published.some((r) => r.immutable))
        throw new SimError(422, 'Cannot delete a tag of an immutable release');
      // Deleting the tag of a published release turns the release back into a draft, as on GitHub.
      for (const r of published) {
        r.draft = true;
        r.published_at = null;
        if (repo.latest_release_id === r.id) repo.latest_release_id = null;
      }
    }
    delete repo.refs[name];
    return { status: 204 };
  });

  api.route('POST', '/repos/:owner/:repo/git/blobs', (req, caller) => {
    const repo = writable(req, caller);
    const { content, encoding } = req.json();
    if (typeof content !== 'string') throw validationFailed('Blob', 'content', 'missing_field');
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'base64')
      throw validationFailed('Blob', 'encoding', 'invalid');
    const sha = putBlob(repo, Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return json(201, {
      url: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}`,
      sha
    });
  });

  api.route('GET', '/repos/:owner/:repo/git/blobs/:sha', (req, caller) => {
    const repo = api.repo(req, caller);
    const blob = getObject(repo, req.params.sha, 'blob');
    if (!blob) throw new SimError(404, 'Not Found');
    return json(200, {
      sha: req.params.sha,
      node_id: api.render.nodeId('Blob', req.params.sha),
      size: blob.content.length,
      url: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/blobs/${req.params.sha}`,
      content: base64Lines(blob.content),
      encoding: 'base64'
    });
  });

  api.route('POST', '/repos/:owner/:repo/git/trees', (req, caller) => {
    const repo = writable(req, caller);
    const { tree, base_tree } = req.json();
    if (!Array.isArray(tree)) throw validationFailed('Tree', 'tree', 'missing_field');
    let files = new Map<string, { sha: string; mode: string; type: TreeEntry['type'] }>();
    if (base_tree) {
      if (!getObject(repo, base_tree, 'tree')) throw new SimError(422, 'Invalid tree info');
      files = flattenTree(repo, base_tree);
    }
    for (const e of tree) {
      const path = String(e.path ?? '').replace(/^\/+|\/+$/g, '');
      if (!path) throw new SimError(422, 'Invalid tree info');
      if (e.sha === null) {
        files.delete(path);
        for (const k of [...files.keys()]) if (k.startsWith(path + '/')) files.delete(k);
        continue;
      }
      const mode = String(e.mode ?? '100644');
      const type = (e.type ?? 'blob') as TreeEntry['type'];
      let sha: string;
      if (typeof e.content === 'string') sha = putBlob(repo, Buffer.from(e.content, 'utf8'));
      else if (typeof e.sha === 'string' && repo.objects[e.sha]) sha = e.sha;
      else throw new SimError(422, `tree.sha ${e.sha} is not a valid blob`);
      if (type === 'tree') {
        for (const [p, f] of flattenTree(repo, sha, path + '/')) files.set(p, f);
      } else files.set(path, { sha, mode, type });
    }
    const sha = buildTree(repo, files);
    return json(201, git.tree(repo, sha, getObject(repo, sha, 'tree')!.entries));
  });

  api.route('GET', '/repos/:owner/:repo/git/trees/:sha', (req, caller) => {
    const repo = api.repo(req, caller);
    let sha = req.params.sha;
    if (!getObject(repo, sha, 'tree')) {
      const commit =
        getObject(repo, sha, 'commit') ?? getObject(repo, repo.refs[`refs/heads/${sha}`] ?? '', 'commit');
      if (!commit) throw new SimError(404, 'Not Found');
      sha = commit.tree;
    }
    const tree = getObject(repo, sha, 'tree')!;
    const recursive = req.query.get('recursive');
    if (!recursive || recursive === '0' || recursive === 'false')
      return json(200, git.tree(repo, sha, tree.entries));
    const all: TreeEntry[] = [];
    const walk = (treeSha: string, prefix: string) => {
      for (const e of getObject(repo, treeSha, 'tree')?.entries ?? []) {
        all.push({ ...e, path: prefix + e.path });
        if (e.type === 'tree') walk(e.sha, prefix + e.path + '/');
      }
    };
    walk(sha, '');
    return json(200, git.tree(repo, sha, all));
  });

  api.route('POST', '/repos/:owner/:repo/git/commits', (req, caller) => {
    const repo = writable(req, caller);
    const body = req.json();
    if (typeof body.message !== 'string') throw validationFailed('Commit', 'message', 'missing_field');
    if (typeof body.tree !== 'string' || !getObject(repo, body.tree, 'tree'))
      throw new SimError(422, 'Tree SHA does not exist');
    const parents: string[] = Array.isArray(body.parents) ? body.parents : [];
    for (const p of parents)
      if (!getObject(repo, p, 'commit'))
        throw new SimError(422, 'Parent SHA does not exist or is not a commit object');
    const author = person(api, caller, body.author);
    const committer = body.committer ? person(api, caller, body.committer) : author;
    const sha = putCommit(repo, {
      tree: body.tree,
      parents,
      message: body.message,
      author,
      committer,
      verified: signsCommits(caller) && !body.author && !body.committer
    });
    return json(201, git.gitCommit(repo, sha), {
      location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/commits/${sha}`
    });
  });

  const tagJson = (repo: SimRepo, sha: string) => {
    const t = getObject(repo, sha, 'tag')!;
    const base = `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
    return {
      node_id: api.render.nodeId('Tag', sha),
      tag: t.tag,
      sha,
      url: `${base}/git/tags/${sha}`,
      message: t.message,
      tagger: t.tagger,
      object: { sha: t.object, type: t.objectType, url: `${base}/git/${t.objectType}s/${t.object}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    };
  };

  // Annotated tags: the object only; a `refs/tags/…` ref pointing at it is created separately, as on GitHub.
  api.route('POST', '/repos/:owner/:repo/git/tags', (req, caller) => {
    const repo = writable(req, caller);
    const body = req.json();
    if (typeof body.tag !== 'string' || typeof body.message !== 'string')
      throw validationFailed('Tag', 'tag', 'missing_field');
    const target = repo.objects[body.object];
    if (typeof body.object !== 'string' || !target) throw new SimError(422, 'Object does not exist');
    if (body.type !== target.type) throw validationFailed('Tag', 'type', 'invalid');
    const sha = putTag(repo, {
      tag: body.tag,
      object: body.object,
      objectType: target.type,
      message: body.message,
      tagger: person(api, caller, body.tagger)
    });
    return json(201, tagJson(repo, sha), {
      location: `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}/git/tags/${sha}`
    });
  });

  api.route('GET', '/repos/:owner/:repo/git/tags/:sha', (req, caller) => {
    const repo = api.repo(req, caller);
    if (!getObject(repo, req.params.sha, 'tag')) throw new SimError(404, 'Not Found');
    return json(200, tagJson(repo, req.params.sha));
  });

  api.route('GET', '/repos/:owner/:repo/git/commits/:sha', (req, caller) => {
    const repo = api.repo(req, caller);
    if (!getObject(repo, req.params.sha, 'commit')) throw new SimError(404, 'Not Found');
    return json(200, git.gitCommit(repo, req.params.sha));
  });
}

/** GitHub wraps base64 content at 60 characters with `\n`. */
export function base64Lines(buf: Buffer): string {
  const b64 = buf.toString('base64');
  return (b64.match(/.{1,60}/g) ?? ['']).join('\n') + '\n';
}
