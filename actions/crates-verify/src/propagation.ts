import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import type { PollClock } from './poll-clock.js';
import type { ApiVersion, IndexLine, RegistryClient } from '#core/crates/registry-client.js';
import { logInfo, logSafe } from '#core/untrusted-text.js';

/**
 * How a version's propagation ended:
 * - `visible`: both the API and the index list it;
 * - `crate-not-found`: neither knows the crate at all (fails at once, no waiting);
 * - `propagating`: one side lists it, the other did not by the deadline;
 * - `never-published`: the crate exists but neither side listed the version by the deadline.
 */
export type PropagationOutcome = 'visible' | 'crate-not-found' | 'propagating' | 'never-published';

export interface Propagation {
  name: string;
  version: string;
  outcome: PropagationOutcome;
  api?: ApiVersion;
  index?: IndexLine;
  /** Input-time ms from the start of polling until each side first listed the version. */
  apiSeenAfterMs?: number;
  indexSeenAfterMs?: number;
  /** Input-time ms spent on this version (until both sides showed it, or the deadline). */
  waitedMs: number;
  /** The last error a source answered with while polling, for the failure message. */
  lastError?: string;
  detail: string;
}

export interface PollOptions {
  timeoutMs: number;
  intervalMs: number;
  /** Growth of the interval after each round without news (backoff), capped at `maxIntervalMs`. */
  backoff?: number;
  maxIntervalMs?: number;
}

interface Pending {
  result: Propagation;
  crateKnown?: boolean;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}s`;

/**
 * Polls the API and the index until every version is listed by both or the deadline passes. A
 * source that fails (after core's retries) is polled again next round; a refused token is not.
 */
export async function waitForVersions(
  client: RegistryClient,
  targets: { name: string; version: string }[],
  clock: PollClock,
  options: PollOptions
): Promise<Propagation[]> {
  const started = clock.elapsed();
  const pending: Pending[] = targets.map((t) => ({
    result: { name: t.name, version: t.version, outcome: 'never-published', waitedMs: 0, detail: '' }
  }));
  let interval = options.intervalMs;
  let round = 0;
  for (;;) {
    let news = false;
    // A version is dated by the round that found it: a first-round find waited 0 s (not the few
    // milliseconds the first requests took, which a time scale below 1 would magnify).
    const roundStart = round++ === 0 ? 0 : clock.elapsed() - started;
    for (const p of pending.filter(
      (x) => x.result.outcome === 'never-published' || x.result.outcome === 'propagating'
    )) {
      const r = p.result;
      // Each source is probed on its own: one failing (after core's retries) does not stop the other.
      const errors: string[] = [];
      const probe = async (source: string, fn: () => Promise<void>) => {
        try {
          await fn();
        } catch (e) {
          if (e instanceof ConfigurationError) throw e;
          errors.push(`${source}: ${getErrorMessage(e)}`);
          core.warning(logSafe(`Polling ${r.name} ${r.version} (${source}): ${getErrorMessage(e)}`));
        }
      };
      let indexAnswered = false;
      if (!r.api) {
        await probe('API', async () => {
          const found = await client.apiVersion(r.name, r.version);
          if (found.kind === 'found') {
            r.api = found.value;
            r.apiSeenAfterMs = roundStart;
            news = true;
          } else if (p.crateKnown === undefined) p.crateKnown = await client.crateExists(r.name);
        });
      }
      if (!r.index) {
        await probe('index', async () => {
          const found = await client.indexLine(r.name, r.version);
          indexAnswered = true;
          if (found.kind === 'found') {
            r.index = found.value;
            r.indexSeenAfterMs = roundStart;
            news = true;
          } else if (found.kind === 'absent') p.crateKnown = true;
        });
      }
      r.lastError = errors.length ? errors.join('; ') : undefined;
      if (r.api && r.index) {
        r.outcome = 'visible';
        r.waitedMs = Math.max(r.apiSeenAfterMs ?? 0, r.indexSeenAfterMs ?? 0);
        r.detail = r.waitedMs > 0 ? `visible in both after ${seconds(r.waitedMs)}` : 'visible in both';
      } else if (p.crateKnown === false && indexAnswered && !r.api && !r.index && !r.lastError) {
        // Neither the API nor the index has ever heard of the crate: waiting cannot help.
        r.outcome = 'crate-not-found';
        r.detail = `crate not found: neither the API nor the index knows a crate named ${r.name}`;
      } else r.outcome = r.api || r.index ? 'propagating' : 'never-published';
    }
    const open = pending.filter(
      (p) => p.result.outcome === 'propagating' || p.result.outcome === 'never-published'
    );
    if (open.length === 0) break;
    const elapsed = clock.elapsed() - started;
    if (elapsed >= options.timeoutMs) {
      for (const p of open) describeTimeout(p.result, elapsed, p.crateKnown);
      break;
    }
    const left = options.timeoutMs - elapsed;
    logInfo(
      `Waiting ${seconds(Math.min(interval, left))} for ${open.map((p) => `${p.result.name} ${p.result.version} (${sides(p.result)})`).join(', ')}`
    );
    await clock.wait(Math.min(interval, left));
    if (!news)
      interval = Math.min(
        interval * (options.backoff ?? 1.5),
        options.maxIntervalMs ?? Math.max(options.intervalMs, 60_000)
      );
  }
  return pending.map((p) => p.result);
}

function sides(r: Propagation): string {
  if (r.api && !r.index) return 'API yes, index not yet';
  if (r.index && !r.api) return 'index yes, API not yet';
  return 'in neither yet';
}

function describeTimeout(r: Propagation, elapsed: number, crateKnown: boolean | undefined): void {
  r.waitedMs = elapsed;
  const why = r.lastError ? ` (last error: ${r.lastError})` : '';
  if (r.api && !r.index) {
    r.detail = `still propagating: the API has listed ${r.name} ${r.version} since ${seconds(r.apiSeenAfterMs ?? 0)}, but the index did not list it within ${seconds(elapsed)} — the index lagged${why}`;
  } else if (r.index && !r.api) {
    r.detail = `still propagating: the index has listed ${r.name} ${r.version} since ${seconds(r.indexSeenAfterMs ?? 0)}, but the API did not within ${seconds(elapsed)} — the API lagged${why}`;
  } else {
    const crate = crateKnown ? `the crate ${r.name} exists but ` : '';
    r.detail = `never published: ${crate}neither the API nor the index listed ${r.name} ${r.version} within ${seconds(elapsed)}${why}`;
  }
}
