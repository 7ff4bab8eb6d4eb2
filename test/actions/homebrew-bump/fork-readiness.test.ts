/**
 * homebrew-bump's fork path against a fork GitHub has not finished copying: 409 "Git Repository is
 * empty." and 422 "Object does not exist" for a while, and "branch exists" only for GitHub's exact
 * 422 "Reference already exists" (see test/sim/github-fidelity.test.ts for the recorded answers).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, type GitHubClient } from '../../../packages/core/src/github.js';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { GitHubTap } from '../../../packages/core/src/homebrew/tap-github.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.001';

let sim: Simulator;
let gh: GitHubClient;
const tapRepo = { owner: 'octo-org', repo: 'homebrew-tap' };

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'octo-org', type: 'Organization', members: { maria: 'admin' } }],
        tokens: [{ token: 'tok-outsider', login: 'olga' }],
        repos: [
          {
            owner: 'octo-org',
            name: 'homebrew-tap',
            files: { 'Formula/jet.rb': 'class Jet < Formula\nend\n' }
          }
        ]
      }
    } as never
  });
  gh = await createGitHubClient('tok-outsider', { baseUrl: sim.urls.github, mask: false });
});
afterAll(() => sim.stop());

const base = () => sim.gh.repo('octo-org', 'homebrew-tap').refs['refs/heads/main'];

describe('a fork GitHub is still copying', () => {
  it('is waited for (bounded), then the branch is created; a second time it exists', async () => {
    const tap = new GitHubTap(gh, tapRepo);
    const fork = await tap.fork();
    expect(fork).toEqual({ owner: 'olga', repo: 'homebrew-tap' });
    expect(await tap.createBranchInFork(fork, 'bump-jet-1.0.0', base(), [10, 10, 10, 10])).toBe('created');
    const attempts = sim.server.requests({ method: 'POST', path: '/repos/olga/homebrew-tap/git/refs' });
    // The fork answered "not ready" first, as a fresh fork on GitHub does.
    expect(attempts.map((a) => a.status)).toEqual([422, 422, 201]);
    expect(await tap.createBranchInFork(fork, 'bump-jet-1.0.0', base(), [10])).toBe('exists');
  });

  it('a 422 that is not "Reference already exists" is never taken for an existing branch', async () => {
    sim.github.fork_delay_requests = 100;
    sim.gh.addUser('pat');
    sim.gh.addToken({ token: 'tok-pat', login: 'pat' });
    const pat = new GitHubTap(
      await createGitHubClient('tok-pat', { baseUrl: sim.urls.github, mask: false }),
      tapRepo
    );
    const fork = await pat.fork();
    // 422 "Object does not exist" contains "exist": the old test for any such 422 said "exists" here.
    await expect(pat.createBranch('bump-jet-1.0.0', base(), fork, true)).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Object does not exist' } }
    });
    await expect(pat.createBranchInFork(fork, 'bump-jet-1.0.0', base(), [5, 5])).rejects.toThrow(
      /The fork pat\/homebrew-tap of octo-org\/homebrew-tap was not ready after 0\.01s \(GitHub still answers 422 Object does not exist\)/
    );
    sim.github.fork_delay_requests = undefined;
  });
});
