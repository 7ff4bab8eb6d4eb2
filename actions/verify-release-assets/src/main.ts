import * as core from '@actions/core';
import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '#core/write-file.js';
import path from 'node:path';
import { runAction } from '#core/action.js';
import { ConfigurationError, getErrorStatus } from '#core/errors.js';
import { buildInventory } from '#core/inventory.js';
import { Report } from '#core/report.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';
import { assetReport, renderSummary } from './summary.js';
import { logInfo, markdownLink, markdownText } from '#core/untrusted-text.js';

/** Verifies a release's assets against the expected set; see action.yml and docs.md. */
export async function run(): Promise<void> {
  await runAction('verify-release-assets', 'Verify release assets', async (report) => {
    const inputs = parseInputs();
    const inventory = await buildInventory({
      expected: inputs.expected,
      targets: inputs.targets,
      manifest: inputs.manifest,
      version: inputs.version,
      tag: inputs.tag,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd()
    });
    for (const w of inventory.warnings) core.warning(w);
    logInfo(
      `Expecting ${inventory.assets.length} assets on ${inputs.repository.owner}/${inputs.repository.repo} tag ${inputs.tag}.`
    );

    // Heavy modules (Octokit, the checksum parser) only once the inputs are known to be good.
    const [{ createGitHubClient }, release, { runAssetCheck }, { Deadline, sleep }] = await Promise.all([
      import('#core/github.js'),
      import('#core/release.js'),
      import('#core/asset-check.js'),
      import('#core/time-scale.js')
    ]);
    const gh = await createGitHubClient(inputs.token);
    const repo = inputs.repository;
    // The release itself may not exist yet while the matrix is still creating it.
    const deadline = new Deadline(inputs.waitTimeoutMs);
    // With a wait-timeout this loop already reads the list again, which covers its lag too.
    const lookup = inputs.waitTimeoutMs > 0 ? { listRetries: 0 } : {};
    // The release is the first read, so a 403 there is where a job whose `permissions:` leaves out
    // `contents` shows: core's probe then names the entry (the healthy path pays no extra request).
    let state = await release.findRelease(gh, repo, { tag: inputs.tag }, lookup).catch(async (e: unknown) => {
      if (getErrorStatus(e) === 403) {
        const { preflightReads } = await import('#core/credentials.js');
        await preflightReads(gh, repo, ['contents'], 'HEAD', Inputs.Token);
      }
      throw e;
    });
    while (state.kind === 'absent' && !deadline.passed()) {
      logInfo(`No release for tag ${inputs.tag} yet; looking again in ${inputs.pollIntervalMs / 1000}s.`);
      await sleep(inputs.pollIntervalMs);
      state = await release.findRelease(gh, repo, { tag: inputs.tag }, lookup);
    }
    if (state.kind === 'ambiguous') {
      report.status(
        'fail',
        `${state.matches.length} draft releases exist for tag ${inputs.tag}; which one ships is ambiguous.`
      );
      report.table(
        ['draft', 'id', 'name', 'created'],
        state.matches.map((m) => [
          markdownLink(m.tag_name, m.html_url),
          String(m.id),
          markdownText(m.name ?? ''),
          m.created_at ?? ''
        ])
      );
      report.data.ambiguous = state.matches.map((m) => ({
        id: m.id,
        name: m.name,
        url: m.html_url,
        created_at: m.created_at
      }));
    }
    if (state.kind === 'absent') {
      const waited = inputs.waitTimeoutMs ? ` within wait-timeout (${inputs.waitTimeoutMs / 1000}s)` : '';
      throw new ConfigurationError(
        `There is no release with tag ${inputs.tag} in ${repo.owner}/${repo.repo}${waited}. GitHub shows draft releases only to tokens with write access (contents: write), so a draft may be hidden from this token. Check the tag, create the release before this step, or set wait-timeout when a parallel job creates it.`
      );
    }
    const found = release.requireRelease(state);
    const label = release.describeRelease(state);
    logInfo(`Found ${label}.`);

    const result = await runAssetCheck(inventory, inputs.assetCheck, {
      list: () => release.listAssets(gh, repo, found.id),
      open: (asset) => release.openAssetStream(gh, repo, asset),
      waitMs: deadline.leftMs(),
      pollIntervalMs: inputs.pollIntervalMs,
      log: (m) => logInfo(m)
    });
    for (const w of result.warnings) core.warning(w);

    const json = assetReport(inputs, state, result, { polls: result.polls });
    const file = path.join(Report.directory(), 'verify-release-assets-assets.json');
    mkdirSync(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(json, null, 2) + '\n');
    report.data.verification = json;

    report.output(Outputs.Verified, String(result.verified.length));
    report.output(Outputs.Missing, result.missing);
    report.output(Outputs.Unexpected, result.unexpected);
    report.output(Outputs.Mismatched, result.mismatched);
    report.output(Outputs.Report, file);
    renderSummary(report, inputs, label, found.html_url, result);
    for (const f of result.failures)
      report.fail(f.rule, f.detail, f.rule === 'missing' ? found.html_url : undefined);
  });
}
