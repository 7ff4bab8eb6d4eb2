import { untrustedText } from '#core/markdown.js';
import type { Notice } from './inputs.js';

// The banner sits at the top of the bad release's notes between two markers, so a re-run finds and
// replaces it instead of adding a second, and everything below it stays as the maintainers wrote it.

export const BANNER_START = '<!-- release-kit:rollback-banner -->';
export const BANNER_END = '<!-- /release-kit:rollback-banner -->';
/** Left on a release whose tag the rollback deleted (the release is a draft then), so the drafts step keeps it. */
export const WITHDRAWN_MARKER = '<!-- release-kit:rollback-withdrawn -->';

export { GITHUB_RELEASE_BODY_LIMIT as RELEASE_BODY_LIMIT } from '#core/body-limit.js';

/** Text from a workflow input made safe for one line of Markdown: core's one path, escaped once. */
const inline = untrustedText;

export interface BannerOptions {
  notice: Notice;
  reason: string;
  replacement?: { tag: string; url: string };
}

/** The banner block for the notes. */
export function bannerText(o: BannerOptions): string {
  const headline = o.notice === 'yanked' ? '**YANKED — DO NOT USE.**' : '**SUPERSEDED — DO NOT USE.**';
  const use = o.replacement
    ? ` Use [${inline(o.replacement.tag)}](${o.replacement.url}) instead.`
    : ' No replacement release is published yet.';
  const kind = o.notice === 'yanked' ? 'CAUTION' : 'WARNING';
  return [BANNER_START, `> [!${kind}]`, `> ${headline} ${inline(o.reason)}${use}`, BANNER_END].join('\n');
}

/** The notes without a banner (and without the withdrawn marker). */
export function withoutBanner(body: string): string {
  let text = body.replace(/\r\n/g, '\n');
  const start = text.indexOf(BANNER_START);
  const end = text.indexOf(BANNER_END);
  if (start >= 0 && end > start) text = text.slice(0, start) + text.slice(end + BANNER_END.length);
  return text.replace(WITHDRAWN_MARKER, '').replace(/^\s+/, '');
}

/** The current banner block, when the notes have one. */
export function currentBanner(body: string | null): string | undefined {
  const text = (body ?? '').replace(/\r\n/g, '\n');
  const start = text.indexOf(BANNER_START);
  const end = text.indexOf(BANNER_END);
  return start >= 0 && end > start ? text.slice(start, end + BANNER_END.length) : undefined;
}

/** The notes with the banner on top, replacing any earlier one. */
export function withBanner(body: string | null, banner: string): string {
  const rest = withoutBanner(body ?? '');
  const marker = (body ?? '').includes(WITHDRAWN_MARKER) ? `${WITHDRAWN_MARKER}\n` : '';
  return rest ? `${banner}\n${marker}\n${rest}` : `${banner}${marker ? `\n${marker.trimEnd()}` : ''}`;
}

/** Whether the notes mark the release as withdrawn by a rollback (a banner or the marker). */
export function isWithdrawn(body: string | null): boolean {
  return Boolean(body && (body.includes(BANNER_START) || body.includes(WITHDRAWN_MARKER)));
}
