import { hashAsset, mapBounded, type AssetOpener, type HashedAsset } from './asset-hashing.js';
import {
  CHECKSUM_FILE_LIMIT,
  SIDECAR_LIMIT,
  chooseClaimSources,
  readClaims,
  type ChecksumMode,
  type DigestKind,
  type DigestSource,
  type ListedAbsent,
  type Mismatch
} from './checksum-claims.js';
import type { Inventory } from './inventory.js';
import { assetSha256, type ReleaseAsset } from './release.js';
import { Deadline, sleep, timeScale } from './time-scale.js';

export type { AssetOpener } from './asset-hashing.js';
export {
  DEFAULT_CHECKSUM_FILES,
  type ChecksumMode,
  type DigestKind,
  type DigestSource,
  type ListedAbsent,
  type Mismatch
} from './checksum-claims.js';

import type { DownloadMode } from './asset-check.js';
// One definition, in the asset-check feature (which input reading loads without this engine).
export { DOWNLOAD_MODES, type DownloadMode } from './asset-check.js';

export interface VerificationOptions {
  /** `auto`, `sidecars`, `none`, or the name of a checksum file asset. */
  checksums: ChecksumMode;
  download: DownloadMode;
  allowExtra: boolean;
  /** Smallest acceptable size in bytes (default 1). */
  minSize?: number;
  /** Downloads at once (default 4). */
  concurrency?: number;
  /** Attempts per download (default 3). */
  attempts?: number;
  /** Opens an asset's bytes; needed unless nothing is downloaded. */
  open?: AssetOpener;
  /** Progress messages for the log. */
  log?: (message: string) => void;
}

export type AssetStatus =
  'ok' | 'extra' | 'missing' | 'broken' | 'too-small' | 'mismatch' | 'unexpected' | 'download-failed';

export interface AssetResult {
  name: string;
  /** Whether the inventory names it. */
  expected: boolean;
  status: AssetStatus;
  /** Size the API reports (absent for missing assets). */
  size?: number;
  /** `uploaded` or `starter`, as the API reports. */
  state?: string;
  /** The SHA-256 the asset should have, and which source said so first. */
  expectedSha256?: string;
  expectedSource?: string;
  /** The SHA-256 the asset has: of the downloaded bytes, else the API digest. */
  actualSha256?: string;
  actualSource?: string;
  /** Every SHA-256 gathered for it. */
  digests: DigestSource[];
  /** What is wrong with it, for people. */
  problems: string[];
  url?: string;
}

export interface VerificationResult {
  /**
   * Expected assets in inventory order, then the release's other assets by name: THE result. The name
   * lists below are views computed from these rows (getters), never recorded on their own.
   */
  assets: AssetResult[];
  /** Expected assets present, complete and agreeing with every checksum source. */
  verified: string[];
  /** Expected assets the release does not hold (including broken uploads). */
  missing: string[];
  /** Expected assets whose upload never finished (`starter`). */
  broken: string[];
  /** Assets beyond the expected set; a failure unless `allowExtra`. */
  unexpected: string[];
  /** Assets whose checksum sources (or sizes) disagree. */
  mismatched: string[];
  mismatches: Mismatch[];
  tooSmall: string[];
  /** Assets whose bytes could not be downloaded in full after retries. */
  downloadFailed: string[];
  /** Checksum files read, and the sidecars read. */
  checksumFiles: string[];
  sidecars: string[];
  listedAbsent: ListedAbsent[];
  /** Warnings that do not fail the verification (malformed checksum lines, unused entries). */
  warnings: string[];
  /** Every reason the verification fails, as `{rule, detail}` for `report.fail`. */
  failures: { rule: string; detail: string }[];
  downloads: number;
  downloadedBytes: number;
  passed: boolean;
}

function short(hex: string): string {
  return hex.slice(0, 12) + '…';
}

function isUploaded(asset: ReleaseAsset): boolean {
  return asset.state === 'uploaded';
}

// Claims first, then what GitHub holds: messages read "the checksum file says X, but the API digest says Y".
const KIND_ORDER: DigestKind[] = ['manifest', 'checksum-file', 'sidecar', 'api-digest', 'download'];

function describeDisagreement(digests: DigestSource[]): string {
  const groups = new Map<string, string[]>();
  for (const d of digests) groups.set(d.sha256, [...(groups.get(d.sha256) ?? []), d.label]);
  return [...groups.entries()]
    .map(([hex, labels]) => `${labels.join(' and ')} say${labels.length > 1 ? '' : 's'} ${short(hex)}`)
    .join(', but ');
}

/**
 * Verifies a release's assets against an inventory: which expected assets are present, missing,
 * broken (`starter`) or too small, which are unexpected, and whether every SHA-256 source agrees — the
 * manifest, the checksum file lines, the `.sha256` sidecars, the API `digest`, and the downloaded bytes.
 * Downloads are streamed and hashed (never held in memory) with bounded concurrency.
 * Makes no API request of its own except through `options.open`; the caller lists the assets, so the
 * release action and the sign-off gate share this with the same inputs.
 */
export async function verifyAssets(
  releaseAssets: readonly ReleaseAsset[],
  inventory: Inventory,
  options: VerificationOptions
): Promise<VerificationResult> {
  const log = options.log ?? (() => undefined);
  const minSize = options.minSize ?? 1;
  const concurrency = options.concurrency ?? 4;
  const byName = new Map(releaseAssets.map((a) => [a.name, a]));
  const result: VerificationResult = {
    assets: [],
    verified: [],
    missing: [],
    broken: [],
    unexpected: [],
    mismatched: [],
    mismatches: [],
    tooSmall: [],
    downloadFailed: [],
    checksumFiles: [],
    sidecars: [],
    listedAbsent: [],
    warnings: [],
    failures: [],
    downloads: 0,
    downloadedBytes: 0,
    passed: false
  };
  const failedDownloads = new Set<string>();

  const rows = new Map<string, AssetResult>();
  for (const e of inventory.assets) {
    const asset = byName.get(e.name);
    const row: AssetResult = { name: e.name, expected: true, status: 'ok', digests: [], problems: [] };
    if (e.sha256) row.digests.push({ kind: 'manifest', label: e.source, sha256: e.sha256 });
    if (asset) Object.assign(row, { size: asset.size, state: asset.state, url: asset.browser_download_url });
    rows.set(e.name, row);
  }
  for (const a of [...releaseAssets].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    if (rows.has(a.name)) continue;
    rows.set(a.name, {
      name: a.name,
      expected: false,
      status: 'ok',
      size: a.size,
      state: a.state,
      url: a.browser_download_url,
      digests: [],
      problems: []
    });
  }
  for (const row of rows.values()) {
    const asset = byName.get(row.name);
    const api = asset && isUploaded(asset) ? assetSha256(asset) : undefined;
    if (api) row.digests.push({ kind: 'api-digest', label: 'the API digest', sha256: api });
  }

  // Checksum files and sidecars are read in full (they are small), and hashed on the way like any download.
  const opened = new Map<string, HashedAsset>();
  const open = options.open;
  const download = async (asset: ReleaseAsset, keep = 0) => {
    if (!open) throw new Error('verifyAssets: downloading needs options.open');
    const h = await hashAsset(asset, open, {
      attempts: options.attempts,
      keep,
      onRetry: (a, n, why) => log(`Retrying the download of ${a.name} (attempt ${n}): ${why}`)
    });
    result.downloads += h.attempts;
    result.downloadedBytes += h.bytes;
    opened.set(asset.name, h);
  };
  const sources = chooseClaimSources(options.checksums, releaseAssets);
  await mapBounded([...sources.files, ...sources.sidecars], concurrency, (a) =>
    download(a, sources.files.includes(a) ? CHECKSUM_FILE_LIMIT : SIDECAR_LIMIT)
  );
  const claims = readClaims(sources, opened, releaseAssets);
  for (const [name, list] of claims.byAsset) rows.get(name)!.digests.push(...list);
  result.mismatches.push(...claims.mismatches);
  result.listedAbsent.push(...claims.listedAbsent);
  result.checksumFiles.push(...claims.checksumFiles);
  result.sidecars.push(...claims.sidecars);
  result.warnings.push(...claims.warnings);
  result.failures.push(...claims.failures);

  // Decide what to download and hash: every asset (`always`); those whose bytes are otherwise unknown (`auto`).
  const toHash = releaseAssets.filter((a) => {
    if (!isUploaded(a) || opened.has(a.name)) return false;
    const row = rows.get(a.name)!;
    if (options.download === 'always') return true;
    if (options.download === 'never') return false;
    return !assetSha256(a) && (row.expected || row.digests.length > 0);
  });
  if (toHash.length) {
    log(
      `Downloading and hashing ${toHash.length} asset${toHash.length > 1 ? 's' : ''}, ${concurrency} at a time.`
    );
    await mapBounded(toHash, concurrency, (a) => download(a));
  }
  for (const [name, h] of opened) {
    const row = rows.get(name)!;
    if (h.sha256) row.digests.push({ kind: 'download', label: 'the downloaded bytes', sha256: h.sha256 });
    else if (h.truncated)
      result.mismatches.push({ name, detail: `${h.error} (after ${h.attempts} attempts)` });
    else {
      row.problems.push(`${h.error} (after ${h.attempts} attempts)`);
      failedDownloads.add(name);
    }
  }

  // Classify each asset.
  for (const row of rows.values()) {
    row.digests.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const asset = byName.get(row.name);
    const expectedSpec = inventory.byName.get(row.name);
    const claims = row.digests.filter(
      (d) => d.kind === 'manifest' || d.kind === 'checksum-file' || d.kind === 'sidecar'
    );
    const actual =
      row.digests.find((d) => d.kind === 'download') ?? row.digests.find((d) => d.kind === 'api-digest');
    if (claims[0]) Object.assign(row, { expectedSha256: claims[0].sha256, expectedSource: claims[0].label });
    else if (expectedSpec) row.expectedSource = expectedSpec.source;
    if (actual) Object.assign(row, { actualSha256: actual.sha256, actualSource: actual.label });

    if (!asset) {
      row.status = 'missing';
      row.problems.push('not on the release');
      continue;
    }
    if (!isUploaded(asset)) {
      row.status = 'broken';
      row.problems.push(`its upload never finished (state ${asset.state})`);
      if (!row.expected && options.allowExtra)
        result.warnings.push(
          `${row.name} is an upload that never finished (state ${asset.state}); delete it.`
        );
      continue;
    }
    const disagree = new Set(row.digests.map((d) => d.sha256)).size > 1;
    if (disagree) result.mismatches.push({ name: row.name, detail: describeDisagreement(row.digests) });
    if (expectedSpec?.size !== undefined && expectedSpec.size !== asset.size) {
      result.mismatches.push({
        name: row.name,
        detail: `${expectedSpec.source} says ${expectedSpec.size} byte${expectedSpec.size === 1 ? '' : 's'}, the API says ${asset.size}`
      });
    }
    const mismatched = result.mismatches.some((m) => m.name === row.name);
    if (mismatched) {
      row.status = 'mismatch';
      for (const m of result.mismatches)
        if (m.name === row.name && !row.problems.includes(m.detail)) row.problems.push(m.detail);
    } else if (failedDownloads.has(row.name)) row.status = 'download-failed';
    else if (asset.size < minSize) {
      row.status = 'too-small';
      row.problems.push(`${asset.size} bytes, below the minimum of ${minSize}`);
    }
    if (!row.expected && row.status === 'ok') row.status = options.allowExtra ? 'extra' : 'unexpected';
  }
  result.assets = [...rows.values()];
  defineRowViews(result, options.allowExtra);

  const list = (names: string[]) => names.join(', ');
  if (result.missing.length) {
    const broken = result.broken.length
      ? ` (${result.broken.length} of them uploads that never finished: ${list(result.broken)})`
      : '';
    result.failures.push({
      rule: 'missing',
      detail: `${result.missing.length} expected asset${result.missing.length > 1 ? 's are' : ' is'} missing: ${list(result.missing)}${broken}.`
    });
  }
  if (result.unexpected.length) {
    result.failures.push({
      rule: 'unexpected',
      detail: `${result.unexpected.length} asset${result.unexpected.length > 1 ? 's are' : ' is'} not in the expected set: ${list(result.unexpected)}. Add them to the expected names, delete them, or set allow-extra: true.`
    });
  }
  for (const m of result.mismatches)
    result.failures.push({ rule: 'mismatch', detail: `${m.name}: ${m.detail}.` });
  for (const name of result.downloadFailed) {
    result.failures.push({
      rule: 'download-failed',
      detail: `${name}: ${rows.get(name)!.problems.join('; ')}.`
    });
  }
  if (result.tooSmall.length) {
    result.failures.push({
      rule: 'too-small',
      detail: `Smaller than ${minSize} byte${minSize === 1 ? '' : 's'}: ${list(result.tooSmall)}.`
    });
  }
  // Expected assets are already reported as missing; the rest are names only the checksums mention.
  const unlisted = result.listedAbsent.filter((l) => !result.missing.includes(l.name));
  if (unlisted.length) {
    result.failures.push({
      rule: 'listed-absent',
      detail: `Checksums are listed for assets the release lacks: ${unlisted.map((l) => `${l.name} (${l.source})`).join(', ')}.`
    });
  }
  result.passed = result.failures.length === 0;
  return result;
}

/**
 * Makes the name lists of a result views of its rows: each is computed from `assets` when read, so a fact
 * (this asset is missing) lives in one place, the row's status.
 */
function defineRowViews(result: VerificationResult, allowExtra: boolean): void {
  const names = (keep: (row: AssetResult) => boolean) => () =>
    result.assets.filter(keep).map((row) => row.name);
  const views: Record<string, () => string[]> = {
    verified: names((r) => r.expected && r.status === 'ok'),
    missing: names((r) => r.expected && (r.status === 'missing' || r.status === 'broken')),
    broken: names((r) => r.expected && r.status === 'broken'),
    unexpected: names((r) => !r.expected && !allowExtra),
    mismatched: names((r) => r.status === 'mismatch'),
    tooSmall: names((r) => r.status === 'too-small'),
    downloadFailed: names((r) => r.status === 'download-failed')
  };
  for (const [key, get] of Object.entries(views))
    Object.defineProperty(result, key, { get, enumerable: true, configurable: true });
}

/** Expected assets not yet present and complete (absent, or still `starter`). */
export function pendingAssets(releaseAssets: readonly ReleaseAsset[], inventory: Inventory): string[] {
  const byName = new Map(releaseAssets.map((a) => [a.name, a]));
  return inventory.assets
    .filter((e) => !(byName.get(e.name) && isUploaded(byName.get(e.name)!)))
    .map((e) => e.name);
}

export interface WaitOptions {
  /** How long to keep polling (0: look once). Scaled by RELEASE_KIT_TIME_SCALE, like every wait. */
  timeoutMs: number;
  intervalMs: number;
  /** Called after each listing that still lacks assets, before sleeping. */
  onPending?: (pending: string[], poll: number) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * Lists the release's assets until every expected one is present and `uploaded` (matrix jobs upload
 * late) or the timeout passes; returns the last listing either way. Each poll costs one listing.
 */
export async function waitForExpectedAssets(
  list: () => Promise<ReleaseAsset[]>,
  inventory: Inventory,
  options: WaitOptions
): Promise<{ assets: ReleaseAsset[]; polls: number; pending: string[] }> {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  const deadline = new Deadline(options.timeoutMs, now, options.sleep ? 1 : timeScale());
  for (let poll = 1; ; poll++) {
    const assets = await list();
    const pending = pendingAssets(assets, inventory);
    if (pending.length === 0 || deadline.passed()) return { assets, polls: poll, pending };
    options.onPending?.(pending, poll);
    await wait(Math.min(options.intervalMs, deadline.leftMs()));
  }
}
