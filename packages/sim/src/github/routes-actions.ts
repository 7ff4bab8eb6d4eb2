import { SimError, type SimRequest } from '../server.js';
import { json, type GitHubApi } from './api.js';
import { requirePermission, type Caller } from './auth.js';
import { getObject } from './git-store.js';
import type { SimRepo, SimRunAttempt, SimWorkflow, SimWorkflowRun } from './state.js';

/** Workflows and workflow runs (seeded through the state file or `/_admin`: GitHub has no endpoint to create runs). */
export function registerActionsRoutes(api: GitHubApi): void {
  const { render } = api;
  const base = (repo: SimRepo) => `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;

  const readable = (req: SimRequest, caller: Caller) => {
    const repo = api.readableRepo(req, caller, 'actions');
    if (repo.private) requirePermission(api.state, caller, repo, 'actions', 'read');
    return repo;
  };

  const workflow = (repo: SimRepo, w: SimWorkflow) => ({
    id: w.id,
    node_id: render.nodeId('Workflow', w.id),
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.created_at,
    updated_at: w.updated_at,
    url: `${base(repo)}/actions/workflows/${w.id}`,
    html_url: `${render.web}/${repo.owner}/${repo.name}/blob/${repo.default_branch}/${w.path}`,
    badge_url: `${render.web}/${repo.owner}/${repo.name}/workflows/${encodeURIComponent(w.name)}/badge.svg`
  });

  const run = (repo: SimRepo, r: SimWorkflowRun, attempt?: SimRunAttempt) => {
    const a = attempt ?? r.attempts[r.attempts.length - 1];
    const wf = repo.workflows.find((w) => w.id === r.workflow_id);
    const url = `${base(repo)}/actions/runs/${r.id}`;
    const commit = getObject(repo, r.head_sha, 'commit');
    const minimal = render.repository(repo);
    return {
      id: r.id,
      name: r.name,
      node_id: render.nodeId('WorkflowRun', r.id),
      check_suite_id: r.check_suite_id,
      check_suite_node_id: render.nodeId('CheckSuite', r.check_suite_id),
      head_branch: r.head_branch,
      head_sha: r.head_sha,
      path: wf?.path ?? '',
      display_title: r.display_title,
      run_number: r.run_number,
      event: r.event,
      status: a.status,
      conclusion: a.conclusion,
      workflow_id: r.workflow_id,
      url,
      html_url: `${render.web}/${repo.owner}/${repo.name}/actions/runs/${r.id}`,
      pull_requests: [],
      created_at: a.created_at,
      updated_at: a.updated_at,
      actor: render.user(r.actor)!,
      triggering_actor: render.user(r.actor)!,
      run_attempt: a.run_attempt,
      referenced_workflows: [],
      run_started_at: a.run_started_at,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${base(repo)}/check-suites/${r.check_suite_id}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url: a.run_attempt > 1 ? `${url}/attempts/${a.run_attempt - 1}` : null,
      workflow_url: `${base(repo)}/actions/workflows/${r.workflow_id}`,
      head_commit: commit
        ? {
            id: r.head_sha,
            tree_id: commit.tree,
            message: commit.message,
            timestamp: commit.committer.date,
            author: { name: commit.author.name, email: commit.author.email },
            committer: { name: commit.committer.name, email: commit.committer.email }
          }
        : null,
      repository: minimal,
      head_repository: minimal,
      head_repository_id: repo.id
    };
  };

  const findWorkflow = (repo: SimRepo, id: string) => {
    const w = repo.workflows.find(
      (x) => String(x.id) === id || x.path === id || x.path.split('/').pop() === id
    );
    if (!w) throw new SimError(404, 'Not Found');
    return w;
  };

  const listRuns = (req: SimRequest, repo: SimRepo, runs: SimWorkflowRun[]) => {
    const q = req.query;
    const headSha = q.get('head_sha');
    const branch = q.get('branch');
    const event = q.get('event');
    const status = q.get('status');
    const actor = q.get('actor');
    const list = runs
      .filter((r) => {
        const a = r.attempts[r.attempts.length - 1];
        if (headSha && r.head_sha !== headSha) return false;
        if (branch && r.head_branch !== branch) return false;
        if (event && r.event !== event) return false;
        if (actor && r.actor.toLowerCase() !== actor.toLowerCase()) return false;
        // `status` filters by status or by conclusion, as GitHub's does.
        if (status && a.status !== status && a.conclusion !== status) return false;
        return true;
      })
      .sort((a, b) => {
        const ca = a.attempts[0].created_at;
        const cb = b.attempts[0].created_at;
        return ca < cb ? 1 : ca > cb ? -1 : b.id - a.id;
      });
    return api.countedPage(req, list, 'workflow_runs', (r) => run(repo, r));
  };

  api.route('GET', '/repos/:owner/:repo/actions/workflows', (req, caller) => {
    const repo = readable(req, caller);
    return api.countedPage(req, repo.workflows, 'workflows', (w) => workflow(repo, w));
  });
  api.route('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id', (req, caller) => {
    const repo = readable(req, caller);
    return json(200, workflow(repo, findWorkflow(repo, req.params.workflow_id)));
  });
  api.route('GET', '/repos/:owner/:repo/actions/workflows/:workflow_id/runs', (req, caller) => {
    const repo = readable(req, caller);
    const w = findWorkflow(repo, req.params.workflow_id);
    return listRuns(
      req,
      repo,
      repo.workflow_runs.filter((r) => r.workflow_id === w.id)
    );
  });
  api.route('GET', '/repos/:owner/:repo/actions/runs', (req, caller) => {
    const repo = readable(req, caller);
    return listRuns(req, repo, repo.workflow_runs);
  });
  const runOf = (repo: SimRepo, id: string) => {
    const r = repo.workflow_runs.find((x) => String(x.id) === id);
    if (!r) throw new SimError(404, 'Not Found');
    return r;
  };
  api.route('GET', '/repos/:owner/:repo/actions/runs/:run_id', (req, caller) => {
    const repo = readable(req, caller);
    return json(200, run(repo, runOf(repo, req.params.run_id)));
  });
  api.route('GET', '/repos/:owner/:repo/actions/runs/:run_id/attempts/:attempt_number', (req, caller) => {
    const repo = readable(req, caller);
    const r = runOf(repo, req.params.run_id);
    const a = r.attempts.find((x) => String(x.run_attempt) === req.params.attempt_number);
    if (!a) throw new SimError(404, 'Not Found');
    return json(200, run(repo, r, a));
  });
}
