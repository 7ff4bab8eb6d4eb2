import { findUser } from './seed.js';
import type { Render } from './render.js';
import {
  repoKey,
  type GitHubState,
  type SimComment,
  type SimIssue,
  type SimLabel,
  type SimMilestone,
  type SimRepo
} from './state.js';

/** Issues, pulls, labels, milestones and comments as GitHub renders them. */
export class RenderIssues {
  constructor(
    private readonly state: GitHubState,
    private readonly r: Render
  ) {}

  base(repo: SimRepo) {
    return `${this.r.api}/repos/${repo.owner}/${repo.name}`;
  }

  association(repo: SimRepo, login: string): string {
    const lower = login.toLowerCase();
    if (repo.owner.toLowerCase() === lower) return 'OWNER';
    const owner = findUser(this.state, repo.owner);
    if (owner?.members && Object.keys(owner.members).some((m) => m.toLowerCase() === lower)) return 'MEMBER';
    if (Object.keys(repo.collaborators).some((c) => c.toLowerCase() === lower)) return 'COLLABORATOR';
    return 'NONE';
  }

  label(repo: SimRepo, l: SimLabel) {
    return {
      id: l.id,
      node_id: this.r.nodeId('Label', l.id),
      url: `${this.base(repo)}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      description: l.description,
      default: l.default
    };
  }

  milestone(repo: SimRepo, m: SimMilestone) {
    const issues = repo.issues.filter((i) => i.milestone === m.number && !i.pull);
    return {
      url: `${this.base(repo)}/milestones/${m.number}`,
      html_url: `${this.r.web}/${repo.owner}/${repo.name}/milestone/${m.number}`,
      labels_url: `${this.base(repo)}/milestones/${m.number}/labels`,
      id: m.id,
      node_id: this.r.nodeId('Milestone', m.id),
      number: m.number,
      state: m.state,
      title: m.title,
      description: m.description,
      creator: this.r.user(m.creator),
      open_issues: issues.filter((i) => i.state === 'open').length,
      closed_issues: issues.filter((i) => i.state === 'closed').length,
      created_at: m.created_at,
      updated_at: m.updated_at,
      closed_at: m.closed_at,
      due_on: m.due_on
    };
  }

  labelsOf(repo: SimRepo, names: string[]) {
    return names
      .map((n) => repo.labels.find((l) => l.name === n))
      .filter((l): l is SimLabel => !!l)
      .map((l) => this.label(repo, l));
  }

  milestoneOf(repo: SimRepo, n: number | null) {
    const m = n === null ? undefined : repo.milestones.find((x) => x.number === n);
    return m ? this.milestone(repo, m) : null;
  }

  issue(repo: SimRepo, i: SimIssue) {
    const url = `${this.base(repo)}/issues/${i.number}`;
    const html = `${this.r.web}/${repo.owner}/${repo.name}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
    return {
      id: i.id,
      node_id: this.r.nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
      url,
      repository_url: this.base(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: html,
      timeline_url: `${url}/timeline`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.r.user(i.user),
      labels: this.labelsOf(repo, i.labels),
      assignee: i.assignees.length ? this.r.user(i.assignees[0]) : null,
      assignees: i.assignees.map((a) => this.r.user(a)!),
      milestone: this.milestoneOf(repo, i.milestone),
      locked: i.locked,
      active_lock_reason: null,
      comments: repo.comments.filter((c) => c.issue_number === i.number).length,
      ...(i.pull
        ? {
            pull_request: {
              url: `${this.base(repo)}/pulls/${i.number}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: i.pull.merged_at
            },
            draft: i.pull.draft
          }
        : {}),
      closed_at: i.closed_at,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_by: i.closed_by ? this.r.user(i.closed_by) : null,
      author_association: this.association(repo, i.user)
    };
  }

  comment(repo: SimRepo, c: SimComment) {
    return {
      id: c.id,
      node_id: this.r.nodeId('IssueComment', c.id),
      url: `${this.base(repo)}/issues/comments/${c.id}`,
      html_url: `${this.r.web}/${repo.owner}/${repo.name}/issues/${c.issue_number}#issuecomment-${c.id}`,
      body: c.body,
      user: this.r.user(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${this.base(repo)}/issues/${c.issue_number}`,
      author_association: this.association(repo, c.user)
    };
  }

  /** `pull-request-simple` (lists); `full` adds the counters of `pull-request`. */
  pull(repo: SimRepo, i: SimIssue, full: boolean) {
    const p = i.pull!;
    const url = `${this.base(repo)}/pulls/${i.number}`;
    const html = `${this.r.web}/${repo.owner}/${repo.name}/pull/${i.number}`;
    const headRepo = this.state.repos[repoKey(...(p.head_repo.split('/') as [string, string]))];
    const headBranch = p.head_ref.split(':').slice(1).join(':');
    const headSha = (i.state === 'open' && headRepo?.refs[`refs/heads/${headBranch}`]) || p.head_sha;
    const baseSha = (i.state === 'open' && repo.refs[`refs/heads/${p.base_ref}`]) || p.base_sha;
    const side = (r: SimRepo | undefined, ref: string, sha: string) => ({
      label: r ? `${r.owner}:${ref}` : ref,
      ref,
      sha,
      user: this.r.user(r?.owner ?? repo.owner)!,
      repo: r ? this.r.repository(r) : null
    });
    const issue = this.issue(repo, i);
    const out = {
      url,
      id: p.id,
      node_id: this.r.nodeId('PullRequest', p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.base(repo)}/issues/${i.number}`,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.base(repo)}/pulls/comments{/number}`,
      comments_url: `${this.base(repo)}/issues/${i.number}/comments`,
      statuses_url: `${this.base(repo)}/statuses/${headSha}`,
      number: i.number,
      state: i.state,
      locked: i.locked,
      title: i.title,
      user: this.r.user(i.user)!,
      body: i.body,
      labels: issue.labels,
      milestone: issue.milestone,
      active_lock_reason: null,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      merged_at: p.merged_at,
      merge_commit_sha: p.merge_commit_sha,
      assignee: issue.assignee,
      assignees: issue.assignees,
      requested_reviewers: [],
      requested_teams: [],
      head: side(headRepo, headBranch, headSha),
      base: side(repo, p.base_ref, baseSha),
      _links: {
        self: { href: url },
        html: { href: html },
        issue: { href: `${this.base(repo)}/issues/${i.number}` },
        comments: { href: `${this.base(repo)}/issues/${i.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.base(repo)}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.base(repo)}/statuses/${headSha}` }
      },
      author_association: this.association(repo, i.user),
      auto_merge: null,
      draft: p.draft
    };
    if (!full) return out;
    return {
      ...out,
      merged: p.merged,
      mergeable: i.state === 'open' ? true : null,
      rebaseable: i.state === 'open' ? true : null,
      mergeable_state: i.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: issue.comments,
      review_comments: 0,
      maintainer_can_modify: p.maintainer_can_modify,
      commits: 1,
      additions: 0,
      deletions: 0,
      changed_files: 0
    };
  }
}
