import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, ROOT, type RunResult } from '../harness/run-action.js';
import {
  CORPUS,
  fixtureText,
  fromVersion,
  NEW_SHA,
  toVersion,
  type CorpusEntry
} from '../actions/homebrew-bump/corpus.js';
import { intendedDownloads, readBack } from '../actions/homebrew-bump/intended.js';
import { itWithRuby, probeFormula, rubyAvailable, rubySyntaxError } from '../actions/homebrew-bump/ruby.js';
import {
  admin,
  assetBytes,
  CARGO_DIST_FILES,
  fileAt,
  githubRequests,
  sha256,
  startTapSimulator,
  TAP,
  TOKENS
} from '../actions/homebrew-bump/sim-tap.js';
import type { Simulator } from '../../packages/sim/src/index.js';

const BUNDLE = path.join(ROOT, 'dist/homebrew-bump/index.js');
if (!existsSync(BUNDLE))
  throw new Error(
    'dist/homebrew-bump/index.js is missing: run `node scripts/build.mjs --only homebrew-bump` first.'
  );

const ENV = { RELEASE_KIT_TIME_SCALE: '0.01' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Tap Bot', '-c', 'user.email=tap@example.org', '-c', 'init.defaultBranch=main', ...args],
    { cwd, encoding: 'utf8' }
  );
}

/** A git tap in a temp dir holding the given corpus formulas at their tap paths, committed. */
function localTap(entries: CorpusEntry[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-tap-'));
  git(dir, 'init', '-q');
  for (const e of entries) {
    mkdirSync(path.dirname(path.join(dir, e.tapPath)), { recursive: true });
    writeFileSync(path.join(dir, e.tapPath), fixtureText(e));
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial formulas');
  return dir;
}

function bumpInputs(entry: CorpusEntry, version = toVersion(entry)): Record<string, string> {
  return {
    version,
    ...(entry.inputs.sha256s ? {} : { sha256: NEW_SHA(`${entry.name}-${version}`) }),
    ...entry.inputs
  };
}

async function local(tap: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction('homebrew-bump', { inputs: { mode: 'local', 'tap-path': tap, ...inputs }, env: ENV });
}

function expectFailure(r: RunResult, pattern: RegExp): void {
  expect(r.code).toBe(1);
  expect(
    r.annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n')
  ).toMatch(pattern);
}

describe('homebrew-bump, mode local (bundled action through the harness)', () => {
  it.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: bump, re-run is a no-op, rollback restores the text byte for byte',
    async (_shape, entry) => {
      const tap = localTap([entry]);
      const file = path.join(tap, entry.tapPath);
      const original = readFileSync(file, 'utf8');
      const formula = entry.name === 'jet-sharded' ? entry.tapPath : entry.name;

      const first = await local(tap, { formula, ...bumpInputs(entry) });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.outputs.changed).toBe('true');
      const bumped = readFileSync(file, 'utf8');
      expect(bumped).not.toBe(original);
      expect(first.outputs.diff).toContain(`--- a/${entry.tapPath}`);
      expect(first.summary).toContain('```diff');
      expect(first.summary).toContain(`${fromVersion(entry)} → ${toVersion(entry)}`);
      if (rubyAvailable) {
        expect(rubySyntaxError(bumped)).toBe('');
        // Each platform reads exactly the url and sha256 the test meant for it (worked out from the
        // inputs, not from the action's model); platforms without a download still have none.
        const probed = probeFormula(bumped);
        expect(readBack(probed)).toEqual(intendedDownloads(entry, probeFormula(original)));
        for (const values of Object.values(probed)) expect(values.revision).toBe(0);
      }

      const again = await local(tap, { formula, ...bumpInputs(entry) });
      expect(again.code).toBe(0);
      expect(again.outputs.changed).toBe('false');
      expect(again.outputs.diff).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(bumped);
      expect(again.report.writes).toEqual([expect.objectContaining({ result: 'unchanged' })]);

      git(tap, 'commit', '-q', '-am', `${entry.name} ${toVersion(entry)}`);
      const rollback = await local(tap, { formula, 'rollback-to': fromVersion(entry) });
      expect(rollback.code).toBe(0);
      expect(rollback.outputs.changed).toBe('true');
      expect(readFileSync(file, 'utf8')).toBe(original);
    }
  );

  it('handles several formulas in one run and reports each, a failing one not stopping the others', async () => {
    const entries = CORPUS.filter((e) => ['jet', 'jet-sharded', 'jet-bottle'].includes(e.name));
    const tap = localTap(entries);
    const r = await local(tap, { formula: 'jet, nope\njet-sharded\njet-bottle', version: '1.2.3' });
    expect(r.code).toBe(1);
    expect(r.report.data.formulas.map((f: any) => [f.formula, f.status, f.path])).toEqual([
      ['jet', 'up-to-date', 'Formula/jet.rb'],
      ['nope', 'failed', undefined],
      // Found by name in the sharded layout.
      ['jet-sharded', 'up-to-date', 'Formula/j/jet-sharded.rb'],
      ['jet-bottle', 'up-to-date', 'Formula/jet-bottle.rb']
    ]);
    expect(r.summary).toMatch(/\| formula \| path \| from \| to \| result \| pull request \|/);
    expectFailure(r, /nope: Input 'formula': nope is not in the tap/);
    expect(r.outputs.changed).toBe('false');
  });

  it('takes the version from a version tag in GITHUB_REF, and asks for it otherwise', async () => {
    const tap = localTap([CORPUS[0]]);
    // The harness sets GITHUB_REF=refs/tags/v1.2.3, the version the formula is at.
    const fromTag = await local(tap, { formula: 'jet' });
    expect(fromTag.code).toBe(0);
    expect(fromTag.report.data.formulas[0]).toMatchObject({ status: 'up-to-date', toVersion: '1.2.3' });
    const branch = await runAction('homebrew-bump', {
      inputs: { mode: 'local', 'tap-path': tap, formula: 'jet' },
      env: { ...ENV, GITHUB_REF: 'refs/heads/main' }
    });
    expectFailure(
      branch,
      /Input 'version': is required \(GITHUB_REF "refs\/heads\/main" is not a version tag/
    );
  });

  it('dry-run shows the diff and changes nothing', async () => {
    const entry = CORPUS[0];
    const tap = localTap([entry]);
    const r = await local(tap, { formula: 'jet', ...bumpInputs(entry), 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs.changed).toBe('true');
    expect(r.summary).toContain('Dry run');
    expect(r.summary).toContain('+  url "https://github.com/octo-org/jet/archive/refs/tags/v1.3.0.tar.gz"');
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toBe(fixtureText(entry));
  });

  it('fails on a pre-release unless allow-prerelease says what to do: false skips with a notice, true bumps', async () => {
    const entry = CORPUS[0];
    const tap = localTap([entry]);
    const unset = await local(tap, { formula: 'jet', version: '1.3.0-rc.1', sha256: NEW_SHA('rc') });
    expectFailure(unset, /1\.3\.0-rc\.1 is a pre-release.*allow-prerelease: true.*allow-prerelease: false/);
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toBe(fixtureText(entry));
    const r = await local(tap, {
      formula: 'jet',
      version: '1.3.0-rc.1',
      sha256: NEW_SHA('rc'),
      'allow-prerelease': 'false'
    });
    expect(r.code).toBe(0);
    expect(r.outputs.changed).toBe('false');
    expect(r.annotations).toContainEqual({
      level: 'notice',
      message: expect.stringContaining('1.3.0-rc.1 is a pre-release')
    });
    expect(r.report.data.formulas[0]).toMatchObject({ status: 'skipped' });
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toBe(fixtureText(entry));
    const allowed = await local(tap, {
      formula: 'jet',
      version: '1.3.0-rc.1',
      sha256: NEW_SHA('rc'),
      'allow-prerelease': 'true'
    });
    expect(allowed.code).toBe(0);
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toContain('v1.3.0-rc.1.tar.gz');
  });

  it('fails closed: an edit that would not read back as planned is shown as a diff and not written', async () => {
    // No version line and a new file name Homebrew reads as version 64: the bump would ship "64".
    const tap = localTap([CORPUS[0]]);
    const file = path.join(tap, CORPUS[0].tapPath);
    const before = readFileSync(file, 'utf8');
    const r = await local(tap, {
      formula: 'jet',
      version: '1.3.0',
      url: 'https://github.com/octo-org/jet/releases/download/{tag}/jet_Darwin_arm64.tar.gz',
      sha256: NEW_SHA('64')
    });
    expectFailure(r, /nothing was written: darwin-arm64, .*Homebrew would read version 64 .* not 1\.3\.0/);
    expect(r.outputs.changed).toBe('false');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reads a go-style source name as Homebrew does, so a downgrade is refused', async () => {
    const entry = CORPUS.find((e) => e.name === 'jet-go-src')!;
    const tap = localTap([entry]);
    const file = path.join(tap, entry.tapPath);
    const down = await local(tap, { formula: 'jet-go-src', version: '1.0.0', sha256: NEW_SHA('down') });
    expectFailure(down, /jet-go-src is at 1\.2\.3; 1\.0\.0 is older/);
    expect(readFileSync(file, 'utf8')).toBe(fixtureText(entry));
  });

  it('refuses a downgrade unless allowed', async () => {
    const entry = CORPUS[0];
    const tap = localTap([entry]);
    const r = await local(tap, { formula: 'jet', version: '1.2.0', sha256: NEW_SHA('old') });
    expectFailure(r, /jet is at 1\.2\.3; 1\.2\.0 is older.*allow-downgrade/);
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toBe(fixtureText(entry));
    const allowed = await local(tap, {
      formula: 'jet',
      version: '1.2.0',
      sha256: NEW_SHA('old'),
      'allow-downgrade': 'true'
    });
    expect(allowed.code).toBe(0);
    expect(readFileSync(path.join(tap, entry.tapPath), 'utf8')).toContain('v1.2.0.tar.gz');
  });

  describe('hostile inputs are refused with a message naming the input', () => {
    const tap = localTap([CORPUS[0]]);
    const sha = NEW_SHA('x');
    it.each([
      [
        'version with a quote',
        { version: '1.3.0"; system "id"; "', sha256: sha },
        /Input 'version'.*not a version/
      ],
      ['version with #{…}', { version: '1.3.0#{`id`}', sha256: sha }, /Input 'version'/],
      ['version with a newline', { version: '1.3.0\nsystem "id"', sha256: sha }, /Input 'version'/],
      [
        'url with a quote',
        { version: '1.3.0', sha256: sha, url: 'https://x.example/a".tgz' },
        /Input 'url'.*quote/
      ],
      [
        'url with #{…}',
        { version: '1.3.0', sha256: sha, url: 'https://x.example/#{`id`}.tgz' },
        /Input 'url'.*#/
      ],
      [
        'url with a newline',
        { version: '1.3.0', sha256: sha, url: 'https://x.example/a.tgz\nsystem "id"' },
        /Input 'url'.*whitespace/
      ],
      [
        'url over http',
        { version: '1.3.0', sha256: sha, url: 'http://x.example/a.tgz' },
        /Input 'url'.*https/
      ],
      ['sha256 with a quote', { version: '1.3.0', sha256: `${sha}"` }, /Input 'sha256'.*64 hexadecimal/],
      [
        'urls with a backslash',
        { version: '1.3.0', urls: 'darwin-arm64=https://x.example/a\\b.tgz' },
        /Input 'urls \(darwin-arm64\)'.*backslash/
      ],
      ['tag with a quote', { version: '1.3.0', sha256: sha, tag: 'v1"x' }, /Input 'tag'/],
      [
        'formula path escaping the tap',
        { formula: '../../etc/passwd.rb', version: '1.3.0', sha256: sha },
        /Input 'formula'/
      ]
    ])('%s', async (_name, inputs, pattern) => {
      const r = await local(tap, { formula: 'jet', ...inputs });
      expectFailure(r, pattern);
      expect(readFileSync(path.join(tap, 'Formula/jet.rb'), 'utf8')).toBe(fixtureText(CORPUS[0]));
    });
  });

  it('fails when a pull-request mode has no token, saying what to configure', async () => {
    const r = await runAction('homebrew-bump', {
      inputs: { tap: 'octo-org/homebrew-tap', formula: 'jet', version: '1.3.0' },
      env: ENV
    });
    expectFailure(r, /Input 'token'.*GITHUB_TOKEN cannot write to another repository/s);
  });

  itWithRuby('ruby is present for the formula checks', () => expect(rubyAvailable).toBe(true));
});

describe('homebrew-bump through the simulated GitHub API (bundled action through the harness)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startTapSimulator();
  });
  afterAll(async () => {
    await sim?.stop();
  });

  async function api(
    inputs: Record<string, string>,
    token = TOKENS.maintainer,
    on = sim
  ): Promise<RunResult & { requests: ReturnType<typeof githubRequests> }> {
    const before = githubRequests(on).length;
    const r = await runAction('homebrew-bump', {
      inputs: { tap: TAP, token, ...inputs },
      env: { ...ENV, GITHUB_API_URL: on.urls.github }
    });
    return { ...r, requests: githubRequests(on).slice(before) };
  }
  const writes = <T extends { method: string }>(requests: T[]): T[] =>
    requests.filter((q) => q.method !== 'GET');

  it.each(CORPUS.map((e) => [e.shape, e] as const))(
    '%s: PR created in ≤ 6 requests, re-run makes nothing new, rollback restores the text byte for byte',
    async (_shape, entry) => {
      const original = fixtureText(entry);
      const formula = entry.name === 'jet-sharded' ? entry.tapPath : entry.name;
      const first = await api({ formula, ...bumpInputs(entry) });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.requests.length).toBeLessThanOrEqual(6);
      expect(first.outputs['pull-request-number']).toMatch(/^\d+$/);
      expect(first.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/);
      expect(first.outputs.changed).toBe('true');
      expect(first.summary).toContain(first.outputs['pull-request-url']);
      const pull = await admin(sim, 'GET', `/repos/${TAP}/pulls/${first.outputs['pull-request-number']}`);
      expect(pull.head.ref).toBe(`bump-${entry.name}-${toVersion(entry)}`);
      expect(pull.base.ref).toBe('main');
      expect(pull.title).toBe(`${entry.name} ${toVersion(entry)}`);
      const onBranch = (await fileAt(sim, TAP, entry.tapPath, pull.head.ref))!;
      expect(await fileAt(sim, TAP, entry.tapPath, 'main')).toBe(original);
      // The same edit as local mode makes, byte for byte.
      expect(first.outputs.diff).toContain(`+++ b/${entry.tapPath}`);
      if (rubyAvailable) {
        expect(rubySyntaxError(onBranch)).toBe('');
        expect(readBack(probeFormula(onBranch))).toEqual(intendedDownloads(entry, probeFormula(original)));
      }

      const again = await api({ formula, ...bumpInputs(entry) });
      expect(again.code).toBe(0);
      expect(writes(again.requests)).toEqual([
        expect.objectContaining({ method: 'POST', path: `/repos/${TAP}/git/refs`, status: 422 })
      ]);
      expect(again.requests.length).toBeLessThanOrEqual(6);
      expect(again.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
      expect(again.outputs.changed).toBe('false');
      expect(
        again.requests.some((q) => q.path === `/repos/${TAP}/pulls` && /head=octo-org%3Abump-/.test(q.query))
      ).toBe(true);
      expect(again.requests.some((q) => q.path.startsWith('/search'))).toBe(false);
      const open = await admin(
        sim,
        'GET',
        `/repos/${TAP}/pulls?state=open&head=octo-org:bump-${entry.name}-${toVersion(entry)}`
      );
      expect(open).toHaveLength(1);

      await admin(sim, 'PUT', `/repos/${TAP}/pulls/${pull.number}/merge`, { merge_method: 'squash' });
      expect(await fileAt(sim, TAP, entry.tapPath, 'main')).toBe(onBranch);
      const rollback = await api({ formula, 'rollback-to': fromVersion(entry) });
      expect(rollback.code).toBe(0);
      const rollbackPull = await admin(
        sim,
        'GET',
        `/repos/${TAP}/pulls/${rollback.outputs['pull-request-number']}`
      );
      expect(rollbackPull.head.ref).toBe(`rollback-${entry.name}-${fromVersion(entry)}`);
      expect(await fileAt(sim, TAP, entry.tapPath, rollbackPull.head.ref)).toBe(original);
    }
  );

  it('push mode commits on the base branch in 3 requests', async () => {
    const entry = CORPUS.find((e) => e.name === 'jet-head')!;
    const r = await api({ formula: 'jet-head', mode: 'push', version: '1.4.0', sha256: NEW_SHA('push') });
    expect(r.code).toBe(0);
    expect(r.requests.map((q) => `${q.method} ${q.status}`)).toEqual(['GET 200', 'GET 200', 'PUT 200']);
    const main = (await fileAt(sim, TAP, entry.tapPath, 'main'))!;
    expect(main).toContain('v1.4.0.tar.gz');
    const commit = await admin(sim, 'GET', `/repos/${TAP}/commits/main`);
    expect(commit.sha).toBe(r.outputs['commit-sha']);
    expect(commit.commit.message).toBe('jet-head 1.4.0');
    const again = await api({ formula: 'jet-head', mode: 'push', version: '1.4.0', sha256: NEW_SHA('push') });
    expect(again.code).toBe(0);
    expect(writes(again.requests)).toEqual([]);
    expect(again.summary).toContain('up to date');
  });

  it('commits made with a GitHub App token show as verified', async () => {
    const r = await api({ formula: 'jet-resources', version: '1.7.0', sha256: NEW_SHA('app') }, TOKENS.app);
    expect(r.code).toBe(0);
    const commit = await admin(sim, 'GET', `/repos/${TAP}/commits/${r.outputs['commit-sha']}`);
    expect(commit.commit.verification.verified).toBe(true);
    expect(commit.commit.message).toBe('jet-resources 1.7.0');
  });

  it('resets a branch left from a closed pull request, then opens a new one', async () => {
    const main = await admin(sim, 'GET', `/repos/${TAP}/git/ref/heads/main`);
    const readme = await admin(sim, 'PUT', `/repos/${TAP}/contents/STALE.md`, {
      message: 'stale work',
      content: Buffer.from('old\n').toString('base64'),
      branch: 'main'
    });
    await admin(sim, 'POST', `/repos/${TAP}/git/refs`, {
      ref: 'refs/heads/bump-jet-head-1.8.0',
      sha: readme.commit.sha
    });
    await admin(sim, 'PATCH', `/repos/${TAP}/git/refs/heads/main`, { sha: main.object.sha, force: true });
    const r = await api({ formula: 'jet-head', version: '1.8.0', sha256: NEW_SHA('stale') });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('existed without an open pull request; it was reset to main');
    const pull = await admin(sim, 'GET', `/repos/${TAP}/pulls/${r.outputs['pull-request-number']}`);
    expect(pull.head.ref).toBe('bump-jet-head-1.8.0');
    expect(await fileAt(sim, TAP, 'STALE.md', 'bump-jet-head-1.8.0')).toBeUndefined();
    expect(await fileAt(sim, TAP, 'Formula/jet-head.rb', 'bump-jet-head-1.8.0')).toContain('v1.8.0.tar.gz');
  });

  it('names a missing base branch', async () => {
    const r = await api({
      formula: 'jet',
      version: '1.9.0',
      sha256: NEW_SHA('nb'),
      'base-branch': 'release/9'
    });
    expectFailure(r, /Input 'base-branch': octo-org\/homebrew-tap has no branch release\/9/);
  });

  it('dry-run reads, shows the diff and writes nothing', async () => {
    const r = await api({ formula: 'jet', version: '1.5.0', sha256: NEW_SHA('dry'), 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(writes(r.requests)).toEqual([]);
    expect(r.summary).toContain('```diff');
    expect(r.summary).toContain('+  url "https://github.com/octo-org/jet/archive/refs/tags/v1.5.0.tar.gz"');
    expect(r.outputs.changed).toBe('true');
    expect(r.outputs['pull-request-url']).toBe('');
  });

  it('forks and opens the pull request from the fork when the token cannot push', async () => {
    const r = await api(
      { formula: 'jet-revision', version: '1.3.1', sha256: NEW_SHA('fork'), labels: 'release, homebrew' },
      TOKENS.outsider
    );
    expect(r.code).toBe(0);
    expect(r.requests.some((q) => q.method === 'POST' && q.path === `/repos/${TAP}/forks`)).toBe(true);
    const pull = await admin(sim, 'GET', `/repos/${TAP}/pulls/${r.outputs['pull-request-number']}`);
    expect(pull.head.label).toBe('outsider:bump-jet-revision-1.3.1');
    // An outside contributor cannot label pull requests upstream (GitHub answers 403): a warning, not a failure.
    expect(pull.labels).toEqual([]);
    expect(r.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('labels release, homebrew not added')
    });
    expect(
      await fileAt(sim, 'outsider/homebrew-tap', 'Formula/jet-revision.rb', 'bump-jet-revision-1.3.1')
    ).toContain('v1.3.1.tar.gz');
    expect(r.summary).toContain('from the fork outsider/homebrew-tap');
    const again = await api(
      { formula: 'jet-revision', version: '1.3.1', sha256: NEW_SHA('fork') },
      TOKENS.outsider
    );
    expect(again.outputs['pull-request-number']).toBe(r.outputs['pull-request-number']);
    // Forking again only returns the existing fork (GitHub documents it as idempotent); nothing else is written.
    expect(writes(again.requests).filter((q) => q.status < 400 && !q.path.endsWith('/forks'))).toEqual([]);
  });

  it('updates an open pull request instead of opening a second one', async () => {
    const first = await api({
      formula: 'jet-version',
      version: '1.6.0',
      sha256: NEW_SHA('a'),
      url: 'https://github.com/octo-org/jet-version/releases/download/{tag}/jet-version.tar.gz'
    });
    expect(first.code).toBe(0);
    const second = await api({
      formula: 'jet-version',
      version: '1.6.0',
      sha256: NEW_SHA('b'),
      url: 'https://github.com/octo-org/jet-version/releases/download/{tag}/jet-version.tar.gz'
    });
    expect(second.code).toBe(0);
    expect(second.outputs['pull-request-number']).toBe(first.outputs['pull-request-number']);
    expect(second.report.writes).toEqual([
      expect.objectContaining({ kind: 'pull-request', result: 'updated' })
    ]);
    expect(await fileAt(sim, TAP, 'Formula/jet-version.rb', 'bump-jet-version-1.6.0')).toContain(
      NEW_SHA('b')
    );
    expect(
      await admin(sim, 'GET', `/repos/${TAP}/pulls?state=open&head=octo-org:bump-jet-version-1.6.0`)
    ).toHaveLength(1);
  });

  it('computes missing sha256s from SHA256SUMS, sidecars and digests of the release, for several formulas in one run', async () => {
    const urls = ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64']
      .map(
        (k, i) =>
          `${k}=https://github.com/octo-org/{formula}/releases/download/{tag}/{formula}-${CARGO_DIST_FILES[i]}`
      )
      .join('\n');
    // A simulator of its own: the corpus test above already merged these formulas at 1.3.0.
    const own = await startTapSimulator();
    try {
      const r = await api(
        {
          formula: 'jet-cargo-dist\njet-on-blocks',
          version: '1.3.0',
          urls,
          branch: 'bump-platform-formulas'
        },
        TOKENS.maintainer,
        own
      );
      expect(r.code).toBe(0);
      const numbers = r.outputs['pull-request-number'].split('\n');
      expect(numbers).toHaveLength(2);
      expect(numbers[0]).toBe(numbers[1]);
      for (const name of ['jet-cargo-dist', 'jet-on-blocks']) {
        const text = (await fileAt(own, TAP, `Formula/${name}.rb`, 'bump-platform-formulas'))!;
        for (const f of CARGO_DIST_FILES) expect(text).toContain(sha256(assetBytes(name, f)));
      }
      expect(r.summary).toMatch(/from SHA256SUMS\.txt/);
      expect(r.summary).toMatch(/from jet-on-blocks-aarch64-apple-darwin\.tar\.xz\.sha256/);
      expect(r.report.data.formulas.map((f: { status: string }) => f.status)).toEqual(['changed', 'changed']);
    } finally {
      await own.stop();
    }
  });

  it('fails when the release disagrees with itself about a sha256', async () => {
    const urls = ['Darwin_arm64', 'Darwin_x86_64', 'Linux_arm64', 'Linux_x86_64']
      .map(
        (p, i) =>
          `${['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64'][i]}=https://github.com/octo-org/jet-goreleaser/releases/download/{tag}/jet-goreleaser_${p}.tar.gz`
      )
      .join('\n');
    const own = await startTapSimulator();
    try {
      const r = await api(
        { formula: 'jet-goreleaser', version: '1.3.0', urls, 'dry-run': 'true' },
        TOKENS.maintainer,
        own
      );
      expectFailure(
        r,
        /disagrees with itself about jet-goreleaser_Darwin_arm64\.tar\.gz's SHA-256 \(the release asset digest: [0-9a-f]{64}; jet-goreleaser_1\.3\.0_checksums\.txt: 0{64}\)/
      );
    } finally {
      await own.stop();
    }
  });

  it('fails loudly for a token that cannot see the tap', async () => {
    const r = await runAction('homebrew-bump', {
      inputs: {
        tap: 'octo-org/homebrew-missing',
        token: TOKENS.maintainer,
        formula: 'jet',
        version: '1.3.0',
        sha256: NEW_SHA('x')
      },
      env: { ...ENV, GITHUB_API_URL: sim.urls.github }
    });
    expectFailure(
      r,
      /octo-org\/homebrew-missing was not found with the token in 'token'.*GITHUB_TOKEN only reaches its own repository/s
    );
  });

  it('fails loudly for the GITHUB_TOKEN of another repository and for a read-only token, saying what to configure', async () => {
    const other = await api(
      { formula: 'jet', version: '1.3.0', sha256: NEW_SHA('x') },
      TOKENS.otherRepoGithubToken
    );
    expectFailure(
      other,
      /Could not create branch bump-jet-1\.3\.0 in octo-org\/homebrew-tap \(403\).*the workflow GITHUB_TOKEN usually cannot.*contents: write and pull-requests: write/s
    );
    expect(writes(other.requests).filter((q) => q.status < 400)).toEqual([]);
    const readOnly = await api(
      { formula: 'jet-livecheck', version: '1.3.0', sha256: NEW_SHA('ro') },
      TOKENS.readOnlyApp
    );
    expectFailure(
      readOnly,
      /Could not create branch bump-jet-livecheck-1\.3\.0 in octo-org\/homebrew-tap \(403\)/
    );
    expect(writes(readOnly.requests).filter((q) => q.status < 400)).toEqual([]);
    const forkless = await api(
      { formula: 'jet-livecheck', version: '1.3.0', sha256: NEW_SHA('ro') },
      'rk_test_nobody'
    );
    expectFailure(forkless, /The token in 'token' was rejected by GitHub \(401/);
    const push = await api(
      { formula: 'jet-livecheck', mode: 'push', version: '1.3.0', sha256: NEW_SHA('ro') },
      TOKENS.outsider
    );
    expectFailure(push, /can read octo-org\/homebrew-tap but cannot push to it, which mode: push needs/);
    expect(writes(push.requests)).toEqual([]);
  });

  it('rolls back through the push path, finding the version in the formula history', async () => {
    const entry = CORPUS.find((e) => e.name === 'jet-mirror')!;
    expect(
      (await api({ formula: 'jet-mirror', mode: 'push', version: '2.0.0', sha256: NEW_SHA('m2') })).code
    ).toBe(0);
    const at200 = (await fileAt(sim, TAP, entry.tapPath, 'main'))!;
    expect(
      (await api({ formula: 'jet-mirror', mode: 'push', version: '2.1.0', sha256: NEW_SHA('m21') })).code
    ).toBe(0);
    const r = await api({ formula: 'jet-mirror', mode: 'push', 'rollback-to': '2.0.0' });
    expect(r.code).toBe(0);
    expect(
      r.requests.some(
        (q) => q.path === `/repos/${TAP}/commits` && /path=Formula%2Fjet-mirror\.rb/.test(q.query)
      )
    ).toBe(true);
    expect(await fileAt(sim, TAP, entry.tapPath, 'main')).toBe(at200);
    expect((await api({ formula: 'jet-mirror', mode: 'push', 'rollback-to': '1.2.3' })).code).toBe(0);
    expect(await fileAt(sim, TAP, entry.tapPath, 'main')).toBe(fixtureText(entry));
    const missing = await api({ formula: 'jet-mirror', mode: 'push', 'rollback-to': '0.9.0' });
    expectFailure(
      missing,
      /Input 'rollback-to': no commit in the history of Formula\/jet-mirror\.rb.*has version 0\.9\.0/
    );
  });
});
