import { getErrorStatus } from '#core/errors.js';
import { deleteRefOnce } from '#core/writes.js';
import { WITHDRAWN_MARKER } from '../banner.js';
import type { RollbackContext } from '../context.js';
import type { PlannedRow } from '../plan.js';

async function tagExists(ctx: RollbackContext): Promise<boolean> {
  try {
    await ctx.gh.rest.git.getRef({ ...ctx.repo, ref: `tags/${ctx.inputs.tag}` });
    return true;
  } catch (e) {
    if (getErrorStatus(e) === 404) return false;
    throw e;
  }
}

/**
 * `tag`: deletes the git tag (with `delete-tag`), so that nothing installs from it any more. GitHub
 * locks the tag of an immutable release ("cannot be deleted while the release exists"): that is a skip
 * with a warning, not a failure. Deleting the tag of a published release turns it back into a draft.
 */
export async function planTag(ctx: RollbackContext): Promise<PlannedRow> {
  const { bad, inputs } = ctx;
  const row: PlannedRow = {
    step: 'tag',
    target: `tag ${inputs.tag}`,
    current: 'present',
    intended: inputs.deleteTag ? 'deleted' : 'kept',
    state: 'skipped'
  };
  if (!inputs.deleteTag)
    return { ...row, why: 'delete-tag is false: the tag stays (set delete-tag: true to delete it)' };
  const exists = await tagExists(ctx);
  if (!exists) return { ...row, current: 'absent', state: 'unchanged', why: 'the tag is already deleted' };
  if (bad.immutable)
    return {
      ...row,
      why: `${bad.tag_name} is an immutable release: GitHub locks its tag, which cannot be deleted while the release exists (only its title and notes can change)`
    };
  row.state = 'delete';
  row.why = 'the release turns back into a draft when its tag is deleted';
  row.apply = async () => {
    // Mark the release first: once it is a draft, the drafts step must know it is the withdrawn one.
    const body = bad.body ?? '';
    if (!body.includes(WITHDRAWN_MARKER) && !body.includes('release-kit:rollback-banner')) {
      const marked = body ? `${body}\n\n${WITHDRAWN_MARKER}` : WITHDRAWN_MARKER;
      await ctx.gh.rest.repos.updateRelease({ ...ctx.repo, release_id: bad.id, body: marked });
      bad.body = marked;
    }
    // Exactly once: a delete whose answer is lost is looked up (is the tag gone?) before a replay.
    const { recovered } = await deleteRefOnce(ctx.gh, ctx.repo, `tags/${inputs.tag}`);
    return {
      state: 'updated',
      why: `deleted${recovered ? ' (found gone after a lost answer)' : ''}; the release is a draft now`
    };
  };
  return row;
}
