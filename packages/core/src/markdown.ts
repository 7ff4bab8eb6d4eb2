/**
 * Untrusted text (issue titles, advisory titles, check names, comment reasons) made safe to place in
 * Markdown that release-kit publishes: job summaries, issue bodies, pull request and release comments.
 */

/**
 * Neutralises what untrusted text could do beyond being shown: `<` and `>` cannot open HTML or forge
 * the hidden `<!-- … -->` markers that find release-kit's own comments and sections again, and an
 * `@name` cannot mention (notify) a user or team once the text is posted as a comment or issue.
 * @param text any untrusted text.
 * @returns the text, displayed the same, with those effects removed.
 */
export function untrustedText(text: string): string {
  return (
    text
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // a zero-width space after `@` keeps the text readable but stops GitHub's mention
      .replace(/@(?=\w)/g, '@\u200b')
  );
}

/**
 * Untrusted text for a cell of a hand-built Markdown table: {@link untrustedText}, on one line, with
 * `\` and `|` escaped so that it cannot end the cell (a trailing `\` would otherwise turn `\|` back into `|`).
 * @param text any untrusted text.
 */
export function untrustedCell(text: string): string {
  return untrustedText(text.replace(/\r?\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|'));
}
