/**
 * Publishes the report where people look: one comment on the approval issue, or one section of the
 * release notes. Both are found again by a hidden marker and updated in place, so re-runs converge on
 * one comment / one section instead of piling up.
 */
import { getErrorStatus } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { Release } from '#core/release.js';
import type { WriteRecord } from '#core/report.js';
import { createCommentOnce } from '#core/writes.js';
import type { IssueComment } from './approvals.js';
import { bodyLength, capBody, GITHUB_BODY_LIMIT, GITHUB_RELEASE_BODY_LIMIT } from '#core/body-limit.js';
import { isAuthoredBy } from '#core/identity.js';

export const COMMENT_MARKER = '<!-- release-kit:qe-signoff-gate -->';
export const SECTION_START = '<!-- release-kit:qe-signoff-gate:start -->';
export const SECTION_END = '<!-- release-kit:qe-signoff-gate:end -->';

/** True for a comment the gate wrote: its body starts with the marker. */
export function isGateComment(body: string | null | undefined): boolean {
  return (body ?? '').startsWith(COMMENT_MARKER);
}

/** Where a cut comment or section points for the whole report. */
const FULL_REPORT =
  "the step's `report` output (`qe-signoff-gate-decision.json`, and the Markdown beside it) and `report.json`; keep them with actions/upload-artifact";

/** The comment body: the marker, then the report, cut below GitHub's body limit. */
export function commentBody(markdown: string): string {
  return capBody(`${COMMENT_MARKER}\n${markdown.trim()}\n`, { fullReport: FULL_REPORT });
}

/**
 * Release notes with the gate's section replaced (or appended when absent). Text outside the markers
 * is kept byte for byte.
 */
export function withSection(notes: string, markdown: string): string {
  const start = notes.indexOf(SECTION_START);
  const end = start >= 0 ? notes.indexOf(SECTION_END, start) : -1;
  // The section gets what the other notes leave of GitHub's limit on release notes.
  const others =
    start >= 0 && end >= 0 ? bodyLength(notes) - bodyLength(notes.slice(start, end)) : bodyLength(notes);
  const room = Math.min(GITHUB_BODY_LIMIT, GITHUB_RELEASE_BODY_LIMIT - others - SECTION_START.length - 4);
  const section = `${SECTION_START}\n${capBody(markdown.trim(), { limit: Math.max(0, room), fullReport: FULL_REPORT }).trim()}\n${SECTION_END}`;
  if (start >= 0 && end >= 0) return notes.slice(0, start) + section + notes.slice(end + SECTION_END.length);
  return notes.trim() === '' ? section : `${notes.replace(/\s+$/, '')}\n\n${section}`;
}

/**
 * Creates or updates the gate's comment on an issue: the latest comment that carries the marker AND was
 * written by `identity` (the token's login). A marked comment by anyone else is never edited (it would stay
 * editable by its author) and is named in the record's reason.
 */
export async function publishComment(
  gh: GitHubClient,
  repo: Repository,
  issue: number,
  markdown: string,
  comments: IssueComment[],
  identity: { login: string }
): Promise<WriteRecord> {
  const body = commentBody(markdown);
  const target = `#${issue}`;
  const marked = comments.filter((c) => isGateComment(c.body));
  const others = marked.filter((c) => !isAuthoredBy(c, identity));
  const note = others.length
    ? `ignored ${others.length} comment(s) carrying the marker not written by ${identity.login}: ${others
        .slice(0, 5)
        .map((c) => `${c.user?.login ?? 'a deleted account'} ${c.html_url}`)
        .join(', ')}`
    : undefined;
  const withNote = (r: WriteRecord): WriteRecord =>
    note ? { ...r, reason: r.reason ? `${r.reason}; ${note}` : note } : r;
  const mine = [...marked].reverse().find((c) => isAuthoredBy(c, identity));
  if (mine) {
    if (mine.body === body)
      return withNote({ kind: 'comment', target, result: 'unchanged', url: mine.html_url });
    try {
      const { data } = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: mine.id,
        body
      });
      return withNote({
        kind: 'comment',
        target,
        result: 'updated',
        url: (data as { html_url?: string }).html_url ?? mine.html_url
      });
    } catch (e) {
      // Someone else's comment that starts with the marker is not ours to edit: post our own instead.
      if (getErrorStatus(e) !== 403 && getErrorStatus(e) !== 404) throw e;
    }
  }
  const { value } = await createCommentOnce(gh, repo, issue, body, { marker: COMMENT_MARKER, identity });
  return withNote({ kind: 'comment', target, result: 'created', url: value.html_url });
}

/** Creates or updates the gate's section of the release notes. */
export async function publishToRelease(
  gh: GitHubClient,
  repo: Repository,
  release: Release,
  markdown: string
): Promise<WriteRecord> {
  const target = `release ${release.tag_name} notes`;
  const notes = release.body ?? '';
  const next = withSection(notes, markdown);
  if (next === notes) return { kind: 'release-notes', target, result: 'unchanged', url: release.html_url };
  const existed = notes.includes(SECTION_START);
  await gh.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
    ...repo,
    release_id: release.id,
    body: next
  });
  return { kind: 'release-notes', target, result: existed ? 'updated' : 'created', url: release.html_url };
}
