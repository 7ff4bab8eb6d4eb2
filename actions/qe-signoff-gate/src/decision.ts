/**
 * The decision rules, a pure function of the evidence (documented in docs.md, tested rule by rule):
 * - ABORT: a required workflow/check/status/report failed, or had not finished by the deadline (with
 *   timeout-decision ABORT); nothing required at all (no CI evidence) unless allow-no-ci; an expected asset missing or mismatched; an open P0 with no linked open
 *   pull request; a valid `/qe reject`.
 * - HOTFIX: otherwise, if every open P0 has a linked open pull request.
 * - CONDITIONAL: otherwise, if a P1 is open, approval is required and missing, or a required item had
 *   not finished by the deadline with timeout-decision CONDITIONAL.
 * - SHIP IT: otherwise.
 * Waived items do not count. Reasons list every finding, the decisive level first.
 */
import type { CheckItem, Evidence, Reason, Verdict } from './evidence.js';

const RULE_BY_KIND: Record<CheckItem['kind'], string> = {
  workflow: 'workflow-failed',
  'check-run': 'check-failed',
  status: 'status-failed',
  report: 'step-failed'
};

const KIND_LABEL: Record<CheckItem['kind'], string> = {
  workflow: 'Workflow',
  'check-run': 'Check',
  status: 'Commit status',
  report: 'Earlier release-kit step'
};

function describeCheck(item: CheckItem): string {
  const extra = item.detail ? ` (${item.detail})` : '';
  return `${KIND_LABEL[item.kind]} ${item.name}` + extra;
}

/** Applies the decision rules to gathered evidence. */
export function decide(evidence: Evidence): Verdict {
  const abort: Reason[] = [];
  const hotfix: Reason[] = [];
  const conditional: Reason[] = [];
  const waived: Reason[] = [];
  const late = evidence.timeoutDecision === 'ABORT' ? abort : conditional;

  for (const item of evidence.checks) {
    if (!item.required || item.state === 'success') continue;
    if (item.waiver) {
      waived.push({
        rule: 'waived',
        detail: `${describeCheck(item)} is ${item.state}, waived until ${item.waiver.until} by ${item.waiver.login}: ${item.waiver.reason}`,
        url: item.url
      });
      continue;
    }
    if (item.state === 'failure') {
      abort.push({
        rule: RULE_BY_KIND[item.kind],
        detail: `${describeCheck(item)} concluded ${item.conclusion ?? 'failure'}`,
        url: item.url
      });
    } else {
      const what =
        item.state === 'missing'
          ? 'has no run for the release commit'
          : `was still ${item.conclusion ?? 'pending'}`;
      late.push({
        rule: 'unfinished-at-deadline',
        detail: `${describeCheck(item)} ${what} at the deadline`,
        url: item.url
      });
    }
  }

  // Nothing required means nothing vouches for the commit: an empty list is never a green result.
  if (!evidence.allowNoCi && !evidence.checks.some((c) => c.required)) {
    const ci = evidence.ci;
    const found = ci
      ? `found ${ci.workflowRuns} workflow run(s) besides this one (none required), ${ci.checkRuns} check run(s) (none named in required-checks), ${ci.statuses} commit status(es) and ${ci.reports} release-kit report(s)`
      : 'found nothing required';
    abort.push({
      rule: 'no-ci-evidence',
      detail:
        `No CI evidence for ${ci?.sha ?? 'the release commit'}: looked for workflow runs, check runs, commit statuses and release-kit reports and ${found}. ` +
        'Name what must pass in required-workflows or required-checks, or set allow-no-ci: true for a repository without CI.'
    });
  }

  const assets = evidence.assets;
  if (assets.checked) {
    if (assets.error)
      abort.push({
        rule: 'asset-missing',
        detail: `The expected assets could not be verified: ${assets.error}`,
        url: assets.url
      });
    for (const name of assets.missing)
      abort.push({ rule: 'asset-missing', detail: `Expected asset ${name} is missing`, url: assets.url });
    for (const m of assets.mismatched)
      abort.push({
        rule: 'asset-mismatched',
        detail: `Asset ${m.name} does not match: ${m.detail}`,
        url: assets.url
      });
  }

  for (const issue of evidence.issues) {
    const label = `${issue.priority} #${issue.number} ${issue.title}`;
    if (issue.waiver) {
      waived.push({
        rule: 'waived',
        detail: `${label} waived until ${issue.waiver.until} by ${issue.waiver.login}: ${issue.waiver.reason}`,
        url: issue.url
      });
      continue;
    }
    if (issue.priority === 'P0') {
      if (issue.fixes.length === 0)
        abort.push({
          rule: 'p0-open',
          detail: `${label} is open with no linked open pull request`,
          url: issue.url
        });
      else
        hotfix.push({
          rule: 'p0-fix-in-flight',
          detail: `${label} is open; fix in flight: ${issue.fixes.map((p) => `#${p.number}`).join(', ')}`,
          url: issue.fixes[0].html_url
        });
    } else {
      conditional.push({ rule: 'p1-open', detail: `${label} is open`, url: issue.url });
    }
  }

  const approval = evidence.approval;
  if (approval.mode === 'comment') {
    const evaluation = approval.evaluation;
    for (const r of evaluation?.rejections ?? []) {
      abort.push({
        rule: 'qe-rejected',
        detail: `${r.login} rejected the release: ${r.reason ?? '(no reason given)'}`,
        url: r.url
      });
    }
    if (!evaluation || evaluation.signOffs.length === 0) {
      const ignored = evaluation?.ignored.length
        ? ` (${evaluation.ignored.length} ignored, see the approvals table)`
        : '';
      conditional.push({
        rule: 'approval-missing',
        detail: `No valid /qe sign-off on #${approval.issue}${ignored}`,
        url: approval.issueUrl
      });
    }
  }

  const decision = abort.length
    ? 'ABORT'
    : hotfix.length
      ? 'HOTFIX'
      : conditional.length
        ? 'CONDITIONAL'
        : 'SHIP IT';
  const reasons = [...abort, ...hotfix, ...conditional];
  if (decision === 'SHIP IT') {
    const required = evidence.checks.filter((c) => c.required).length;
    const signedBy = approval.evaluation?.signOffs.map((s) => s.login) ?? [];
    const parts = [
      required === 0
        ? 'no CI evidence required (allow-no-ci)'
        : `${required} required workflow/check/status/report item(s) green`,
      'no open P0 or P1'
    ];
    if (assets.checked) parts.push(`${assets.verified} expected asset(s) verified`);
    if (approval.mode === 'comment') parts.push(`signed off by ${signedBy.join(', ')}`);
    reasons.push({ rule: 'ship-it', detail: parts.join('; ') });
  }
  return { decision, reasons: [...reasons, ...waived] };
}
