import { createHash } from 'node:crypto';
import { buildCrateFile } from '../../packages/sim/src/crates/index.js';
import { commitFiles, fileAt, getObject } from '../../packages/sim/src/github/git-store.js';
import { addIssue } from '../../packages/sim/src/github/seed-records.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { runAction, type RunResult } from '../harness/run-action.js';

// End to end: the bundled release-rollback (build it with `npm run build`) against the simulator:
// a repository with a good (v1.2.0) and a bad (v1.3.0) release and an orphaned draft for the bad tag,
// a crate with both versions, and a tap whose formula history holds both versions.

const OWNER = 'octo-org';
const TOKEN = 'ghp_rollback_maintainer';
const READER = 'ghp_rollback_reader';
const CARGO_TOKEN = 'cio_rollback_token';
const SCALE = '0.01';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function formula(version: string): string {
  return [
    'class Jet < Formula',
    '  desc "Fast release tool"',
    `  homepage "https://github.com/${OWNER}/jet"`,
    `  url "https://github.com/${OWNER}/jet/releases/download/v${version}/jet-${version}.tar.gz"`,
    `  sha256 "${sha(`jet ${version}`)}"`,
    '  license "MIT"',
    '',
    '  def install',
    '    bin.install "jet"',
    '  end',
    'end',
    ''
  ].join('\n');
}

let sim: Simulator;
let n = 0;

beforeAll(async () => {
  sim = await startSimulator();
  sim.gh.addUser('maint');
  sim.gh.addUser('reader');
  sim.gh.addToken({ token: TOKEN, login: 'maint' });
  sim.gh.addToken({ token: READER, login: 'reader' });
  sim.crates.state.tokens.push({ token: CARGO_TOKEN, login: 'release-bot' });
});
afterAll(async () => {
  await sim?.stop();
});

interface World {
  repo: string;
  tap: string;
  crate: string;
}

/** A fresh repository, crate and tap per test, so one simulator serves them all. */
function world(
  opts: { immutable?: boolean; replacementCrate?: 'published' | 'yanked' | 'absent' } = {}
): World {
  const id = ++n;
  const repo = `jet-${id}`;
  const tapName = `homebrew-tap-${id}`;
  const crate = `jet-rb-${id}`;
  sim.gh.addRepo({
    owner: OWNER,
    name: repo,
    immutable_releases: opts.immutable ?? false,
    collaborators: { maint: 'admin', reader: 'read' },
    files: { 'README.md': '# jet\n' }
  });
  sim.gh.addRelease(OWNER, repo, {
    tag_name: 'v1.1.0',
    body: 'old',
    created_at: '2026-01-01T00:00:00Z',
    published_at: '2026-01-01T00:00:00Z'
  });
  sim.gh.addRelease(OWNER, repo, {
    tag_name: 'v1.2.0',
    body: 'Good release.',
    created_at: '2026-02-01T00:00:00Z',
    published_at: '2026-02-01T00:00:00Z'
  });
  sim.gh.addRelease(OWNER, repo, {
    tag_name: 'v1.3.0',
    body: '## Changes\n\n- faster start-up',
    created_at: '2026-03-01T00:00:00Z',
    published_at: '2026-03-01T00:00:00Z'
  });
  sim.gh.addRelease(OWNER, repo, { tag_name: 'v1.3.0', draft: true, body: 'duplicate draft from a re-run' });
  sim.gh.addRepo({
    owner: OWNER,
    name: tapName,
    collaborators: { maint: 'admin' },
    files: { 'Formula/jet.rb': formula('1.2.0') }
  });
  const tapRepo = sim.gh.repo(OWNER, tapName);
  commitFiles(tapRepo, 'main', { 'Formula/jet.rb': Buffer.from(formula('1.3.0')) }, 'jet 1.3.0', {
    name: 'maint',
    email: 'maint@example.com',
    date: '2026-03-01T00:00:00Z'
  });
  const versions = [{ num: '1.3.0', crate: buildCrateFile({ name: crate, version: '1.3.0' }) }];
  if (opts.replacementCrate !== 'absent')
    versions.unshift({
      num: '1.2.0',
      crate: buildCrateFile({ name: crate, version: '1.2.0' }),
      ...(opts.replacementCrate === 'yanked' ? { yanked: true } : {})
    } as (typeof versions)[number]);
  sim.crates.state.seedCrate({ name: crate, owners: ['release-bot'], versions });
  return { repo: `${OWNER}/${repo}`, tap: `${OWNER}/${tapName}`, crate };
}

function act(
  w: World,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunResult> {
  return runAction('release-rollback', {
    inputs: {
      tag: 'v1.3.0',
      reason: 'v1.3.0 crashes on start on macOS',
      repository: w.repo,
      token: TOKEN,
      crate: w.crate,
      index: sim.urls.index,
      'registry-token': CARGO_TOKEN,
      tap: w.tap,
      formula: 'jet',
      'delete-tag': 'true',
      ...inputs
    },
    env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: SCALE, ...env }
  });
}

const rel = (w: World, tag: string) => {
  const [o, r] = w.repo.split('/');
  return sim.gh.repo(o, r).releases.filter((x) => x.tag_name === tag);
};
const repoOf = (w: World) => {
  const [o, r] = w.repo.split('/');
  return sim.gh.repo(o, r);
};
const plan = (r: RunResult) =>
  JSON.parse(r.outputs.plan) as { step: string; target: string; state: string; why?: string }[];
const result = (r: RunResult) => JSON.parse(r.outputs.result) as Record<string, string>;
const writes = () => sim.server.requests({}).filter((q) => q.method !== 'GET' && q.method !== 'HEAD').length;
const crateYanked = (w: World, v: string) =>
  sim.crates.state.crates.get(w.crate)!.versions.find((x) => x.num === v)!.yanked;
const tapFile = (w: World) => {
  const [o, r] = w.tap.split('/');
  return sim.gh.repo(o, r);
};

describe('release-rollback against the simulator', () => {
  test('plan (the default) reads everything, writes nothing, and shows every step', async () => {
    const w = world();
    const before = writes();
    const r = await act(w, { execute: 'false' });
    expect(r.code).toBe(0);
    expect(writes()).toBe(before);
    expect(r.outputs.replacement).toBe('v1.2.0');
    const rows = plan(r);
    expect(rows.map((x) => [x.step, x.state])).toEqual([
      ['notes', 'create'],
      ['latest', 'update'],
      ['drafts', 'delete'],
      ['tag', 'delete'],
      ['crate', 'update'],
      ['tap', 'create'],
      ['issue', 'create']
    ]);
    expect(r.summary).toMatch(/plan only/);
    expect(r.summary).toMatch(/run again with execute: true/);
    expect(rel(w, 'v1.3.0').find((x) => !x.draft)!.body).toBe('## Changes\n\n- faster start-up');
    expect(crateYanked(w, '1.3.0')).toBe(false);
  });

  test('execute does every step; a re-run is all unchanged', async () => {
    const w = world();
    const r = await act(w, { execute: 'true' });
    expect(r.code).toBe(0);
    expect(result(r)).toEqual({
      notes: 'created',
      latest: 'updated',
      drafts: 'updated',
      tag: 'updated',
      crate: 'updated',
      tap: 'created',
      issue: 'created'
    });
    const repo = repoOf(w);
    // The bad release: banner on top, the notes kept; a draft now (its tag is gone), never deleted.
    const bad = rel(w, 'v1.3.0');
    expect(bad).toHaveLength(1);
    expect(bad[0].draft).toBe(true);
    expect(bad[0].body).toMatch(
      /^<!-- release-kit:rollback-banner -->\n> \[!WARNING\]\n> \*\*SUPERSEDED — DO NOT USE\.\*\* v1\.3\.0 crashes on start on macOS Use \[v1\.2\.0\]/
    );
    expect(bad[0].body).toMatch(/## Changes\n\n- faster start-up$/);
    expect(repo.refs['refs/tags/v1.3.0']).toBeUndefined();
    expect(repo.latest_release_id).toBe(rel(w, 'v1.2.0')[0].id);
    expect(crateYanked(w, '1.3.0')).toBe(true);
    expect(crateYanked(w, '1.2.0')).toBe(false);
    // The tap: one open pull request from rollback-jet-1.2.0 whose formula is the 1.2.0 one, byte for
    // byte (nothing else changed since), and main untouched until it is merged.
    const tap = tapFile(w);
    const head = tap.refs['refs/heads/rollback-jet-1.2.0'];
    expect(head).toBeDefined();
    const blobText = (commit: string) => {
      const blob = fileAt(tap, commit, 'Formula/jet.rb');
      return blob ? getObject(tap, blob.sha, 'blob')!.content.toString('utf8') : undefined;
    };
    expect(blobText(head)).toBe(formula('1.2.0'));
    expect(blobText(tap.refs['refs/heads/main'])).toBe(formula('1.3.0'));
    const pulls = tap.issues.filter((i) => i.pull);
    expect(pulls.map((p) => [p.pull!.head_ref.split(':').pop(), p.state])).toEqual([
      ['rollback-jet-1.2.0', 'open']
    ]);
    expect(pulls[0].title).toBe('jet: roll back to 1.2.0 (v1.3.0 withdrawn)');
    const issues = repo.issues.filter((i) => i.title === 'Release v1.3.0 rolled back');
    expect(issues).toHaveLength(1);
    expect(r.outputs['issue-number']).toBe(String(issues[0].number));
    expect(issues[0].body).toMatch(/\| crate \| .* \| yanked \| ✅ done \|/);

    const before = writes();
    const again = await act(w, { execute: 'true' });
    expect(again.code).toBe(0);
    expect(result(again)).toEqual({
      notes: 'unchanged',
      latest: 'unchanged',
      drafts: 'unchanged',
      tag: 'unchanged',
      crate: 'unchanged',
      tap: 'unchanged',
      issue: 'unchanged'
    });
    expect(writes()).toBe(before);
    expect(repoOf(w).issues.filter((i) => i.title === 'Release v1.3.0 rolled back')).toHaveLength(1);
  });

  test('an immutable bad release: the tag step is skipped with a warning, the rest completes', async () => {
    const w = world({ immutable: true });
    const r = await act(w, { execute: 'true' });
    expect(r.code).toBe(0);
    expect(result(r).tag).toBe('skipped');
    expect(plan(r).find((x) => x.step === 'tag')!.why).toMatch(/immutable release: GitHub locks its tag/);
    expect(r.annotations.some((a) => a.level === 'warning' && /tag step is skipped/.test(a.message))).toBe(
      true
    );
    expect(repoOf(w).refs['refs/tags/v1.3.0']).toBeDefined();
    const bad = rel(w, 'v1.3.0').find((x) => !x.draft)!;
    expect(bad.body).toMatch(/SUPERSEDED — DO NOT USE/);
    expect(result(r).notes).toBe('created');
    expect(result(r).crate).toBe('updated');
  });

  test('a yank without a published replacement is refused, quoting the guidance; the other steps run and the step is red', async () => {
    const w = world({ replacementCrate: 'absent' });
    const r = await act(w, { execute: 'true' });
    expect(r.code).toBe(1);
    expect(result(r).crate).toBe('refused');
    expect(r.log).toMatch(
      /crates\.io's guidance is to publish a fixed version first and yank the bad one after/
    );
    expect(crateYanked(w, '1.3.0')).toBe(false);
    expect(result(r).notes).toBe('created');
    expect(result(r).tap).toBe('created');
    // force-yank overrides the refusal, and the re-run converges.
    const forced = await act(w, { execute: 'true', 'force-yank': 'true' });
    expect(forced.code).toBe(0);
    expect(result(forced).crate).toBe('updated');
    expect(crateYanked(w, '1.3.0')).toBe(true);
  });

  test('a fault in one step leaves the others done, and a re-run completes it', async () => {
    const w = world();
    const [o, r] = w.repo.split('/');
    // Octokit sends the ref's slash encoded (`tags%2Fv1.3.0`); GitHub takes either.
    sim.faults.status(new RegExp(`^/repos/${o}/${r}/git/refs/tags(/|%2F)v1\\.3\\.0$`), 500, 20);
    const first = await act(w, { execute: 'true' });
    expect(first.code).toBe(1);
    expect(result(first).tag).toBe('failed');
    expect(result(first).crate).toBe('updated');
    expect(result(first).tap).toBe('created');
    expect(repoOf(w).refs['refs/tags/v1.3.0']).toBeDefined();
    sim.faults.clear();
    const second = await act(w, { execute: 'true' });
    expect(second.code).toBe(0);
    expect(result(second).tag).toBe('updated');
    expect(result(second).crate).toBe('unchanged');
    expect(repoOf(w).refs['refs/tags/v1.3.0']).toBeUndefined();
  });

  test('preflight: a token that cannot push to the tap makes execution refuse before any write', async () => {
    const w = world();
    const before = writes();
    const r = await act(w, { execute: 'true', 'tap-token': READER });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/execution refused, nothing was written: tap/);
    expect(writes()).toBe(before);
    expect(rel(w, 'v1.3.0').find((x) => !x.draft)!.body).not.toMatch(/SUPERSEDED/);
  });

  test("the tracking issue is found by identity and marker: an outsider's copy of the marker is ignored", async () => {
    const w = world();
    addIssue(sim.github, repoOf(w), {
      title: 'Release v1.3.0 rolled back',
      body: '<!-- release-kit:release-rollback tag=v1.3.0 -->\nnothing to see',
      user: 'mallory'
    });
    const r = await act(w, { execute: 'true', steps: 'notes, issue' });
    expect(r.code).toBe(0);
    expect(result(r).issue).toBe('created');
    expect(plan(r).find((x) => x.step === 'issue')!.why).toMatch(/found by author maint and its marker/);
    const titled = repoOf(w).issues.filter((i) => i.title === 'Release v1.3.0 rolled back');
    expect(titled.map((i) => i.user).sort()).toEqual(['maint', 'mallory']);
    expect(titled.find((i) => i.user === 'mallory')!.body).toMatch(/nothing to see/);
  });

  test('a crate the registry does not know fails the crate step (never a green skip); the plan is red', async () => {
    const w = world();
    const r = await act(w, { crate: 'no-such-crate-anywhere', steps: 'crate' });
    expect(r.code).toBe(1);
    expect(result(r).crate).toBe('failed');
    expect(plan(r)[0].why).toMatch(/the registry has no crate no-such-crate-anywhere/);
  });

  test('bad input names what is wrong and what exists', async () => {
    const w = world();
    const r = await act(w, { tag: 'v9.9.9' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/no release has the tag v9\.9\.9\. Published releases: .*v1\.3\.0/);
    const steps = await act(w, { steps: 'notes, launch' });
    expect(steps.code).toBe(1);
    expect(steps.log).toMatch(
      /Input 'steps': "launch" is not accepted; use one or more of: notes, latest, drafts, tag, crate, tap, issue/
    );
  });
});
