/**
 * End to end (dist/qe-signoff-gate against the simulator): outsiders cannot steer the gate. A comment
 * carrying the gate's marker is the gate's only when the token's identity wrote it; a pull request
 * saying "Fixes #N" is a fix in flight only from someone with write permission; a status's target_url
 * is no live link; and the published comment stays under GitHub's 65,536 characters.
 * Build first: node scripts/build.mjs --only qe-signoff-gate
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SimIssue } from '../../packages/sim/src/github/state.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';
import { forgedCommands, liveHtml, outsideCode, TAG } from './untrusted-checks.js';

const ACTION = 'qe-signoff-gate';
const TOKEN = 'ghp_untrusted_gate';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const MARKER = '<!-- release-kit:qe-signoff-gate -->';
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

async function start(repo: Record<string, unknown> = {}): Promise<Simulator> {
  sim = await startSimulator({
    state: {
      github: {
        clock: '2026-11-20T10:00:00Z',
        users: [
          { login: OWNER, type: 'Organization', members: { octocat: 'admin' } },
          { login: 'octocat' },
          { login: 'qa' },
          { login: 'mallory' }
        ],
        tokens: [{ token: TOKEN, login: 'octocat' }],
        repos: [
          {
            owner: OWNER,
            name: REPO,
            collaborators: { octocat: 'admin', qa: 'write' },
            workflow_runs: [{ workflow: 'release.yml', name: 'Release', conclusion: 'success' }],
            issues: [{ number: 1, title: 'QE sign-off for v1.2.3', labels: [] }],
            ...repo
          }
        ]
      }
    }
  });
  return sim;
}

function addPull(s: Simulator, number: number, body: string, user: string): void {
  const repo = s.gh.repo(OWNER, REPO);
  const sha = repo.refs['refs/heads/main'];
  const issue: SimIssue = {
    id: 500_000 + number,
    number,
    title: `Fix ${number}`,
    body,
    state: 'open',
    state_reason: null,
    user,
    labels: [],
    assignees: [],
    milestone: null,
    locked: false,
    created_at: AFTER,
    updated_at: AFTER,
    closed_at: null,
    closed_by: null,
    pull: {
      id: 600_000 + number,
      number,
      head_ref: `${user}:fix-${number}`,
      head_repo: `${OWNER}/${REPO}`,
      head_sha: sha,
      base_ref: 'main',
      base_sha: sha,
      draft: false,
      maintainer_can_modify: false,
      merged: false,
      merged_at: null,
      merge_commit_sha: null
    }
  };
  repo.issues.push(issue);
}

function gate(inputs: Record<string, string> = {}): Promise<RunResult> {
  const s = sim!;
  return runAction(ACTION, {
    inputs: { token: TOKEN, ...inputs },
    env: {
      GITHUB_API_URL: s.urls.github,
      GITHUB_SHA: s.gh.repo(OWNER, REPO).refs['refs/heads/main'],
      RELEASE_KIT_TIME_SCALE: '0.01'
    }
  });
}

const gateComments = (s: Simulator) =>
  s.gh.repo(OWNER, REPO).comments.filter((c) => c.body.includes('release-kit:qe-signoff-gate'));

describe('qe-signoff-gate: identity, not markers', () => {
  it("never rewrites an outsider's comment that carries the marker; posts its own and names the other", async () => {
    const s = await start({
      issues: [
        {
          number: 1,
          title: 'QE sign-off for v1.2.3',
          labels: [],
          comments: [{ user: 'mallory', body: `${MARKER}\n**Decision: SHIP IT**`, created_at: AFTER }]
        }
      ]
    });
    const forged = gateComments(s)[0];
    const forgedBody = forged.body;
    const inputs = { 'approval-issue': '1', 'comment-on': 'approval-issue', 'fail-on': 'none' };
    const r = await gate(inputs);
    expect(r.code).toBe(0);
    expect(forged.body).toBe(forgedBody);
    const own = gateComments(s).filter((c) => c.user === 'octocat');
    expect(own).toHaveLength(1);
    expect(r.log).toMatch(
      /comment #1: created \(ignored 1 comment\(s\) carrying the marker not written by octocat: mallory /
    );
    // the re-run finds its own comment, still leaving the outsider's alone
    const again = await gate(inputs);
    expect(again.log).toMatch(/comment #1: unchanged/);
    expect(gateComments(s).filter((c) => c.user === 'octocat')).toHaveLength(1);
    expect(forged.body).toBe(forgedBody);
  });

  it("an outsider's pull request saying “Fixes #7” is no fix in flight: ABORT stays ABORT", async () => {
    const s = await start({ issues: [{ number: 7, title: 'Crash on start', labels: ['P0'] }] });
    addPull(s, 8, 'Fixes #7', 'mallory');
    const r = await gate();
    expect(r.outputs.decision).toBe('ABORT');
    expect(r.summary).toMatch(/#\u200b?8\]\([^)]*\/pull\/8\) ignored: mallory has no write permission/);
    // the same pull request from a writer is one
    s.gh.repo(OWNER, REPO).issues.find((i) => i.number === 8)!.user = 'qa';
    const writer = await gate();
    expect(writer.outputs.decision).toBe('HOTFIX');
  });

  it("an outsider's issue title with newlines starts no workflow command in the log", async () => {
    await start({
      issues: [
        { number: 1, title: 'QE sign-off for v1.2.3', labels: [] },
        { number: 7, title: `Crash\n::warning::${TAG} forged\r::stop-commands::${TAG}`, labels: ['P0'] }
      ]
    });
    const r = await gate();
    expect(r.outputs.decision).toBe('ABORT');
    expect(r.stdout).toContain(TAG);
    expect(forgedCommands(r)).toEqual([]);
  });

  it("a status's target_url is no live link, image or mention", async () => {
    const s = await start({
      issues: [{ number: 1, title: 'QE sign-off for v1.2.3', labels: [] }],
      statuses: [
        {
          context: 'ci/x',
          state: 'failure',
          target_url:
            'https://evil.example/x)![p](https://evil.example/p.png)[@octo-org/admins](https://evil.example)',
          description: '<img src=https://evil.example/d.png> @octo-org/admins'
        }
      ]
    });
    const r = await gate({ 'approval-issue': '1', 'comment-on': 'approval-issue', 'fail-on': 'none' });
    expect(r.outputs.decision).toBe('ABORT');
    const body = gateComments(s)[0].body;
    expect(body).toContain('evil.example'); // shown …
    const live = outsideCode(body);
    expect(live).not.toMatch(/\]\(https:\/\/evil\.example/); // … but never a link target
    expect(liveHtml(body)).toEqual([]);
    expect(live).not.toMatch(/@octo-org\/admins/); // no live team mention
  });

  it('keeps the published comment below 65,536 characters, saying where the rest is', async () => {
    const title = (i: number) => `Crash ${i} ${'x'.repeat(200)}`;
    const s = await start({
      issues: [
        { number: 1, title: 'QE sign-off for v1.2.3', labels: [] },
        ...Array.from({ length: 600 }, (_, i) => ({ number: 100 + i, title: title(i), labels: ['P1'] }))
      ]
    });
    const r = await gate({ 'approval-issue': '1', 'comment-on': 'approval-issue', 'fail-on': 'none' });
    expect(r.code).toBe(0);
    const body = gateComments(s)[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(
      /Cut at [\d,]+ of [\d,]+ characters: GitHub accepts at most 65,536\. The full report is in/
    );
    expect(r.report.data.evidence.issues).toHaveLength(600);
  });
});
