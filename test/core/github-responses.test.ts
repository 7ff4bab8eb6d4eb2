/**
 * The core GitHub client reads every 2xx body whole: a cut or unparseable answer is retried like a 502
 * and, once the retries are spent, fails naming the request — it is never read as "" or [].
 */
import { afterAll, afterEach, beforeAll, expect, test } from '@jest/globals';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { createGitHubClient, type GitHubClient } from '../../packages/core/src/github.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.001';

let sim: Simulator;
let gh: GitHubClient;
const repo = { owner: 'acme', repo: 'tool' };
const ISSUES = '/repos/acme/tool/issues';

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        users: [{ login: 'acme', type: 'Organization', members: { alice: 'admin' } }],
        tokens: [{ token: 'tok-alice', login: 'alice' }],
        repos: [
          {
            owner: 'acme',
            name: 'tool',
            labels: ['P0'],
            issues: Array.from({ length: 130 }, (_, i) => ({
              title: `bug ${i + 1}`,
              labels: i === 0 ? ['P0'] : [],
              body: 'x'.repeat(200)
            }))
          }
        ]
      }
    } as never
  });
  gh = await createGitHubClient('tok-alice', { baseUrl: sim.urls.github, mask: false });
});
afterAll(() => sim.stop());
afterEach(() => {
  sim.faults.clear();
});

const calls = (method: string, path: string) => sim.server.requests({ method, path }).length;

const cut = (path: string, count: number, method = 'GET') =>
  sim.server.addFault({
    service: 'github',
    method,
    path,
    steps: Array.from({ length: count }, () => ({ kind: 'truncate' as const, bytes: 40 }))
  });

test('a cut list body is retried and then read whole', async () => {
  const before = calls('GET', ISSUES);
  cut(ISSUES, 2);
  const { data } = await gh.rest.issues.listForRepo({ ...repo, labels: 'P0' });
  expect(data.map((i) => i.title)).toEqual(['bug 1']);
  expect(calls('GET', ISSUES) - before).toBe(3);
});

test('a body cut on every attempt fails naming the request, never reads as empty', async () => {
  cut(ISSUES, 10);
  const error = await gh.rest.issues.listForRepo({ ...repo, labels: 'P0' }).then(
    () => undefined,
    (e: Error) => e
  );
  expect(error).toBeDefined();
  expect(error!.message).toMatch(
    /^GET \/repos\/acme\/tool\/issues\?labels=P0 \(GET \/repos\/\{owner\}\/\{repo\}\/issues\) failed: 200 OK with a body cut short .* after 4 attempts/
  );
  expect((error as { attempts?: number }).attempts).toBe(4);
});

test('a cut page in the middle of a paginated list is retried; a page that never arrives fails the whole list', async () => {
  const page2 = (p: string) =>
    sim.server.addFault({
      service: 'github',
      method: 'GET',
      path: ISSUES,
      steps: [
        { kind: 'pass' },
        ...Array.from({ length: Number(p) }, () => ({ kind: 'truncate' as const, bytes: 100 }))
      ]
    });
  page2('1');
  const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 100, state: 'all' });
  expect(all).toHaveLength(130);
  sim.faults.clear();
  page2('10');
  await expect(
    gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 100, state: 'all' })
  ).rejects.toThrow(
    /^GET \/repos\/acme\/tool\/issues\?per_page=100&state=all&page=2 \(GET \/repos\/\{owner\}\/\{repo\}\/issues\) failed: 200 OK with a body cut short.* after 4 attempts/
  );
  sim.faults.clear();
  page2('10');
  const seen: number[] = [];
  await expect(
    (async () => {
      for await (const page of gh.paginate.iterator(gh.rest.issues.listForRepo, { ...repo, per_page: 100 }))
        seen.push(page.data.length);
    })()
  ).rejects.toThrow(/page=2 .* after 4 attempts/);
  expect(seen).toEqual([100]);
});

test('JSON of the wrong kind or not JSON at all is refused like a cut body', async () => {
  sim.server.addFault({
    service: 'github',
    path: '/repos/acme/tool',
    steps: Array.from({ length: 4 }, () => ({ kind: 'status' as const, status: 200, body: '{"id": 1, "na' }))
  });
  await expect(gh.rest.repos.get(repo)).rejects.toThrow(/not complete JSON .* after 4 attempts/);
  sim.server.addFault({
    service: 'github',
    path: ISSUES,
    steps: Array.from({ length: 4 }, () => ({
      kind: 'status' as const,
      status: 200,
      body: { message: 'odd' }
    }))
  });
  await expect(gh.paginate(gh.rest.issues.listForRepo, repo)).rejects.toThrow(/where a list was expected/);
  // One page asked for directly is a list all the same.
  sim.server.addFault({
    service: 'github',
    path: '/repos/acme/tool/pulls',
    steps: Array.from({ length: 4 }, () => ({
      kind: 'status' as const,
      status: 200,
      body: { message: 'odd' }
    }))
  });
  await expect(gh.rest.pulls.list(repo)).rejects.toThrow(
    /^GET \/repos\/acme\/tool\/pulls \(GET \/repos\/\{owner\}\/\{repo\}\/pulls\) failed: 200 OK with a JSON object where a list was expected after 4 attempts/
  );
  sim.server.addFault({
    service: 'github',
    path: '/repos/acme/tool',
    steps: [{ kind: 'status' as const, status: 200, body: 'null' }]
  });
  const { data } = await gh.rest.repos.get(repo);
  expect(data.full_name).toBe('acme/tool');
});

test('a non-empty 2xx body that is not JSON on a list route is refused like a cut body', async () => {
  // A proxy's HTML page, or a plain-text answer: Octokit would hand back a string the paginator cannot read.
  for (const [type, body] of [
    ['text/html; charset=utf-8', '<html><body>Service temporarily unavailable</body></html>'],
    ['text/plain', '[{"number": 1}]']
  ]) {
    sim.faults.clear();
    const before = calls('GET', ISSUES);
    sim.server.addFault({
      service: 'github',
      path: ISSUES,
      steps: Array.from({ length: 4 }, () => ({
        kind: 'status' as const,
        status: 200,
        headers: { 'content-type': type },
        body
      }))
    });
    await expect(gh.paginate(gh.rest.issues.listForRepo, { ...repo, labels: 'P0' })).rejects.toThrow(
      /^GET \/repos\/acme\/tool\/issues\?labels=P0.* failed: 200 OK with a body that is not JSON \(content-type text\/.*\) where a list was expected after 4 attempts/
    );
    expect(calls('GET', ISSUES) - before).toBe(4);
  }
  // The same route answers normally once the fault is gone.
  sim.faults.clear();
  const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, labels: 'P0' });
  expect(all.map((i) => i.title)).toEqual(['bug 1']);
});

test('502s, resets and statuses are named with method, path, template, status and attempts', async () => {
  sim.faults.status(ISSUES, 502, 10);
  await expect(gh.rest.issues.listForRepo({ ...repo, labels: 'P0' })).rejects.toThrow(
    /^GET \/repos\/acme\/tool\/issues\?labels=P0 \(GET \/repos\/\{owner\}\/\{repo\}\/issues\) failed: 502 Bad Gateway after 4 attempts: Simulated 502$/
  );
  sim.faults.clear();
  sim.faults.reset(ISSUES, 10);
  await expect(gh.rest.issues.listForRepo(repo)).rejects.toThrow(
    /failed: the connection failed .* after 4 attempts/
  );
  sim.faults.clear();
  const missing = await gh.rest.repos.get({ owner: 'acme', repo: 'nope' }).catch((e: Error) => e);
  expect((missing as { status?: number }).status).toBe(404);
  expect((missing as Error).message).toMatch(
    /^GET \/repos\/acme\/nope \(GET \/repos\/\{owner\}\/\{repo\}\) failed: 404 Not Found after 1 attempt, request id [0-9A-F]+: Not Found/
  );
});

test('a POST whose answer is lost is not replayed blindly by the client', async () => {
  const before = calls('POST', ISSUES);
  sim.faults.lostResponse(ISSUES, { method: 'POST' });
  await expect(gh.rest.issues.create({ ...repo, title: 'once' })).rejects.toThrow(
    /^POST \/repos\/acme\/tool\/issues .* failed: 502 Bad Gateway after 1 attempt/
  );
  expect(calls('POST', ISSUES) - before).toBe(1);
  const titles = (await gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 100 })).map(
    (i) => i.title
  );
  expect(titles.filter((t) => t === 'once')).toHaveLength(1);
});
