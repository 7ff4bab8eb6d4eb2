import { mkdir } from 'node:fs/promises';
import { writeFileAtomic } from '#core/write-file.js';
import path from 'node:path';
import { runAction } from '#core/action.js';
import { ConfigurationError } from '#core/errors.js';
import type { Report } from '#core/report.js';
import { Inputs, Outputs, parseInputs, type Settings } from './inputs.js';
import { markdownText } from '#core/untrusted-text.js';

const CONTENT_TYPE = 'application/json';

/**
 * Finds the target release first: an immutable, absent or ambiguous release is refused before
 * anything is generated.
 */
async function openRelease(attach: NonNullable<Settings['attach']>) {
  const { createGitHubClient } = await import('#core/github.js');
  const release = await import('#core/release.js');
  const gh = await createGitHubClient(attach.token);
  const state = await release.findRelease(gh, attach.repository, { tag: attach.tag, id: attach.id });
  if (state.kind === 'immutable') {
    throw new ConfigurationError(
      `Cannot attach SBOMs: ${release.describeRelease(state)} is immutable, so assets can no longer be added. ` +
        'Create the release as a draft, attach the SBOMs (and other assets) while it is a draft, then publish it.'
    );
  }
  const target = release.requireRelease(state);
  return { gh, state, target, release };
}

async function attachFiles(
  report: Report,
  attach: NonNullable<Settings['attach']>,
  opened: Awaited<ReturnType<typeof openRelease>>,
  files: { name: string; data: Buffer }[]
): Promise<void> {
  const { gh, state, release } = opened;
  // Every name is checked before the first upload, so that a refusal leaves nothing half-attached.
  const { githubStoredAssetName } = await import('#core/asset-name.js');
  const renamed = files
    .map((f) => ({ name: f.name, stored: githubStoredAssetName(f.name) }))
    .filter((f) => f.stored !== f.name);
  if (renamed.length && !attach.acceptStoredName)
    throw new ConfigurationError(
      `GitHub would store ${renamed.map((f) => `${JSON.stringify(f.name)} as ${JSON.stringify(f.stored)}`).join(', ')} ` +
        "(it turns ~, spaces and every other character outside A-Z a-z 0-9 . _ - + @ into '.', and spells non-ASCII letters in ASCII). " +
        `Rename the file, or set ${Inputs.AcceptStoredName}: true to upload it under the stored name.`
    );
  const existing = await release.listAssets(gh, attach.repository, opened.target.id);
  const assets: { name: string; result: string; url?: string }[] = [];
  const { explainWriteError } = await import('#core/credentials.js');
  for (const f of files) {
    const outcome = await release
      .uploadAsset(
        gh,
        attach.repository,
        state,
        { name: f.name, data: f.data, contentType: CONTENT_TYPE, acceptStoredName: attach.acceptStoredName },
        attach.policy,
        existing
      )
      .catch((e: unknown) => {
        // A 403/404 here is a token without write access: say so instead of passing the raw API error on.
        throw explainWriteError(e, `upload ${f.name}`, attach.repository);
      });
    const url = outcome.asset?.browser_download_url;
    // With accept-stored-name the asset may carry the name GitHub stored rather than the file's.
    const name = outcome.asset?.name ?? f.name;
    const reason = name === f.name ? outcome.reason : `stored by GitHub as ${name} (accept-stored-name)`;
    report.write({ kind: 'asset', target: name, result: outcome.result, reason, url });
    assets.push({ name, result: outcome.result, url });
  }
  report.output(Outputs.Assets, assets);
  report.status(
    'pass',
    `Attached ${files.length} SBOM${files.length === 1 ? '' : 's'} to ${release.describeRelease(state)}.`
  );
}

/** The checked-out source, `git+<server>/<owner>/<repo>@<sha>`, from the runner's context. */
function sourceLocation(): string | undefined {
  const server = process.env.GITHUB_SERVER_URL?.replace(/\/+$/, '');
  const repo = process.env.GITHUB_REPOSITORY;
  const sha = process.env.GITHUB_SHA;
  if (!server || !/^https?:\/\/[^\s]+$/.test(server) || !repo || !/^[\w.-]+\/[\w.-]+$/.test(repo))
    return undefined;
  return `git+${server}/${repo}${sha && /^[0-9a-f]{40}$/.test(sha) ? `@${sha}` : ''}`;
}

export async function run(): Promise<void> {
  await runAction('sbom-attach', 'SBOM', async (report) => {
    const settings = parseInputs();
    const cwd = process.cwd();
    const root = path.resolve(cwd, settings.path);
    const opened = settings.attach ? await openRelease(settings.attach) : undefined;
    const outDir = path.resolve(cwd, settings.outputDir);

    if (settings.sbomFile) {
      const { loadForeignSbom } = await import('./foreign.js');
      const { ntiaMark } = await import('./ntia.js');
      const foreign = await loadForeignSbom(path.resolve(cwd, settings.sbomFile), settings.sbomFile);
      report.status(
        'pass',
        `${settings.sbomFile} is valid ${foreign.label} JSON (${foreign.components} components).`
      );
      report.output(Outputs.Files, [settings.sbomFile]);
      report.output(
        foreign.format === 'spdx-json' ? Outputs.SpdxFile : Outputs.CyclonedxFile,
        settings.sbomFile
      );
      report.output(Outputs.Components, String(foreign.components));
      report.heading('NTIA minimum elements');
      report.table(
        ['element', 'present', 'detail'],
        foreign.ntia.map((e) => [e.element, ntiaMark(e), markdownText(e.detail, { max: 1_000 })])
      );
      report.data.sbomFile = {
        file: settings.sbomFile,
        format: foreign.format,
        components: foreign.components,
        ntia: foreign.ntia
      };
      if (settings.attach && opened)
        await attachFiles(report, settings.attach, opened, [
          { name: foreign.fileName, data: foreign.content }
        ]);
      else report.text('No release-tag or release-id: validated only, nothing attached.');
      return;
    }

    const { generateSboms } = await import('./generate.js');
    const { renderSummary } = await import('./summary.js');
    const tag = opened?.target.tag_name ?? settings.attach?.tag;
    const generated = await generateSboms({
      root,
      cwd,
      lockfiles: settings.lockfiles,
      artifacts: settings.artifacts,
      formats: settings.formats,
      name: settings.name,
      version: settings.version,
      tagVersion: tag?.replace(/^v(?=\d)/, ''),
      includeDev: settings.includeDev,
      supplier:
        settings.attach?.repository.owner || process.env.GITHUB_REPOSITORY?.split('/')[0] || undefined,
      releaseCreatedAt: opened?.target.created_at,
      sourceLocation: sourceLocation()
    });
    await mkdir(outDir, { recursive: true });
    const written: string[] = [];
    const files: { name: string; data: Buffer }[] = [];
    for (const doc of generated.documents) {
      const file = path.join(outDir, doc.fileName);
      const result = await writeFileAtomic(file, doc.content);
      const shown = path.relative(cwd, file).split(path.sep).join('/');
      written.push(shown);
      report.write({ kind: 'file', target: shown, result });
      files.push({ name: doc.fileName, data: Buffer.from(doc.content) });
      report.output(doc.format === 'spdx-json' ? Outputs.SpdxFile : Outputs.CyclonedxFile, shown);
    }
    report.output(Outputs.Files, written);
    report.output(Outputs.Components, String(generated.project.packages.length));
    renderSummary(report, generated, written);
    if (settings.attach && opened) await attachFiles(report, settings.attach, opened, files);
    else report.text('No release-tag or release-id: the SBOMs were written and validated, nothing attached.');
  });
}
