import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage, getErrorStatus, InputError } from '../errors.js';
import type { FormulaTarget } from './formula-path.js';
import type { GitHubClient } from '../github.js';
import type { Repository } from '../inputs.js';
import { capBody } from '../body-limit.js';
import { sleep } from '../time-scale.js';
import { commitFileOnce, createPullOnce, createRefOnce } from '../writes.js';

// The tap through the REST API: the contents API to read and commit one file (GitHub makes the commit
// server-side, so with a GitHub App token it shows as verified), git refs for branches, and pulls
// listed by `head` (never the search API, which lags) to find an open pull request again.

export interface TapFile {
  path: string;
  text: string;
  /** The blob SHA, the precondition for updating the file. */
  sha: string;
}

export interface PullRequest {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string; sha: string };
}

const name = (r: Repository) => `${r.owner}/${r.repo}`;

/** GitHub's exact answer (422) to creating a branch that exists. */
export const REF_EXISTS = 'Reference already exists';
/** Waits for a new fork, about a minute and a half in all. */
export const FORK_WAITS_MS = [1000, 2000, 4000, 8000, 15000, 30000, 30000] as const;

/** The `message` of a GitHub error answer. */
function apiMessage(e: unknown): string | undefined {
  const m = (e as { response?: { data?: { message?: unknown } } }).response?.data?.message;
  return typeof m === 'string' ? m : undefined;
}

/** GitHub's answers while a fork's git data is still being copied. */
function forkNotReady(e: unknown): boolean {
  const status = getErrorStatus(e);
  const message = apiMessage(e);
  return (
    (status === 409 && message === 'Git Repository is empty.') ||
    (status === 422 && message === 'Object does not exist') ||
    status === 404
  );
}

/** Turns a 403/404 on a write into what to configure; other errors pass through. */
export function writeError(error: unknown, what: string, repo: Repository): unknown {
  const status = getErrorStatus(error);
  if (status === 401)
    return new ConfigurationError(
      `Could not ${what} in ${name(repo)}: the token in 'token' was rejected (401). Pass a valid token.`
    );
  if (status === 403 || status === 404) {
    return new ConfigurationError(
      `Could not ${what} in ${name(repo)} (${status}): the token in 'token' cannot write there. A tap is another repository, so the workflow GITHUB_TOKEN usually cannot; ` +
        `pass a personal access token or GitHub App token with contents: write and pull-requests: write on ${name(repo)}.`
    );
  }
  return error;
}

export class GitHubTap {
  /** Requests made, by kind, for the summary and for tests of the request budget. */
  readonly calls: string[] = [];

  constructor(
    private readonly gh: GitHubClient,
    readonly repo: Repository
  ) {}

  get fullName(): string {
    return name(this.repo);
  }

  /** The commit a branch points at, or undefined when there is no such branch. */
  async branchHead(branch: string, repo = this.repo): Promise<string | undefined> {
    this.calls.push('get-ref');
    try {
      const { data } = await this.gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (e) {
      if (getErrorStatus(e) === 404) return undefined;
      throw e;
    }
  }

  /** A file at a ref, or undefined when it does not exist there. */
  async readFile(path: string, ref: string, repo = this.repo): Promise<TapFile | undefined> {
    this.calls.push('get-contents');
    try {
      const { data } = await this.gh.rest.repos.getContent({ ...repo, path, ref });
      if (Array.isArray(data) || data.type !== 'file') {
        throw new ConfigurationError(`${path} in ${name(repo)} is not a file.`);
      }
      const file = data as { content?: string; encoding?: string; sha: string; size: number };
      if (file.encoding !== 'base64' || file.content === undefined) {
        throw new ConfigurationError(
          `${path} in ${name(repo)} is too large for the contents API (${file.size} bytes); a formula never is.`
        );
      }
      return { path, text: Buffer.from(file.content, 'base64').toString('utf8'), sha: file.sha };
    } catch (e) {
      if (getErrorStatus(e) === 404) return undefined;
      throw e;
    }
  }

  /**
   * Creates a branch; `exists` when it already does. GitHub says so with 422 "Reference already exists";
   * other 422s (a fork's "Object does not exist") are errors, never "exists".
   */
  async createBranch(
    branch: string,
    sha: string,
    repo = this.repo,
    rawErrors = false
  ): Promise<'created' | 'exists'> {
    this.calls.push('create-ref');
    try {
      await createRefOnce(this.gh, repo, `refs/heads/${branch}`, sha);
      return 'created';
    } catch (e) {
      if (getErrorStatus(e) === 422 && apiMessage(e) === REF_EXISTS) return 'exists';
      throw rawErrors ? e : writeError(e, `create branch ${branch}`, repo);
    }
  }

  /** Points an existing branch at `sha` (a stale bump branch with no open pull request). */
  async resetBranch(branch: string, sha: string, repo = this.repo): Promise<void> {
    this.calls.push('update-ref');
    try {
      await this.gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
    } catch (e) {
      throw writeError(e, `reset branch ${branch}`, repo);
    }
  }

  /** Commits a new version of one file on a branch; returns the commit SHA. */
  async writeFile(
    file: TapFile,
    text: string,
    branch: string,
    message: string,
    repo = this.repo
  ): Promise<string> {
    this.calls.push('put-contents');
    try {
      const { value } = await commitFileOnce(this.gh, repo, {
        path: file.path,
        text,
        message,
        sha: file.sha,
        branch
      });
      return value.commitSha;
    } catch (e) {
      const status = getErrorStatus(e);
      if (status === 409 || (status === 422 && /sha/i.test(getErrorMessage(e)))) {
        throw new Error(
          `${file.path} changed on ${branch} in ${name(repo)} while this step ran (${status}); re-run the step.`
        );
      }
      throw writeError(e, `commit ${file.path} on ${branch}`, repo);
    }
  }

  /** The open pull request from `headOwner:branch`, found by listing (not searching). */
  async findOpenPull(headOwner: string, branch: string): Promise<PullRequest | undefined> {
    this.calls.push('list-pulls');
    const { data } = await this.gh.rest.pulls.list({
      ...this.repo,
      head: `${headOwner}:${branch}`,
      state: 'open',
      per_page: 10
    });
    return (data as unknown as PullRequest[])[0];
  }

  async createPull(head: string, base: string, title: string, body: string): Promise<PullRequest> {
    this.calls.push('create-pull');
    try {
      const { value } = await createPullOnce(this.gh, this.repo, {
        head,
        base,
        title,
        body: capBody(body),
        maintainer_can_modify: true
      });
      return value as unknown as PullRequest;
    } catch (e) {
      throw writeError(e, `open a pull request from ${head}`, this.repo);
    }
  }

  async updatePull(number: number, title: string, body: string): Promise<void> {
    this.calls.push('update-pull');
    try {
      await this.gh.rest.pulls.update({ ...this.repo, pull_number: number, title, body: capBody(body) });
    } catch (e) {
      throw writeError(e, `update pull request #${number}`, this.repo);
    }
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    this.calls.push('add-labels');
    try {
      await this.gh.rest.issues.addLabels({ ...this.repo, issue_number: number, labels });
    } catch (e) {
      throw writeError(e, `label pull request #${number}`, this.repo);
    }
  }

  /** Forks the tap for the token's user (GitHub returns the existing fork when there is one). */
  async fork(): Promise<Repository> {
    this.calls.push('create-fork');
    try {
      const { data } = await this.gh.rest.repos.createFork({ ...this.repo });
      return { owner: data.owner.login, repo: data.name };
    } catch (e) {
      const status = getErrorStatus(e);
      throw new ConfigurationError(
        `The token in 'token' can read ${this.fullName} but not push to it, and forking it failed (${status ?? 'error'}: ${getErrorMessage(e)}). ` +
          `Give the token write access to ${this.fullName} (contents and pull requests), or use a token of a user who can fork it; the workflow GITHUB_TOKEN can do neither for another repository.`
      );
    }
  }

  /**
   * Creates the branch in a fork, waiting (bounded) while GitHub copies a fresh fork's git data: until
   * then the fork answers 409 "Git Repository is empty." or 422 "Object does not exist" (and 404 while
   * it is not visible at all). Each wait is logged; past the bound the step fails saying so.
   */
  async createBranchInFork(
    fork: Repository,
    branch: string,
    sha: string,
    waitsMs: readonly number[] = FORK_WAITS_MS
  ): Promise<'created' | 'exists'> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.createBranch(branch, sha, fork, true);
      } catch (raw) {
        if (!forkNotReady(raw)) throw writeError(raw, `create branch ${branch}`, fork);
        const said = `${getErrorStatus(raw)} ${apiMessage(raw) ?? ''}`.trim();
        if (attempt >= waitsMs.length) {
          const total = waitsMs.reduce((a, b) => a + b, 0) / 1000;
          throw new Error(
            `The fork ${name(fork)} of ${this.fullName} was not ready after ${total}s (GitHub still answers ${said}): GitHub copies a new fork in the background, which can take minutes for a large tap. Re-run the step later; the fork is reused.`
          );
        }
        core.info(
          `The fork ${name(fork)} is not ready yet (${said}); GitHub copies a new fork in the background. Waiting ${waitsMs[attempt] / 1000}s (wait ${attempt + 1} of ${waitsMs.length}).`
        );
        await sleep(waitsMs[attempt]);
      }
    }
  }

  /** Commits that touched `path`, newest first, from `ref`, one page at a time. */
  async *fileHistory(
    path: string,
    ref: string,
    maxCommits = 200
  ): AsyncGenerator<{ sha: string; message: string }> {
    let seen = 0;
    for await (const page of this.gh.paginate.iterator(this.gh.rest.repos.listCommits, {
      ...this.repo,
      path,
      sha: ref,
      per_page: 50
    })) {
      this.calls.push('list-commits');
      for (const c of page.data) {
        yield { sha: c.sha, message: c.commit.message };
        if (++seen >= maxCommits) return;
      }
    }
  }
}

/**
 * The formula's file in the tap at `ref`: the first of the target's candidate paths that exists.
 * @param input the action input that named the formula, for the error (an `InputError` then).
 * @throws when none of the candidates exists on `base`.
 */
export async function findFormulaFile(
  tap: GitHubTap,
  target: FormulaTarget,
  ref: string,
  base: string,
  input?: string
): Promise<TapFile> {
  for (const candidate of target.candidates) {
    const file = await tap.readFile(candidate, ref);
    if (file) return file;
  }
  const problem = `${target.name} is not in ${tap.fullName} on ${base} (looked for ${target.candidates.join(', ')}).`;
  throw input ? new InputError(input, target.name, problem) : new ConfigurationError(`Formula ${problem}`);
}
