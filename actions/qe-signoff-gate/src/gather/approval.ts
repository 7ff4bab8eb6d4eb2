/** The approval issue's comments and the release commit's time and author. */
import { getErrorStatus, InputError } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { IssueComment } from '../approvals.js';
import { Inputs } from '../inputs.js';

export interface CommitFacts {
  /** The committer date (when the commit was made), ISO 8601. */
  time?: string;
  /** The GitHub login of the commit's author, when GitHub could map it. */
  authorLogin?: string;
}

/** Reads the release commit's time and author (REST commit, else the git database commit). */
export async function commitFacts(gh: GitHubClient, repo: Repository, sha: string): Promise<CommitFacts> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: sha });
    const d = data as unknown as {
      author?: { login?: string } | null;
      commit?: { committer?: { date?: string } | null; author?: { date?: string } | null };
    };
    return { time: d.commit?.committer?.date ?? d.commit?.author?.date, authorLogin: d.author?.login };
  } catch (e) {
    if (getErrorStatus(e) !== 404 && getErrorStatus(e) !== 422) throw e;
  }
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...repo,
      commit_sha: sha
    });
    const d = data as unknown as { committer?: { date?: string }; author?: { date?: string } };
    return { time: d.committer?.date ?? d.author?.date };
  } catch (e) {
    if (getErrorStatus(e) === 404 || getErrorStatus(e) === 422) return {};
    throw e;
  }
}

/** Lists every comment on an issue (paginated). */
export async function listIssueComments(
  gh: GitHubClient,
  repo: Repository,
  issue: number
): Promise<IssueComment[]> {
  return (await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issue,
    per_page: 100
  })) as unknown as IssueComment[];
}

/**
 * Reads the approval issue's web address, so a mistyped number fails clearly instead of reading as
 * "no approval yet".
 * @throws InputError when the issue does not exist.
 */
export async function approvalIssueUrl(gh: GitHubClient, repo: Repository, issue: number): Promise<string> {
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: issue
    });
    return (data as { html_url: string }).html_url;
  } catch (e) {
    if (getErrorStatus(e) === 404 || getErrorStatus(e) === 410) {
      throw new InputError(
        Inputs.ApprovalIssue,
        String(issue),
        `#${issue} is not an issue or pull request of ${repo.owner}/${repo.repo} (the API answered ${getErrorStatus(e)}).`,
        'Pass the number of the issue QE comments on.'
      );
    }
    throw e;
  }
}
