import { ConfigurationError, getErrorStatus } from './errors.js';
import type { GitHubClient } from './github.js';
import type { Repository } from './inputs.js';

export type Access = 'read' | 'write';

export interface RepositoryAccess {
  /** What the token can do, when GitHub says (user tokens); `unknown` for installation tokens. */
  push: boolean | 'unknown';
  defaultBranch: string;
  private: boolean;
  fullName: string;
}

/**
 * Checks, before any write, that the token can see the repository and (for `write`) push to it.
 * A missing, revoked or read-only token fails loudly here, never as a silent skip later.
 * GitHub only reports `permissions` to user tokens; for GITHUB_TOKEN and App tokens the first write
 * is the check, and its 403 is turned into the same advice by {@link explainWriteError}.
 * @throws ConfigurationError naming the repository and what to configure.
 */
export async function preflight(
  gh: GitHubClient,
  repo: Repository,
  need: Access,
  tokenInput = 'token'
): Promise<RepositoryAccess> {
  const name = `${repo.owner}/${repo.repo}`;
  let data: any;
  try {
    ({ data } = await gh.rest.repos.get({ ...repo }));
  } catch (e) {
    const status = getErrorStatus(e);
    if (status === 401) {
      throw new ConfigurationError(
        `The token in '${tokenInput}' was rejected by GitHub (401 Bad credentials): it is missing, expired or revoked. Pass a valid token.`
      );
    }
    if (status === 404 || status === 403) {
      throw new ConfigurationError(
        `Repository ${name} was not found with the token in '${tokenInput}' (${status}): check the repository name, and that the token can read it (a GITHUB_TOKEN only reaches its own repository; use a personal access token or GitHub App token for another).`
      );
    }
    throw e;
  }
  const push = data.permissions
    ? Boolean(data.permissions.push || data.permissions.admin || data.permissions.maintain)
    : 'unknown';
  if (need === 'write' && push === false) {
    throw new ConfigurationError(
      `The token in '${tokenInput}' can read ${name} but not write to it. Give it write access (for GITHUB_TOKEN: \`permissions: contents: write\` in the workflow; for a personal access token: the contents write permission on ${name}).`
    );
  }
  return {
    push,
    defaultBranch: data.default_branch,
    private: Boolean(data.private),
    fullName: data.full_name
  };
}

/** Turns a 403/404 from a write into advice about the token; other errors pass through unchanged. */
export function explainWriteError(
  error: unknown,
  what: string,
  repo: Repository,
  tokenInput = 'token'
): unknown {
  const status = getErrorStatus(error);
  if (status === 403 || status === 404) {
    return new ConfigurationError(
      `Could not ${what} in ${repo.owner}/${repo.repo} (${status}): the token in '${tokenInput}' lacks write access there. ` +
        'Grant it (workflow `permissions:` for GITHUB_TOKEN, or a token with write access to that repository).'
    );
  }
  return error;
}
