import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type RunResult } from '../harness/run-action.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';

// End to end: the bundled action (dist/verify-release-assets, build it with
// `node scripts/build.mjs --only verify-release-assets`) against simulator releases.

const OWNER = 'octo-org';
const TARGETS = 'linux-amd64, linux-arm64, macos-intel, macos-silicon, windows-amd64.exe';
const CARO_EXPECTED = 'caro-{version}-{target}\ncaro-{version}-{target}.sha256';
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let sim: Simulator;
let repoCounter = 0;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

interface AssetSpec {
  name: string;
  content: string | Buffer;
  state?: string;
  digest?: string | null;
}

function caroAssets(version = '1.2.3'): AssetSpec[] {
  const out: AssetSpec[] = [];
  for (const t of TARGETS.split(', ')) {
    const content = `caro ${version} for ${t}\n`.repeat(50);
    out.push({ name: `caro-${version}-${t}`, content });
    out.push({ name: `caro-${version}-${t}.sha256`, content: `${sha(content)}  caro-${version}-${t}\n` });
  }
  return out;
}

/** A fresh repository with the given releases; returns its name. */
function seed(releases: { tag_name?: string; draft?: boolean; assets: AssetSpec[] }[]): string {
  const name = `repo-${++repoCounter}`;
  sim.gh.addRepo({ owner: OWNER, name, releases: releases.map((r) => ({ tag_name: 'v1.2.3', ...r })) });
  return name;
}

function releaseOf(repo: string, index = 0) {
  return sim.gh.repo(OWNER, repo).releases[index];
}

async function verify(repo: string, inputs: Record<string, string> = {}, cwd?: string): Promise<RunResult> {
  return runAction('verify-release-assets', {
    inputs: {
      token: sim.adminToken,
      repository: `${OWNER}/${repo}`,
      expected: CARO_EXPECTED,
      targets: TARGETS,
      ...inputs
    },
    env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' },
    cwd
  });
}

/** GitHub API requests for a repository, apart from asset downloads. */
function apiRequests(repo: string) {
  return sim.server
    .requests({ service: 'github', path: new RegExp(`^/repos/${OWNER}/${repo}/`) })
    .filter((e) => !/\/releases\/assets\/\d+$/.test(e.path));
}

function downloads(repo: string) {
  return sim.server.requests({
    service: 'github',
    path: new RegExp(`^/repos/${OWNER}/${repo}/releases/assets/\\d+$`)
  });
}

describe('verify-release-assets (bundled, against the simulator)', () => {
  test('the caro layout complete passes with 10 verified, a summary led by the verdict, and a JSON report', async () => {
    const repo = seed([{ assets: caroAssets() }]);
    const r = await verify(repo);
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('10');
    expect(JSON.parse(r.outputs.missing)).toEqual([]);
    expect(JSON.parse(r.outputs.unexpected)).toEqual([]);
    expect(JSON.parse(r.outputs.mismatched)).toEqual([]);
    const lines = r.summary.split('\n').filter(Boolean);
    expect(lines[1]).toBe('✅ All 10 expected assets are present and verified.');
    expect(r.summary).toContain('| asset | size | sha256 | status |');
    const content = caroAssets()[0].content as string;
    expect(r.summary).toContain(
      `| caro-1.2.3-linux-amd64 | ${(content.length / 1024).toFixed(2)} KiB | \`${sha(content)}\` | ✅ verified |`
    );
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.assets).toHaveLength(10);
    const row = report.assets.find((a: any) => a.name === 'caro-1.2.3-windows-amd64.exe');
    expect(row).toMatchObject({
      size: expect.any(Number),
      status: 'ok',
      expectedSource: 'sidecar caro-1.2.3-windows-amd64.exe.sha256',
      actualSource: 'the API digest'
    });
    expect(row.expectedSha256).toBe(row.actualSha256);
    expect(r.report.status).toBe('success');
    // One request for the release, one for its (10) assets, plus the 5 sidecars read.
    expect(apiRequests(repo)).toHaveLength(2);
    expect(downloads(repo)).toHaveLength(5);
  });

  test('download: always streams and hashes every asset', async () => {
    const repo = seed([{ assets: caroAssets() }]);
    const r = await verify(repo, { download: 'always' });
    expect(r.code).toBe(0);
    expect(downloads(repo)).toHaveLength(10);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.assets.every((a: any) => a.actualSource === 'the downloaded bytes')).toBe(true);
  });

  test('one asset missing fails and names it', async () => {
    const repo = seed([{ assets: caroAssets().filter((a) => a.name !== 'caro-1.2.3-macos-silicon') }]);
    const r = await verify(repo, { checksums: 'none' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.missing)).toEqual(['caro-1.2.3-macos-silicon']);
    expect(r.outputs.verified).toBe('9');
    expect(r.summary.split('\n').filter(Boolean)[1]).toMatch(
      /^❌ Release assets failed verification: 1 missing/
    );
    expect(r.summary).toContain('| caro-1.2.3-macos-silicon |  |  | ❌ missing |');
    expect(
      r.annotations.some((a) => a.level === 'error' && a.message.includes('caro-1.2.3-macos-silicon'))
    ).toBe(true);
  });

  test('an asset uploaded late appears during wait-timeout and the check passes', async () => {
    const all = caroAssets();
    const late = all.find((a) => a.name === 'caro-1.2.3-linux-arm64')!;
    const repo = seed([{ assets: all.filter((a) => a !== late) }]);
    const rel = releaseOf(repo);
    const listPath = `/repos/${OWNER}/${repo}/releases/${rel.id}/assets`;
    const running = verify(repo, { 'wait-timeout': '10m', 'poll-interval': '5s' });
    // Upload it once the action has looked at least once (so it really waits): first as an unfinished upload.
    const deadline = Date.now() + 20_000;
    while (sim.server.requests({ service: 'github', path: listPath }).length < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const starter = sim.gh.addStarterAsset(rel.id, late.name, Buffer.from('partial'));
    while (sim.server.requests({ service: 'github', path: listPath }).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    Object.assign(starter, {
      state: 'uploaded',
      data: Buffer.from(late.content),
      size: late.content.length,
      digest: `sha256:${sha(late.content)}`
    });
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('10');
    expect(sim.server.requests({ service: 'github', path: listPath }).length).toBeGreaterThanOrEqual(3);
    expect(r.log).toMatch(/Poll 1: 1 expected asset\(s\) not uploaded yet \(caro-1.2.3-linux-arm64\)/);
  });

  test('a late asset that never arrives fails at the deadline as missing', async () => {
    const repo = seed([{ assets: caroAssets().filter((a) => a.name !== 'caro-1.2.3-linux-arm64') }]);
    const r = await verify(repo, { 'wait-timeout': '2m', 'poll-interval': '5s', checksums: 'none' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.missing)).toEqual(['caro-1.2.3-linux-arm64']);
    const rel = releaseOf(repo);
    expect(
      sim.server.requests({ service: 'github', path: `/repos/${OWNER}/${repo}/releases/${rel.id}/assets` })
        .length
    ).toBeGreaterThanOrEqual(3);
  });

  test('a wrong sidecar is a mismatch naming both sources', async () => {
    const assets = caroAssets();
    assets.find((a) => a.name === 'caro-1.2.3-macos-intel.sha256')!.content =
      `${'0'.repeat(64)}  caro-1.2.3-macos-intel\n`;
    const repo = seed([{ assets }]);
    const r = await verify(repo);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.mismatched)).toEqual(['caro-1.2.3-macos-intel']);
    expect(r.summary).toContain('❌ checksum mismatch');
    expect(r.summary).toMatch(
      /caro-1\.2\.3-macos-intel: sidecar caro-1\.2\.3-macos-intel\.sha256 says 000000000000…, but the API digest says [0-9a-f]{12}…/
    );
  });

  test('a checksum file disagreeing with the API digest is a mismatch; its line for an absent asset is reported', async () => {
    const linux = 'jet linux build\n';
    const mac = 'jet mac build\n';
    const sums = `${sha(linux)}  jet-1.2.3-linux.tar.gz\n${sha(mac)}  jet-1.2.3-mac.tar.gz\n${sha('win')}  jet-1.2.3-windows.zip\n`;
    const repo = seed([
      {
        assets: [
          { name: 'jet-1.2.3-linux.tar.gz', content: linux },
          // The API reports a digest that the bytes and the checksum file do not have.
          { name: 'jet-1.2.3-mac.tar.gz', content: mac, digest: `sha256:${sha('something else')}` },
          { name: 'SHA256SUMS.txt', content: sums }
        ]
      }
    ]);
    const r = await verify(repo, {
      expected: 'jet-{version}-linux.tar.gz\njet-{version}-mac.tar.gz\nSHA256SUMS.txt',
      targets: ''
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.mismatched)).toEqual(['jet-1.2.3-mac.tar.gz']);
    expect(r.summary).toContain(
      `jet-1.2.3-mac.tar.gz: SHA256SUMS.txt line 2 says ${sha(mac).slice(0, 12)}…, but the API digest says ${sha('something else').slice(0, 12)}…`
    );
    expect(r.summary).toContain(
      'Checksums are listed for assets the release lacks: jet-1.2.3-windows.zip (SHA256SUMS.txt line 3)'
    );
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.listedAbsent).toEqual([{ name: 'jet-1.2.3-windows.zip', source: 'SHA256SUMS.txt line 3' }]);
  });

  test('checksums naming a file by template reads that file; a named file the release lacks fails', async () => {
    const linux = 'jet linux build\n';
    const repo = seed([
      {
        assets: [
          { name: 'jet-1.2.3-linux.tar.gz', content: linux },
          { name: 'jet-1.2.3.sums', content: `${sha(linux)}  jet-1.2.3-linux.tar.gz\n` }
        ]
      }
    ]);
    const inputs = { expected: 'jet-{version}-linux.tar.gz\njet-{version}.sums', targets: '' };
    const r = await verify(repo, { ...inputs, checksums: 'jet-{version}.sums' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('checksum file jet-1.2.3.sums');
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report.assets[0].expectedSource).toBe('jet-1.2.3.sums line 1');
    const absent = await verify(repo, { ...inputs, checksums: 'SHA512SUMS' });
    expect(absent.code).toBe(1);
    expect(absent.summary).toContain(
      "The checksum file SHA512SUMS named in 'checksums' is not on the release."
    );
  });

  test('a starter asset is reported broken, not present', async () => {
    const all = caroAssets();
    const repo = seed([{ assets: all.filter((a) => a.name !== 'caro-1.2.3-macos-intel') }]);
    sim.gh.addStarterAsset(releaseOf(repo).id, 'caro-1.2.3-macos-intel', Buffer.from('half an upl'));
    const r = await verify(repo);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.missing)).toEqual(['caro-1.2.3-macos-intel']);
    expect(r.summary).toContain('❌ broken: upload never finished');
    expect(r.summary).toMatch(/1 broken \(upload never finished\)/);
  });

  test('a draft release is found and verified; two drafts for the tag are an error naming them', async () => {
    const repo = seed([{ draft: true, assets: caroAssets() }]);
    const r = await verify(repo);
    expect(r.code).toBe(0);
    expect(r.summary).toMatch(/draft release v1\.2\.3 \(id \d+\)/);

    const twice = seed([
      { draft: true, assets: caroAssets() },
      { draft: true, assets: caroAssets().slice(0, 4) }
    ]);
    const ids = sim.gh.repo(OWNER, twice).releases.map((x) => x.id);
    const r2 = await verify(twice);
    expect(r2.code).toBe(1);
    const error = r2.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toMatch(
      new RegExp(
        `2 draft releases with tag v1\\.2\\.3 \\(ids (${ids.join(', ')}|${[...ids].reverse().join(', ')})\\)`
      )
    );
    for (const id of ids) expect(r2.summary).toContain(`| ${id} |`);
  });

  test('250 assets: pagination at 100 per page, one request for the release and one per page', async () => {
    const assets = Array.from({ length: 250 }, (_, i) => ({
      name: `part-${String(i).padStart(3, '0')}.bin`,
      content: `part ${i}\n`
    }));
    const repo = seed([{ assets }]);
    const expected = assets.map((a) => a.name).join('\n');
    const r = await verify(repo, { expected, targets: '', checksums: 'none' });
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('250');
    const reqs = apiRequests(repo);
    expect(reqs.map((e) => e.path.replace(/\d+/g, 'N'))).toEqual([
      `/repos/${OWNER}/${repo.replace(/\d+/g, 'N')}/releases/tags/vN.N.N`,
      ...Array(3).fill(`/repos/${OWNER}/${repo.replace(/\d+/g, 'N')}/releases/N/assets`)
    ]);
    expect(reqs.slice(1).map((e) => new URLSearchParams(e.query).get('per_page'))).toEqual([
      '100',
      '100',
      '100'
    ]);
    expect(downloads(repo)).toHaveLength(0);
  });

  test('transient 502s and a 429 during listing and download are ridden out', async () => {
    const repo = seed([{ assets: caroAssets() }]);
    const rel = releaseOf(repo);
    const listPath = `/repos/${OWNER}/${repo}/releases/${rel.id}/assets`;
    const firstAsset = rel.assets[0].id;
    sim.faults.status(listPath, 502, 2);
    sim.faults.primaryRateLimit(listPath, 1, 1);
    sim.faults.status(`/repos/${OWNER}/${repo}/releases/assets/${firstAsset}`, 502, 1);
    sim.faults.primaryRateLimit(`/repos/${OWNER}/${repo}/releases/assets/${firstAsset}`, 1, 1);
    sim.faults.status(new RegExp(`^/assets/${rel.assets[2].id}/`), 502, 2, 'downloads');
    const r = await verify(repo, { download: 'always' });
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('10');
    const listing = sim.server.requests({ service: 'github', path: listPath });
    expect(listing.map((e) => e.status)).toEqual([502, 502, 429, 200]);
    expect(
      downloads(repo)
        .filter((e) => e.path.endsWith(`/${firstAsset}`))
        .map((e) => e.status)
    ).toEqual([502, 429, 302]);
    const fromStorage = sim.server.requests({
      service: 'downloads',
      path: new RegExp(`^/assets/${rel.assets[2].id}/`)
    });
    expect(fromStorage.map((e) => e.status)).toEqual([502, 502, 200]);
  });

  test('a truncated download is retried, and is never a pass when it stays truncated', async () => {
    const big = Buffer.alloc(512 * 1024, 7);
    const repo = seed([{ assets: [{ name: 'big.bin', content: big }] }]);
    const id = releaseOf(repo).assets[0].id;
    const storage = new RegExp(`^/assets/${id}/`);
    sim.faults.truncate(storage, 1000);
    const once = await verify(repo, { expected: 'big.bin', targets: '', download: 'always' });
    expect(once.code).toBe(0);
    expect(once.log).toMatch(/Retrying the download of big\.bin \(attempt 2\)/);
    expect(sim.server.requests({ service: 'downloads', path: storage }).map((e) => e.fault ?? 'ok')).toEqual([
      'truncate',
      'ok'
    ]);

    for (let i = 0; i < 3; i++) sim.faults.truncate(storage, 1000 + i);
    const always = await verify(repo, { expected: 'big.bin', targets: '', download: 'always' });
    expect(always.code).toBe(1);
    expect(always.outputs.verified).toBe('0');
    expect(always.summary).not.toContain('✅ verified');
    // Usually the partial body reaches the hash first (a mismatch: cut short); when the connection error
    // overtakes it, the web stream drops the queued bytes and it is a failed download. Both fail the step.
    const report = JSON.parse(readFileSync(always.outputs.report, 'utf8'));
    expect([...report.mismatched.map((m: any) => m.name), ...report.downloadFailed]).toEqual(['big.bin']);
    expect(always.summary).toMatch(
      /big\.bin: the download (was cut short after \d+ of 524288 bytes|failed: terminated)/
    );
    expect(
      sim.server.requests({ service: 'downloads', path: storage }).filter((e) => e.fault === 'truncate')
    ).toHaveLength(4);
  });

  test('a YAML manifest in the workspace gives the expected set, with sizes and digests checked', async () => {
    const assets = caroAssets();
    const repo = seed([{ assets }]);
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'rk-vra-ws-'));
    const amd64 = assets[0].content as string;
    writeFileSync(
      path.join(workspace, 'release-assets.yml'),
      [
        'targets: [linux-arm64, macos-intel, macos-silicon, windows-amd64.exe]',
        'assets:',
        '  - caro-{version}-{target}',
        '  - caro-{version}-{target}.sha256',
        `  - name: caro-{version}-linux-amd64`,
        `    size: ${amd64.length}`,
        `    sha256: ${sha(amd64)}`,
        `  - name: caro-{version}-linux-amd64.sha256`,
        `    size: 1`,
        ''
      ].join('\n')
    );
    const r = await verify(repo, { expected: '', targets: '', manifest: 'release-assets.yml' }, workspace);
    expect(r.code).toBe(1);
    expect(r.outputs.verified).toBe('9');
    expect(JSON.parse(r.outputs.mismatched)).toEqual(['caro-1.2.3-linux-amd64.sha256']);
    expect(r.summary).toContain(
      'caro-1.2.3-linux-amd64.sha256: manifest release-assets.yml says 1 byte, the API says 89'
    );
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const row = report.assets.find((a: any) => a.name === 'caro-1.2.3-linux-amd64');
    expect(row.digests.map((d: any) => d.kind)).toEqual(['manifest', 'sidecar', 'api-digest']);
    expect(row.expectedSource).toBe('manifest release-assets.yml');
  });

  test('bad input fails clearly before any request: malformed template, empty expected set, unknown tag', async () => {
    const before = sim.server.log.length;
    const typo = await verify('nothing', { expected: 'caro-{verison}-{target}' });
    expect(typo.code).toBe(1);
    expect(typo.annotations[0].message).toContain(
      'Input \'expected\': template "caro-{verison}-{target}" uses the unknown placeholder {verison}'
    );
    const unbalanced = await verify('nothing', { expected: 'caro-{version-{target}' });
    expect(unbalanced.annotations[0].message).toContain("has a '{' without its '}'");
    const noTargets = await verify('nothing', { targets: '' });
    expect(noTargets.annotations[0].message).toContain("uses {target}, but 'targets' is empty");
    const empty = await verify('nothing', { expected: '', targets: '' });
    expect(empty.annotations[0].message).toContain("No expected assets: set 'expected'");
    const badMode = await verify('nothing', { download: 'sometimes', 'min-size': '-1' });
    expect(badMode.annotations[0].message).toMatch(
      /Input 'download': "sometimes" is not accepted[\s\S]*Input 'min-size'/
    );
    expect(sim.server.log.length).toBe(before);

    const repo = seed([{ assets: caroAssets() }]);
    const unknown = await verify(repo, { tag: 'v9.9.9' });
    expect(unknown.code).toBe(1);
    expect(unknown.annotations[0].message).toContain(
      `There is no release with tag v9.9.9 in ${OWNER}/${repo}.`
    );
    expect(unknown.annotations[0].message).toContain('draft releases only to tokens with write access');
  });

  test('a release created late (by a parallel job) is waited for', async () => {
    const repo = seed([]);
    // The first look ends with listing the releases (drafts are found only that way): add it after that.
    const list = `/repos/${OWNER}/${repo}/releases`;
    const running = verify(repo, { 'wait-timeout': '10m', 'poll-interval': '5s' });
    const deadline = Date.now() + 20_000;
    while (sim.server.requests({ service: 'github', path: list }).length < 1 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    sim.gh.addRelease(OWNER, repo, { tag_name: 'v1.2.3', assets: caroAssets() });
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.outputs.verified).toBe('10');
    expect(r.log).toContain('No release for tag v1.2.3 yet; looking again in 5s.');
  });
});
