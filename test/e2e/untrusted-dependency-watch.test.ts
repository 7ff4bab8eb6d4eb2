/**
 * End to end (dist/dependency-watch, real `npm audit` against the simulator): the tracking issue is the
 * one the token's identity wrote AND marked — an outsider's marked issue, open or closed, is ignored and
 * named — and a hidden state that this action could not have written is discarded with a warning and
 * rebuilt, never a crash. Build first: node scripts/build.mjs --only dependency-watch
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';
import { writeLockedProject } from '../sim/npm-helpers.js';

const OWNER = 'octo-org';
const STATE = /<!-- dependency-watch-state:v1:[A-Za-z0-9+/=]* -->/;
let sim: Simulator;
let counter = 0;
const npmCache = mkdtempSync(path.join(os.tmpdir(), 'rk-untrusted-dw-npm-'));

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/dependency-watch/index.js')))
    throw new Error(
      'dist/dependency-watch/index.js is missing: run node scripts/build.mjs --only dependency-watch first.'
    );
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.stop();
  rmSync(npmCache, { recursive: true, force: true });
});

function newRepo(issues: Record<string, unknown>[] = []): string {
  const name = `untrusted-deps-${++counter}`;
  sim.gh.addRepo({ owner: OWNER, name, issues });
  return name;
}

function project(deps: Record<string, string>): string {
  const dir = writeLockedProject(sim.urls.npm, deps);
  writeFileSync(path.join(dir, '.npmrc'), `registry=${sim.urls.npm}/\n`);
  return dir;
}

function watch(repo: string, cwd: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction('dependency-watch', {
    cwd,
    inputs: { token: sim.adminToken, repository: `${OWNER}/${repo}`, checks: 'audit', ...inputs },
    env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01', npm_config_cache: npmCache }
  });
}

const issues = (repo: string) => sim.gh.repo(OWNER, repo).issues;

/** A hidden state comment holding the given rows, as the action encodes it. */
const stateComment = (rows: unknown) =>
  `<!-- dependency-watch-state:v1:${deflateRawSync(Buffer.from(JSON.stringify(rows))).toString('base64')} -->`;

describe('dependency-watch: identity, not markers', () => {
  test("an outsider's closed copy of the tracking issue does not silence the alert", async () => {
    const dir = project({ minimist: '1.2.5' });
    // The real body of a tracking issue for these findings, from a first repository …
    const model = newRepo();
    const seeded = await watch(model, dir);
    expect(seeded.outputs.findings).toBe('1');
    const copied = issues(model)[0].body!;
    // … pasted by an outsider into an issue of their own, which they then close.
    const repo = newRepo([
      { title: 'Dependency Watch Alerts', body: copied, user: 'mallory', state: 'closed' },
      { title: 'Dependency Watch Alerts', body: copied, user: 'mallory' }
    ]);
    const [closedCopy, openCopy] = issues(repo);
    const before = JSON.stringify(issues(repo));

    const r = await watch(repo, dir);
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('1');
    const number = Number(r.outputs['issue-number']);
    expect([closedCopy.number, openCopy.number]).not.toContain(number);
    const own = issues(repo).find((i) => i.number === number)!;
    expect(own).toMatchObject({ state: 'open', user: 'sim-admin' });
    // the outsider's issues are untouched, and named in the summary
    expect(JSON.stringify(issues(repo).filter((i) => i.number !== number))).toBe(before);
    expect(r.summary).toMatch(
      new RegExp(`Ignored #${closedCopy.number} \\(by mallory\\), #${openCopy.number} \\(by mallory\\)`)
    );
  }, 120_000);

  test('token-login names the app the token writes as: its marked issue is the tracking issue', async () => {
    const dir = project({ minimist: '1.2.5' });
    const repo = newRepo([
      {
        title: 'Dependency Watch Alerts',
        body: '<!-- release-kit:dependency-watch path=. -->\n\nold body\n',
        user: 'release-app[bot]'
      }
    ]);
    const [appIssue] = issues(repo);
    const r = await watch(repo, dir, { 'token-login': 'release-app[bot]' });
    expect(r.code).toBe(0);
    expect(r.outputs['issue-number']).toBe(String(appIssue.number));
    expect(appIssue.body).toContain('GHSA-xvch-5gv4-984h');
    expect(issues(repo)).toHaveLength(1);
    const bad = await watch(repo, dir, { 'token-login': 'not a login' });
    expect(bad.code).toBe(1);
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input 'token-login': "not a login" is not a GitHub login/
    );
  }, 120_000);

  test.each([
    ['a row whose fields are not text', [['npm', 12345, '1.0.0', 'high', 'vulnerability', 'GHSA-forged']]],
    ['a row of an unknown severity', [['npm', 'x', '1.0.0', 'apocalyptic', 'vulnerability', 'GHSA-forged']]],
    ['not a list of rows', { rows: 'forged' }]
  ])(
    'a forged hidden state (%s) is discarded with a warning and rebuilt',
    async (_what, rows) => {
      const dir = project({ minimist: '1.2.5' });
      const repo = newRepo();
      const first = await watch(repo, dir);
      expect(first.code).toBe(0);
      const issue = issues(repo)[0];
      // Someone with edit rights on the issue replaces the state.
      issue.body = issue.body!.replace(STATE, stateComment(rows));

      const r = await watch(repo, dir);
      expect(r.code).toBe(0);
      expect(r.outputs.findings).toBe('1');
      expect(r.summary).toMatch(/hidden state of #\d+ was discarded and rebuilt/);
      // rebuilt: the body again holds a state of this run's findings, not the forged one
      expect(issue.body).toMatch(STATE);
      expect(issue.body).not.toContain(stateComment(rows));
      const again = await watch(repo, dir);
      expect(again.summary).not.toMatch(/discarded/);
    },
    120_000
  );

  test('an oversized hidden state is not inflated', async () => {
    const dir = project({ minimist: '1.2.5' });
    const repo = newRepo();
    await watch(repo, dir);
    const issue = issues(repo)[0];
    const huge = Array.from({ length: 40_000 }, (_, i) => [
      'npm',
      `p${i}-${Math.random()}`,
      '1',
      'low',
      'notice',
      `X-${i}`
    ]);
    issue.body = issue.body!.replace(STATE, stateComment(huge));
    const r = await watch(repo, dir);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/was discarded and rebuilt: the state is \d+ characters/);
  }, 120_000);
});
