import { createHash } from 'node:crypto';
import { getErrorStatus } from './errors.js';
import type { GitHubClient } from './github.js';
import { getTokenIdentity, isAuthoredBy, type TokenIdentity } from './identity.js';
import type { Repository } from './inputs.js';
import { SEND_ONCE, writeOnce, type WriteOnceResult } from './write-once.js';

/*
 * The creating writes of every action, each with its own "did it land?" lookup (write-once.ts runs
 * the loop). Nothing here is called before the first attempt fails, except `checkFirst` lookups that
 * make a re-run after a partial failure converge.
 */

const name = (repo: Repository) => `${repo.owner}/${repo.repo}`;

/** True when the body carries the marker (a hidden HTML comment) anywhere. */
const carries = (body: string | null | undefined, marker: string | undefined) =>
  marker === undefined || (body ?? '').includes(marker);

export interface CreatedIssue {
  number: number;
  html_url: string;
  title: string;
  updated_at: string;
  body?: string | null;
  user?: { login?: string } | null;
}

/**
 * Creates an issue once. A lost answer is recovered by listing the newest open issues for one written by
 * the token's identity with the same title and carrying `marker`.
 */
export async function createIssueOnce(
  gh: GitHubClient,
  repo: Repository,
  issue: { title: string; body: string; labels?: string[]; assignees?: string[] },
  marker: string,
  identity?: TokenIdentity
): Promise<WriteOnceResult<CreatedIssue>> {
  return writeOnce({
    what: `create issue ${JSON.stringify(issue.title)} in ${name(repo)}`,
    write: async () =>
      (await gh.rest.issues.create({ ...repo, ...issue, request: SEND_ONCE }))
        .data as unknown as CreatedIssue,
    landed: async () => {
      const me = identity ?? (await getTokenIdentity(gh));
      // A landed create is seconds old: the first page of the newest issues holds it.
      const { data } = await gh.rest.issues.listForRepo({
        ...repo,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 30
      });
      return (data as unknown as (CreatedIssue & { pull_request?: unknown })[]).find(
        (i) => !i.pull_request && i.title === issue.title && carries(i.body, marker) && isAuthoredBy(i, me)
      );
    }
  });
}

export interface CreatedComment {
  id: number;
  html_url: string;
  body?: string;
  user?: { login?: string } | null;
}

/** The newest comment on an issue written by `identity` (and carrying `marker`, when given). */
async function newestOwnComment(
  gh: GitHubClient,
  repo: Repository,
  issue: number,
  identity: TokenIdentity,
  marker?: string
): Promise<CreatedComment | undefined> {
  const all = (await gh.paginate(gh.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100
  })) as unknown as CreatedComment[];
  return all.filter((c) => isAuthoredBy(c, identity) && carries(c.body, marker)).pop();
}

/**
 * Posts a comment once. A lost answer is recovered when the newest comment the token's identity wrote
 * on the issue (carrying `marker`, when given) has exactly this body. With `checkFirst` that lookup
 * also runs before the first attempt, so a re-run does not repeat a comment that is already the last
 * word (dependency-watch's closing comment).
 */
export async function createCommentOnce(
  gh: GitHubClient,
  repo: Repository,
  issue: number,
  body: string,
  options: { marker?: string; identity?: TokenIdentity; checkFirst?: boolean } = {}
): Promise<WriteOnceResult<CreatedComment>> {
  const landed = async () => {
    const me = options.identity ?? (await getTokenIdentity(gh));
    const newest = await newestOwnComment(gh, repo, issue, me, options.marker);
    return newest && newest.body === body ? newest : undefined;
  };
  if (options.checkFirst) {
    const found = await landed();
    if (found) return { value: found, recovered: true, attempts: 0 };
  }
  return writeOnce({
    what: `comment on #${issue} in ${name(repo)}`,
    write: async () =>
      (await gh.rest.issues.createComment({ ...repo, issue_number: issue, body, request: SEND_ONCE }))
        .data as unknown as CreatedComment,
    landed
  });
}

/** Closes an issue (optionally updating its body); a lost answer is recovered by reading its state. */
export async function closeIssueOnce(
  gh: GitHubClient,
  repo: Repository,
  issue: number,
  change: { state_reason?: 'completed' | 'not_planned'; body?: string } = {}
): Promise<WriteOnceResult<{ number: number; state: string }>> {
  return writeOnce({
    what: `close #${issue} in ${name(repo)}`,
    write: async () =>
      (
        await gh.rest.issues.update({
          ...repo,
          issue_number: issue,
          state: 'closed',
          ...change,
          request: SEND_ONCE
        })
      ).data as unknown as { number: number; state: string },
    landed: async () => {
      const { data } = await gh.rest.issues.get({ ...repo, issue_number: issue });
      const closed = data.state === 'closed' && (change.body === undefined || data.body === change.body);
      return closed ? { number: data.number, state: data.state } : undefined;
    }
  });
}

export interface CreatedPull {
  number: number;
  html_url: string;
  head: { ref: string };
}

/**
 * Opens a pull request once; a lost answer is recovered by listing the open pull requests of
 * `owner:branch` into `base`. `head` is `branch` or `owner:branch` (a fork).
 */
export async function createPullOnce(
  gh: GitHubClient,
  repo: Repository,
  pull: { head: string; base: string; title: string; body: string; maintainer_can_modify?: boolean }
): Promise<WriteOnceResult<CreatedPull>> {
  const head = pull.head.includes(':') ? pull.head : `${repo.owner}:${pull.head}`;
  return writeOnce({
    what: `open a pull request from ${head} in ${name(repo)}`,
    write: async () =>
      (await gh.rest.pulls.create({ ...repo, ...pull, request: SEND_ONCE })).data as unknown as CreatedPull,
    landed: async () => {
      const { data } = await gh.rest.pulls.list({
        ...repo,
        head,
        base: pull.base,
        state: 'open',
        per_page: 10
      });
      return (data as unknown as CreatedPull[])[0];
    }
  });
}

/**
 * Creates a ref once; a lost answer is recovered when the ref exists pointing at `sha`. A ref that
 * exists elsewhere fails as GitHub says (422), for the caller to handle.
 */
export async function createRefOnce(
  gh: GitHubClient,
  repo: Repository,
  ref: string,
  sha: string
): Promise<WriteOnceResult<{ ref: string; sha: string }>> {
  return writeOnce({
    what: `create ${ref} in ${name(repo)}`,
    write: async () => {
      await gh.rest.git.createRef({ ...repo, ref, sha, request: SEND_ONCE });
      return { ref, sha };
    },
    landed: async () => {
      try {
        const { data } = await gh.rest.git.getRef({ ...repo, ref: ref.replace(/^refs\//, '') });
        return data.object.sha === sha ? { ref, sha } : undefined;
      } catch (e) {
        if (getErrorStatus(e) === 404) return undefined;
        throw e;
      }
    }
  });
}

/** git's blob id of some bytes (`git hash-object`). */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Commits one file on a branch through the contents API, once. A lost answer is recovered when the
 * branch head's tree holds exactly the intended bytes at `path` (and the head moved from `parent`, when
 * given): that head is the landed commit. Replaying instead would send a stale blob sha (409).
 */
export async function commitFileOnce(
  gh: GitHubClient,
  repo: Repository,
  file: { path: string; text: string; message: string; branch: string; sha?: string; parent?: string }
): Promise<WriteOnceResult<{ commitSha: string }>> {
  const bytes = Buffer.from(file.text, 'utf8');
  const intended = gitBlobSha(bytes);
  return writeOnce({
    what: `commit ${file.path} on ${file.branch} in ${name(repo)}`,
    write: async () => {
      const { data } = await gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: file.path,
        message: file.message,
        content: bytes.toString('base64'),
        ...(file.sha ? { sha: file.sha } : {}),
        branch: file.branch,
        request: SEND_ONCE
      });
      return { commitSha: data.commit.sha! };
    },
    landed: async () => {
      const { data: branch } = await gh.rest.repos.getBranch({ ...repo, branch: file.branch });
      const head = branch.commit.sha;
      if (file.parent && head === file.parent) return undefined;
      try {
        const { data } = await gh.rest.repos.getContent({ ...repo, path: file.path, ref: head });
        return !Array.isArray(data) && data.sha === intended ? { commitSha: head } : undefined;
      } catch (e) {
        if (getErrorStatus(e) === 404) return undefined;
        throw e;
      }
    }
  });
}

/** Resolves to `value` when `read` answers 404 (the thing is gone), to undefined when it still answers. */
async function goneAfter<T>(read: () => Promise<unknown>, value: T): Promise<T | undefined> {
  try {
    await read();
    return undefined;
  } catch (e) {
    if (getErrorStatus(e) === 404) return value;
    throw e;
  }
}

/**
 * Deletes a git ref once (`ref` as the API takes it: `tags/v1.2.3`, `heads/topic`). A replay after a
 * lost answer would get 422 "Reference does not exist" for a delete that landed; instead the ref is
 * read, and a ref that is gone is the delete landed.
 */
export async function deleteRefOnce(
  gh: GitHubClient,
  repo: Repository,
  ref: string
): Promise<WriteOnceResult<{ ref: string }>> {
  return writeOnce({
    what: `delete ${ref} in ${name(repo)}`,
    write: async () => {
      await gh.rest.git.deleteRef({ ...repo, ref, request: SEND_ONCE });
      return { ref };
    },
    landed: () => goneAfter(() => gh.rest.git.getRef({ ...repo, ref }), { ref })
  });
}

/**
 * Deletes a release once; a replay after a lost answer would get 404 for a delete that landed, so the
 * release is read instead, and a release that is gone is the delete landed. Its tag is not touched.
 */
export async function deleteReleaseOnce(
  gh: GitHubClient,
  repo: Repository,
  releaseId: number
): Promise<WriteOnceResult<{ id: number }>> {
  return writeOnce({
    what: `delete release ${releaseId} in ${name(repo)}`,
    write: async () => {
      await gh.rest.repos.deleteRelease({ ...repo, release_id: releaseId, request: SEND_ONCE });
      return { id: releaseId };
    },
    landed: () =>
      goneAfter(() => gh.rest.repos.getRelease({ ...repo, release_id: releaseId }), { id: releaseId })
  });
}
