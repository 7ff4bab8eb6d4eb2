import type { getOctokit } from '@actions/github';
import * as core from '@actions/core';
import { InputError } from './errors.js';
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
   * The longest rate-limit wait worth sleeping through, in seconds (default `RELEASE_KIT_RATE_LIMIT_MAX_WAIT`,
   * else 300). A primary limit can mean an hour's wait: past this the request fails at once, with the
   * reset time and what to do, instead of holding a runner idle.
   */
  rateLimitMaxWaitSeconds?: number;
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
 * @throws InputError when the token is empty.
 */
export async function createGitHubClient(
  token: string,
  options: GitHubClientOptions = {}
): Promise<GitHubClient> {
  if (!token) {
    throw new InputError(
      'token',
      token,
      'empty.',
      'Pass `token: ${{ secrets.GITHUB_TOKEN }}` or a personal access token / GitHub App token with the permissions this action needs.'
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
  const maxWait = rateLimitMaxWait(options.rateLimitMaxWaitSeconds);
  const onLimit =
    (kind: string) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number) => {
      if (retryAfter > maxWait) return false;
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
  // Registered after the plugins, so it sees the error they gave up on.
  octokit.hook.error('request', (error) => {
    throw explainRateLimit(error, maxWait);
  });
  return checkResponses(octokit);
}

function rateLimitMaxWait(given: number | undefined): number {
  if (given !== undefined) return given;
  const env = Number(process.env.RELEASE_KIT_RATE_LIMIT_MAX_WAIT);
  return process.env.RELEASE_KIT_RATE_LIMIT_MAX_WAIT && Number.isFinite(env) && env >= 0 ? env : 300;
}

/** Seconds to wait from a Retry-After header: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterSeconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - Date.now()) / 1000)) : undefined;
}

/** A secondary limit asking for a longer wait than `maxWait`, explained like the primary one. */
function explainSecondary(
  error: unknown,
  e: { status?: number; response?: unknown },
  headers: Record<string, string>,
  maxWait: number
): unknown {
  const waitS = retryAfterSeconds(headers['retry-after']);
  // No Retry-After: the throttling plugin waits its fallback minute, under the cap, then gives up as is.
  if (waitS === undefined || waitS <= maxWait) return error;
  const at = new Date(Date.now() + waitS * 1000).toISOString();
  const request = (error as { path?: string; route?: string }).path
    ? `${(error as { route?: string }).route?.split(' ')[0] ?? ''} ${(error as { path: string }).path}: `.trimStart()
    : '';
  const explained = new Error(
    `${request}GitHub's secondary rate limit stopped this token's requests; GitHub asks to wait ${waitS}s (until ${at}, in ${Math.max(1, Math.round(waitS / 60))} min), longer than release-kit waits (${maxWait}s; set RELEASE_KIT_RATE_LIMIT_MAX_WAIT to wait longer). ` +
      'Re-run the step after that time. Secondary limits answer many requests in a short time or many at once from one token: stagger jobs that share the token, or give this step a token of its own (a GitHub App installation token).'
  );
  return Object.assign(explained, { status: e.status, response: e.response, cause: error });
}

/**
 * A primary rate limit whose reset is further away than `maxWait` seconds, or a secondary one whose
 * Retry-After is, becomes an error that says when the step can be retried and what to do; every other
 * error passes through unchanged. The status and response stay, so callers that branch on them still can.
 */
export function explainRateLimit(error: unknown, maxWait: number): unknown {
  const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
  const headers = e?.response?.headers ?? {};
  if (e?.status !== 403 && e?.status !== 429) return error;
  if (/secondary rate/i.test(e.message ?? '')) return explainSecondary(error, e, headers, maxWait);
  if (headers['x-ratelimit-remaining'] !== '0') return error;
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return error;
  const waitS = Math.max(0, Math.ceil(reset - Date.now() / 1000));
  if (waitS <= maxWait) return error;
  const at = new Date(reset * 1000).toISOString();
  const explained = new Error(
    `GitHub's primary rate limit for this token is used up (${headers['x-ratelimit-used'] ?? '?'} of ${headers['x-ratelimit-limit'] ?? '?'} requests); it resets at ${at}, in ${Math.max(1, Math.round(waitS / 60))} min, longer than release-kit waits (${maxWait}s; set RELEASE_KIT_RATE_LIMIT_MAX_WAIT to wait longer). ` +
      'Re-run the step after the reset, or use a token with its own allowance: a GitHub App installation token or a personal access token instead of a shared one.'
  );
  return Object.assign(explained, { status: e.status, response: e.response, cause: error });
}
