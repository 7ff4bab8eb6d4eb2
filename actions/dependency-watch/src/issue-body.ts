import type { CheckResult, Finding, OutdatedPackage, Severity, Threshold } from './findings.js';
import { findingKey } from './findings.js';
import type { IgnoreRule } from './ignore.js';
import { encodeState } from './issue-state.js';
import { untrustedCell } from '#core/markdown.js';
import { GITHUB_BODY_LIMIT } from '#core/body-limit.js';
import { markdownLink, trustedLinkHosts } from '#core/untrusted-text.js';

/** GitHub refuses issue bodies longer than this many characters. */
export const BODY_LIMIT = GITHUB_BODY_LIMIT;

/** Everything the tracking issue shows. */
export interface IssueModel {
  marker: string;
  threshold: Threshold;
  /** Findings at or above the threshold, not ignored, including carried-over ones; sorted. */
  findings: Finding[];
  /** Keys of findings carried over from the last run because their audit did not run this time. */
  keptKeys: Set<string>;
  expired: { finding: Finding; rule: IgnoreRule }[];
  ignoredCount: number;
  belowThreshold: number;
  outdated: OutdatedPackage[];
  failed: CheckResult[];
  skipped: CheckResult[];
  /** Where the full report is (the workflow run holding the report artifact). */
  reportLink?: string;
}

const SEVERITY_MARK: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  unknown: '❔',
  moderate: '🟡',
  low: '🔵',
  info: '⚪'
};

/** Makes untrusted text (advisory titles, package names) safe in a table cell. */
export const cell = untrustedCell;

function code(text: string): string {
  return text ? '`' + text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') + '`' : '—';
}

// Advisory URLs come from audit output (registries answer them): they are links only on GitHub or on
// these advisory databases; anywhere else the URL is shown as inert text.
const ADVISORY_HOSTS = ['github.com', 'rustsec.org', 'www.npmjs.com', 'npmjs.com', 'osv.dev', 'nvd.nist.gov'];

/** A link to an advisory, or its text and URL shown inert when the URL is on no known host. */
export function link(text: string, url: string): string {
  if (!url) return cell(text);
  return markdownLink(text, url, { hosts: trustedLinkHosts(ADVISORY_HOSTS) });
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function findingRow(f: Finding, kept: boolean): string {
  const severity = `${SEVERITY_MARK[f.severity]} ${f.severity}${f.kind !== 'vulnerability' ? ` (${f.kind})` : ''}`;
  const advisory = `${link(f.id, f.url)}${f.title ? ' ' + cell(clip(f.title, 120)) : ''}`;
  const eco = kept ? `${f.ecosystem} (not re-checked)` : f.ecosystem;
  return `| ${eco} | ${code(f.package)} | ${code(f.installed)} | ${severity} | ${advisory} | ${code(f.range)} | ${code(f.fixedIn)} | ${code(clip(f.path, 200))} |`;
}

function outdatedRow(o: OutdatedPackage): string {
  return `| ${o.ecosystem} | ${code(o.package)} | ${code(o.current)} | ${code(o.wanted)} | ${code(o.latest)} |`;
}

const FINDINGS_HEAD = [
  '| Ecosystem | Package | Installed | Severity | Advisory | Vulnerable | Fixed in | Path |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |'
];
const OUTDATED_HEAD = [
  '| Ecosystem | Package | Current | Wanted | Latest |',
  '| --- | --- | --- | --- | --- |'
];

function countBy(findings: Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ecosystem, (counts.get(f.ecosystem) ?? 0) + 1);
  return [...counts].map(([e, n]) => `${n} ${e}`).join(', ');
}

function headLines(m: IssueModel): string[] {
  const out: string[] = [];
  const n = m.findings.length;
  const unknown = m.failed.some((c) => c.check === 'audit');
  out.push(
    n
      ? `**${n} finding${n === 1 ? '' : 's'} at or above \`${m.threshold}\`** (${countBy(m.findings)}).`
      : unknown
        ? `**Findings unknown:** an audit could not run (see below).`
        : `**No findings at or above \`${m.threshold}\`.**`
  );
  const extra: string[] = [];
  if (m.belowThreshold) extra.push(`${m.belowThreshold} below the threshold not listed`);
  if (m.ignoredCount) extra.push(`${m.ignoredCount} ignored by \`ignore\` lines`);
  if (extra.length) out.push('', `_${extra.join('; ')}._`);
  const audits = m.failed.filter((c) => c.check === 'audit');
  if (audits.length) {
    out.push('', '> [!WARNING]');
    for (const c of audits) {
      out.push(
        `> **${c.infrastructure ? 'Infrastructure failure' : 'Audit failed'}: \`${c.command}\`** — ${cell(c.reason ?? 'no report')}. ` +
          `This is not a clean result: the ${c.ecosystem} findings of the last successful audit are kept below until an audit succeeds.`
      );
    }
  }
  if (m.expired.length) {
    out.push('', '### Expired ignores', '');
    for (const { finding, rule } of m.expired) {
      out.push(
        `- ${code(rule.id)} (${code(finding.package)} ${code(finding.installed)}): ignored until ${rule.until} — ${cell(rule.reason)}. It counts again.`
      );
    }
  }
  return out;
}

function tailLines(m: IssueModel): string[] {
  const out: string[] = [];
  const notChecked = [...m.skipped, ...m.failed.filter((c) => c.check !== 'audit')];
  if (notChecked.length) {
    out.push('', '### Not checked', '');
    for (const c of notChecked) {
      const what = c.command ? code(c.command) : `${c.ecosystem} ${c.check}`;
      out.push(
        `- ${what}: ${c.status === 'failed' ? 'failed' : 'skipped'} — ${cell(c.reason ?? '')}${c.advice ? `. To install: ${cell(c.advice)}` : ''}`
      );
    }
  }
  return out;
}

function truncationNote(omitted: number, link?: string): string {
  const where = link
    ? ` The full report is in the \`dependency-watch-report\` artifact of [this run](${link}).`
    : ' The full report is in the `dependency-watch-report` artifact of the workflow run.';
  return `\n_… ${omitted} more row${omitted === 1 ? '' : 's'} not shown: the issue body has a limit of ${BODY_LIMIT} characters.${where}_`;
}

/**
 * Renders the issue body: marker first, summary, failure banner, the advisories table sorted by
 * severity, the outdated table, what was not checked, and the hidden state last. Over `limit`, rows
 * are dropped from the end at a row boundary (never mid-row) with a link to the full report; the
 * marker and the state always stay.
 */
export function renderIssueBody(m: IssueModel, limit = BODY_LIMIT): { body: string; omittedRows: number } {
  const head = [m.marker, '', ...headLines(m)];
  const tail = tailLines(m);
  const state = encodeState(m.findings);
  const findingRows = m.findings.map((f) => findingRow(f, m.keptKeys.has(findingKey(f))));
  const outdatedRows = m.outdated.map(outdatedRow);
  const sections: { title: string; head: string[]; rows: string[] }[] = [];
  if (findingRows.length)
    sections.push({
      title: `### Advisories (${findingRows.length})`,
      head: FINDINGS_HEAD,
      rows: findingRows
    });
  if (outdatedRows.length)
    sections.push({
      title: `### Outdated (${outdatedRows.length})`,
      head: OUTDATED_HEAD,
      rows: outdatedRows
    });

  const assemble = (kept: number[], omitted: number) => {
    const lines = [...head];
    sections.forEach((s, i) => {
      lines.push('', s.title, '', ...s.head, ...s.rows.slice(0, kept[i]));
      const cut = s.rows.length - kept[i];
      if (cut > 0 && omitted > 0) lines.push(truncationNote(omitted, m.reportLink));
    });
    lines.push(...tail);
    if (state) lines.push('', state);
    return lines.join('\n') + '\n';
  };
  const all = sections.map((s) => s.rows.length);
  const full = assemble(all, 0);
  if (full.length <= limit) return { body: full, omittedRows: 0 };

  // Greedy fill in order (advisories before outdated), reserving room for one note per table.
  const totalRows = all.reduce((a, b) => a + b, 0);
  const skeleton = assemble(
    sections.map(() => 0),
    totalRows
  ).length;
  let budget = limit - skeleton - 16;
  const kept = sections.map(() => 0);
  outer: for (let i = 0; i < sections.length; i++) {
    for (const row of sections[i].rows) {
      if (row.length + 1 > budget) break outer;
      budget -= row.length + 1;
      kept[i]++;
    }
  }
  const omitted = totalRows - kept.reduce((a, b) => a + b, 0);
  return { body: assemble(kept, omitted), omittedRows: omitted };
}

/** The whole report as markdown (no limit, no marker, no state): `report.md`. */
export function renderReportMarkdown(m: IssueModel, title: string): string {
  const { body } = renderIssueBody({ ...m, marker: `# ${title}` }, Number.MAX_SAFE_INTEGER);
  const state = encodeState(m.findings);
  return state ? body.replace(`\n${state}`, '') : body;
}
