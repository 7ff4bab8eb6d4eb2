import { bannerText, currentBanner, RELEASE_BODY_LIMIT, withBanner } from '../banner.js';
import type { RollbackContext } from '../context.js';
import type { PlannedRow } from '../plan.js';

/** `notes`: a superseded/yanked banner on top of the bad release's notes (GitHub allows this on immutable releases too). */
export function planNotes(ctx: RollbackContext): PlannedRow {
  const { bad, replacement, inputs } = ctx;
  const banner = bannerText({
    notice: inputs.notice,
    reason: inputs.reason,
    replacement: replacement && { tag: replacement.tag_name, url: replacement.html_url }
  });
  const body = bad.body ?? '';
  const next = withBanner(body, banner);
  const had = currentBanner(body);
  const row: PlannedRow = {
    step: 'notes',
    target: `release ${bad.tag_name}`,
    current: had ? 'a rollback banner' : 'no banner',
    intended: `${inputs.notice} banner${replacement ? ` → ${replacement.tag_name}` : ''}`,
    state: next === body ? 'unchanged' : had ? 'update' : 'create',
    url: bad.html_url
  };
  if (row.state === 'unchanged') return row;
  if (next.length > RELEASE_BODY_LIMIT) {
    return {
      ...row,
      state: 'failed',
      why: `the notes with the banner would be ${next.length} characters; GitHub accepts at most ${RELEASE_BODY_LIMIT}. Shorten the notes and re-run.`
    };
  }
  row.apply = async () => {
    await ctx.gh.rest.repos.updateRelease({ ...ctx.repo, release_id: bad.id, body: next });
    bad.body = next;
    return { state: had ? 'updated' : 'created', url: bad.html_url };
  };
  return row;
}
