import { describe, expect, it } from '@jest/globals';
import {
  isCalendarDate,
  judgeWaivers,
  parseWaiver,
  parseWaivers,
  waiverForCheck,
  waiverForIssue
} from '../../../actions/qe-signoff-gate/src/waivers.js';

describe('waiver parsing', () => {
  it('reads an issue waiver with or without #', () => {
    expect(parseWaiver('#12 until 2030-01-31 by alice: known flaky on arm64')).toEqual({
      line: '#12 until 2030-01-31 by alice: known flaky on arm64',
      target: { kind: 'issue', number: 12 },
      until: '2030-01-31',
      login: 'alice',
      reason: 'known flaky on arm64'
    });
    expect(parseWaiver('12 until 2030-01-31 by @alice: x')).toMatchObject({
      target: { kind: 'issue', number: 12 },
      login: 'alice'
    });
  });

  it('reads a check-name waiver, names may hold spaces and colons before "until"', () => {
    expect(parseWaiver('Build (macos-arm64) until 2030-02-01 by bob: runner outage')).toMatchObject({
      target: { kind: 'check', name: 'Build (macos-arm64)' },
      login: 'bob',
      reason: 'runner outage'
    });
    expect(parseWaiver('ci/circleci: lint until 2030-02-01 by bob: x')).toMatchObject({
      target: { kind: 'check', name: 'ci/circleci: lint' }
    });
  });

  it('rejects malformed lines with the reason', () => {
    expect(parseWaiver('#12 until tomorrow by alice: x')).toHaveProperty('why');
    expect(parseWaiver('#12 until 2030-02-30 by alice: x')).toEqual({
      line: '#12 until 2030-02-30 by alice: x',
      why: expect.stringContaining('not a calendar date')
    });
    expect(parseWaiver('#12 until 2030-02-01 by alice:')).toEqual(
      expect.objectContaining({ why: expect.stringContaining('reason') })
    );
    expect(parseWaiver('#12 until 2030-02-01: no login')).toHaveProperty('why');
  });

  it('splits the input, keeping #N lines (they are issue waivers) and skipping blank and "# " comments', () => {
    const { waivers, invalid } = parseWaivers('\n# a comment\n#7 until 2030-01-01 by a: r\nnonsense\n');
    expect(waivers.map((w) => w.target)).toEqual([{ kind: 'issue', number: 7 }]);
    expect(invalid.map((w) => w.line)).toEqual(['nonsense']);
  });

  it('checks calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
  });
});

describe('waiver validity', () => {
  const { waivers } = parseWaivers(
    [
      '#1 until 2026-11-25 by alice: today is the last day',
      '#2 until 2026-11-24 by alice: expired',
      '#3 until 2030-01-01 by mallory: reader',
      'lint until 2030-01-01 by alice: ok'
    ].join('\n')
  );
  const judged = judgeWaivers(waivers, '2026-11-25', (l) => l === 'alice');

  it('holds through its until day, expires after, and needs write access', () => {
    expect(judged.map((w) => [w.valid, w.why])).toEqual([
      [true, undefined],
      [false, 'expired on 2026-11-24'],
      [false, 'mallory has no write access to the repository'],
      [true, undefined]
    ]);
  });

  it('covers only its own target, and only when valid', () => {
    expect(waiverForIssue(judged, 1)?.line).toContain('#1');
    expect(waiverForIssue(judged, 2)).toBeUndefined();
    expect(waiverForIssue(judged, 3)).toBeUndefined();
    expect(waiverForCheck(judged, ['Lint', 'lint.yml'])?.line).toContain('lint');
    expect(waiverForCheck(judged, ['build'])).toBeUndefined();
  });
});
