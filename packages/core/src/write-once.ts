import { getErrorStatus } from './errors.js';
import { sleep } from './time-scale.js';
import { logInfo } from './untrusted-text.js';

/*
 * A write whose answer is lost (a 5xx, a dropped connection, a body cut short) may have happened. The
 * client sends non-idempotent writes once; this loop looks up whether the write landed before sending
 * it again, and adopts what it finds. Every action's creating writes go through it (see writes.ts).
 */

/** The request settings to pass to the one Octokit call of an attempt: no replay by the retry plugin. */
export const SEND_ONCE = { retries: 0 } as const;

export interface WriteOnceOptions<T> {
  /** What is written, for logs: `create issue "Dependency alerts" in acme/tool`. */
  what: string;
  /** One attempt; pass `SEND_ONCE` as the Octokit call's `request` so the client does not replay it. */
  write: () => Promise<T>;
  /** Looks up whether an earlier attempt landed: its result, or undefined when it did not. */
  landed: () => Promise<T | undefined>;
  /** Attempts in all (default 4, like the client's reads). */
  attempts?: number;
}

export interface WriteOnceResult<T> {
  value: T;
  /** True when the write's answer was lost and the landed write was found and adopted. */
  recovered: boolean;
  /** Requests sent for the write itself. */
  attempts: number;
}

/**
 * True for a failure after which the write may have happened: a 5xx, a network error (Octokit reports
 * it as 500), an answer cut short. Rate limits (429, 403 secondary) are refused before the handler runs
 * and are waited out by the client itself.
 */
export function isLostAnswer(error: unknown): boolean {
  const status = getErrorStatus(error);
  return status === undefined ? !!(error as { request?: unknown })?.request : status >= 500;
}

function recount(error: unknown, attempts: number): unknown {
  if (error instanceof Error && /after \d+ attempts?/.test(error.message)) {
    error.message = error.message.replace(
      /after \d+ attempts?/,
      `after ${attempts} attempts (each retry first checked whether the write had landed)`
    );
    (error as { attempts?: number }).attempts = attempts;
  }
  return error;
}

/**
 * Runs a non-idempotent write exactly once across lost answers: after a failure that may hide a landed
 * write, waits (time-scaled backoff), asks `landed()`, adopts its result, or sends the write again.
 * After the last attempt it looks once more, then fails with the last error.
 * @throws the write's own error when it is not a lost answer (4xx), or the last one once attempts run out.
 */
export async function writeOnce<T>(options: WriteOnceOptions<T>): Promise<WriteOnceResult<T>> {
  const attempts = options.attempts ?? 4;
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      await sleep(1000 * (attempt - 1) ** 2);
      const found = await options.landed();
      if (found !== undefined) {
        logInfo(`${options.what}: the answer was lost, but the write had landed; using it.`);
        return { value: found, recovered: true, attempts: attempt - 1 };
      }
      logInfo(`${options.what}: the write had not landed; sending it again (attempt ${attempt}).`);
    }
    try {
      return { value: await options.write(), recovered: false, attempts: attempt };
    } catch (e) {
      if (!isLostAnswer(e)) throw e;
      last = e;
    }
  }
  const found = await options.landed();
  if (found !== undefined) return { value: found, recovered: true, attempts };
  throw recount(last, attempts);
}
