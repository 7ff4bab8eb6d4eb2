/**
 * Gets the asset as users get it and checks its SHA-256 against every claim the release makes: the API
 * digest, a checksum file line, the `.sha256` sidecar. Reuses core's claim reader; no parser of its own.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { hashAsset } from '#core/asset-hashing.js';
import {
  CHECKSUM_FILE_LIMIT,
  SIDECAR_LIMIT,
  chooseClaimSources,
  readClaims,
  type ChecksumMode,
  type DigestSource
} from '#core/checksum-claims.js';
import { getErrorMessage, getErrorStatus } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import { download } from '#core/http.js';
import type { Repository } from '#core/inputs.js';
import { assetSha256, openAssetStream, type Release, type ReleaseAsset } from '#core/release.js';

export interface Problem {
  rule: string;
  detail: string;
}

export interface CheckedAsset {
  /** The downloaded file; undefined when the download failed. */
  file?: string;
  sha256?: string;
  size: number;
  via: 'browser_download_url' | 'api';
  /** Every claim read, with where it came from. */
  claims: DigestSource[];
  problems: Problem[];
  warnings: string[];
}

/**
 * Reads the claims for one asset: the API digest, the checksum file the `checksums` mode chooses, and
 * the asset's own sidecar only.
 */
async function claimsFor(
  gh: GitHubClient,
  repo: Repository,
  asset: ReleaseAsset,
  assets: ReleaseAsset[],
  checksums: ChecksumMode
): Promise<{ claims: DigestSource[]; problems: Problem[]; warnings: string[] }> {
  const all = chooseClaimSources(checksums, assets);
  const sources = {
    files: all.files,
    sidecars: all.sidecars.filter((s) => s.name === `${asset.name}.sha256`),
    missing: all.missing
  };
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const unread = assets.filter((a) => /checksums\.txt$/i.test(a.name) && !all.files.includes(a));
  if (checksums === 'auto' && all.files.length === 0 && unread.length)
    // GoReleaser names its file <project>_<version>_checksums.txt, which auto does not guess.
    warnings.push(
      `the release has ${unread.map((a) => a.name).join(', ')}, which checksums: auto does not read; name it in the checksums input to compare it too`
    );
  const read = new Map<string, Awaited<ReturnType<typeof hashAsset>>>();
  for (const source of [...sources.files, ...sources.sidecars]) {
    const keep = sources.files.includes(source) ? CHECKSUM_FILE_LIMIT : SIDECAR_LIMIT;
    const hashed = await hashAsset(source, (a) => openAssetStream(gh, repo, a), { keep });
    if (hashed.sha256) read.set(source.name, hashed);
    // A claim that cannot be read is not a claim that agrees.
    else
      problems.push({
        rule: 'checksum-unreadable',
        detail: `${source.name} could not be read: ${hashed.error}`
      });
  }
  const parsed = readClaims(sources, read, assets);
  problems.push(...parsed.failures);
  for (const m of parsed.mismatches.filter((x) => x.name === asset.name))
    problems.push({ rule: 'checksum-mismatch', detail: m.detail });
  const claims = [...(parsed.byAsset.get(asset.name) ?? [])];
  const api = assetSha256(asset);
  if (api) claims.unshift({ kind: 'api-digest', label: 'the API digest', sha256: api });
  return { claims, problems, warnings: [...warnings, ...parsed.warnings] };
}

async function viaApi(gh: GitHubClient, repo: Repository, asset: ReleaseAsset, file: string) {
  const hash = createHash('sha256');
  let size = 0;
  const body = await openAssetStream(gh, repo, asset);
  await pipeline(
    body,
    async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.byteLength;
        yield chunk;
      }
    },
    createWriteStream(file)
  );
  return { size, sha256: hash.digest('hex') };
}

/**
 * Downloads `asset` to `file` (its browser_download_url for a published release, as users do; through
 * the API with the token for drafts, and for private repositories whose download URL refuses) and
 * compares the bytes' SHA-256 with every claim.
 */
export async function fetchAndCheck(
  gh: GitHubClient,
  repo: Repository,
  release: Release,
  asset: ReleaseAsset,
  assets: ReleaseAsset[],
  file: string,
  /** The `checksums` input: `auto`, `sidecars`, `none` or a checksum file's name. */
  checksums: ChecksumMode = 'auto'
): Promise<CheckedAsset> {
  const { claims, problems, warnings } = await claimsFor(gh, repo, asset, assets, checksums);
  let via: CheckedAsset['via'] = release.draft ? 'api' : 'browser_download_url';
  let got: { size: number; sha256: string } | undefined;
  try {
    if (via === 'browser_download_url') {
      try {
        const r = await download(asset.browser_download_url, { toFile: file, hash: 'sha256' });
        got = { size: r.size, sha256: r.hashes.sha256! };
      } catch (e) {
        const status = getErrorStatus(e);
        if (status !== 404 && status !== 401 && status !== 403) throw e;
        via = 'api';
      }
    }
    got ??= await viaApi(gh, repo, asset, file);
  } catch (e) {
    problems.push({
      rule: 'download-failed',
      detail: `${asset.name} could not be downloaded: ${getErrorMessage(e)}`
    });
    return { size: 0, via, claims, problems, warnings };
  }
  if (got.size !== asset.size) {
    problems.push({
      rule: 'download-failed',
      detail: `the download of ${asset.name} gave ${got.size} bytes where the API reports ${asset.size}`
    });
    return { size: got.size, via, claims, problems, warnings };
  }
  if (claims.length === 0) {
    problems.push({
      rule: 'checksum-missing',
      detail: `nothing on the release vouches for ${asset.name}: no API digest, no checksum file line, no ${asset.name}.sha256 sidecar`
    });
  }
  const disagree = claims.filter((c) => c.sha256.toLowerCase() !== got.sha256);
  if (disagree.length) {
    problems.push({
      rule: 'checksum-mismatch',
      detail: `${asset.name} downloaded with SHA-256 ${got.sha256}, but ${disagree.map((c) => `${c.label} says ${c.sha256}`).join('; ')}`
    });
  }
  return { file, sha256: got.sha256, size: got.size, via, claims, problems, warnings };
}
