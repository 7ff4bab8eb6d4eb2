import { untrustedCell } from '#core/markdown.js';
import type { Report, Status } from '#core/report.js';
import type { RollbackContext } from './context.js';
import { CHANGE_STATES, isDone, type PlanRow, type PlannedState } from './plan.js';

function statusOf(state: string): Status {
  if (isDone(state)) return 'pass';
  if (CHANGE_STATES.includes(state as PlannedState)) return 'info';
  if (state === 'skipped') return 'skip';
  return 'fail';
}

/** The summary: what the rollback is about, and one table of every step. */
export function writeSummary(report: Report, ctx: RollbackContext, rows: PlanRow[], refused?: string): void {
  const { inputs, bad, replacement } = ctx;
  report.heading(`Roll back ${inputs.tag}${inputs.execute ? '' : ' — plan only'}`);
  report.text(
    `Release [${untrustedCell(bad.tag_name)}](${bad.html_url})${bad.immutable ? ' (immutable)' : ''}${bad.draft ? ' (a draft now: its tag was deleted)' : ''} → ` +
      (replacement
        ? `replacement [${untrustedCell(replacement.tag_name)}](${replacement.html_url})`
        : `no replacement: ${untrustedCell(ctx.noReplacement ?? '')}`) +
      `. Reason: ${untrustedCell(inputs.reason)}`
  );
  if (refused) report.status('fail', `Execution refused before any write: ${untrustedCell(refused)}`);
  report.table(
    ['step', 'target', 'current', 'intended', 'state', 'why'],
    rows.map((r) => [
      r.step,
      r.url ? `[${untrustedCell(r.target)}](${r.url})` : untrustedCell(r.target),
      untrustedCell(r.current),
      untrustedCell(r.intended),
      `${statusOfMark(r.state)} ${r.state}`,
      untrustedCell(r.why ?? '')
    ])
  );
  if (!inputs.execute) {
    const changes = rows.filter((r) => CHANGE_STATES.includes(r.state as PlannedState)).length;
    report.status(
      'info',
      changes
        ? `Nothing was written. ${changes} change(s) planned: review them, then run again with execute: true.`
        : 'Nothing was written, and nothing is left to change.'
    );
  }
}

const MARKS: Record<Status, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: '📝' };
const statusOfMark = (state: string) => MARKS[statusOf(state)];
