import { createHash, randomBytes } from 'node:crypto';
import { expectConforming, startValidatedSim, type ValidatedSim } from './openapi-harness.js';

// Retry backoff, Retry-After and write spacing in core's client scale with this.
process.env.RELEASE_KIT_TIME_SCALE = '0.01';
const { createGitHubClient } = await import('#core/github.js');

let v: ValidatedSim;
beforeAll(async () => {
  v = await startValidatedSim();
});
afterAll(async () => {
  await v.stop();
});
afterEach(() => {
  v.sim.faults.clear();
  expectConforming(v.problems.splice(0));
});

const repo = { owner: 'octo-org', repo: 'widget' };

describe('pagination', () => {
  test('250 assets: Link headers, per_page capped at 100, paginate() sees all', async () => {
    const rel = v.sim.gh.addRelease('octo-org', 'widget', {
      tag_name: 'v2.5.0',
      assets: Array.from({ length: 250 }, (_, i) => ({
        name: `asset-${String(i).padStart(3, '0')}.bin`,
        content: `content ${i}`
      }))
    });
    const gh = v.client('tok-bob');
    const first = await gh.rest.repos.listReleaseAssets({ ...repo, release_id: rel.id, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/page=3[^>]*>; rel="last"/);
    const capped = await gh.rest.repos.listReleaseAssets({ ...repo, release_id: rel.id, per_page: 500 });
    expect(capped.data).toHaveLength(100);
    const all = await gh.paginate(gh.rest.repos.listReleaseAssets, {
      ...repo,
      release_id: rel.id,
      per_page: 100
    });
    expect(all.map((a) => a.name)).toEqual(
      Array.from({ length: 250 }, (_, i) => `asset-${String(i).padStart(3, '0')}.bin`)
    );
    expect(all[7].digest).toBe(`sha256:${createHash('sha256').update('content 7').digest('hex')}`);
    const pages = v.sim.server.requests({
      method: 'GET',
      path: `/repos/octo-org/widget/releases/${rel.id}/assets`
    });
    expect(pages.filter((p) => p.query.includes('page=')).length).toBeGreaterThanOrEqual(3);
  });
});

describe('authentication and authorisation', () => {
  test('401 for unknown tokens, 404 for hidden repos, 403 for read-only writes, with GitHub messages', async () => {
    await expect(v.client('nope').rest.repos.get(repo)).rejects.toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials' } }
    });
    await expect(
      v.client('tok-stranger').rest.repos.get({ owner: 'octo-org', repo: 'secret' })
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      v.client('tok-stranger').rest.repos.get({ owner: 'octo-org', repo: 'missing' })
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      v.client('tok-reader').rest.repos.createRelease({ ...repo, tag_name: 'v9' })
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      v.client('tok-ci-read').rest.repos.createRelease({ ...repo, tag_name: 'v9' })
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } }
    });
    // The installation does not cover other repositories.
    await expect(
      v.client('tok-ci').rest.repos.createRelease({ owner: 'octo-org', repo: 'locked', tag_name: 'v9' })
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      v.client('tok-ci').rest.repos.get({ owner: 'octo-org', repo: 'secret' })
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      v.client('tok-bob').request('PUT /repos/{owner}/{repo}/immutable-releases', repo)
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Must have admin rights to Repository.' } }
    });
  });

  test('rate-limit headers on every answer, errors included', async () => {
    const gh = v.client('tok-alice');
    const ok = await gh.rest.repos.get(repo);
    for (const h of [
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
      'x-ratelimit-used',
      'x-ratelimit-resource'
    ])
      expect(ok.headers[h]).toBeDefined();
    const used = Number(ok.headers['x-ratelimit-used']);
    const again = await gh.rest.repos.get(repo);
    expect(Number(again.headers['x-ratelimit-used'])).toBe(used + 1);
    expect(Number(again.headers['x-ratelimit-remaining'])).toBe(5000 - used - 1);
    const err = await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'nope' }).catch((e) => e);
    expect(err.status).toBe(404);
    expect(err.response.headers['x-ratelimit-remaining']).toBeDefined();
    const ci = await v.client('tok-ci').rest.repos.get(repo);
    expect(ci.headers['x-ratelimit-limit']).toBe('1000');
  });
});

test("an explicit per-token limit is enforced with GitHub's primary-limit 403", async () => {
  v.sim.gh.addToken({ token: 'tok-limited', login: 'alice', rate_limit: 2, rate_window: 1 });
  let limited = 0;
  const gh = v.client('tok-limited', { onRateLimit: () => (limited++, false) });
  await gh.rest.repos.get(repo);
  await gh.rest.repos.get(repo);
  const err = await gh.rest.repos.get(repo).catch((e) => e);
  expect(err.status).toBe(403);
  expect(err.response.data.message).toMatch(/^API rate limit exceeded/);
  expect(err.response.headers['x-ratelimit-remaining']).toBe('0');
  expect(limited).toBe(1);
  await new Promise((r) => setTimeout(r, 1100));
  expect((await gh.rest.repos.get(repo)).status).toBe(200);
});

describe('immutable releases', () => {
  test('a published release in an immutable repository refuses asset changes with 422; its tag stays burned', async () => {
    const gh = v.client('tok-alice');
    const locked = { owner: 'octo-org', repo: 'locked' };
    const draft = await gh.rest.repos.createRelease({ ...locked, tag_name: 'v1.0.0', draft: true });
    expect(draft.data.immutable).toBe(false);
    const asset = await gh.rest.repos.uploadReleaseAsset({
      ...locked,
      release_id: draft.data.id,
      url: draft.data.upload_url,
      name: 'a.txt',
      data: 'a'
    });
    const pub = await gh.rest.repos.updateRelease({ ...locked, release_id: draft.data.id, draft: false });
    expect(pub.data.immutable).toBe(true);
    await expect(
      gh.rest.repos.uploadReleaseAsset({
        ...locked,
        release_id: draft.data.id,
        url: draft.data.upload_url,
        name: 'b.txt',
        data: 'b'
      })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: 'Cannot upload assets to an immutable release.' } }
    });
    await expect(
      gh.rest.repos.deleteReleaseAsset({ ...locked, asset_id: asset.data.id })
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      gh.rest.repos.updateReleaseAsset({ ...locked, asset_id: asset.data.id, name: 'c.txt' })
    ).rejects.toMatchObject({ status: 422 });
    await gh.rest.repos.deleteRelease({ ...locked, release_id: draft.data.id });
    await expect(gh.rest.repos.createRelease({ ...locked, tag_name: 'v1.0.0' })).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [expect.objectContaining({ message: 'tag_name was used by an immutable release' })] }
      }
    });
    // The setting is a real endpoint; turning it off does not unfreeze, but new releases are mutable.
    await gh.request('DELETE /repos/{owner}/{repo}/immutable-releases', locked);
    const mutable = await gh.rest.repos.createRelease({ ...locked, tag_name: 'v1.0.1' });
    expect(mutable.data.immutable).toBe(false);
    await gh.request('PUT /repos/{owner}/{repo}/immutable-releases', locked);
    const check = await gh.request('GET /repos/{owner}/{repo}/immutable-releases', locked);
    expect(check.data).toEqual({ enabled: true, enforced_by_owner: false });
  });

  test('an interrupted upload shows as a starter asset without digest', async () => {
    const gh = v.client('tok-bob');
    const rel = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v3.0.0', draft: true });
    const starter = v.sim.gh.addStarterAsset(rel.data.id, 'big.tar.gz');
    const listed = await gh.rest.repos.listReleaseAssets({ ...repo, release_id: rel.data.id });
    expect(listed.data).toEqual([
      expect.objectContaining({ id: starter.id, state: 'starter', digest: null })
    ]);
    await expect(
      gh.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: rel.data.id,
        url: rel.data.upload_url,
        name: 'big.tar.gz',
        data: 'x'
      })
    ).rejects.toMatchObject({ status: 422 });
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: starter.id });
    const up = await gh.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'big.tar.gz',
      data: 'x'
    });
    expect(up.data.state).toBe('uploaded');
  });
});

describe('faults ridden out by the clients the actions use', () => {
  test('502 twice then success: plugin-retry (core client) rides it out; the log counts 3 requests', async () => {
    const gh = await createGitHubClient('tok-bob', { baseUrl: v.sim.urls.github });
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0' });
    const before = v.sim.server.requests({ path: '/repos/octo-org/widget/releases/tags/v4.0.0' }).length;
    v.sim.faults.status('/repos/octo-org/widget/releases/tags/v4.0.0', 502, 2);
    const rel = await gh.rest.repos.getReleaseByTag({ ...repo, tag: 'v4.0.0' });
    expect(rel.data.tag_name).toBe('v4.0.0');
    const log = v.sim.server.requests({ path: '/repos/octo-org/widget/releases/tags/v4.0.0' }).slice(before);
    expect(log.map((e) => e.status)).toEqual([502, 502, 200]);
  });

  test('429 and secondary-rate-limit 403 with retry-after: plugin-throttling waits and retries', async () => {
    const gh = await createGitHubClient('tok-bob', { baseUrl: v.sim.urls.github });
    v.sim.faults.primaryRateLimit('/repos/octo-org/widget', 1, 1);
    const t0 = Date.now();
    expect((await gh.rest.repos.get(repo)).status).toBe(200);
    v.sim.faults.secondaryRateLimit('/repos/octo-org/widget/releases', 1, 2);
    const listed = await gh.rest.repos.listReleases(repo);
    expect(listed.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(5000);
    const log = v.sim.server.requests({ path: '/repos/octo-org/widget/releases', method: 'GET' });
    expect(log.slice(-3).map((e) => e.status)).toEqual([403, 403, 200]);
  });

  test('a lost answer: the upload happened, the retry meets it as 422 already_exists (clients must converge)', async () => {
    const gh = v.client('tok-bob');
    const rel = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v4.1.0', draft: true });
    const uploadPath = `/repos/octo-org/widget/releases/${rel.data.id}/assets`;
    v.sim.faults.lostResponse(uploadPath, { service: 'uploads', method: 'POST' });
    const err = await gh.rest.repos
      .uploadReleaseAsset({
        ...repo,
        release_id: rel.data.id,
        url: rel.data.upload_url,
        name: 'x.txt',
        data: 'x'
      })
      .catch((e) => e);
    expect(err.status).toBe(422);
    expect(err.response.data.errors[0].code).toBe('already_exists');
    const log = v.sim.server.requests({ service: 'uploads', path: uploadPath });
    // plugin-retry keeps retrying a request it has started retrying, even on 422: every retry meets the write.
    expect(log[0]).toMatchObject({ status: 502, fault: 'status-after' });
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(log.slice(1).every((e) => e.status === 422)).toBe(true);
    expect(v.sim.gh.findRelease(rel.data.id)!.release.assets.map((a) => a.name)).toEqual(['x.txt']);
  });

  test('a connection reset is retried', async () => {
    const gh = await createGitHubClient('tok-bob', { baseUrl: v.sim.urls.github });
    v.sim.faults.reset('/repos/octo-org/widget/branches', 1);
    const res = await gh.rest.repos.listBranches(repo);
    expect(res.status).toBe(200);
    expect(
      v.sim.server
        .requests({ path: '/repos/octo-org/widget/branches' })
        .slice(-2)
        .map((e) => e.fault ?? 'ok')
    ).toEqual(['reset', 'ok']);
  });

  test('a truncated download is detected by the client, never accepted; a retry gets the full bytes', async () => {
    const gh = v.client('tok-bob');
    const rel = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v5.0.0' });
    const bytes = randomBytes(200_000);
    const asset = await gh.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'tool.bin',
      data: bytes as unknown as string
    });
    v.sim.faults.truncate(/^\/assets\//, 1000);
    const res = await fetch(asset.data.browser_download_url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
    const again = await fetch(asset.data.browser_download_url);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
  });
});

test("core's http download rides a 502 on the API and a cut body on the object host, and drops the token across origins", async () => {
  const { download } = await import('#core/http.js');
  const rel = v.sim.gh.addRelease('octo-org', 'widget', { tag_name: 'v6.0.0' });
  const bytes = randomBytes(150_000);
  const asset = v.sim.gh.addAsset(rel.id, { name: 'core.bin', content: bytes });
  const apiPath = `/repos/octo-org/widget/releases/assets/${asset.id}`;
  v.sim.faults.status(apiPath, 502, 1);
  v.sim.faults.truncate(new RegExp(`^/assets/${asset.id}/`), 5000);
  const result = await download(`${v.sim.urls.github}${apiPath}`, {
    headers: { authorization: 'token tok-bob', accept: 'application/octet-stream' },
    hash: 'sha256',
    backoffMs: 1,
    breaker: false,
    onRetry: () => undefined
  });
  expect(result.status).toBe(200);
  expect(result.size).toBe(bytes.length);
  expect(result.hashes.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  // The presigned host would have refused a forwarded token with 400: every object request succeeded or was cut.
  const objectHits = v.sim.server.requests({
    service: 'downloads',
    path: new RegExp(`^/assets/${asset.id}/`)
  });
  expect(objectHits.map((e) => e.status)).not.toContain(400);
  expect(objectHits.length).toBeGreaterThanOrEqual(2);
});

afterAll(() => {
  const ops = [...v.validated.keys()];
  expect(ops).toEqual(
    expect.arrayContaining([
      'repos/list-release-assets',
      'repos/get-release-by-tag',
      'repos/upload-release-asset',
      'repos/update-release'
    ])
  );
});
