/** Gathers every piece of evidence the decision rules read, waiting for unfinished runs up to the deadline. */
import type { GitHubClient } from '#core/github.js';
import type { Inventory } from '#core/inventory.js';
import type { ReleaseState } from '#core/release.js';
import { Deadline, sleep } from '#core/time-scale.js';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import { commandAuthors, evaluateApprovals, type Authority, type IssueComment } from './approvals.js';
import type { ApprovalEvidence, AssetEvidence, CheckItem, Evidence, IssueItem } from './evidence.js';
import { checkAssets, unverifiable } from './gather/assets.js';
import { approvalIssueUrl, commitFacts, listIssueComments } from './gather/approval.js';
import { AuthorityLookup } from './gather/authority.js';
import { checkItems, listCheckRuns, listCombinedStatuses } from './gather/checks.js';
import { issueItems, listOpenPulls, listPriorityIssues, resolveMilestone } from './gather/issues.js';
import { checkLabels, listLabelNames } from './gather/labels.js';
import { reportItem } from './gather/reports.js';
import { INPUT_DECLARATIONS, Inputs } from './generated/io.js';
import { listWorkflowRuns, workflowItems } from './gather/workflows.js';
import type { GateInputs } from './inputs.js';
import { COMMENT_MARKER } from './publish.js';
import { judgeWaivers, waiverForCheck, waiverForIssue, type JudgedWaiver } from './waivers.js';
import { logInfo } from '#core/untrusted-text.js';

export interface Gathered {
  evidence: Evidence;
  release?: ReleaseState;
  /** The approval issue's comments, when read (publishing reuses them). */
  comments?: IssueComment[];
}

export interface GatherOptions {
  /** The calling workflow run, left out of the workflows (it is this run, still in progress). */
  callingRunId?: number;
  /** Where relative `reports` paths are resolved. */
  workspace: string;
  /** `YYYY-MM-DD`, UTC: waivers hold through their `until` day. */
  today: string;
}

/**
 * A piece of evidence that could not be read completely (a list cut short on every attempt, a source
 * that kept failing). The gate decides ABORT on it: nothing incomplete may read as a go.
 */
export class EvidenceUnavailableError extends Error {
  constructor(
    /** What could not be read, e.g. `open issues labelled P0`. */
    readonly evidence: string,
    override readonly cause: unknown
  ) {
    super(`${evidence} could not be read completely: ${getErrorMessage(cause)}`);
    this.name = 'EvidenceUnavailableError';
  }
}

/** Reads one piece of evidence; any failure but a configuration mistake names the evidence. */
async function readEvidence<T>(evidence: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof ConfigurationError || e instanceof EvidenceUnavailableError) throw e;
    throw new EvidenceUnavailableError(evidence, e);
  }
}

/** The labels are the input's action.yml default (not typed by the user). */
function isDefault(input: keyof typeof INPUT_DECLARATIONS, labels: string[]): boolean {
  const declared: string | undefined = INPUT_DECLARATIONS[input].default;
  return declared !== undefined && labels.join('\n') === declared.trim();
}

function blocking(c: CheckItem): 'failure' | 'waiting' | undefined {
  if (!c.required || c.waiver || c.state === 'success') return undefined;
  return c.state === 'failure' ? 'failure' : 'waiting';
}

export async function gatherEvidence(
  gh: GitHubClient,
  inputs: GateInputs,
  inventory: Inventory | undefined,
  options: GatherOptions
): Promise<Gathered> {
  const repo = inputs.repository;
  const repoName = `${repo.owner}/${repo.repo}`;
  const authority = new AuthorityLookup(gh, repo);
  const startedAt = Date.now();
  const deadline = new Deadline(inputs.waitTimeoutMs);
  /** What is left of the wait, in input-time ms (what core's `sleep` and the asset engine take). */
  const leftMs = () => deadline.leftMs();

  // A mistyped label would list no issues: check them first, before any waiting.
  const labelInputs = [
    { input: Inputs.P0Labels, labels: inputs.p0Labels },
    { input: Inputs.BlockingLabels, labels: inputs.blockingLabels },
    { input: Inputs.P1Labels, labels: inputs.p1Labels }
  ].map((l) => ({ ...l, defaulted: isDefault(l.input, l.labels) }));
  if (labelInputs.some((l) => l.labels.length)) {
    const known = await readEvidence(`the labels of ${repoName}`, () => listLabelNames(gh, repo));
    const absent = checkLabels(known, labelInputs, repoName);
    if (absent.length)
      logInfo(
        `${repoName} has no label ${absent.map((l) => `"${l}"`).join(', ')} (a default of this action): no issue carries it, so none is counted by it.`
      );
  }

  const waiverLogins = [...new Set(inputs.waivers.map((w) => w.login.toLowerCase()))];
  const writers = new Map(
    await Promise.all(
      waiverLogins.map(
        async (l) =>
          [
            l,
            await readEvidence(`the permission of waiver author ${l}`, () => authority.canWrite(l))
          ] as const
      )
    )
  );
  const waivers: JudgedWaiver[] = judgeWaivers(
    inputs.waivers,
    options.today,
    (l) => writers.get(l.toLowerCase()) ?? false
  );

  const reports = await Promise.all(inputs.reports.map((f) => reportItem(f, options.workspace)));
  const withWaivers = (items: CheckItem[]) =>
    items.map((c) =>
      c.required && c.state !== 'success' ? { ...c, waiver: waiverForCheck(waivers, c.names) } : c
    );

  let checks: CheckItem[] = [];
  let ci: Evidence['ci'];
  for (let poll = 1; ; poll++) {
    const [runs, checkRuns, statuses] = await Promise.all([
      readEvidence(`the workflow runs of ${inputs.sha}`, () => listWorkflowRuns(gh, repo, inputs.sha)),
      readEvidence(`the check runs of ${inputs.sha}`, () => listCheckRuns(gh, repo, inputs.sha)),
      readEvidence(`the commit statuses of ${inputs.sha}`, () => listCombinedStatuses(gh, repo, inputs.sha))
    ]);
    checks = withWaivers([
      ...workflowItems(runs, inputs.requiredWorkflows, options.callingRunId, inputs.includeDynamicWorkflows),
      ...checkItems(checkRuns, statuses, inputs.requiredChecks),
      ...reports
    ]);
    ci = {
      sha: inputs.sha,
      workflowRuns: runs.filter((r) => r.id !== options.callingRunId).length,
      checkRuns: checkRuns.length,
      statuses: statuses.length,
      reports: reports.length
    };
    const states = checks.map(blocking);
    const waiting = checks.filter((_, i) => states[i] === 'waiting');
    // A failure already decides ABORT: waiting longer cannot change that.
    if (waiting.length === 0 || states.includes('failure') || deadline.passed()) break;
    logInfo(
      `Poll ${poll}: waiting for ${waiting.map((c) => `${c.name} (${c.conclusion ?? c.state})`).join(', ')}`
    );
    await sleep(Math.min(inputs.pollIntervalMs, leftMs()));
  }

  let release: ReleaseState | undefined;
  if (inputs.tag && (inventory || inputs.commentOn === 'release' || inputs.fourEyes)) {
    const { findRelease } = await import('#core/release.js');
    const tag = inputs.tag;
    release = await readEvidence(`the release of tag ${tag}`, () => findRelease(gh, repo, { tag }));
  }

  let assets: AssetEvidence = {
    checked: false,
    verified: 0,
    missing: [],
    mismatched: [],
    unexpected: [],
    rows: []
  };
  if (inventory) {
    assets = release
      ? await readEvidence(`the assets of release ${inputs.tag}`, () =>
          checkAssets(gh, repo, release!, inventory, {
            settings: inputs.assetCheck,
            // Once a required item has failed the decision is ABORT: no point waiting for late uploads.
            waitMs: checks.some((c) => blocking(c) === 'failure') ? 0 : leftMs(),
            pollIntervalMs: inputs.pollIntervalMs,
            log: (m) => logInfo(m)
          })
        )
      : unverifiable(inventory, 'there is no tag to find the release by');
  }

  const wanted = inputs.milestone;
  const milestone = wanted
    ? await readEvidence('the milestones', () => resolveMilestone(gh, repo, wanted))
    : undefined;
  const labels = [...inputs.p0Labels, ...inputs.blockingLabels, ...inputs.p1Labels];
  const priority = await readEvidence(`the open issues labelled ${labels.join(', ')}`, () =>
    listPriorityIssues(gh, repo, {
      p0Labels: [...inputs.p0Labels, ...inputs.blockingLabels],
      p1Labels: inputs.p1Labels,
      milestone
    })
  );
  const pulls = priority.length
    ? await readEvidence('the open pull requests', () => listOpenPulls(gh, repo))
    : [];
  // Anyone can open a pull request saying "Fixes #N": only one by a writer is a fix in flight.
  const linked = issueItems(priority, pulls, repoName);
  const fixAuthors = [...new Set(linked.flatMap((i) => i.fixes.map((p) => p.user?.login ?? '')))];
  const fixWriters = new Map(
    await Promise.all(fixAuthors.map(async (l) => [l, l !== '' && (await authority.canWrite(l))] as const))
  );
  const byWriter = (p: { user?: { login?: string } | null }) => fixWriters.get(p.user?.login ?? '') === true;
  const issues: IssueItem[] = linked.map((i) => ({
    ...i,
    fixes: i.fixes.filter(byWriter),
    ...(i.fixes.some((p) => !byWriter(p)) ? { ignoredFixes: i.fixes.filter((p) => !byWriter(p)) } : {}),
    waiver: waiverForIssue(waivers, i.number)
  }));

  const approval: ApprovalEvidence = { mode: inputs.approval };
  let comments: IssueComment[] | undefined;
  if (
    inputs.approvalIssue !== undefined &&
    (inputs.approval === 'comment' || inputs.commentOn === 'approval-issue')
  ) {
    const issue = inputs.approvalIssue;
    approval.issueUrl = await readEvidence(`approval issue #${issue}`, () =>
      approvalIssueUrl(gh, repo, issue)
    );
    comments = await readEvidence(`the comments of approval issue #${issue}`, () =>
      listIssueComments(gh, repo, issue)
    );
  }
  if (inputs.approval === 'comment' && comments) {
    approval.issue = inputs.approvalIssue;
    const commit = await readEvidence(`commit ${inputs.sha}`, () => commitFacts(gh, repo, inputs.sha));
    const authors = [release?.release?.author?.login, commit.authorLogin].filter((a): a is string => !!a);
    const logins = commandAuthors(comments, COMMENT_MARKER);
    const authorityMap = new Map<string, Authority>(
      await Promise.all(
        logins.map(
          async (l) =>
            [
              l,
              await readEvidence(`the approval authority of ${l}`, () =>
                authority.approvalAuthority(l, inputs.approvers)
              )
            ] as const
        )
      )
    );
    approval.evaluation = evaluateApprovals(comments, {
      commitTime: commit.time,
      authors,
      fourEyes: inputs.fourEyes,
      authority: authorityMap,
      ownMarker: COMMENT_MARKER
    });
  }

  return {
    evidence: {
      checks,
      ci,
      allowNoCi: inputs.allowNoCi,
      timeoutDecision: inputs.timeoutDecision,
      waitedMs: Date.now() - startedAt,
      assets,
      issues,
      approval,
      waivers,
      invalidWaivers: inputs.invalidWaivers
    },
    release,
    comments
  };
}
