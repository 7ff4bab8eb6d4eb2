import { describe, expect, it } from '@jest/globals';
import type { ApprovalEvaluation } from '../../../actions/qe-signoff-gate/src/approvals.js';
import { decide } from '../../../actions/qe-signoff-gate/src/decision.js';
import type { CheckItem, Evidence, IssueItem } from '../../../actions/qe-signoff-gate/src/evidence.js';
import type { JudgedWaiver } from '../../../actions/qe-signoff-gate/src/waivers.js';

function green(): Evidence {
  return {
    checks: [
      {
        kind: 'workflow',
        name: 'release',
        names: ['release', 'release.yml'],
        required: true,
        state: 'success',
        conclusion: 'success',
        url: 'https://x/run/1'
      },
      {
        kind: 'check-run',
        name: 'lint',
        names: ['lint'],
        required: false,
        state: 'failure',
        conclusion: 'failure'
      }
    ],
    timeoutDecision: 'ABORT',
    waitedMs: 0,
    assets: { checked: true, verified: 10, missing: [], mismatched: [], unexpected: [], rows: [] },
    issues: [],
    approval: { mode: 'none' },
    waivers: [],
    invalidWaivers: []
  };
}

const check = (over: Partial<CheckItem>): CheckItem => ({
  kind: 'workflow',
  name: 'publish',
  names: ['publish', 'publish.yml'],
  required: true,
  state: 'success',
  ...over
});
const issue = (over: Partial<IssueItem>): IssueItem => ({
  number: 7,
  title: 'crash',
  url: 'https://x/issues/7',
  priority: 'P0',
  labels: ['P0'],
  fixes: [],
  ...over
});
const waiver = (target: JudgedWaiver['target']): JudgedWaiver => ({
  line: 'w',
  target,
  until: '2030-01-01',
  login: 'alice',
  reason: 'accepted risk',
  valid: true
});
const evaluation = (over: Partial<ApprovalEvaluation>): ApprovalEvaluation => ({
  counted: [],
  ignored: [],
  signOffs: [],
  rejections: [],
  ...over
});
const signOff = {
  login: 'qa',
  kind: 'sign-off' as const,
  url: 'https://x/c/1',
  at: '2026-11-02T00:00:00Z',
  via: 'write permission'
};
const rules = (e: Evidence) => decide(e).reasons.map((r) => r.rule);

describe('decision rules', () => {
  it('SHIP IT: everything green (a failed check nobody requires does not count)', () => {
    const v = decide(green());
    expect(v.decision).toBe('SHIP IT');
    expect(v.reasons).toEqual([
      { rule: 'ship-it', detail: expect.stringContaining('10 expected asset(s) verified') }
    ]);
  });

  describe('ABORT', () => {
    it.each(['failure', 'cancelled', 'timed_out', 'action_required'])(
      'a required workflow concluded %s',
      (conclusion) => {
        const e = green();
        e.checks.push(check({ state: 'failure', conclusion, url: 'https://x/run/2' }));
        const v = decide(e);
        expect(v.decision).toBe('ABORT');
        expect(v.reasons[0]).toEqual({
          rule: 'workflow-failed',
          detail: `Workflow publish concluded ${conclusion}`,
          url: 'https://x/run/2'
        });
      }
    );

    it('a required check run, a commit status or an earlier release-kit step failed', () => {
      for (const [kind, rule] of [
        ['check-run', 'check-failed'],
        ['status', 'status-failed'],
        ['report', 'step-failed']
      ] as const) {
        const e = green();
        e.checks.push(check({ kind, name: 'x', names: ['x'], state: 'failure', conclusion: 'failure' }));
        expect([decide(e).decision, rules(e)[0]]).toEqual(['ABORT', rule]);
      }
    });

    it('a required workflow still running, or with no run at all, at the deadline', () => {
      const e = green();
      e.checks.push(
        check({ state: 'pending', conclusion: 'in_progress' }),
        check({ name: 'bundle.yml', names: ['bundle.yml'], state: 'missing' })
      );
      const v = decide(e);
      expect(v.decision).toBe('ABORT');
      expect(v.reasons.map((r) => r.detail)).toEqual([
        'Workflow publish was still in_progress at the deadline',
        'Workflow bundle.yml has no run for the release commit at the deadline'
      ]);
    });

    it('an expected asset missing, mismatched, or the release not found', () => {
      const e = green();
      e.assets = {
        ...e.assets,
        missing: ['caro-1.0-linux-amd64'],
        mismatched: [{ name: 'caro-1.0-linux-arm64', detail: 'sidecar says 1234, API digest says 5678' }]
      };
      expect(decide(e).decision).toBe('ABORT');
      expect(rules(e)).toEqual(['asset-missing', 'asset-mismatched']);
      const absent = green();
      absent.assets = { ...absent.assets, error: 'There is no release with tag v1' };
      expect([decide(absent).decision, rules(absent)]).toEqual(['ABORT', ['asset-missing']]);
    });

    it('assets not configured are not checked', () => {
      const e = green();
      e.assets = { checked: false, verified: 0, missing: ['x'], mismatched: [], unexpected: [], rows: [] };
      expect(decide(e).decision).toBe('SHIP IT');
    });

    it('an open P0 without a linked open pull request (even when another P0 has one)', () => {
      const e = green();
      e.issues = [
        issue({}),
        issue({ number: 8, fixes: [{ number: 9, title: 'fix', html_url: 'https://x/pull/9' }] })
      ];
      expect(decide(e).decision).toBe('ABORT');
      expect(rules(e)).toEqual(['p0-open', 'p0-fix-in-flight']);
    });

    it('a valid /qe reject, even alongside a sign-off', () => {
      const e = green();
      e.approval = {
        mode: 'comment',
        issue: 5,
        evaluation: evaluation({
          signOffs: [signOff],
          rejections: [{ ...signOff, login: 'qb', kind: 'reject', reason: 'crash' }]
        })
      };
      const v = decide(e);
      expect(v.decision).toBe('ABORT');
      expect(v.reasons[0]).toEqual({
        rule: 'qe-rejected',
        detail: 'qb rejected the release: crash',
        url: 'https://x/c/1'
      });
    });
  });

  it('HOTFIX: every open P0 has a linked open pull request; outranks P1 and missing approval', () => {
    const e = green();
    e.issues = [
      issue({ fixes: [{ number: 9, title: 'fix', html_url: 'https://x/pull/9' }] }),
      issue({ number: 3, priority: 'P1', labels: ['P1'] })
    ];
    e.approval = { mode: 'comment', issue: 5, evaluation: evaluation({}) };
    const v = decide(e);
    expect(v.decision).toBe('HOTFIX');
    expect(v.reasons.map((r) => r.rule)).toEqual(['p0-fix-in-flight', 'p1-open', 'approval-missing']);
    expect(v.reasons[0].url).toBe('https://x/pull/9');
  });

  describe('CONDITIONAL', () => {
    it('an open P1', () => {
      const e = green();
      e.issues = [issue({ priority: 'P1', labels: ['P1'] })];
      expect([decide(e).decision, rules(e)]).toEqual(['CONDITIONAL', ['p1-open']]);
    });

    it('approval required and missing (only ignored commands)', () => {
      const e = green();
      e.approval = {
        mode: 'comment',
        issue: 5,
        issueUrl: 'https://x/issues/5',
        evaluation: evaluation({
          ignored: [{ login: 'r', kind: 'sign-off', url: 'u', at: 't', why: 'read' }]
        })
      };
      const v = decide(e);
      expect(v.decision).toBe('CONDITIONAL');
      expect(v.reasons).toEqual([
        {
          rule: 'approval-missing',
          detail: 'No valid /qe sign-off on #5 (1 ignored, see the approvals table)',
          url: 'https://x/issues/5'
        }
      ]);
    });

    it('an unfinished required workflow at the deadline with timeout-decision CONDITIONAL', () => {
      const e = green();
      e.timeoutDecision = 'CONDITIONAL';
      e.checks.push(check({ state: 'pending', conclusion: 'queued' }));
      expect([decide(e).decision, rules(e)]).toEqual(['CONDITIONAL', ['unfinished-at-deadline']]);
    });
  });

  it('SHIP IT with approval present names who signed off', () => {
    const e = green();
    e.approval = {
      mode: 'comment',
      issue: 5,
      evaluation: evaluation({ signOffs: [signOff], counted: [signOff] })
    };
    const v = decide(e);
    expect(v.decision).toBe('SHIP IT');
    expect(v.reasons[0].detail).toContain('signed off by qa');
  });

  it('waived items do not count and are listed as waived', () => {
    const e = green();
    e.checks.push(
      check({ state: 'failure', conclusion: 'failure', waiver: waiver({ kind: 'check', name: 'publish' }) })
    );
    e.issues = [
      issue({ waiver: waiver({ kind: 'issue', number: 7 }) }),
      issue({ number: 4, priority: 'P1', waiver: waiver({ kind: 'issue', number: 4 }) })
    ];
    const v = decide(e);
    expect(v.decision).toBe('SHIP IT');
    expect(v.reasons.map((r) => r.rule)).toEqual(['ship-it', 'waived', 'waived', 'waived']);
    expect(v.reasons[1].detail).toContain('waived until 2030-01-01 by alice: accepted risk');
  });
});
