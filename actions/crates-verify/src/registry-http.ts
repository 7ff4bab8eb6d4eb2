import { download, request } from '../../../packages/core/src/http.js';
import { USER_AGENT } from '../../../packages/core/src/version.js';
import type { HostPacer } from './poll-clock.js';
import { redactSecrets } from '../../../packages/core/src/untrusted-text.js';

/** Runs a request; an error that quotes the server's answer loses the token the request carried. */
async function masking<T>(headers: Record<string, string> | undefined, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof Error) e.message = redactSecrets(e.message, [headers?.authorization]);
    throw e;
  }
}

/** What the action needs of HTTP: text requests and a hashed download, both paced per host. */
export interface RegistryHttp {
  request(
    url: string,
    options?: { method?: string; headers?: Record<string, string> }
  ): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }>;
  /** Downloads to `toFile`, following redirects; throws for a non-2xx answer. */
  download(
    url: string,
    toFile: string,
    headers?: Record<string, string>,
    maxBytes?: number
  ): Promise<{ sha256: string; size: number; url: string }>;
}

/** crates.io's crawler policy asks automated clients to say who they are. */
export const CRATES_USER_AGENT = `${USER_AGENT} crates-verify`;

/**
 * The registry HTTP of the action: core's resilient client (retries with backoff and Retry-After,
 * per-host circuit breaker that logs when it opens, truncation detection) behind the host pacer.
 */
export function createRegistryHttp(pacer: HostPacer): RegistryHttp {
  return {
    async request(url, options = {}) {
      await pacer.wait(url);
      const res = await masking(options.headers, () =>
        request(url, {
          method: options.method,
          headers: { 'user-agent': CRATES_USER_AGENT, ...(options.headers ?? {}) }
        })
      );
      return { status: res.status, headers: res.headers, text: res.text };
    },
    async download(url, toFile, headers = {}, maxBytes) {
      await pacer.wait(url);
      const res = await masking(headers, () =>
        download(url, {
          toFile,
          hash: 'sha256',
          maxBytes,
          headers: { 'user-agent': CRATES_USER_AGENT, ...headers }
        })
      );
      return { sha256: res.hashes.sha256!, size: res.size, url: res.url };
    }
  };
}
