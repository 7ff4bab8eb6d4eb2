/**
 * The GitHub simulator's state. Plain data (plus Buffers for bytes) so that it saves to and loads from
 * the state file as it is; `normalizeState` fills the defaults a hand-written seed leaves out.
 */

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export const PERMISSION_RANK: Record<Permission | 'none', number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5
};

/** Token scopes an integration token (GITHUB_TOKEN, App installation) can be limited to. */
export type TokenScope =
  | 'contents'
  | 'issues'
  | 'pull_requests'
  | 'checks'
  | 'statuses'
  | 'actions'
  | 'metadata'
  | 'administration'
  | 'members';

export interface SimUser {
  login: string;
  id: number;
  type: 'User' | 'Organization' | 'Bot';
  name: string | null;
  email: string | null;
  site_admin: boolean;
  created_at: string;
  /** Organizations only: member logins with their org role. */
  members?: Record<string, 'admin' | 'member'>;
  /** Organizations only: the permission every member has on every org repository (GitHub's base permission). */
  base_permission?: Permission | 'none';
}

export interface SimToken {
  token: string;
  login: string;
  /** `user` (PAT), or `integration` (GITHUB_TOKEN / App installation: 403 "Resource not accessible by integration"). */
  kind: 'user' | 'integration';
  /** Integration tokens: the `owner/name` repositories the installation covers (all when absent). */
  repositories?: string[];
  /** Per-scope caps; a scope absent from a present map is `none`. Absent map: no cap. */
  permissions?: Partial<Record<TokenScope, 'read' | 'write' | 'none'>>;
  /** The App that owns an integration token, for `check_run.app`. */
  app?: { id: number; slug: string; name: string };
  /**
   * Primary rate limit for this token (default 5000, or 1000 for integrations). Only an explicit limit
   * is enforced: past it, GitHub's 403 "API rate limit exceeded" with `x-ratelimit-remaining: 0`.
   */
  rate_limit?: number;
  /** Length of the rate-limit window in seconds (default 3600). */
  rate_window?: number;
}

export interface SimTeam {
  id: number;
  org: string;
  slug: string;
  name: string;
  members: Record<string, 'member' | 'maintainer'>;
  /** `owner/name` → permission the team grants. */
  repos: Record<string, Permission>;
}

export interface GitPerson {
  name: string;
  email: string;
  date: string;
}

export interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

export type GitObject =
  | { type: 'blob'; content: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | {
      type: 'commit';
      tree: string;
      parents: string[];
      message: string;
      author: GitPerson;
      committer: GitPerson;
      verification: Verification;
    }
  | { type: 'tag'; tag: string; object: string; objectType: string; message: string; tagger: GitPerson };

export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface SimAsset {
  id: number;
  name: string;
  label: string | null;
  content_type: string;
  /** `uploaded`, or `starter` for an upload that never finished (GitHub keeps those around). */
  state: 'uploaded' | 'starter' | 'open';
  data: Buffer;
  /** Bytes generated while streaming instead of `data` (huge assets); see synthetic.ts. */
  synthetic?: { size: number; seed: string };
  size: number;
  digest: string | null;
  uploader: string;
  download_count: number;
  created_at: string;
  updated_at: string;
}

export interface SimRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  author: string;
  /** Drafts get an `untagged-<hex>` slug in html_url, as on GitHub. */
  untagged_slug: string;
  assets: SimAsset[];
}

export interface SimLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface SimMilestone {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  creator: string;
  due_on: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface SimComment {
  id: number;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface SimIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  user: string;
  labels: string[];
  assignees: string[];
  milestone: number | null;
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  /** Set when this issue is the issue half of a pull request. */
  pull?: SimPull;
}

export interface SimPull {
  id: number;
  number: number;
  /** `owner:branch` of the head, and the repository it lives in (`owner/name`). */
  head_ref: string;
  head_repo: string;
  head_sha: string;
  base_ref: string;
  base_sha: string;
  draft: boolean;
  maintainer_can_modify: boolean;
  merged: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

export interface SimCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  external_id: string | null;
  details_url: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  app: { id: number; slug: string; name: string };
  check_suite_id: number;
}

export interface SimStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  target_url: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface SimWorkflow {
  id: number;
  name: string;
  path: string;
  state: 'active' | 'disabled_manually' | 'disabled_inactivity' | 'deleted';
  created_at: string;
  updated_at: string;
}

export interface SimRunAttempt {
  run_attempt: number;
  status: string;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at: string;
}

export interface SimWorkflowRun {
  id: number;
  workflow_id: number;
  name: string;
  display_title: string;
  head_sha: string;
  head_branch: string | null;
  event: string;
  run_number: number;
  actor: string;
  check_suite_id: number;
  /** Every attempt, oldest first; the run shows the last one. */
  attempts: SimRunAttempt[];
}

export interface SimRepo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  homepage: string | null;
  default_branch: string;
  /** The repository setting "immutable releases": releases published while on are immutable. */
  immutable_releases: boolean;
  archived: boolean;
  has_issues: boolean;
  /** `owner/name` of the parent when this repository is a fork. */
  parent: string | null;
  created_at: string;
  updated_at: string;
  pushed_at: string;
  collaborators: Record<string, Permission>;
  objects: Record<string, GitObject>;
  /** Full ref names (`refs/heads/main`, `refs/tags/v1`) → sha. Branches are the `refs/heads/` refs. */
  refs: Record<string, string>;
  releases: SimRelease[];
  /** Tags that were used by an immutable release: GitHub refuses to reuse them. */
  burned_tags: string[];
  /**
   * The release explicitly made latest (`make_latest: true`); absent or null means GitHub's legacy
   * rule (the newest published, non-prerelease release).
   */
  latest_release_id?: number | null;
  issues: SimIssue[];
  comments: SimComment[];
  labels: SimLabel[];
  milestones: SimMilestone[];
  check_runs: SimCheckRun[];
  statuses: SimStatus[];
  workflows: SimWorkflow[];
  workflow_runs: SimWorkflowRun[];
  next_number: number;
  next_milestone: number;
  /**
   * Custom repository roles (GitHub Enterprise Cloud): login → the role's name and the base role it
   * extends. The collaborator-permission endpoint reports the name as `role_name`, the base in `permission`.
   */
  custom_roles?: Record<string, { name: string; base: Permission }>;
  /** A fork whose git data GitHub has not copied yet: it looks empty for `requests_left` more requests. */
  fork_pending?: { requests_left: number; refs: Record<string, string>; objects: Record<string, GitObject> };
  /**
   * The `staleList` fault: the next `stale_list` listings of releases leave out the newest release, as
   * GitHub's eventually consistent list does for a draft created seconds before.
   */
  stale_list?: number;
}

export interface GitHubState {
  users: Record<string, SimUser>;
  tokens: Record<string, SimToken>;
  teams: SimTeam[];
  /** Keyed by lower-cased `owner/name` (GitHub matches names case-insensitively). */
  repos: Record<string, SimRepo>;
  next_id: number;
  /**
   * A logical clock for reproducible runs (ISO string): when set, every timestamp the simulator stamps
   * is the clock's value, which then advances one second. Same requests, same timestamps, same commit
   * shas. Absent: the real clock.
   */
  clock?: string;
  /** Requests a new fork answers as empty before its git data is there (default 3; 0: ready at once). */
  fork_delay_requests?: number;
  /** The `partialUpload` fault: the next this many uploads fail with 502 and leave a `starter` asset. */
  partial_uploads?: number;
}

export function emptyState(): GitHubState {
  return { users: {}, tokens: {}, teams: [], repos: {}, next_id: 1000 };
}

export function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export function nextId(state: GitHubState): number {
  return state.next_id++;
}

export function now(state: GitHubState): string {
  if (!state.clock) return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const t = new Date(state.clock);
  state.clock = new Date(t.getTime() + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
