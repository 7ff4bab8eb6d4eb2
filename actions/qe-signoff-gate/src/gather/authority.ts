/** Who may approve or waive: repository permission and team membership, each looked up once. */
import * as core from '@actions/core';
import { getErrorMessage, getErrorStatus } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { Authority } from '../approvals.js';
import type { Approver } from '../inputs.js';

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

export class AuthorityLookup {
  private readonly permissions = new Map<string, Promise<string>>();
  private readonly teams = new Map<string, Promise<boolean>>();

  constructor(
    private readonly gh: GitHubClient,
    private readonly repo: Repository
  ) {}

  /**
   * The login's role on the repository: `admin`, `maintain`, `write`, `triage`, `read` or `none`.
   * `role_name` is read first because `permission` folds maintain into write and triage into read.
   */
  permission(login: string): Promise<string> {
    const key = login.toLowerCase();
    let p = this.permissions.get(key);
    if (!p) {
      p = this.gh
        .request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
          ...this.repo,
          username: login
        })
        .then(({ data }) => {
          const d = data as unknown as { permission?: string; role_name?: string };
          return d.role_name || d.permission || 'none';
        })
        .catch((e) => {
          if (getErrorStatus(e) === 404) return 'none';
          throw e;
        });
      this.permissions.set(key, p);
    }
    return p;
  }

  async canWrite(login: string): Promise<boolean> {
    return WRITE_ROLES.has(await this.permission(login));
  }

  /** Whether the login is an active member of `org/team`; a token that cannot read teams counts as no. */
  isTeamMember(org: string, team: string, login: string): Promise<boolean> {
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
        .catch((e) => {
          const status = getErrorStatus(e);
          if (status === 404) return false;
          if (status === 403) {
            core.warning(
              `Cannot read the membership of team ${org}/${team} (${getErrorMessage(e)}); give the token read:org to count its approvals.`
            );
            return false;
          }
          throw e;
        });
      this.teams.set(key, p);
    }
    return p;
  }

  /** Why a login may approve: write access, or listed in `approvers` (directly or through a team). */
  async approvalAuthority(login: string, approvers: Approver[]): Promise<Authority> {
    const role = await this.permission(login);
    if (WRITE_ROLES.has(role)) return { allowed: true, via: `${role} permission` };
    for (const a of approvers) {
      if (a.kind === 'user' && a.login.toLowerCase() === login.toLowerCase())
        return { allowed: true, via: 'listed in approvers' };
    }
    for (const a of approvers) {
      if (a.kind === 'team' && (await this.isTeamMember(a.org, a.team, login)))
        return { allowed: true, via: `member of ${a.org}/${a.team}` };
    }
    return { allowed: false, via: `${login} has ${role} permission and is not in approvers` };
  }
}
