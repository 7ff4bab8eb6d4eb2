import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, ROOT, type RunResult } from '../harness/run-action.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { validateSbom } from '../../actions/sbom-attach/src/validate.js';

// End to end: the bundled action (dist/sbom-attach; build it with `node scripts/build.mjs --only sbom-attach`)
// against simulator releases.

const OWNER = 'octo-org';
const FIXTURES = path.join(ROOT, 'test/fixtures/lockfiles');
let sim: Simulator;
let counter = 0;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

/** A workspace with a Cargo workspace, an npm project and two release files. */
function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-sbom-e2e-'));
  cpSync(path.join(FIXTURES, 'cargo-workspace'), dir, { recursive: true });
  mkdirSync(path.join(dir, 'web'));
  cpSync(path.join(FIXTURES, 'npm-v3'), path.join(dir, 'web'), { recursive: true });
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist/ahm-0.9.1-linux-amd64.tar.gz'), 'linux binary\n'.repeat(100));
  writeFileSync(path.join(dir, 'dist/ahm-0.9.1-windows-amd64.zip'), 'windows binary\n'.repeat(100));
  return dir;
}

function seed(release: { draft?: boolean; immutable?: boolean } = { draft: true }): string {
  const name = `sbom-${++counter}`;
  sim.gh.addRepo({ owner: OWNER, name, releases: [{ tag_name: 'v0.9.1', ...release, assets: [] }] });
  return name;
}

function run(
  repo: string,
  cwd: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunResult> {
  return runAction('sbom-attach', {
    cwd,
    inputs: {
      token: sim.adminToken,
      repository: `${OWNER}/${repo}`,
      'release-tag': 'v0.9.1',
      lockfiles: 'Cargo.lock\nweb/package-lock.json',
      artifacts: 'dist/*',
      name: 'ahm',
      ...inputs
    },
    env: {
      GITHUB_API_URL: sim.urls.github,
      RELEASE_KIT_TIME_SCALE: '0.01',
      SOURCE_DATE_EPOCH: '1714000000',
      ...env
    }
  });
}

function uploads(repo: string) {
  return sim.server
    .requests({ service: 'uploads' })
    .filter((e) => e.path.includes(`/repos/${OWNER}/${repo}/`));
}

describe('sbom-attach (bundled, against the simulator)', () => {
  test('generates valid SPDX and CycloneDX, attaches both to a draft, and a re-run is byte-identical and skipped', async () => {
    const repo = seed();
    const dir = workspace();
    const first = await run(repo, dir);
    expect(first.log).not.toMatch(/::error::/);
    expect(first.code).toBe(0);
    const files = JSON.parse(first.outputs.files);
    expect(files).toEqual(['sbom/ahm-0.9.1.spdx.json', 'sbom/ahm-0.9.1.cdx.json']);
    const spdx = readFileSync(path.join(dir, first.outputs['spdx-file']));
    const cdx = readFileSync(path.join(dir, first.outputs['cyclonedx-file']));
    expect(await validateSbom('spdx-json', JSON.parse(spdx.toString()))).toEqual([]);
    expect(await validateSbom('cyclonedx-json', JSON.parse(cdx.toString()))).toEqual([]);
    const bom = JSON.parse(cdx.toString());
    expect(bom.metadata.timestamp).toBe('2024-04-24T23:06:40.000Z');
    expect(bom.metadata.component.purl).toBe('pkg:generic/ahm@0.9.1');
    expect(bom.metadata.component.externalReferences).toEqual([
      { url: `git+https://github.com/octo-org/octo-repo@${'a'.repeat(40)}`, type: 'vcs' }
    ]);
    const spdxDoc = JSON.parse(spdx.toString());
    expect(spdxDoc.packages[0].downloadLocation).toBe(
      `git+https://github.com/octo-org/octo-repo@${'a'.repeat(40)}`
    );
    const purls = bom.components.map((c: any) => c.purl).filter(Boolean);
    expect(purls).toContain('pkg:npm/%40tootallnate/once@2.0.0');
    expect(purls).toContain('pkg:cargo/serde@1.0.210');
    // include-dev defaults to false: dev-only crates and npm packages are left out.
    expect(purls).not.toContain('pkg:cargo/serde_json@1.0.128');
    expect(purls).not.toContain('pkg:npm/is-number@7.0.0');
    const fileComponent = bom.components.find(
      (c: any) => c.type === 'file' && c.name === 'dist/ahm-0.9.1-linux-amd64.tar.gz'
    );
    expect(fileComponent.hashes.find((h: any) => h.alg === 'SHA-256').content).toMatch(/^[0-9a-f]{64}$/);
    // The summary reports the NTIA minimum elements.
    expect(first.summary).toContain('NTIA minimum elements');
    expect(first.summary).toContain('| Timestamp | ✅ |');
    // Both attached, with the bytes written locally.
    const release = sim.gh.repo(OWNER, repo).releases[0];
    expect(release.assets.map((a) => a.name).sort()).toEqual(['ahm-0.9.1.cdx.json', 'ahm-0.9.1.spdx.json']);
    expect(release.assets.find((a) => a.name.endsWith('.spdx.json'))!.data.equals(spdx)).toBe(true);
    expect(JSON.parse(first.outputs.assets).map((a: any) => a.result)).toEqual(['created', 'created']);
    expect(uploads(repo)).toHaveLength(2);

    const second = await run(repo, dir);
    expect(second.code).toBe(0);
    expect(readFileSync(path.join(dir, second.outputs['spdx-file'])).equals(spdx)).toBe(true);
    expect(readFileSync(path.join(dir, second.outputs['cyclonedx-file'])).equals(cdx)).toBe(true);
    expect(JSON.parse(second.outputs.assets).map((a: any) => a.result)).toEqual(['unchanged', 'unchanged']);
    // Both the local SBOM files and the release assets are reported, all unchanged on the re-run.
    expect(second.report.writes.map((w: any) => `${w.kind}:${w.result}`)).toEqual([
      'file:unchanged',
      'file:unchanged',
      'asset:unchanged',
      'asset:unchanged'
    ]);
    expect(uploads(repo)).toHaveLength(2);
  });

  test('on-conflict: different content fails under skip-identical and is replaced under replace', async () => {
    const repo = seed();
    const dir = workspace();
    expect((await run(repo, dir, { format: 'cyclonedx-json' })).code).toBe(0);
    const before = sim.gh.repo(OWNER, repo).releases[0].assets[0].data;
    const conflict = await run(repo, dir, { format: 'cyclonedx-json', 'include-dev': 'true' });
    expect(conflict.code).toBe(1);
    expect(conflict.log).toContain('already exists');
    expect(conflict.log).toContain('different content');
    expect(sim.gh.repo(OWNER, repo).releases[0].assets[0].data.equals(before)).toBe(true);
    const replaced = await run(repo, dir, {
      format: 'cyclonedx-json',
      'include-dev': 'true',
      'on-conflict': 'replace'
    });
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.outputs.assets)[0].result).toBe('updated');
    const now = sim.gh.repo(OWNER, repo).releases[0].assets;
    expect(now).toHaveLength(1);
    expect(now[0].data.equals(readFileSync(path.join(dir, replaced.outputs['cyclonedx-file'])))).toBe(true);
  });

  test('an immutable release is refused before anything is generated', async () => {
    const repo = seed({ draft: false, immutable: true });
    const dir = workspace();
    const r = await run(repo, dir);
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/immutable/);
    expect(r.log).toMatch(/draft/);
    expect(existsSync(path.join(dir, 'sbom'))).toBe(false);
    expect(uploads(repo)).toHaveLength(0);
  });

  test('release-id reaches a draft directly; several drafts for one tag are refused before generating', async () => {
    const repo = seed();
    const dir = workspace();
    const id = sim.gh.repo(OWNER, repo).releases[0].id;
    const r = await run(repo, dir, { 'release-tag': '', 'release-id': String(id), format: 'spdx-json' });
    expect(r.code).toBe(0);
    expect(sim.gh.repo(OWNER, repo).releases[0].assets.map((a) => a.name)).toEqual(['ahm-0.9.1.spdx.json']);

    const twice = `sbom-${++counter}`;
    sim.gh.addRepo({
      owner: OWNER,
      name: twice,
      releases: [
        { tag_name: 'v0.9.1', draft: true, assets: [] },
        { tag_name: 'v0.9.1', draft: true, assets: [] }
      ]
    });
    const other = workspace();
    const ambiguous = await run(twice, other);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.log).toMatch(/2 draft releases with tag v0\.9\.1/);
    expect(existsSync(path.join(other, 'sbom'))).toBe(false);
  });

  test('a malformed lockfile fails with the file, line and reason, and nothing is uploaded', async () => {
    const repo = seed();
    const dir = workspace();
    writeFileSync(
      path.join(dir, 'Cargo.lock'),
      readFileSync(path.join(FIXTURES, 'malformed/cargo/Cargo.lock'))
    );
    const r = await run(repo, dir);
    expect(r.code).toBe(1);
    expect(r.log).toContain('Cargo.lock:7: is not valid TOML');
    expect(uploads(repo)).toHaveLength(0);
  });

  test('sbom-file: a foreign SBOM is validated and attached; an invalid one lists schema errors and is not uploaded', async () => {
    const repo = seed();
    const dir = workspace();
    const made = await run(repo, dir, { 'release-tag': '', format: 'cyclonedx-json', token: '' });
    expect(made.code).toBe(0);
    expect(made.summary).toContain('nothing attached');
    const good = path.join(dir, made.outputs['cyclonedx-file']);
    writeFileSync(path.join(dir, 'other-tool.cdx.json'), readFileSync(good));
    const ok = await run(repo, dir, { 'sbom-file': 'other-tool.cdx.json', lockfiles: '', artifacts: '' });
    expect(ok.code).toBe(0);
    expect(ok.summary).toContain('valid CycloneDX 1.6 JSON');
    expect(ok.summary).toContain('| Timestamp | ✅ | 2024-04-24T23:06:40.000Z |');
    expect(sim.gh.repo(OWNER, repo).releases[0].assets.map((a) => a.name)).toEqual(['other-tool.cdx.json']);

    const broken = JSON.parse(readFileSync(good, 'utf8'));
    broken.components[0].type = 'gadget';
    delete broken.components[1].name;
    writeFileSync(path.join(dir, 'broken.cdx.json'), JSON.stringify(broken));
    const bad = await run(repo, dir, { 'sbom-file': 'broken.cdx.json', lockfiles: '', artifacts: '' });
    expect(bad.code).toBe(1);
    expect(bad.log).toContain('broken.cdx.json is not valid CycloneDX 1.6 JSON');
    expect(bad.log).toContain('/components/1');
    expect(sim.gh.repo(OWNER, repo).releases[0].assets.map((a) => a.name)).toEqual(['other-tool.cdx.json']);
  });

  test('bad inputs are all reported at once, before any request', async () => {
    const repo = seed();
    const before = sim.server.requests({ service: 'github' }).length;
    const r = await run(repo, workspace(), {
      format: 'spdx-json, xml',
      'on-conflict': 'overwrite',
      'release-id': '12'
    });
    expect(r.code).toBe(1);
    expect(r.log).toContain("Input 'format'");
    expect(r.log).toContain("Input 'on-conflict'");
    expect(r.log).toContain('not both');
    expect(sim.server.requests({ service: 'github' }).length).toBe(before);
  });
});
