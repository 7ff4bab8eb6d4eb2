/**
 * End to end: the bundled qe-signoff-gate (dist/qe-signoff-gate) run as the runner runs it, against the
 * simulator. One scenario per decision rule, plus waiting, approval edge cases, pagination and faults.
 * Build first: node scripts/build.mjs --only qe-signoff-gate
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SimIssue } from '../../packages/sim/src/github/state.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';

const ACTION = 'qe-signoff-gate';
const TOKEN = 'ghp_gate_token';
const OWNER = 'octo-org';
const REPO = 'octo-repo';
const CLOCK = '2026-11-20T10:00:00Z';
const AFTER = '2026-11-21T09:00:00Z';
const AFTER2 = '2026-11-21T10:00:00Z';
const CALLING_RUN = 4242;

let sim: Simulator | undefined;

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', ACTION, 'index.js'))) {
    throw new Error(`dist/${ACTION}/index.js is missing: run node scripts/build.mjs --only ${ACTION} first.`);
  }
});

afterEach(async () => {
  await sim?.stop();
  sim = undefined;
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TARGETS = ['linux-amd64', 'windows-amd64.exe'];

/** A release whose assets match the expected templates: binaries plus `.sha256` sidecars. */
function assets(over: Record<string, string> = {}, skip: string[] = []): { name: string; content: string }[] {
  const out: { name: string; content: string }[] = [];
  for (const t of TARGETS) {
    const name = `tool-1.2.3-${t}`;
    const content = `binary for ${t}`;
    if (!skip.includes(name)) out.push({ name, content });
    if (!skip.includes(`${name}.sha256`))
      out.push({
        name: `${name}.sha256`,
        content: over[`${name}.sha256`] ?? `${sha256(content)}  ${name}\n`
      });
  }
  return out;
}

type Repo = Record<string, unknown>;

/** Starts the simulator with a repository in a good state, changed by `repo`. */
async function start(repo: Repo = {}, extra: Record<string, unknown> = {}): Promise<Simulator> {
  sim = await startSimulator({
    state: {
      github: {
        clock: CLOCK,
        users: [
          { login: OWNER, type: 'Organization', members: { octocat: 'admin' } },
          { login: 'octocat' },
          { login: 'qa' },
          { login: 'reader' },
          { login: 'releaser' },
          { login: 'team-qa' }
        ],
        tokens: [{ token: TOKEN, login: 'octocat' }],
        teams: [{ org: OWNER, slug: 'qa', members: { 'team-qa': 'member' } }],
        repos: [
          {
            owner: OWNER,
            name: REPO,
            collaborators: { octocat: 'admin', qa: 'write', reader: 'read', releaser: 'maintain' },
            workflow_runs: [
              { workflow: 'release.yml', name: 'Release', conclusion: 'success' },
              { workflow: 'publish.yml', name: 'Publish', conclusion: 'success' },
              // The run the gate itself is part of: still in progress, and never counted.
              { id: CALLING_RUN, workflow: 'gate.yml', name: 'Gate', status: 'in_progress', conclusion: null }
            ],
            statuses: [{ context: 'ci/legacy', state: 'success' }],
            releases: [{ tag_name: 'v1.2.3', author: 'releaser', body: 'Release notes.', assets: assets() }],
            issues: [{ number: 1, title: 'QE sign-off for v1.2.3', labels: [] }],
            ...repo
          }
        ],
        ...extra
      }
    }
  });
  return sim;
}

/** Adds an open pull request straight into the simulator's state (the seed has no pull requests). */
function addPull(s: Simulator, number: number, title: string, body: string | null, draft = false): void {
  const repo = s.gh.repo(OWNER, REPO);
  const sha = repo.refs['refs/heads/main'];
  const issue: SimIssue = {
    id: 500_000 + number,
    number,
    title,
    body,
    state: 'open',
    state_reason: null,
    user: 'qa',
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
      head_ref: `${OWNER}:fix-${number}`,
      head_repo: `${OWNER}/${REPO}`,
      head_sha: sha,
      base_ref: 'main',
      base_sha: sha,
      draft,
      maintainer_can_modify: false,
      merged: false,
      merged_at: null,
      merge_commit_sha: null
    }
  };
  repo.issues.push(issue);
}

function headSha(s: Simulator): string {
  return s.gh.repo(OWNER, REPO).refs['refs/heads/main'];
}

async function gate(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunResult> {
  const s = sim!;
  return runAction(ACTION, {
    inputs: {
      token: TOKEN,
      'expected-assets': 'tool-{version}-{target}\ntool-{version}-{target}.sha256',
      targets: TARGETS.join(','),
      ...inputs
    },
    env: {
      GITHUB_API_URL: s.urls.github,
      GITHUB_SHA: headSha(s),
      GITHUB_RUN_ID: String(CALLING_RUN),
      RELEASE_KIT_TIME_SCALE: '0.01',
      ...env
    }
  });
}

function reasons(r: RunResult): { rule: string; detail: string; url?: string }[] {
  return JSON.parse(r.outputs.reasons ?? '[]');
}
const rules = (r: RunResult) => reasons(r).map((x) => x.rule);

function expectDecision(r: RunResult, decision: string, code: number): void {
  if (r.outputs.decision !== decision || r.code !== code) {
    throw new Error(
      `expected ${decision} (exit ${code}), got ${r.outputs.decision} (exit ${r.code}).\nLog:\n${r.log}`
    );
  }
  // The job summary leads with the decision.
  expect(r.summary.split('\n').find((l) => l.trim() && !l.startsWith('## '))).toContain(
    `Decision: ${decision}`
  );
}

const comment = (user: string, body: string, created = AFTER, updated = created) => ({
  user,
  body,
  created_at: created,
  updated_at: updated
});
const approvalIssue = (comments: unknown[]) => [
  { number: 1, title: 'QE sign-off for v1.2.3', labels: [], comments }
];

describe('qe-signoff-gate end to end', () => {
  it('SHIP IT: all workflows, statuses and assets green, no P0/P1, approval present; reports written', async () => {
    await start({ issues: approvalIssue([comment('qa', '/qe sign-off\nAll manual checks passed.')]) });
    const r = await gate({ approval: 'comment', 'approval-issue': '1' });
    expectDecision(r, 'SHIP IT', 0);
    expect(reasons(r)).toEqual([{ rule: 'ship-it', detail: expect.stringContaining('signed off by qa') }]);
    expect(reasons(r)[0].detail).toContain('4 expected asset(s) verified');
    const json = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(json).toMatchObject({ decision: 'SHIP IT', repository: `${OWNER}/${REPO}` });
    expect(json.evidence.checks.map((c: { name: string }) => c.name).sort()).toEqual([
      'Publish',
      'Release',
      'ci/legacy'
    ]);
    expect(readFileSync(r.outputs['report-markdown'], 'utf8')).toContain('Decision: SHIP IT');
    for (const heading of [
      '### Workflows and checks',
      '### Assets',
      '### Issues by priority',
      '### Approvals'
    ])
      expect(r.summary).toContain(heading);
    // Never the search API.
    expect(sim!.server.requests({ path: /search/ })).toHaveLength(0);
  });

  describe('ABORT', () => {
    it('a required workflow whose latest attempt failed (an earlier attempt passing does not count)', async () => {
      await start({
        workflow_runs: [
          {
            workflow: 'release.yml',
            name: 'Release',
            attempts: [{ conclusion: 'success' }, { conclusion: 'failure' }]
          },
          { workflow: 'publish.yml', name: 'Publish', conclusion: 'success' }
        ]
      });
      const r = await gate({ 'required-workflows': 'release.yml' });
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'workflow-failed',
        detail: expect.stringContaining('Workflow Release (run #1, attempt 2, release.yml) concluded failure')
      });
      expect(r.annotations.some((a) => a.level === 'error' && a.message.includes('workflow-failed'))).toBe(
        true
      );
    });

    it('a required check run cancelled, and a failing commit status', async () => {
      await start({
        check_runs: [{ name: 'e2e', status: 'completed', conclusion: 'cancelled' }],
        statuses: [{ context: 'ci/legacy', state: 'error', description: 'broken' }]
      });
      const r = await gate({ 'required-checks': 'e2e' });
      expectDecision(r, 'ABORT', 1);
      expect(rules(r)).toEqual(['check-failed', 'status-failed']);
    });

    it('a required workflow with no run by the deadline; CONDITIONAL with timeout-decision CONDITIONAL', async () => {
      await start();
      const r = await gate({
        'required-workflows': 'release.yml, bundle.yml',
        'wait-timeout': '5s',
        'poll-interval': '1s'
      });
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)).toEqual([
        {
          rule: 'unfinished-at-deadline',
          detail: 'Workflow bundle.yml has no run for the release commit at the deadline'
        }
      ]);
      const c = await gate({ 'required-workflows': 'bundle.yml', 'timeout-decision': 'CONDITIONAL' });
      expectDecision(c, 'CONDITIONAL', 1);
    });

    it('an expected asset missing', async () => {
      await start({
        releases: [{ tag_name: 'v1.2.3', author: 'releaser', assets: assets({}, ['tool-1.2.3-linux-amd64']) }]
      });
      const r = await gate();
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'asset-missing',
        detail: 'Expected asset tool-1.2.3-linux-amd64 is missing'
      });
    });

    it('an expected asset whose sidecar disagrees with its digest', async () => {
      await start({
        releases: [
          {
            tag_name: 'v1.2.3',
            author: 'releaser',
            assets: assets({ 'tool-1.2.3-linux-amd64.sha256': `${'0'.repeat(64)}  tool-1.2.3-linux-amd64\n` })
          }
        ]
      });
      const r = await gate();
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'asset-mismatched',
        detail: expect.stringContaining('tool-1.2.3-linux-amd64')
      });
    });

    it('an asset whose digest differs from the manifest', async () => {
      await start();
      const dir = mkdtempSync(path.join(os.tmpdir(), 'qe-gate-manifest-'));
      const manifest = path.join(dir, 'assets.json');
      writeFileSync(
        manifest,
        JSON.stringify({
          assets: [
            { name: 'tool-1.2.3-linux-amd64', sha256: 'f'.repeat(64) },
            'tool-1.2.3-linux-amd64.sha256'
          ]
        })
      );
      const r = await gate({ 'expected-assets': '', targets: '', manifest });
      expectDecision(r, 'ABORT', 1);
      expect(rules(r)).toEqual(['asset-mismatched']);
      expect(reasons(r)[0].detail).toContain('tool-1.2.3-linux-amd64');
      rmSync(dir, { recursive: true, force: true });
    });

    it('an open P0 with no linked open pull request (a blocking label counts as P0)', async () => {
      await start({ issues: [{ number: 7, title: 'Crash on start', labels: ['release-blocker'] }] });
      const r = await gate();
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'p0-open',
        detail: 'P0 #7 Crash on start is open with no linked open pull request'
      });
    });

    it('a valid /qe reject', async () => {
      await start({
        issues: approvalIssue([
          comment('qa', '/qe sign-off'),
          comment('octocat', '/qe reject installer fails on Windows', AFTER2)
        ])
      });
      const r = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'qe-rejected',
        detail: 'octocat rejected the release: installer fails on Windows'
      });
    });

    it('an earlier release-kit step that failed (reports input)', async () => {
      await start();
      const dir = mkdtempSync(path.join(os.tmpdir(), 'qe-gate-reports-'));
      const file = path.join(dir, 'sha256sums-report.json');
      writeFileSync(
        file,
        JSON.stringify({
          schema: 'release-kit/report@1',
          action: 'sha256sums',
          status: 'failure',
          failures: [{ rule: 'mismatch', detail: 'x differs' }]
        })
      );
      const r = await gate({ reports: file });
      expectDecision(r, 'ABORT', 1);
      expect(reasons(r)[0]).toMatchObject({
        rule: 'step-failed',
        detail: expect.stringContaining('sha256sums')
      });
      rmSync(dir, { recursive: true, force: true });
    });
  });

  it('HOTFIX: every open P0 has an open pull request that closes it', async () => {
    const s = await start({ issues: [{ number: 7, title: 'Crash on start', labels: ['P0'] }] });
    addPull(s, 9, 'Docs', 'Mentions #7 without a closing keyword.');
    const before = await gate();
    expectDecision(before, 'ABORT', 1);
    addPull(s, 8, 'Fix the crash', 'This RESOLVES #7.', true);
    const r = await gate();
    expectDecision(r, 'HOTFIX', 1);
    expect(reasons(r)).toEqual([
      {
        rule: 'p0-fix-in-flight',
        detail: 'P0 #7 Crash on start is open; fix in flight: #8',
        url: expect.stringContaining('/pull/8')
      }
    ]);
  });

  describe('CONDITIONAL', () => {
    it('an open P1', async () => {
      await start({ issues: [{ number: 9, title: 'Slow download', labels: ['P1'] }] });
      const r = await gate({ 'fail-on': 'ABORT' });
      expectDecision(r, 'CONDITIONAL', 0);
      expect(reasons(r)).toEqual([
        { rule: 'p1-open', detail: 'P1 #9 Slow download is open', url: expect.stringContaining('/issues/9') }
      ]);
    });

    it('approval required and missing', async () => {
      await start();
      const r = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(r, 'CONDITIONAL', 1);
      expect(rules(r)).toEqual(['approval-missing']);
    });
  });

  it('waits for a run still in progress that finishes within wait-timeout', async () => {
    const s = await start({
      workflow_runs: [
        { workflow: 'release.yml', name: 'Release', status: 'in_progress', conclusion: null },
        { workflow: 'publish.yml', name: 'Publish', conclusion: 'success' }
      ]
    });
    // Finish the run once the gate has seen it in progress twice (state changed mid-run, as on GitHub).
    let stop = false;
    const finish = (async () => {
      while (!stop && s.server.requests({ path: /\/actions\/runs$/ }).length < 2)
        await new Promise((r) => setTimeout(r, 10));
      const run = s.gh.repo(OWNER, REPO).workflow_runs.find((w) => w.name === 'Release')!;
      Object.assign(run.attempts[0], { status: 'completed', conclusion: 'success' });
    })();
    try {
      // 10m at time scale 0.01 is 6 s of real time; polls every 10s × 0.01 = 100 ms.
      const r = await gate({ 'wait-timeout': '10m', 'poll-interval': '10s' });
      expectDecision(r, 'SHIP IT', 0);
      expect(r.log).toMatch(/Poll 1: waiting for Release \(in_progress\)/);
      expect(r.log).toMatch(/Poll 2: waiting for Release \(in_progress\)/);
      expect(s.server.requests({ path: /\/actions\/runs$/ }).length).toBeGreaterThanOrEqual(3);
    } finally {
      stop = true;
      await finish;
    }
  });

  describe('approvals', () => {
    it('ignores a sign-off from a read-only user', async () => {
      await start({ issues: approvalIssue([comment('reader', '/qe sign-off')]) });
      const r = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(r, 'CONDITIONAL', 1);
      expect(r.summary).toMatch(
        /reader \| sign-off \| ignored: reader has read permission and is not in approvers/
      );
    });

    it('ignores a sign-off edited after posting', async () => {
      await start({ issues: approvalIssue([comment('qa', '/qe sign-off', AFTER, AFTER2)]) });
      const r = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(r, 'CONDITIONAL', 1);
      expect(r.summary).toContain(`ignored: edited at ${AFTER2} after it was posted`);
    });

    it("refuses the release author's own sign-off with four-eyes, and counts a member of an approvers team", async () => {
      await start({ issues: approvalIssue([comment('releaser', '/qe sign-off')]) });
      const refused = await gate({ approval: 'comment', 'approval-issue': '1', 'four-eyes': 'true' });
      expectDecision(refused, 'CONDITIONAL', 1);
      expect(refused.summary).toContain('four-eyes: the release author cannot approve their own release');
      const without = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(without, 'SHIP IT', 0);
      await sim!.stop();
      await start({
        issues: approvalIssue([comment('releaser', '/qe sign-off'), comment('team-qa', '/qe sign-off')])
      });
      const team = await gate({
        approval: 'comment',
        'approval-issue': '1',
        'four-eyes': 'true',
        approvers: `${OWNER}/qa`
      });
      expectDecision(team, 'SHIP IT', 0);
      expect(team.summary).toContain(`counted (member of ${OWNER}/qa)`);
    });

    it('ignores a sign-off posted before the release commit', async () => {
      await start({ issues: approvalIssue([comment('qa', '/qe sign-off', '2026-11-19T10:00:00Z')]) });
      const r = await gate({ approval: 'comment', 'approval-issue': '1' });
      expectDecision(r, 'CONDITIONAL', 1);
      expect(r.summary).toContain('before the release commit');
    });
  });

  it('waivers: a valid one lifts a P0, an expired or unauthorised one is listed and ignored', async () => {
    await start({
      issues: [
        { number: 7, title: 'Crash', labels: ['P0'] },
        { number: 9, title: 'Slow', labels: ['P1'] }
      ]
    });
    const r = await gate({
      waivers: [
        '#7 until 2999-01-01 by qa: only on unsupported hardware',
        '#9 until 2000-01-01 by qa: old',
        '#9 until 2999-01-01 by reader: not allowed',
        'garbage'
      ].join('\n'),
      'fail-on': 'ABORT'
    });
    expectDecision(r, 'CONDITIONAL', 0);
    expect(rules(r)).toEqual(['p1-open', 'waived']);
    expect(r.summary).toContain('ignored: expired on 2000-01-01');
    expect(r.summary).toContain('ignored: reader has no write access to the repository');
    expect(r.summary).toContain('ignored: not of the form');
  });

  it('lists 300 labelled issues across pages', async () => {
    const issues = Array.from({ length: 300 }, (_, i) => ({
      number: i + 2,
      title: `Issue ${i + 2}`,
      labels: ['P1']
    }));
    const s = await start({ issues });
    const r = await gate({ 'fail-on': 'ABORT' });
    expectDecision(r, 'CONDITIONAL', 0);
    expect(reasons(r).filter((x) => x.rule === 'p1-open')).toHaveLength(300);
    expect(
      s.server.requests({ method: 'GET', path: `/repos/${OWNER}/${REPO}/issues` }).length
    ).toBeGreaterThanOrEqual(3);
  });

  it('rides out API faults (502s, a reset, a secondary rate limit) with retries', async () => {
    const s = await start({ issues: approvalIssue([comment('qa', '/qe sign-off')]) });
    s.faults.status(`/repos/${OWNER}/${REPO}/actions/runs`, 502, 2);
    s.faults.reset(`/repos/${OWNER}/${REPO}/issues`, 1);
    s.faults.secondaryRateLimit(`/repos/${OWNER}/${REPO}/issues/1/comments`, 1, 1);
    const r = await gate({ approval: 'comment', 'approval-issue': '1' });
    expectDecision(r, 'SHIP IT', 0);
    const runs = s.server.requests({ path: `/repos/${OWNER}/${REPO}/actions/runs` });
    expect(runs.map((e) => e.status)).toEqual([502, 502, 200]);
  });

  it('says ABORT (evidence-unavailable) when the API keeps failing', async () => {
    const s = await start();
    s.faults.status(`/repos/${OWNER}/${REPO}/actions/runs`, 503, 10);
    const r = await gate();
    expect(r.code).toBe(1);
    expect(r.outputs.decision).toBe('ABORT');
    expect(rules(r)).toEqual(['evidence-unavailable']);
  });

  describe('a cut answer never reads as an empty list', () => {
    const cutIssues = (s: Simulator, count: number) =>
      s.server.addFault({
        service: 'github',
        method: 'GET',
        path: `/repos/${OWNER}/${REPO}/issues`,
        steps: Array.from({ length: count }, () => ({ kind: 'truncate' as const, bytes: 1 }))
      });
    const p0 = [{ number: 7, title: 'data loss on upgrade', labels: ['P0'] }];

    it('a P0 list cut once is read again: ABORT for the open P0, not SHIP IT', async () => {
      const s = await start({ labels: ['P0', 'P1'], issues: [...p0] });
      cutIssues(s, 1);
      const r = await gate();
      expectDecision(r, 'ABORT', 1);
      expect(rules(r)).toEqual(['p0-open']);
    });

    it('a P0 list cut on every attempt: ABORT naming the evidence and the request', async () => {
      const s = await start({ labels: ['P0', 'P1'], issues: [...p0] });
      cutIssues(s, 20);
      const r = await gate();
      expect(r.code).toBe(1);
      expect(r.outputs.decision).toBe('ABORT');
      expect(rules(r)).toEqual(['evidence-unavailable']);
      expect(reasons(r)[0].detail).toMatch(
        new RegExp(
          `the open issues labelled P0, .* could not be read completely: GET /repos/${OWNER}/${REPO}/issues\\?state=open&labels=P0&per_page=100 \\(GET /repos/\\{owner\\}/\\{repo\\}/issues\\) failed: 200 OK with a body cut short .* after 4 attempts`
        )
      );
      // With no P0 at all the answer is the same: a list that could not be read is never an empty one.
      await sim!.stop();
      const t = await start({ labels: ['P0', 'P1'] });
      cutIssues(t, 20);
      const clean = await gate();
      expect(clean.outputs.decision).toBe('ABORT');
      expect(clean.code).toBe(1);
    });
  });

  it('comment-on approval-issue keeps one comment; comment-on release keeps one section', async () => {
    const s = await start({ issues: approvalIssue([comment('qa', '/qe sign-off')]) });
    const inputs = { approval: 'comment', 'approval-issue': '1', 'comment-on': 'approval-issue' };
    const first = await gate(inputs);
    expectDecision(first, 'SHIP IT', 0);
    expect(first.log).toMatch(/comment #1: created/);
    const second = await gate(inputs);
    expect(second.log).toMatch(/comment #1: unchanged/);
    const mine = s.gh
      .repo(OWNER, REPO)
      .comments.filter((c) => c.body.includes('release-kit:qe-signoff-gate'));
    expect(mine).toHaveLength(1);
    expect(mine[0].body).toContain('Decision: SHIP IT');
    // A new finding updates the same comment.
    s.gh.repo(OWNER, REPO).issues.push({
      ...s.gh.repo(OWNER, REPO).issues[0],
      id: 999_999,
      number: 50,
      title: 'Late P1',
      labels: ['P1']
    });
    const third = await gate({ ...inputs, 'fail-on': 'none' });
    expectDecision(third, 'CONDITIONAL', 0);
    expect(third.log).toMatch(/comment #1: updated/);
    expect(
      s.gh.repo(OWNER, REPO).comments.filter((c) => c.body.includes('release-kit:qe-signoff-gate'))
    ).toHaveLength(1);

    const rel = { ...inputs, 'comment-on': 'release', 'fail-on': 'none' };
    const a = await gate(rel);
    expect(a.log).toMatch(/release-notes release v1\.2\.3 notes: created/);
    const b = await gate(rel);
    expect(b.log).toMatch(/release-notes release v1\.2\.3 notes: unchanged/);
    const body = s.gh.repo(OWNER, REPO).releases[0].body!;
    expect(body.startsWith('Release notes.')).toBe(true);
    expect(body.match(/release-kit:qe-signoff-gate:start/g)).toHaveLength(1);
  });

  it('with no workflow runs and no required-workflows, only required checks and statuses count', async () => {
    await start({
      workflow_runs: [],
      check_runs: [{ name: 'e2e', status: 'completed', conclusion: 'success' }]
    });
    const r = await gate({ 'required-checks': 'e2e' });
    expectDecision(r, 'SHIP IT', 0);
    expect(reasons(r)[0].detail).toContain('2 required workflow/check/status/report item(s) green');
  });

  it('milestone: only open issues in that milestone count', async () => {
    await start({
      milestones: [{ title: 'v1.2.3' }, { title: 'v2.0.0' }],
      issues: [
        { number: 7, title: 'Crash in v2 work', labels: ['P0'], milestone: 'v2.0.0' },
        { number: 9, title: 'Slow', labels: ['P1'], milestone: 'v1.2.3' }
      ]
    });
    const r = await gate({ milestone: 'v1.2.3', 'fail-on': 'ABORT' });
    expectDecision(r, 'CONDITIONAL', 0);
    expect(rules(r)).toEqual(['p1-open']);
    const unknown = await gate({ milestone: 'v9' });
    expect(unknown.code).toBe(1);
    expect(unknown.log).toContain(`Input 'milestone': "v9" is not a milestone of ${OWNER}/${REPO}`);
  });

  it('a mistyped approval-issue fails clearly', async () => {
    await start();
    const r = await gate({ approval: 'comment', 'approval-issue': '404' });
    expect(r.code).toBe(1);
    expect(r.log).toContain(
      `Input 'approval-issue': #404 is not an issue or pull request of ${OWNER}/${REPO}`
    );
  });

  it('ABORT when expected assets are set but the tag has no release', async () => {
    await start();
    const r = await gate({ tag: 'v9.9.9' });
    expectDecision(r, 'ABORT', 1);
    expect(reasons(r)[0]).toMatchObject({
      rule: 'asset-missing',
      detail: expect.stringContaining('no release with tag v9.9.9')
    });
  });

  it('fails on invalid inputs before any request', async () => {
    const s = await start();
    const r = await gate({ approval: 'sometimes', 'fail-on': 'MAYBE' });
    expect(r.code).toBe(1);
    expect(r.log).toContain(`Input 'approval': "sometimes" is not accepted; use one of: none, comment.`);
    expect(r.log).toContain(`Input 'fail-on': "MAYBE" is not a decision`);
    expect(s.server.requests()).toHaveLength(0);
  });
});
