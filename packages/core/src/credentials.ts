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

/** A `permissions:` entry of a workflow job that reading some evidence needs. */
export type ReadScope = 'contents' | 'issues' | 'pull-requests' | 'checks' | 'statuses' | 'actions';

/** What a fine-grained personal access token calls each scope (its settings page's wording). */
const PAT_PERMISSION: Record<ReadScope, string> = {
  contents: 'Contents',
  issues: 'Issues',
  'pull-requests': 'Pull requests',
  checks: 'Checks',
  statuses: 'Commit statuses',
  actions: 'Actions'
};

// One cheap read per scope, each needing that scope and nothing else; where it can, not the endpoint the
// gathering itself reads, so that the probe's page is not mistaken for the evidence.
function probe(gh: GitHubClient, repo: Repository, scope: ReadScope, ref: string): Promise<unknown> {
  const q = { ...repo, per_page: 1 };
  switch (scope) {
    case 'contents':
      return gh.request('GET /repos/{owner}/{repo}/releases', q);
    case 'issues':
      // Labels need Issues (or Pull requests) read: never refused where GitHub would allow the issues.
      return gh.request('GET /repos/{owner}/{repo}/labels', q);
    case 'pull-requests':
      return gh.request('GET /repos/{owner}/{repo}/pulls', q);
    case 'checks':
      return gh.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...q, ref });
    case 'statuses':
      return gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...q, ref });
    case 'actions':
      return gh.request('GET /repos/{owner}/{repo}/actions/workflows', q);
  }
}

/**
 * Checks, before any evidence is gathered, that the token can read each scope. An installation token
 * (GITHUB_TOKEN, GitHub App) needs the scope even to read a private repository, and a job's
 * `permissions:` block drops every scope it does not name: GitHub then answers 403 "Resource not
 * accessible by integration", which says nothing of which entry is missing. This names it.
 * Anything but a 403 that names no rate limit (a 404 for a commit not pushed yet, an outage) is left to
 * the gathering step, which reports it in context and fails closed.
 * @param ref the commit the check and status probes read.
 * @param writes the scopes the step goes on to write: a missing one is named as `issues: write`.
 * @throws ConfigurationError naming every missing entry (`add \`checks: read\` to the job's permissions`).
 */
export async function preflightReads(
  gh: GitHubClient,
  repo: Repository,
  scopes: readonly ReadScope[],
  ref: string,
  tokenInput = 'token',
  writes: readonly ReadScope[] = []
): Promise<void> {
  const denied: { scope: ReadScope; message: string }[] = [];
  await Promise.all(
    [...new Set(scopes)].map(async (scope) => {
      try {
        await probe(gh, repo, scope, ref);
      } catch (e) {
        const status = getErrorStatus(e);
        if (status === 404) return;
        if (status !== 403) throw e;
        const message = String(
          (e as { response?: { data?: { message?: unknown } } }).response?.data?.message ?? ''
        );
        // A rate limit is a 403 too, and not a missing permission: let the client's error stand.
        if (/rate limit/i.test(message)) throw e;
        denied.push({ scope, message });
      }
    })
  );
  if (denied.length === 0) return;
  denied.sort((a, b) => scopes.indexOf(a.scope) - scopes.indexOf(b.scope));
  const name = `${repo.owner}/${repo.repo}`;
  const level = (scope: ReadScope) => (writes.includes(scope) ? 'write' : 'read');
  const entries = denied.map((d) => `\`${d.scope}: ${level(d.scope)}\``).join(', ');
  const said = [...new Set(denied.map((d) => d.message || '403'))].join('; ');
  const grants = (['read', 'write'] as const)
    .map((l) => denied.filter((d) => level(d.scope) === l).map((d) => PAT_PERMISSION[d.scope]))
    .map((names, i) => (names.length ? `${i ? 'read and write' : 'read'} access to ${names.join(', ')}` : ''))
    .filter(Boolean);
  throw new ConfigurationError(
    `The token in '${tokenInput}' cannot read ${denied.map((d) => d.scope).join(', ')} of ${name} (403: ${said}). ` +
      `For GITHUB_TOKEN, add ${entries} to the job's \`permissions:\` (a \`permissions:\` block leaves out every scope it does not name); ` +
      `for a fine-grained token, grant ${grants.join(' and ')} on ${name}; ` +
      'for a GitHub App, add those repository permissions to the App.'
  );
}
