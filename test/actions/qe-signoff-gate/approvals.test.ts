import { describe, expect, it } from '@jest/globals';
import {
  commandAuthors,
  evaluateApprovals,
  parseApprovalCommand,
  type Authority,
  type IssueComment
} from '../../../actions/qe-signoff-gate/src/approvals.js';

const COMMIT = '2026-11-01T10:00:00Z';
let id = 0;
function comment(
  login: string,
  body: string,
  created = '2026-11-02T10:00:00Z',
  updated = created
): IssueComment {
  id++;
  return {
    id,
    user: { login },
    body,
    created_at: created,
    updated_at: updated,
    html_url: `https://example.test/c/${id}`
  };
}
const allowed = (via = 'write permission'): Authority => ({ allowed: true, via });
const ctx = (
  authority: Record<string, Authority>,
  extra: Partial<Parameters<typeof evaluateApprovals>[1]> = {}
) => ({
  commitTime: COMMIT,
  authors: ['releaser'],
  fourEyes: false,
  authority: new Map(Object.entries(authority)),
  ownMarker: '<!-- marker -->',
  ...extra
});

describe('approval commands', () => {
  it('reads /qe sign-off and /qe reject <reason> on the first non-empty line, any case', () => {
    expect(parseApprovalCommand('\n/qe sign-off\nlooks good')).toEqual({ kind: 'sign-off' });
    expect(parseApprovalCommand('/QE Sign-Off')).toEqual({ kind: 'sign-off' });
    expect(parseApprovalCommand('/qe reject installer crashes on macOS 13')).toEqual({
      kind: 'reject',
      reason: 'installer crashes on macOS 13'
    });
    expect(parseApprovalCommand('/qe reject')).toEqual({ kind: 'reject', reason: undefined });
    expect(parseApprovalCommand('I think /qe sign-off is premature')).toBeUndefined();
    expect(parseApprovalCommand('/qe sign-offs')).toBeUndefined();
    expect(parseApprovalCommand(null)).toBeUndefined();
  });

  it("lists the logins that posted commands, skipping the gate's own comment", () => {
    expect(
      commandAuthors(
        [
          comment('a', '/qe sign-off'),
          comment('b', 'hello'),
          comment('bot', '<!-- marker -->\n/qe sign-off')
        ],
        '<!-- marker -->'
      )
    ).toEqual(['a']);
  });
});

describe('approval evaluation', () => {
  it('counts a sign-off from an authorised user posted after the commit and never edited', () => {
    const ev = evaluateApprovals([comment('qa', '/qe sign-off')], ctx({ qa: allowed() }));
    expect(ev.signOffs.map((s) => [s.login, s.via])).toEqual([['qa', 'write permission']]);
    expect(ev.ignored).toEqual([]);
  });

  it('ignores a user without authority', () => {
    const ev = evaluateApprovals(
      [comment('reader', '/qe sign-off')],
      ctx({ reader: { allowed: false, via: 'reader has read permission and is not in approvers' } })
    );
    expect(ev.signOffs).toEqual([]);
    expect(ev.ignored[0].why).toBe('reader has read permission and is not in approvers');
  });

  it('ignores a comment posted before (or at) the release commit time', () => {
    const ev = evaluateApprovals(
      [comment('qa', '/qe sign-off', '2026-11-01T09:00:00Z'), comment('qb', '/qe sign-off', COMMIT)],
      ctx({ qa: allowed(), qb: allowed() })
    );
    expect(ev.signOffs).toEqual([]);
    expect(ev.ignored.map((i) => i.why)).toEqual([
      expect.stringContaining('before the release commit'),
      expect.stringContaining('before the release commit')
    ]);
  });

  it('ignores a comment edited after posting', () => {
    const ev = evaluateApprovals(
      [comment('qa', '/qe sign-off', '2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z')],
      ctx({ qa: allowed() })
    );
    expect(ev.signOffs).toEqual([]);
    expect(ev.ignored[0].why).toContain('edited');
  });

  it('with four-eyes refuses the release author, case-insensitively; without it, counts them', () => {
    const comments = [comment('Releaser', '/qe sign-off')];
    expect(
      evaluateApprovals(comments, ctx({ Releaser: allowed() }, { fourEyes: true })).ignored[0].why
    ).toContain('four-eyes');
    expect(evaluateApprovals(comments, ctx({ Releaser: allowed() })).signOffs).toHaveLength(1);
  });

  it("counts a reject, and a login's latest command replaces its earlier one", () => {
    const ev = evaluateApprovals(
      [
        comment('qa', '/qe reject crash on start', '2026-11-02T10:00:00Z'),
        comment('qa', '/qe sign-off', '2026-11-03T10:00:00Z'),
        comment('qb', '/qe reject docs wrong', '2026-11-03T11:00:00Z')
      ],
      ctx({ qa: allowed(), qb: allowed('member of org/qa') })
    );
    expect(ev.signOffs.map((s) => s.login)).toEqual(['qa']);
    expect(ev.rejections.map((r) => [r.login, r.reason, r.via])).toEqual([
      ['qb', 'docs wrong', 'member of org/qa']
    ]);
    expect(ev.ignored.map((i) => i.why)).toEqual([expect.stringContaining('superseded')]);
  });

  it('ignores everything when the commit time is unknown', () => {
    const ev = evaluateApprovals(
      [comment('qa', '/qe sign-off')],
      ctx({ qa: allowed() }, { commitTime: undefined })
    );
    expect(ev.counted).toEqual([]);
    expect(ev.ignored[0].why).toContain('commit time is unknown');
  });
});
