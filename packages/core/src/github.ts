import type { getOctokit } from '@actions/github';
import * as core from '@actions/core';
import { ConfigurationError } from './errors.js';
import { checkResponses } from './github-responses.js';
import { timeScale } from './time-scale.js';
import { USER_AGENT } from './version.js';

/** The Octokit every action uses: REST methods, pagination, retry and throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** API base URL; defaults to `GITHUB_API_URL` (GitHub Enterprise Server works by that alone). */
  baseUrl?: string;
  /** Attempts after the first for 5xx and network errors (default 3). */
  retries?: number;
  /** Attempts after the first for primary and secondary rate limits (default 3). */
  rateLimitRetries?: number;
  /**
   * Mask the token in the log (default true). Only the CLI's demo turns it off, for the fixed
   * tokens of its own simulator, whose `::add-mask::` lines would only clutter a terminal.
   */
  mask?: boolean;
}

/** The API base URL: `GITHUB_API_URL`, else github.com's. */
export function apiBaseUrl(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

// Writes are spaced one second apart (GitHub's guidance for mutating requests); a duck-typed group
// keeps that spacing scalable with RELEASE_KIT_TIME_SCALE instead of Bottleneck's fixed minTime.
function spacedGroup(minTime: number) {
  let next = 0;
  const limiter = {
    schedule: async (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => {
      const now = Date.now();
      const at = Math.max(now, next);
      next = at + minTime;
      if (at > now) await new Promise((r) => setTimeout(r, at - now));
      return fn(...args);
    }
  };
  // Only `key(id).schedule()` is called on these groups by the throttling plugin.
  return { key: () => limiter } as never;
}

/**
 * Builds the GitHub client from a token. The token is masked before anything else happens.
 * @throws ConfigurationError when the token is empty.
 */
export async function createGitHubClient(
  token: string,
  options: GitHubClientOptions = {}
): Promise<GitHubClient> {
  if (!token) {
    throw new ConfigurationError(
      "Input 'token' is empty. Pass `token: ${{ secrets.GITHUB_TOKEN }}` or a personal access token / GitHub App token with the permissions this action needs."
    );
  }
  if (options.mask !== false) core.setSecret(token);
  const [github, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ]);
  const scale = timeScale();
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryCount < rateLimitRetries) {
        core.warning(
          `GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 2}).`
        );
        return true;
      }
      core.warning(
        `GitHub ${kind} rate limit on ${req.method} ${req.url}; giving up after ${retryCount + 1} attempts.`
      );
      return false;
    };
  const octokit = github.getOctokit(
    token,
    {
      baseUrl: (options.baseUrl ?? apiBaseUrl()).replace(/\/+$/, ''),
      userAgent: USER_AGENT,
      retry: {
        retries: options.retries ?? 3,
        retryAfterBaseValue: 1000 * scale,
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
      },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: 1000 * scale,
        fallbackSecondaryRateRetryAfter: 60,
        write: spacedGroup(1000 * scale),
        notifications: spacedGroup(3000 * scale)
      }
    },
    retry,
    throttling
  );
  return checkResponses(octokit);
}
