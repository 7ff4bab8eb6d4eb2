import { readAssetCheckInputs, type AssetCheckSettings } from '#core/asset-check.js';
import { InputReader, type Repository } from '#core/inputs.js';
import { DECISIONS, type Decision } from './evidence.js';
import { parseWaivers, type InvalidWaiver, type Waiver } from './waivers.js';
import { LOGIN_PATTERN } from '#core/identity.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

export type CommentOn = 'none' | 'approval-issue' | 'release';

/** An `approvers` entry: a user, or a team as `org/team-slug`. */
export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; team: string };

export interface GateInputs {
  tag?: string;
  sha: string;
  repository: Repository;
  token: string;
  /** Who the token writes as, when given (see core identity.ts); else asked of the API. */
  tokenLogin?: string;
  requiredWorkflows: string[];
  /** With no `required-workflows`: also require GitHub's dynamic runs (CodeQL default setup, Dependabot, Pages). */
  includeDynamicWorkflows: boolean;
  /** Accept a commit with no CI evidence at all (otherwise ABORT, `no-ci-evidence`). */
  allowNoCi: boolean;
  requiredChecks: string[];
  waitTimeoutMs: number;
  pollIntervalMs: number;
  timeoutDecision: 'ABORT' | 'CONDITIONAL';
  waivers: Waiver[];
  invalidWaivers: InvalidWaiver[];
  /** Expected asset names/templates, in verify-release-assets' syntax; empty: assets not checked. */
  expectedAssets: string[];
  /** A manifest of expected assets, in verify-release-assets' format. */
  manifest?: string;
  targets: string[];
  version?: string;
  checksums: string;
  /** The asset check's inputs as one group (core's asset-check feature): what the gather hands the check. */
  assetCheck: AssetCheckSettings;
  p0Labels: string[];
  p1Labels: string[];
  blockingLabels: string[];
  milestone?: string;
  approval: 'none' | 'comment';
  approvalIssue?: number;
  approvers: Approver[];
  fourEyes: boolean;
  reports: string[];
  failOn: Decision[];
  commentOn: CommentOn;
}

const LOGIN = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)$/;
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/;

/** Parses one `approvers` entry. */
export function parseApprover(text: string): Approver | undefined {
  const team = TEAM.exec(text);
  if (team) return { kind: 'team', org: team[1], team: team[2] };
  const user = LOGIN.exec(text);
  return user ? { kind: 'user', login: user[1] } : undefined;
}

/** The fail-on list: `SHIP IT` may be written `SHIP-IT` or `SHIP_IT`; `none` fails on nothing. */
export function parseFailOn(items: string[], reader: InputReader): Decision[] {
  const out = new Set<Decision>();
  for (const item of items) {
    const norm = item
      .trim()
      .toUpperCase()
      .replace(/[-_\s]+/g, ' ');
    if (norm === 'NONE') continue;
    const hit = DECISIONS.find((d) => d === norm);
    if (hit) out.add(hit);
    else
      reader.fail(
        Inputs.FailOn,
        `${JSON.stringify(item)} is not a decision; use a comma-separated list of ${DECISIONS.join(', ')} (or none).`
      );
  }
  return [...out];
}

/**
 * Reads and validates every input before any side effect.
 * @throws ConfigurationError naming every missing or invalid input.
 */
export function parseInputs(reader = new InputReader()): GateInputs {
  reader.declare(INPUT_DECLARATIONS);
  const tag = reader.tag(Inputs.Tag, { fromRef: true });
  const sha = reader.optional(Inputs.Sha) ?? process.env.GITHUB_SHA ?? '';
  if (!sha) reader.fail(Inputs.Sha, 'is empty and GITHUB_SHA is not set; pass the release commit SHA.');
  else if (!/^[0-9a-f]{40}$/i.test(sha))
    reader.fail(Inputs.Sha, `${JSON.stringify(sha)} is not a full 40-character commit SHA.`);
  const repository = reader.repository(Inputs.Repository);
  const token = reader.secret(Inputs.Token, { required: true });
  const tokenLogin = reader.optional(Inputs.TokenLogin);
  if (tokenLogin !== undefined && !LOGIN_PATTERN.test(tokenLogin))
    reader.fail(
      Inputs.TokenLogin,
      `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot] or octocat.`
    );
  const requiredWorkflows = reader.list(Inputs.RequiredWorkflows);
  const includeDynamicWorkflows = reader.boolean(Inputs.IncludeDynamicWorkflows, { default: false });
  const requiredChecks = reader.list(Inputs.RequiredChecks);
  const allowNoCi = reader.boolean(Inputs.AllowNoCi, { default: false });
  const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
  const pollIntervalMs = reader.duration(Inputs.PollInterval);
  if (pollIntervalMs <= 0) reader.fail(Inputs.PollInterval, 'must be longer than 0, such as 15s.');
  const timeoutDecision = reader.enum(Inputs.TimeoutDecision, ['ABORT', 'CONDITIONAL'] as const);
  const { waivers, invalid: invalidWaivers } = parseWaivers(reader.optional(Inputs.Waivers) ?? '');
  // The asset check's inputs, read as core's group under the gate's names (expected-assets).
  const assetCheck = readAssetCheckInputs(reader, { names: { expected: Inputs.ExpectedAssets }, tag });
  const { expected: expectedAssets, manifest, targets, version, checksums } = assetCheck;
  const p0Labels = reader.list(Inputs.P0Labels);
  const p1Labels = reader.list(Inputs.P1Labels);
  const blockingLabels = reader.list(Inputs.BlockingLabels);
  const milestone = reader.optional(Inputs.Milestone);
  const approval = reader.enum(Inputs.Approval, ['none', 'comment'] as const);
  const approvalIssueRaw = reader.optional(Inputs.ApprovalIssue);
  let approvalIssue: number | undefined;
  if (approvalIssueRaw !== undefined) {
    const m = /^#?(\d+)$/.exec(approvalIssueRaw);
    if (m && Number(m[1]) > 0) approvalIssue = Number(m[1]);
    else
      reader.fail(
        Inputs.ApprovalIssue,
        `${JSON.stringify(approvalIssueRaw)} is not an issue number; use the number, such as 42.`
      );
  }
  const approvers: Approver[] = [];
  for (const entry of reader.list(Inputs.Approvers)) {
    const parsed = parseApprover(entry);
    if (parsed) approvers.push(parsed);
    else reader.fail(Inputs.Approvers, `${JSON.stringify(entry)} is neither a login nor an org/team slug.`);
  }
  const fourEyes = reader.boolean(Inputs.FourEyes);
  const reports = reader.list(Inputs.Reports, { separators: 'newline' });
  const failOn = parseFailOn(reader.list(Inputs.FailOn), reader);
  const commentOn = reader.enum(Inputs.CommentOn, ['none', 'approval-issue', 'release'] as const);

  if (approval === 'comment' && approvalIssue === undefined) {
    reader.fail(
      Inputs.ApprovalIssue,
      "is required when approval is 'comment'; pass the number of the issue QE comments `/qe sign-off` on."
    );
  }
  if (commentOn === 'approval-issue' && approvalIssue === undefined) {
    reader.fail(
      Inputs.CommentOn,
      "is 'approval-issue' but approval-issue is not set; pass the issue number."
    );
  }
  if (commentOn === 'release' && !tag)
    reader.fail(Inputs.CommentOn, "is 'release' but there is no tag (set tag, or run on a tag push).");
  if ((expectedAssets.length || manifest) && !tag)
    reader.fail(
      Inputs.ExpectedAssets,
      'are set but there is no tag to find the release by (set tag, or run on a tag push).'
    );
  const p0 = new Set([...p0Labels, ...blockingLabels].map((l) => l.toLowerCase()));
  const both = p1Labels.filter((l) => p0.has(l.toLowerCase()));
  if (both.length)
    reader.fail(
      Inputs.P1Labels,
      `${JSON.stringify(both.join(', '))} is also a P0 or blocking label; a label marks one priority.`
    );
  reader.finish();
  return {
    tag,
    sha: sha.toLowerCase(),
    repository,
    token,
    tokenLogin,
    requiredWorkflows,
    includeDynamicWorkflows,
    allowNoCi,
    requiredChecks,
    waitTimeoutMs,
    pollIntervalMs,
    timeoutDecision,
    waivers,
    invalidWaivers,
    expectedAssets,
    manifest,
    targets,
    version,
    checksums,
    assetCheck,
    p0Labels,
    p1Labels,
    blockingLabels,
    milestone,
    approval,
    approvalIssue,
    approvers,
    fourEyes,
    reports,
    failOn,
    commentOn
  };
}
