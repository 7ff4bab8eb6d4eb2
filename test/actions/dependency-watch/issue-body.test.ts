import {
  BODY_LIMIT,
  cell,
  renderIssueBody,
  renderReportMarkdown,
  type IssueModel
} from '../../../actions/dependency-watch/src/issue-body.js';
import { decodeState, encodeState, stripState } from '../../../actions/dependency-watch/src/issue-state.js';
import type { Finding } from '../../../actions/dependency-watch/src/findings.js';
import { hasMarker, issueMarker } from '../../../actions/dependency-watch/src/tracking-issue.js';

const marker = issueMarker('.');

function finding(i: number, over: Partial<Finding> = {}): Finding {
  return {
    ecosystem: 'npm',
    package: `pkg-${String(i).padStart(5, '0')}`,
    installed: '1.0.0',
    severity: i % 2 ? 'high' : 'critical',
    kind: 'vulnerability',
    id: `GHSA-aaaa-bbbb-${String(i).padStart(4, '0')}`,
    aliases: [],
    url: `https://github.com/advisories/GHSA-aaaa-bbbb-${i}`,
    title: `A long advisory title number ${i} describing a prototype pollution in a parser`,
    range: '<1.0.1',
    fixedIn: '1.0.1',
    path: `app > middle-${i} > pkg-${i}`,
    ...over
  };
}

function model(over: Partial<IssueModel> = {}): IssueModel {
  return {
    marker,
    threshold: 'high',
    findings: [],
    keptKeys: new Set(),
    expired: [],
    ignoredCount: 0,
    belowThreshold: 0,
    outdated: [],
    failed: [],
    skipped: [],
    reportLink: 'https://github.com/octo-org/octo-repo/actions/workflows/deps.yml',
    ...over
  };
}

describe('issue body', () => {
  test('marker first, summary, sorted advisories table, outdated table, state last', () => {
    const findings = [finding(1), finding(2)];
    const { body, omittedRows } = renderIssueBody(
      model({
        findings,
        outdated: [
          { ecosystem: 'npm', package: 'minimist', current: '1.2.5', wanted: '1.2.5', latest: '1.2.8' }
        ]
      })
    );
    expect(omittedRows).toBe(0);
    expect(body.split('\n')[0]).toBe(marker);
    expect(body).toContain('**2 findings at or above `high`** (2 npm).');
    expect(body).toContain(
      '| Ecosystem | Package | Installed | Severity | Advisory | Vulnerable | Fixed in | Path |'
    );
    expect(body).toContain('### Outdated (1)');
    expect(body.trimEnd().split('\n').at(-1)).toMatch(/^<!-- dependency-watch-state:v1:/);
    expect(decodeState(body)!.map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });

  test('over the limit: cut at a row boundary with a link to the full report; marker and state survive', () => {
    const findings = Array.from({ length: 1500 }, (_, i) => finding(i));
    const { body, omittedRows } = renderIssueBody(model({ findings }));
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(omittedRows).toBeGreaterThan(0);
    expect(body.startsWith(marker + '\n')).toBe(true);
    expect(body).toContain(`${omittedRows} more rows not shown`);
    expect(body).toContain('(https://github.com/octo-org/octo-repo/actions/workflows/deps.yml)');
    // every table line is a whole row: 8 columns, starts and ends with a pipe
    const rows = body.split('\n').filter((l) => l.startsWith('| npm '));
    expect(rows.length + omittedRows).toBe(1500);
    for (const r of rows) expect(r.endsWith('|')).toBe(true);
    // the state still lists every finding (so nothing is "resolved" by being cut)
    expect(decodeState(body)).toHaveLength(1500);
    expect(hasMarker(body, marker)).toBe(true);
  });

  test('a failed audit is a warning banner, never "no findings"', () => {
    const { body } = renderIssueBody(
      model({
        failed: [
          {
            ecosystem: 'npm',
            check: 'audit',
            status: 'failed',
            command: 'npm audit --json',
            infrastructure: true,
            reason: 'the advisory endpoint answered HTTP 405',
            findings: [],
            outdated: []
          }
        ]
      })
    );
    expect(body).toContain('Infrastructure failure');
    expect(body).toContain('HTTP 405');
    expect(body).not.toContain('No findings');
    expect(body).toContain('Findings unknown');
  });

  test('untrusted text cannot break the table, inject HTML or mention people', () => {
    expect(cell('a|b\n<!-- x --> @octocat')).toBe('a\\|b &lt;!-- x --&gt; @\u200boctocat');
    const { body } = renderIssueBody(
      model({
        findings: [finding(1, { title: 'pwn | <!-- release-kit:dependency-watch path=. --> @admins' })]
      })
    );
    expect(body.split('\n').filter((l) => l === marker)).toHaveLength(1);
  });

  test('state round-trips; stripState leaves what people see', () => {
    const f = [finding(7)];
    const state = encodeState(f);
    expect(decodeState(`x\n${state}\n`)![0]).toMatchObject({
      id: f[0].id,
      package: f[0].package,
      url: f[0].url,
      path: f[0].path
    });
    expect(stripState(`x\n${state}\n`)).toBe('x\n\n');
    expect(decodeState('no state here')).toBeUndefined();
    expect(decodeState('<!-- dependency-watch-state:v1:!!!notbase64 -->')).toBeUndefined();
  });

  test('the marker is recognised on its own line only (a quote of it is not a tracking issue)', () => {
    expect(hasMarker(`${marker}\nbody`, marker)).toBe(true);
    expect(hasMarker(`> ${marker}\nI saw this`, marker)).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
  });

  test('report.md carries the whole table and no hidden state', () => {
    const findings = Array.from({ length: 1500 }, (_, i) => finding(i));
    const md = renderReportMarkdown(model({ findings }), 'Dependency Watch Alerts');
    expect(md.startsWith('# Dependency Watch Alerts')).toBe(true);
    expect(md.split('\n').filter((l) => l.startsWith('| npm '))).toHaveLength(1500);
    expect(md).not.toContain('dependency-watch-state');
  });
});

describe('advisory links', () => {
  test('link only to GitHub and known advisory databases; any other URL is shown inert', async () => {
    const { link } = await import('../../../actions/dependency-watch/src/issue-body.js');
    expect(link('GHSA-1', 'https://github.com/advisories/GHSA-1')).toBe(
      '[GHSA-1](https://github.com/advisories/GHSA-1)'
    );
    expect(link('RUSTSEC-1', 'https://rustsec.org/advisories/RUSTSEC-1.html')).toMatch(/^\[RUSTSEC-1\]\(/);
    const evil = link('X-1', 'https://evil.example/track.png');
    expect(evil).not.toMatch(/\]\(https:\/\/evil/);
    expect(evil).toContain('`https://evil.example/track.png`');
  });
});

describe('hidden state limits', () => {
  const state = (text: string) => `x\n<!-- dependency-watch-state:v1:${text} -->\n`;
  test('a deflate bomb stops at the inflate limit, with a reason, never a throw', async () => {
    const { deflateRawSync } = await import('node:zlib');
    const bomb = deflateRawSync(Buffer.alloc(40_000_000, 0x20)).toString('base64');
    expect(bomb.length).toBeLessThan(64_000);
    const why: string[] = [];
    expect(decodeState(state(bomb), (w) => why.push(w))).toBeUndefined();
    expect(why[0]).toMatch(/does not decode/);
  });

  test('an oversized or non-base64 state is refused before decoding', () => {
    const why: string[] = [];
    expect(decodeState(state('A'.repeat(70_000)), (w) => why.push(w))).toBeUndefined();
    expect(decodeState(state('not base64!'), (w) => why.push(w))).toBeUndefined();
    expect(why).toEqual([
      expect.stringMatching(/70000 characters, more than the 64000/),
      'the state is not base64'
    ]);
  });
});
