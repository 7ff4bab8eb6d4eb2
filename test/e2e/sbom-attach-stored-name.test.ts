/**
 * sbom-attach and GitHub's asset renaming: a file name GitHub would change is refused before any upload
 * (naming the stored name), or, with accept-stored-name, uploaded under the name GitHub stores.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';

const OWNER = 'octo-org';
let sim: Simulator;
let counter = 0;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

/**
 * A workspace holding a valid CycloneDX SBOM made by this action (generate only, no release) under a
 * file name GitHub would change: `~` and the space each become `.`.
 */
async function workspace(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-sbom-stored-'));
  cpSync(path.join(ROOT, 'test/fixtures/lockfiles/cargo-workspace'), dir, { recursive: true });
  const made = await runAction('sbom-attach', {
    cwd: dir,
    inputs: { lockfiles: 'Cargo.lock', format: 'cyclonedx-json', name: 'ahm' },
    env: { SOURCE_DATE_EPOCH: '1714000000' }
  });
  if (made.code !== 0) throw new Error(`generating the SBOM failed:\n${made.log}`);
  const [file] = JSON.parse(made.outputs.files) as string[];
  copyFileSync(path.resolve(dir, file), path.join(dir, 'ahm 0.9.1~bpo12.cdx.json'));
  return dir;
}

function seed(): string {
  const name = `sbom-stored-${++counter}`;
  sim.gh.addRepo({ owner: OWNER, name, releases: [{ tag_name: 'v0.9.1', draft: true, assets: [] }] });
  return name;
}

const run = (repo: string, cwd: string, inputs: Record<string, string> = {}): Promise<RunResult> =>
  runAction('sbom-attach', {
    cwd,
    inputs: {
      token: sim.adminToken,
      repository: `${OWNER}/${repo}`,
      'release-tag': 'v0.9.1',
      'sbom-file': 'ahm 0.9.1~bpo12.cdx.json',
      ...inputs
    },
    env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
  });

const assetNames = (repo: string) =>
  sim.gh.repo(OWNER, repo).releases.flatMap((r) => r.assets.map((a) => `${a.name} ${a.state}`));
const uploads = (repo: string) =>
  sim.server.requests({ service: 'uploads' }).filter((e) => e.path.includes(`/repos/${OWNER}/${repo}/`));

describe('sbom-attach: names GitHub would change', () => {
  test('by default the upload is refused before it is sent, naming the stored name and the input', async () => {
    const repo = seed();
    const r = await run(repo, await workspace());
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(
      /GitHub would store "ahm 0\.9\.1~bpo12\.cdx\.json" as "ahm\.0\.9\.1\.bpo12\.cdx\.json" .*set accept-stored-name: true/
    );
    expect(uploads(repo)).toHaveLength(0);
    expect(assetNames(repo)).toEqual([]);
  });

  test('accept-stored-name: true uploads under the stored name and reports it; a re-run leaves it', async () => {
    const repo = seed();
    const dir = await workspace();
    const first = await run(repo, dir, { 'accept-stored-name': 'true' });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.outputs.assets)).toEqual([
      {
        name: 'ahm.0.9.1.bpo12.cdx.json',
        result: 'created',
        url: expect.stringMatching(/ahm\.0\.9\.1\.bpo12\.cdx\.json$/)
      }
    ]);
    expect(assetNames(repo)).toEqual(['ahm.0.9.1.bpo12.cdx.json uploaded']);
    // The file on disk keeps the name it was given.
    expect(JSON.parse(first.outputs.files)).toEqual([expect.stringMatching(/ahm 0\.9\.1~bpo12\.cdx\.json$/)]);

    const again = await run(repo, dir, { 'accept-stored-name': 'true' });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.outputs.assets)).toEqual([
      { name: 'ahm.0.9.1.bpo12.cdx.json', result: 'unchanged', url: expect.any(String) }
    ]);
    expect(uploads(repo)).toHaveLength(1);
    expect(assetNames(repo)).toEqual(['ahm.0.9.1.bpo12.cdx.json uploaded']);
  });

  test('accept-stored-name takes only true or false', async () => {
    const r = await run(seed(), await workspace(), { 'accept-stored-name': 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/accept-stored-name/);
  });
});
