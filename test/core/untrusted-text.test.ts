import { describe, expect, test } from '@jest/globals';
import {
  capMarkdown,
  escapeHtmlOutsideCode,
  logSafe,
  logValue,
  markdownCode,
  markdownFence,
  markdownLink,
  markdownText
} from '../../packages/core/src/untrusted-text.js';

/** Lines the runner would read as workflow commands (it trims leading white space first). */
const commandLines = (log: string) =>
  log
    .split(/\r\n|\r|\n/)
    .filter((l) =>
      /^::|^##\[/.test(l.replace(/^[\s\u0085\u00a0\u2000-\u200a\u2028\u2029\u3000\ufeff]+/, ''))
    );

describe('logSafe', () => {
  const attacks = [
    '::add-mask::secret',
    '::stop-commands::t0ken',
    '::t0ken::',
    'name\n::error file=x::forged',
    'name\r::set-output name=x::1',
    'name\r\n  ::warning::indented',
    '\u00a0\u2003::notice::non-breaking space',
    '\ufeff::debug::bom',
    '##[error]legacy form',
    '\t##[set-env name=X;]1'
  ];
  test.each(attacks)('no line of %j can start a workflow command', (text) => {
    expect(commandLines(text).length).toBeGreaterThan(0);
    const out = logSafe(text);
    expect(commandLines(out)).toEqual([]);
    // still readable: only zero-width spaces were added
    expect(out.replace(/\u200b/g, '').replace(/\r\n|\r/g, '\n')).toBe(text.replace(/\r\n|\r/g, '\n'));
  });

  test('caps the text and shows control characters', () => {
    expect(logSafe('x'.repeat(10_000)).length).toBeLessThan(4_100);
    expect(logSafe('a\u001b[2Kb')).toBe('a\\x1b[2Kb');
  });

  test('a value stays on one line, and cannot lead a command', () => {
    expect(logValue('::add-mask::x\n::error::y')).toBe(':\u200b:add-mask::x\\n::error::y');
    expect(logValue('y'.repeat(1000)).length).toBeLessThan(400);
  });
});

describe('markdownText', () => {
  test('shows the text and does nothing else', () => {
    const out = markdownText(
      '<img src=x> [a](https://evil.example) ![i](u) @octocat #12 GH-3 www.x.org `c` *b*'
    );
    expect(out).not.toMatch(/<|\[a\]\(|@\w|#\d|GH-\d|https:\/\/|www\.|(^|[^\\])`|(^|[^\\])\*/);
    expect(out).toContain('&lt;img src=x&gt;');
  });

  test('one line; a heading or list marker stays text', () => {
    expect(markdownText('# title\nsecond')).toBe('\\# title second');
    expect(markdownText('- item')).toBe('\\- item');
    expect(markdownText('1. item')).toBe('1\\. item');
    // what is no list or emphasis is left as written
    expect(markdownText('1.2.3 snake_case tool-1_2')).toBe('1.2.3 snake_case tool-1_2');
    expect(markdownText('_em_')).toBe('\\_em\\_');
  });

  test('trusted text keeps its references', () => {
    expect(markdownText('@team #12', { outsider: false })).toBe('@team #12');
  });
});

describe('code spans and fences', () => {
  test('a code span is longer than any backtick run inside', () => {
    expect(markdownCode('a``b')).toBe('```a``b```');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });

  test('a fence cannot be closed by a line of the text', () => {
    const text = '+ line\n```\n<img src=x>\n````\n';
    const fenced = markdownFence(text, 'diff');
    expect(fenced.startsWith('`````diff\n')).toBe(true);
    expect(fenced.endsWith('\n`````')).toBe(true);
    expect(fenced.split('\n').slice(1, -1).join('\n')).toBe(text.trimEnd());
  });
});

describe('markdownLink', () => {
  const hosts = ['github.com', 'api.github.com'];
  test('links only to trusted hosts or URLs the action built', () => {
    expect(markdownLink('run', 'https://github.com/o/r/actions/runs/1', { hosts })).toBe(
      '[run](https://github.com/o/r/actions/runs/1)'
    );
    expect(markdownLink('ci', 'https://evil.example/x)![i](https://evil.example/p.png', { hosts })).toBe(
      'ci (`https://evil.example/x)![i](https://evil.example/p.png`)'
    );
    expect(markdownLink('x', 'javascript:alert(1)', { hosts, built: true })).toBe(
      'x (`javascript:alert(1)`)'
    );
    expect(markdownLink('crate', 'https://registry.example/c', { hosts, built: true })).toBe(
      '[crate](https://registry.example/c)'
    );
  });
});

describe('escapeHtmlOutsideCode', () => {
  test('escapes outside code spans only', () => {
    expect(escapeHtmlOutsideCode('<b> `<i>` <u>')).toBe('&lt;b&gt; `<i>` &lt;u&gt;');
    expect(escapeHtmlOutsideCode('`` a ` <x> `` <y>')).toBe('`` a ` <x> `` &lt;y&gt;');
    expect(escapeHtmlOutsideCode('\\`<b>`')).toBe('\\`&lt;b&gt;`');
    expect(escapeHtmlOutsideCode('`open <b>')).toBe('`open &lt;b&gt;');
  });
});

describe('capMarkdown', () => {
  test('stays below the limit, closes an open fence, says how much is left out', () => {
    const doc = ['# t', '```', ...Array.from({ length: 1000 }, (_, i) => `line ${i} é`), '```', 'end'].join(
      '\n'
    );
    const out = capMarkdown(doc, 2_000);
    expect(Buffer.byteLength(out)).toBeLessThan(2_000);
    const fences = out.split('\n').filter((l) => l === '```').length;
    expect(fences % 2).toBe(0);
    expect(out).toMatch(/\d+ more lines not shown; the full report is in report\.json/);
    expect(capMarkdown('small', 2_000)).toBe('small');
  });
});
