import { commitFiles, resolveCommitish } from './git-store.js';
import {
  addCheckRun,
  addIssue,
  addLabel,
  addMilestone,
  addRelease,
  addStatus,
  addWorkflow,
  addWorkflowRun
} from './seed-records.js';
import {
  emptyState,
  nextId,
  now,
  repoKey,
  type GitHubState,
  type SimRepo,
  type SimTeam,
  type SimToken,
  type SimUser
} from './state.js';

export {
  addCheckRun,
  addIssue,
  addLabel,
  addMilestone,
  addRelease,
  addStatus,
  addWorkflow,
  addWorkflowRun,
  ensureTag,
  makeAsset
} from './seed-records.js';

/**
 * Turns a state-file `github` section (hand-written seed or a saved state) into a GitHubState.
 * Seeds may be terse: users referenced by a repository, token or team are created on the fly, a
 * repository gets an initial commit from `files` (default a README), assets take `content` as text.
 * The format is documented in packages/sim/README.md.
 */
export function loadState(input: unknown, into: GitHubState = emptyState()): GitHubState {
  const s = (input ?? {}) as Record<string, any>;
  const state = into;
  if (typeof s.clock === 'string') state.clock = s.clock;
  if (typeof s.next_id === 'number') state.next_id = Math.max(state.next_id, s.next_id);
  for (const u of asList(s.users)) ensureUser(state, u.login, u);
  for (const t of asList(s.tokens)) addToken(state, t);
  for (const t of asList(s.teams)) addTeam(state, t);
  for (const r of asList(s.repos)) addRepo(state, r);
  return state;
}

/** The state as the state file stores it (lists rather than maps, so hand edits stay easy). */
export function saveState(state: GitHubState): Record<string, unknown> {
  return {
    ...(state.clock ? { clock: state.clock } : {}),
    next_id: state.next_id,
    users: Object.values(state.users),
    tokens: Object.values(state.tokens),
    teams: state.teams,
    repos: Object.values(state.repos)
  };
}

export function asList(v: unknown): any[] {
  if (!v) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'object')
    return Object.entries(v as Record<string, any>).map(([k, x]) =>
      typeof x === 'object' && x ? { login: k, token: k, ...x } : x
    );
  return [];
}

export function ensureUser(state: GitHubState, login: string, spec: Partial<SimUser> = {}): SimUser {
  if (!login || typeof login !== 'string') throw new Error('state: a user needs a login');
  const existing = Object.values(state.users).find((u) => u.login.toLowerCase() === login.toLowerCase());
  if (existing) {
    Object.assign(existing, stripUndefined({ ...spec, id: existing.id, login: existing.login }));
    return existing;
  }
  const user: SimUser = {
    login,
    id: spec.id ?? nextId(state),
    type: spec.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
    name: spec.name ?? null,
    email: spec.email ?? null,
    site_admin: spec.site_admin ?? false,
    created_at: spec.created_at ?? now(state),
    ...(spec.members ? { members: spec.members } : {}),
    ...(spec.base_permission ? { base_permission: spec.base_permission } : {})
  };
  if (user.type === 'Organization') {
    user.members ??= {};
    user.base_permission ??= 'read';
    for (const m of Object.keys(user.members)) ensureUser(state, m);
  }
  state.users[login] = user;
  return user;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function findUser(state: GitHubState, login: string): SimUser | undefined {
  return (
    state.users[login] ??
    Object.values(state.users).find((u) => u.login.toLowerCase() === login.toLowerCase())
  );
}

export function addToken(state: GitHubState, spec: Partial<SimToken>): SimToken {
  if (!spec.token || !spec.login) throw new Error('state: a token needs `token` and `login`');
  ensureUser(
    state,
    spec.login,
    spec.kind === 'integration' && spec.login.endsWith('[bot]') ? { type: 'Bot' } : {}
  );
  const t: SimToken = {
    token: spec.token,
    login: spec.login,
    kind: spec.kind ?? 'user',
    ...(spec.repositories ? { repositories: spec.repositories } : {}),
    ...(spec.permissions ? { permissions: spec.permissions } : {}),
    ...(spec.rate_limit ? { rate_limit: spec.rate_limit } : {}),
    ...(spec.rate_window ? { rate_window: spec.rate_window } : {}),
    ...(spec.kind === 'integration'
      ? { app: spec.app ?? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } }
      : {})
  };
  state.tokens[t.token] = t;
  return t;
}

export function addTeam(state: GitHubState, spec: Partial<SimTeam>): SimTeam {
  if (!spec.org || !spec.slug) throw new Error('state: a team needs `org` and `slug`');
  const org = ensureUser(state, spec.org, { type: 'Organization' });
  const existing = state.teams.find(
    (t) => t.org.toLowerCase() === spec.org!.toLowerCase() && t.slug === spec.slug
  );
  const team: SimTeam = existing ?? {
    id: spec.id ?? nextId(state),
    org: org.login,
    slug: spec.slug,
    name: spec.name ?? spec.slug,
    members: {},
    repos: {}
  };
  Object.assign(team.members, spec.members ?? {});
  Object.assign(team.repos, spec.repos ?? {});
  for (const m of Object.keys(team.members)) {
    ensureUser(state, m);
    org.members![m] ??= 'member';
  }
  if (!existing) state.teams.push(team);
  return team;
}

/** Creates (or replaces) a repository from a seed entry or a saved one. */
export function addRepo(state: GitHubState, spec: Record<string, any>): SimRepo {
  if (!spec.owner || !spec.name) throw new Error('state: a repository needs `owner` and `name`');
  const owner = ensureUser(state, spec.owner);
  const t = now(state);
  if (spec.objects && spec.refs) {
    // A saved repository: taken as it is (Buffers were revived by the state reader).
    const repo = spec as SimRepo;
    state.repos[repoKey(repo.owner, repo.name)] = repo;
    for (const login of Object.keys(repo.collaborators ?? {})) ensureUser(state, login);
    return repo;
  }
  const repo: SimRepo = {
    id: spec.id ?? nextId(state),
    owner: owner.login,
    name: spec.name,
    private: spec.private ?? false,
    description: spec.description ?? null,
    homepage: spec.homepage ?? null,
    default_branch: spec.default_branch ?? 'main',
    immutable_releases: spec.immutable_releases ?? false,
    archived: spec.archived ?? false,
    has_issues: spec.has_issues ?? true,
    parent: spec.parent ?? null,
    created_at: spec.created_at ?? t,
    updated_at: spec.updated_at ?? t,
    pushed_at: spec.pushed_at ?? t,
    collaborators: { ...(spec.collaborators ?? {}) },
    ...(spec.custom_roles ? { custom_roles: { ...spec.custom_roles } } : {}),
    objects: {},
    refs: {},
    releases: [],
    burned_tags: [],
    issues: [],
    comments: [],
    labels: [],
    milestones: [],
    check_runs: [],
    statuses: [],
    workflows: [],
    workflow_runs: [],
    next_number: 1,
    next_milestone: 1
  };
  for (const login of Object.keys(repo.collaborators)) ensureUser(state, login);
  for (const login of Object.keys(repo.custom_roles ?? {})) ensureUser(state, login);
  state.repos[repoKey(repo.owner, repo.name)] = repo;
  const author = {
    name: owner.name ?? owner.login,
    email: owner.email ?? `${owner.id}+${owner.login}@users.noreply.github.com`,
    date: t
  };
  if (!spec.empty) {
    const files: Record<string, Buffer> = {};
    for (const [p, c] of Object.entries(spec.files ?? { 'README.md': `# ${repo.name}\n` }))
      files[p] = toBuffer(c);
    commitFiles(repo, repo.default_branch, files, spec.message ?? 'Initial commit', author);
  }
  for (const [branch, from] of Object.entries((spec.branches ?? {}) as Record<string, string>)) {
    const sha = resolveCommitish(repo, from);
    if (sha) repo.refs[`refs/heads/${branch}`] = sha;
  }
  for (const [tag, from] of Object.entries((spec.tags ?? {}) as Record<string, string>)) {
    const sha = resolveCommitish(repo, from);
    if (sha) repo.refs[`refs/tags/${tag}`] = sha;
  }
  for (const l of asList(spec.labels)) addLabel(state, repo, typeof l === 'string' ? { name: l } : l);
  for (const m of asList(spec.milestones)) addMilestone(state, repo, m);
  for (const r of asList(spec.releases)) addRelease(state, repo, r);
  for (const i of asList(spec.issues)) addIssue(state, repo, i);
  for (const w of asList(spec.workflows)) addWorkflow(state, repo, w);
  for (const run of asList(spec.workflow_runs)) addWorkflowRun(state, repo, run);
  for (const c of asList(spec.check_runs)) addCheckRun(state, repo, c);
  for (const st of asList(spec.statuses)) addStatus(state, repo, st);
  return repo;
}

export function toBuffer(c: unknown): Buffer {
  if (Buffer.isBuffer(c)) return c;
  if (typeof c === 'string') return Buffer.from(c, 'utf8');
  if (c && typeof c === 'object' && typeof (c as any).base64 === 'string')
    return Buffer.from((c as any).base64, 'base64');
  if (c && typeof c === 'object' && typeof (c as any).$base64 === 'string')
    return Buffer.from((c as any).$base64, 'base64');
  return Buffer.from(JSON.stringify(c));
}
