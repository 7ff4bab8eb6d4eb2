import { getErrorStatus } from './errors.js';
import type { GitHubClient } from './github.js';

/** Who the token acts as: the login its issues and comments are authored by. */
export interface TokenIdentity {
  login: string;
  /** How it was learnt: `GET /user`, or the installation token's bot (GET /user answers 403 to those). */
  source: 'user' | 'installation';
}

/** The bot a workflow's GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The token's identity: `GET /user` for user tokens; an installation token (GITHUB_TOKEN, a GitHub
 * App's) gets 403 there and writes as its app's bot, `github-actions[bot]` unless `appBot` names another.
 * @throws for any other failure, so that nobody's issue is adopted on a guess.
 */
export async function getTokenIdentity(gh: GitHubClient, appBot = ACTIONS_BOT): Promise<TokenIdentity> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return { login: data.login, source: 'user' };
  } catch (e) {
    if (getErrorStatus(e) === 403) return { login: appBot, source: 'installation' };
    throw e;
  }
}

/** Whether an issue or comment was written by the token's identity (logins compare case-insensitively). */
export function isAuthoredBy(item: { user?: { login?: string } | null }, identity: TokenIdentity): boolean {
  const login = item.user?.login;
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}
