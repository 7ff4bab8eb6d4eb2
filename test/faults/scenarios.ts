/** One healthy scenario per action for the fault matrix (see matrix.ts). */
import { expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCrateFile } from '../../packages/sim/src/crates/index.js';
import { commitFiles, history } from '../../packages/sim/src/github/git-store.js';
import { latestRelease } from '../../packages/sim/src/github/routes-releases.js';
import { addIssue } from '../../packages/sim/src/github/seed-records.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT } from '../harness/run-action.js';
import { writeLockedProject } from '../sim/npm-helpers.js';
import { CORPUS, NEW_SHA } from '../actions/homebrew-bump/corpus.js';
import { startTapSimulator, TAP, TOKENS } from '../actions/homebrew-bump/sim-tap.js';
import { writeCrate } from '../fixtures/crates/cargo.js';
import { runAction } from '../harness/run-action.js';
import type { CellContext, Endpoint, Scenario } from './matrix.js';

const OWNER = 'octo-org';
const REPO = 'tool';
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const gh = (label: string, method: string, p: string): Endpoint => ({
  label,
  service: 'github',
  method,
  path: new RegExp(`^${p}$`)
});

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `rk-matrix-${prefix}-`));
}

function files(dir: string, content: Record<string, string>): string {
  for (const [name, text] of Object.entries(content)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** A simulator with one repository (admin token), changed by `repo`. */
async function simWith(repo: Record<string, unknown>): Promise<Simulator> {
  return startSimulator({
    state: {
      github: { clock: '2026-11-20T10:00:00Z', repos: [{ owner: OWNER, name: REPO, ...repo }] }
    } as never
  });
}

const assetsOf = (sim: Simulator) =>
  sim.gh
    .repo(OWNER, REPO)
    .releases.flatMap((r) => r.assets.map((a) => `${r.tag_name} ${a.name} ${a.state} ${a.digest}`))
    .sort();

const R = `/repos/${OWNER}/${REPO}`;

// --- sha256sums: generate, then upload the checksum file and its sidecars to a draft -------------------

const sha256sums: Scenario = {
  name: 'sha256sums',
  action: 'sha256sums',
  async start() {
    const sim = await simWith({ releases: [{ tag_name: 'v1.2.3', draft: true, assets: [] }] });
    const cwd = files(tempDir('sums'), {
      'dist/tool-linux.tar.gz': 'linux',
      'dist/tool-macos.tar.gz': 'macos'
    });
    return { sim, cwd };
  },
  inputs: ({ sim }) => ({
    'working-directory': 'dist',
    files: '*',
    sidecars: 'true',
    'release-tag': 'v1.2.3',
    repository: `${OWNER}/${REPO}`,
    token: sim.adminToken
  }),
  env: ({ sim }) => ({ GITHUB_API_URL: sim.urls.github }),
  keyRead: gh('release list', 'GET', `${R}/releases`),
  reads: [gh('release list', 'GET', `${R}/releases`), gh('asset list', 'GET', `${R}/releases/\\d+/assets`)],
  writes: [
    { label: 'upload', service: 'uploads', method: 'POST', path: new RegExp(`^${R}/releases/\\d+/assets$`) }
  ],
  snapshot: async ({ sim }) => assetsOf(sim),
  outputs: [],
  healthy(r, state) {
    expect(state).toEqual([
      `v1.2.3 SHA256SUMS.txt uploaded sha256:${sha256(`${sha256('linux')}  tool-linux.tar.gz\n${sha256('macos')}  tool-macos.tar.gz\n`)}`,
      `v1.2.3 tool-linux.tar.gz.sha256 uploaded sha256:${sha256(`${sha256('linux')}  tool-linux.tar.gz\n`)}`,
      `v1.2.3 tool-macos.tar.gz.sha256 uploaded sha256:${sha256(`${sha256('macos')}  tool-macos.tar.gz\n`)}`
    ]);
  }
};

// --- sbom-attach: two SBOMs generated from lockfiles, attached to a draft --------------------------------

const sbomAttach: Scenario = {
  name: 'sbom-attach',
  action: 'sbom-attach',
  async start() {
    const sim = await simWith({ releases: [{ tag_name: 'v0.9.1', draft: true, assets: [] }] });
    const cwd = tempDir('sbom');
    const fixtures = path.join(ROOT, 'test/fixtures/lockfiles');
    cpSync(path.join(fixtures, 'cargo-workspace'), cwd, { recursive: true });
    mkdirSync(path.join(cwd, 'web'));
    cpSync(path.join(fixtures, 'npm-v3'), path.join(cwd, 'web'), { recursive: true });
    files(cwd, { 'dist/ahm-0.9.1-linux-amd64.tar.gz': 'linux binary\n'.repeat(100) });
    return { sim, cwd };
  },
  inputs: ({ sim }) => ({
    token: sim.adminToken,
    repository: `${OWNER}/${REPO}`,
    'release-tag': 'v0.9.1',
    lockfiles: 'Cargo.lock\nweb/package-lock.json',
    artifacts: 'dist/*',
    name: 'ahm'
  }),
  env: ({ sim }) => ({ GITHUB_API_URL: sim.urls.github, SOURCE_DATE_EPOCH: '1714000000' }),
  keyRead: gh('release list', 'GET', `${R}/releases`),
  reads: [gh('release list', 'GET', `${R}/releases`), gh('asset list', 'GET', `${R}/releases/\\d+/assets`)],
  writes: [
    { label: 'upload', service: 'uploads', method: 'POST', path: new RegExp(`^${R}/releases/\\d+/assets$`) }
  ],
  snapshot: async ({ sim }) => assetsOf(sim),
  outputs: [],
  healthy(_r, state) {
    expect((state as string[]).length).toBe(2);
    for (const line of state as string[]) expect(line).toMatch(/^v0\.9\.1 \S+ uploaded sha256:[0-9a-f]{64}$/);
  }
};

// --- verify-release-assets: a published release with binaries and sidecars ------------------------------

const TARGETS = ['linux-amd64', 'windows-amd64.exe'];
function toolAssets(): { name: string; content: string }[] {
  return TARGETS.flatMap((t) => {
    const content = `tool for ${t}\n`.repeat(20);
    return [
      { name: `tool-1.2.3-${t}`, content },
      { name: `tool-1.2.3-${t}.sha256`, content: `${sha256(content)}  tool-1.2.3-${t}\n` }
    ];
  });
}

const verifyReleaseAssets: Scenario = {
  name: 'verify-release-assets',
  action: 'verify-release-assets',
  start: async () => ({ sim: await simWith({ releases: [{ tag_name: 'v1.2.3', assets: toolAssets() }] }) }),
  inputs: ({ sim }) => ({
    token: sim.adminToken,
    repository: `${OWNER}/${REPO}`,
    tag: 'v1.2.3',
    expected: 'tool-{version}-{target}\ntool-{version}-{target}.sha256',
    targets: TARGETS.join(',')
  }),
  env: ({ sim }) => ({ GITHUB_API_URL: sim.urls.github }),
  keyRead: gh('release by tag', 'GET', `${R}/releases/tags/v1\\.2\\.3`),
  reads: [
    gh('release by tag', 'GET', `${R}/releases/tags/v1\\.2\\.3`),
    gh('asset list', 'GET', `${R}/releases/\\d+/assets`),
    { label: 'checksum download', service: 'downloads', method: 'GET', path: /^\/assets\/\d+\/.*\.sha256$/ }
  ],
  writes: [],
  snapshot: async ({ sim }) => assetsOf(sim),
  outputs: ['verified', 'missing', 'mismatched', 'unexpected'],
  healthy(r) {
    expect(r.outputs.verified).toBe('4');
  }
};

// --- qe-signoff-gate: ABORT for an open P0, the decision posted as a comment on the approval issue ------

const qeSignoffGate: Scenario = {
  name: 'qe-signoff-gate',
  action: 'qe-signoff-gate',
  start: async () => ({
    sim: await simWith({
      labels: ['P0', 'P1'],
      workflow_runs: [{ workflow: 'release.yml', name: 'Release', conclusion: 'success' }],
      statuses: [{ context: 'ci/legacy', state: 'success' }],
      releases: [{ tag_name: 'v1.2.3', assets: toolAssets() }],
      issues: [
        { number: 1, title: 'QE sign-off for v1.2.3', labels: [] },
        { number: 2, title: 'minor glitch', labels: ['P2'] },
        // The healthy decision is ABORT for this open P0: a cut P0 list read as empty would say SHIP IT.
        { number: 3, title: 'crash on start', labels: ['P0'] }
      ]
    })
  }),
  inputs: ({ sim }) => ({
    token: sim.adminToken,
    repository: `${OWNER}/${REPO}`,
    tag: 'v1.2.3',
    'expected-assets': 'tool-{version}-{target}\ntool-{version}-{target}.sha256',
    targets: TARGETS.join(','),
    'comment-on': 'approval-issue',
    'approval-issue': '1',
    // The decision is the output under test; the step itself fails only when it cannot decide.
    'fail-on': 'none'
  }),
  env: ({ sim }) => ({
    GITHUB_API_URL: sim.urls.github,
    GITHUB_SHA: sim.gh.repo(OWNER, REPO).refs['refs/heads/main']
  }),
  keyRead: gh('P0 issue list', 'GET', `${R}/issues`),
  reads: [
    gh('workflow runs', 'GET', `${R}/actions/runs`),
    gh('release by tag', 'GET', `${R}/releases/tags/v1\\.2\\.3`),
    gh('asset list', 'GET', `${R}/releases/\\d+/assets`),
    gh('P0 issue list', 'GET', `${R}/issues`),
    gh('approval comments', 'GET', `${R}/issues/1/comments`),
    // The permission preflight reads check runs, labels and pulls first: the fault waits for the gather.
    { ...gh('check runs', 'GET', `${R}/commits/[0-9a-f]{40}/check-runs`), passFirst: 1 },
    gh('combined status', 'GET', `${R}/commits/[0-9a-f]{40}/status`),
    { ...gh('labels', 'GET', `${R}/labels`), passFirst: 1 },
    { ...gh('issue list (2nd label)', 'GET', `${R}/issues`), passFirst: 1 },
    { ...gh('issue list (3rd label)', 'GET', `${R}/issues`), passFirst: 2 },
    { ...gh('open pull requests', 'GET', `${R}/pulls`), passFirst: 1 },
    gh('approval issue', 'GET', `${R}/issues/1`),
    { label: 'checksum download', service: 'downloads', method: 'GET', path: /^\/assets\/\d+\/.*\.sha256$/ },
    gh('token login', 'GET', '/user'),
    // The permission preflight's own reads.
    gh('workflows (permission probe)', 'GET', `${R}/actions/workflows`),
    gh('check runs (permission probe)', 'GET', `${R}/commits/[0-9a-f]{40}/check-runs`),
    gh('statuses (permission probe)', 'GET', `${R}/commits/[0-9a-f]{40}/statuses`),
    gh('labels (permission probe)', 'GET', `${R}/labels`),
    gh('pulls (permission probe)', 'GET', `${R}/pulls`),
    gh('release list (permission probe)', 'GET', `${R}/releases`)
  ],
  writes: [gh('decision comment', 'POST', `${R}/issues/1/comments`)],
  snapshot: async ({ sim }) =>
    sim.gh
      .repo(OWNER, REPO)
      .comments.map((c) => `#${c.issue_number} ${c.user} ${c.body.split('\n')[0]}`)
      .sort(),
  outputs: ['decision'],
  // What the decision rested on: every piece of evidence must have been read whole.
  facts(r) {
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    return {
      rules: report.reasons.map((x: { rule: string }) => x.rule),
      checks: report.evidence.checks.map((c: { name: string; state: string }) => `${c.name}: ${c.state}`),
      issues: report.evidence.issues.map(
        (i: { number: number; priority: string }) => `#${i.number} ${i.priority}`
      ),
      assets: `${report.evidence.assets.verified} verified`
    };
  },
  healthy(r, state) {
    expect(r.outputs.decision).toBe('ABORT');
    expect(this.facts!(r)).toEqual({
      rules: ['p0-open'],
      checks: ['Release: success', 'ci/legacy: success'],
      issues: ['#3 P0'],
      assets: '4 verified'
    });
    expect(JSON.parse(r.outputs.reasons).map((x: { rule: string }) => x.rule)).toEqual(['p0-open']);
    expect(state).toEqual([expect.stringMatching(/^#1 \S+ <!-- release-kit:qe-signoff-gate -->$/)]);
  }
};

// The same gate with approval by comment: it also reads the release commit (its time and author).
const qeSignoffGateApproval: Scenario = {
  ...qeSignoffGate,
  name: 'qe-signoff-gate (approval by comment)',
  // A sign-off posted the day before the release commit is stale: only the commit's time refuses it, so
  // a cut commit read as "no time known" would turn approval-missing into an approval.
  async start() {
    const started = await qeSignoffGate.start();
    const repo = started.sim.gh.repo(OWNER, REPO);
    const user = repo.comments.length ? repo.comments[0].user : 'sim-admin';
    repo.comments.push({
      id: 990_001,
      issue_number: 1,
      body: '/qe sign-off',
      user,
      created_at: '2026-11-19T10:00:00Z',
      updated_at: '2026-11-19T10:00:00Z'
    } as never);
    return started;
  },
  inputs: (ctx) => ({ ...qeSignoffGate.inputs(ctx), approval: 'comment' }),
  keyRead: gh('release commit', 'GET', `${R}/commits/[0-9a-f]{40}`),
  reads: [gh('release commit', 'GET', `${R}/commits/[0-9a-f]{40}`)],
  writes: [],
  facts(r) {
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    return {
      ...(qeSignoffGate.facts!(r) as object),
      ignored: report.evidence.approval.evaluation.ignored.map((x: { why: string }) => x.why)
    };
  },
  healthy(r, state) {
    expect(r.outputs.decision).toBe('ABORT');
    expect(this.facts!(r)).toEqual({
      rules: ['p0-open', 'approval-missing'],
      checks: ['Release: success', 'ci/legacy: success'],
      issues: ['#3 P0'],
      assets: '4 verified',
      ignored: [
        expect.stringMatching(/^posted 2026-11-19T10:00:00Z, before the release commit \(2026-11-20T/)
      ]
    });
    expect(state).toEqual([
      '#1 sim-admin /qe sign-off',
      expect.stringMatching(/^#1 \S+ <!-- release-kit:qe-signoff-gate -->$/)
    ]);
  }
};

// --- dependency-watch: real npm audit; opens the tracking issue, and (second scenario) closes it --------

const npmCache = tempDir('npm-cache');

async function watchSim(): Promise<{ sim: Simulator; cwd: string }> {
  const sim = await simWith({});
  const cwd = writeLockedProject(sim.urls.npm, { minimist: '1.2.5' });
  writeFileSync(path.join(cwd, '.npmrc'), `registry=${sim.urls.npm}/\n`);
  return { sim, cwd };
}

const watchInputs = ({ sim }: CellContext) => ({ token: sim.adminToken, repository: `${OWNER}/${REPO}` });
const watchEnv = ({ sim }: CellContext) => ({
  GITHUB_API_URL: sim.urls.github,
  npm_config_cache: npmCache,
  GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/deps.yml@refs/heads/main`
});
const trackingState = async ({ sim }: CellContext) => {
  const repo = sim.gh.repo(OWNER, REPO);
  return {
    issues: repo.issues.map((i) => `#${i.number} ${i.state} ${i.title}`),
    comments: repo.comments.map((c) => `#${c.issue_number} ${c.body.split('\n')[0]}`)
  };
};

const dependencyWatch: Scenario = {
  name: 'dependency-watch',
  action: 'dependency-watch',
  start: watchSim,
  inputs: watchInputs,
  env: watchEnv,
  keyRead: gh('issue list', 'GET', `${R}/issues`),
  reads: [
    gh('issue list', 'GET', `${R}/issues`),
    gh('labels', 'GET', `${R}/labels`),
    gh('token login', 'GET', '/user'),
    // npm audit's own reads: a cut answer must not read as "no findings" (no issue would be opened).
    {
      label: 'npm advisories (bulk)',
      service: 'npm',
      method: 'POST',
      path: /^\/-\/npm\/v1\/security\/advisories\/bulk$/
    },
    { label: 'npm packument', service: 'npm', method: 'GET', path: /^\/minimist$/ }
  ],
  writes: [gh('create issue', 'POST', `${R}/issues`)],
  snapshot: trackingState,
  outputs: ['findings', 'issue-number'],
  healthy(r, state) {
    expect(r.outputs.findings).toBe('1');
    expect(state).toEqual({ issues: ['#1 open Dependency Watch Alerts'], comments: [] });
  }
};

let opened: Record<string, unknown> | undefined;
const dependencyWatchClose: Scenario = {
  name: 'dependency-watch (close when clean)',
  action: 'dependency-watch',
  start: watchSim,
  // The first run opens the issue; then the vulnerable version is fixed and the measured run closes it.
  // The first run's issue is kept and seeded into later cells as is (npm audit is the slow part).
  async setup(ctx) {
    const repo = ctx.sim.gh.repo(OWNER, REPO);
    if (opened) {
      addIssue(ctx.sim.github, repo, { ...opened });
    } else {
      const first = await runAction('dependency-watch', {
        cwd: ctx.cwd,
        inputs: watchInputs(ctx),
        env: { RELEASE_KIT_TIME_SCALE: '0.01', ...watchEnv(ctx) }
      });
      if (first.code !== 0) throw new Error(`setup run failed:\n${first.log}`);
      const { title, body, labels, user } = repo.issues[0];
      opened = { title, body, labels, user };
    }
    writeLockedProject(ctx.sim.urls.npm, { minimist: '1.2.6' }, ctx.cwd);
  },
  inputs: watchInputs,
  env: watchEnv,
  keyRead: gh('issue list', 'GET', `${R}/issues`),
  reads: [
    gh('issue list', 'GET', `${R}/issues`),
    gh('comment list', 'GET', `${R}/issues/1/comments`),
    gh('labels', 'GET', `${R}/labels`),
    gh('token login', 'GET', '/user')
  ],
  writes: [gh('closing comment', 'POST', `${R}/issues/1/comments`), gh('close', 'PATCH', `${R}/issues/1`)],
  snapshot: trackingState,
  outputs: ['findings', 'issue-number'],
  healthy(r, state) {
    expect(r.outputs.findings).toBe('0');
    expect(state).toEqual({
      issues: ['#1 closed Dependency Watch Alerts'],
      comments: [expect.stringMatching(/^#1 \*\*All findings are resolved: closing\*\*/)]
    });
  }
};

// --- homebrew-bump: branch, commit and pull request on a tap, through the API ---------------------------

const JET = CORPUS.find((e) => e.name === 'jet')!;
const homebrewBump: Scenario = {
  name: 'homebrew-bump',
  action: 'homebrew-bump',
  start: async () => ({ sim: await startTapSimulator() }),
  inputs: () => ({
    tap: TAP,
    token: TOKENS.maintainer,
    formula: 'jet',
    version: '1.3.0',
    sha256: NEW_SHA('jet-1.3.0'),
    ...JET.inputs
  }),
  env: ({ sim }) => ({ GITHUB_API_URL: sim.urls.github }),
  keyRead: gh('formula contents', 'GET', `/repos/${TAP}/contents/.*jet\\.rb`),
  reads: [
    gh('tap repository', 'GET', `/repos/${TAP}`),
    gh('base branch ref', 'GET', `/repos/${TAP}/git/ref/heads%2Fmain`),
    gh('formula contents', 'GET', `/repos/${TAP}/contents/.*jet\\.rb`)
  ],
  writes: [
    gh('create branch', 'POST', `/repos/${TAP}/git/refs`),
    gh('commit', 'PUT', `/repos/${TAP}/contents/.*`),
    gh('create pull request', 'POST', `/repos/${TAP}/pulls`)
  ],
  snapshot: async ({ sim }) => {
    const [owner, name] = TAP.split('/');
    const repo = sim.gh.repo(owner, name);
    const pulls = repo.issues.filter((i) => i.pull).map((i) => `#${i.number} ${i.state} ${i.title}`);
    const branches = Object.keys(repo.refs)
      .filter((r) => r.startsWith('refs/heads/'))
      .sort();
    // Commits on the bump branch that main does not have: exactly one, whatever answers were lost.
    const bump = repo.refs['refs/heads/bump-jet-1.3.0'];
    const onMain = new Set(history(repo, repo.refs['refs/heads/main']));
    const commits = bump ? history(repo, bump).filter((c) => !onMain.has(c)).length : 0;
    return { pulls, branches, commits };
  },
  outputs: ['changed', 'pull-request-number'],
  healthy(r, state) {
    expect(r.outputs.changed).toBe('true');
    expect(state).toEqual({
      pulls: ['#1 open jet 1.3.0'],
      branches: ['refs/heads/bump-jet-1.3.0', 'refs/heads/main'],
      commits: 1
    });
  }
};

// The same bump run again: the branch exists, so the open pull request is found by listing pulls. A cut
// list read as empty would reset the branch and open a second pull request.
const homebrewBumpRerun: Scenario = {
  ...homebrewBump,
  name: 'homebrew-bump (re-run)',
  async setup(ctx) {
    const first = await runAction('homebrew-bump', {
      inputs: homebrewBump.inputs(ctx),
      env: { RELEASE_KIT_TIME_SCALE: '0.01', ...homebrewBump.env!(ctx) }
    });
    if (first.code !== 0) throw new Error(`setup run failed:\n${first.log}`);
  },
  keyRead: gh('pulls list', 'GET', `/repos/${TAP}/pulls`),
  reads: [
    gh('pulls list', 'GET', `/repos/${TAP}/pulls`),
    // The base branch's formula is read first, then the bump branch's.
    { ...gh('branch formula', 'GET', `/repos/${TAP}/contents/.*jet\\.rb`), passFirst: 1 }
  ],
  writes: [],
  healthy(r, state) {
    expect(r.outputs.changed).toBe('false');
    expect(r.outputs['pull-request-number']).toBe('1');
    expect(state).toEqual({
      pulls: ['#1 open jet 1.3.0'],
      branches: ['refs/heads/bump-jet-1.3.0', 'refs/heads/main'],
      commits: 1
    });
  }
};

// --- crates-verify: a published crate checked in the sparse index, the API and the download -----------

const COMMIT = 'c0ffee'.padEnd(40, '0');
const cratesVerify: Scenario = {
  name: 'crates-verify',
  action: 'crates-verify',
  async start() {
    const sim = await startSimulator();
    const crate = buildCrateFile({ name: 'rk-matrix', version: '1.2.3', vcs: { sha1: COMMIT } });
    sim.crates.state.seedCrate({
      name: 'rk-matrix',
      owners: ['release-bot'],
      versions: [{ num: '1.2.3', crate }]
    });
    const cwd = tempDir('crates');
    writeCrate(cwd, { name: 'rk-matrix', version: '1.2.3' });
    mkdirSync(path.join(cwd, 'target', 'package'), { recursive: true });
    writeFileSync(path.join(cwd, 'target', 'package', 'rk-matrix-1.2.3.crate'), crate);
    return { sim, cwd };
  },
  inputs: ({ sim }) => ({ index: sim.urls.index, 'poll-interval': '2s', 'wait-timeout': '30s' }),
  env: () => ({ GITHUB_SHA: COMMIT }),
  keyRead: { label: 'crate API', service: 'crates', method: 'GET', path: /^\/api\/v1\/crates\/rk-matrix/ },
  reads: [
    { label: 'index entry', service: 'index', method: 'GET', path: /rk-matrix$/ },
    { label: 'crate API', service: 'crates', method: 'GET', path: /^\/api\/v1\/crates\/rk-matrix/ }
  ],
  writes: [],
  skip: ['403 secondary + Retry-After'],
  snapshot: async () => null,
  outputs: ['checksum-match', 'yanked', 'published'],
  healthy(r) {
    expect(r.outputs['checksum-match']).toBe('true');
  }
};

// --- release-rollback: every step of a rollback (notes, latest, drafts, tag, crate, tap, issue) ----------

const ROLLBACK_TOKEN = 'ghp_matrix_rollback_maintainer';
const ROLLBACK_CARGO_TOKEN = 'cio_matrix_rollback';
const ROLLBACK_TAP = 'homebrew-tap';
const ROLLBACK_CRATE = 'rk-jet';
// Fixed release ids, so that each write's endpoint names the release it changes.
const GOOD_ID = 9101;
const BAD_ID = 9102;
const DRAFT_ID = 9103;

function jetFormula(version: string): string {
  return [
    'class Jet < Formula',
    '  desc "Fast release tool"',
    `  homepage "https://github.com/${OWNER}/jet"`,
    `  url "https://github.com/${OWNER}/jet/releases/download/v${version}/jet-${version}.tar.gz"`,
    `  sha256 "${sha256(`jet ${version}`)}"`,
    '  license "MIT"',
    '',
    '  def install',
    '    bin.install "jet"',
    '  end',
    'end',
    ''
  ].join('\n');
}

/** A simulator's own address, which differs from run to run, out of text compared across runs. */
const portless = (sim: Simulator, text: string) =>
  Object.values(sim.urls).reduce((t, u) => t.split(new URL(u).origin).join('<sim>'), text);

const TR = `/repos/${OWNER}/${ROLLBACK_TAP}`;
const crateApi = (method: string, label: string, p: string): Endpoint => ({
  label,
  service: 'crates',
  method,
  path: new RegExp(`^/api/v1/crates/${ROLLBACK_CRATE}${p}$`)
});

const releaseRollback: Scenario = {
  name: 'release-rollback',
  action: 'release-rollback',
  async start() {
    const sim = await startSimulator();
    sim.gh.addUser('maint');
    sim.gh.addToken({ token: ROLLBACK_TOKEN, login: 'maint' });
    sim.gh.addRepo({
      owner: OWNER,
      name: REPO,
      collaborators: { maint: 'admin' },
      files: { 'README.md': '# tool\n' }
    });
    sim.gh.addRelease(OWNER, REPO, {
      id: GOOD_ID,
      tag_name: 'v1.2.0',
      body: 'Good release.',
      created_at: '2026-02-01T00:00:00Z',
      published_at: '2026-02-01T00:00:00Z'
    });
    sim.gh.addRelease(OWNER, REPO, {
      id: BAD_ID,
      tag_name: 'v1.3.0',
      body: '## Changes\n\n- faster start-up',
      created_at: '2026-03-01T00:00:00Z',
      published_at: '2026-03-01T00:00:00Z'
    });
    // A duplicate draft a re-run of the release workflow left for the bad tag.
    sim.gh.addRelease(OWNER, REPO, { id: DRAFT_ID, tag_name: 'v1.3.0', draft: true, body: 'duplicate' });
    sim.gh.addRepo({
      owner: OWNER,
      name: ROLLBACK_TAP,
      collaborators: { maint: 'admin' },
      files: { 'Formula/jet.rb': jetFormula('1.2.0') }
    });
    commitFiles(
      sim.gh.repo(OWNER, ROLLBACK_TAP),
      'main',
      { 'Formula/jet.rb': Buffer.from(jetFormula('1.3.0')) },
      'jet 1.3.0',
      {
        name: 'maint',
        email: 'maint@example.com',
        date: '2026-03-01T00:00:00Z'
      }
    );
    sim.crates.state.tokens.push({ token: ROLLBACK_CARGO_TOKEN, login: 'release-bot' });
    sim.crates.state.seedCrate({
      name: ROLLBACK_CRATE,
      owners: ['release-bot'],
      versions: ['1.2.0', '1.3.0'].map((num) => ({
        num,
        crate: buildCrateFile({ name: ROLLBACK_CRATE, version: num })
      }))
    });
    return { sim };
  },
  inputs: ({ sim }) => ({
    tag: 'v1.3.0',
    reason: 'v1.3.0 crashes on start on macOS',
    execute: 'true',
    'delete-tag': 'true',
    repository: `${OWNER}/${REPO}`,
    token: ROLLBACK_TOKEN,
    crate: ROLLBACK_CRATE,
    index: sim.urls.index,
    'registry-token': ROLLBACK_CARGO_TOKEN,
    tap: `${OWNER}/${ROLLBACK_TAP}`,
    formula: 'jet'
  }),
  env: ({ sim }) => ({ GITHUB_API_URL: sim.urls.github }),
  // The first list of releases is the permission probe's (one release, to see `contents: read`).
  keyRead: { ...gh('release list', 'GET', `${R}/releases`), passFirst: 1 },
  reads: [
    gh('repository', 'GET', R),
    { ...gh('release list', 'GET', `${R}/releases`), passFirst: 1 },
    gh('latest release', 'GET', `${R}/releases/latest`),
    gh('tag ref', 'GET', `${R}/git/ref/tags(/|%2F)v1\\.3\\.0`),
    crateApi('GET', 'crate version', '/1\\.3\\.0'),
    gh('tap repository', 'GET', TR),
    gh('formula contents', 'GET', `${TR}/contents/Formula(/|%2F)jet\\.rb`),
    gh('formula history', 'GET', `${TR}/commits`),
    gh('tap pull list', 'GET', `${TR}/pulls`),
    gh('token identity', 'GET', '/user'),
    gh('labels (issues permission probe)', 'GET', `${R}/labels`),
    gh('issue list', 'GET', `${R}/issues`)
  ],
  writes: [
    gh('notes', 'PATCH', `${R}/releases/${BAD_ID}`),
    gh('make latest', 'PATCH', `${R}/releases/${GOOD_ID}`),
    { ...gh('draft delete', 'DELETE', `${R}/releases/${DRAFT_ID}`), noContent: true },
    { ...gh('tag delete', 'DELETE', `${R}/git/refs/tags(/|%2F)v1\\.3\\.0`), noContent: true },
    crateApi('DELETE', 'crate yank', '/1\\.3\\.0/yank'),
    gh('tap branch', 'POST', `${TR}/git/refs`),
    gh('tap commit', 'PUT', `${TR}/contents/Formula(/|%2F)jet\\.rb`),
    gh('tap pull request', 'POST', `${TR}/pulls`),
    gh('tracking issue', 'POST', `${R}/issues`)
  ],
  snapshot: async ({ sim }) => {
    const repo = sim.gh.repo(OWNER, REPO);
    const tap = sim.gh.repo(OWNER, ROLLBACK_TAP);
    const bump = tap.refs['refs/heads/rollback-jet-1.2.0'];
    const onMain = new Set(history(tap, tap.refs['refs/heads/main']));
    return {
      // Every release with its whole notes: one banner, the maintainers' notes kept below it.
      releases: repo.releases.map(
        (r) => `${r.id} ${r.tag_name} ${r.draft ? 'draft' : 'published'}\n${portless(sim, r.body ?? '')}`
      ),
      latest: latestRelease(repo)?.tag_name,
      tags: Object.keys(repo.refs).filter((r) => r.startsWith('refs/tags/')),
      crate: sim.crates.state.crates.get(ROLLBACK_CRATE)!.versions.map((v) => `${v.num} yanked=${v.yanked}`),
      issues: repo.issues.map((i) => `#${i.number} ${i.state} ${i.title}\n${portless(sim, i.body ?? '')}`),
      tapPulls: tap.issues.filter((i) => i.pull).map((i) => `#${i.number} ${i.state} ${i.title}`),
      tapBranches: Object.keys(tap.refs)
        .filter((r) => r.startsWith('refs/heads/'))
        .sort(),
      // Commits on the rollback branch that main does not have: exactly one.
      tapCommits: bump ? history(tap, bump).filter((c) => !onMain.has(c)).length : 0
    };
  },
  outputs: ['result', 'replacement', 'issue-number'],
  healthy(r, state) {
    expect(JSON.parse(r.outputs.result)).toEqual({
      notes: 'created',
      latest: 'updated',
      drafts: 'updated',
      tag: 'updated',
      crate: 'updated',
      tap: 'created',
      issue: 'created'
    });
    const s = state as Record<string, unknown> & { releases: string[]; issues: string[] };
    expect(s.releases).toEqual([
      `${GOOD_ID} v1.2.0 published\nGood release.`,
      expect.stringMatching(
        new RegExp(
          `^${BAD_ID} v1\\.3\\.0 draft\\n<!-- release-kit:rollback-banner -->\\n[^]*\\n## Changes\\n\\n- faster start-up$`
        )
      )
    ]);
    expect(s.releases[1].split('<!-- release-kit:rollback-banner -->').length).toBe(2);
    expect(s.issues).toEqual([expect.stringMatching(/^#1 open Release v1\.3\.0 rolled back\n/)]);
    expect({ ...s, releases: undefined, issues: undefined }).toEqual({
      releases: undefined,
      issues: undefined,
      latest: 'v1.2.0',
      tags: ['refs/tags/v1.2.0'],
      crate: ['1.2.0 yanked=false', '1.3.0 yanked=true'],
      tapPulls: ['#1 open jet: roll back to 1.2.0 (v1.3.0 withdrawn)'],
      tapBranches: ['refs/heads/main', 'refs/heads/rollback-jet-1.2.0'],
      tapCommits: 1
    });
  }
};

export const SCENARIOS: Scenario[] = [
  sha256sums,
  sbomAttach,
  verifyReleaseAssets,
  qeSignoffGate,
  qeSignoffGateApproval,
  dependencyWatch,
  dependencyWatchClose,
  homebrewBump,
  homebrewBumpRerun,
  cratesVerify,
  releaseRollback
];

export const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!;
