/**
 * The gate against what GitHub really answers (see test/sim/github-fidelity.test.ts for the facts):
 * installation tokens and team membership, custom roles, readers asking for permissions, dynamic
 * workflow runs, and read scopes a job's `permissions:` block left out.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createGitHubClient } from '../../../packages/core/src/github.js';
import { preflightReads } from '../../../packages/core/src/credentials.js';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { AuthorityLookup, UNKNOWN } from '../../../actions/qe-signoff-gate/src/gather/authority.js';
import { listWorkflowRuns, workflowItems } from '../../../actions/qe-signoff-gate/src/gather/workflows.js';

const repo = { owner: 'octo-org', repo: 'app' };
let sim: Simulator;
let sha: string;

/** The `::warning::` lines @actions/core writes while `fn` runs. */
async function warnings<T>(fn: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const text = String(chunk);
    if (text.startsWith('::warning::')) lines.push(text);
    return true;
  });
  try {
    return { value: await fn(), lines };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  process.env.RELEASE_KIT_TIME_SCALE = '0.01';
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'octo-org', type: 'Organization', members: { octocat: 'admin' } }],
        tokens: [
          { token: 'pat-admin', login: 'octocat' },
          { token: 'pat-reader', login: 'rita' },
          {
            token: 'ghs-gate',
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: ['octo-org/app']
          },
          {
            token: 'ghs-narrow',
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: ['octo-org/private'],
            permissions: { contents: 'read', issues: 'read', statuses: 'read', metadata: 'read' }
          }
        ],
        teams: [{ org: 'octo-org', slug: 'qa', members: { tess: 'member' }, repos: {} }],
        repos: [
          {
            owner: 'octo-org',
            name: 'app',
            collaborators: { rita: 'read', quinn: 'read', dev: 'write' },
            custom_roles: { quinn: { name: 'release-qa', base: 'write' } },
            workflow_runs: [
              { workflow: 'release.yml', head_sha: 'main', conclusion: 'success' },
              {
                workflow: 'dynamic/github-code-scanning/codeql',
                name: 'CodeQL',
                event: 'dynamic',
                head_sha: 'main',
                status: 'in_progress',
                conclusion: null
              }
            ]
          },
          { owner: 'octo-org', name: 'private', private: true }
        ]
      }
    }
  });
  sha = sim.gh.repo('octo-org', 'app').refs['refs/heads/main'];
});

afterAll(async () => {
  await sim.stop();
});

const client = (token: string) => createGitHubClient(token, { baseUrl: sim.urls.github, mask: false });

describe('approvers: org/team with an installation token', () => {
  it('is "cannot tell", with a warning naming read:org, never a silent "not a member"', async () => {
    const a = new AuthorityLookup(await client('ghs-gate'), repo);
    const { value, lines } = await warnings(() =>
      a.approvalAuthority('tess', [{ kind: 'team', org: 'octo-org', team: 'qa' }])
    );
    expect(value.allowed).toBe(false);
    expect(value.via).toMatch(/cannot tell whether tess is in octo-org\/qa/);
    expect(lines.join('')).toMatch(
      /Cannot tell who is in team octo-org\/qa .*read:org.*list the approvers by login/
    );
    expect(await a.isTeamMember('octo-org', 'qa', 'nobody')).toBe(UNKNOWN);
  });

  it('a token that can see the team still gets a plain yes or no', async () => {
    const a = new AuthorityLookup(await client('pat-admin'), repo);
    expect(await a.isTeamMember('octo-org', 'qa', 'tess')).toBe(true);
    expect(await a.isTeamMember('octo-org', 'qa', 'nobody')).toBe(false);
  });
});

describe('roles', () => {
  it('a custom role is decided by the base role in `permission`', async () => {
    const a = new AuthorityLookup(await client('pat-admin'), repo);
    expect(await a.canWrite('quinn')).toBe(true);
    expect(await a.approvalAuthority('quinn', [])).toEqual({
      allowed: true,
      via: 'release-qa (write) permission'
    });
  });

  it('a token that cannot read permissions says so once, and counts nobody by permission', async () => {
    const a = new AuthorityLookup(await client('pat-reader'), repo);
    const { value, lines } = await warnings(async () => [await a.canWrite('dev'), await a.canWrite('quinn')]);
    expect(value).toEqual([false, false]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /The token cannot read permissions on octo-org\/app \(403: .*Must have push access/
    );
    expect(lines[0]).toMatch(/push access to octo-org\/app in 'token'/);
    expect(await a.approvalAuthority('dev', [{ kind: 'user', login: 'dev' }])).toEqual({
      allowed: true,
      via: 'listed in approvers'
    });
  });
});

describe('dynamic workflow runs', () => {
  it('are listed but not required when no workflow is named, unless included', async () => {
    const runs = await listWorkflowRuns(await client('pat-admin'), repo, sha);
    const items = workflowItems(runs, []);
    expect(items.find((i) => i.name === 'CodeQL')).toMatchObject({ required: false, state: 'pending' });
    expect(items.find((i) => i.name === 'release')).toMatchObject({ required: true, state: 'success' });
    expect(workflowItems(runs, [], undefined, true).find((i) => i.name === 'CodeQL')?.required).toBe(true);
    // Named explicitly, a dynamic workflow is required like any other.
    expect(workflowItems(runs, ['CodeQL']).find((i) => i.name === 'CodeQL')?.required).toBe(true);
  });
});

describe('read scopes', () => {
  it('names every `permissions:` entry the job left out, before any gathering', async () => {
    const gh = await client('ghs-narrow');
    const head = sim.gh.repo('octo-org', 'private').refs['refs/heads/main'];
    const scopes = ['actions', 'checks', 'statuses', 'issues', 'pull-requests', 'contents'] as const;
    const failure = preflightReads(gh, { owner: 'octo-org', repo: 'private' }, scopes, head);
    await expect(failure).rejects.toThrow(
      /cannot read actions, checks, pull-requests of octo-org\/private \(403: Resource not accessible by integration\)/
    );
    await expect(preflightReads(gh, { owner: 'octo-org', repo: 'private' }, scopes, head)).rejects.toThrow(
      /add `actions: read`, `checks: read`, `pull-requests: read` to the job's `permissions:`/
    );
    await expect(
      preflightReads(gh, { owner: 'octo-org', repo: 'private' }, ['contents', 'issues', 'statuses'], head)
    ).resolves.toBeUndefined();
  });
});
