import { ConfigurationError } from '../errors.js';
import { rollbackFormulaText, formulaVersion } from './formula-bump.js';
import type { FormulaTarget } from './formula-path.js';
import { findVersionInHistory } from './history-search.js';
import { findFormulaFile, type GitHubTap, type PullRequest, type TapFile } from './tap-github.js';
import { unifiedDiff } from './unified-diff.js';

// Rolling a tap's formula back to an earlier version through the API: the values of that version are
// restored from the formula's own history (url, sha256, mirrors, version, revision, bottles), every
// other change made since is kept, and the result goes to the default branch or a pull request.
// Shared by homebrew-bump's `rollback-to` and release-rollback's tap step.

export type TapWriteMode = 'pull-request' | 'push';

export interface TapRollbackRequest {
  formula: FormulaTarget;
  /** The version to roll back to. */
  version: string;
  /** The input `version` came from, when the user named it (errors about it then point there). */
  versionInput?: string;
  mode: TapWriteMode;
  /** The tap's default branch. */
  base: string;
  /** The pull request's branch (default `rollback-<formula>-<version>`). */
  branch?: string;
  title?: string;
  body?: string;
}

/** What a rollback would change, read before anything is written. */
export interface TapRollbackPlan {
  request: TapRollbackRequest;
  path: string;
  /** The version on the default branch now. */
  currentVersion?: string;
  baseSha: string;
  file: TapFile;
  /** The rolled-back text, when a change is needed on the default branch. */
  after?: string;
  diff?: string;
  /** The commit the old values were taken from. */
  restoredFrom?: string;
  branch: string;
  /** An open pull request from `branch`, when there is one. */
  pull?: PullRequest;
  /** `unchanged`: the default branch has the version, or the open pull request already brings it. */
  state: 'unchanged' | 'change';
  detail: string;
}

export interface TapRollbackResult {
  state: 'created' | 'updated' | 'unchanged';
  detail: string;
  commitSha?: string;
  pull?: { number: number; url: string };
}

/**
 * Reads the tap and works out the rollback: the formula file, its version now, the commit in its
 * history at `version`, the restored text, and any open pull request from the rollback branch.
 * @throws ConfigurationError when the formula or the version in its history cannot be found.
 */
export async function planTapRollback(tap: GitHubTap, request: TapRollbackRequest): Promise<TapRollbackPlan> {
  const baseSha = await tap.branchHead(request.base);
  if (!baseSha) throw new ConfigurationError(`${tap.fullName} has no branch ${request.base}.`);
  const file = await findFormulaFile(tap, request.formula, baseSha, request.base);
  const currentVersion = formulaVersion(file.text);
  const branch = request.branch ?? `rollback-${request.formula.name}-${request.version}`;
  const base: Omit<TapRollbackPlan, 'state' | 'detail'> = {
    request,
    path: file.path,
    currentVersion,
    baseSha,
    file,
    branch
  };
  if (currentVersion === request.version)
    return {
      ...base,
      state: 'unchanged',
      detail: `${file.path} is at ${request.version} on ${request.base}`
    };
  const hit = await findVersionInHistory(
    tap.fileHistory(file.path, baseSha),
    async (sha) => (await tap.readFile(file.path, sha))?.text,
    request.version,
    `${file.path} in ${tap.fullName}`,
    request.versionInput
  );
  const change = rollbackFormulaText(file.text, hit.text, file.path, request.formula.name, request.version);
  const plan: TapRollbackPlan = {
    ...base,
    after: change.after,
    diff: unifiedDiff(file.text, change.after, file.path),
    restoredFrom: hit.sha,
    state: 'change',
    detail: `restore ${request.version} from ${hit.sha.slice(0, 12)}`
  };
  if (request.mode === 'pull-request') {
    plan.pull = await tap.findOpenPull(tap.repo.owner, branch);
    if (plan.pull) {
      const onBranch = await tap.readFile(file.path, branch);
      if (onBranch && formulaVersion(onBranch.text) === request.version) {
        plan.state = 'unchanged';
        plan.detail = `pull request #${plan.pull.number} already rolls ${file.path} back to ${request.version}`;
      }
    }
  }
  return plan;
}

const messageFor = (r: TapRollbackRequest) => `${r.formula.name}: roll back to ${r.version}`;

/**
 * Carries out a planned rollback. A pull request is found again by its branch before one is opened,
 * and a create whose answer was lost is adopted when the pull request turns out to exist.
 */
export async function applyTapRollback(tap: GitHubTap, plan: TapRollbackPlan): Promise<TapRollbackResult> {
  const { request } = plan;
  if (plan.state === 'unchanged' || plan.after === undefined)
    return {
      state: 'unchanged',
      detail: plan.detail,
      pull: plan.pull && { number: plan.pull.number, url: plan.pull.html_url }
    };
  const message = messageFor(request);
  if (request.mode === 'push') {
    const commitSha = await tap.writeFile(plan.file, plan.after, request.base, message);
    return { state: 'updated', detail: `committed to ${request.base}`, commitSha };
  }
  const created = await tap.createBranch(plan.branch, plan.baseSha);
  let pull = created === 'exists' ? await tap.findOpenPull(tap.repo.owner, plan.branch) : undefined;
  if (created === 'exists') {
    const onBranch = (await tap.readFile(plan.path, plan.branch)) ?? plan.file;
    if (pull && formulaVersion(onBranch.text) === request.version)
      return {
        state: 'unchanged',
        detail: `pull request #${pull.number} already rolls back`,
        pull: { number: pull.number, url: pull.html_url }
      };
    if (!pull) await tap.resetBranch(plan.branch, plan.baseSha);
  }
  const onBranch = pull ? ((await tap.readFile(plan.path, plan.branch)) ?? plan.file) : plan.file;
  const after = pull
    ? rollbackFormulaText(onBranch.text, plan.after, plan.path, request.formula.name, request.version).after
    : plan.after;
  const commitSha = await tap.writeFile(onBranch, after, plan.branch, message);
  if (pull)
    return {
      state: 'updated',
      detail: `new commit on ${plan.branch}`,
      commitSha,
      pull: { number: pull.number, url: pull.html_url }
    };
  const title = request.title ?? message;
  const body = request.body ?? `Rolls ${request.formula.name} back to ${request.version}.`;
  // GitHubTap opens pull requests exactly once (a lost answer is looked up by head before a replay).
  pull = await tap.createPull(`${tap.repo.owner}:${plan.branch}`, request.base, title, body);
  return {
    state: 'created',
    detail: `from ${plan.branch}`,
    commitSha,
    pull: { number: pull.number, url: pull.html_url }
  };
}
