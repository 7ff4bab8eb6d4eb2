import semver from 'semver';
import { InputError } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import { versionFromTag } from '#core/inventory.js';
import type { Release } from '#core/release.js';
import { isWithdrawn } from './banner.js';
import { Inputs, type RollbackInputs } from './inputs.js';

/** What every step reads: the repository's releases, the bad one and its replacement. */
export interface RollbackContext {
  inputs: RollbackInputs;
  gh: GitHubClient;
  repo: Repository;
  releases: Release[];
  /** The bad release: the published one for the tag, or the draft a deleted tag left behind. */
  bad: Release;
  replacement?: Release;
  /** Why there is no replacement, when there is none. */
  noReplacement?: string;
  /** The bad and replacement versions (tags without a leading v). */
  version: string;
  replacementVersion?: string;
}

/** Every release of the repository (drafts too, for a token that can see them), 100 a page. */
export async function listReleases(gh: GitHubClient, repo: Repository): Promise<Release[]> {
  const out: Release[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 }))
    out.push(...(page.data as unknown as Release[]));
  return out;
}

/** The release a rollback is about: published for the tag, else the draft our tag step left. */
export function findBadRelease(releases: Release[], tag: string): Release {
  const sameTag = releases.filter((r) => r.tag_name === tag);
  const published = sameTag.find((r) => !r.draft);
  if (published) return published;
  const withdrawn = sameTag.find((r) => r.draft && isWithdrawn(r.body ?? null));
  if (withdrawn) return withdrawn;
  if (sameTag.length)
    throw new InputError(
      Inputs.Tag,
      tag,
      `the release for ${tag} is a draft that was never published (ids ${sameTag.map((r) => r.id).join(', ')}); nobody can install it, so there is nothing to roll back`,
      'delete the draft instead.'
    );
  const tags = releases
    .filter((r) => !r.draft)
    .slice(0, 10)
    .map((r) => r.tag_name);
  throw new InputError(
    Inputs.Tag,
    tag,
    `no release has the tag ${tag}.`,
    `Published releases: ${tags.join(', ') || 'none'}.`
  );
}

/**
 * The replacement: the named release, or the newest published, non-prerelease release older than
 * the bad one by semantic version.
 */
export function chooseReplacement(
  releases: Release[],
  bad: Release,
  named?: string
): { release?: Release; why?: string } {
  if (named !== undefined) {
    const r = releases.find((x) => x.tag_name === named && !x.draft);
    if (!r)
      throw new InputError(
        Inputs.Replacement,
        named,
        `no published release has the tag ${named}`,
        'publish it first, or name another.'
      );
    return { release: r };
  }
  const badVersion = semver.coerce(versionFromTag(bad.tag_name), { includePrerelease: true });
  if (!semver.valid(versionFromTag(bad.tag_name)) || !badVersion)
    return {
      why: `${bad.tag_name} is not a semantic version, so no older release can be chosen; pass 'replacement'`
    };
  const older = releases
    .filter((r) => !r.draft && !r.prerelease && r.id !== bad.id)
    .map((r) => ({ r, v: semver.valid(versionFromTag(r.tag_name)) }))
    .filter(
      (x): x is { r: Release; v: string } => x.v !== null && semver.lt(x.v, versionFromTag(bad.tag_name))
    )
    .sort((a, b) => semver.rcompare(a.v, b.v));
  if (!older.length)
    return { why: `no published, non-prerelease release is older than ${bad.tag_name}; pass 'replacement'` };
  return { release: older[0].r };
}

/** Reads the releases and settles on the bad release and its replacement. */
export async function gatherContext(inputs: RollbackInputs, gh: GitHubClient): Promise<RollbackContext> {
  const repo = inputs.repository;
  const releases = await listReleases(gh, repo);
  const bad = findBadRelease(releases, inputs.tag);
  const { release: replacement, why } = chooseReplacement(releases, bad, inputs.replacement);
  return {
    inputs,
    gh,
    repo,
    releases,
    bad,
    replacement,
    noReplacement: why,
    version: versionFromTag(inputs.tag),
    replacementVersion: replacement ? versionFromTag(replacement.tag_name) : undefined
  };
}
