import { createHash, randomBytes } from 'node:crypto';
import { expectConforming, startValidatedSim, type ValidatedSim } from './openapi-harness.js';

let v: ValidatedSim;
beforeAll(async () => {
  v = await startValidatedSim();
});
afterAll(async () => {
  await v.stop();
});
afterEach(() => {
  expectConforming(v.problems.splice(0));
});

const repo = { owner: 'octo-org', repo: 'widget' };

describe('repositories and users', () => {
  test('GET /user and repository permissions for the caller', async () => {
    const alice = v.client('tok-alice');
    const me = await alice.rest.users.getAuthenticated();
    expect(me.data.login).toBe('alice');
    expect((await alice.rest.users.getByUsername({ username: 'octo-org' })).data.type).toBe('Organization');
    const basic = await fetch(`${v.sim.urls.github}/user`, {
      headers: { authorization: `Basic ${Buffer.from('x-access-token:tok-alice').toString('base64')}` }
    });
    expect(((await basic.json()) as { login: string }).login).toBe('alice');
    const r = await alice.rest.repos.get(repo);
    expect(r.data.permissions).toMatchObject({ admin: true, push: true });
    const rita = await v.client('tok-reader').rest.repos.get(repo);
    expect(rita.data.permissions).toMatchObject({ admin: false, push: false, pull: true });
    expect(r.data.default_branch).toBe('main');
    // GitHub reports `permissions` to user tokens only; an installation token learns by writing.
    expect((await v.client('tok-ci').rest.repos.get(repo)).data.permissions).toBeUndefined();
    await expect(v.client('tok-ci').rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
  });

  test('repositories are created by a user token and by the admin token in an org', async () => {
    const alice = v.client('tok-alice');
    const mine = await alice.rest.repos.createForAuthenticatedUser({ name: 'scratch', auto_init: true });
    expect(mine.status).toBe(201);
    expect(mine.data.full_name).toBe('alice/scratch');
    const admin = v.client(v.sim.adminToken);
    const org = await admin.rest.repos.createInOrg({ org: 'new-org', name: 'tap', private: true });
    expect(org.data.private).toBe(true);
    await expect(alice.rest.repos.createForAuthenticatedUser({ name: 'scratch' })).rejects.toMatchObject({
      status: 422
    });
  });
});

describe('releases', () => {
  test('drafts are invisible by tag and to readers, visible to pushers in the list', async () => {
    const bob = v.client('tok-bob');
    const draft = await bob.rest.repos.createRelease({
      ...repo,
      tag_name: 'v0.9.0',
      draft: true,
      name: 'v0.9.0'
    });
    expect(draft.data.draft).toBe(true);
    expect(draft.data.upload_url).toMatch(
      /\/uploads\/repos\/octo-org\/widget\/releases\/\d+\/assets\{\?name,label\}$/
    );
    await expect(bob.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.9.0' })).rejects.toMatchObject({
      status: 404
    });
    const listed = await bob.rest.repos.listReleases(repo);
    expect(listed.data.map((r) => r.id)).toContain(draft.data.id);
    const reader = v.client('tok-reader');
    const readerList = await reader.rest.repos.listReleases(repo);
    expect(readerList.data.map((r) => r.id)).not.toContain(draft.data.id);
    await expect(reader.rest.repos.getRelease({ ...repo, release_id: draft.data.id })).rejects.toMatchObject({
      status: 404
    });
    const published = await bob.rest.repos.updateRelease({
      ...repo,
      release_id: draft.data.id,
      draft: false
    });
    expect(published.data.published_at).not.toBeNull();
    const byTag = await reader.rest.repos.getReleaseByTag({ ...repo, tag: 'v0.9.0' });
    expect(byTag.data.id).toBe(draft.data.id);
    expect(v.sim.github.repos['octo-org/widget'].refs['refs/tags/v0.9.0']).toMatch(/^[0-9a-f]{40}$/);
    await expect(bob.rest.repos.createRelease({ ...repo, tag_name: 'v0.9.0' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [expect.objectContaining({ code: 'already_exists', field: 'tag_name' })] } }
    });
  });

  test('upload, list with digest, download byte-identical through the 302', async () => {
    const bob = v.client('tok-bob');
    const rel = await bob.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0', draft: true });
    const bytes = randomBytes(300_000);
    const up = await bob.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'widget-1.0.0-linux-amd64.tar.gz',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip', 'content-length': bytes.length }
    });
    expect(up.status).toBe(201);
    expect(up.data).toMatchObject({
      state: 'uploaded',
      size: bytes.length,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`
    });
    await expect(
      bob.rest.repos.uploadReleaseAsset({
        ...repo,
        release_id: rel.data.id,
        url: rel.data.upload_url,
        name: 'widget-1.0.0-linux-amd64.tar.gz',
        data: 'x'
      })
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [expect.objectContaining({ code: 'already_exists' })] } }
    });
    // Octokit's default route (the uploads origin as `baseUrl` instead of upload_url) reaches it too.
    const viaOrigin = await bob.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: rel.data.id,
      baseUrl: new URL(v.sim.urls.uploads).origin,
      name: 'notes.txt',
      data: 'hi'
    });
    expect(viaOrigin.data).toMatchObject({ name: 'notes.txt', size: 2 });
    const dl = await bob.rest.repos.getReleaseAsset({
      ...repo,
      asset_id: up.data.id,
      headers: { accept: 'application/octet-stream' }
    });
    expect(Buffer.from(dl.data as unknown as ArrayBuffer).equals(bytes)).toBe(true);
    const browser = await fetch(up.data.browser_download_url, {
      headers: { authorization: 'token tok-bob' }
    });
    expect(Buffer.from(await browser.arrayBuffer()).equals(bytes)).toBe(true);
    // The redirect leaves the API's origin for a presigned URL that refuses a forwarded token, as S3 does.
    const redirect = await fetch(`${v.sim.urls.github}/repos/octo-org/widget/releases/assets/${up.data.id}`, {
      headers: { authorization: 'token tok-bob', accept: 'application/octet-stream' },
      redirect: 'manual'
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect(new URL(location).origin).not.toBe(new URL(v.sim.urls.github).origin);
    const forwarded = await fetch(location, { headers: { authorization: 'token tok-bob' } });
    expect(forwarded.status).toBe(400);
    expect(await forwarded.text()).toMatch(/Only one auth mechanism allowed/);
  });
});

describe('latest release and tag deletion (what a rollback relies on)', () => {
  test('make_latest: true on create and update moves latest; false leaves it; legacy goes back to the newest', async () => {
    const bob = v.client('tok-bob');
    const a = await bob.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0' });
    expect((await bob.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v2.0.0');
    // A newly published release is made latest by default; make_latest: false keeps the old one.
    await bob.rest.repos.createRelease({ ...repo, tag_name: 'v2.1.0', make_latest: 'false' });
    expect((await bob.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v2.0.0');
    const c = await bob.rest.repos.createRelease({ ...repo, tag_name: 'v2.2.0' });
    expect((await bob.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v2.2.0');
    await bob.rest.repos.updateRelease({ ...repo, release_id: a.data.id, make_latest: 'true' });
    expect((await bob.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v2.0.0');
    await bob.rest.repos.updateRelease({ ...repo, release_id: c.data.id, make_latest: 'legacy' });
    expect((await bob.rest.repos.getLatestRelease(repo)).data.tag_name).toBe('v2.2.0');
    // Drafts and prereleases cannot be made latest; a value outside the enum is refused.
    const pre = await bob.rest.repos.createRelease({ ...repo, tag_name: 'v3.0.0-rc.1', prerelease: true });
    await expect(
      bob.rest.repos.updateRelease({ ...repo, release_id: pre.data.id, make_latest: 'true' })
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      bob.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...repo,
        release_id: a.data.id,
        make_latest: true as unknown as 'true'
      })
    ).rejects.toMatchObject({ status: 422 });
  });

  test('deleting the tag of a published release turns it into a draft; an immutable release keeps its tag', async () => {
    const bob = v.client('tok-bob');
    const rel = await bob.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0' });
    expect((await bob.rest.git.getRef({ ...repo, ref: 'tags/v4.0.0' })).status).toBe(200);
    await bob.rest.git.deleteRef({ ...repo, ref: 'tags/v4.0.0' });
    const after = await bob.rest.repos.getRelease({ ...repo, release_id: rel.data.id });
    expect(after.data).toMatchObject({ draft: true, published_at: null });
    await expect(bob.rest.repos.getReleaseByTag({ ...repo, tag: 'v4.0.0' })).rejects.toMatchObject({
      status: 404
    });

    const admin = v.client(v.sim.adminToken);
    const locked = { owner: 'octo-org', repo: 'locked' };
    await admin.rest.repos.createRelease({ ...locked, tag_name: 'v1.0.0' });
    await expect(admin.rest.git.deleteRef({ ...locked, ref: 'tags/v1.0.0' })).rejects.toMatchObject({
      status: 422
    });
    expect((await admin.rest.git.getRef({ ...locked, ref: 'tags/v1.0.0' })).status).toBe(200);
    expect((await admin.rest.repos.getReleaseByTag({ ...locked, tag: 'v1.0.0' })).data.draft).toBe(false);
  });
});

test('synthetic assets stream generated bytes that match their digest', async () => {
  const rel = v.sim.gh.addRelease('octo-org', 'widget', { tag_name: 'v7.0.0' });
  const size = 5 * 1024 * 1024 + 123;
  const asset = v.sim.gh.addAsset(rel.id, { name: 'huge.bin', synthetic: { size, seed: 's1' } });
  const gh = v.client('tok-bob');
  const listed = await gh.rest.repos.getReleaseAsset({ ...repo, asset_id: asset.id });
  expect(listed.data).toMatchObject({ size, digest: asset.digest });
  const res = await fetch(listed.data.browser_download_url);
  const hash = createHash('sha256');
  let n = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    n += chunk.length;
  }
  expect(n).toBe(size);
  expect(`sha256:${hash.digest('hex')}`).toBe(asset.digest);
});

afterAll(() => {
  // The watcher saw and validated the answers above (a silent watcher would prove nothing).
  expect(v.validated.get('repos/upload-release-asset')).toBeGreaterThanOrEqual(1);
  expect(v.validated.get('repos/create-release')).toBeGreaterThanOrEqual(2);
  expect(v.validated.get('repos/get-release-by-tag')).toBeGreaterThanOrEqual(2);
});
