/**
 * Who release-kit writes as, so that it adopts only issues and comments it wrote itself. A hidden
 * marker alone proves nothing: anyone may paste it into an issue or a comment on a public repository.
 */
import { getErrorStatus } from './errors.js';

/** The login of the workflow's `GITHUB_TOKEN`, an installation token of the GitHub Actions app. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** A GitHub login (alphanumerics and single hyphens, 39 at most), or an app's bot login `name[bot]`. */
export const LOGIN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(\[bot\])?$/;

/** The identity a token writes as. */
export interface TokenIdentity {
  login: string;
}

/** The slice of Octokit the look-up needs (a `GitHubClient`, an `@octokit/rest` client). */
export interface IdentityClient {
  request(route: 'GET /user'): Promise<{ data: unknown }>;
}

/**
 * The login a token writes as: `GET /user` for a user token. An installation token (the workflow's
 * `GITHUB_TOKEN`, a GitHub App's) is refused there with 403; it writes as its app's bot, which is
 * `github-actions[bot]` for `GITHUB_TOKEN` — pass `override` (such as `my-app[bot]`) for another app.
 * @param octokit a client authenticated with the token.
 * @param options `override`: the login to use without asking; `appBot`: the bot an installation token
 *   writes as (default `github-actions[bot]`).
 * @throws the API error for anything but that 403 (a bad token, a server error): who we are must be
 *   known, never guessed, before something is adopted as ours.
 */
export async function getTokenIdentity(
  octokit: IdentityClient,
  options: { override?: string; appBot?: string } = {}
): Promise<{ login: string }> {
  const override = options.override?.trim();
  if (override) return { login: override };
  try {
    const { data } = await octokit.request('GET /user');
    const login = (data as { login?: unknown } | null)?.login;
    if (typeof login !== 'string' || login === '')
      throw new Error(`GET /user answered without a login: ${JSON.stringify(data).slice(0, 200)}`);
    return { login };
  } catch (e) {
    if (getErrorStatus(e) === 403) return { login: options.appBot ?? ACTIONS_BOT_LOGIN };
    throw e;
  }
}

/**
 * Whether an issue, pull request or comment was written by `identity` (logins compare without case,
 * as GitHub's do). An item without an author (a deleted account) is nobody's.
 * @param item anything with GitHub's `user` field.
 * @param identity from {@link getTokenIdentity}.
 */
export function isAuthoredBy(
  item: { user?: { login?: string } | null },
  identity: { login: string }
): boolean {
  const login = item.user?.login;
  return typeof login === 'string' && login !== '' && login.toLowerCase() === identity.login.toLowerCase();
}
