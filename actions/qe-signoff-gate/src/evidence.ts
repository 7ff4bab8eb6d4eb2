/** The evidence the gate gathers, in the shape the decision rules read. */
import type { ApprovalEvaluation } from './approvals.js';
import type { PullRequestRef } from './linking.js';
import type { InvalidWaiver, JudgedWaiver } from './waivers.js';

export type Decision = 'ABORT' | 'HOTFIX' | 'CONDITIONAL' | 'SHIP IT';
export const DECISIONS: readonly Decision[] = ['ABORT', 'HOTFIX', 'CONDITIONAL', 'SHIP IT'];

export interface Reason {
  rule: string;
  detail: string;
  url?: string;
}

/** `missing`: required but nothing ran (a required workflow with zero runs is pending, never passing). */
export type CheckState = 'success' | 'failure' | 'pending' | 'missing';

/** A workflow, check run, commit status or earlier release-kit report. */
export interface CheckItem {
  kind: 'workflow' | 'check-run' | 'status' | 'report';
  /** Display name. */
  name: string;
  /** Every name a requirement or waiver may use: workflow name, file name, path, check name, context. */
  names: string[];
  required: boolean;
  state: CheckState;
  /** The raw status/conclusion, e.g. `completed/failure`, `in_progress`, `error`. */
  conclusion?: string;
  url?: string;
  /** Extra facts for the report: `attempt 2`, `3 failures`. */
  detail?: string;
  waiver?: JudgedWaiver;
}

export interface IssueItem {
  number: number;
  title: string;
  url: string;
  priority: 'P0' | 'P1';
  labels: string[];
  /** Open pull requests that close this issue, by authors with write permission. */
  fixes: PullRequestRef[];
  /** Open pull requests that say they close it, by authors without write permission: not counted. */
  ignoredFixes?: PullRequestRef[];
  waiver?: JudgedWaiver;
}

export interface AssetEvidence {
  /** False when no expected assets were configured. */
  checked: boolean;
  verified: number;
  missing: string[];
  mismatched: { name: string; detail: string }[];
  unexpected: string[];
  /** Why the assets could not be verified at all (no release, several drafts). */
  error?: string;
  url?: string;
  /** One row per expected asset for the report. */
  rows: { name: string; status: string; detail: string }[];
}

export interface ApprovalEvidence {
  mode: 'none' | 'comment';
  issue?: number;
  issueUrl?: string;
  evaluation?: ApprovalEvaluation;
}

/** What the gate found on the commit, for the `no-ci-evidence` rule (an empty list is never green). */
export interface CiFound {
  sha: string;
  /** Workflow runs other than the calling run (dynamic ones included). */
  workflowRuns: number;
  checkRuns: number;
  statuses: number;
  reports: number;
}

export interface Evidence {
  checks: CheckItem[];
  /** Filled by the gatherer; absent in hand-built evidence (then the no-CI rule reads `checks` only). */
  ci?: CiFound;
  /** `allow-no-ci`: a commit with nothing required may still SHIP IT. */
  allowNoCi?: boolean;
  timeoutDecision: 'ABORT' | 'CONDITIONAL';
  /** How long the gate waited for unfinished runs, in ms (for the report). */
  waitedMs: number;
  assets: AssetEvidence;
  issues: IssueItem[];
  approval: ApprovalEvidence;
  waivers: JudgedWaiver[];
  invalidWaivers: InvalidWaiver[];
}

export interface Verdict {
  decision: Decision;
  reasons: Reason[];
}
