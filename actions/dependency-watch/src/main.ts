import path from 'node:path';
import { runAction } from '#core/action.js';
import { InputError } from '#core/errors.js';
import type { Report } from '#core/report.js';
import { detectedLockfiles, planEcosystems } from './ecosystems.js';
import {
  compareFindings,
  compareOutdated,
  findingKey,
  meetsThreshold,
  type CheckResult,
  type Finding
} from './findings.js';
import { applyIgnores } from './ignore.js';
import { renderIssueBody, renderReportMarkdown, type IssueModel } from './issue-body.js';
import { decodeState } from './issue-state.js';
import { getTokenIdentity, isAuthoredBy } from '#core/identity.js';
import { markdownText } from '#core/untrusted-text.js';
import { Inputs, Outputs, parseInputs, type DependencyWatchInputs } from './inputs.js';
import { writeReportFiles, type ReportFileData } from './report-files.js';
import { findTrackedIssues, issueMarker, syncTrackingIssue, type TrackedIssue } from './tracking-issue.js';
import { isDirectory } from '#core/files.js';

/**
 * Where people find the full report when the body is cut: the workflow's run list (stable across
 * runs, so a cut body does not change, and so cause a write, on every run).
 */
function reportLink(): string | undefined {
  const server = process.env.GITHUB_SERVER_URL;
  const repo = process.env.GITHUB_REPOSITORY;
  if (!server || !repo) return undefined;
  const workflow = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  return `${server}/${repo}/actions${workflow ? `/workflows/${workflow}` : ''}`;
}

function projectPath(workspace: string, dir: string): string {
  const rel = path.relative(workspace, dir).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

function summarise(
  report: Report,
  results: CheckResult[],
  findings: Finding[],
  inputs: DependencyWatchInputs
): void {
  report.table(
    ['Ecosystem', 'Check', 'Result', 'Detail'],
    results.map((r) => [
      r.ecosystem,
      r.check,
      r.status === 'ok'
        ? '✅ ok'
        : r.status === 'skipped'
          ? '⏭️ skipped'
          : r.infrastructure
            ? '❌ infrastructure failure'
            : '❌ failed',
      r.status === 'ok'
        ? r.check === 'audit'
          ? `${r.findings.length} advisory finding(s) in total`
          : `${r.outdated.length} outdated`
        : `${r.reason ?? ''}${r.advice ? ` — ${r.advice}` : ''}`
    ])
  );
  if (findings.length) {
    report.heading(`Findings at or above ${inputs.threshold}`, 4);
    report.table(
      ['Severity', 'Ecosystem', 'Package', 'Installed', 'Advisory', 'Fixed in'],
      findings
        .slice(0, 200)
        .map((f) => [f.severity, f.ecosystem, f.package, f.installed, f.id, f.fixedIn || '—'])
    );
    if (findings.length > 200) report.text(`… and ${findings.length - 200} more in report.json.`);
  }
}

export async function run(): Promise<void> {
  await runAction('dependency-watch', 'Dependency watch', async (report) => {
    const inputs = parseInputs();
    // `path` and `report-dir` are relative to the workspace, as action.yml says (and as the other actions read paths).
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const dir = path.resolve(workspace, inputs.path);
    if (!isDirectory(dir)) {
      throw new InputError(
        Inputs.Path,
        inputs.path,
        `${JSON.stringify(inputs.path)} is not a directory (resolved to ${dir}).`,
        'Point it at the project holding the lockfile.'
      );
    }
    const plans = planEcosystems(dir, inputs.ecosystems);
    if (!plans.length) {
      throw new InputError(
        Inputs.Path,
        inputs.path,
        `no lockfile in ${JSON.stringify(inputs.path)}.`,
        `dependency-watch detects ${detectedLockfiles()}; point '${Inputs.Path}' at the project or name the ecosystems in '${Inputs.Ecosystems}'.`
      );
    }
    const reportDir = path.resolve(workspace, inputs.reportDir);
    report.output(Outputs.ReportDir, reportDir);

    // The tracking issue is read and written with the token: an installation token whose job's
    // `permissions:` leaves out issues is named now, before the audits, not as a bare 403 after them.
    const [{ createGitHubClient }, { preflightReads }] = await Promise.all([
      import('#core/github.js'),
      import('#core/credentials.js')
    ]);
    const gh = await createGitHubClient(inputs.token);
    await preflightReads(gh, inputs.repository, ['issues'], 'HEAD', Inputs.Token, ['issues']);

    // The runners and parsers (exec, semver, TOML) load only once the inputs are known to be good.
    const { runChecks } = await import('./run-checks.js');
    const results = await runChecks(plans, {
      dir,
      checks: inputs.checks,
      installCargoAudit: inputs.installCargoAudit,
      cargoAuditSha256: inputs.cargoAuditSha256
    });
    const audits = results.filter((r) => r.check === 'audit');
    const failedAudits = audits.filter((r) => r.status === 'failed');
    // Planned ecosystems whose audit did not produce a report (failed, skipped, or not among `checks`).
    const audited = new Set(audits.filter((r) => r.status === 'ok').map((r) => r.ecosystem));
    const notAudited = new Set(plans.map((p) => p.ecosystem).filter((e) => !audited.has(e)));
    const now = new Date();
    const ignores = applyIgnores(
      audits.flatMap((r) => r.findings),
      inputs.ignore,
      now
    );
    const counted = ignores.counted.filter((f) => meetsThreshold(f.severity, inputs.threshold));
    const outdated = results.flatMap((r) => r.outdated).sort(compareOutdated);

    const unknown = failedAudits.length > 0;
    const marker = issueMarker(projectPath(workspace, dir));
    const build = (carriedOver: Finding[], issue?: TrackedIssue) => {
      const findings = [...counted, ...carriedOver].sort(compareFindings);
      const model: IssueModel = {
        marker,
        threshold: inputs.threshold,
        findings,
        keptKeys: new Set(carriedOver.map(findingKey)),
        expired: ignores.expired.filter((e) => meetsThreshold(e.finding.severity, inputs.threshold)),
        ignoredCount: ignores.ignored.length,
        belowThreshold: ignores.counted.length - counted.length,
        outdated,
        failed: results.filter((r) => r.status === 'failed'),
        skipped: results.filter((r) => r.status === 'skipped'),
        reportLink: reportLink()
      };
      const data: ReportFileData = {
        repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
        path: projectPath(workspace, dir),
        threshold: inputs.threshold,
        generatedAt: now.toISOString(),
        status: unknown ? 'unknown' : findings.length ? 'findings' : 'clean',
        findingsCount: unknown ? null : counted.length,
        checks: results,
        findings: audits
          .flatMap((r) => r.findings)
          .sort(compareFindings)
          .map((f) => ({
            ...f,
            atOrAboveThreshold: meetsThreshold(f.severity, inputs.threshold),
            ignored: ignores.ignored.some((i) => i.finding === f),
            expiredIgnore: ignores.expired.some((i) => i.finding === f)
          })),
        carriedOver,
        outdated,
        ignores,
        ...(issue ? { issue: { number: issue.number, url: issue.html_url, state: issue.state } } : {})
      };
      writeReportFiles(reportDir, data, renderReportMarkdown(model, inputs.issueTitle));
      return { findings, model };
    };
    // Written now, so the report survives GitHub being unreachable; rewritten below with the issue.
    build([]);

    // The previous findings live in the tracking issue; read them before deciding anything.
    // Only the token's own issues are the tracking issue: anyone can paste the marker into an issue.
    const identity = await getTokenIdentity(gh, { override: inputs.tokenLogin });
    const marked = await findTrackedIssues(gh, inputs.repository, marker);
    const existing = marked.filter((i) => isAuthoredBy(i, identity));
    const foreign = marked.filter((i) => !isAuthoredBy(i, identity)).sort((a, b) => a.number - b.number);
    if (foreign.length)
      report.status(
        'warn',
        `Ignored ${foreign.map((i) => `#${i.number} (by ${markdownText(i.user?.login ?? 'a deleted account')})`).join(', ')}: it carries the tracking marker but was not written by ${markdownText(identity.login)}, the token's identity.`
      );
    const open = existing.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
    // An audit that did not run says nothing about its ecosystem: its last findings stand.
    const carriedOver = (decodeState(open?.body) ?? []).filter(
      (f) => notAudited.has(f.ecosystem) && meetsThreshold(f.severity, inputs.threshold)
    );
    const { findings, model } = build(carriedOver);
    const { body, omittedRows } = renderIssueBody(model);
    if (omittedRows)
      report.status('warn', `The issue body was cut: ${omittedRows} row(s) are only in the report artifact.`);

    const issue = await syncTrackingIssue(
      gh,
      inputs.repository,
      existing,
      {
        title: inputs.issueTitle,
        labels: inputs.labels,
        assignees: inputs.assignees,
        body,
        findings,
        clean: findings.length === 0 && !unknown,
        closeWhenClean: inputs.closeWhenClean,
        threshold: inputs.threshold,
        identity
      },
      report
    );
    if (issue) build(carriedOver, issue);

    // Unknown is not zero: with an audit that could not run, the count stays empty.
    report.output(Outputs.Findings, unknown ? '' : String(counted.length));
    report.output(Outputs.IssueNumber, issue ? String(issue.number) : '');
    report.output(Outputs.IssueUrl, issue ? issue.html_url : '');
    report.data.findings = counted.length;
    report.data.status = unknown ? 'unknown' : findings.length ? 'findings' : 'clean';

    if (unknown) {
      report.status(
        'fail',
        `Findings unknown: ${failedAudits.map((r) => `${r.command} — ${r.infrastructure ? 'infrastructure failure' : 'failed'}: ${r.reason}`).join('; ')}.`
      );
    } else if (counted.length) {
      report.status('warn', `${counted.length} finding(s) at or above ${inputs.threshold}.`);
    } else {
      report.status('pass', `No findings at or above ${inputs.threshold}.`);
    }
    for (const s of results.filter((r) => r.status === 'skipped'))
      report.status(
        'skip',
        `${s.command || `${s.ecosystem} ${s.check}`}: ${s.reason}${s.advice ? `. ${s.advice}` : ''}`
      );
    if (ignores.unused.length)
      report.status(
        'info',
        `Ignore lines that matched nothing: ${ignores.unused.map((r) => r.id).join(', ')}.`
      );
    summarise(report, results, findings, inputs);

    for (const r of failedAudits) {
      report.fail(
        r.infrastructure ? 'audit-infrastructure' : 'audit-failed',
        `${r.command}: ${r.reason} (previous findings kept; this is not a clean result)`
      );
    }
    if (inputs.failOnFindings && counted.length)
      report.fail('findings', `${counted.length} finding(s) at or above ${inputs.threshold}`);
  });
}
