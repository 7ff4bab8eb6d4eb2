import { ConfigurationError } from '#core/errors.js';
import type { Report } from '#core/report.js';
import type { Settings } from './inputs.js';

/**
 * Uploads the checksum file and sidecars to the release under the upload policy. The release is
 * found once (drafts included) and its assets listed once; every asset is reported as created,
 * updated or unchanged, so a re-run is a visible no-op.
 */
export async function uploadChecksums(
  upload: NonNullable<Settings['upload']>,
  files: { name: string; abs: string }[],
  report: Report
): Promise<void> {
  const seen = new Map<string, string>();
  for (const f of files) {
    const other = seen.get(f.name);
    if (other)
      throw new ConfigurationError(
        `Two files would upload as the same asset ${JSON.stringify(f.name)}: ${other} and ${f.abs}. Release assets are flat; give the files distinct names.`
      );
    seen.set(f.name, f.abs);
  }
  // Loaded only when uploading: the GitHub client is the heaviest part of the bundle.
  const [{ createGitHubClient }, release] = await Promise.all([
    import('#core/github.js'),
    import('#core/release.js')
  ]);
  const gh = await createGitHubClient(upload.token);
  const state = await release.findRelease(gh, upload.repository, { tag: upload.tag });
  // An immutable release is refused by uploadAsset before any request; listing would be wasted.
  const existing =
    state.kind === 'draft' || state.kind === 'published'
      ? await release.listAssets(gh, upload.repository, state.release!.id)
      : [];
  for (const f of files) {
    const outcome = await release.uploadAsset(
      gh,
      upload.repository,
      state,
      { name: f.name, path: f.abs, contentType: 'text/plain' },
      upload.policy,
      existing
    );
    report.write({
      kind: 'asset',
      target: f.name,
      result: outcome.result,
      reason: outcome.reason,
      url: outcome.asset?.browser_download_url
    });
  }
  report.data.release = { tag: upload.tag, state: state.kind, id: state.release?.id };
}
