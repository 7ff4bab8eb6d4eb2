/**
 * Lost-answer recovery, one write kind at a time: the simulator runs the write and then loses its
 * answer (a 502, a dropped connection, a body cut short); the client must find the landed write and
 * adopt it, never send it twice.
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { createGitHubClient, type GitHubClient } from '../../packages/core/src/github.js';
import { getTokenIdentity, isAuthoredBy } from '../../packages/core/src/identity.js';
import { findRelease, uploadAsset } from '../../packages/core/src/release.js';
import {
  closeIssueOnce,
  commitFileOnce,
  createCommentOnce,
  createIssueOnce,
  createPullOnce,
  createRefOnce,
  deleteRefOnce,
  deleteReleaseOnce,
  gitBlobSha
} from '../../packages/core/src/writes.js';
import { writeOnce } from '../../packages/core/src/write-once.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.001';

let sim: Simulator;
let gh: GitHubClient;
const repo = { owner: 'acme', repo: 'tool' };
const R = '/repos/acme/tool';
const MARKER = '<!-- release-kit:test -->';

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'acme', type: 'Organization', members: { alice: 'admin' } }],
        tokens: [
          { token: 'tok-alice', login: 'alice' },
          {
            token: 'ghs_bot',
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: ['acme/tool'],
            permissions: { contents: 'write', issues: 'write', metadata: 'read' }
          }
        ],
        repos: [{ owner: 'acme', name: 'tool', files: { 'Formula/tool.rb': 'class Tool < Formula\nend\n' } }]
      }
    } as never
  });
  gh = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
});
afterAll(() => sim.stop());
afterEach(() => sim.faults.clear());

const count = (method: string, path: string | RegExp, service?: 'github' | 'uploads') =>
  sim.server.requests({ method, path, service }).length;
const lose = (
  method: string,
  path: string | RegExp,
  how: 'status' | 'reset' | 'truncate',
  service = 'github'
) =>
  sim.server.addFault({
    service: service as never,
    method,
    path,
    steps: [
      how === 'truncate'
        ? { kind: 'truncate', bytes: 20 }
        : how === 'reset'
          ? { kind: 'reset', after: true }
          : { kind: 'status', status: 502, after: true }
    ]
  });

test('the token identity: GET /user, or github-actions[bot] for an installation token', async () => {
  expect(await getTokenIdentity(gh)).toEqual({ login: 'alice' });
  const bot = await createGitHubClient('ghs_bot', { baseUrl: sim.urls.github, mask: false });
  expect(await getTokenIdentity(bot)).toEqual({ login: 'github-actions[bot]' });
  expect(isAuthoredBy({ user: { login: 'Alice' } }, { login: 'alice' })).toBe(true);
  expect(isAuthoredBy({ user: null }, { login: 'alice' })).toBe(false);
});

test('issue create: a dropped answer is recovered by marker and identity, one issue', async () => {
  const before = count('POST', `${R}/issues`);
  lose('POST', `${R}/issues`, 'reset');
  const out = await createIssueOnce(gh, repo, { title: 'Tracking', body: `${MARKER}\nbody` }, MARKER);
  expect(out.recovered).toBe(true);
  expect(count('POST', `${R}/issues`) - before).toBe(1);
  const open = sim.gh.repo('acme', 'tool').issues.filter((i) => i.title === 'Tracking');
  expect(open.map((i) => i.number)).toEqual([out.value.number]);
});

test('issue create: an issue of the same title by someone else, or without the marker, is not adopted', async () => {
  const other = await createGitHubClient('ghs_bot', { baseUrl: sim.urls.github, mask: false });
  await other.rest.issues.create({ ...repo, title: 'Lookalike', body: `${MARKER}\nforged` });
  await gh.rest.issues.create({ ...repo, title: 'Lookalike', body: 'no marker' });
  sim.faults.status(`${R}/issues`, 502, 1);
  const before = count('POST', `${R}/issues`);
  const out = await createIssueOnce(gh, repo, { title: 'Lookalike', body: `${MARKER}\nmine` }, MARKER);
  expect(out.recovered).toBe(false);
  expect(out.attempts).toBe(2);
  expect(count('POST', `${R}/issues`) - before).toBe(2);
  expect(sim.gh.repo('acme', 'tool').issues.filter((i) => i.title === 'Lookalike')).toHaveLength(3);
});

test('comment: a cut answer is recovered; checkFirst does not repeat the last word', async () => {
  const { data: issue } = await gh.rest.issues.create({ ...repo, title: 'Comments' });
  const path = `${R}/issues/${issue.number}/comments`;
  lose('POST', path, 'truncate');
  const out = await createCommentOnce(gh, repo, issue.number, `${MARKER}\nhello`, { marker: MARKER });
  expect(out.recovered).toBe(true);
  expect(count('POST', path)).toBe(1);
  const again = await createCommentOnce(gh, repo, issue.number, `${MARKER}\nhello`, {
    marker: MARKER,
    checkFirst: true
  });
  expect(again.recovered).toBe(true);
  expect(count('POST', path)).toBe(1);
  expect((await gh.rest.issues.listComments({ ...repo, issue_number: issue.number })).data).toHaveLength(1);
});

test('close: a lost answer is recovered by reading the state', async () => {
  const { data: issue } = await gh.rest.issues.create({ ...repo, title: 'To close' });
  lose('PATCH', `${R}/issues/${issue.number}`, 'status');
  const out = await closeIssueOnce(gh, repo, issue.number, { state_reason: 'completed' });
  expect(out.recovered).toBe(true);
  expect(count('PATCH', `${R}/issues/${issue.number}`)).toBe(1);
  expect((await gh.rest.issues.get({ ...repo, issue_number: issue.number })).data.state).toBe('closed');
});

test('ref, commit and pull request: each lost answer is adopted, nothing is sent twice', async () => {
  const main = (await gh.rest.repos.getBranch({ ...repo, branch: 'main' })).data.commit.sha;
  lose('POST', `${R}/git/refs`, 'status');
  const ref = await createRefOnce(gh, repo, 'refs/heads/bump', main);
  expect(ref.recovered).toBe(true);
  expect(count('POST', `${R}/git/refs`)).toBe(1);

  const file = (await gh.rest.repos.getContent({ ...repo, path: 'Formula/tool.rb', ref: 'bump' })).data as {
    sha: string;
  };
  const text = 'class Tool < Formula\n  version "2"\nend\n';
  lose('PUT', /\/contents\/Formula/, 'reset');
  const commit = await commitFileOnce(gh, repo, {
    path: 'Formula/tool.rb',
    text,
    message: 'tool 2',
    branch: 'bump',
    sha: file.sha,
    parent: main
  });
  expect(commit.recovered).toBe(true);
  expect(count('PUT', /\/contents\/Formula/)).toBe(1);
  const head = (await gh.rest.repos.getBranch({ ...repo, branch: 'bump' })).data.commit;
  expect(commit.value.commitSha).toBe(head.sha);
  // One commit on top of main: the lost PUT was not replayed.
  const landed = await gh.rest.git.getCommit({ ...repo, commit_sha: head.sha });
  expect(landed.data.parents.map((p) => p.sha)).toEqual([main]);
  expect(gitBlobSha(Buffer.from(text))).toBe(
    (
      (await gh.rest.repos.getContent({ ...repo, path: 'Formula/tool.rb', ref: 'bump' })).data as {
        sha: string;
      }
    ).sha
  );

  lose('POST', `${R}/pulls`, 'truncate');
  const pull = await createPullOnce(gh, repo, { head: 'bump', base: 'main', title: 'tool 2', body: 'bump' });
  expect(pull.recovered).toBe(true);
  expect(count('POST', `${R}/pulls`)).toBe(1);
  expect((await gh.rest.pulls.list({ ...repo, state: 'all' })).data).toHaveLength(1);
});

test('asset upload: a lost answer adopts the uploaded asset; a starter left behind is deleted and sent again', async () => {
  const release = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v1.0.0', draft: true });
  const state = await findRelease(gh, repo, { tag: 'v1.0.0' });
  const uploads = `/repos/acme/tool/releases/${release.data.id}/assets`;
  lose('POST', uploads, 'status', 'uploads');
  const out = await uploadAsset(
    gh,
    repo,
    state,
    { name: 'a.txt', data: Buffer.from('aaa') },
    'skip-identical'
  );
  expect(out.result).toBe('created');
  expect(count('POST', uploads, 'uploads')).toBe(1);

  // The upload lands as a `starter` (cut short server-side) and its answer is lost: delete, upload again.
  const stop = sim.server.observe((ex) => {
    if (ex.service === 'uploads' && ex.method === 'POST') {
      const hit = sim.gh.repo('acme', 'tool').releases.find((r) => r.id === release.data.id)!;
      const asset = hit.assets.find((a) => a.name === 'b.txt');
      if (asset && count('POST', uploads, 'uploads') === 1) asset.state = 'starter';
    }
  });
  lose('POST', uploads, 'reset', 'uploads');
  const b = await uploadAsset(gh, repo, state, { name: 'b.txt', data: Buffer.from('bbb') }, 'skip-identical');
  stop();
  expect(b.result).toBe('created');
  expect(count('POST', uploads, 'uploads')).toBe(3);
  const assets = sim.gh.repo('acme', 'tool').releases.find((r) => r.id === release.data.id)!.assets;
  expect(assets.map((a) => [a.name, a.state]).sort()).toEqual([
    ['a.txt', 'uploaded'],
    ['b.txt', 'uploaded']
  ]);
});

test('ref and release deletes: a lost answer is found gone, never replayed into a 422 or 404', async () => {
  const main = (await gh.rest.repos.getBranch({ ...repo, branch: 'main' })).data.commit.sha;
  await gh.rest.git.createRef({ ...repo, ref: 'refs/tags/v0.9.0', sha: main });
  const tagPath = /\/git\/refs\/tags(\/|%2F)v0\.9\.0$/;
  lose('DELETE', tagPath, 'status');
  const tag = await deleteRefOnce(gh, repo, 'tags/v0.9.0');
  expect(tag.recovered).toBe(true);
  expect(count('DELETE', tagPath)).toBe(1);
  expect(sim.gh.repo('acme', 'tool').refs['refs/tags/v0.9.0']).toBeUndefined();

  const draft = await gh.rest.repos.createRelease({ ...repo, tag_name: 'v0.9.1', draft: true });
  const releasePath = `${R}/releases/${draft.data.id}`;
  lose('DELETE', releasePath, 'reset');
  const gone = await deleteReleaseOnce(gh, repo, draft.data.id);
  expect(gone).toEqual({ value: { id: draft.data.id }, recovered: true, attempts: 1 });
  expect(count('DELETE', releasePath)).toBe(1);
  expect(sim.gh.repo('acme', 'tool').releases.find((r) => r.id === draft.data.id)).toBeUndefined();

  // A first answer that is a refusal is not a lost answer: the ref that never existed is GitHub's 422.
  await expect(deleteRefOnce(gh, repo, 'tags/v0.0.0-never')).rejects.toThrow(/422|Reference does not exist/);
});

test('a write that never lands fails after its attempts, naming the request', async () => {
  sim.server.addFault({
    service: 'github',
    method: 'POST',
    path: `${R}/issues`,
    steps: Array.from({ length: 10 }, () => ({ kind: 'status' as const, status: 503 }))
  });
  await expect(createIssueOnce(gh, repo, { title: 'Never', body: `${MARKER}\nx` }, MARKER)).rejects.toThrow(
    /^POST \/repos\/acme\/tool\/issues \(POST \/repos\/\{owner\}\/\{repo\}\/issues\) failed: 503 Service Unavailable after 4 attempts \(each retry first checked whether the write had landed\)/
  );
  expect(sim.gh.repo('acme', 'tool').issues.filter((i) => i.title === 'Never')).toHaveLength(0);
});

test('writeOnce does not retry a refusal (4xx)', async () => {
  let calls = 0;
  const refusal = Object.assign(new Error('Validation Failed'), { status: 422 });
  await expect(
    writeOnce({
      what: 'x',
      write: async () => {
        calls++;
        throw refusal;
      },
      landed: async () => 'never'
    })
  ).rejects.toBe(refusal);
  expect(calls).toBe(1);
});
