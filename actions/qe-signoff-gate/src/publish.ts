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
import type { IssueComment } from './approvals.js';

export const COMMENT_MARKER = '<!-- release-kit:qe-signoff-gate -->';
export const SECTION_START = '<!-- release-kit:qe-signoff-gate:start -->';
export const SECTION_END = '<!-- release-kit:qe-signoff-gate:end -->';

/** True for a comment the gate wrote: its body starts with the marker. */
export function isGateComment(body: string | null | undefined): boolean {
  return (body ?? '').startsWith(COMMENT_MARKER);
}

/** The comment body: the marker, then the report. */
export function commentBody(markdown: string): string {
  return `${COMMENT_MARKER}\n${markdown.trim()}\n`;
}

/**
 * Release notes with the gate's section replaced (or appended when absent). Text outside the markers
 * is kept byte for byte.
 */
export function withSection(notes: string, markdown: string): string {
  const section = `${SECTION_START}\n${markdown.trim()}\n${SECTION_END}`;
  const start = notes.indexOf(SECTION_START);
  const end = start >= 0 ? notes.indexOf(SECTION_END, start) : -1;
  if (start >= 0 && end >= 0) return notes.slice(0, start) + section + notes.slice(end + SECTION_END.length);
  return notes.trim() === '' ? section : `${notes.replace(/\s+$/, '')}\n\n${section}`;
}

/** Creates or updates the gate's comment on an issue. */
export async function publishComment(
  gh: GitHubClient,
  repo: Repository,
  issue: number,
  markdown: string,
  comments: IssueComment[]
): Promise<WriteRecord> {
  const body = commentBody(markdown);
  const target = `#${issue}`;
  const mine = [...comments].reverse().find((c) => isGateComment(c.body));
  if (mine) {
    if (mine.body === body) return { kind: 'comment', target, result: 'unchanged', url: mine.html_url };
    try {
      const { data } = await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: mine.id,
        body
      });
      return {
        kind: 'comment',
        target,
        result: 'updated',
        url: (data as { html_url?: string }).html_url ?? mine.html_url
      };
    } catch (e) {
      // Someone else's comment that starts with the marker is not ours to edit: post our own instead.
      if (getErrorStatus(e) !== 403 && getErrorStatus(e) !== 404) throw e;
    }
  }
  const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: issue,
    body
  });
  return { kind: 'comment', target, result: 'created', url: (data as { html_url?: string }).html_url };
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
