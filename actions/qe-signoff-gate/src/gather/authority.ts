/** Who may approve or waive: repository permission and team membership, each looked up once. */
import * as core from '@actions/core';
import { getErrorMessage, getErrorStatus } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { Authority } from '../approvals.js';
import type { Approver } from '../inputs.js';

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
const BASE_ROLES = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);
/** A look-up the token was not allowed to make: neither yes nor no. */
export const UNKNOWN = 'unknown';

/** A login's role: the base role decisions use, and the name GitHub gave it (a custom role's name). */
export interface Role {
  base: string;
  name: string;
}

export class AuthorityLookup {
  private readonly permissions = new Map<string, Promise<Role>>();
  private readonly teams = new Map<string, Promise<boolean | typeof UNKNOWN>>();
  private readonly teamVisible = new Map<string, Promise<boolean>>();
  private warnedPermissions = false;

  constructor(
    private readonly gh: GitHubClient,
    private readonly repo: Repository
  ) {}

  /**
   * The login's role on the repository. `role_name` is read first because `permission` folds maintain
   * into write and triage into read; a custom role (`role_name: release-qa`) is decided by `permission`,
   * which carries the base role it extends. A token that may not ask gives `unknown`, with a warning.
   */
  role(login: string): Promise<Role> {
    const key = login.toLowerCase();
    let p = this.permissions.get(key);
    if (!p) {
      p = this.gh
        .request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
          ...this.repo,
          username: login
        })
        .then(({ data }): Role => {
          const d = data as unknown as { permission?: string; role_name?: string };
          const name = d.role_name || d.permission || 'none';
          return { base: BASE_ROLES.has(name) ? name : d.permission || 'none', name };
        })
        .catch((e): Role => {
          const status = getErrorStatus(e);
          if (status === 404) return { base: 'none', name: 'none' };
          if (status === 403) {
            this.warnPermissions(e);
            return { base: UNKNOWN, name: UNKNOWN };
          }
          throw e;
        });
      this.permissions.set(key, p);
    }
    return p;
  }

  /** The base role: `admin`, `maintain`, `write`, `triage`, `read`, `none`, or `unknown`. */
  async permission(login: string): Promise<string> {
    return (await this.role(login)).base;
  }

  async canWrite(login: string): Promise<boolean> {
    return WRITE_ROLES.has(await this.permission(login));
  }

  private warnPermissions(e: unknown): void {
    if (this.warnedPermissions) return;
    this.warnedPermissions = true;
    const name = `${this.repo.owner}/${this.repo.repo}`;
    core.warning(
      `The token cannot read permissions on ${name} (403: ${getErrorMessage(e)}): GitHub shows a collaborator's permission only to callers with push access, on public repositories too. ` +
        `Approvals and waivers that rest on write permission are not counted. Pass a token with push access to ${name} in 'token' (GITHUB_TOKEN can read permissions), or list the approvers by login in 'approvers'.`
    );
  }

  /**
   * Whether the token can see the team at all: GitHub answers 404 on a membership both for "not a
   * member" and for a token that cannot read the organisation's teams (GITHUB_TOKEN never can).
   */
  private canSeeTeam(org: string, team: string): Promise<boolean> {
    const key = `${org}/${team}`.toLowerCase();
    let p = this.teamVisible.get(key);
    if (!p) {
      p = this.gh
        .request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: team })
        .then(() => true)
        .catch((e) => {
          const status = getErrorStatus(e);
          if (status === 404 || status === 403) return false;
          throw e;
        });
      this.teamVisible.set(key, p);
    }
    return p;
  }

  /**
   * Whether the login is an active member of `org/team`; `unknown` (with a warning) when the token
   * cannot read the team, so that "cannot tell" is never reported as "not a member".
   */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | typeof UNKNOWN> {
    const key = `${org}/${team}/${login}`.toLowerCase();
    let p = this.teams.get(key);
    if (!p) {
      p = this.gh
        .request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: team,
          username: login
        })
        .then(({ data }) => (data as unknown as { state?: string }).state === 'active')
        .catch(async (e) => {
          const status = getErrorStatus(e);
          if (status !== 404 && status !== 403) throw e;
          if (status === 404 && (await this.canSeeTeam(org, team))) return false;
          this.warnTeam(org, team, `${status}: ${getErrorMessage(e)}`);
          return UNKNOWN;
        });
      this.teams.set(key, p);
    }
    return p;
  }

  private readonly warnedTeams = new Set<string>();
  private warnTeam(org: string, team: string, said: string): void {
    const key = `${org}/${team}`.toLowerCase();
    if (this.warnedTeams.has(key)) return;
    this.warnedTeams.add(key);
    core.warning(
      `Cannot tell who is in team ${org}/${team} (${said}): GitHub answers 404 to a token that cannot read the organisation's teams, as GITHUB_TOKEN never can, whatever the membership. ` +
        `Approvals through ${org}/${team} are not counted. Pass a token with read:org (or a GitHub App token with the Members: read organisation permission) in 'token', or list the approvers by login in 'approvers'.`
    );
  }

  /** Why a login may approve: write access, or listed in `approvers` (directly or through a team). */
  async approvalAuthority(login: string, approvers: Approver[]): Promise<Authority> {
    const role = await this.role(login);
    const roleText = role.name === role.base ? role.base : `${role.name} (${role.base})`;
    if (WRITE_ROLES.has(role.base)) return { allowed: true, via: `${roleText} permission` };
    for (const a of approvers) {
      if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase())
        return { allowed: true, via: 'listed in approvers' };
    }
    const unknownTeams: string[] = [];
    for (const a of approvers) {
      if (a.kind !== 'team') continue;
      const member = await this.isTeamMember(a.org, a.team, login);
      if (member === true) return { allowed: true, via: `member of ${a.org}/${a.team}` };
      if (member === UNKNOWN) unknownTeams.push(`${a.org}/${a.team}`);
    }
    const why =
      role.base === UNKNOWN
        ? `cannot tell ${login}'s permission (the token cannot read permissions)`
        : `${login} has ${roleText} permission`;
    if (unknownTeams.length)
      return {
        allowed: false,
        via: `${why}; cannot tell whether ${login} is in ${unknownTeams.join(', ')} (the token cannot read the team)`
      };
    return { allowed: false, via: `${why} and is not in approvers` };
  }
}
