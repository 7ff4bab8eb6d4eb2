import { download, request } from '../http.js';
import { redactSecrets } from '../untrusted-text.js';
import { USER_AGENT } from '../version.js';

/** Spaces requests per host (crates.io asks for at most one request a second). */
export interface RequestPacer {
  wait(url: string): Promise<void>;
}

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
  /** Downloads to `toFile`, following redirects; throws for a non-2xx answer or more than `maxBytes`. */
  download(
    url: string,
    toFile: string,
    headers?: Record<string, string>,
    maxBytes?: number
  ): Promise<{ sha256: string; size: number; url: string }>;
}

/** The registry's crawler policy asks automated clients to say who they are: release-kit and the action. */
export const registryUserAgent = (agent: string): string => `${USER_AGENT} ${agent}`;
const userAgent = registryUserAgent;

/**
 * The registry HTTP of an action: core's resilient client (retries with backoff and Retry-After,
 * per-host circuit breaker that logs when it opens, truncation detection) behind the host pacer.
 * `agent` names the action in the user agent, as crates.io's crawler policy asks.
 */
export function createRegistryHttp(
  pacer: RequestPacer = { wait: async () => {} },
  agent = 'crates-verify'
): RegistryHttp {
  return {
    async request(url, options = {}) {
      await pacer.wait(url);
      const res = await masking(options.headers, () =>
        request(url, {
          method: options.method,
          headers: { 'user-agent': userAgent(agent), ...(options.headers ?? {}) }
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
          headers: { 'user-agent': userAgent(agent), ...headers }
        })
      );
      return { sha256: res.hashes.sha256!, size: res.size, url: res.url };
    }
  };
}
