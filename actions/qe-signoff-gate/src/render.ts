/**
 * The gate's report: the decision first, then one table per evidence source. The same blocks feed the
 * job summary, the Markdown file and the published comment; none holds a timestamp, so a re-run with
 * the same evidence renders the same text (and the published comment is left unchanged).
 */
import { untrustedText } from '#core/markdown.js';
import { markdownLink } from '#core/untrusted-text.js';
import { mark, type Report, type Status } from '#core/report.js';
import type { CheckItem, Decision, Evidence, Verdict } from './evidence.js';

export const DECISION_STATUS: Record<Decision, Status> = {
  ABORT: 'fail',
  HOTFIX: 'warn',
  CONDITIONAL: 'warn',
  'SHIP IT': 'pass'
};

const STATE_STATUS: Record<CheckItem['state'], Status> = {
  success: 'pass',
  failure: 'fail',
  pending: 'warn',
  missing: 'warn'
};

const KIND: Record<CheckItem['kind'], string> = {
  workflow: 'workflow',
  'check-run': 'check run',
  status: 'commit status',
  report: 'release-kit report'
};

/**
 * Untrusted text (issue titles, check names, comment reasons, waiver lines) made inert: it cannot open
 * HTML, forge the hidden markers that find the published comment and release-notes section, or
 * @-mention anyone when the report is posted as a comment.
 */
export const clean = untrustedText;

/**
 * A Markdown link when the URL is on the GitHub server or its API (a status's `target_url` is whatever
 * its creator set: elsewhere it is shown as inert code), or the bare text when there is no URL.
 */
export function link(text: string, url?: string): string {
  return markdownLink(text, url);
}

export interface RenderContext {
  repository: string;
  sha: string;
  tag?: string;
}

/** Writes the decision and the evidence tables into a report. */
export function renderReport(report: Report, verdict: Verdict, evidence: Evidence, ctx: RenderContext): void {
  report.status(DECISION_STATUS[verdict.decision], `**Decision: ${verdict.decision}**`);
  report.text(`${ctx.repository}${ctx.tag ? ` ${ctx.tag}` : ''} at \`${ctx.sha.slice(0, 12)}\``);
  report.list(verdict.reasons.map((r) => `\`${r.rule}\`: ${link(r.detail, r.url)}`));

  report.heading('Workflows and checks');
  const checks = evidence.checks;
  if (checks.length === 0) report.text('No workflow run, check run or commit status for the release commit.');
  else
    report.table(
      ['', 'kind', 'name', 'required', 'result', 'details'],
      checks.map((c) => [
        c.required && c.state !== 'success' && c.waiver
          ? '⏭️'
          : c.required
            ? mark(STATE_STATUS[c.state])
            : 'ℹ️',
        KIND[c.kind],
        link(c.name, c.url),
        c.required ? (c.waiver ? 'waived' : 'yes') : 'no',
        clean(c.conclusion ?? c.state),
        clean(c.detail ?? '')
      ])
    );

  if (evidence.assets.checked) {
    report.heading('Assets');
    const a = evidence.assets;
    const summary = `${a.verified} verified, ${a.missing.length} missing, ${a.mismatched.length} mismatched${a.unexpected.length ? `, ${a.unexpected.length} other asset(s) not expected` : ''}`;
    report.text(link(summary, a.url));
    if (a.error) report.status('fail', a.error);
    if (a.rows.length)
      report.table(
        ['asset', 'status', 'details'],
        a.rows.map((r) => [clean(r.name), r.status, clean(r.detail)])
      );
    const extra = a.mismatched.filter((m) => !a.rows.some((r) => r.name === m.name));
    if (extra.length) report.list(extra.map((m) => clean(`${m.name}: ${m.detail}`)));
  }

  report.heading('Issues by priority');
  if (evidence.issues.length === 0) report.text('No open P0, P1 or blocking issue.');
  else
    report.table(
      ['priority', 'issue', 'labels', 'fix in flight', 'counted'],
      evidence.issues.map((i) => [
        i.priority,
        link(`#${i.number} ${i.title}`, i.url),
        clean(i.labels.join(', ')),
        [
          i.fixes.map((p) => link(`#${p.number}`, p.html_url)).join(', ') || 'none',
          ...(i.ignoredFixes ?? []).map(
            (p) =>
              `${link(`#${p.number}`, p.html_url)} ignored: ${clean(p.user?.login ?? 'a deleted account')} has no write permission`
          )
        ].join('; '),
        i.waiver ? `no: waived until ${i.waiver.until} by ${i.waiver.login}` : 'yes'
      ])
    );

  if (evidence.waivers.length || evidence.invalidWaivers.length) {
    report.heading('Waivers');
    report.table(
      ['waiver', 'status'],
      [
        ...evidence.waivers.map((w) => [clean(w.line), w.valid ? 'valid' : clean(`ignored: ${w.why}`)]),
        ...evidence.invalidWaivers.map((w) => [clean(w.line), `ignored: ${w.why}`])
      ]
    );
  }

  const approval = evidence.approval;
  if (approval.mode === 'comment') {
    report.heading('Approvals');
    const ev = approval.evaluation;
    const rows: string[][] = [];
    for (const c of ev?.counted ?? [])
      rows.push([
        c.login,
        c.kind === 'reject' ? clean(`reject: ${c.reason ?? '(no reason)'}`) : 'sign-off',
        `counted (${c.via})`,
        link(c.at, c.url)
      ]);
    for (const i of ev?.ignored ?? []) rows.push([i.login, i.kind, `ignored: ${i.why}`, link(i.at, i.url)]);
    report.text(
      `On ${link(`#${approval.issue}`, approval.issueUrl)}: \`/qe sign-off\` or \`/qe reject <reason>\`.`
    );
    if (rows.length) report.table(['login', 'command', 'counted', 'posted'], rows);
    else report.text('No `/qe` command found.');
  }
}
