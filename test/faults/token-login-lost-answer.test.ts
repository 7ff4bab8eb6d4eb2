/**
 * A lost answer to a create, with a GitHub App installation token and `token-login`: the look-up that
 * decides whether the write landed must search the app bot's own issues and comments (the identity the
 * action resolved with token-login), not `GET /user` (403 for an installation token, so it would guess
 * github-actions[bot] and send the write again: a duplicate).
 */
import { expect, test } from '@jest/globals';
import { startSimulator } from '../../packages/sim/src/index.js';
import { runAction } from '../harness/run-action.js';
import { scenario } from './scenarios.js';

const APP_TOKEN = 'ghs_release_app_installation';
const APP_BOT = 'release-app[bot]';

test('dependency-watch: a lost create-issue answer is adopted by the token-login identity, and the re-run adopts it too', async () => {
  const s = scenario('dependency-watch');
  const { sim, cwd } = await s.start();
  try {
    sim.gh.addToken({ token: APP_TOKEN, login: APP_BOT, kind: 'integration' });
    const ctx = { sim, cwd };
    const run = () =>
      runAction(s.action, {
        cwd,
        inputs: { ...s.inputs(ctx), token: APP_TOKEN, 'token-login': APP_BOT },
        env: { RELEASE_KIT_TIME_SCALE: '0.01', ...s.env!(ctx) },
        timeoutMs: 120_000
      });
    sim.faults.lostResponse('/repos/octo-org/tool/issues', { method: 'POST' });
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.log).toContain('the answer was lost, but the write had landed; using it');
    const issues = () =>
      sim.gh.repo('octo-org', 'tool').issues.map((i) => `#${i.number} ${i.state} ${i.user}`);
    expect(issues()).toEqual([`#1 open ${APP_BOT}`]);
    expect(first.outputs['issue-number']).toBe('1');
    // Never asked who the token is: token-login said so.
    expect(sim.server.requests({ method: 'GET', path: '/user' })).toHaveLength(0);
    const posts = () => sim.server.requests({ method: 'POST', path: '/repos/octo-org/tool/issues' }).length;
    expect(posts()).toBe(1);

    const again = await run();
    expect(again.code).toBe(0);
    expect(issues()).toEqual([`#1 open ${APP_BOT}`]);
    expect(posts()).toBe(1);
  } finally {
    await sim.stop();
  }
}, 120_000);

test('qe-signoff-gate: a lost comment answer is adopted by the token-login identity, not posted twice', async () => {
  const sim = await startSimulator({
    state: {
      github: {
        clock: '2026-11-20T10:00:00Z',
        users: [
          { login: 'octo-org', type: 'Organization', members: { octocat: 'admin' } },
          { login: 'octocat' }
        ],
        tokens: [{ token: APP_TOKEN, login: APP_BOT, kind: 'integration' }],
        repos: [
          {
            owner: 'octo-org',
            name: 'octo-repo',
            collaborators: { octocat: 'admin' },
            labels: ['P0', 'P1', 'release-blocker'],
            workflow_runs: [{ workflow: 'release.yml', name: 'Release', conclusion: 'success' }],
            issues: [{ number: 1, title: 'QE sign-off', labels: [] }]
          }
        ]
      }
    } as never
  });
  try {
    const run = () =>
      runAction('qe-signoff-gate', {
        inputs: {
          token: APP_TOKEN,
          'token-login': APP_BOT,
          'approval-issue': '1',
          'comment-on': 'approval-issue'
        },
        env: {
          GITHUB_API_URL: sim.urls.github,
          GITHUB_REPOSITORY: 'octo-org/octo-repo',
          GITHUB_SHA: sim.gh.repo('octo-org', 'octo-repo').refs['refs/heads/main'],
          RELEASE_KIT_TIME_SCALE: '0.01'
        }
      });
    const comments = '/repos/octo-org/octo-repo/issues/1/comments';
    sim.faults.lostResponse(comments, { method: 'POST' });
    const first = await run();
    expect(first.outputs.decision).toBe('SHIP IT');
    expect(first.code).toBe(0);
    expect(first.log).toContain('the answer was lost, but the write had landed; using it');
    const mine = () =>
      sim.gh
        .repo('octo-org', 'octo-repo')
        .comments.filter((c) => c.body.includes('release-kit:qe-signoff-gate'))
        .map((c) => c.user);
    expect(mine()).toEqual([APP_BOT]);
    expect(sim.server.requests({ method: 'POST', path: comments })).toHaveLength(1);
    const again = await run();
    expect(again.code).toBe(0);
    expect(again.log).toMatch(/comment #1: unchanged/);
    expect(mine()).toEqual([APP_BOT]);
  } finally {
    await sim.stop();
  }
}, 120_000);
