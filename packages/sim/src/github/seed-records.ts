import { createHash, randomBytes } from 'node:crypto';
import { resolveCommitish } from './git-store.js';
import { asList, ensureUser, toBuffer } from './seed.js';
import { syntheticDigest } from './synthetic.js';
import {
  nextId,
  now,
  type GitHubState,
  type SimAsset,
  type SimRelease,
  type SimRepo,
  type SimWorkflowRun
} from './state.js';

/** Seeding of the records inside a repository: labels, milestones, releases and assets, issues, runs, checks. */

export function addLabel(
  state: GitHubState,
  repo: SimRepo,
  spec: { name: string; color?: string; description?: string | null }
) {
  const existing = repo.labels.find((l) => l.name.toLowerCase() === spec.name.toLowerCase());
  if (existing) return existing;
  const label = {
    id: nextId(state),
    name: spec.name,
    color: (spec.color ?? 'ededed').replace(/^#/, ''),
    description: spec.description ?? null,
    default: false
  };
  repo.labels.push(label);
  return label;
}

export function addMilestone(state: GitHubState, repo: SimRepo, spec: Record<string, any>) {
  const t = now(state);
  const m = {
    id: nextId(state),
    number: spec.number ?? repo.next_milestone++,
    title: String(spec.title),
    description: spec.description ?? null,
    state: spec.state ?? 'open',
    creator: spec.creator ?? repo.owner,
    due_on: spec.due_on ?? null,
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t,
    closed_at: spec.state === 'closed' ? (spec.closed_at ?? t) : null
  };
  repo.next_milestone = Math.max(repo.next_milestone, m.number + 1);
  repo.milestones.push(m);
  return m;
}

export function makeAsset(state: GitHubState, spec: Record<string, any>, uploader: string): SimAsset {
  const t = now(state);
  const stateName = spec.state ?? 'uploaded';
  // `synthetic: { size, seed? }`: bytes generated on download (multi-gigabyte assets without the memory).
  const synthetic = spec.synthetic
    ? { size: Number(spec.synthetic.size ?? spec.size), seed: String(spec.synthetic.seed ?? spec.name) }
    : undefined;
  const data = synthetic ? Buffer.alloc(0) : toBuffer(spec.content ?? spec.data ?? '');
  return {
    id: spec.id ?? nextId(state),
    name: String(spec.name),
    label: spec.label ?? null,
    content_type: spec.content_type ?? 'application/octet-stream',
    state: stateName,
    data,
    ...(synthetic ? { synthetic } : {}),
    size: synthetic ? synthetic.size : (spec.size ?? data.length),
    // GitHub computes the digest once the upload completes; an interrupted (starter) upload has none.
    digest:
      spec.digest !== undefined
        ? spec.digest
        : stateName !== 'uploaded'
          ? null
          : synthetic
            ? syntheticDigest(synthetic.size, synthetic.seed)
            : `sha256:${createHash('sha256').update(data).digest('hex')}`,
    uploader: spec.uploader ?? uploader,
    download_count: spec.download_count ?? 0,
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t
  };
}

export function addRelease(state: GitHubState, repo: SimRepo, spec: Record<string, any>): SimRelease {
  const t = now(state);
  const draft = spec.draft ?? false;
  const rel: SimRelease = {
    id: spec.id ?? nextId(state),
    tag_name: String(spec.tag_name),
    target_commitish: spec.target_commitish ?? repo.default_branch,
    name: spec.name ?? spec.tag_name,
    body: spec.body ?? null,
    draft,
    prerelease: spec.prerelease ?? false,
    immutable: spec.immutable ?? (!draft && repo.immutable_releases),
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t,
    published_at: draft ? null : (spec.published_at ?? t),
    author: spec.author ?? repo.owner,
    untagged_slug: spec.untagged_slug ?? `untagged-${randomBytes(10).toString('hex')}`,
    assets: []
  };
  for (const a of asList(spec.assets)) rel.assets.push(makeAsset(state, a, rel.author));
  if (!draft) ensureTag(repo, rel);
  repo.releases.push(rel);
  return rel;
}

/** Publishing a release creates its tag from `target_commitish` when the tag does not exist yet. */
export function ensureTag(repo: SimRepo, rel: SimRelease): void {
  if (repo.refs[`refs/tags/${rel.tag_name}`]) return;
  const sha = resolveCommitish(repo, rel.target_commitish);
  if (sha) repo.refs[`refs/tags/${rel.tag_name}`] = sha;
}

export function addIssue(state: GitHubState, repo: SimRepo, spec: Record<string, any>) {
  const t = now(state);
  const closed = spec.state === 'closed';
  const labels: string[] = (spec.labels ?? []).map(
    (l: any) => addLabel(state, repo, typeof l === 'string' ? { name: l } : l).name
  );
  let milestone: number | null = null;
  if (spec.milestone !== undefined && spec.milestone !== null) {
    const m =
      repo.milestones.find((x) => x.number === spec.milestone || x.title === spec.milestone) ??
      addMilestone(state, repo, { title: String(spec.milestone) });
    milestone = m.number;
  }
  const user = spec.user ?? repo.owner;
  ensureUser(state, user);
  const issue = {
    id: spec.id ?? nextId(state),
    number: spec.number ?? repo.next_number++,
    title: String(spec.title),
    body: spec.body ?? null,
    state: closed ? ('closed' as const) : ('open' as const),
    state_reason: spec.state_reason ?? (closed ? 'completed' : null),
    user,
    labels,
    assignees: spec.assignees ?? [],
    milestone,
    locked: false,
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? spec.created_at ?? t,
    closed_at: closed ? (spec.closed_at ?? t) : null,
    closed_by: closed ? (spec.closed_by ?? user) : null
  };
  repo.next_number = Math.max(repo.next_number, issue.number + 1);
  repo.issues.push(issue);
  for (const c of asList(spec.comments)) {
    ensureUser(state, c.user ?? repo.owner);
    repo.comments.push({
      id: c.id ?? nextId(state),
      issue_number: issue.number,
      body: String(c.body ?? ''),
      user: c.user ?? repo.owner,
      created_at: c.created_at ?? t,
      updated_at: c.updated_at ?? c.created_at ?? t
    });
  }
  return issue;
}

export function addWorkflow(state: GitHubState, repo: SimRepo, spec: Record<string, any>) {
  const path = spec.path ?? `.github/workflows/${spec.file ?? spec.name}`;
  const existing = repo.workflows.find((w) => w.path === path);
  if (existing) return existing;
  const t = now(state);
  const wf = {
    id: spec.id ?? nextId(state),
    name:
      spec.name ??
      path
        .split('/')
        .pop()!
        .replace(/\.ya?ml$/, ''),
    path,
    state: spec.state ?? 'active',
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t
  };
  repo.workflows.push(wf);
  return wf;
}

/** Adds a workflow run (GitHub has no REST endpoint to create one): `workflow` is a file name, path, name or id. */
export function addWorkflowRun(state: GitHubState, repo: SimRepo, spec: Record<string, any>): SimWorkflowRun {
  const ref = spec.workflow ?? spec.workflow_id ?? spec.path ?? 'ci.yml';
  let wf = repo.workflows.find(
    (w) => w.id === ref || w.path === ref || w.path.endsWith('/' + ref) || w.name === ref
  );
  if (!wf)
    wf = addWorkflow(
      state,
      repo,
      typeof ref === 'string' && ref.startsWith('dynamic/')
        ? // GitHub's dynamic workflows (CodeQL default setup, Dependabot, Pages) have `dynamic/…` paths.
          { path: ref, name: spec.name }
        : typeof ref === 'string' && /\.ya?ml$/.test(ref)
          ? { path: ref.includes('/') ? ref : `.github/workflows/${ref}` }
          : { name: String(ref), path: `.github/workflows/${String(ref)}.yml` }
    );
  const t = now(state);
  const headSha =
    spec.head_sha && /^[0-9a-f]{40}$/.test(spec.head_sha)
      ? spec.head_sha
      : (resolveCommitish(repo, spec.head_sha ?? spec.head_branch ?? repo.default_branch) ?? '0'.repeat(40));
  const attemptsSpec: any[] = spec.attempts ?? [
    {
      status: spec.status ?? 'completed',
      conclusion: spec.conclusion !== undefined ? spec.conclusion : 'success'
    }
  ];
  const attempts = attemptsSpec.map((a, i) => ({
    run_attempt: i + 1,
    status: a.status ?? 'completed',
    conclusion:
      a.conclusion !== undefined
        ? a.conclusion
        : (a.status ?? 'completed') === 'completed'
          ? 'success'
          : null,
    created_at: a.created_at ?? spec.created_at ?? t,
    updated_at: a.updated_at ?? a.created_at ?? spec.created_at ?? t,
    run_started_at: a.run_started_at ?? a.created_at ?? spec.created_at ?? t
  }));
  const run: SimWorkflowRun = {
    id: spec.id ?? nextId(state),
    workflow_id: wf.id,
    name: spec.name ?? wf.name,
    display_title: spec.display_title ?? spec.name ?? wf.name,
    head_sha: headSha,
    head_branch: spec.head_branch ?? repo.default_branch,
    event: spec.event ?? 'push',
    run_number: spec.run_number ?? repo.workflow_runs.filter((r) => r.workflow_id === wf!.id).length + 1,
    actor: spec.actor ?? repo.owner,
    check_suite_id: nextId(state),
    attempts
  };
  repo.workflow_runs.push(run);
  return run;
}

export function addCheckRun(state: GitHubState, repo: SimRepo, spec: Record<string, any>) {
  const t = now(state);
  const status = spec.status ?? (spec.conclusion ? 'completed' : 'queued');
  const run = {
    id: spec.id ?? nextId(state),
    name: String(spec.name),
    head_sha: resolveCommitish(repo, spec.head_sha ?? repo.default_branch) ?? String(spec.head_sha),
    status,
    conclusion: spec.conclusion ?? null,
    external_id: spec.external_id ?? null,
    details_url: spec.details_url ?? null,
    started_at: spec.started_at ?? t,
    completed_at: status === 'completed' ? (spec.completed_at ?? t) : null,
    output: {
      title: spec.output?.title ?? null,
      summary: spec.output?.summary ?? null,
      text: spec.output?.text ?? null
    },
    app: spec.app ?? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    check_suite_id: spec.check_suite_id ?? nextId(state)
  };
  repo.check_runs.push(run);
  return run;
}

export function addStatus(state: GitHubState, repo: SimRepo, spec: Record<string, any>) {
  const t = now(state);
  const st = {
    id: spec.id ?? nextId(state),
    sha: resolveCommitish(repo, spec.sha ?? repo.default_branch) ?? String(spec.sha),
    state: spec.state ?? 'success',
    context: spec.context ?? 'default',
    description: spec.description ?? null,
    target_url: spec.target_url ?? null,
    creator: spec.creator ?? repo.owner,
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t
  };
  repo.statuses.push(st);
  return st;
}
