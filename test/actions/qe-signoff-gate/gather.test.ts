/** The evidence readers against the simulator, in process (the bundle's end-to-end tests are in test/e2e). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '#core/github.js';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { AuthorityLookup } from '../../../actions/qe-signoff-gate/src/gather/authority.js';
import { listCombinedStatuses } from '../../../actions/qe-signoff-gate/src/gather/checks.js';
import { listPriorityIssues } from '../../../actions/qe-signoff-gate/src/gather/issues.js';
import { listWorkflowRuns } from '../../../actions/qe-signoff-gate/src/gather/workflows.js';

const repo = { owner: 'octo-org', repo: 'octo-repo' };
let sim: Simulator;
let gh: GitHubClient;
let sha: string;

beforeAll(async () => {
  process.env.RELEASE_KIT_TIME_SCALE = '0.01';
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'octo-org', type: 'Organization', members: { octocat: 'admin' } }],
        tokens: [{ token: 'tok', login: 'octocat' }],
        teams: [{ org: 'octo-org', slug: 'qa', members: { tester: 'member' } }],
        repos: [
          {
            owner: 'octo-org',
            name: 'octo-repo',
            collaborators: { octocat: 'admin', dev: 'write', lead: 'maintain', triager: 'triage' },
            statuses: Array.from({ length: 150 }, (_, i) => ({
              context: `ctx-${i}`,
              state: i === 149 ? 'failure' : 'success'
            })),
            workflow_runs: Array.from({ length: 120 }, (_, i) => ({
              workflow: `wf-${i}.yml`,
              conclusion: 'success'
            })),
            issues: [
              { number: 1, title: 'both', labels: ['P0', 'P1'] },
              { number: 2, title: 'p1', labels: ['P1'] },
              { number: 3, title: 'closed', labels: ['P0'], state: 'closed' },
              { number: 4, title: 'blocker', labels: ['release-blocker'] }
            ]
          }
        ]
      }
    }
  });
  sha = sim.gh.repo('octo-org', 'octo-repo').refs['refs/heads/main'];
  gh = await createGitHubClient('tok', { baseUrl: sim.urls.github });
});

afterAll(async () => {
  await sim.stop();
});

describe('evidence readers', () => {
  it('pages the combined status by hand past 100 contexts', async () => {
    const statuses = await listCombinedStatuses(gh, repo, sha);
    expect(statuses).toHaveLength(150);
    expect(statuses.find((s) => s.context === 'ctx-149')?.state).toBe('failure');
    expect(sim.server.requests({ path: `/repos/octo-org/octo-repo/commits/${sha}/status` })).toHaveLength(2);
  });

  it('pages workflow runs', async () => {
    expect(await listWorkflowRuns(gh, repo, sha)).toHaveLength(120);
  });

  it('lists open issues per label; an issue with a P0 and a P1 label is a P0; closed ones do not count', async () => {
    const issues = await listPriorityIssues(gh, repo, {
      p0Labels: ['P0', 'release-blocker'],
      p1Labels: ['P1']
    });
    expect(issues.map((i) => [i.issue.number, i.priority])).toEqual([
      [1, 'P0'],
      [4, 'P0'],
      [2, 'P1']
    ]);
  });

  it('reads roles exactly (maintain is not folded into write, triage not into read) and team membership', async () => {
    const a = new AuthorityLookup(gh, repo);
    expect(await a.permission('lead')).toBe('maintain');
    expect(await a.canWrite('lead')).toBe(true);
    expect(await a.canWrite('triager')).toBe(false);
    expect(await a.canWrite('nobody-at-all')).toBe(false);
    expect(await a.approvalAuthority('tester', [{ kind: 'team', org: 'octo-org', team: 'qa' }])).toEqual({
      allowed: true,
      via: 'member of octo-org/qa'
    });
    expect((await a.approvalAuthority('tester', [])).allowed).toBe(false);
    // Each look-up is made once.
    await a.permission('lead');
    expect(
      sim.server.requests({ path: '/repos/octo-org/octo-repo/collaborators/lead/permission' })
    ).toHaveLength(1);
  });
});
