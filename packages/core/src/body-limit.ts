/**
 * GitHub refuses issue, pull request and comment bodies over 65,536 characters (422 "body is too long
 * (maximum is 65536 characters)") and release notes over 125,000. Every body release-kit writes goes
 * through {@link capBody}, so a large report is cut with a pointer to the full one instead of failing
 * the write.
 */

/** GitHub's limit on issue, pull request and comment bodies, in characters. */
export const GITHUB_BODY_LIMIT = 65_536;
/** GitHub's limit on release notes, in characters. */
export const GITHUB_RELEASE_BODY_LIMIT = 125_000;

/** Where the note says the full text is, unless the caller names a better place. */
export const DEFAULT_FULL_REPORT =
  "`report.json` (the step's `report-json` output; keep it with actions/upload-artifact)";

export interface CapOptions {
  /** The limit in characters (default {@link GITHUB_BODY_LIMIT}). */
  limit?: number;
  /** Where the full text can be read, for the note (Markdown). */
  fullReport?: string;
}

/** Characters as GitHub counts them: code points, not UTF-16 units. */
export function bodyLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Returns `text` unchanged when it fits, else cut at a line boundary below the limit, any open code
 * fence closed, and a note appended saying how much was cut and where the full report is.
 * @param text the Markdown body.
 */
export function capBody(text: string, options: CapOptions = {}): string {
  const limit = options.limit ?? GITHUB_BODY_LIMIT;
  const total = bodyLength(text);
  if (total <= limit) return text;
  const note = (kept: number) =>
    `\n\n---\n_Cut at ${kept.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} characters: GitHub accepts at most ${limit.toLocaleString('en-US')}. The full report is in ${options.fullReport ?? DEFAULT_FULL_REPORT}._\n`;
  // Room for the note (its numbers at their widest) and a closing fence.
  const budget = Math.max(0, limit - bodyLength(note(total)) - 8);
  const points = [...text];
  let cut = points.slice(0, budget).join('');
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > cut.length / 2) cut = cut.slice(0, lastLine);
  // An odd number of fences leaves the note inside a code block: close it.
  const fences = cut.split('\n').filter((l) => /^\s*(```|~~~)/.test(l));
  if (fences.length % 2 === 1) cut += `\n${fences[fences.length - 1].trim().slice(0, 3)}`;
  return cut + note(bodyLength(cut));
}
