/**
 * The gate fails closed end to end (through runAction, against the simulator): whatever stops it before
 * it decides still says decision=ABORT; no CI evidence at all is not a green result; a configured label
 * the repository does not have is a configuration error, not an empty list.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { runAction, type RunResult } from '../../harness/run-action.js';

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
