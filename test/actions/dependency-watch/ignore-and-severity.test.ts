import { cvss3BaseScore, severityOfScore } from '../../../actions/dependency-watch/src/cvss.js';
import {
  meetsThreshold,
  normaliseSeverity,
  type Finding
} from '../../../actions/dependency-watch/src/findings.js';
import { applyIgnores, isActive, parseIgnoreLines } from '../../../actions/dependency-watch/src/ignore.js';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    ecosystem: 'npm',
    package: 'minimist',
    installed: '1.2.5',
    severity: 'critical',
    kind: 'vulnerability',
    id: 'GHSA-xvch-5gv4-984h',
    aliases: ['GHSA-xvch-5gv4-984h', '1097678', 'CVE-2021-44906'],
    url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
    title: 'Prototype Pollution in minimist',
    range: '>=1.0.0 <1.2.6',
    fixedIn: '1.2.6',
    path: 'minimist',
    ...over
  };
}

describe('ignore lines', () => {
  test('parses "<id> until <date>: <reason>" and rejects anything else with the accepted form', () => {
    const { rules, problems } = parseIgnoreLines([
      'GHSA-xvch-5gv4-984h until 2026-03-31: no user input reaches minimist',
      'RUSTSEC-2023-0071 until 2026-02-30: no such day',
      'CVE-2021-44906 forever',
      'CVE-2021-44906 until 2026-01-01:'
    ]);
    expect(rules).toEqual([
      { id: 'GHSA-xvch-5gv4-984h', until: '2026-03-31', reason: 'no user input reaches minimist' }
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('not a calendar date');
    expect(problems[1]).toContain('<advisory id> until <YYYY-MM-DD>: <reason>');
  });

  test('holds through its last day (UTC), expires the day after', () => {
    const rule = { id: 'x', until: '2026-03-31', reason: 'r' };
    expect(isActive(rule, new Date('2026-03-31T23:59:59Z'))).toBe(true);
    expect(isActive(rule, new Date('2026-04-01T00:00:00Z'))).toBe(false);
  });

  test('matches any alias, case-insensitively; expired ignores count again and are named; unused lines are reported', () => {
    const { rules } = parseIgnoreLines([
      'cve-2021-44906 until 2026-12-31: reviewed',
      'RUSTSEC-2023-0071 until 2025-01-01: old',
      'GHSA-aaaa-bbbb-cccc until 2026-12-31: typo'
    ]);
    const now = new Date('2026-06-01T00:00:00Z');
    const rsa = finding({
      ecosystem: 'cargo',
      package: 'rsa',
      id: 'RUSTSEC-2023-0071',
      aliases: ['RUSTSEC-2023-0071']
    });
    const out = applyIgnores([finding(), rsa], rules, now);
    expect(out.ignored.map((i) => i.finding.package)).toEqual(['minimist']);
    expect(out.counted).toEqual([rsa]);
    expect(out.expired).toEqual([{ finding: rsa, rule: rules[1] }]);
    expect(out.unused).toEqual([rules[2]]);
  });
});

describe('severity', () => {
  test.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N', 6.4],
    ['CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0]
  ])('CVSS base score of %s is %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  test('other CVSS versions and malformed vectors have no score', () => {
    expect(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N')).toBeUndefined();
  });

  test('ratings and thresholds; unknown always counts', () => {
    expect([9.8, 7.5, 5.9, 2, 0].map(severityOfScore)).toEqual([
      'critical',
      'high',
      'moderate',
      'low',
      'info'
    ]);
    expect(normaliseSeverity('MEDIUM')).toBe('moderate');
    expect(normaliseSeverity('whatever')).toBe('unknown');
    expect(meetsThreshold('moderate', 'high')).toBe(false);
    expect(meetsThreshold('critical', 'high')).toBe(true);
    expect(meetsThreshold('unknown', 'critical')).toBe(true);
  });
});
