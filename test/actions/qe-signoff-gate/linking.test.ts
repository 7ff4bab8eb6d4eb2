import { describe, expect, it } from '@jest/globals';
import { closedIssueNumbers, linkPullRequests } from '../../../actions/qe-signoff-gate/src/linking.js';

describe('closing keywords', () => {
  it.each([
    'fixes',
    'fixed',
    'fix',
    'closes',
    'closed',
    'close',
    'resolves',
    'resolved',
    'resolve',
    'FIXES',
    'Closes',
    'ReSoLvEd'
  ])('%s #N links', (kw) => {
    expect(closedIssueNumbers(`This ${kw} #42.`)).toEqual([42]);
  });

  it('accepts a colon, several references and this repository by name', () => {
    expect(
      closedIssueNumbers('Fixes: #1, closes #2\nresolves octo-org/octo-repo#3', 'octo-org/octo-repo')
    ).toEqual([1, 2, 3]);
  });

  it('ignores mentions without a keyword, words that merely end in a keyword, and other repositories', () => {
    expect(closedIssueNumbers('See #5; prefixes #6; unfixed #7; refs #8')).toEqual([]);
    expect(closedIssueNumbers('fixes other/repo#9', 'octo-org/octo-repo')).toEqual([]);
    expect(closedIssueNumbers('fixes #10abc')).toEqual([]);
  });

  it('maps issues to the open pull requests that close them, from title or body', () => {
    const links = linkPullRequests([
      { number: 100, title: 'Fix crash (fixes #1)', body: null, html_url: 'u100' },
      { number: 101, title: 'Refactor', body: 'Closes #1\nResolves #2', html_url: 'u101' },
      { number: 102, title: 'Docs', body: 'mentions #3', html_url: 'u102' }
    ]);
    expect(links.get(1)?.map((p) => p.number)).toEqual([100, 101]);
    expect(links.get(2)?.map((p) => p.number)).toEqual([101]);
    expect(links.has(3)).toBe(false);
  });
});
