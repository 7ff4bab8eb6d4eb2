import { getErrorStatus } from '#core/errors.js';
import type { RollbackContext } from '../context.js';
import type { PlannedRow } from '../plan.js';

/** `latest`: when the bad release is the repository's latest, make the replacement latest. */
export async function planLatest(ctx: RollbackContext): Promise<PlannedRow> {
  const { bad, replacement } = ctx;
  let latest: { id: number; tag_name: string } | undefined;
  try {
    ({ data: latest } = await ctx.gh.rest.repos.getLatestRelease({ ...ctx.repo }));
  } catch (e) {
    if (getErrorStatus(e) !== 404) throw e;
  }
  const row: PlannedRow = {
    step: 'latest',
    target: `${ctx.repo.owner}/${ctx.repo.repo}`,
    current: latest ? `latest: ${latest.tag_name}` : 'no latest release',
    intended: replacement ? `latest: ${replacement.tag_name}` : `latest: not ${bad.tag_name}`,
    state: 'unchanged'
  };
  if (!latest || latest.id !== bad.id) {
    row.why = `${bad.tag_name} is not the latest release`;
    return row;
  }
  if (!replacement)
    return {
      ...row,
      state: 'refused',
      why: `${bad.tag_name} is the latest release and ${ctx.noReplacement}`
    };
  row.state = 'update';
  row.url = replacement.html_url;
  row.apply = async () => {
    await ctx.gh.rest.repos.updateRelease({ ...ctx.repo, release_id: replacement.id, make_latest: 'true' });
    return { state: 'updated', url: replacement.html_url };
  };
  return row;
}
