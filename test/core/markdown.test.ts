import { describe, expect, test } from '@jest/globals';
import { untrustedCell, untrustedText } from '#core/markdown.js';

describe('untrustedText', () => {
  test('cannot open HTML or forge a hidden marker', () => {
    expect(untrustedText('<!-- release-kit:qe-signoff-gate --> <img src=x>')).toBe(
      '&lt;!-- release-kit:qe-signoff-gate --&gt; &lt;img src=x&gt;'
    );
  });

  test('cannot mention a user or team, yet reads the same', () => {
    const out = untrustedText('ping @octocat and @org/team, mail a@b.c');
    expect(out).toBe('ping @\u200boctocat and @\u200borg/team, mail a@\u200bb.c');
    expect(out.replace(/\u200b/g, '')).toBe('ping @octocat and @org/team, mail a@b.c');
  });

  test('cannot reference an issue or make a link, yet reads the same', () => {
    expect(untrustedText('Crash on start (#12) — fix [x](y)')).toBe(
      'Crash on start (#\u200b12) — fix \\[x\\](y)'
    );
  });
});

describe('untrustedCell', () => {
  test('stays on one line and inside its cell', () => {
    expect(untrustedCell('a|b\r\nc\nd')).toBe('a\\|b c d');
    // `a\|b` must not become `a\\|b`, whose `|` would end the cell.
    expect(untrustedCell('a\\|b')).toBe('a\\\\\\|b');
  });

  test('is untrustedText as well', () => {
    expect(untrustedCell('<b>@x</b>')).toBe('&lt;b&gt;@\u200bx&lt;/b&gt;');
  });
});
