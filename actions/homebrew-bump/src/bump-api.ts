import * as core from '@actions/core';
import { InputError } from '#core/errors.js';
import type { RepositoryAccess } from '#core/credentials.js';
import { isValidTag, type Repository } from '#core/inputs.js';
import type { Report } from '#core/report.js';
import type { Sha256Resolver } from '#core/homebrew/formula-bump.js';
import type { FormulaTarget } from '#core/homebrew/formula-path.js';
import type { FormulaResult } from './formula-result.js';
import { changeFor, commitMessage, fill, skipped } from './formula-run.js';
import { findVersionInHistory } from '#core/homebrew/history-search.js';
import { Inputs, type BumpInputs } from './inputs.js';
import { pullRequestBody } from './summary.js';
import { findFormulaFile, type GitHubTap } from '#core/homebrew/tap-github.js';
import { unifiedDiff } from '#core/homebrew/unified-diff.js';

export interface ApiContext {
  inputs: BumpInputs;
  report: Report;
  tap: GitHubTap;
  access: RepositoryAccess;
  base: string;
  /** The base commit for a new branch; the base branch name when no branch is made. */
  baseSha: string;
  resolve: Sha256Resolver;
  headRepo?: Repository;
}

/** Bumps one formula through the API: push to the base branch, or a branch and pull request. */
export async function bumpViaApi(
  ctx: ApiContext,
  target: FormulaTarget,
  result: FormulaResult
): Promise<void> {
  const { inputs, report, tap } = ctx;
  const file = await findFormulaFile(tap, target, ctx.baseSha, ctx.base, Inputs.Formula);
  const { compute, restoredFrom } = await changeFor(inputs, target, file.path, file.text, ctx.resolve, () =>
    findVersionInHistory(
      tap.fileHistory(file.path, ctx.baseSha),
      async (sha) => (await tap.readFile(file.path, sha))?.text,
      inputs.version,
      `${file.path} in ${tap.fullName}`,
      Inputs.RollbackTo
    )
  );
  result.restoredFrom = restoredFrom;
  const change = await compute(file.text);
  fill(result, change, file.path);
  if (change.status === 'skipped') {
    skipped(result, report, `${tap.fullName}/${file.path}`, change.notes);
    return;
  }
  if (change.status === 'up-to-date') {
    result.status = 'up-to-date';
    report.write({
      kind: 'formula',
      target: `${tap.fullName}/${file.path}`,
      result: 'unchanged',
      reason: `already at ${inputs.version} on ${ctx.base}`
    });
    return;
  }
  const message = commitMessage(inputs, target.name);
  if (inputs.dryRun) {
    result.status = 'would-change';
    const how =
      inputs.mode === 'push'
        ? `push to ${ctx.base}`
        : `pull request${ctx.access.push === false ? ' from a fork' : ''}`;
    report.write({
      kind: 'formula',
      target: `${tap.fullName}/${file.path}`,
      result: 'skipped',
      reason: `dry-run: would ${how}`
    });
    return;
  }
  if (inputs.mode === 'push') {
    result.commitSha = await tap.writeFile(file, change.after, ctx.base, message);
    result.status = 'changed';
    report.write({
      kind: 'commit',
      target: `${tap.fullName}@${ctx.base}: ${file.path}`,
      result: 'created',
      reason: result.commitSha.slice(0, 12)
    });
    return;
  }

  // A pull request from the base branch would commit straight to it: refused before anything is written.
  const wanted = inputs.branch ?? `${inputs.rollback ? 'rollback' : 'bump'}-${target.name}-${inputs.version}`;
  if (wanted.replace(/^refs\/heads\//, '') === ctx.base)
    throw new InputError(
      Inputs.Branch,
      wanted,
      `${JSON.stringify(wanted)} is the base branch of ${tap.fullName}; in mode 'pull-request' the change is committed to a branch of its own.`,
      `Leave '${Inputs.Branch}' unset, name another branch, or use mode: push to commit to ${ctx.base} on purpose.`
    );

  // Pull request: the branch lives in the tap, or in a fork when the token cannot push.
  if (!ctx.headRepo) ctx.headRepo = ctx.access.push === false ? await tap.fork() : tap.repo;
  const head = ctx.headRepo;
  const isFork = head.owner !== tap.repo.owner || head.repo !== tap.repo.repo;
  if (isFork) result.fork = `${head.owner}/${head.repo}`;
  const branch = inputs.branch ?? `${inputs.rollback ? 'rollback' : 'bump'}-${target.name}-${inputs.version}`;
  if (!isValidTag(branch))
    throw new InputError(
      Inputs.Branch,
      inputs.branch,
      `the branch name ${JSON.stringify(branch)} is not valid in git`,
      `pass '${Inputs.Branch}'.`
    );
  result.branch = branch;
  const title = inputs.prTitle ?? message;
  const created = isFork
    ? await tap.createBranchInFork(head, branch, ctx.baseSha)
    : await tap.createBranch(branch, ctx.baseSha, head);
  let pull = created === 'exists' ? await tap.findOpenPull(head.owner, branch) : undefined;
  if (created === 'exists' && pull) {
    // An open pull request from this branch: bring its formula to the target, never open a second one.
    const onBranch = (await tap.readFile(file.path, branch, head)) ?? file;
    const again = await compute(onBranch.text);
    if (again.after === onBranch.text) {
      result.status = 'up-to-date';
      result.pullRequest = { number: pull.number, url: pull.html_url, result: 'unchanged' };
      report.write({
        kind: 'pull-request',
        target: `${tap.fullName}#${pull.number}`,
        result: 'unchanged',
        reason: `branch ${branch} already has ${inputs.version}`,
        url: pull.html_url
      });
      return;
    }
    result.commitSha = await tap.writeFile(onBranch, again.after, branch, message, head);
    result.status = 'changed';
    result.diff = unifiedDiff(onBranch.text, again.after, file.path);
    result.pullRequest = { number: pull.number, url: pull.html_url, result: 'updated' };
    report.write({
      kind: 'pull-request',
      target: `${tap.fullName}#${pull.number}`,
      result: 'updated',
      reason: `new commit on ${branch}`,
      url: pull.html_url
    });
    return;
  }
  if (created === 'exists') {
    // A branch left from a closed pull request: start it again from the base.
    await tap.resetBranch(branch, ctx.baseSha, head);
    result.notes.push(`branch ${branch} existed without an open pull request; it was reset to ${ctx.base}`);
  }
  result.commitSha = await tap.writeFile(file, change.after, branch, message, head);
  pull = await tap.createPull(
    `${head.owner}:${branch}`,
    ctx.base,
    title,
    inputs.prBody ?? pullRequestBody(result, inputs)
  );
  if (inputs.labels.length) {
    try {
      await tap.addLabels(pull.number, inputs.labels);
    } catch (e) {
      // Labelling needs triage access on the tap, which a fork's owner usually lacks: the pull
      // request stands, so say so instead of failing a bump that worked.
      if (!isFork) throw e;
      const why = `labels ${inputs.labels.join(', ')} not added to #${pull.number}: the fork's token cannot label pull requests in ${tap.fullName}`;
      result.notes.push(why);
      core.warning(why);
    }
  }
  result.status = 'changed';
  result.pullRequest = { number: pull.number, url: pull.html_url, result: 'created' };
  report.write({
    kind: 'pull-request',
    target: `${tap.fullName}#${pull.number}`,
    result: 'created',
    reason: `from ${head.owner}:${branch}`,
    url: pull.html_url
  });
}
