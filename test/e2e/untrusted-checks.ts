/** Checks shared by the untrusted-text end-to-end tests, written independently of the code under test. */
import type { RunResult } from '../harness/run-action.js';

/** Every hostile name carries this, so a forged command is easy to spot. */
export const TAG = 'RKINJECTED';

/**
 * Lines of a step's output that the runner would run as a workflow command carrying the injected tag
 * right after the command (the runner trims leading white space before it looks for `::`). A genuine
 * `::error::` that quotes a name elsewhere in its message is not one.
 */
export function forgedCommands(r: Pick<RunResult, 'stdout'>): string[] {
  return `${r.stdout}`
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u0085\u00a0\u2000-\u200a\u2028\u2029\u3000\ufeff]+/, ''))
    .filter((l) => new RegExp(`^(::[^:\\s]*( [^:]*)?::${TAG}|::stop-commands::|##\\[)`).test(l));
}

/** A GitHub-flavoured Markdown document without its fenced code blocks and code spans (shown literally). */
export function outsideCode(markdown: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = undefined;
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    lines.push(line);
  }
  return (
    lines
      .join('\n')
      // code spans: a backtick run, then the next run of exactly the same length
      .replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, '')
  );
}

/**
 * Raw HTML tags in a GitHub-flavoured Markdown document, outside fenced code blocks and code spans
 * (whose content GitHub shows literally). Written independently of the code under test.
 */
export function liveHtml(markdown: string): string[] {
  const text = outsideCode(markdown);
  // The page's own structure is the only HTML allowed: details, line breaks and the hidden markers on
  // lines of their own.
  const own = new Set(
    text
      .split('\n')
      .filter((l) => /^<!-- release-kit:[\w:.=/-]+( [\w:.=/-]+)* -->$/.test(l.trim()))
      .map((l) => l.trim())
  );
  return (text.match(/<\/?[A-Za-z!][^>]*>/g) ?? []).filter(
    (t) => !/^<\/?(details|summary|br)>$/.test(t) && !/^<summary>/.test(t) && !own.has(t)
  );
}
