import { getErrorStatus } from '#core/errors.js';
import { deleteReleaseOnce } from '#core/writes.js';
import { isWithdrawn } from '../banner.js';
import type { RollbackContext } from '../context.js';
import type { PlannedRow } from '../plan.js';

/**
 * `drafts`: deletes draft releases left for the same tag by a failed or duplicated run. Never a
 * published release, and never the bad release itself (a deleted tag turns it into a draft; it carries
 * the rollback's banner or marker).
 */
export function planDrafts(ctx: RollbackContext): PlannedRow {
  const drafts = ctx.releases.filter(
    (r) => r.draft && r.tag_name === ctx.inputs.tag && r.id !== ctx.bad.id && !isWithdrawn(r.body ?? null)
  );
  const row: PlannedRow = {
    step: 'drafts',
    target: `drafts for ${ctx.inputs.tag}`,
    current: drafts.length ? `${drafts.length} draft(s): ids ${drafts.map((d) => d.id).join(', ')}` : 'none',
    intended: 'none',
    state: drafts.length ? 'delete' : 'unchanged'
  };
  if (!drafts.length) return row;
  row.apply = async () => {
    for (const d of drafts) {
      try {
        // Exactly once: a delete whose answer is lost is looked up (is the draft gone?) before a replay.
        await deleteReleaseOnce(ctx.gh, ctx.repo, d.id);
      } catch (e) {
        // Deleted by someone else since it was listed: the goal is reached.
        if (getErrorStatus(e) !== 404) throw e;
      }
    }
    return { state: 'updated', why: `deleted ${drafts.length} draft(s)` };
  };
  return row;
}
