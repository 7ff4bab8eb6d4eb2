import { mkdirSync } from 'node:fs';
import { writeFileAtomic } from '#core/write-file.js';
import path from 'node:path';
import { runAction } from '#core/action.js';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import { Report } from '#core/report.js';
import type { Verdict } from './evidence.js';
import { Inputs, Outputs, parseInputs, type GateInputs } from './inputs.js';
import { logInfo } from '#core/untrusted-text.js';

export const ACTION = 'qe-signoff-gate';
const TITLE = 'QE sign-off gate';
/** What the gate reads: workflow runs, check runs, statuses, issues, pull requests, releases and commits. */
const GATE_READS = ['actions', 'checks', 'statuses', 'issues', 'pull-requests', 'contents'] as const;

async function loadInventory(inputs: GateInputs) {
  if (inputs.expectedAssets.length === 0 && !inputs.manifest) return undefined;
  const { buildInventory, versionFromTag } = await import('#core/inventory.js');
  return buildInventory({
    expected: inputs.expectedAssets,
    manifest: inputs.manifest,
    targets: inputs.targets,
    tag: inputs.tag,
    version: inputs.version ?? (inputs.tag ? versionFromTag(inputs.tag) : undefined),
    inputNames: { expected: Inputs.ExpectedAssets, targets: Inputs.Targets, manifest: Inputs.Manifest },
    cwd: process.env.GITHUB_WORKSPACE || process.cwd()
  });
}

/** Writes the gate's own JSON and Markdown reports beside report.json; returns their paths. */
async function writeGateReport(data: unknown, markdown: string): Promise<{ json: string; markdown: string }> {
  const dir = Report.directory();
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, `${ACTION}-decision.json`);
  const md = path.join(dir, `${ACTION}-decision.md`);
  await writeFileAtomic(json, JSON.stringify(data, null, 2) + '\n');
  await writeFileAtomic(md, markdown.trim() + '\n');
  return { json, markdown: md };
}

/**
 * Whatever stops the gate before it decides (a bad input, a missing permission, evidence it could not
 * read) still sets `decision=ABORT` and `reasons`: an empty decision must never pass an `if:` that
 * only tests for ABORT.
 */
function abortUndecided(report: Report, e: unknown): void {
  if (report.outputs[Outputs.Decision] !== undefined) return;
  const reasons =
    e instanceof ConfigurationError
      ? [
          {
            rule: 'configuration-error',
            detail: `The gate is not configured so it can decide, so it says ABORT: ${getErrorMessage(e)}`
          }
        ]
      : [
          {
            rule: 'evidence-unavailable',
            detail: `The evidence could not be gathered completely, so nothing can be decided on it: ${getErrorMessage(e)}`
          }
        ];
  report.output(Outputs.Decision, 'ABORT');
  report.output(Outputs.Reasons, reasons);
  Object.assign(report.data, { decision: 'ABORT', reasons });
}

export async function run(): Promise<void> {
  await runAction(ACTION, TITLE, async (report) => {
    try {
      await gate(report);
    } catch (e) {
      abortUndecided(report, e);
      throw e;
    }
  });
}

async function gate(report: Report): Promise<void> {
  const inputs = parseInputs();
  const inventory = await loadInventory(inputs);

  const [{ createGitHubClient }, { gatherEvidence }, { decide }, { renderReport }] = await Promise.all([
    import('#core/github.js'),
    import('./gather.js'),
    import('./decision.js'),
    import('./render.js')
  ]);
  const gh = await createGitHubClient(inputs.token);
  const repoName = `${inputs.repository.owner}/${inputs.repository.repo}`;
  const runId = Number(process.env.GITHUB_RUN_ID);

  // A 403 halfway through gathering names no permission; find out up front which entry is missing.
  const { preflightReads } = await import('#core/credentials.js');
  await preflightReads(gh, inputs.repository, GATE_READS, inputs.sha, Inputs.Token);

  const gathered = await gatherEvidence(gh, inputs, inventory, {
    callingRunId: Number.isSafeInteger(runId) && runId > 0 ? runId : undefined,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    today: new Date().toISOString().slice(0, 10)
  });
  const { evidence } = gathered;
  const verdict: Verdict = decide(evidence);
  const ctx = { repository: repoName, sha: inputs.sha, tag: inputs.tag };

  renderReport(report, verdict, evidence, ctx);
  const standalone = new Report(ACTION, TITLE);
  renderReport(standalone, verdict, evidence, ctx);
  const markdown = standalone.markdown();

  const data = {
    schema: 'release-kit/qe-signoff-gate@1',
    repository: repoName,
    tag: inputs.tag,
    sha: inputs.sha,
    ...verdict,
    evidence
  };
  Object.assign(report.data, { decision: verdict.decision, reasons: verdict.reasons, evidence });
  const files = await writeGateReport(data, markdown);

  report.output(Outputs.Decision, verdict.decision);
  report.output(Outputs.Reasons, verdict.reasons);
  report.output(Outputs.Report, files.json);
  report.output(Outputs.ReportMarkdown, files.markdown);
  logInfo(`Decision: ${verdict.decision}`);
  for (const r of verdict.reasons) logInfo(`  ${r.rule}: ${r.detail}${r.url ? ` (${r.url})` : ''}`);

  if (inputs.commentOn !== 'none') {
    const { publishComment, publishToRelease } = await import('./publish.js');
    if (inputs.commentOn === 'approval-issue') {
      const { getTokenIdentity } = await import('#core/identity.js');
      const identity = await getTokenIdentity(gh, { override: inputs.tokenLogin });
      report.write(
        await publishComment(
          gh,
          inputs.repository,
          inputs.approvalIssue!,
          markdown,
          gathered.comments ?? [],
          identity
        )
      );
    } else {
      const release = gathered.release?.release;
      if (release) report.write(await publishToRelease(gh, inputs.repository, release, markdown));
      else
        report.write({
          kind: 'release-notes',
          target: `release ${inputs.tag}`,
          result: 'skipped',
          reason: `no single release for tag ${inputs.tag}`
        });
    }
  }

  if (inputs.failOn.includes(verdict.decision)) {
    report.fail('decision', `${verdict.decision} is in fail-on (${inputs.failOn.join(', ')})`);
    for (const r of verdict.reasons)
      if (r.rule !== 'waived' && r.rule !== 'ship-it') report.fail(r.rule, r.detail, r.url);
  }
}
