/**
 * The gate fails closed end to end (through runAction, against the simulator): whatever stops it before
 * it decides still says decision=ABORT; no CI evidence at all is not a green result; a configured label
 * the repository does not have is a configuration error, not an empty list.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { runAction, type RunResult } from '../../harness/run-action.js';
import { decide } from '../../../actions/qe-signoff-gate/src/decision.js';
import type { Evidence } from '../../../actions/qe-signoff-gate/src/evidence.js';

const ACTION = 'qe-signoff-gate';
const TOKEN = 'ghp_gate_token';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const CALLING_RUN = 4242;

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function start(repo: Record<string, unknown> = {}, tokens: unknown[] = []): Promise<Simulator> {
  sim = await startSimulator({
    state: {
      github: {
        clock: '2026-11-20T10:00:00Z',
        users: [{ login: OWNER, type: 'Organization', members: { octocat: 'admin' } }, { login: 'octocat' }],
        tokens: [{ token: TOKEN, login: 'octocat' }, ...tokens],
        repos: [
          {
            owner: OWNER,
            name: REPO,
            collaborators: { octocat: 'admin' },
            labels: ['P0', 'P1', 'release-blocker', 'bug'],
            workflow_runs: [
              { workflow: 'release.yml', name: 'Release', conclusion: 'success' },
              { id: CALLING_RUN, workflow: 'gate.yml', name: 'Gate', status: 'in_progress', conclusion: null }
            ],
            ...repo
          }
        ]
      }
    } as never
  });
  return sim;
}

function gate(inputs: Record<string, string> = {}, token = TOKEN): Promise<RunResult> {
  const s = sim!;
  return runAction(ACTION, {
    inputs: { token, ...inputs },
    env: {
      GITHUB_API_URL: s.urls.github,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: s.gh.repo(OWNER, REPO).refs['refs/heads/main'],
      GITHUB_RUN_ID: String(CALLING_RUN),
      RELEASE_KIT_TIME_SCALE: '0.01'
    }
  });
}

const reasons = (r: RunResult): { rule: string; detail: string }[] => JSON.parse(r.outputs.reasons ?? '[]');

describe('an error before the decision still says ABORT', () => {
  it('an invalid input: decision ABORT, reason configuration-error naming the input, no request', async () => {
    const s = await start();
    const r = await gate({ approval: 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r)).toEqual([
      {
        rule: 'configuration-error',
        detail: expect.stringContaining(`Input 'approval': "sometimes" is not accepted`)
      }
    ]);
    expect(s.server.requests()).toHaveLength(0);
  });

  it('a token without a read permission the gate needs (preflight): decision ABORT', async () => {
    // A public repository is readable by any token: GitHub checks read scopes on private ones.
    await start({ private: true }, [
      {
        token: 'ghs_narrow',
        login: 'github-actions[bot]',
        kind: 'integration',
        permissions: { contents: 'read', issues: 'read', metadata: 'read' }
      }
    ]);
    const r = await gate({}, 'ghs_narrow');
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r)[0].rule).toBe('configuration-error');
    expect(reasons(r)[0].detail).toMatch(/actions: read/);
  });

  it('a milestone the repository does not have: decision ABORT', async () => {
    await start();
    const r = await gate({ milestone: 'v9' });
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r)[0]).toMatchObject({
      rule: 'configuration-error',
      detail: expect.stringContaining(`Input 'milestone': "v9" is not a milestone of ${OWNER}/${REPO}`)
    });
  });

  it('the report says ABORT too', async () => {
    await start();
    const r = await gate({ 'fail-on': 'MAYBE' });
    expect(r.outputs.decision).toBe('ABORT');
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(json.data).toMatchObject({ decision: 'ABORT', reasons: [{ rule: 'configuration-error' }] });
  });
});

describe('no CI evidence is not a green result', () => {
  const onlyTheGate = [
    { id: CALLING_RUN, workflow: 'gate.yml', name: 'Gate', status: 'in_progress', conclusion: null }
  ];

  it('no workflow run but the gate, no check run, no status: ABORT naming what was looked for', async () => {
    const s = await start({ workflow_runs: onlyTheGate });
    const r = await gate();
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    const sha = s.gh.repo(OWNER, REPO).refs['refs/heads/main'];
    expect(reasons(r)).toEqual([
      {
        rule: 'no-ci-evidence',
        detail: expect.stringContaining(
          `No CI evidence for ${sha}: looked for workflow runs, check runs, commit statuses and release-kit reports and found 0 workflow run(s) besides this one (none required), 0 check run(s) (none named in required-checks), 0 commit status(es) and 0 release-kit report(s).`
        )
      }
    ]);
    expect(reasons(r)[0].detail).toContain('allow-no-ci: true');
  });

  it('runs and check runs that nothing requires (a dynamic CodeQL run, an unnamed check) are not evidence either', async () => {
    await start({
      workflow_runs: [
        ...onlyTheGate,
        {
          workflow: 'dynamic/github-code-scanning/codeql',
          name: 'CodeQL',
          event: 'dynamic',
          conclusion: 'success'
        }
      ],
      check_runs: [{ name: 'lint', status: 'completed', conclusion: 'success' }]
    });
    const r = await gate();
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r).map((x) => x.rule)).toEqual(['no-ci-evidence']);
    expect(reasons(r)[0].detail).toContain(
      'found 1 workflow run(s) besides this one (none required), 1 check run(s)'
    );
  });

  it('allow-no-ci: true is the explicit way to ship without CI', async () => {
    await start({ workflow_runs: onlyTheGate });
    const r = await gate({ 'allow-no-ci': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs.decision).toBe('SHIP IT');
    expect(reasons(r)[0].detail).toContain('no CI evidence required (allow-no-ci)');
  });

  it('one required green item is enough evidence (the rule does not fire on a normal run)', async () => {
    await start();
    const r = await gate();
    expect(r.outputs.decision).toBe('SHIP IT');
    expect(reasons(r)[0].detail).toContain('1 required workflow/check/status/report item(s) green');
  });
});

describe('decide() on evidence with nothing required', () => {
  const empty = (over: Partial<Evidence> = {}): Evidence => ({
    checks: [],
    timeoutDecision: 'ABORT',
    waitedMs: 0,
    assets: { checked: false, verified: 0, missing: [], mismatched: [], unexpected: [], rows: [] },
    issues: [],
    approval: { mode: 'none' },
    waivers: [],
    invalidWaivers: [],
    ...over
  });

  it('is ABORT, also with only unrequired items, and SHIP IT only with allowNoCi', () => {
    expect(decide(empty()).decision).toBe('ABORT');
    const unrequired = empty({
      checks: [{ kind: 'check-run', name: 'lint', names: ['lint'], required: false, state: 'success' }]
    });
    expect(decide(unrequired).reasons.map((r) => r.rule)).toEqual(['no-ci-evidence']);
    expect(decide(empty({ allowNoCi: true })).decision).toBe('SHIP IT');
  });
});

describe('priority labels must exist', () => {
  const labelsPath = `/repos/${OWNER}/${REPO}/labels`;
  // The preflight probes the issues permission with one `per_page=1` label read; the check is the other.
  const listed = (s: Simulator) =>
    s.server.requests({ method: 'GET', path: labelsPath }).filter((e) => e.query !== '?per_page=1');

  it('a mistyped p0-labels label is ABORT naming it and the labels there are, not "no open P0"', async () => {
    const s = await start({ issues: [{ number: 7, title: 'data loss', labels: ['P0'] }] });
    const r = await gate({ 'p0-labels': 'PO', 'blocking-labels': 'release-blocker, blocker' });
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r)).toEqual([
      {
        rule: 'configuration-error',
        detail: expect.stringContaining(
          `Input 'p0-labels': "PO" is not a label of ${OWNER}/${REPO}; Input 'blocking-labels': "blocker" is not a label of ${OWNER}/${REPO}; its labels are "bug", "P0", "P1", "release-blocker".`
        )
      }
    ]);
    // The labels are listed once, not looked up one by one, and no issue list is read on a bad label.
    expect(listed(s)).toHaveLength(1);
    expect(s.server.requests({ path: new RegExp(`^${labelsPath}/`) })).toHaveLength(0);
    expect(s.server.requests({ method: 'GET', path: `/repos/${OWNER}/${REPO}/issues` })).toHaveLength(0);
  });

  it('labels match case-insensitively, as GitHub matches them; the check costs one request', async () => {
    const s = await start({ issues: [{ number: 7, title: 'data loss', labels: ['P0'] }] });
    const r = await gate({ 'p0-labels': 'p0', 'p1-labels': 'p1, BUG' });
    expect(r.outputs.decision).toBe('ABORT');
    expect(reasons(r).map((x) => x.rule)).toEqual(['p0-open']);
    expect(listed(s)).toHaveLength(1);
  });

  it('a default label the repository lacks is said in the log, not an error (no issue can carry it)', async () => {
    await start({ labels: ['P0', 'P1'] });
    const r = await gate();
    expect(r.outputs.decision).toBe('SHIP IT');
    expect(r.log).toContain(`${OWNER}/${REPO} has no label "release-blocker" (a default of this action)`);
  });
});
