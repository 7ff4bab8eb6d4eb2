import { CircuitOpenError } from '../circuit-breaker.js';
import { getErrorMessage } from '../errors.js';
import type { ApiVersion, Probe, RegistryClient } from './registry-client.js';

/**
 * Reads a version's record after a write. After a failed write the host's circuit breaker may be
 * open: wait for its trial request (a few times at most) rather than give up on a write that landed.
 */
async function readBack(client: RegistryClient, name: string, version: string): Promise<Probe<ApiVersion>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.apiVersion(name, version);
    } catch (e) {
      if (!(e instanceof CircuitOpenError) || attempt >= 3) throw e;
      // retryInMs is already in scaled time.
      await new Promise((r) => setTimeout(r, e.retryInMs + 10));
    }
  }
}

/** What one yank (or unyank) of a version came to. */
export interface YankOutcome {
  name: string;
  version: string;
  /**
   * `updated`: the registry now says what was asked; `unchanged`: it already did; `absent`: no such
   * version (or crate); `not-visible`: the registry accepted the change but its API does not show it yet.
   */
  state: 'updated' | 'unchanged' | 'absent' | 'not-visible';
  /** The API's `yanked` after the call, when the version exists. */
  yanked?: boolean;
  /** The version's checksum as the API reports it. */
  checksum?: string;
  detail: string;
}

/**
 * Yanks (or unyanks) one version, idempotently and exactly once: the API is read first (a version
 * already in the wanted state is left alone), and read back after the write. When the write's answer
 * is lost (a network error or 5xx after retries), the version is read again and a write that landed
 * is adopted instead of failing the step.
 * @throws when the registry refuses the token, or cannot be reached and the state cannot be read.
 */
export async function setYanked(
  client: RegistryClient,
  name: string,
  version: string,
  yank: boolean
): Promise<YankOutcome> {
  const verb = yank ? 'yank' : 'unyank';
  const before = await client.apiVersion(name, version);
  if (before.kind !== 'found') {
    const exists = await client.crateExists(name);
    const detail = exists ? `version ${version} of ${name} was never published` : `crate not found: ${name}`;
    return { name, version, state: 'absent', detail: `cannot ${verb}: ${detail}` };
  }
  const checksum = before.value.checksum;
  if (before.value.yanked === yank) {
    return {
      name,
      version,
      state: 'unchanged',
      yanked: yank,
      checksum,
      detail: `already ${yank ? 'yanked' : 'not yanked'}: nothing to do`
    };
  }
  let writeError: unknown;
  try {
    await client.setYanked(name, version, yank);
  } catch (e) {
    writeError = e;
  }
  const after = await readBack(client, name, version);
  const yanked = after.kind === 'found' ? after.value.yanked : undefined;
  if (yanked === yank) {
    return {
      name,
      version,
      state: 'updated',
      yanked,
      checksum,
      detail: writeError
        ? `${yank ? 'yanked' : 'unyanked'}: the answer to the ${verb} was lost (${getErrorMessage(writeError)}), and the API confirms yanked=${yank}`
        : `${yank ? 'yanked' : 'unyanked'}; the API confirms yanked=${yank}`
    };
  }
  if (writeError) throw writeError;
  return {
    name,
    version,
    state: 'not-visible',
    yanked,
    checksum,
    detail: `the registry accepted the ${verb} but the API still says yanked=${yanked}`
  };
}
