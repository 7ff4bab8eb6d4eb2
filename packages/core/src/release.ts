import { hashAsset } from './asset-hashing.js';
import { githubStoredAssetName } from './asset-name.js';
import { hashBytes } from './hash-files.js';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import * as core from '@actions/core';
import { ConfigurationError, getErrorStatus } from './errors.js';
import { sleep } from './time-scale.js';
import type { GitHubClient } from './github.js';
import type { Repository } from './inputs.js';
import type { WriteResult } from './report.js';
import { SEND_ONCE, writeOnce } from './write-once.js';

/** The fields of a release that release-kit reads. */
export interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  upload_url: string;
  html_url: string;
  body?: string | null;
  target_commitish?: string;
  created_at?: string;
  published_at?: string | null;
  author?: { login: string } | null;
}

/** The fields of a release asset that release-kit reads. */
export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  /** `uploaded`, or `starter` for an upload that never finished. */
  state: string;
  /** `sha256:<hex>` where GitHub computed it. */
  digest?: string | null;
  content_type?: string;
  browser_download_url: string;
  url: string;
  updated_at?: string;
}

/**
 * The state of a release, as every action sees it:
 * - `absent`: no release for that tag or id;
 * - `draft`: exactly one draft (found by listing: the by-tag endpoint never returns drafts);
 * - `published`: published, assets can still change;
 * - `immutable`: published with immutable releases on; assets can no longer be added, replaced or deleted;
 * - `ambiguous`: several drafts for one tag (parallel matrix jobs each created one).
 */
export type ReleaseKind = 'absent' | 'draft' | 'published' | 'immutable' | 'ambiguous';

export interface ReleaseState {
  kind: ReleaseKind;
  /** The release, for `draft`, `published` and `immutable`. */
  release?: Release;
  /** Every release that matched (several for `ambiguous`). */
  matches: Release[];
  /** How the release was asked for, for messages: `tag v1.2.3` or `id 42`. */
  query: string;
  /** How many times the release list was read (more than once when GitHub's list lagged). */
  listReads?: number;
}

/** How often and how long {@link findRelease} reads the list again before it says there is no release. */
export interface FindReleaseOptions {
  /** Reads of the list after the first when the tag is not in it (default 2). */
  listRetries?: number;
  /** The wait before the first re-read, doubled after each (default 1000 ms, time-scaled). */
  listRetryMs?: number;
  /** Where the retries are reported (default the action log). */
  log?: (message: string) => void;
}

export type UploadPolicy = 'skip-identical' | 'replace' | 'fail';
export const UPLOAD_POLICIES: readonly UploadPolicy[] = ['skip-identical', 'replace', 'fail'];

function classify(release: Release): ReleaseKind {
  if (release.draft) return 'draft';
  return release.immutable ? 'immutable' : 'published';
}

/**
 * Finds a release by tag (drafts included) or by id.
 * A tag costs one request when the release is published; for drafts the releases are listed, since
 * GitHub's by-tag endpoint never returns drafts. GitHub's list is eventually consistent: a draft created
 * seconds before can be missing from it, so a tag the list lacks is looked up again a bounded number of
 * times (reported in the log and in `listReads`) before the release is called absent.
 * @throws when the API fails for another reason than "not found".
 */
export async function findRelease(
  gh: GitHubClient,
  repo: Repository,
  query: { tag?: string; id?: number },
  options: FindReleaseOptions = {}
): Promise<ReleaseState> {
  if (query.id !== undefined) {
    const label = `id ${query.id}`;
    try {
      const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: query.id });
      const release = data as unknown as Release;
      return { kind: classify(release), release, matches: [release], query: label };
    } catch (e) {
      if (getErrorStatus(e) === 404) return { kind: 'absent', matches: [], query: label };
      throw e;
    }
  }
  const tag = query.tag;
  if (!tag) throw new ConfigurationError('A release tag or id is needed to find the release.');
  const label = `tag ${tag}`;
  try {
    const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
    const release = data as unknown as Release;
    return { kind: classify(release), release, matches: [release], query: label };
  } catch (e) {
    if (getErrorStatus(e) !== 404) throw e;
  }
  const retries = options.listRetries ?? 2;
  const log = options.log ?? ((m: string) => core.info(m));
  let matches: Release[] = [];
  let reads = 0;
  for (;;) {
    matches = [];
    reads++;
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 })) {
      for (const r of page.data as unknown as Release[]) if (r.tag_name === tag) matches.push(r);
    }
    if (matches.length > 0 || reads > retries) break;
    const waitMs = (options.listRetryMs ?? 1000) * 2 ** (reads - 1);
    log(
      `No release with ${label} in the release list; GitHub's list can lag a draft created seconds ago, so reading it again in ${waitMs / 1000}s (read ${reads + 1} of ${retries + 1}).`
    );
    await sleep(waitMs);
  }
  if (matches.length > 0 && reads > 1)
    log(`Found the release with ${label} on read ${reads} of the release list.`);
  if (matches.length === 0) return { kind: 'absent', matches, query: label, listReads: reads };
  if (matches.length > 1) return { kind: 'ambiguous', matches, query: label, listReads: reads };
  return { kind: classify(matches[0]), release: matches[0], matches, query: label, listReads: reads };
}

/** Describes the state for a person: `draft release v1.2.3 (id 5)`. */
export function describeRelease(state: ReleaseState): string {
  switch (state.kind) {
    case 'absent':
      return `no release with ${state.query}${(state.listReads ?? 1) > 1 ? ` (the release list was read ${state.listReads} times)` : ''}`;
    case 'ambiguous':
      return `${state.matches.length} draft releases with ${state.query} (ids ${state.matches.map((m) => m.id).join(', ')})`;
    default:
      return `${state.kind} release ${state.release!.tag_name} (id ${state.release!.id})`;
  }
}

/**
 * Returns the release, or throws a ConfigurationError that says what to do for `absent` and `ambiguous`.
 */
export function requireRelease(state: ReleaseState): Release {
  if (state.kind === 'absent') {
    throw new ConfigurationError(
      `There is ${describeRelease(state)}. Create the release (a draft is enough) before this step, or check the tag.`
    );
  }
  if (state.kind === 'ambiguous') {
    throw new ConfigurationError(
      `Found ${describeRelease(state)}: parallel jobs each created a draft. Delete the extra drafts, and create the release once in a job that the matrix jobs depend on.`
    );
  }
  return state.release!;
}

/** Lists every asset of a release, 100 per request. */
export async function listAssets(
  gh: GitHubClient,
  repo: Repository,
  releaseId: number
): Promise<ReleaseAsset[]> {
  const assets: ReleaseAsset[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.repos.listReleaseAssets, {
    ...repo,
    release_id: releaseId,
    per_page: 100
  })) {
    assets.push(...(page.data as unknown as ReleaseAsset[]));
  }
  return assets;
}

/** The hex SHA-256 in an asset's `digest`, when GitHub reported one. */
export function assetSha256(asset: Pick<ReleaseAsset, 'digest'>): string | undefined {
  const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

// GitHub renames or rejects names with these; release-kit refuses them rather than guess the new name.
const UNSAFE_ASSET_NAME = /[\x00-\x1f\x7f/\\<>:"|?*]/;

/** Checks an asset name is one GitHub stores as given. Returns a reason when it is not. */
export function assetNameProblem(name: string): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'it is empty or a dot name';
  if (name.length > 255) return 'it is longer than 255 characters';
  if (UNSAFE_ASSET_NAME.test(name)) return 'it holds a path separator, a control character or one of <>:"|?*';
  if (name !== name.trim()) return 'it starts or ends with white space';
  return undefined;
}

function refuseImmutable(state: ReleaseState, what: string): void {
  if (state.kind === 'immutable') {
    throw new ConfigurationError(
      `Cannot ${what}: ${describeRelease(state)} is immutable, so its assets can no longer be added, replaced or deleted. ` +
        'Attach assets while the release is a draft, then publish it (create the release with draft: true, run the upload steps, publish last).'
    );
  }
}

export interface UploadFile {
  name: string;
  /** The file to upload (read into memory: release-kit uploads checksum files and SBOMs, not binaries). */
  path?: string;
  data?: Buffer;
  contentType?: string;
  /**
   * Upload under the name GitHub stores (see {@link githubStoredAssetName}) when it differs from `name`.
   * Without it such an upload is refused before any request: the asset would not be where it is looked for.
   */
  acceptStoredName?: boolean;
}

export interface UploadOutcome {
  result: WriteResult;
  asset?: ReleaseAsset;
  reason?: string;
}

/**
 * Uploads a file to a release under an upload policy, converging on re-runs:
 * - an asset of that name with the same SHA-256 is left alone (`unchanged`) under every policy but `fail`;
 * - `skip-identical` fails on different content, `replace` deletes and re-uploads it, `fail` fails on any
 *   existing asset of that name;
 * - an interrupted upload (`starter`) is always deleted and uploaded again.
 * An immutable release is refused before any request.
 * @param existing the release's assets, when already listed (saves a request per upload).
 */
export async function uploadAsset(
  gh: GitHubClient,
  repo: Repository,
  state: ReleaseState,
  file: UploadFile,
  policy: UploadPolicy,
  existing?: ReleaseAsset[]
): Promise<UploadOutcome> {
  refuseImmutable(state, `upload ${file.name}`);
  const release = requireRelease(state);
  const problem = assetNameProblem(file.name);
  if (problem)
    throw new ConfigurationError(`Cannot upload an asset named ${JSON.stringify(file.name)}: ${problem}.`);
  const stored = githubStoredAssetName(file.name);
  if (stored !== file.name) {
    if (!file.acceptStoredName)
      throw new ConfigurationError(
        `GitHub would store the asset ${JSON.stringify(file.name)} as ${JSON.stringify(stored)} (it turns ~, spaces and every other character outside A-Z a-z 0-9 . _ - + @ into '.', and spells non-ASCII letters in ASCII). Rename the file to ${stored}, or upload it under that name explicitly.`
      );
    file = { ...file, name: stored };
  }
  const data = file.data ?? (file.path ? await readFile(file.path) : undefined);
  if (!data) throw new Error(`uploadAsset: ${file.name} has neither data nor path`);
  const sha256 = hashBytes(data, 'sha256');
  const assets = existing ?? (await listAssets(gh, repo, release.id));
  const current = assets.find((a) => a.name === file.name);
  let replacing = false;
  if (current) {
    const same =
      current.state === 'uploaded' &&
      current.size === data.length &&
      (await remoteSha256(gh, repo, current)) === sha256;
    if (current.state !== 'uploaded') {
      replacing = true;
    } else if (policy === 'fail') {
      throw new ConfigurationError(
        `Asset ${file.name} already exists on ${describeRelease(state)} and on-conflict is 'fail'. Use 'skip-identical' to accept an identical asset, or 'replace'.`
      );
    } else if (same) {
      return { result: 'unchanged', asset: current, reason: 'identical content already attached' };
    } else if (policy === 'skip-identical') {
      throw new ConfigurationError(
        `Asset ${file.name} already exists on ${describeRelease(state)} with different content (sha256 ${remoteLabel(current)} there, ${sha256} here). Set on-conflict: replace to overwrite it.`
      );
    } else replacing = true;
    if (replacing) await deleteAssetOnce(gh, repo, current.id);
  }
  const { value: asset } = await writeOnce({
    what: `upload ${file.name} to ${describeRelease(state)}`,
    write: async () =>
      (
        await gh.request({
          method: 'POST',
          url: release.upload_url,
          name: file.name,
          data,
          headers: {
            'content-type': file.contentType ?? 'application/octet-stream',
            'content-length': data.length
          },
          request: SEND_ONCE
        })
      ).data as ReleaseAsset,
    // The answer was lost: the asset list says whether the bytes arrived.
    landed: async () => {
      const now = (await listAssets(gh, repo, release.id)).find((a) => a.name === file.name);
      if (!now) return undefined;
      if (
        now.state === 'uploaded' &&
        now.size === data.length &&
        (await remoteSha256(gh, repo, now)) === sha256
      )
        return now;
      // A `starter` (an upload cut short) blocks the name: delete it and send the bytes again.
      if (now.state !== 'uploaded' || policy === 'replace') {
        await deleteAssetOnce(gh, repo, now.id);
        return undefined;
      }
      throw new ConfigurationError(
        `Asset ${file.name} appeared on ${describeRelease(state)} with different content while this step uploaded it (sha256 ${remoteLabel(now)} there, ${sha256} here); another job is uploading the same name. Set on-conflict: replace to overwrite it.`
      );
    }
  });
  return {
    result: replacing ? 'updated' : 'created',
    asset: asset as ReleaseAsset,
    reason: current && current.state !== 'uploaded' ? 'replaced an interrupted upload' : undefined
  };
}

function remoteLabel(asset: ReleaseAsset): string {
  return assetSha256(asset) ?? 'unknown';
}

async function remoteSha256(gh: GitHubClient, repo: Repository, asset: ReleaseAsset): Promise<string> {
  const known = assetSha256(asset);
  if (known) return known;
  // Older GitHub Enterprise Server versions report no digest: hash the bytes instead, with the same
  // size check and retries as every other asset download (a cut body must not look like new content).
  const hashed = await hashAsset(asset, (a) => openAssetStream(gh, repo, a));
  if (!hashed.sha256)
    throw new Error(`Could not read the existing asset ${asset.name} to compare it: ${hashed.error}`);
  return hashed.sha256;
}

/** Deletes an asset; an immutable release is refused before any request. */
export async function deleteAsset(
  gh: GitHubClient,
  repo: Repository,
  state: ReleaseState,
  asset: ReleaseAsset
): Promise<void> {
  refuseImmutable(state, `delete ${asset.name}`);
  await deleteAssetOnce(gh, repo, asset.id);
}

/**
 * Deletes an asset; an asset already gone counts as deleted. A DELETE whose answer was lost is
 * replayed by the client, and its 404 means the first one landed: the goal is reached, not an error.
 */
async function deleteAssetOnce(gh: GitHubClient, repo: Repository, assetId: number): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
  } catch (e) {
    if (getErrorStatus(e) !== 404) throw e;
  }
}

/**
 * Opens an asset's bytes as a stream, never buffering the body: the API answers 302 to a download URL
 * that fetch follows (dropping the Authorization header across origins, as the download host wants).
 * Transient failures of the first response are retried by the client; a body that ends early surfaces
 * as a stream error, which callers treat as a failed attempt, never as the asset's content.
 */
export async function openAssetStream(
  gh: GitHubClient,
  repo: Repository,
  asset: Pick<ReleaseAsset, 'id'>
): Promise<AsyncIterable<Uint8Array>> {
  const response = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...repo,
    asset_id: asset.id,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false }
  });
  const body = response.data as unknown as ReadableStream<Uint8Array> | null;
  if (!body) return (async function* () {})();
  return Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>);
}
