import { SimError } from '../server.js';
import { checkBodyLength, json, validationFailed, type GitHubApi } from './api.js';
import { requireAuth, requirePermission } from './auth.js';
import { RenderIssues } from './render-issues.js';
import { nextId, now, repoKey, type SimIssue, type SimRepo } from './state.js';

/** Pull requests: create, get, list (head/base/state filters), update. */
export function registerPullRoutes(api: GitHubApi): void {
  const { state } = api;
  const view = new RenderIssues(state, api.render);

  const pullOf = (repo: SimRepo, n: string) => {
    const i = repo.issues.find((x) => String(x.number) === n && x.pull);
    if (!i) throw new SimError(404, 'Not Found');
    return i;
  };

  /** `branch` (same repository) or `owner:branch` (a fork of it, or the repository itself). */
  const headOf = (repo: SimRepo, head: string, headRepo?: string) => {
    const [owner, branch] = head.includes(':')
      ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)]
      : [repo.owner, head];
    let source: SimRepo | undefined;
    if (headRepo) source = state.repos[repoKey(...(headRepo.split('/') as [string, string]))];
    else if (owner.toLowerCase() === repo.owner.toLowerCase()) source = repo;
    else {
      const full = `${repo.owner}/${repo.name}`.toLowerCase();
      source = Object.values(state.repos).find(
        (r) =>
          r.owner.toLowerCase() === owner.toLowerCase() &&
          (r.parent?.toLowerCase() === full || r.name === repo.name)
      );
    }
    return { owner, branch, source };
  };

  api.route('GET', '/repos/:owner/:repo/pulls', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'pull_requests');
    const st = req.query.get('state') ?? 'open';
    const head = req.query.get('head');
    const base = req.query.get('base');
    let list = repo.issues.filter((i) => {
      if (!i.pull) return false;
      if (st !== 'all' && i.state !== st) return false;
      if (base && i.pull.base_ref !== base) return false;
      // `head` must be `owner:branch`; GitHub ignores a bare branch name (and returns every PR),
      // a trap the simulator keeps so that clients filtering that way are caught.
      if (head && head.includes(':') && i.pull.head_ref.toLowerCase() !== head.toLowerCase()) return false;
      return true;
    });
    const sort = req.query.get('sort') ?? 'created';
    const dir = req.query.get('direction') ?? (sort === 'created' ? 'desc' : 'desc');
    const key = (i: SimIssue) => (sort === 'updated' ? i.updated_at : i.created_at);
    list = [...list].sort((a, b) => {
      const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
      return dir === 'asc' ? c : -c;
    });
    return api.listPage(req, list, (i) => view.pull(repo, i, false));
  });

  api.route('POST', '/repos/:owner/:repo/pulls', (req, caller) => {
    requireAuth(caller);
    const repo = api.repo(req, caller);
    requirePermission(
      state,
      caller,
      repo,
      'pull_requests',
      caller.token?.kind === 'integration' ? 'write' : 'read'
    );
    const body = req.json();
    if (typeof body.head !== 'string') throw validationFailed('PullRequest', 'head', 'missing_field');
    if (typeof body.base !== 'string') throw validationFailed('PullRequest', 'base', 'missing_field');
    if (typeof body.title !== 'string' && body.issue === undefined)
      throw validationFailed('PullRequest', 'title', 'missing_field');
    checkBodyLength('Issue', body.body);
    const h = headOf(repo, body.head, body.head_repo);
    const headSha = h.source?.refs[`refs/heads/${h.branch}`];
    if (!h.source || !headSha) throw validationFailed('PullRequest', 'head', 'invalid');
    const baseSha = repo.refs[`refs/heads/${body.base}`];
    if (!baseSha) throw validationFailed('PullRequest', 'base', 'invalid');
    const headRef = `${h.source.owner}:${h.branch}`;
    if (
      repo.issues.some(
        (i) =>
          i.pull &&
          i.state === 'open' &&
          i.pull.head_ref.toLowerCase() === headRef.toLowerCase() &&
          i.pull.base_ref === body.base
      )
    ) {
      throw new SimError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${headRef}.`
          }
        ]
      });
    }
    if (headSha === baseSha) {
      throw new SimError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `No commits between ${body.base} and ${h.branch}`
          }
        ]
      });
    }
    const t = now(state);
    const issue: SimIssue = {
      id: nextId(state),
      number: repo.next_number++,
      title: String(body.title ?? ''),
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      state_reason: null,
      user: caller.login,
      labels: [],
      assignees: [],
      milestone: null,
      locked: false,
      created_at: t,
      updated_at: t,
      closed_at: null,
      closed_by: null,
      pull: {
        id: nextId(state),
        number: 0,
        head_ref: headRef,
        head_repo: `${h.source.owner}/${h.source.name}`,
        head_sha: headSha,
        base_ref: body.base,
        base_sha: baseSha,
        draft: body.draft === true,
        maintainer_can_modify: body.maintainer_can_modify !== false && h.source !== repo,
        merged: false,
        merged_at: null,
        merge_commit_sha: null
      }
    };
    issue.pull!.number = issue.number;
    repo.issues.push(issue);
    return json(201, view.pull(repo, issue, true), { location: `${view.base(repo)}/pulls/${issue.number}` });
  });

  api.route('GET', '/repos/:owner/:repo/pulls/:pull_number', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'pull_requests');
    return json(200, view.pull(repo, pullOf(repo, req.params.pull_number), true));
  });

  api.route('PATCH', '/repos/:owner/:repo/pulls/:pull_number', (req, caller) => {
    requireAuth(caller);
    const repo = api.repo(req, caller);
    const issue = pullOf(repo, req.params.pull_number);
    const author =
      issue.user.toLowerCase() === caller.login.toLowerCase() && caller.token?.kind !== 'integration';
    if (!author) requirePermission(state, caller, repo, 'pull_requests', 'write');
    const body = req.json();
    checkBodyLength('Issue', body.body);
    if (typeof body.title === 'string') issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (typeof body.base === 'string') {
      if (!repo.refs[`refs/heads/${body.base}`]) throw validationFailed('PullRequest', 'base', 'invalid');
      issue.pull!.base_ref = body.base;
    }
    if (typeof body.maintainer_can_modify === 'boolean')
      issue.pull!.maintainer_can_modify = body.maintainer_can_modify;
    const t = now(state);
    if (body.state === 'closed' && issue.state === 'open') {
      freeze(state.repos, repo, issue);
      issue.state = 'closed';
      issue.closed_at = t;
      issue.closed_by = caller.login;
    } else if (body.state === 'open' && issue.state === 'closed' && !issue.pull!.merged) {
      issue.state = 'open';
      issue.closed_at = null;
      issue.closed_by = null;
    }
    issue.updated_at = t;
    return json(200, view.pull(repo, issue, true));
  });

  // Merging keeps the demo's "PR merged" path honest: the base branch moves to the head commit (fast-forward).
  api.route('PUT', '/repos/:owner/:repo/pulls/:pull_number/merge', (req, caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'contents', 'write');
    const issue = pullOf(repo, req.params.pull_number);
    if (issue.state !== 'open') throw new SimError(405, 'Pull Request is not mergeable');
    freeze(state.repos, repo, issue);
    const sha = issue.pull!.head_sha;
    repo.refs[`refs/heads/${issue.pull!.base_ref}`] = sha;
    const t = now(state);
    Object.assign(issue.pull!, { merged: true, merged_at: t, merge_commit_sha: sha });
    Object.assign(issue, { state: 'closed', closed_at: t, closed_by: caller.login, updated_at: t });
    return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
  });
}

/** A closed pull request keeps the shas it had when it closed. */
function freeze(repos: Record<string, SimRepo>, repo: SimRepo, issue: SimIssue): void {
  const p = issue.pull!;
  const [owner, name] = p.head_repo.split('/');
  const branch = p.head_ref.split(':').slice(1).join(':');
  p.head_sha = repos[repoKey(owner, name)]?.refs[`refs/heads/${branch}`] ?? p.head_sha;
  p.base_sha = repo.refs[`refs/heads/${p.base_ref}`] ?? p.base_sha;
}
