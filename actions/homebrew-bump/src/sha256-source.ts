import { InfrastructureError } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import { hashAsset } from '#core/asset-hashing.js';
import { ChecksumFileEncodingError, parseChecksumFile, parseSidecar } from '#core/checksums.js';
import { assetSha256, findRelease, listAssets, openAssetStream, type ReleaseAsset } from '#core/release.js';
import { download } from '#core/http.js';
import type { Sha256Resolver } from '#core/homebrew/formula-bump.js';

// Where a missing sha256 comes from, cheapest and most trustworthy first: for a release asset, what
// the release itself says (GitHub's asset digest, a SHA256SUMS/checksums file, a `.sha256` sidecar —
// all that are present must agree); otherwise the download itself, streamed through a hash.

/** A release asset download URL, `https://<server>/<owner>/<repo>/releases/download/<tag>/<name>`. */
export interface ReleaseAssetRef {
  repo: Repository;
  tag: string;
  name: string;
}

/** Recognises release asset URLs of github.com and of the server in `GITHUB_SERVER_URL`. */
export function parseReleaseAssetUrl(
  url: string,
  serverUrl = process.env.GITHUB_SERVER_URL || 'https://github.com'
): ReleaseAssetRef | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const hosts = new Set(['github.com']);
  try {
    hosts.add(new URL(serverUrl).host);
  } catch {
    // an unparsable GITHUB_SERVER_URL only means no enterprise host to recognise
  }
  if (!hosts.has(u.host) || u.search) return undefined;
  const parts = u.pathname.split('/').slice(1);
  if (parts.length < 6 || parts[2] !== 'releases' || parts[3] !== 'download') return undefined;
  try {
    return {
      repo: { owner: parts[0], repo: parts[1] },
      tag: decodeURIComponent(parts.slice(4, -1).join('/')),
      name: decodeURIComponent(parts[parts.length - 1])
    };
  } catch {
    return undefined;
  }
}

const SUMS = /(^|[-_.])(sha256sums|checksums)(\.txt)?$/i;
const MAX_CHECKSUM_FILE = 1024 * 1024;

/**
 * Streams a release asset through core's hashing (size-checked, retried), keeping up to `keep` bytes.
 * @throws InfrastructureError when its bytes cannot be read in full.
 */
async function readAsset(gh: GitHubClient, repo: Repository, asset: ReleaseAsset, keep = 0) {
  const hashed = await hashAsset(asset, (a) => openAssetStream(gh, repo, a), { keep });
  if (!hashed.sha256)
    throw new InfrastructureError(
      `Could not download release asset ${asset.name} (${hashed.attempts} attempt(s)): ${hashed.error ?? 'incomplete body'}.`
    );
  return { ...hashed, sha256: hashed.sha256, head: hashed.head ?? Buffer.alloc(0) };
}

/** What a release says about one asset's SHA-256, by source. */
async function declaredSha256(
  gh: GitHubClient,
  ref: ReleaseAssetRef,
  assets: ReleaseAsset[],
  asset: ReleaseAsset
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const digest = assetSha256(asset);
  if (digest) found.set('the release asset digest', digest);
  // Only a complete upload can vouch for anything (a `starter` asset is an upload that never finished).
  const readable = (a: ReleaseAsset) => a.state === 'uploaded' && a.size <= MAX_CHECKSUM_FILE;
  for (const sums of assets.filter((a) => SUMS.test(a.name) && readable(a))) {
    let parsed;
    try {
      parsed = parseChecksumFile((await readAsset(gh, ref.repo, sums, MAX_CHECKSUM_FILE)).head, 'sha256');
    } catch (e) {
      if (!(e instanceof ChecksumFileEncodingError)) throw e;
      throw new InfrastructureError(`The release's checksum file ${sums.name} is unreadable: ${e.message}`);
    }
    const entry = parsed.entries.find((e) => e.name === ref.name || e.name.split('/').pop() === ref.name);
    if (entry) found.set(sums.name, entry.hash.toLowerCase());
  }
  for (const suffix of ['.sha256', '.sha256sum']) {
    const sidecar = assets.find((a) => a.name === ref.name + suffix && readable(a));
    if (!sidecar) continue;
    const text = (await readAsset(gh, ref.repo, sidecar, MAX_CHECKSUM_FILE)).head.toString('utf8');
    const parsed = parseSidecar(text, 'sha256');
    if (parsed && (!parsed.name || parsed.name.split('/').pop() === ref.name))
      found.set(sidecar.name, parsed.hash);
  }
  return found;
}

/**
 * Builds the resolver used when `sha256`/`sha256s` leave a download without a digest.
 * @param gh a client for release lookups and asset downloads, when a token is at hand (local mode may
 *   have none); the token stays inside the client.
 */
export function sha256Resolver(gh: GitHubClient | undefined): Sha256Resolver {
  const cache = new Map<string, { sha256: string; source: string }>();
  return async (url) => {
    const cached = cache.get(url);
    if (cached) return cached;
    const ref = parseReleaseAssetUrl(url);
    let result: { sha256: string; source: string } | undefined;
    if (ref && gh) {
      const state = await findRelease(gh, ref.repo, { tag: ref.tag });
      if (state.release && state.kind !== 'ambiguous') {
        const assets = await listAssets(gh, ref.repo, state.release.id);
        const asset = assets.find((a) => a.name === ref.name);
        if (!asset) {
          throw new InfrastructureError(
            `The url ${url} names asset ${ref.name}, which release ${ref.tag} of ${ref.repo.owner}/${ref.repo.repo} does not have (it has: ${assets.map((a) => a.name).join(', ') || 'no assets'}). Check the url template, or upload the asset first.`
          );
        }
        const declared = await declaredSha256(gh, ref, assets, asset);
        const values = new Set(declared.values());
        if (values.size > 1) {
          const detail = [...declared].map(([source, hash]) => `${source}: ${hash}`).join('; ');
          throw new InfrastructureError(
            `The release ${ref.tag} disagrees with itself about ${ref.name}'s SHA-256 (${detail}); fix the release before bumping the formula.`
          );
        }
        if (values.size === 1) result = { sha256: [...values][0], source: [...declared.keys()].join(' + ') };
        else {
          // Nothing declared: stream the asset through the API (private taps' releases need the token).
          const read = await readAsset(gh, ref.repo, asset);
          result = {
            sha256: read.sha256,
            source: `downloading release asset ${asset.name} (${read.bytes} bytes)`
          };
        }
      }
    }
    if (!result) {
      const res = await download(url, { hash: 'sha256' });
      result = { sha256: res.hashes.sha256!, source: `downloading ${url} (${res.size} bytes)` };
    }
    cache.set(url, result);
    return result;
  };
}
