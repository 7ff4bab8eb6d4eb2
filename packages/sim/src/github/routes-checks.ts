import { SimError } from '../server.js';
import { json, validationFailed, type GitHubApi } from './api.js';
import { requireAuth, requirePermission, type Caller } from './auth.js';
import { resolveCommitish } from './git-store.js';
import { addCheckRun } from './seed.js';
import { nextId, now, type SimCheckRun, type SimRepo, type SimStatus } from './state.js';

const STATUS_STATES = ['error', 'failure', 'pending', 'success'];

/** Check runs (created as a GitHub App does) and commit statuses, listed and combined for a ref. */
export function registerCheckRoutes(api: GitHubApi): void {
  const { state, render } = api;
  const base = (repo: SimRepo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;

  const app = (a: SimCheckRun['app']) => ({
    id: a.id,
    slug: a.slug,
    node_id: render.nodeId('App', a.id),
    client_id: `Iv1.${a.id}`,
    owner: render.user(api.state.users['sim-admin'] ? 'sim-admin' : 'github')!,
    name: a.name,
    description: null,
    external_url: `${render.web}/apps/${a.slug}`,
    html_url: `${render.web}/apps/${a.slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2018-07-30T09:30:17Z',
    permissions: { checks: 'write', contents: 'write', metadata: 'read', statuses: 'write' },
    events: ['check_run', 'check_suite']
  });

  const checkRun = (repo: SimRepo, c: SimCheckRun) => ({
    id: c.id,
    head_sha: c.head_sha,
    node_id: render.nodeId('CheckRun', c.id),
    external_id: c.external_id ?? '',
    url: `${base(repo)}/check-runs/${c.id}`,
    html_url: `${render.web}/${repo.owner}/${repo.name}/runs/${c.id}`,
    details_url: c.details_url ?? `${render.web}/${repo.owner}/${repo.name}/runs/${c.id}`,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: {
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text,
      annotations_count: 0,
      annotations_url: `${base(repo)}/check-runs/${c.id}/annotations`
    },
    name: c.name,
    check_suite: { id: c.check_suite_id },
    app: app(c.app),
    pull_requests: []
  });

  const status = (s: SimStatus) => ({
    url: `${api.ctx.urls.github}/repos/statuses/${s.sha}`,
    avatar_url: `${render.web}/avatars/${encodeURIComponent(s.creator)}`,
    id: s.id,
    node_id: render.nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator: render.user(s.creator)
  });

  // Check runs are written by GitHub Apps only; a personal token gets GitHub's 403.
  const requireApp = (caller: Caller, repo: SimRepo) => {
    requireAuth(caller);
    if (!caller.admin && caller.token?.kind !== 'integration')
      throw new SimError(403, 'You must authenticate via a GitHub App.');
    requirePermission(state, caller, repo, 'checks', 'write');
  };

  api.route('POST', '/repos/:owner/:repo/check-runs', (req, caller) => {
    const repo = api.repo(req, caller);
    requireApp(caller, repo);
    const body = req.json();
    if (typeof body.name !== 'string' || !body.name)
      throw validationFailed('CheckRun', 'name', 'missing_field');
    const sha = typeof body.head_sha === 'string' ? resolveCommitish(repo, body.head_sha) : undefined;
    if (!sha) throw new SimError(422, 'No commit found for SHA: ' + body.head_sha);
    if (body.conclusion && body.status && body.status !== 'completed')
      throw validationFailed('CheckRun', 'conclusion', 'invalid');
    const run = addCheckRun(state, repo, {
      name: body.name,
      head_sha: sha,
      status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
      conclusion: body.conclusion ?? null,
      external_id: body.external_id ?? null,
      details_url: body.details_url ?? null,
      started_at: body.started_at,
      completed_at: body.completed_at,
      output: body.output,
      app: caller.token?.app
    });
    return json(201, checkRun(repo, run));
  });

  const runOf = (repo: SimRepo, id: string) => {
    const c = repo.check_runs.find((x) => String(x.id) === id);
    if (!c) throw new SimError(404, 'Not Found');
    return c;
  };
  api.route('GET', '/repos/:owner/:repo/check-runs/:check_run_id', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'checks');
    return json(200, checkRun(repo, runOf(repo, req.params.check_run_id)));
  });
  api.route('PATCH', '/repos/:owner/:repo/check-runs/:check_run_id', (req, caller) => {
    const repo = api.repo(req, caller);
    requireApp(caller, repo);
    const c = runOf(repo, req.params.check_run_id);
    const body = req.json();
    if (typeof body.name === 'string') c.name = body.name;
    if (typeof body.details_url === 'string') c.details_url = body.details_url;
    if (typeof body.status === 'string') c.status = body.status;
    if (body.conclusion !== undefined) {
      c.conclusion = body.conclusion;
      if (body.conclusion) c.status = 'completed';
    }
    if (c.status === 'completed' && !c.completed_at) c.completed_at = body.completed_at ?? now(state);
    if (body.output)
      c.output = {
        title: body.output.title ?? null,
        summary: body.output.summary ?? null,
        text: body.output.text ?? null
      };
    return json(200, checkRun(repo, c));
  });

  api.route('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'checks');
    const sha = resolveCommitish(repo, req.params.ref);
    if (!sha) throw new SimError(422, `No commit found for SHA: ${req.params.ref}`);
    const name = req.query.get('check_name');
    const st = req.query.get('status');
    const filter = req.query.get('filter') ?? 'latest';
    let runs = repo.check_runs.filter(
      (c) => c.head_sha === sha && (!name || c.name === name) && (!st || c.status === st)
    );
    runs = [...runs].sort((a, b) => b.id - a.id);
    // `latest` keeps the most recent run per name (and app), as GitHub does after a re-run.
    if (filter === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((c) => {
        const k = `${c.app.id}:${c.name}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    return api.countedPage(req, runs, 'check_runs', (c) => checkRun(repo, c));
  });

  api.route('POST', '/repos/:owner/:repo/statuses/:sha', (req, caller) => {
    requireAuth(caller);
    const repo = api.permittedRepo(req, caller, 'statuses', 'write');
    const body = req.json();
    if (!STATUS_STATES.includes(body.state))
      throw validationFailed('Status', 'state', 'custom', `state is not included in the list`);
    const sha = resolveCommitish(repo, req.params.sha);
    if (!sha) throw new SimError(422, `No commit found for SHA: ${req.params.sha}`);
    const t = now(state);
    const s: SimStatus = {
      id: nextId(state),
      sha,
      state: body.state,
      context: typeof body.context === 'string' && body.context ? body.context : 'default',
      description: body.description ?? null,
      target_url: body.target_url ?? null,
      creator: caller.login,
      created_at: t,
      updated_at: t
    };
    repo.statuses.push(s);
    return json(201, status(s), { location: `${base(repo)}/statuses/${sha}` });
  });

  const statusesFor = (repo: SimRepo, ref: string) => {
    const sha = resolveCommitish(repo, ref);
    if (!sha) throw new SimError(404, 'Not Found');
    return { sha, list: repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id) };
  };

  api.route('GET', '/repos/:owner/:repo/commits/:ref/statuses', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'statuses');
    const { list } = statusesFor(repo, req.params.ref);
    return api.listPage(req, list, status);
  });

  api.route('GET', '/repos/:owner/:repo/commits/:ref/status', (req, caller) => {
    const repo = api.readableRepo(req, caller, 'statuses');
    const { sha, list } = statusesFor(repo, req.params.ref);
    const latest = new Map<string, SimStatus>();
    for (const s of list) if (!latest.has(s.context)) latest.set(s.context, s);
    const all = [...latest.values()];
    const combined = all.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : all.length === 0 || all.some((s) => s.state === 'pending')
        ? 'pending'
        : 'success';
    const page = api.paginate(req, all);
    return json(200, {
      state: combined,
      statuses: page.items.map((s) => {
        const { creator: _c, ...rest } = status(s);
        void _c;
        return { ...rest, required: false };
      }),
      sha,
      total_count: all.length,
      repository: render.repository(repo),
      commit_url: `${base(repo)}/commits/${sha}`,
      url: `${base(repo)}/commits/${sha}/status`
    });
  });
}
