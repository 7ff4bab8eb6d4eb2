import { preflight, preflightReads } from '#core/credentials.js';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import { createGitHubClient } from '#core/github.js';
import { GitHubTap } from '#core/homebrew/tap-github.js';
import { applyTapRollback, planTapRollback } from '#core/homebrew/tap-rollback.js';
import type { RollbackContext } from '../context.js';
import { failedRow, type PlannedRow } from '../plan.js';
import { Inputs } from '../inputs.js';

/** `tap`: rolls the formula back to the replacement's version, restored from the tap's history. */
export async function planTap(ctx: RollbackContext): Promise<PlannedRow> {
  const { inputs } = ctx;
  const tapRepo = inputs.tap!;
  const formula = inputs.formula!;
  const target = `${tapRepo.owner}/${tapRepo.repo}: ${formula.name}`;
  if (!ctx.replacementVersion)
    return {
      step: 'tap',
      target,
      current: 'unknown',
      intended: 'unknown',
      state: 'refused',
      why: `no replacement release: ${ctx.noReplacement}`
    };
  try {
    const gh = inputs.tapToken === inputs.token ? ctx.gh : await createGitHubClient(inputs.tapToken);
    const who = inputs.tapToken === inputs.token ? 'token' : 'tap-token';
    const access = await preflight(gh, tapRepo, 'read', who);
    // The formula is read and written through contents, the rollback goes by pull request: a job whose
    // `permissions:` leaves one out stops the whole execution before anything is written.
    const scopes =
      inputs.mode === 'pull-request' ? (['contents', 'pull-requests'] as const) : (['contents'] as const);
    try {
      await preflightReads(gh, tapRepo, scopes, 'HEAD', who, inputs.execute ? scopes : []);
    } catch (e) {
      if (!(e instanceof ConfigurationError)) throw e;
      return {
        step: 'tap',
        target,
        current: 'unknown',
        intended: `${formula.name} at ${ctx.replacementVersion}`,
        state: 'refused',
        blocking: true,
        why: e.message
      };
    }
    const tap = new GitHubTap(gh, tapRepo);
    const plan = await planTapRollback(tap, {
      formula,
      version: ctx.replacementVersion,
      versionInput: inputs.replacement !== undefined ? Inputs.Replacement : undefined,
      mode: inputs.mode,
      base: access.defaultBranch,
      title: `${formula.name}: roll back to ${ctx.replacementVersion} (${inputs.tag} withdrawn)`,
      body: `${inputs.tag} is withdrawn: ${inputs.reason}\n\nThis rolls ${formula.name} back to ${ctx.replacementVersion}, the values restored from the tap's history.`
    });
    const row: PlannedRow = {
      step: 'tap',
      target,
      current: `${plan.path} at ${plan.currentVersion ?? 'an unknown version'}${plan.pull ? ` (pull request #${plan.pull.number} open)` : ''}`,
      intended: `${plan.path} at ${ctx.replacementVersion}${inputs.mode === 'pull-request' ? ' (by pull request)' : ''}`,
      state:
        plan.state === 'unchanged'
          ? 'unchanged'
          : plan.pull
            ? 'update'
            : inputs.mode === 'push'
              ? 'update'
              : 'create',
      why: plan.detail,
      url: plan.pull?.html_url
    };
    if (access.push === false && row.state !== 'unchanged') {
      return {
        ...row,
        state: 'refused',
        blocking: true,
        why: `the token in '${who}' can read ${tapRepo.owner}/${tapRepo.repo} but not push to it; pass tap-token with contents and pull-requests write on the tap`
      };
    }
    if (row.state !== 'unchanged')
      row.apply = async () => {
        const r = await applyTapRollback(tap, plan);
        return { state: r.state, why: r.detail, url: r.pull?.url };
      };
    return row;
  } catch (e) {
    return failedRow('tap', target, getErrorMessage(e));
  }
}
