/** Gathers every piece of evidence the decision rules read, waiting for unfinished runs up to the deadline. */
import * as core from '@actions/core';
import type { GitHubClient } from '#core/github.js';
import type { Inventory } from '#core/inventory.js';
import type { ReleaseState } from '#core/release.js';
import { Deadline, sleep } from '#core/time-scale.js';
import { commandAuthors, evaluateApprovals, type Authority, type IssueComment } from './approvals.js';
import type { ApprovalEvidence, AssetEvidence, CheckItem, Evidence, IssueItem } from './evidence.js';
import { checkAssets, unverifiable } from './gather/assets.js';
import { approvalIssueUrl, commitFacts, listIssueComments } from './gather/approval.js';
import { AuthorityLookup } from './gather/authority.js';
import { checkItems, listCheckRuns, listCombinedStatuses } from './gather/checks.js';
import { issueItems, listOpenPulls, listPriorityIssues, resolveMilestone } from './gather/issues.js';
import { reportItem } from './gather/reports.js';
import { listWorkflowRuns, workflowItems } from './gather/workflows.js';
import type { GateInputs } from './inputs.js';
import { COMMENT_MARKER } from './publish.js';
import { judgeWaivers, waiverForCheck, waiverForIssue, type JudgedWaiver } from './waivers.js';

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

  const waiverLogins = [...new Set(inputs.waivers.map((w) => w.login.toLowerCase()))];
  const writers = new Map(
    await Promise.all(waiverLogins.map(async (l) => [l, await authority.canWrite(l)] as const))
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
  for (let poll = 1; ; poll++) {
    const [runs, checkRuns, statuses] = await Promise.all([
      listWorkflowRuns(gh, repo, inputs.sha),
      listCheckRuns(gh, repo, inputs.sha),
      listCombinedStatuses(gh, repo, inputs.sha)
    ]);
    checks = withWaivers([
      ...workflowItems(runs, inputs.requiredWorkflows, options.callingRunId),
      ...checkItems(checkRuns, statuses, inputs.requiredChecks),
      ...reports
    ]);
    const states = checks.map(blocking);
    const waiting = checks.filter((_, i) => states[i] === 'waiting');
    // A failure already decides ABORT: waiting longer cannot change that.
    if (waiting.length === 0 || states.includes('failure') || deadline.passed()) break;
    core.info(
      `Poll ${poll}: waiting for ${waiting.map((c) => `${c.name} (${c.conclusion ?? c.state})`).join(', ')}`
    );
    await sleep(Math.min(inputs.pollIntervalMs, leftMs()));
  }

  let release: ReleaseState | undefined;
  if (inputs.tag && (inventory || inputs.commentOn === 'release' || inputs.fourEyes)) {
    const { findRelease } = await import('#core/release.js');
    release = await findRelease(gh, repo, { tag: inputs.tag });
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
      ? await checkAssets(gh, repo, release, inventory, {
          settings: inputs.assetCheck,
          // Once a required item has failed the decision is ABORT: no point waiting for late uploads.
          waitMs: checks.some((c) => blocking(c) === 'failure') ? 0 : leftMs(),
          pollIntervalMs: inputs.pollIntervalMs,
          log: (m) => core.info(m)
        })
      : unverifiable(inventory, 'there is no tag to find the release by');
  }

  const milestone = inputs.milestone ? await resolveMilestone(gh, repo, inputs.milestone) : undefined;
  const priority = await listPriorityIssues(gh, repo, {
    p0Labels: [...inputs.p0Labels, ...inputs.blockingLabels],
    p1Labels: inputs.p1Labels,
    milestone
  });
  const pulls = priority.length ? await listOpenPulls(gh, repo) : [];
  const issues: IssueItem[] = issueItems(priority, pulls, repoName).map((i) => ({
    ...i,
    waiver: waiverForIssue(waivers, i.number)
  }));

  const approval: ApprovalEvidence = { mode: inputs.approval };
  let comments: IssueComment[] | undefined;
  if (
    inputs.approvalIssue !== undefined &&
    (inputs.approval === 'comment' || inputs.commentOn === 'approval-issue')
  ) {
    approval.issueUrl = await approvalIssueUrl(gh, repo, inputs.approvalIssue);
    comments = await listIssueComments(gh, repo, inputs.approvalIssue);
  }
  if (inputs.approval === 'comment' && comments) {
    approval.issue = inputs.approvalIssue;
    const commit = await commitFacts(gh, repo, inputs.sha);
    const authors = [release?.release?.author?.login, commit.authorLogin].filter((a): a is string => !!a);
    const logins = commandAuthors(comments, COMMENT_MARKER);
    const authorityMap = new Map<string, Authority>(
      await Promise.all(
        logins.map(async (l) => [l, await authority.approvalAuthority(l, inputs.approvers)] as const)
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
