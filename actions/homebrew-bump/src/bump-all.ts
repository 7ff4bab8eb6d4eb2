import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from '../../../packages/core/src/errors.js';
import { createGitHubClient, type GitHubClient } from '../../../packages/core/src/github.js';
import { preflight, type RepositoryAccess } from '../../../packages/core/src/credentials.js';
import { isValidTag, type Repository } from '../../../packages/core/src/inputs.js';
import type { Report } from '../../../packages/core/src/report.js';
import type { BumpRequest } from './bump-plan.js';
import {
  bumpFormulaText,
  rollbackFormulaText,
  type FormulaChange,
  type Sha256Resolver
} from './formula-bump.js';
import { formulaVersion } from './formula-bump.js';
import type { FormulaTarget } from './formula-path.js';
import type { FormulaResult } from './formula-result.js';
import { findVersionInHistory } from './history-search.js';
import type { BumpInputs } from './inputs.js';
import { sha256Resolver } from './sha256-source.js';
import { pullRequestBody, writeSummary } from './summary.js';
import { GitHubTap, type TapFile } from './tap-github.js';
import { localFileAt, localHistory, readLocalFormula, writeLocalFormula } from './tap-local.js';
import { unifiedDiff } from './unified-diff.js';
import { isPrerelease } from './version-compare.js';

function requestFor(inputs: BumpInputs, target: FormulaTarget): BumpRequest {
  return {
    formula: target.name,
    version: inputs.version,
    tag: inputs.tag,
    url: inputs.url,
    urls: inputs.urls,
    sha256: inputs.sha256,
    sha256s: inputs.sha256s,
    bottles: inputs.bottles
  };
}

function commitMessage(inputs: BumpInputs, formula: string): string {
  return (
    inputs.commitMessage ??
    (inputs.rollback ? `${formula}: roll back to ${inputs.version}` : `${formula} ${inputs.version}`)
  );
}

function baseResult(inputs: BumpInputs, target: FormulaTarget): FormulaResult {
  return {
    formula: target.name,
    status: 'failed',
    toVersion: inputs.version,
    diff: '',
    downloads: [],
    changes: [],
    notes: []
  };
}

function fill(result: FormulaResult, change: FormulaChange, path: string): void {
  result.path = path;
  result.fromVersion = change.fromVersion;
  result.downloads = change.downloads;
  result.changes = change.changes;
  result.notes.push(...change.notes);
  result.diff = unifiedDiff(change.before, change.after, path);
}

/** Computes the change for a formula text: a bump, or a rollback from the given history. */
type ChangeFor = (text: string) => Promise<FormulaChange>;

async function changeFor(
  inputs: BumpInputs,
  target: FormulaTarget,
  path: string,
  text: string,
  resolve: Sha256Resolver,
  history: () => Promise<{ sha: string; text: string }>
): Promise<{ compute: ChangeFor; restoredFrom?: string }> {
  if (!inputs.rollback) {
    const request = requestFor(inputs, target);
    return {
      compute: (t) =>
        bumpFormulaText(t, path, request, { allowDowngrade: inputs.allowDowngrade, resolveSha256: resolve })
    };
  }
  if (formulaVersion(text) === inputs.version) {
    return { compute: async (t) => ({ ...rollbackFormulaText(t, t, path, target.name, inputs.version) }) };
  }
  const hit = await history();
  return {
    compute: async (t) => rollbackFormulaText(t, hit.text, path, target.name, inputs.version),
    restoredFrom: hit.sha
  };
}

/** Bumps every formula in a checked-out tap. */
async function bumpLocal(
  inputs: BumpInputs,
  report: Report,
  resolve: Sha256Resolver
): Promise<FormulaResult[]> {
  const results: FormulaResult[] = [];
  for (const target of inputs.formulas) {
    const result = baseResult(inputs, target);
    results.push(result);
    try {
      const file = readLocalFormula(inputs.tapPath!, target);
      const { compute, restoredFrom } = await changeFor(
        inputs,
        target,
        file.path,
        file.text,
        resolve,
        async () => {
          const commits = await localHistory(inputs.tapPath!, file.path);
          return findVersionInHistory(
            commits,
            (sha) => localFileAt(inputs.tapPath!, sha, file.path),
            inputs.version,
            `${file.path} in ${inputs.tapPath}`
          );
        }
      );
      const change = await compute(file.text);
      fill(result, change, file.path);
      result.restoredFrom = restoredFrom;
      if (change.status === 'up-to-date') {
        result.status = 'up-to-date';
        report.write({
          kind: 'formula',
          target: file.path,
          result: 'unchanged',
          reason: `already at ${inputs.version}`
        });
      } else if (inputs.dryRun) {
        result.status = 'would-change';
        report.write({ kind: 'formula', target: file.path, result: 'skipped', reason: 'dry-run' });
      } else {
        writeLocalFormula(file, change.after);
        result.status = 'changed';
        report.write({ kind: 'formula', target: file.path, result: 'updated' });
      }
    } catch (e) {
      fail(report, result, e);
    }
  }
  return results;
}

function fail(report: Report, result: FormulaResult, e: unknown): void {
  result.status = 'failed';
  result.error = getErrorMessage(e);
  report.fail(result.formula, result.error);
  if (!(e instanceof ConfigurationError) && e instanceof Error && e.stack) core.debug(e.stack);
}

interface ApiContext {
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

async function findTapFile(
  tap: GitHubTap,
  target: FormulaTarget,
  ref: string,
  base: string
): Promise<TapFile> {
  for (const candidate of target.candidates) {
    const file = await tap.readFile(candidate, ref);
    if (file) return file;
  }
  throw new ConfigurationError(
    `Input 'formula': ${target.name} is not in ${tap.fullName} on ${base} (looked for ${target.candidates.join(', ')}).`
  );
}

/** Bumps one formula through the API: push to the base branch, or a branch and pull request. */
async function bumpViaApi(ctx: ApiContext, target: FormulaTarget, result: FormulaResult): Promise<void> {
  const { inputs, report, tap } = ctx;
  const file = await findTapFile(tap, target, ctx.baseSha, ctx.base);
  const { compute, restoredFrom } = await changeFor(inputs, target, file.path, file.text, ctx.resolve, () =>
    findVersionInHistory(
      tap.fileHistory(file.path, ctx.baseSha),
      async (sha) => (await tap.readFile(file.path, sha))?.text,
      inputs.version,
      `${file.path} in ${tap.fullName}`
    )
  );
  result.restoredFrom = restoredFrom;
  const change = await compute(file.text);
  fill(result, change, file.path);
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

  // Pull request: the branch lives in the tap, or in a fork when the token cannot push.
  if (!ctx.headRepo) ctx.headRepo = ctx.access.push === false ? await tap.fork() : tap.repo;
  const head = ctx.headRepo;
  const isFork = head.owner !== tap.repo.owner || head.repo !== tap.repo.repo;
  if (isFork) result.fork = `${head.owner}/${head.repo}`;
  const branch = inputs.branch ?? `${inputs.rollback ? 'rollback' : 'bump'}-${target.name}-${inputs.version}`;
  if (!isValidTag(branch))
    throw new ConfigurationError(
      `Input 'branch': the branch name ${JSON.stringify(branch)} is not valid in git; pass 'branch'.`
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

/** Runs the bump (or rollback) for every formula and writes the summary and outputs. */
export async function bumpAll(inputs: BumpInputs, report: Report): Promise<void> {
  const skipPrerelease = !inputs.rollback && !inputs.allowPrerelease && isPrerelease(inputs.version);
  let results: FormulaResult[] = [];
  let requests: string[] | undefined;
  if (inputs.mode === 'local') {
    if (skipPrerelease) results = skipAll(inputs, report);
    else {
      const gh: GitHubClient | undefined = inputs.token ? await createGitHubClient(inputs.token) : undefined;
      results = await bumpLocal(inputs, report, sha256Resolver(gh, inputs.token));
    }
  } else {
    const gh = await createGitHubClient(inputs.token);
    const tap = new GitHubTap(gh, inputs.tap!);
    // Preflight before anything is read or written: a token that cannot see the tap fails here.
    const access = await preflight(gh, tap.repo, 'read');
    tap.calls.push('get-repo');
    // Installation tokens (GITHUB_TOKEN, GitHub App tokens: the documented `ghs_` prefix) get a
    // `permissions` object that does not describe what the installation may write; for them the first
    // write is the check, and its 403 says what to configure. A user token's `push: false` is final.
    if (access.push === false && inputs.token.startsWith('ghs_')) access.push = 'unknown';
    if (inputs.mode === 'push' && access.push === false) {
      throw new ConfigurationError(
        `The token in 'token' can read ${tap.fullName} but cannot push to it, which mode: push needs. Give it contents: write on ${tap.fullName}, or use mode: pull-request (which forks when it cannot push).`
      );
    }
    if (skipPrerelease) results = skipAll(inputs, report);
    else {
      const base = inputs.baseBranch ?? access.defaultBranch;
      // Only a new branch needs the base commit's SHA; a push or a dry run reads the file at the branch name.
      const needsSha = inputs.mode === 'pull-request' && !inputs.dryRun;
      const baseSha = needsSha ? await tap.branchHead(base) : base;
      if (!baseSha)
        throw new ConfigurationError(`Input 'base-branch': ${tap.fullName} has no branch ${base}.`);
      const ctx: ApiContext = {
        inputs,
        report,
        tap,
        access,
        base,
        baseSha,
        resolve: sha256Resolver(gh, inputs.token)
      };
      for (const target of inputs.formulas) {
        const result = baseResult(inputs, target);
        results.push(result);
        try {
          await bumpViaApi(ctx, target, result);
        } catch (e) {
          fail(report, result, e);
        }
      }
    }
    requests = tap.calls;
  }
  writeSummary(report, results, inputs, requests);
}

function skipAll(inputs: BumpInputs, report: Report): FormulaResult[] {
  const message = `${inputs.version} is a pre-release; Homebrew keeps one version per formula, so it is skipped. Set allow-prerelease: true to bump to it anyway.`;
  core.notice(message);
  return inputs.formulas.map((target) => {
    report.write({
      kind: 'formula',
      target: target.name,
      result: 'skipped',
      reason: `pre-release ${inputs.version}`
    });
    return { ...baseResult(inputs, target), status: 'skipped' as const, notes: [message] };
  });
}
