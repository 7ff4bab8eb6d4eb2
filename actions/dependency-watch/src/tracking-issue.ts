import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { TokenIdentity } from '#core/identity.js';
import type { Report } from '#core/report.js';
import { ConfigurationError, getErrorStatus } from '#core/errors.js';
import type { Finding } from './findings.js';
import { changeComment, diff, sameFindings } from './issue-diff.js';
import { decodeState, stripState } from './issue-state.js';
import { markdownText } from '#core/untrusted-text.js';
import { closeIssueOnce, createCommentOnce, createIssueOnce } from '#core/writes.js';

export interface TrackedIssue {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body: string;
  updated_at: string;
  /** Who wrote it: only an issue the token's identity wrote is adopted (see core identity.ts). */
  user?: { login?: string } | null;
}

/** The hidden marker that identifies the tracking issue of one project path, whatever its title. */
export function issueMarker(projectPath: string): string {
  return `<!-- release-kit:dependency-watch path=${projectPath.replace(/-->/g, '')} -->`;
}

/** True when the body carries the marker on a line of its own (a quote of it, `> <!-- …`, does not). */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  return !!body && body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/**
 * Lists every issue (open and closed, pages of 100) and keeps those carrying the marker. Search is
 * not used: it is eventually consistent and rate-limited separately, so a fresh issue could be missed
 * and duplicated.
 */
export async function findTrackedIssues(
  gh: GitHubClient,
  repo: Repository,
  marker: string
): Promise<TrackedIssue[]> {
  const out: TrackedIssue[] = [];
  try {
    for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      per_page: 100
    })) {
      for (const issue of page.data as Array<Record<string, any>>) {
        if (issue.pull_request) continue;
        if (!hasMarker(issue.body, marker)) continue;
        out.push({
          number: issue.number,
          html_url: issue.html_url,
          state: issue.state,
          title: issue.title,
          body: issue.body ?? '',
          updated_at: issue.updated_at,
          user: issue.user ?? null
        });
      }
    }
  } catch (e) {
    const status = getErrorStatus(e);
    if (status === 401 || status === 403 || status === 404) {
      throw new ConfigurationError(
        `Could not list the issues of ${repo.owner}/${repo.repo} (${status}): check 'repository', and that the token in 'token' can read it (a GITHUB_TOKEN only reaches its own repository).`
      );
    }
    throw explain(e, 'list issues', repo);
  }
  return out;
}

export interface SyncPlan {
  title: string;
  labels: string[];
  assignees: string[];
  body: string;
  /** Findings the body reports (at or above the threshold, not ignored, including carried-over ones). */
  findings: Finding[];
  /** True when every audit ran and nothing is reported: the issue may be closed. */
  clean: boolean;
  closeWhenClean: boolean;
  threshold: string;
  /**
   * Who the token writes as (with `token-login` applied): a lost create is looked up among this login's
   * issues and comments only, never a default guessed from `GET /user`.
   */
  identity: TokenIdentity;
}

function explain(error: unknown, what: string, repo: Repository): unknown {
  const status = getErrorStatus(error);
  if (status === 410) {
    return new ConfigurationError(
      `Could not ${what} in ${repo.owner}/${repo.repo} (410): issues are disabled in that repository. Enable them (Settings → Features → Issues) or point 'repository' at one that has them.`
    );
  }
  if (status === 403 || status === 404) {
    return new ConfigurationError(
      `Could not ${what} in ${repo.owner}/${repo.repo} (${status}): the token in 'token' cannot write issues there. Grant \`permissions: issues: write\` to GITHUB_TOKEN, or use a token with issue write access.`
    );
  }
  return error;
}

/**
 * Keeps exactly one tracking issue true to the findings, writing only when something changed:
 * create (or reopen) on new findings, update the body plus one comment listing what is new and what is
 * resolved, close with a comment when clean, and nothing at all when nothing changed.
 */
export async function syncTrackingIssue(
  gh: GitHubClient,
  repo: Repository,
  existing: TrackedIssue[],
  plan: SyncPlan,
  report: Report
): Promise<TrackedIssue | undefined> {
  const open = existing.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
  const closed = existing
    .filter((i) => i.state !== 'open')
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.number - a.number);
  const primary = open[0] ?? closed[0];

  // Exactly one open: later duplicates (two runs racing, a copied issue) are closed in favour of the oldest.
  for (const dup of open.slice(1)) {
    try {
      await createCommentOnce(
        gh,
        repo,
        dup.number,
        `Superseded by #${open[0].number}, which tracks the same findings.`,
        { checkFirst: true, identity: plan.identity }
      );
      await closeIssueOnce(gh, repo, dup.number, { state_reason: 'not_planned' });
    } catch (e) {
      throw explain(e, `close duplicate issue #${dup.number}`, repo);
    }
    report.write({
      kind: 'issue',
      target: `#${dup.number}`,
      result: 'updated',
      reason: `closed as a duplicate of #${open[0].number}`,
      url: dup.html_url
    });
  }

  const hasFindings = plan.findings.length > 0;
  if (!primary) {
    if (!hasFindings) {
      report.write({
        kind: 'issue',
        target: plan.title,
        result: 'skipped',
        reason: 'no findings and no tracking issue'
      });
      return undefined;
    }
    try {
      // The body's first line is the tracking marker (issue-body.ts): a lost answer is found by it.
      const { value: data } = await createIssueOnce(
        gh,
        repo,
        { title: plan.title, body: plan.body, labels: plan.labels, assignees: plan.assignees },
        plan.body.split('\n')[0],
        plan.identity
      );
      report.write({
        kind: 'issue',
        target: `#${data.number}`,
        result: 'created',
        reason: `${plan.findings.length} finding(s)`,
        url: data.html_url
      });
      return {
        number: data.number,
        html_url: data.html_url,
        state: 'open',
        title: data.title,
        body: plan.body,
        updated_at: data.updated_at
      };
    } catch (e) {
      throw explain(e, 'create the tracking issue', repo);
    }
  }

  const previous =
    decodeState(primary.body, (why) =>
      report.status(
        'warn',
        `The hidden state of #${primary.number} was discarded and rebuilt: ${markdownText(why)}.`
      )
    ) ?? [];
  const { added, resolved } = diff(previous, plan.findings);
  const unchangedBody =
    stripState(primary.body.replace(/\r\n/g, '\n')) === stripState(plan.body) &&
    sameFindings(previous, plan.findings);
  const ref = `#${primary.number}`;
  try {
    if (primary.state !== 'open') {
      if (!hasFindings) {
        report.write({
          kind: 'issue',
          target: ref,
          result: 'unchanged',
          reason: 'closed and still clean',
          url: primary.html_url
        });
        return primary;
      }
      // Closed by a person while these same findings stood: their call, not reopened every run.
      if (!added.length) {
        report.write({
          kind: 'issue',
          target: ref,
          result: 'unchanged',
          reason: 'closed by hand with the same findings; not reopened',
          url: primary.html_url
        });
        return primary;
      }
      await gh.rest.issues.update({ ...repo, issue_number: primary.number, state: 'open', body: plan.body });
      await createCommentOnce(
        gh,
        repo,
        primary.number,
        changeComment(added, resolved, plan.threshold, 'Reopened: findings are back'),
        { identity: plan.identity }
      );
      report.write({
        kind: 'issue',
        target: ref,
        result: 'updated',
        reason: `reopened with ${added.length} new finding(s)`,
        url: primary.html_url
      });
      return { ...primary, state: 'open', body: plan.body };
    }
    if (plan.clean && plan.closeWhenClean) {
      // Comment (idempotently: not again when it is already our last word), then close: a re-run
      // after either step failed converges on one closing comment and a closed issue.
      await createCommentOnce(
        gh,
        repo,
        primary.number,
        changeComment([], resolved, plan.threshold, 'All findings are resolved: closing'),
        { checkFirst: true, identity: plan.identity }
      );
      await closeIssueOnce(gh, repo, primary.number, { state_reason: 'completed', body: plan.body });
      report.write({
        kind: 'issue',
        target: ref,
        result: 'updated',
        reason: 'clean: closed',
        url: primary.html_url
      });
      return { ...primary, state: 'closed', body: plan.body };
    }
    if (unchangedBody) {
      report.write({
        kind: 'issue',
        target: ref,
        result: 'unchanged',
        reason: 'findings unchanged',
        url: primary.html_url
      });
      return primary;
    }
    await gh.rest.issues.update({ ...repo, issue_number: primary.number, body: plan.body });
    // Only a change in findings is worth a notification; an outdated-table or banner change is an edit.
    if (added.length || resolved.length) {
      await createCommentOnce(
        gh,
        repo,
        primary.number,
        changeComment(added, resolved, plan.threshold, 'Findings changed'),
        { identity: plan.identity }
      );
    }
    report.write({
      kind: 'issue',
      target: ref,
      result: 'updated',
      reason: `${added.length} new, ${resolved.length} resolved`,
      url: primary.html_url
    });
    return { ...primary, body: plan.body };
  } catch (e) {
    throw explain(e, `update tracking issue ${ref}`, repo);
  }
}
