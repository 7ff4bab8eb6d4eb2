import type { Report, Status } from '#core/report.js';
import type { FormulaResult } from './formula-result.js';
import { Outputs, type BumpInputs } from './inputs.js';
import {
  BODY_CHARS_LIMIT,
  capMarkdown,
  markdownCode,
  markdownFence,
  markdownText
} from '#core/untrusted-text.js';

const STATUS: Record<FormulaResult['status'], { status: Status; text: string }> = {
  changed: { status: 'pass', text: 'changed' },
  'would-change': { status: 'info', text: 'would change (dry-run)' },
  'up-to-date': { status: 'pass', text: 'up to date' },
  skipped: { status: 'skip', text: 'skipped' },
  failed: { status: 'fail', text: 'failed' }
};

function valuesTable(result: FormulaResult): string[][] {
  return result.downloads.map((d) => [
    d.key === 'all' ? 'all' : d.key,
    d.url,
    d.sha256 ?? '(not computed)',
    d.mirrors.filter(Boolean).join(', ') || '—'
  ]);
}

/** The default pull request body: what changed, the new values, and the diff. */
export function pullRequestBody(result: FormulaResult, inputs: BumpInputs): string {
  const from = result.fromVersion ? markdownText(result.fromVersion) : 'its current version';
  const what = inputs.rollback
    ? `Rolls **${markdownText(result.formula)}** back from ${from} to ${markdownText(result.toVersion)}${result.restoredFrom ? ` (values from ${markdownCode(result.restoredFrom)})` : ''}.`
    : `Bumps **${markdownText(result.formula)}** from ${from} to ${markdownText(result.toVersion)}.`;
  // The formula's lines, URLs and mirrors come from the tap, which outsiders contribute to.
  const rows = valuesTable(result).map(
    (r) => `| ${markdownText(r[0])} | ${markdownCode(r[1], 2_000)} | ${markdownCode(r[2])} |`
  );
  const body = [
    what,
    '',
    '| platform | url | sha256 |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...result.notes.map((n) => `- ${markdownText(n, { max: 2_000 })}`),
    '',
    '<details><summary>Diff</summary>',
    '',
    markdownFence(result.diff.trimEnd(), 'diff'),
    '',
    '</details>',
    ''
  ].join('\n');
  const footer = '\nOpened by release-kit homebrew-bump.';
  return (
    capMarkdown(body, BODY_CHARS_LIMIT - footer.length, {
      unit: 'chars',
      note: (n) => `_… ${n} more lines not shown: the full diff is in the job summary._`
    }).trimEnd() +
    '\n' +
    footer
  );
}

/** Writes the job summary (diff, pull request link, new values per formula) and the outputs. */
export function writeSummary(
  report: Report,
  results: FormulaResult[],
  inputs: BumpInputs,
  requests?: string[]
): void {
  const where =
    inputs.mode === 'local' ? `local tap ${inputs.tapPath}` : `${inputs.tap!.owner}/${inputs.tap!.repo}`;
  const verb = inputs.rollback ? `roll back to ${inputs.version}` : `bump to ${inputs.version}`;
  report.text(`${inputs.dryRun ? 'Dry run: ' : ''}${verb} in ${where} (mode: ${inputs.mode}).`);
  if (results.length > 1) {
    report.table(
      ['formula', 'path', 'from', 'to', 'result', 'pull request'],
      results.map((r) => [
        r.formula,
        r.path ?? '',
        r.fromVersion ?? '',
        r.toVersion,
        STATUS[r.status].text,
        r.pullRequest ? `#${r.pullRequest.number} (${r.pullRequest.result})` : ''
      ])
    );
  }
  for (const r of results) {
    report.heading(`${r.formula}${r.path ? ` (${r.path})` : ''}`, 3);
    const s = STATUS[r.status];
    const versions =
      r.fromVersion && r.fromVersion !== r.toVersion ? `${r.fromVersion} → ${r.toVersion}` : r.toVersion;
    report.status(s.status, `${s.text}: ${versions}${r.error ? ` — ${r.error}` : ''}`);
    if (r.pullRequest)
      report.text(
        `Pull request [#${r.pullRequest.number}](${r.pullRequest.url}) ${r.pullRequest.result}${r.fork ? ` from the fork ${r.fork}` : ''}, branch \`${r.branch}\`.`
      );
    if (r.commitSha) report.text(`Commit \`${r.commitSha}\`.`);
    if (r.restoredFrom) report.text(`Values restored from commit \`${r.restoredFrom}\`.`);
    if (r.downloads.length && r.status !== 'failed')
      report.table(
        ['platform', 'url', 'sha256', 'mirrors'],
        valuesTable(r).map(([key, url, sha, mirrors]) => [
          markdownText(key),
          markdownCode(url, 2_000),
          markdownCode(sha),
          mirrors === '—' ? mirrors : markdownText(mirrors, { max: 2_000 })
        ])
      );
    const notes = [...r.changes.map((c) => `changed: ${c}`), ...r.notes];
    if (notes.length) report.list(notes.map((n) => markdownText(n, { max: 2_000 })));
    if (r.diff && r.status !== 'up-to-date') report.code(r.diff, 'diff');
  }
  if (requests) report.text(`GitHub API requests: ${requests.length} (${requests.join(', ')}).`);
  const several = results.length > 1;
  const per = (f: (r: FormulaResult) => string | undefined) =>
    several ? results.map((r) => f(r) ?? '').join('\n') : (f(results[0]) ?? '');
  report.output(
    Outputs.PullRequestUrl,
    per((r) => r.pullRequest?.url)
  );
  report.output(
    Outputs.PullRequestNumber,
    per((r) => (r.pullRequest ? String(r.pullRequest.number) : undefined))
  );
  report.output(
    Outputs.CommitSha,
    per((r) => r.commitSha)
  );
  report.output(
    Outputs.Changed,
    String(results.some((r) => r.status === 'changed' || r.status === 'would-change'))
  );
  report.output(Outputs.Diff, results.map((r) => (r.status === 'up-to-date' ? '' : r.diff)).join(''));
  report.data.formulas = results.map((r) => ({ ...r, diff: undefined, hasDiff: r.diff !== '' }));
  if (requests) report.data.requests = requests;
}
