import { SimError, type SimRequest } from '../server.js';
import type { SimContext } from '../module.js';
import { findUser } from './seed.js';
import {
  PERMISSION_RANK,
  repoKey,
  type GitHubState,
  type Permission,
  type SimRepo,
  type SimToken,
  type SimUser,
  type TokenScope
} from './state.js';

/** Who is calling: anonymous, the admin token, or a seeded token's user. */
export interface Caller {
  login: string | null;
  user: SimUser | null;
  token: SimToken | null;
  admin: boolean;
  /** The raw credential, for rate-limit accounting. */
  key: string;
}

export const ADMIN_LOGIN = 'sim-admin';

/** GitHub answers an unknown or malformed token with 401 "Bad credentials", whatever the endpoint. */
export function callerOf(state: GitHubState, ctx: SimContext, req: SimRequest): Caller {
  const raw = req.token;
  if (raw === undefined)
    return {
      login: null,
      user: null,
      token: null,
      admin: false,
      key: `ip:${req.headers['x-forwarded-for'] ?? 'local'}`
    };
  if (ctx.isAdmin(raw)) {
    const user = findUser(state, ADMIN_LOGIN)!;
    return { login: ADMIN_LOGIN, user, token: null, admin: true, key: raw };
  }
  const token = state.tokens[raw];
  if (!token) throw new SimError(401, 'Bad credentials');
  const user = findUser(state, token.login) ?? null;
  return { login: token.login, user, token, admin: false, key: raw };
}

export function requireAuth(caller: Caller): asserts caller is Caller & { login: string; user: SimUser } {
  if (!caller.login || !caller.user) throw new SimError(401, 'Requires authentication');
}

/** The permission the caller's user has on a repository, before any token cap. */
export function userPermission(state: GitHubState, login: string | null, repo: SimRepo): Permission | 'none' {
  if (!login) return repo.private ? 'none' : 'read';
  if (login === ADMIN_LOGIN) return 'admin';
  const lower = login.toLowerCase();
  let best: Permission | 'none' = repo.private ? 'none' : 'read';
  const raise = (p: Permission | 'none' | undefined) => {
    if (p && PERMISSION_RANK[p] > PERMISSION_RANK[best]) best = p;
  };
  if (repo.owner.toLowerCase() === lower) raise('admin');
  for (const [c, p] of Object.entries(repo.collaborators)) if (c.toLowerCase() === lower) raise(p);
  for (const [c, r] of Object.entries(repo.custom_roles ?? {})) if (c.toLowerCase() === lower) raise(r.base);
  const owner = findUser(state, repo.owner);
  if (owner?.type === 'Organization' && owner.members) {
    const role = Object.entries(owner.members).find(([m]) => m.toLowerCase() === lower)?.[1];
    if (role === 'admin') raise('admin');
    else if (role === 'member') raise(owner.base_permission ?? 'read');
  }
  const full = `${repo.owner}/${repo.name}`.toLowerCase();
  for (const team of state.teams) {
    if (!Object.keys(team.members).some((m) => m.toLowerCase() === lower)) continue;
    for (const [r, p] of Object.entries(team.repos)) if (r.toLowerCase() === full) raise(p);
  }
  return best;
}

/**
 * The caller's effective permission for one kind of access (`scope`): the user's permission, capped by
 * an integration token's installation repositories and per-scope permissions.
 */
export function effectivePermission(
  state: GitHubState,
  caller: Caller,
  repo: SimRepo,
  scope: TokenScope
): Permission | 'none' {
  if (caller.admin) return 'admin';
  const t = caller.token;
  if (t?.kind === 'integration') {
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    const installed = !t.repositories || t.repositories.some((r) => r.toLowerCase() === full);
    if (!installed) return repo.private ? 'none' : 'read';
    // Without a map: GITHUB_TOKEN's permissive default (write everywhere but administration).
    const cap = t.permissions
      ? (t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none'))
      : scope === 'administration'
        ? 'none'
        : scope === 'metadata'
          ? 'read'
          : 'write';
    if (cap === 'none') return 'read';
    return cap === 'write' ? (scope === 'administration' ? 'admin' : 'write') : 'read';
  }
  const base = userPermission(state, caller.login, repo);
  if (t?.permissions) {
    const cap = t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
    if (cap === 'none') return base === 'none' ? 'none' : repo.private ? 'none' : 'read';
    if (cap === 'read' && PERMISSION_RANK[base] > PERMISSION_RANK.read) return 'read';
  }
  return base;
}

/** The repository, or 404 when it does not exist or the caller cannot see it (GitHub hides private repos). */
export function findRepo(state: GitHubState, caller: Caller, owner: string, name: string): SimRepo {
  const repo = state.repos[repoKey(owner, name)];
  if (!repo) throw new SimError(404, 'Not Found');
  if (repo.private && effectivePermission(state, caller, repo, 'metadata') === 'none')
    throw new SimError(404, 'Not Found');
  return repo;
}

/** Throws GitHub's 403 (or 404 for callers who cannot see the repository) when the permission is short. */
export function requirePermission(
  state: GitHubState,
  caller: Caller,
  repo: SimRepo,
  scope: TokenScope,
  need: Permission
): Permission {
  const have = effectivePermission(state, caller, repo, scope);
  if (PERMISSION_RANK[have] >= PERMISSION_RANK[need]) return have as Permission;
  if (!caller.login) throw new SimError(401, 'Requires authentication');
  if (have === 'none') throw new SimError(404, 'Not Found');
  throw forbidden(caller, need);
}

export function forbidden(caller: Caller, need: Permission): SimError {
  if (caller.token?.kind === 'integration')
    return new SimError(403, 'Resource not accessible by integration');
  if (need === 'admin') return new SimError(403, 'Must have admin rights to Repository.');
  if (caller.token?.permissions) return new SimError(403, 'Resource not accessible by personal access token');
  return new SimError(
    403,
    `Permission to ${caller.login ?? 'anonymous'} denied: must have ${need === 'write' ? 'push' : need} access to repository.`
  );
}

/**
 * GitHub's answer to an installation token reading a private repository through a scope it was not
 * granted (`permissions: { checks: none }` or a `permissions:` block that leaves `checks` out): 403
 * "Resource not accessible by integration", even for a read. Public repositories stay readable.
 */
export function requireReadScope(caller: Caller, repo: SimRepo, scope: TokenScope): void {
  const t = caller.token;
  if (t?.kind !== 'integration' || !t.permissions || !repo.private) return;
  const full = `${repo.owner}/${repo.name}`.toLowerCase();
  if (t.repositories && !t.repositories.some((r) => r.toLowerCase() === full)) return;
  const cap = t.permissions[scope] ?? (scope === 'metadata' ? 'read' : 'none');
  if (cap === 'none') throw new SimError(403, 'Resource not accessible by integration');
}

/** The permission to report in a repository's `permissions`: GitHub shows it to user tokens only. */
export function reportedPermission(
  state: GitHubState,
  caller: Caller,
  repo: SimRepo
): Permission | 'none' | undefined {
  if (!caller.login || caller.token?.kind === 'integration') return undefined;
  return effectivePermission(state, caller, repo, 'administration');
}

/** The `permissions` object GitHub puts in a repository for the caller. */
export function permissionsObject(p: Permission | 'none') {
  const r = PERMISSION_RANK[p];
  return { admin: r >= 5, maintain: r >= 4, push: r >= 3, triage: r >= 2, pull: r >= 1 };
}
