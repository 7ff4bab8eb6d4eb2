import { download, request } from '#core/http.js';
import { USER_AGENT } from '#core/version.js';
import type { HostPacer } from './poll-clock.js';

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
    headers?: Record<string, string>
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
      const res = await request(url, {
        method: options.method,
        headers: { 'user-agent': CRATES_USER_AGENT, ...(options.headers ?? {}) }
      });
      return { status: res.status, headers: res.headers, text: res.text };
    },
    async download(url, toFile, headers = {}) {
      await pacer.wait(url);
      const res = await download(url, {
        toFile,
        hash: 'sha256',
        headers: { 'user-agent': CRATES_USER_AGENT, ...headers }
      });
      return { sha256: res.hashes.sha256!, size: res.size, url: res.url };
    }
  };
}
