import { createHash } from 'node:crypto';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { createGitHubClient, type GitHubClient } from '#core/github.js';
import {
  assetNameProblem,
  deleteAsset,
  findRelease,
  listAssets,
  openAssetStream,
  requireRelease,
  uploadAsset
} from '#core/release.js';
import { preflight } from '#core/credentials.js';
import { ConfigurationError } from '#core/errors.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.001';

let sim: Simulator;
let gh: GitHubClient;
const repo = { owner: 'octo-org', repo: 'widget' };

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'octo-org', type: 'Organization', members: { alice: 'admin' } }],
        tokens: [
          { token: 'tok-alice', login: 'alice' },
          { token: 'tok-reader', login: 'rita' }
        ],
        repos: [
          { owner: 'octo-org', name: 'widget', collaborators: { rita: 'read' } },
          { owner: 'octo-org', name: 'locked', immutable_releases: true }
        ]
      }
    } as never
  });
  gh = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github });
});
afterAll(() => sim.stop());
afterEach(() => sim.faults.clear());

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('absent, draft, published and ambiguous releases are told apart', async () => {
  expect((await findRelease(gh, repo, { tag: 'v9.9.9' })).kind).toBe('absent');
  const draft = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0', draft: true });
  const found = await findRelease(gh, repo, { tag: 'v1.0.0' });
  expect(found.kind).toBe('draft');
  expect(found.release!.id).toBe(draft.data.id);
  expect((await findRelease(gh, repo, { id: draft.data.id })).kind).toBe('draft');
  expect((await findRelease(gh, repo, { id: 987654 })).kind).toBe('absent');

  await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.1.0', draft: true });
  await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.1.0', draft: true });
  const ambiguous = await findRelease(gh, repo, { tag: 'v1.1.0' });
  expect(ambiguous.kind).toBe('ambiguous');
  expect(() => requireRelease(ambiguous)).toThrow(
    /2 draft releases with tag v1.1.0 .*Delete the extra drafts/
  );

  await gh.rest.repos.updateRelease({ ...repo, release_id: draft.data.id, draft: false });
  const before = sim.server.log.length;
  const published = await findRelease(gh, repo, { tag: 'v1.0.0' });
  expect(published.kind).toBe('published');
  expect(sim.server.log.length - before).toBe(1); // one request for a published release
});

test('upload policies converge: created, unchanged, refused, replaced', async () => {
  await gh.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.0', draft: true });
  const state = await findRelease(gh, repo, { tag: 'v2.0.0' });
  const a = Buffer.from('hello\n');
  const b = Buffer.from('changed\n');
  const first = await uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: a }, 'skip-identical');
  expect(first.result).toBe('created');
  expect(first.asset!.digest).toBe(`sha256:${sha(a)}`);
  expect(
    (await uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: a }, 'skip-identical')).result
  ).toBe('unchanged');
  expect((await uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: a }, 'replace')).result).toBe(
    'unchanged'
  );
  await expect(
    uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: b }, 'skip-identical')
  ).rejects.toThrow(/different content .*on-conflict: replace/);
  await expect(uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: a }, 'fail')).rejects.toThrow(
    /already exists/
  );
  const replaced = await uploadAsset(gh, repo, state, { name: 'SHA256SUMS.txt', data: b }, 'replace');
  expect(replaced.result).toBe('updated');
  const assets = await listAssets(gh, repo, state.release!.id);
  expect(assets.map((x) => x.name)).toEqual(['SHA256SUMS.txt']);
  const chunks: Buffer[] = [];
  for await (const c of await openAssetStream(gh, repo, assets[0])) chunks.push(Buffer.from(c));
  expect(Buffer.concat(chunks).toString()).toBe('changed\n');
});

test('replace survives a lost answer to its DELETE: the replayed 404 counts as deleted, the new bytes land', async () => {
  await gh.rest.repos.createRelease({ ...repo, tag_name: 'v2.0.1', draft: true });
  const state = await findRelease(gh, repo, { tag: 'v2.0.1' });
  await uploadAsset(gh, repo, state, { name: 'app.bin', data: Buffer.from('old\n') }, 'skip-identical');
  // The DELETE lands, then its answer is lost twice: the client replays it into a 404.
  sim.faults.lostResponse(/^\/repos\/octo-org\/widget\/releases\/assets\/\d+$/, {
    method: 'DELETE',
    count: 2
  });
  const out = await uploadAsset(gh, repo, state, { name: 'app.bin', data: Buffer.from('new\n') }, 'replace');
  expect(out.result).toBe('updated');
  const assets = await listAssets(gh, repo, state.release!.id);
  expect(assets.map((x) => [x.name, x.digest])).toEqual([['app.bin', `sha256:${sha(Buffer.from('new\n'))}`]]);
});

test('an interrupted (starter) upload is replaced', async () => {
  await gh.rest.repos.createRelease({ ...repo, tag_name: 'v2.1.0', draft: true });
  const state = await findRelease(gh, repo, { tag: 'v2.1.0' });
  sim.gh.addStarterAsset(state.release!.id, 'app.tar.gz', Buffer.from('par'));
  const out = await uploadAsset(
    gh,
    repo,
    state,
    { name: 'app.tar.gz', data: Buffer.from('partial no more') },
    'skip-identical'
  );
  expect(out).toMatchObject({ result: 'updated', reason: 'replaced an interrupted upload' });
  const assets = await listAssets(gh, repo, state.release!.id);
  expect(assets.map((x) => [x.name, x.state])).toEqual([['app.tar.gz', 'uploaded']]);
});

test('an immutable release is refused before any request, with the draft → attach → publish advice', async () => {
  const locked = { owner: 'octo-org', repo: 'locked' };
  const r = await gh.rest.repos.createRelease({ ...locked, tag_name: 'v3.0.0' });
  const state = await findRelease(gh, locked, { tag: 'v3.0.0' });
  expect(state.kind).toBe('immutable');
  const before = sim.server.log.length;
  await expect(
    uploadAsset(gh, locked, state, { name: 'x.txt', data: Buffer.from('x') }, 'replace')
  ).rejects.toThrow(/immutable.*Attach assets while the release is a draft, then publish/);
  await expect(deleteAsset(gh, locked, state, { id: 1, name: 'x.txt' } as never)).rejects.toBeInstanceOf(
    ConfigurationError
  );
  expect(sim.server.log.length).toBe(before);
  expect(r.data.immutable).toBe(true);
});

test('hostile asset names are refused', () => {
  for (const bad of ['../etc/passwd', 'a/b', 'x\ny', '', '..', ' lead', 'a\\b'])
    expect(assetNameProblem(bad)).toBeDefined();
  for (const good of ['caro-1.2.3-linux-amd64', 'caro-1.2.3-windows-amd64.exe.sha256', 'SHA256SUMS.txt'])
    expect(assetNameProblem(good)).toBeUndefined();
});

describe('GitHub client', () => {
  test('rides out 502s and a secondary rate limit, then gives up after the retry budget', async () => {
    await gh.rest.repos.createRelease({ ...repo, tag_name: 'v4.0.0' });
    sim.faults.status('/repos/octo-org/widget/releases/tags/v4.0.0', 502, 2);
    expect((await findRelease(gh, repo, { tag: 'v4.0.0' })).kind).toBe('published');
    sim.faults.secondaryRateLimit('/repos/octo-org/widget/releases/tags/v4.0.0', 1, 1);
    expect((await findRelease(gh, repo, { tag: 'v4.0.0' })).kind).toBe('published');
    sim.faults.status('/repos/octo-org/widget/releases/tags/v4.0.0', 503, 10);
    const before = sim.server.requests({ path: '/repos/octo-org/widget/releases/tags/v4.0.0' }).length;
    await expect(findRelease(gh, repo, { tag: 'v4.0.0' })).rejects.toMatchObject({ status: 503 });
    expect(sim.server.requests({ path: '/repos/octo-org/widget/releases/tags/v4.0.0' }).length - before).toBe(
      4
    );
  });

  test('sends the release-kit user agent and refuses an empty token', async () => {
    const http = await import('node:http');
    let seen = '';
    const server = http.createServer((req, res) => {
      seen = String(req.headers['user-agent']);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as import('node:net').AddressInfo).port;
    try {
      const client = await createGitHubClient('tok', { baseUrl: `http://127.0.0.1:${port}` });
      await client.request('GET /meta');
    } finally {
      server.close();
    }
    expect(seen).toMatch(/^release-kit\/\d+\.\d+\.\d+/);
    await expect(createGitHubClient('')).rejects.toThrow(/Input 'token': empty\. Pass/);
  });
});

describe('preflight', () => {
  test('a read-only token fails before any write, naming what to configure', async () => {
    const reader = await createGitHubClient('tok-reader', { baseUrl: sim.urls.github });
    await expect(preflight(reader, repo, 'write')).rejects.toThrow(
      /can read octo-org\/widget but not write to it/
    );
    expect((await preflight(reader, repo, 'read')).push).toBe(false);
    expect((await preflight(gh, repo, 'write')).push).toBe(true);
  });

  test('an unknown token and an unknown repository fail with advice', async () => {
    const bad = await createGitHubClient('tok-nobody', { baseUrl: sim.urls.github });
    await expect(preflight(bad, repo, 'read')).rejects.toThrow(/rejected by GitHub \(401 Bad credentials\)/);
    await expect(preflight(gh, { owner: 'octo-org', repo: 'nope' }, 'read')).rejects.toThrow(
      /Repository octo-org\/nope was not found/
    );
  });
});
