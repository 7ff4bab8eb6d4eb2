import { describe, expect, it } from '@jest/globals';
import { Report } from '#core/report.js';
import { decide } from '../../../actions/qe-signoff-gate/src/decision.js';
import type { Evidence } from '../../../actions/qe-signoff-gate/src/evidence.js';
import {
  isGateComment,
  commentBody,
  SECTION_END,
  withSection
} from '../../../actions/qe-signoff-gate/src/publish.js';
import { renderReport } from '../../../actions/qe-signoff-gate/src/render.js';

const hostile = `Crash ${SECTION_END} <img src=x onerror=alert(1)>`;

function evidence(): Evidence {
  return {
    checks: [
      {
        kind: 'workflow',
        name: 'Release',
        names: ['Release'],
        required: true,
        state: 'success',
        conclusion: 'success',
        url: 'https://x/r/1'
      }
    ],
    timeoutDecision: 'ABORT',
    waitedMs: 1234,
    assets: { checked: false, verified: 0, missing: [], mismatched: [], unexpected: [], rows: [] },
    issues: [{ number: 7, title: hostile, url: 'https://x/i/7', priority: 'P0', labels: ['P0'], fixes: [] }],
    approval: { mode: 'none' },
    waivers: [],
    invalidWaivers: [{ line: '<b>bad</b>', why: 'not a waiver' }]
  };
}

function render(): string {
  const report = new Report('qe-signoff-gate', 'QE sign-off gate');
  const e = evidence();
  renderReport(report, decide(e), e, { repository: 'o/r', sha: 'c'.repeat(40), tag: 'v1' });
  return report.markdown();
}

describe('report rendering', () => {
  it('leads with the decision, then a table per evidence source', () => {
    const md = render();
    const lines = md.split('\n').filter((l) => l.trim());
    expect(lines[0]).toBe('## QE sign-off gate');
    expect(lines[1]).toBe('❌ **Decision: ABORT**');
    expect(md.indexOf('### Workflows and checks')).toBeLessThan(md.indexOf('### Issues by priority'));
    expect(md).toContain('### Waivers');
    expect(md).not.toContain('### Assets');
  });

  it('holds no timestamp of the run, so a re-run with the same evidence renders the same text', () => {
    expect(render()).toBe(render());
    expect(render()).not.toContain('1234');
  });

  it('neutralises HTML and forged markers in untrusted text', () => {
    const md = render();
    expect(md).not.toContain(SECTION_END);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    // The release-notes section therefore survives a hostile issue title.
    const notes = withSection('notes', md);
    expect(withSection(notes, 'next')).toMatch(
      /^notes\n\n<!-- release-kit:qe-signoff-gate:start -->\nnext\n<!-- release-kit:qe-signoff-gate:end -->$/
    );
  });

  it('does not let an issue title mention anyone when the report is posted as a comment', () => {
    const e = evidence();
    e.issues[0].title = 'Ping @octo-org/qa and @alice';
    const report = new Report('qe-signoff-gate', 'QE sign-off gate');
    renderReport(report, decide(e), e, {
      repository: 'octo-org/octo-repo',
      sha: 'a'.repeat(40),
      tag: 'v1.0.0'
    });
    const md = report.markdown();
    expect(md).toContain('Ping @\u200bocto-org/qa and @\u200balice');
    expect(md).not.toMatch(/@(?=\w)/);
  });

  it('recognises its own comment only by a leading marker', () => {
    expect(isGateComment(commentBody('x'))).toBe(true);
    expect(isGateComment(`quoting: ${commentBody('x')}`)).toBe(false);
    expect(isGateComment(null)).toBe(false);
  });
});
