/**
 * Untrusted text (issue titles, advisory titles, check names, comment reasons) made safe to place in
 * Markdown that release-kit publishes: job summaries, issue bodies, pull request and release comments.
 * Both helpers are {@link markdownText} from `untrusted-text.ts`, the one safe path, under the names the
 * actions already use.
 */
import { markdownText } from './untrusted-text.js';

/** Characters of one untrusted text kept in a page (a long advisory or comment is cut with a note). */
const TEXT_LIMIT = 1_000;

/**
 * Neutralises what untrusted text could do beyond being shown: `<` and `>` cannot open HTML or forge
 * the hidden `<!-- … -->` markers that find release-kit's own comments and sections again; Markdown
 * punctuation cannot make links, images or emphasis; an `@name` cannot mention (notify) a user or team,
 * `#12` cannot reference an issue, a bare URL is not made a link. One line, capped.
 * @param text any untrusted text.
 * @returns the text, displayed the same, with those effects removed.
 */
export function untrustedText(text: string): string {
  return markdownText(text, { max: TEXT_LIMIT });
}

/**
 * Untrusted text for a cell of a hand-built Markdown table: {@link untrustedText} (one line, `\` escaped)
 * with `|` escaped so that it cannot end the cell.
 * @param text any untrusted text.
 */
export function untrustedCell(text: string): string {
  // markdownText escapes `|` as `\|` already, which is what a table cell needs too.
  return untrustedText(text);
}
