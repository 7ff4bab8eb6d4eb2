/**
 * Core against what GitHub really does (the facts are in test/sim/github-fidelity.test.ts): a release
 * list that lags a new draft, bodies over 65,536 characters, asset names GitHub changes, and a primary
 * rate limit that resets in an hour.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { createGitHubClient, explainRateLimit, type GitHubClient } from '../../packages/core/src/github.js';
import {
  describeRelease,
  findRelease,
  listAssets,
  openAssetStream,
  uploadAsset
} from '../../packages/core/src/release.js';
import { bodyLength, capBody, GITHUB_BODY_LIMIT } from '../../packages/core/src/body-limit.js';
import { githubStoredAssetName } from '../../packages/core/src/asset-name.js';
import { buildInventory } from '../../packages/core/src/inventory.js';
import { verifyAssets } from '../../packages/core/src/asset-verification.js';
import { ConfigurationError } from '../../packages/core/src/errors.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.001';

let sim: Simulator;
let gh: GitHubClient;
const repo = { owner: 'octo-org', repo: 'widget' };

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'octo-org', type: 'Organization', members: { alice: 'admin' } }],
        tokens: [{ token: 'tok-alice', login: 'alice' }],
        repos: [{ owner: 'octo-org', name: 'widget', issues: [{ title: 'tracking' }] }]
      }
    } as never
  });
  gh = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
});
afterAll(() => sim.stop());
afterEach(() => sim.faults.clear());

describe('finding a release by tag while the list lags (staleList)', () => {
  it('reads the list again, bounded and reported, and finds the new draft', async () => {
    const rel = sim.gh.addRelease('octo-org', 'widget', { tag_name: 'v1.0.0', draft: true });
    sim.faults.staleList('octo-org/widget', 1);
    const log: string[] = [];
    const state = await findRelease(gh, repo, { tag: 'v1.0.0' }, { log: (m) => log.push(m) });
    expect(state).toMatchObject({ kind: 'draft', listReads: 2 });
    expect(state.release?.id).toBe(rel.id);
    expect(log[0]).toMatch(/No release with tag v1\.0\.0 in the release list; GitHub's list can lag/);
    expect(log[1]).toMatch(/Found the release with tag v1\.0\.0 on read 2/);
  });

  it('without the re-read the lagging list would say there is no release', async () => {
    sim.gh.addRelease('octo-org', 'widget', { tag_name: 'v1.1.0', draft: true });
    sim.faults.staleList('octo-org/widget', 1);
    expect((await findRelease(gh, repo, { tag: 'v1.1.0' }, { listRetries: 0 })).kind).toBe('absent');
  });

  it('gives up after the bound and says how often it looked', async () => {
    const before = sim.server.requests({ method: 'GET', path: '/repos/octo-org/widget/releases' }).length;
    const state = await findRelease(gh, repo, { tag: 'v404' }, { log: () => undefined });
    expect(state.kind).toBe('absent');
    expect(
      sim.server.requests({ method: 'GET', path: '/repos/octo-org/widget/releases' }).length - before
    ).toBe(3);
    expect(describeRelease(state)).toBe('no release with tag v404 (the release list was read 3 times)');
  });
});

describe("bodies over GitHub's limit", () => {
  it('are cut below 65,536 characters with a note pointing to report.json, and GitHub takes them', async () => {
    const table = Array.from({ length: 3000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n');
    const text = `# Report\n\n\`\`\`\n${table}\n\`\`\`\n`;
    expect(bodyLength(text)).toBeGreaterThan(GITHUB_BODY_LIMIT);
    await expect(
      gh.rest.issues.createComment({ ...repo, issue_number: 1, body: text })
    ).rejects.toMatchObject({ status: 422 });
    const capped = capBody(text);
    expect(bodyLength(capped)).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(capped).toMatch(/The full report is in `report\.json`/);
    // The cut fell inside the code block: it is closed before the note.
    expect(capped.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0);
    expect((await gh.rest.issues.createComment({ ...repo, issue_number: 1, body: capped })).status).toBe(201);
    expect(capBody('short')).toBe('short');
  });

  it('counts characters as GitHub does (an emoji is one)', () => {
    const emoji = '😀'.repeat(GITHUB_BODY_LIMIT);
    expect(capBody(emoji)).toBe(emoji);
    expect(bodyLength(capBody(emoji + '😀'))).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });
});

describe('asset names GitHub changes', () => {
  it('refuses the upload up front, naming the stored name; uploads under it when asked', async () => {
    const rel = sim.gh.addRelease('octo-org', 'widget', { tag_name: 'v2.0.0', draft: true });
    const state = await findRelease(gh, repo, { tag: 'v2.0.0' });
    const uploads = () => sim.server.requests({ service: 'uploads' }).length;
    const before = uploads();
    const file = { name: 'tool_2.0~bpo12_amd64.deb', data: Buffer.from('deb') };
    const refused = uploadAsset(gh, repo, state, file, 'skip-identical');
    await expect(refused).rejects.toThrow(ConfigurationError);
    await expect(uploadAsset(gh, repo, state, file, 'skip-identical')).rejects.toThrow(
      /GitHub would store the asset "tool_2\.0~bpo12_amd64\.deb" as "tool_2\.0\.bpo12_amd64\.deb"/
    );
    expect(uploads()).toBe(before);
    const done = await uploadAsset(gh, repo, state, { ...file, acceptStoredName: true }, 'skip-identical');
    expect(done).toMatchObject({ result: 'created', asset: { name: 'tool_2.0.bpo12_amd64.deb' } });
    // A re-run finds it under the stored name: nothing is uploaded twice.
    const again = await uploadAsset(gh, repo, state, { ...file, acceptStoredName: true }, 'skip-identical');
    expect(again.result).toBe('unchanged');
    expect((await listAssets(gh, repo, rel.id)).map((a) => a.name)).toEqual(['tool_2.0.bpo12_amd64.deb']);
  });

  it('verification looks for an expected asset, and reads checksum lines, by the stored name', async () => {
    const name = 'tool_3.0~bpo12_amd64.deb';
    const content = 'deb bytes';
    const sum = createHash('sha256').update(content).digest('hex');
    const rel = sim.gh.addRelease('octo-org', 'widget', {
      tag_name: 'v3.0.0',
      assets: [
        { name: githubStoredAssetName(name), content },
        // sha256sum writes the local name into the file.
        { name: 'SHA256SUMS.txt', content: `${sum}  ${name}\n` }
      ]
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fidelity-'));
    writeFileSync(path.join(dir, 'unused'), '');
    const inventory = await buildInventory({ expected: [name, 'SHA256SUMS.txt'], cwd: dir });
    expect(inventory.assets[0]).toMatchObject({ name: 'tool_3.0.bpo12_amd64.deb', localName: name });
    expect(inventory.warnings.join('\n')).toMatch(/is stored by GitHub as "tool_3\.0\.bpo12_amd64\.deb"/);
    const assets = await listAssets(gh, repo, rel.id);
    const result = await verifyAssets(assets, inventory, {
      checksums: 'auto',
      download: 'always',
      allowExtra: false,
      open: (a) => openAssetStream(gh, repo, a)
    });
    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.listedAbsent).toEqual([]);
    expect(result.verified).toContain('tool_3.0.bpo12_amd64.deb');
    expect(result.passed).toBe(true);
  });
});

describe('a primary rate limit that resets in an hour', () => {
  it('fails at once with the reset time and advice instead of sleeping', async () => {
    sim.faults.primaryRateLimit('/repos/octo-org/widget/issues/1', 3600, 20);
    const client = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
    const failure = client.rest.issues.get({ ...repo, issue_number: 1 });
    await expect(failure).rejects.toThrow(
      /primary rate limit for this token is used up \(5000 of 5000 requests\); it resets at \d{4}-\d\d-\d\dT[\d:.]+Z, in 60 min, longer than release-kit waits \(300s; set RELEASE_KIT_RATE_LIMIT_MAX_WAIT/
    );
    await expect(failure).rejects.toMatchObject({ status: 429 });
    // The throttling plugin did not wait for the reset: at most the transport retries ran.
    expect(sim.server.requests({ path: '/repos/octo-org/widget/issues/1' }).length).toBeLessThanOrEqual(4);
  });

  it("also for GitHub's usual 403 answer when a token's hourly allowance is spent", async () => {
    sim.gh.addToken({ token: 'tok-spent', login: 'alice', rate_limit: 1, rate_window: 3600 });
    const client = await createGitHubClient('tok-spent', { baseUrl: sim.urls.github, mask: false });
    await client.rest.issues.get({ ...repo, issue_number: 1 });
    const spent = client.rest.issues.get({ ...repo, issue_number: 1 });
    await expect(spent).rejects.toMatchObject({ status: 403 });
    await expect(spent).rejects.toThrow(
      /primary rate limit for this token is used up \(1 of 1 requests\); it resets at .*, in 60 min/
    );
    // A lower bound for this run's patience still fails fast; a higher one would wait.
    const patient = await createGitHubClient('tok-spent', {
      baseUrl: sim.urls.github,
      mask: false,
      rateLimitMaxWaitSeconds: 7200,
      rateLimitRetries: 0
    });
    await expect(patient.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toThrow(
      /API rate limit exceeded for user ID/
    );
  });

  it('a secondary rate limit whose Retry-After exceeds the cap gets the same advice form', async () => {
    const before = sim.server.requests({ path: '/repos/octo-org/widget/issues/1' }).length;
    sim.faults.secondaryRateLimit('/repos/octo-org/widget/issues/1', 3600, 20);
    const client = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
    const failure = client.rest.issues.get({ ...repo, issue_number: 1 });
    await expect(failure).rejects.toThrow(
      /secondary rate limit stopped this token's requests; GitHub asks to wait 3600s \(until \d{4}-\d\d-\d\dT[\d:.]+Z, in 60 min\), longer than release-kit waits \(300s; set RELEASE_KIT_RATE_LIMIT_MAX_WAIT to wait longer\)\. Re-run the step after that time/
    );
    await expect(failure).rejects.toMatchObject({ status: 403 });
    // Not waited for, not retried: one request.
    expect(sim.server.requests({ path: '/repos/octo-org/widget/issues/1' }).length - before).toBe(1);
  });

  it('explainRateLimit reads a secondary limit by its message and Retry-After (seconds or a date)', () => {
    const secondary = (retryAfter: string | undefined, status = 403) => ({
      status,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      response: { headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } }
    });
    const text = (e: unknown) => (e as Error).message;
    expect(text(explainRateLimit(secondary('900'), 300))).toMatch(/asks to wait 900s .* in 15 min/);
    expect(text(explainRateLimit(secondary('900', 429), 300))).toMatch(/secondary rate limit stopped/);
    const date = new Date(Date.now() + 7200_000).toUTCString();
    expect(text(explainRateLimit(secondary(date), 300))).toMatch(/in 120 min/);
    // Without Retry-After GitHub's advice is to wait a minute: under the cap, so left to the retries.
    const noHeader = secondary(undefined);
    expect(explainRateLimit(noHeader, 300)).toBe(noHeader);
    const short = secondary('30');
    expect(explainRateLimit(short, 300)).toBe(short);
    const other = {
      status: 403,
      message: 'Resource not accessible by integration',
      response: { headers: {} }
    };
    expect(explainRateLimit(other, 300)).toBe(other);
  });

  it('a short wait under the cap is still waited out', async () => {
    sim.faults.primaryRateLimit('/repos/octo-org/widget/issues/1', 2, 1);
    const client = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
    expect((await client.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
  });
});
