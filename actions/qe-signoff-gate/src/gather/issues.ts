/**
 * Open P0/P1 issues, listed by label and paginated: never the search API, whose index lags behind
 * writes and so can miss an issue labelled minutes ago.
 */
import { InputError } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { IssueItem } from '../evidence.js';
import { Inputs } from '../inputs.js';
import { linkPullRequests, type PullRequestRef } from '../linking.js';

export interface ListedIssue {
  number: number;
  title: string;
  html_url: string;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
  milestone?: { number: number; title: string } | null;
}

export interface IssueQuery {
  p0Labels: string[];
  p1Labels: string[];
  /** A milestone number, resolved from the input. */
  milestone?: number;
}

/** Resolves the `milestone` input (a number or a title) to a milestone number. */
export async function resolveMilestone(
  gh: GitHubClient,
  repo: Repository,
  milestone: string
): Promise<number> {
  if (/^\d+$/.test(milestone)) return Number(milestone);
  const all = (await gh.paginate('GET /repos/{owner}/{repo}/milestones', {
    ...repo,
    state: 'all',
    per_page: 100
  })) as unknown as {
    number: number;
    title: string;
  }[];
  const hit =
    all.find((m) => m.title === milestone) ??
    all.find((m) => m.title.toLowerCase() === milestone.toLowerCase());
  if (!hit) {
    const known = all.map((m) => JSON.stringify(m.title)).join(', ') || 'none';
    throw new InputError(
      Inputs.Milestone,
      milestone,
      `${JSON.stringify(milestone)} is not a milestone of ${repo.owner}/${repo.repo}`,
      `its milestones are ${known}.`
    );
  }
  return hit.number;
}

async function listOpenWithLabel(
  gh: GitHubClient,
  repo: Repository,
  label: string,
  milestone?: number
): Promise<ListedIssue[]> {
  const params = {
    ...repo,
    state: 'open' as const,
    labels: label,
    per_page: 100,
    ...(milestone !== undefined ? { milestone: String(milestone) } : {})
  };
  const issues = (await gh.paginate('GET /repos/{owner}/{repo}/issues', params)) as unknown as ListedIssue[];
  // The issues endpoint lists pull requests too; a labelled pull request is not an issue to fix.
  return issues.filter((i) => !i.pull_request);
}

function labelNames(issue: ListedIssue): string[] {
  return issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

/** Lists open issues carrying any P0 (or blocking) label and any P1 label; an issue with both is a P0. */
export async function listPriorityIssues(
  gh: GitHubClient,
  repo: Repository,
  query: IssueQuery
): Promise<{ issue: ListedIssue; priority: 'P0' | 'P1' }[]> {
  const found = new Map<number, { issue: ListedIssue; priority: 'P0' | 'P1' }>();
  for (const label of query.p0Labels) {
    for (const issue of await listOpenWithLabel(gh, repo, label, query.milestone))
      found.set(issue.number, { issue, priority: 'P0' });
  }
  for (const label of query.p1Labels) {
    for (const issue of await listOpenWithLabel(gh, repo, label, query.milestone))
      if (!found.has(issue.number)) found.set(issue.number, { issue, priority: 'P1' });
  }
  return [...found.values()].sort((a, b) =>
    a.priority === b.priority ? a.issue.number - b.issue.number : a.priority === 'P0' ? -1 : 1
  );
}

/** Lists open pull requests (paginated), for closing-keyword links. */
export async function listOpenPulls(gh: GitHubClient, repo: Repository): Promise<PullRequestRef[]> {
  return (await gh.paginate('GET /repos/{owner}/{repo}/pulls', {
    ...repo,
    state: 'open',
    per_page: 100
  })) as unknown as PullRequestRef[];
}

/** Joins issues with the open pull requests that close them. */
export function issueItems(
  issues: { issue: ListedIssue; priority: 'P0' | 'P1' }[],
  pulls: PullRequestRef[],
  repository: string
): IssueItem[] {
  const links = linkPullRequests(pulls, repository);
  return issues.map(({ issue, priority }) => ({
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    priority,
    labels: labelNames(issue),
    fixes: (links.get(issue.number) ?? []).map((p) => ({
      number: p.number,
      title: p.title,
      html_url: p.html_url,
      draft: p.draft,
      user: p.user ? { login: p.user.login } : null
    }))
  }));
}
