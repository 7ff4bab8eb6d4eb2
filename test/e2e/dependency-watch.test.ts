import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type RunResult } from '../harness/run-action.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import type { NpmModule } from '../../packages/sim/src/npm/index.js';
import { writeLockedProject } from '../sim/npm-helpers.js';
import { cargoEnv, findCargo, run, writeCrate } from '../fixtures/crates/cargo.js';

// End to end: the bundled action (dist/dependency-watch; build it with
// `node scripts/build.mjs --only dependency-watch`) runs the real `npm audit` against the simulator's
// npm registry (an .npmrc in the project points npm there) and keeps its tracking issue in the
// simulator's GitHub.

const OWNER = 'octo-org';
const MARKER = '<!-- release-kit:dependency-watch path=. -->';
let sim: Simulator;
let npm: NpmModule;
let repoCounter = 0;
const npmCache = mkdtempSync(path.join(os.tmpdir(), 'rk-dw-npm-cache-'));

beforeAll(async () => {
  sim = await startSimulator();
  npm = sim.modules.find((m) => m.name === 'npm') as NpmModule;
  // a second advisory so that one finding can be fixed while another stays
  npm.state.addAdvisory({
    package: '@sim/left-pad',
    id: 1099001,
    url: 'https://github.com/advisories/GHSA-2222-3333-4444',
    title: 'Regular expression denial of service in left-pad',
    severity: 'high',
    vulnerable_versions: '<1.1.0',
    cwe: ['CWE-1333'],
    cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }
  });
});
afterAll(async () => {
  await sim?.stop();
});

function newRepo(issues: Record<string, unknown>[] = []): string {
  const name = `deps-${++repoCounter}`;
  sim.gh.addRepo({ owner: OWNER, name, issues });
  return name;
}

/** A project whose lockfile pins `deps`, with an .npmrc pointing npm at the simulator. */
function project(deps: Record<string, string>, dir?: string): string {
  const out = writeLockedProject(sim.urls.npm, deps, dir);
  writeFileSync(path.join(out, '.npmrc'), `registry=${sim.urls.npm}/\n`);
  return out;
}

async function watch(repo: string, cwd: string, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction('dependency-watch', {
    cwd,
    inputs: { token: sim.adminToken, repository: `${OWNER}/${repo}`, ...inputs },
    env: {
      GITHUB_API_URL: sim.urls.github,
      RELEASE_KIT_TIME_SCALE: '0.01',
      npm_config_cache: npmCache,
      GITHUB_WORKFLOW_REF: `${OWNER}/${repo}/.github/workflows/deps.yml@refs/heads/main`
    }
  });
}

/** Every request that changed something in the repository's issues. */
/** Where the request log stands now: writes after this mark are the next run's (no clock involved). */
const mark = () => sim.server.log.length;

function writes(repo: string, since = 0) {
  const path = new RegExp(`^/repos/${OWNER}/${repo}/`);
  return sim.server.log
    .slice(since)
    .filter((e) => e.service === 'github' && path.test(e.path) && e.method !== 'GET' && e.method !== 'HEAD')
    .map((e) => `${e.method} ${e.path.replace(`/repos/${OWNER}/${repo}`, '')}`);
}

const issues = (repo: string) => sim.gh.repo(OWNER, repo).issues;
const comments = (repo: string, n: number) =>
  sim.gh.repo(OWNER, repo).comments.filter((c) => c.issue_number === n);

describe('dependency-watch (bundled, real npm, against the simulator)', () => {
  test('create → identical re-run writes nothing → a fixed finding updates with one comment → clean closes; a person’s same-titled issue is untouched', async () => {
    const repo = newRepo([
      { title: 'Dependency Watch Alerts', body: 'I think we should upgrade things.', user: 'mona' }
    ]);
    const personal = issues(repo)[0];
    const personalBefore = JSON.stringify(personal);
    const dir = project({ minimist: '1.2.5', '@sim/left-pad': '1.0.0' });

    // 1. first run: two findings → the issue is created, with the marker, the labels and the table
    let t = mark();
    const first = await watch(repo, dir);
    expect(first.code).toBe(0);
    expect(first.outputs.findings).toBe('2');
    expect(writes(repo, t)).toEqual(['POST /issues']);
    const issue = issues(repo).find((i) => i.number === Number(first.outputs['issue-number']))!;
    expect(issue.number).not.toBe(personal.number);
    expect(first.outputs['issue-url']).toMatch(new RegExp(`/${OWNER}/${repo}/issues/${issue.number}$`));
    expect(issue.title).toBe('Dependency Watch Alerts');
    expect(issue.labels).toEqual(['dependencies', 'security']);
    expect(issue.body!.split('\n')[0]).toBe(MARKER);
    expect(issue.body).toContain('**2 findings at or above `high`** (2 npm).');
    expect(issue.body).toContain('[GHSA-xvch-5gv4-984h](https://github.com/advisories/GHSA-xvch-5gv4-984h)');
    expect(issue.body).toContain('### Outdated (2)');
    // critical sorts before high
    expect(issue.body!.indexOf('`minimist`')).toBeLessThan(issue.body!.indexOf('`@sim/left-pad`'));
    // the report directory
    const reportDir = first.outputs['report-dir'];
    expect(reportDir).toBe(path.join(dir, 'dependency-watch-report'));
    const reportJson = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(reportJson).toMatchObject({
      status: 'findings',
      findingsCount: 2,
      threshold: 'high',
      issue: { number: issue.number }
    });
    expect(reportJson.findings.map((f: { package: string }) => f.package)).toEqual([
      'minimist',
      '@sim/left-pad'
    ]);
    expect(readFileSync(path.join(reportDir, 'report.md'), 'utf8')).toContain(
      'Prototype Pollution in minimist'
    );

    // 2. identical run: not a single write
    t = mark();
    const second = await watch(repo, dir);
    expect(second.code).toBe(0);
    expect(second.outputs.findings).toBe('2');
    expect(second.outputs['issue-number']).toBe(String(issue.number));
    expect(writes(repo, t)).toEqual([]);
    expect(second.log).toContain('findings unchanged');

    // 3. minimist fixed: body updated and exactly one comment naming what was resolved
    project({ minimist: '1.2.6', '@sim/left-pad': '1.0.0' }, dir);
    t = mark();
    const third = await watch(repo, dir);
    expect(third.code).toBe(0);
    expect(third.outputs.findings).toBe('1');
    expect(writes(repo, t)).toEqual([
      `PATCH /issues/${issue.number}`,
      `POST /issues/${issue.number}/comments`
    ]);
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('**1 finding at or above `high`** (1 npm).');
    expect(issue.body).not.toContain('GHSA-xvch-5gv4-984h');
    const changed = comments(repo, issue.number);
    expect(changed).toHaveLength(1);
    expect(changed[0].body).toContain('Resolved (1):');
    expect(changed[0].body).toContain('GHSA-xvch-5gv4-984h');
    expect(changed[0].body).not.toContain('New (');

    // 4. all fixed: a closing comment and the issue closed
    project({ minimist: '1.2.6', '@sim/left-pad': '1.1.0' }, dir);
    t = mark();
    const fourth = await watch(repo, dir);
    expect(fourth.code).toBe(0);
    expect(fourth.outputs.findings).toBe('0');
    expect(writes(repo, t)).toEqual([
      `POST /issues/${issue.number}/comments`,
      `PATCH /issues/${issue.number}`
    ]);
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(comments(repo, issue.number).at(-1)!.body).toContain('All findings are resolved');

    // 5. still clean: nothing to write
    t = mark();
    const fifth = await watch(repo, dir);
    expect(fifth.code).toBe(0);
    expect(writes(repo, t)).toEqual([]);

    // the person's issue with the same title was never touched
    expect(JSON.stringify(issues(repo).find((i) => i.number === personal.number))).toBe(personalBefore);
    expect(
      sim.server.requests({ service: 'github', path: `/repos/${OWNER}/${repo}/issues/${personal.number}` })
    ).toEqual([]);
    expect(issues(repo)).toHaveLength(2);
  }, 120_000);

  test('an issue whose title was edited is still found by its marker, and reopened when findings return', async () => {
    const repo = newRepo();
    const dir = project({ minimist: '1.2.5' });
    const first = await watch(repo, dir, { checks: 'audit' });
    expect(first.code).toBe(0);
    const issue = issues(repo)[0];
    // someone renames it and closes it by hand
    const patch = await fetch(`${sim.urls.github}/repos/${OWNER}/${repo}/issues/${issue.number}`, {
      method: 'PATCH',
      headers: { authorization: `token ${sim.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'deps: audit findings (renamed)',
        state: 'closed',
        state_reason: 'not_planned'
      })
    });
    expect(patch.status).toBe(200);
    let t = mark();
    const again = await watch(repo, dir, { checks: 'audit' });
    expect(again.outputs['issue-number']).toBe(String(issue.number));
    // same findings as when it was closed: the person's decision stands, nothing is written
    expect(writes(repo, t)).toEqual([]);
    expect(issue.state).toBe('closed');
    // a new finding: the renamed issue is reopened and updated, its title left as the person set it
    project({ minimist: '1.2.5', '@sim/left-pad': '1.0.0' }, dir);
    t = mark();
    const third = await watch(repo, dir, { checks: 'audit' });
    expect(third.outputs['issue-number']).toBe(String(issue.number));
    expect(writes(repo, t)).toEqual([
      `PATCH /issues/${issue.number}`,
      `POST /issues/${issue.number}/comments`
    ]);
    expect(issue.title).toBe('deps: audit findings (renamed)');
    expect(issue.state).toBe('open');
    expect(comments(repo, issue.number).at(-1)!.body).toContain('Reopened');
    expect(comments(repo, issue.number).at(-1)!.body).toContain('New (1):');
    expect(comments(repo, issue.number).at(-1)!.body).toContain('GHSA-2222-3333-4444');
    expect(issues(repo)).toHaveLength(1);
  }, 60_000);

  test("the registry's 405 on the advisory endpoint is an infrastructure failure: previous findings kept, findings output empty, never 'no vulnerabilities'", async () => {
    const repo = newRepo();
    const dir = project({ minimist: '1.2.5' });
    const first = await watch(repo, dir, { checks: 'audit' });
    expect(first.outputs.findings).toBe('1');
    const issue = issues(repo)[0];

    sim.server.addFault({
      service: 'npm',
      method: 'POST',
      path: '/-/npm/v1/security/advisories/bulk',
      steps: [{ kind: 'status', status: 405, headers: { allow: 'GET,HEAD' }, body: '' }]
    });
    let t = mark();
    const failed = await watch(repo, dir, { checks: 'audit' });
    expect(failed.code).not.toBe(0);
    expect(failed.outputs.findings).toBe('');
    expect(failed.outputs['issue-number']).toBe(String(issue.number));
    expect(failed.summary).toContain('infrastructure failure');
    expect(failed.summary).toContain('HTTP 405');
    expect(failed.summary).not.toContain('No findings');
    expect(
      failed.annotations.some((a) => a.level === 'error' && /audit-infrastructure/.test(a.message))
    ).toBe(true);
    // the issue says so, keeps the minimist finding (marked not re-checked), and stays open; no comment
    expect(writes(repo, t)).toEqual([`PATCH /issues/${issue.number}`]);
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('Infrastructure failure');
    expect(issue.body).toContain('npm (not re-checked)');
    expect(issue.body).toContain('GHSA-xvch-5gv4-984h');
    const report = JSON.parse(readFileSync(path.join(failed.outputs['report-dir'], 'report.json'), 'utf8'));
    expect(report).toMatchObject({ status: 'unknown', findingsCount: null });

    // the backend is back: the finding is current again, the banner goes, no "new"/"resolved" comment
    t = mark();
    const recovered = await watch(repo, dir, { checks: 'audit' });
    expect(recovered.code).toBe(0);
    expect(recovered.outputs.findings).toBe('1');
    expect(writes(repo, t)).toEqual([`PATCH /issues/${issue.number}`]);
    expect(issue.body).not.toContain('Infrastructure failure');
    expect(comments(repo, issue.number)).toHaveLength(0);
  }, 60_000);

  test('ignore lines: an active ignore hides a finding; an expired one counts again and is named in the issue', async () => {
    const repo = newRepo();
    const dir = project({ minimist: '1.2.5' });
    const active = await watch(repo, dir, {
      checks: 'audit',
      ignore:
        'CVE-2021-44906 until 2999-12-31: not reachable from user input\n1097678 until 2999-01-01: same advisory by its npm id'
    });
    expect(active.code).toBe(0);
    expect(active.outputs.findings).toBe('0');
    expect(issues(repo)).toHaveLength(0);
    const expired = await watch(repo, dir, {
      checks: 'audit',
      ignore: 'GHSA-xvch-5gv4-984h until 2024-01-31: waiting for the upstream fix'
    });
    expect(expired.outputs.findings).toBe('1');
    const body = issues(repo)[0].body!;
    expect(body).toContain('### Expired ignores');
    expect(body).toContain('ignored until 2024-01-31 — waiting for the upstream fix');
  }, 60_000);

  test('a GitHub secondary rate limit while listing issues is ridden out (throttling plugin), not a duplicate or a failure', async () => {
    const repo = newRepo();
    const dir = project({ minimist: '1.2.5' });
    sim.faults.secondaryRateLimit(`/repos/${OWNER}/${repo}/issues`, 1, 1);
    const r = await watch(repo, dir, { checks: 'audit' });
    expect(r.code).toBe(0);
    expect(r.log).toMatch(/secondary rate limit/);
    expect(
      sim.server
        .requests({ service: 'github', method: 'GET', path: `/repos/${OWNER}/${repo}/issues` })
        .map((e) => e.status)
    ).toEqual([403, 200]);
    expect(issues(repo)).toHaveLength(1);
  }, 60_000);

  test('two open issues carrying the marker: the oldest is kept, the other closed as superseded', async () => {
    const seededBody = `${MARKER}\n\nold body\n`;
    // Both written by the token's identity (the simulator's admin): only such issues are the action's own.
    const repo = newRepo([
      { title: 'Dependency Watch Alerts', body: seededBody, user: 'sim-admin' },
      { title: 'Dependency Watch Alerts', body: seededBody, user: 'sim-admin' }
    ]);
    const [older, newer] = issues(repo);
    const dir = project({ minimist: '1.2.5' });
    const t = mark();
    const r = await watch(repo, dir, { checks: 'audit' });
    expect(r.code).toBe(0);
    expect(r.outputs['issue-number']).toBe(String(older.number));
    expect(writes(repo, t)).toEqual([
      `POST /issues/${newer.number}/comments`,
      `PATCH /issues/${newer.number}`,
      `PATCH /issues/${older.number}`,
      `POST /issues/${older.number}/comments`
    ]);
    expect(newer.state).toBe('closed');
    expect(comments(repo, newer.number)[0].body).toContain(`Superseded by #${older.number}`);
    expect(older.state).toBe('open');
    expect(older.body).toContain('GHSA-xvch-5gv4-984h');
    expect(issues(repo).filter((i) => i.state === 'open')).toHaveLength(1);
  }, 60_000);

  const cargo = findCargo();
  if (!cargo)
    console.log('SKIPPED cargo outdated e2e: no cargo binary found (install Debian cargo or rustup).');
  (cargo ? test : test.skip)(
    'cargo: the real `cargo update --dry-run` against the simulated registry fills the outdated table',
    async () => {
      sim.crates.state.seedCrate({
        name: 'sim-lib',
        versions: [{ num: '0.1.0' }, { num: '0.1.3' }, { num: '0.2.0' }]
      });
      const base = mkdtempSync(path.join(os.tmpdir(), 'rk-dw-cargo-'));
      const env = cargoEnv(base, sim.urls.index, sim.adminToken);
      const dir = writeCrate(path.join(base, 'app'), {
        name: 'watched-app',
        version: '0.1.0',
        deps: 'sim-lib = { version = "0.1", registry = "sim" }\n'
      });
      mkdirSync(path.join(dir, 'src'), { recursive: true });
      expect((await run(cargo!, ['generate-lockfile'], { cwd: dir, env })).code).toBe(0);
      expect((await run(cargo!, ['update', 'sim-lib', '--precise', '0.1.0'], { cwd: dir, env })).code).toBe(
        0
      );
      const repo = newRepo();
      const r = await runAction('dependency-watch', {
        cwd: dir,
        inputs: { token: sim.adminToken, repository: `${OWNER}/${repo}` },
        env: {
          GITHUB_API_URL: sim.urls.github,
          RELEASE_KIT_TIME_SCALE: '0.01',
          PATH: env.PATH,
          CARGO_HOME: env.CARGO_HOME,
          RUSTUP_HOME: env.RUSTUP_HOME
        }
      });
      expect(r.code).toBe(0);
      const report = JSON.parse(readFileSync(path.join(r.outputs['report-dir'], 'report.json'), 'utf8'));
      expect(report.outdated).toEqual([
        { ecosystem: 'cargo', package: 'sim-lib', current: '0.1.0', wanted: '0.1.3', latest: '0.2.0' }
      ]);
      const audit = report.checks.find((c: { check: string }) => c.check === 'audit');
      if (!existsSync(path.join(os.homedir(), '.cargo/bin/cargo-audit'))) {
        expect(audit).toMatchObject({ status: 'skipped', reason: '`cargo-audit` is not installed' });
        expect(r.summary).toContain('cargo install cargo-audit --locked');
      }
      // the cargo update was a dry run: the lockfile still pins 0.1.0
      expect(readFileSync(path.join(dir, 'Cargo.lock'), 'utf8')).toMatch(
        /name = "sim-lib"\nversion = "0.1.0"/
      );
    },
    120_000
  );

  test('an absent tool is skipped with install advice, not a crash; bad inputs fail before any request', async () => {
    const repo = newRepo();
    const dir = project({ minimist: '1.2.6' });
    writeFileSync(path.join(dir, 'Cargo.lock'), 'version = 4\n');
    const r = await watch(repo, dir, { checks: 'audit', ecosystems: 'npm,cargo,pnpm' });
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/pnpm audit --json: no pnpm-lock\.yaml/);
    // cargo-audit is not installed on this machine (the check prints why if it is)
    if (!existsSync('/root/.cargo/bin/cargo-audit'))
      expect(r.summary).toContain('cargo install cargo-audit --locked');
    expect(r.outputs.findings).toBe('0');

    // a repository the token cannot see: a configuration error naming it; the report is still written
    const missing = await watch('no-such-repo', dir, { checks: 'audit' });
    expect(missing.code).not.toBe(0);
    expect(missing.log).toContain(`Could not list the issues of ${OWNER}/no-such-repo (404)`);
    expect(existsSync(path.join(missing.outputs['report-dir'], 'report.json'))).toBe(true);

    const before = sim.server.log.length;
    const bad = await watch(repo, dir, { 'severity-threshold': 'severe', ignore: 'GHSA-x forever' });
    expect(bad.code).not.toBe(0);
    expect(bad.log).toContain("Input 'severity-threshold'");
    expect(bad.log).toContain("Input 'ignore'");
    expect(sim.server.log.length).toBe(before);

    // a directory without a lockfile: the input error lists the lockfiles core knows per ecosystem
    const empty = mkdtempSync(path.join(os.tmpdir(), 'rk-deps-empty-'));
    const none = await watch(repo, empty, { checks: 'audit' });
    expect(none.code).not.toBe(0);
    expect(none.log).toContain(
      "Input 'path': no lockfile in \".\". dependency-watch detects npm-shrinkwrap.json or package-lock.json (npm), pnpm-lock.yaml (pnpm), yarn.lock (yarn) and Cargo.lock (cargo); point 'path' at the project"
    );
    expect(sim.server.log.length).toBe(before);
  }, 60_000);
});
