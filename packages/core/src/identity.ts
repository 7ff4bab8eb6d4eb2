import { getErrorStatus } from './errors.js';
import type { GitHubClient } from './github.js';

/** Who the token writes as. */
export interface TokenIdentity {
  login: string;
}

/** The login GITHUB_TOKEN and GitHub App installation tokens write as, when GET /user refuses them. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

const known = new WeakMap<object, Promise<TokenIdentity>>();

/**
 * The token's own login: `GET /user`, once per client. Installation tokens (GITHUB_TOKEN, App tokens)
 * get 403 there; they write as `fallback` (default `github-actions[bot]`).
 */
export function getTokenIdentity(gh: GitHubClient, fallback = ACTIONS_BOT_LOGIN): Promise<TokenIdentity> {
  let identity = known.get(gh);
  if (!identity) {
    identity = gh
      .request('GET /user')
      .then(({ data }) => ({ login: (data as { login: string }).login }))
      .catch((e: unknown) => {
        if (getErrorStatus(e) === 403) return { login: fallback };
        throw e;
      });
    identity.catch(() => known.delete(gh));
    known.set(gh, identity);
  }
  return identity;
}

/** True when the item (issue, comment, pull request) was written by that identity. */
export function isAuthoredBy(item: { user?: { login?: string } | null }, identity: TokenIdentity): boolean {
  return !!item.user?.login && item.user.login.toLowerCase() === identity.login.toLowerCase();
}
