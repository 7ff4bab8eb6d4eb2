/**
 * The bounds of the untrusted-text path that need a server or a token: a download larger than its
 * limit is refused while it streams, secrets echoed by a server are masked, and the token's identity
 * is known, never guessed (a user token, the workflow's installation token, a bad token).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createGitHubClient } from '../../packages/core/src/github.js';
import { download } from '../../packages/core/src/http.js';
import { getTokenIdentity, isAuthoredBy } from '../../packages/core/src/identity.js';
import { redactSecrets } from '../../packages/core/src/untrusted-text.js';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.01';

describe('download maxBytes', () => {
  let server: http.Server;
  let base: string;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-max-bytes-'));
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const big = Buffer.alloc(300_000, 7);
      if (req.url === '/declared') res.writeHead(200, { 'content-length': String(big.length) }).end(big);
      else {
        // no Content-Length: only counting the stream can stop it
        res.writeHead(200, { 'transfer-encoding': 'chunked' });
        for (let i = 0; i < 30; i++) res.write(big.subarray(0, 10_000));
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  test.each(['/declared', '/chunked'])(
    '%s: a body over the limit is refused and no file is left',
    async (p) => {
      const toFile = path.join(dir, `x${p.slice(1)}.crate`);
      await expect(download(`${base}${p}`, { toFile, maxBytes: 100_000, hash: 'sha256' })).rejects.toThrow(
        /more than the limit of 100000 bytes/
      );
      expect(existsSync(toFile)).toBe(false);
    }
  );

  test('a body within the limit streams through the hash', async () => {
    const r = await download(`${base}/chunked`, { maxBytes: 300_000, hash: 'sha256' });
    expect(r.size).toBe(300_000);
    expect(r.hashes.sha256).toBe(createHash('sha256').update(Buffer.alloc(300_000, 7)).digest('hex'));
  });
});

describe('redactSecrets', () => {
  test('masks the token as sent, URL-encoded and base64', () => {
    const token = 'cio_secret/+=token';
    const echoed = `bad token ${token} (${encodeURIComponent(token)}, ${Buffer.from(token).toString('base64')})`;
    const out = redactSecrets(echoed, [token, undefined, '']);
    expect(out).not.toContain(token);
    expect(out).not.toContain(encodeURIComponent(token));
    expect(out).toBe('bad token *** (***, ***)');
    expect(redactSecrets('a b c', ['a'])).toBe('a b c');
  });
});

describe('getTokenIdentity against the simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({
      state: {
        github: {
          users: [{ login: 'octo-org', type: 'Organization' }, { login: 'octocat' }],
          tokens: [
            { token: 'ghp_user', login: 'octocat', kind: 'user' },
            {
              token: 'ghs_workflow',
              login: 'github-actions[bot]',
              kind: 'integration',
              repositories: ['octo-org/r']
            }
          ],
          repos: [{ owner: 'octo-org', name: 'r' }]
        }
      } as never
    });
    process.env.GITHUB_API_URL = sim.urls.github;
  });
  afterAll(async () => {
    delete process.env.GITHUB_API_URL;
    await sim?.stop();
  });

  test('a user token is its user; an installation token is the app bot; an override is taken as is', async () => {
    expect(await getTokenIdentity(await createGitHubClient('ghp_user'))).toEqual({ login: 'octocat' });
    expect(await getTokenIdentity(await createGitHubClient('ghs_workflow'))).toEqual({
      login: 'github-actions[bot]'
    });
    expect(
      await getTokenIdentity(await createGitHubClient('ghs_workflow'), { override: 'tap-bumper[bot]' })
    ).toEqual({ login: 'tap-bumper[bot]' });
  });

  test('a bad token is an error, not a guess', async () => {
    await expect(getTokenIdentity(await createGitHubClient('ghp_unknown'))).rejects.toThrow();
  });

  test('isAuthoredBy compares logins without case; no author is nobody', () => {
    const me = { login: 'github-actions[bot]' };
    expect(isAuthoredBy({ user: { login: 'GitHub-Actions[bot]' } }, me)).toBe(true);
    expect(isAuthoredBy({ user: { login: 'mallory' } }, me)).toBe(false);
    expect(isAuthoredBy({ user: null }, me)).toBe(false);
    expect(isAuthoredBy({}, me)).toBe(false);
  });
});
