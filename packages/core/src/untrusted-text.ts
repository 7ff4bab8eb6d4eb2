/**
 * The one way release-kit writes text it did not write itself (file names from a checksum file, issue
 * titles, crate names, registry answers, formula lines) into a step log or into Markdown it publishes.
 *
 * Logs: the runner reads every line of a step's output, after trimming leading white space, as a
 * workflow command when it starts with `::` (or the legacy `##[`): `::add-mask::`, `::stop-commands::`,
 * `::error …::`, and with `ACTIONS_ALLOW_UNSECURE_COMMANDS` `::set-env` — code execution in later steps.
 * Markdown: job summaries and issue bodies render HTML, images, links, mentions and references.
 */
import * as core from '@actions/core';

/** Characters of untrusted text one log call writes at most (the rest is counted, not shown). */
export const LOG_TEXT_LIMIT = 4_000;
/** Characters of one untrusted value (a name, a title) shown in a log line or Markdown. */
export const VALUE_LIMIT = 300;
/** GitHub drops a job summary over 1 MiB; what release-kit writes stays below, with room for a note. */
export const SUMMARY_BYTES_LIMIT = 1_000_000;
/** GitHub refuses issue, pull request and comment bodies over 65,536 characters. */
export const BODY_CHARS_LIMIT = 65_000;

// What .NET's String.TrimStart removes (char.IsWhiteSpace), and a byte order mark for good measure.
const LEADING_SPACE = /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/u;
// The runner splits a step's output into lines at \n, \r and \r\n.
const LINE_BREAK = /\r\n|\r|\n/;
// Other control characters (ESC sequences can hide or rewrite what a log viewer shows).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/g;

function hexEscape(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * Cuts text to `max` characters, saying how many were left out. Never splits a surrogate pair.
 * @param text any text.
 * @param max characters kept at most (the note comes on top).
 */
export function capChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

function neutraliseLine(line: string): string {
  const lead = LEADING_SPACE.exec(line)?.[0] ?? '';
  const rest = line.slice(lead.length);
  // A zero-width space after the first character: the line reads the same, the runner sees no command.
  const safe = rest.startsWith('::') ? `${lead}:\u200b${rest.slice(1)}` : line;
  // The runner's older `##[command]` form is looked for anywhere in a line, not only at its start.
  return safe.replace(/##\[/g, '#\u200b#[');
}

/**
 * Untrusted text made safe for the step log: no line of it (including after an embedded `\r` or `\n`)
 * can start a workflow command (`::…`, `##[…`, so neither `::stop-commands::` nor the token that ends
 * it), other control characters are shown as `\xNN`, and the whole is capped.
 * @param text any untrusted text, possibly several lines.
 * @param max characters kept (default {@link LOG_TEXT_LIMIT}).
 */
export function logSafe(text: string, max = LOG_TEXT_LIMIT): string {
  return capChars(String(text), max)
    .replace(CONTROL, hexEscape)
    .split(LINE_BREAK)
    .map(neutraliseLine)
    .join('\n');
}

/**
 * One untrusted value (a file or crate name, a title) for a log line: on one line (line breaks and
 * control characters shown as escapes, as JSON does), capped at {@link VALUE_LIMIT}, and unable to start
 * a workflow command even when it leads the line.
 * @param value any untrusted value.
 * @param max characters kept.
 */
export function logValue(value: string, max = VALUE_LIMIT): string {
  const oneLine = JSON.stringify(capChars(String(value), max))
    .slice(1, -1)
    .replace(/\\"/g, '"');
  return neutraliseLine(
    oneLine.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
  );
}

/**
 * Writes a log line that carries untrusted parts: `core.info` after {@link logSafe}. Use it instead of
 * `core.info` wherever any part of the message came from outside the workflow.
 * @param text the message.
 */
export function logInfo(text: string): void {
  core.info(logSafe(text));
}

/**
 * `<`, `>` and `&` as HTML character references: text that cannot open a tag, an image or a hidden
 * `<!-- … -->` marker.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `<` and `>` everywhere in a Markdown line except inside code spans (whose content is shown
 * literally anyway): a last line of defence that keeps any HTML out of a page release-kit builds.
 * @param markdown Markdown inline text (a line, a table cell).
 */
export function escapeHtmlOutsideCode(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    let tick = markdown.indexOf('`', i);
    // A backslash-escaped backtick is a literal backtick, not a code span's start.
    while (tick > 0 && /(^|[^\\])(\\\\)*\\$/.test(markdown.slice(0, tick)))
      tick = markdown.indexOf('`', tick + 1);
    if (tick < 0) {
      out += markdown.slice(i).replace(/</g, '&lt;').replace(/>/g, '&gt;');
      break;
    }
    out += markdown.slice(i, tick).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    let run = tick;
    while (markdown[run] === '`') run++;
    const opener = markdown.slice(tick, run);
    // A code span closes at the next run of exactly as many backticks (CommonMark 6.1).
    const closer = new RegExp(`(?<!\`)${opener}(?!\`)`, 'g');
    closer.lastIndex = run;
    const end = closer.exec(markdown);
    if (!end) {
      out += opener;
      i = run;
    } else {
      out += markdown.slice(tick, end.index + opener.length);
      i = end.index + opener.length;
    }
  }
  return out;
}

/** Options for {@link markdownText}. */
export interface MarkdownTextOptions {
  /** Characters kept at most (default {@link VALUE_LIMIT}; `Infinity` for none). */
  max?: number;
  /**
   * Whether an outsider may have written it (default true): then `@name` cannot mention, `#12` /
   * `GH-12` cannot reference, and bare URLs are not made links.
   */
  outsider?: boolean;
}

/**
 * Untrusted text as inline Markdown that is displayed as written and does nothing else: HTML escaped,
 * Markdown punctuation backslash-escaped (no links, images, emphasis or code spans of its own), one line,
 * capped; from outsiders also no mentions, references or autolinks (a zero-width space breaks them).
 * @param text any untrusted text.
 * @param options see {@link MarkdownTextOptions}.
 */
export function markdownText(text: string, options: MarkdownTextOptions = {}): string {
  const { max = VALUE_LIMIT, outsider = true } = options;
  let t = capChars(String(text), max)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(CONTROL, '')
    .replace(/[\\`*[\]~|]/g, '\\$&')
    // `_` emphasises only at a word's edge (GFM ignores it inside words: snake_case reads as written).
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
  t = escapeHtml(t);
  if (outsider)
    t = t
      .replace(/@(?=[\w-])/g, '@\u200b')
      .replace(/#(?=\d)/g, '#\u200b')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
      .replace(/:\/\//g, ':\u200b//')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
  // A line that starts like a heading, list or quote stays a paragraph.
  return t
    .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([=-]+\s*)$/, '$1\\$2');
}

/**
 * Untrusted text as an inline code span: shown literally (no HTML, links or mentions are possible
 * inside), on one line, capped, with a backtick run longer than any inside it so it cannot end early.
 * @param text any untrusted text.
 * @param max characters kept.
 */
export function markdownCode(text: string, max = VALUE_LIMIT): string {
  const t = capChars(String(text), max)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(CONTROL, hexEscape);
  if (t === '') return '`""`';
  const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a leading or trailing backtick from joining the fence (CommonMark strips it).
  const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${t}${pad}${fence}`;
}

/**
 * Untrusted text as a fenced code block whose fence is longer than any backtick run inside, so no line of
 * the text can close it early.
 * @param text any untrusted text, several lines.
 * @param lang the info string (trusted: a language name such as `diff`).
 */
export function markdownFence(text: string, lang = ''): string {
  const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang.replace(/[^\w+.-]/g, '')}\n${body}\n${fence}`;
}

/**
 * The hosts a link may point to without the action having built the URL itself: the GitHub server and
 * its API (`GITHUB_SERVER_URL`, `GITHUB_API_URL`), plus any given.
 * @param extra more hosts (such as the registry the action was configured with).
 */
export function trustedLinkHosts(extra: (string | undefined)[] = []): string[] {
  const hosts = new Set<string>();
  for (const u of [
    process.env.GITHUB_SERVER_URL || 'https://github.com',
    process.env.GITHUB_API_URL || 'https://api.github.com',
    ...extra
  ]) {
    if (!u) continue;
    try {
      hosts.add(new URL(u.includes('://') ? u : `https://${u}`).host.toLowerCase());
    } catch {
      // not a URL: no host to trust
    }
  }
  return [...hosts];
}

/**
 * A Markdown link when `url` is an http(s) URL on a trusted host (see {@link trustedLinkHosts}; pass
 * `built: true` for a URL the action put together itself from trusted parts); otherwise the label and
 * the URL as inert code, so a server or an outsider cannot make a page link (or load an image) anywhere.
 * @param label the link text (untrusted: escaped with {@link markdownText}).
 * @param url the target.
 * @param options `hosts` allowed (default {@link trustedLinkHosts}), `built` for a URL the action built.
 */
export function markdownLink(
  label: string,
  url: string | undefined,
  options: { hosts?: string[]; built?: boolean; outsider?: boolean } = {}
): string {
  const text = markdownText(label, { outsider: options.outsider ?? true });
  if (!url) return text;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const hosts = options.hosts ?? trustedLinkHosts();
  if (
    parsed &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    !parsed.username &&
    !parsed.password &&
    (options.built || hosts.includes(parsed.host.toLowerCase()))
  ) {
    const href = parsed.href.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
    return `[${text}](${href})`;
  }
  return `${text} (${markdownCode(url)})`;
}

/**
 * Caps a Markdown document at a size, cutting at a line boundary, closing a code fence left open and
 * ending with a note such as "N more lines in report.json".
 * @param markdown the document.
 * @param limit the size it must stay below.
 * @param options `unit`: `bytes` (UTF-8, job summaries) or `chars` (bodies, the API's unit); `note` for the
 *   line left out count (default: "… N more lines not shown; the full report is in report.json.").
 * @returns the document, unchanged when it fits.
 */
export function capMarkdown(
  markdown: string,
  limit: number,
  options: { unit?: 'bytes' | 'chars'; note?: (omittedLines: number) => string } = {}
): string {
  const size = (s: string) => (options.unit === 'chars' ? s.length : Buffer.byteLength(s, 'utf8'));
  if (size(markdown) < limit) return markdown;
  const note =
    options.note ??
    ((n: number) => `_… ${n} more line${n === 1 ? '' : 's'} not shown; the full report is in report.json._`);
  const lines = markdown.split('\n');
  const reserve = size(note(lines.length)) + 64;
  const kept: string[] = [];
  let used = 0;
  let fence: string | undefined;
  for (const line of lines) {
    const cost = size(line) + 1;
    if (used + cost + reserve + (fence ? fence.length + 1 : 0) >= limit) break;
    kept.push(line);
    used += cost;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && !fence) fence = f;
    else if (f && fence && f[0] === fence[0] && f.length >= fence.length && line.trim() === f)
      fence = undefined;
  }
  const omitted = lines.length - kept.length;
  if (fence) kept.push(fence);
  // A table row cut off would swallow the note into the table.
  kept.push('', note(omitted), '');
  return kept.join('\n');
}

/**
 * Text a server sent back (an error body, a message) with every given secret replaced by `***`: a
 * registry may echo the token it was sent, and a job summary or report.json is not masked by the runner
 * the way the log is. The secret's URL-encoded and base64 forms are replaced too.
 * @param text the server's text.
 * @param secrets tokens the request could have carried (empty ones are ignored).
 */
export function redactSecrets(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    const s = secret?.trim();
    // A one- or two-character "secret" would blank out ordinary text; real tokens are long.
    if (!s || s.length < 4) continue;
    for (const form of new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64')]))
      out = out.split(form).join('***');
  }
  return out;
}
