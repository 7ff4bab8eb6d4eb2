import { SimError } from '../server.js';
import { json, validationFailed, type GitHubApi } from './api.js';
import {
  reportedPermission,
  requireAuth,
  requirePermission,
  userPermission,
  ADMIN_LOGIN,
  type Caller
} from './auth.js';
import { resolveCommitish } from './git-store.js';
import type { RenderGit } from './render-git.js';
import { addRepo, ensureUser, findUser } from './seed.js';
import { now, PERMISSION_RANK, repoKey, type SimRepo, type SimUser } from './state.js';

// What `GET /users/:username` leaves out of the private view: only the user themself may see these.
const PRIVATE_USER_FIELDS = [
  'private_gists',
  'total_private_repos',
  'owned_private_repos',
  'disk_usage',
  'collaborators',
  'two_factor_authentication',
  'plan',
  'notification_email'
] as const;

/** Users, repositories, forks, collaborators, teams and branches. */
export function registerRepoRoutes(api: GitHubApi, git: RenderGit): void {
  const { state, render } = api;

  api.route('GET', '/user', (_req, caller) => {
    requireAuth(caller);
    if (caller.token?.kind === 'integration')
      throw new SimError(403, 'Resource not accessible by integration');
    return json(200, render.privateUser(caller.user));
  });

  api.route('GET', '/users/:username', (req) => {
    const u = findUser(state, req.params.username);
    if (!u) throw new SimError(404, 'Not Found');
    const pub: Record<string, unknown> = { ...render.privateUser(u) };
    for (const field of PRIVATE_USER_FIELDS) delete pub[field];
    return json(200, { ...pub, user_view_type: 'public' });
  });

  const create = (caller: Caller, ownerLogin: string, body: Record<string, any>) => {
    if (typeof body.name !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(body.name)) {
      throw validationFailed('Repository', 'name', 'custom', 'name is invalid');
    }
    if (state.repos[repoKey(ownerLogin, body.name)]) {
      throw validationFailed('Repository', 'name', 'custom', 'name already exists on this account');
    }
    const t = now(state);
    const repo = addRepo(state, {
      owner: ownerLogin,
      name: body.name,
      description: body.description ?? null,
      homepage: body.homepage ?? null,
      private: body.private ?? body.visibility === 'private',
      has_issues: body.has_issues ?? true,
      // GitHub creates an empty repository unless auto_init asks for a README commit.
      empty: !body.auto_init,
      files: { 'README.md': `# ${body.name}\n${body.description ? `\n${body.description}\n` : ''}` },
      created_at: t
    });
    return json(201, render.fullRepository(repo, reportedPermission(state, caller, repo)));
  };

  api.route('POST', '/user/repos', (req, caller) => {
    requireAuth(caller);
    if (caller.token?.kind === 'integration')
      throw new SimError(403, 'Resource not accessible by integration');
    return create(caller, caller.login, req.json());
  });

  api.route('POST', '/orgs/:org/repos', (req, caller) => {
    requireAuth(caller);
    let org = findUser(state, req.params.org);
    if (!org && caller.admin) org = ensureUser(state, req.params.org, { type: 'Organization' });
    if (!org || org.type !== 'Organization') throw new SimError(404, 'Not Found');
    const role = Object.entries(org.members ?? {}).find(
      ([m]) => m.toLowerCase() === caller.login.toLowerCase()
    )?.[1];
    if (!caller.admin && !role)
      throw new SimError(403, 'You need admin access to the organization before adding a repository to it.');
    if (caller.token?.kind === 'integration' && caller.token.permissions?.administration !== 'write') {
      throw new SimError(403, 'Resource not accessible by integration');
    }
    return create(caller, org.login, req.json());
  });

  api.route('GET', '/repos/:owner/:repo', (req, caller) => {
    const repo = api.repo(req, caller);
    return json(200, render.fullRepository(repo, reportedPermission(state, caller, repo)));
  });

  api.route('PATCH', '/repos/:owner/:repo', (req, caller) => {
    const repo = api.permittedRepo(req, caller, 'administration', 'admin');
    const body = req.json();
    if (typeof body.description === 'string' || body.description === null)
      repo.description = body.description;
    if (typeof body.homepage === 'string') repo.homepage = body.homepage;
    if (typeof body.private === 'boolean') repo.private = body.private;
    if (typeof body.archived === 'boolean') repo.archived = body.archived;
    if (typeof body.has_issues === 'boolean') repo.has_issues = body.has_issues;
    if (typeof body.default_branch === 'string') {
      if (!repo.refs[`refs/heads/${body.default_branch}`])
        throw validationFailed('Repository', 'default_branch', 'invalid');
      repo.default_branch = body.default_branch;
    }
    repo.updated_at = now(state);
    return json(200, render.fullRepository(repo, reportedPermission(state, caller, repo)));
  });

  // The repository setting behind immutable releases.
  api.route('GET', '/repos/:owner/:repo/immutable-releases', (req, caller) => {
    const repo = api.permittedRepo(req, caller, 'administration', 'admin');
    if (!repo.immutable_releases) throw new SimError(404, 'Not Found');
    return json(200, { enabled: true, enforced_by_owner: false });
  });
  for (const [method, on] of [
    ['PUT', true],
    ['DELETE', false]
  ] as const) {
    api.route(method, '/repos/:owner/:repo/immutable-releases', (req, caller) => {
      const repo = api.permittedRepo(req, caller, 'administration', 'admin');
      repo.immutable_releases = on;
      return { status: 204 };
    });
  }

  api.route('POST', '/repos/:owner/:repo/forks', (req, caller) => {
    requireAuth(caller);
    const source = api.repo(req, caller);
    const body = req.json();
    const owner = typeof body.organization === 'string' ? body.organization : caller.login;
    if (caller.token?.kind === 'integration')
      throw new SimError(403, 'Resource not accessible by integration');
    if (typeof body.organization === 'string') {
      const org = findUser(state, body.organization);
      if (!org || !(caller.admin || org.members?.[caller.login])) throw new SimError(404, 'Not Found');
    }
    const name = typeof body.name === 'string' ? body.name : source.name;
    const existing = state.repos[repoKey(owner, name)];
    // Forking again returns the existing fork, as GitHub does.
    if (existing && existing.parent?.toLowerCase() === `${source.owner}/${source.name}`.toLowerCase()) {
      return json(202, render.fullRepository(existing, reportedPermission(state, caller, existing)));
    }
    if (existing)
      throw validationFailed('Repository', 'name', 'custom', 'name already exists on this account');
    const fork = forkRepo(api, source, owner, name, body.default_branch_only === true);
    return json(202, render.fullRepository(fork, reportedPermission(state, caller, fork)));
  });

  api.route('GET', '/repos/:owner/:repo/collaborators/:username/permission', (req, caller) => {
    const repo = api.repo(req, caller);
    requireAuth(caller);
    requirePermission(state, caller, repo, 'metadata', 'read');
    // Below push, GitHub refuses this endpoint on public repositories too.
    if (
      !caller.admin &&
      caller.token?.kind !== 'integration' &&
      PERMISSION_RANK[userPermission(state, caller.login, repo)] < PERMISSION_RANK.write
    ) {
      throw new SimError(403, 'Must have push access to view repository collaborators.');
    }
    const user = findUser(state, req.params.username);
    if (!user) throw new SimError(404, 'Not Found');
    // Everyone can read a public repository, so a stranger is `read` there and `none` on a private one.
    const p = user.login === ADMIN_LOGIN ? 'admin' : userPermission(state, user.login, repo);
    const legacy = p === 'maintain' ? 'write' : p === 'triage' ? 'read' : p;
    // A custom role is reported by its name; `permission` (and `permissions`) carry its base.
    const custom = Object.entries(repo.custom_roles ?? {}).find(
      ([c, r]) => c.toLowerCase() === user.login.toLowerCase() && r.base === p
    )?.[1];
    const roleName = custom?.name ?? p;
    return json(200, {
      permission: legacy,
      role_name: roleName,
      user: { ...render.simpleUser(user), permissions: permissionsFor(p), role_name: roleName }
    });
  });

  const teamOf = (orgName: string, slug: string) => {
    const org = findUser(state, orgName);
    if (!org || org.type !== 'Organization') throw new SimError(404, 'Not Found');
    const team = state.teams.find(
      (t) => t.org.toLowerCase() === org.login.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase()
    );
    if (!team) throw new SimError(404, 'Not Found');
    return { org, team };
  };
  // Installation tokens (GITHUB_TOKEN) hold no organization permission unless an App was granted
  // `members`: GitHub answers them 404 on team endpoints, whatever the membership.
  const canReadTeams = (caller: Caller, org: { members?: Record<string, string> }) =>
    caller.admin ||
    (caller.token?.kind === 'integration'
      ? caller.token.permissions?.members === 'read' || caller.token.permissions?.members === 'write'
      : Object.keys(org.members ?? {}).some((m) => m.toLowerCase() === caller.login?.toLowerCase()));

  api.route('GET', '/orgs/:org/teams/:team', (req, caller) => {
    requireAuth(caller);
    const { org, team } = teamOf(req.params.org, req.params.team);
    if (!canReadTeams(caller, org)) throw new SimError(404, 'Not Found');
    return json(200, {
      id: team.id,
      node_id: render.nodeId('Team', String(team.id)),
      url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}`,
      html_url: `${render.web}/orgs/${org.login}/teams/${team.slug}`,
      name: team.name,
      slug: team.slug,
      description: null,
      privacy: 'closed',
      notification_setting: 'notifications_enabled',
      permission: 'pull',
      members_url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}/members{/member}`,
      repositories_url: `${api.ctx.urls.github}/organizations/${org.id}/team/${team.id}/repos`,
      parent: null,
      members_count: Object.keys(team.members).length,
      repos_count: Object.keys(team.repos).length,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      type: 'organization',
      organization: teamOrganization(api, org)
    });
  });

  api.route('GET', '/orgs/:org/teams/:team/memberships/:username', (req, caller) => {
    requireAuth(caller);
    const { org, team } = teamOf(req.params.org, req.params.team);
    if (!canReadTeams(caller, org)) throw new SimError(404, 'Not Found');
    const role = Object.entries(team.members).find(
      ([m]) => m.toLowerCase() === req.params.username.toLowerCase()
    )?.[1];
    if (!role) throw new SimError(404, 'Not Found');
    return json(200, {
      url: `${api.ctx.urls.github}/teams/${team.id}/memberships/${req.params.username}`,
      role,
      state: 'active'
    });
  });

  api.route('GET', '/repos/:owner/:repo/branches', (req, caller) => {
    const repo = api.repo(req, caller);
    const branches = Object.entries(repo.refs)
      .filter(([r]) => r.startsWith('refs/heads/'))
      .map(([r, sha]) => git.shortBranch(repo, r.slice('refs/heads/'.length), sha))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    return api.listPage(req, branches);
  });

  api.route('GET', '/repos/:owner/:repo/branches/*branch', (req, caller) => {
    const repo = api.repo(req, caller);
    const sha = repo.refs[`refs/heads/${req.params.branch}`];
    if (!sha) throw new SimError(404, 'Branch not found');
    return json(200, git.branch(repo, req.params.branch, sha));
  });

  api.route('GET', '/repos/:owner/:repo/tags', (req, caller) => {
    const repo = api.repo(req, caller);
    const base = `${api.ctx.urls.github}/repos/${repo.owner}/${repo.name}`;
    const tags = Object.entries(repo.refs)
      .filter(([r]) => r.startsWith('refs/tags/'))
      .map(([r, sha]) => {
        const name = r.slice('refs/tags/'.length);
        const commit = resolveCommitish(repo, r) ?? sha;
        return {
          name,
          commit: { sha: commit, url: `${base}/commits/${commit}` },
          zipball_url: `${base}/zipball/refs/tags/${name}`,
          tarball_url: `${base}/tarball/refs/tags/${name}`,
          node_id: render.nodeId('Ref', `${repo.id}:${r}`)
        };
      })
      .reverse();
    return api.listPage(req, tags);
  });
}

/** The organization as GitHub embeds it in a team (`team-organization`). */
function teamOrganization(api: GitHubApi, org: SimUser) {
  const u = api.render.simpleUser(org);
  const url = `${api.ctx.urls.github}/orgs/${org.login}`;
  return {
    login: org.login,
    id: org.id,
    node_id: u.node_id,
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: u.avatar_url,
    description: null,
    html_url: u.html_url,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: org.created_at,
    updated_at: org.created_at,
    archived_at: null
  };
}

function permissionsFor(role: string) {
  const rank = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 }[role] ?? 0;
  return { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 };
}

/** Copies a repository's git data (all branches, or only the default one) into a new fork. */
export function forkRepo(
  api: GitHubApi,
  source: SimRepo,
  owner: string,
  name: string,
  defaultBranchOnly = false
): SimRepo {
  const fork = addRepo(api.state, {
    owner,
    name,
    empty: true,
    private: source.private,
    description: source.description,
    default_branch: source.default_branch
  });
  fork.parent = `${source.owner}/${source.name}`;
  const refs: Record<string, string> = {};
  for (const [ref, sha] of Object.entries(source.refs)) {
    if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/')) continue;
    if (defaultBranchOnly && ref.startsWith('refs/heads/') && ref !== `refs/heads/${source.default_branch}`)
      continue;
    refs[ref] = sha;
  }
  // GitHub answers 202 Accepted and copies the git data afterwards: a fresh fork looks empty for a while.
  const delay = api.state.fork_delay_requests ?? 3;
  if (delay > 0) fork.fork_pending = { requests_left: delay, refs, objects: { ...source.objects } };
  else {
    fork.objects = { ...source.objects };
    fork.refs = refs;
  }
  return fork;
}
