import { SimError, type SimRequest } from '../server.js';
import { checkBodyLength, json, validationFailed, type GitHubApi } from './api.js';
import { effectivePermission, requireAuth, requirePermission, type Caller } from './auth.js';
import { RenderIssues } from './render-issues.js';
import { addLabel, addMilestone } from './seed.js';
import { nextId, now, PERMISSION_RANK, type SimIssue, type SimRepo } from './state.js';

/** Issues, issue comments, labels and milestones. */
export function registerIssueRoutes(api: GitHubApi): void {
  const { state } = api;
  const view = new RenderIssues(state, api.render);
  const rank = (caller: Caller, repo: SimRepo) =>
    PERMISSION_RANK[effectivePermission(state, caller, repo, 'issues')];

  // Creating issues and comments needs only read access for users; integration tokens need `issues: write`.
  const participate = (caller: Caller, repo: SimRepo) => {
    requireAuth(caller);
    if (!repo.has_issues) throw new SimError(410, 'Issues are disabled for this repo');
    requirePermission(state, caller, repo, 'issues', caller.token?.kind === 'integration' ? 'write' : 'read');
  };

  const issueOf = (repo: SimRepo, n: string) => {
    const i = repo.issues.find((x) => String(x.number) === n);
    if (!i) throw new SimError(404, 'Not Found');
    return i;
  };

  const labelNames = (repo: SimRepo, labels: unknown): string[] =>
    (Array.isArray(labels) ? labels : []).map(
      (l: any) => addLabel(state, repo, { name: typeof l === 'string' ? l : String(l?.name) }).name
    );

  const milestoneNumber = (repo: SimRepo, m: unknown): number | null => {
    if (m === null || m === undefined) return null;
    const found = repo.milestones.find((x) => x.number === Number(m));
    if (!found) throw validationFailed('Issue', 'milestone', 'invalid');
    return found.number;
  };

  api.route('GET', '/repos/:owner/:repo/issues', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    const q = req.query;
    const st = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const ms = q.get('milestone');
    const assignee = q.get('assignee');
    const creator = q.get('creator');
    const since = q.get('since');
    let list = repo.issues.filter((i) => {
      if (st !== 'all' && i.state !== st) return false;
      if (labels.length && !labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
        return false;
      if (ms === 'none' && i.milestone !== null) return false;
      if (ms === '*' && i.milestone === null) return false;
      if (ms && ms !== '*' && ms !== 'none' && String(i.milestone) !== ms) return false;
      if (assignee === 'none' && i.assignees.length) return false;
      if (assignee === '*' && !i.assignees.length) return false;
      if (assignee && assignee !== '*' && assignee !== 'none' && !i.assignees.includes(assignee))
        return false;
      if (creator && i.user.toLowerCase() !== creator.toLowerCase()) return false;
      if (since && i.updated_at < since) return false;
      return true;
    });
    const sort = q.get('sort') ?? 'created';
    const dir = q.get('direction') ?? 'desc';
    const key = (i: SimIssue) =>
      sort === 'updated'
        ? i.updated_at
        : sort === 'comments'
          ? String(repo.comments.filter((c) => c.issue_number === i.number).length).padStart(8, '0')
          : i.created_at;
    list = [...list].sort((a, b) => {
      const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
      return dir === 'asc' ? c : -c;
    });
    return api.listPage(req, list, (i) => view.issue(repo, i));
  });

  api.route('POST', '/repos/:owner/:repo/issues', (req, caller) => {
    const repo = api.repo(req, caller);
    participate(caller, repo);
    const body = req.json();
    if (typeof body.title !== 'string' && typeof body.title !== 'number')
      throw validationFailed('Issue', 'title', 'missing_field');
    checkBodyLength('Issue', body.body);
    // GitHub silently drops labels, milestone and assignees from callers without triage access.
    const triage = rank(caller, repo) >= PERMISSION_RANK.triage;
    const t = now(state);
    const issue: SimIssue = {
      id: nextId(state),
      number: repo.next_number++,
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : null,
      state: 'open',
      state_reason: null,
      user: caller.login!,
      labels: triage ? labelNames(repo, body.labels) : [],
      assignees: triage ? [...(body.assignees ?? []), ...(body.assignee ? [body.assignee] : [])] : [],
      milestone: triage ? milestoneNumber(repo, body.milestone) : null,
      locked: false,
      created_at: t,
      updated_at: t,
      closed_at: null,
      closed_by: null
    };
    repo.issues.push(issue);
    return json(201, view.issue(repo, issue), { location: `${view.base(repo)}/issues/${issue.number}` });
  });

  api.route('GET', '/repos/:owner/:repo/issues/:issue_number', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    if (!/^\d+$/.test(req.params.issue_number)) throw new SimError(404, 'Not Found');
    return json(200, view.issue(repo, issueOf(repo, req.params.issue_number)));
  });

  api.route('PATCH', '/repos/:owner/:repo/issues/:issue_number', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    const issue = issueOf(repo, req.params.issue_number);
    const triage = rank(caller, repo) >= PERMISSION_RANK.triage;
    const author =
      caller.login?.toLowerCase() === issue.user.toLowerCase() && caller.token?.kind !== 'integration';
    if (!triage && !author) {
      requirePermission(state, caller, repo, 'issues', 'triage');
    }
    const body = req.json();
    checkBodyLength('Issue', body.body);
    if (body.title !== undefined) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body;
    if (triage && body.labels !== undefined) issue.labels = labelNames(repo, body.labels);
    if (triage && body.milestone !== undefined) issue.milestone = milestoneNumber(repo, body.milestone);
    if (triage && Array.isArray(body.assignees)) issue.assignees = body.assignees;
    const t = now(state);
    if (body.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = t;
      issue.closed_by = caller.login;
      issue.state_reason = body.state_reason ?? 'completed';
    } else if (body.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.closed_by = null;
      issue.state_reason = 'reopened';
    } else if (body.state_reason !== undefined && issue.state === 'closed')
      issue.state_reason = body.state_reason;
    else if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed')
      throw validationFailed('Issue', 'state', 'invalid');
    issue.updated_at = t;
    return json(200, view.issue(repo, issue));
  });

  api.route('POST', '/repos/:owner/:repo/issues/:issue_number/labels', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    requirePermission(state, caller, repo, 'issues', 'triage');
    const issue = issueOf(repo, req.params.issue_number);
    const body = req.json();
    const names = labelNames(repo, Array.isArray(body) ? body : body.labels);
    for (const n of names) if (!issue.labels.includes(n)) issue.labels.push(n);
    issue.updated_at = now(state);
    return json(200, view.labelsOf(repo, issue.labels));
  });

  api.route('DELETE', '/repos/:owner/:repo/issues/:issue_number/labels/:name', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    requirePermission(state, caller, repo, 'issues', 'triage');
    const issue = issueOf(repo, req.params.issue_number);
    const before = issue.labels.length;
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== req.params.name.toLowerCase());
    if (issue.labels.length === before) throw new SimError(404, 'Label does not exist');
    return json(200, view.labelsOf(repo, issue.labels));
  });

  api.route('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    issueOf(repo, req.params.issue_number);
    const since = req.query.get('since');
    const list = repo.comments.filter(
      (c) => String(c.issue_number) === req.params.issue_number && (!since || c.updated_at >= since)
    );
    return api.listPage(req, list, (c) => view.comment(repo, c));
  });

  api.route('POST', '/repos/:owner/:repo/issues/:issue_number/comments', (req, caller) => {
    const repo = api.repo(req, caller);
    participate(caller, repo);
    const issue = issueOf(repo, req.params.issue_number);
    if (issue.locked && rank(caller, repo) < PERMISSION_RANK.write)
      throw new SimError(403, 'Unable to create comment because issue is locked.');
    const body = req.json();
    if (typeof body.body !== 'string') throw validationFailed('IssueComment', 'body', 'missing_field');
    checkBodyLength('IssueComment', body.body);
    const t = now(state);
    const c = {
      id: nextId(state),
      issue_number: issue.number,
      body: body.body,
      user: caller.login!,
      created_at: t,
      updated_at: t
    };
    repo.comments.push(c);
    issue.updated_at = t;
    return json(201, view.comment(repo, c), { location: `${view.base(repo)}/issues/comments/${c.id}` });
  });

  const commentOf = (req: SimRequest, repo: SimRepo) => {
    const c = repo.comments.find((x) => String(x.id) === req.params.comment_id);
    if (!c) throw new SimError(404, 'Not Found');
    return c;
  };
  api.route('GET', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    return json(200, view.comment(repo, commentOf(req, repo)));
  });
  api.route('PATCH', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    const c = commentOf(req, repo);
    const own = c.user.toLowerCase() === caller.login?.toLowerCase();
    if (!own) requirePermission(state, caller, repo, 'issues', 'write');
    const body = req.json();
    if (typeof body.body !== 'string') throw validationFailed('IssueComment', 'body', 'missing_field');
    checkBodyLength('IssueComment', body.body);
    c.body = body.body;
    c.updated_at = now(state);
    return json(200, view.comment(repo, c));
  });
  api.route('DELETE', '/repos/:owner/:repo/issues/comments/:comment_id', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    const c = commentOf(req, repo);
    if (c.user.toLowerCase() !== caller.login?.toLowerCase())
      requirePermission(state, caller, repo, 'issues', 'write');
    repo.comments.splice(repo.comments.indexOf(c), 1);
    return { status: 204 };
  });

  api.route('GET', '/repos/:owner/:repo/labels', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    return api.listPage(req, repo.labels, (l) => view.label(repo, l));
  });
  api.route('GET', '/repos/:owner/:repo/labels/:name', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    const l = repo.labels.find((x) => x.name.toLowerCase() === req.params.name.toLowerCase());
    if (!l) throw new SimError(404, 'Not Found');
    return json(200, view.label(repo, l));
  });
  api.route('POST', '/repos/:owner/:repo/labels', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    requirePermission(state, caller, repo, 'issues', 'write');
    const body = req.json();
    if (typeof body.name !== 'string' || !body.name) throw validationFailed('Label', 'name', 'missing_field');
    if (repo.labels.some((l) => l.name.toLowerCase() === body.name.toLowerCase()))
      throw validationFailed('Label', 'name', 'already_exists');
    if (body.color !== undefined && !/^#?[0-9a-fA-F]{6}$/.test(String(body.color)))
      throw validationFailed('Label', 'color', 'invalid');
    const l = addLabel(state, repo, {
      name: body.name,
      color: body.color,
      description: body.description ?? null
    });
    return json(201, view.label(repo, l));
  });

  api.route('GET', '/repos/:owner/:repo/milestones', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    const st = req.query.get('state') ?? 'open';
    const list = repo.milestones
      .filter((m) => st === 'all' || m.state === st)
      .sort((a, b) => a.number - b.number);
    return api.listPage(req, list, (m) => view.milestone(repo, m));
  });
  api.route('GET', '/repos/:owner/:repo/milestones/:milestone_number', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'issues');
    const m = repo.milestones.find((x) => String(x.number) === req.params.milestone_number);
    if (!m) throw new SimError(404, 'Not Found');
    return json(200, view.milestone(repo, m));
  });
  api.route('POST', '/repos/:owner/:repo/milestones', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    requirePermission(state, caller, repo, 'issues', 'write');
    const body = req.json();
    if (typeof body.title !== 'string' || !body.title)
      throw validationFailed('Milestone', 'title', 'missing_field');
    if (repo.milestones.some((m) => m.title === body.title))
      throw validationFailed('Milestone', 'title', 'already_exists');
    const m = addMilestone(state, repo, {
      title: body.title,
      state: body.state,
      description: body.description,
      due_on: body.due_on,
      creator: caller.login
    });
    return json(201, view.milestone(repo, m));
  });
}
