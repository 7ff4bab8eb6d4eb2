import * as core from '@actions/core';
import { getErrorMessage } from '#core/errors.js';
import type { RollbackContext } from './context.js';
import { CHANGE_STATES, failedRow, type PlannedRow, type PlanRow } from './plan.js';
import { planCrates } from './steps/crate.js';
import { planDrafts } from './steps/drafts.js';
import { planIssue } from './steps/issue.js';
import { planLatest } from './steps/latest.js';
import { planNotes } from './steps/notes.js';
import { planTag } from './steps/tag.js';
import { planTap } from './steps/tap.js';

/** What a run came to: the plan as read before any write, and each row as it ended. */
export interface RollbackOutcome {
  plan: PlanRow[];
  rows: PlanRow[];
  /** Why execution was refused before writing anything (a token that cannot do its step). */
  refused?: string;
}

const strip = ({ apply: _a, blocking: _b, ...row }: PlannedRow): PlanRow => row;

async function planStep(ctx: RollbackContext, step: string): Promise<PlannedRow[]> {
  try {
    switch (step) {
      case 'notes':
        return [planNotes(ctx)];
      case 'latest':
        return [await planLatest(ctx)];
      case 'drafts':
        return [planDrafts(ctx)];
      case 'tag':
        return [await planTag(ctx)];
      case 'crate':
        return await planCrates(ctx);
      case 'tap':
        return [await planTap(ctx)];
    }
  } catch (e) {
    return [failedRow(step as PlanRow['step'], step, getErrorMessage(e))];
  }
  return [];
}

async function carryOut(row: PlannedRow): Promise<PlanRow> {
  if (!row.apply || !CHANGE_STATES.includes(row.state)) return strip(row);
  try {
    const applied = await row.apply();
    return { ...strip(row), state: applied.state, why: applied.why ?? row.why, url: applied.url ?? row.url };
  } catch (e) {
    return { ...strip(row), state: 'failed', why: getErrorMessage(e) };
  }
}

/**
 * Plans every step from the current state, then (with `execute`) carries the plan out: planning and
 * execution are one path, so the plan shows exactly what execution does. A step that fails does not
 * stop the others. The issue step runs last, from the others' outcomes.
 */
export async function rollback(ctx: RollbackContext): Promise<RollbackOutcome> {
  const { inputs } = ctx;
  const planned: PlannedRow[] = [];
  for (const step of inputs.steps.filter((s) => s !== 'issue')) planned.push(...(await planStep(ctx, step)));
  const blocking = planned.filter((r) => r.blocking);
  if (inputs.execute && blocking.length) {
    const refused = blocking.map((r) => `${r.step} (${r.target}): ${r.why}`).join('; ');
    const rows = planned.map(strip);
    return { plan: rows, rows, refused };
  }
  const rows: PlanRow[] = [];
  for (const row of planned) {
    if (!inputs.execute) {
      rows.push(strip(row));
      continue;
    }
    const done = await carryOut(row);
    if (done.state === 'failed') core.warning(`Step ${done.step} (${done.target}) failed: ${done.why}`);
    rows.push(done);
  }
  const plan = planned.map(strip);
  if (inputs.steps.includes('issue')) {
    // The issue records the outcome of this run's other steps (their plan, without execute).
    const issueRow = await planIssue(ctx, rows);
    plan.push(strip(issueRow));
    rows.push(inputs.execute ? await carryOut(issueRow) : strip(issueRow));
  }
  return { plan, rows };
}
