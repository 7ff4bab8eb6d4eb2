/**
 * End to end through the bundles: the gate against GitHub's answers to installation tokens (a
 * `permissions:` block without `checks`, team membership it cannot read), custom roles and dynamic
 * workflow runs. Build first: node scripts/build.mjs --only qe-signoff-gate
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';

const ACTION = 'qe-signoff-gate';
const OWNER = 'octo-org';
const CLOCK = '2026-11-20T10:00:00Z';
const AFTER = '2026-11-21T09:00:00Z';

let sim: Simulator | undefined;

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', ACTION, 'index.js')))
    throw new Error(`dist/${ACTION}/index.js is missing: run node scripts/build.mjs --only ${ACTION} first.`);
});
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

async function start(
  repo: { name: string; private?: boolean } & Record<string, unknown>
): Promise<Simulator> {
  sim = await startSimulator({
    state: {
      github: {
        clock: CLOCK,
        users: [{ login: OWNER, type: 'Organization', members: { octocat: 'admin' } }],
        tokens: [
          // A job's GITHUB_TOKEN with `permissions: { contents: read, issues: write }`.
          {
            token: 'ghs_narrow',
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: [`${OWNER}/private-app`],
            permissions: { contents: 'read', issues: 'write', metadata: 'read' }
          },
          // A GITHUB_TOKEN with the permissive defaults.
          {
            token: 'ghs_default',
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: [`${OWNER}/app`]
          }
        ],
        teams: [{ org: OWNER, slug: 'qa', members: { tess: 'member' } }],
        repos: [
          {
            owner: OWNER,
            collaborators: { octocat: 'admin', tess: 'read', quinn: 'read' },
            custom_roles: { quinn: { name: 'release-qa', base: 'write' } },
            workflow_runs: [{ workflow: 'release.yml', name: 'Release', conclusion: 'success' }],
            issues: [{ number: 1, title: 'QE sign-off', labels: [] }],
            ...repo
          }
        ]
      }
    }
  });
  return sim;
}

function gate(repo: string, token: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  const s = sim!;
  return runAction(ACTION, {
    inputs: { token, repository: `${OWNER}/${repo}`, 'wait-timeout': '0s', ...inputs },
    env: {
      GITHUB_API_URL: s.urls.github,
      GITHUB_REPOSITORY: `${OWNER}/${repo}`,
      GITHUB_SHA: s.gh.repo(OWNER, repo).refs['refs/heads/main'],
      RELEASE_KIT_TIME_SCALE: '0.01'
    }
  });
}

describe('qe-signoff-gate against GitHub as it is', () => {
  it('a permissions: block without checks/actions/statuses/pull-requests fails up front, naming the entries', async () => {
    await start({ name: 'private-app', private: true });
    const r = await gate('private-app', 'ghs_narrow');
    expect(r.code).toBe(1);
    const message = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toMatch(/Resource not accessible by integration/);
    expect(message).toMatch(
      /add `actions: read`, `checks: read`, `statuses: read`, `pull-requests: read` to the job's `permissions:`/
    );
    // Nothing was gathered: no paginated run listing for the commit.
    expect(
      sim!.server.requests({ path: /\/actions\/runs$/ }).every((q) => !q.query.includes('head_sha'))
    ).toBe(true);
  });

  it('GITHUB_TOKEN and approvers: org/team — "cannot tell", a warning, the approval not counted', async () => {
    await start({
      name: 'app',
      issues: [
        {
          number: 1,
          title: 'QE sign-off',
          labels: [],
          comments: [
            { user: 'tess', body: '/qe sign-off', created_at: AFTER, updated_at: AFTER },
            { user: 'quinn', body: '/qe sign-off', created_at: AFTER, updated_at: AFTER }
          ]
        }
      ],
      workflow_runs: [
        { workflow: 'release.yml', name: 'Release', conclusion: 'success' },
        {
          workflow: 'dynamic/github-code-scanning/codeql',
          name: 'CodeQL',
          event: 'dynamic',
          status: 'in_progress',
          conclusion: null
        }
      ]
    });
    const r = await gate('app', 'ghs_default', {
      approval: 'comment',
      'approval-issue': '1',
      approvers: `${OWNER}/qa`
    });
    const warning = r.annotations.find(
      (a) => a.level === 'warning' && /Cannot tell who is in team/.test(a.message)
    );
    expect(warning?.message).toMatch(/read:org/);
    if (!r.outputs.report) throw new Error(`no report:\n${r.log}`);
    const decision = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const approval = decision.evidence.approval.evaluation;
    expect(approval.ignored).toEqual([
      expect.objectContaining({
        login: 'tess',
        why: expect.stringMatching(/cannot tell whether tess is in octo-org\/qa/)
      })
    ]);
    // quinn's custom role extends write: the approval counts.
    expect(approval.counted).toEqual([
      expect.objectContaining({ login: 'quinn', via: 'release-qa (write) permission' })
    ]);
    // CodeQL's dynamic run is still in progress, but not required: the gate does not wait on it.
    const codeql = decision.evidence.checks.find((c: { name: string }) => c.name === 'CodeQL');
    expect(codeql).toMatchObject({ required: false, state: 'pending' });
    expect(r.outputs.decision).toBe('SHIP IT');
  });
});
