/**
 * Expected release assets, checked by core's asset-check feature exactly as verify-release-assets checks
 * them (the same input group, find → wait → verify). The gate adds no rules of its own here: it maps the
 * check's rows and failures to its evidence, so a new verification input needs no change in this file.
 */
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { Inventory } from '#core/inventory.js';
import type { AssetCheckSettings } from '#core/asset-check.js';
import type { Release, ReleaseState } from '#core/release.js';
import type { AssetEvidence } from '../evidence.js';

export interface AssetCheckOptions {
  /** The asset-check inputs, read as core's group by parseInputs. */
  settings: AssetCheckSettings;
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
  const [{ requireRelease, listAssets, openAssetStream }, { runAssetCheck }] = await Promise.all([
    import('#core/release.js'),
    import('#core/asset-check.js')
  ]);
  let release: Release;
  try {
    release = requireRelease(state);
  } catch (e) {
    if (e instanceof ConfigurationError) return unverifiable(inventory, getErrorMessage(e));
    throw e;
  }
  const result = await runAssetCheck(inventory, options.settings, {
    list: () => listAssets(gh, repo, release.id),
    open: (asset) => openAssetStream(gh, repo, asset),
    waitMs: options.waitMs,
    pollIntervalMs: options.pollIntervalMs,
    log: options.log
  });
  const mismatched = result.mismatches.map((m) => ({ name: m.name, detail: m.detail }));
  // Every other failing rule of the check counts against the release: too-small, download-failed,
  // listed-absent, and unexpected (only a failure when allow-extra is false).
  for (const f of result.failures) {
    if (f.rule === 'missing' || f.rule === 'mismatch') continue;
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
