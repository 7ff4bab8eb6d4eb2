/**
 * Expected release assets, checked by the same core engine as verify-release-assets (inventory +
 * asset verification) with the same input syntax. The gate adds no rules of its own here: it only
 * sorts the engine's findings into missing and mismatched.
 */
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { Inventory } from '#core/inventory.js';
import type { Release, ReleaseState } from '#core/release.js';
import type { AssetEvidence } from '../evidence.js';

export interface AssetCheckOptions {
  checksums: string;
  /** Time left to wait for late uploads, in ms before RELEASE_KIT_TIME_SCALE (the engine scales it). */
  waitMs: number;
  pollIntervalMs: number;
  log: (message: string) => void;
}

/** Evidence when no release could be found for the assets. */
export function unverifiable(inventory: Inventory, error: string, url?: string): AssetEvidence {
  return {
    checked: true,
    verified: 0,
    missing: [],
    mismatched: [],
    unexpected: [],
    error,
    url,
    rows: inventory.assets.map((a) => ({ name: a.name, status: 'missing', detail: error }))
  };
}

/** Checks the release's assets against the inventory, waiting for late uploads up to `waitMs`. */
export async function checkAssets(
  gh: GitHubClient,
  repo: Repository,
  state: ReleaseState,
  inventory: Inventory,
  options: AssetCheckOptions
): Promise<AssetEvidence> {
  const [{ requireRelease, listAssets, openAssetStream }, { verifyAssets, waitForExpectedAssets }] =
    await Promise.all([import('#core/release.js'), import('#core/asset-verification.js')]);
  let release: Release;
  try {
    release = requireRelease(state);
  } catch (e) {
    if (e instanceof ConfigurationError) return unverifiable(inventory, getErrorMessage(e));
    throw e;
  }
  const { assets, polls } = await waitForExpectedAssets(() => listAssets(gh, repo, release.id), inventory, {
    timeoutMs: options.waitMs,
    intervalMs: Math.max(1, options.pollIntervalMs),
    onPending: (pending, poll) =>
      options.log(
        `Poll ${poll}: ${pending.length} expected asset(s) not uploaded yet: ${pending.slice(0, 5).join(', ')}`
      )
  });
  if (polls > 1) options.log(`Listed the release assets ${polls} times.`);
  const result = await verifyAssets(assets, inventory, {
    checksums: options.checksums,
    download: 'auto',
    allowExtra: true,
    open: (asset) => openAssetStream(gh, repo, asset),
    log: options.log
  });
  const mismatched = result.mismatches.map((m) => ({ name: m.name, detail: m.detail }));
  for (const f of result.failures) {
    if (f.rule === 'missing' || f.rule === 'mismatch' || f.rule === 'unexpected') continue;
    mismatched.push({ name: f.rule, detail: f.detail });
  }
  return {
    checked: true,
    verified: result.verified.length,
    missing: result.missing,
    mismatched,
    unexpected: result.unexpected,
    url: release.html_url,
    rows: result.assets
      .filter((a) => a.expected)
      .map((a) => ({
        name: a.name,
        status: a.status,
        detail:
          a.problems.join('; ') ||
          (a.actualSha256 ? `sha256 ${a.actualSha256.slice(0, 12)}… (${a.actualSource})` : '')
      }))
  };
}
