import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseState, runSimCommand, startSimulator, stringifyState } from '../../packages/sim/src/index.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'sim-lifecycle-'));

const seed = {
  version: 1,
  github: {
    users: [{ login: 'acme', type: 'Organization', members: { alice: 'admin' } }],
    tokens: [{ token: 'tok-alice', login: 'alice' }],
    repos: [
      {
        owner: 'acme',
        name: 'tool',
        immutable_releases: false,
        releases: [
          {
            tag_name: 'v1.0.0',
            assets: [
              { name: 'tool.bin', content: { base64: Buffer.from([0, 1, 2, 255]).toString('base64') } }
            ]
          }
        ]
      }
    ]
  }
};

async function call(base: string, token: string, method: string, url: string, body?: unknown) {
  const res = await fetch(base + url, {
    method,
    headers: {
      authorization: `token ${token}`,
      'content-type': 'application/json',
      accept: 'application/vnd.github+json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : undefined };
}

test('runSimCommand: one JSON line, seeded from --state, admin API, --save on stop, state reloads', async () => {
  const stateFile = path.join(dir, 'state.json');
  const saveFile = path.join(dir, 'saved.json');
  writeFileSync(stateFile, JSON.stringify(seed));
  const lines: string[] = [];
  let stop!: () => void;
  const until = new Promise<void>((r) => (stop = r));
  const done = runSimCommand(
    ['--port', '0', '--state', stateFile, '--save', saveFile, '--token', 'admin-secret'],
    { write: (l) => lines.push(l), until }
  );
  for (let i = 0; i < 100 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(lines).toHaveLength(1);
  const info = JSON.parse(lines[0]);
  expect(Object.keys(info)).toEqual(
    expect.arrayContaining(['github', 'uploads', 'crates', 'index', 'npm', 'token'])
  );
  expect(info.index).toMatch(/^sparse\+http:\/\/127\.0\.0\.1:\d+\/index\/$/);
  expect(info.token).toBe('admin-secret');

  const rel = await call(info.github, 'tok-alice', 'GET', '/repos/acme/tool/releases/tags/v1.0.0');
  expect(rel.status).toBe(200);
  expect(rel.data.assets[0]).toMatchObject({ name: 'tool.bin', size: 4, state: 'uploaded' });

  // The admin API: only the admin token, then faults, starter assets, workflow runs and the request log.
  expect(
    (await call(info.admin ?? info.github.replace(/\/github$/, '/_admin'), 'tok-alice', 'GET', '/requests'))
      .status
  ).toBe(401);
  const admin = info.github.replace(/\/github$/, '/_admin');
  expect(
    (
      await call(admin, info.token, 'POST', '/faults', {
        service: 'github',
        path: '/repos/acme/tool',
        steps: [{ kind: 'status', status: 503 }]
      })
    ).status
  ).toBe(200);
  expect((await call(info.github, 'tok-alice', 'GET', '/repos/acme/tool')).status).toBe(503);
  expect((await call(info.github, 'tok-alice', 'GET', '/repos/acme/tool')).status).toBe(200);
  const log = await call(admin, info.token, 'GET', '/requests?service=github&path=/repos/acme/tool');
  expect(log.data.map((e: { status: number }) => e.status)).toEqual([503, 200]);
  await call(admin, info.token, 'PATCH', `/github/assets/${rel.data.assets[0].id}`, { state: 'starter' });
  expect(
    (await call(info.github, 'tok-alice', 'GET', `/repos/acme/tool/releases/${rel.data.id}/assets`)).data[0]
  ).toMatchObject({ state: 'starter', digest: null });
  const run = await call(admin, info.token, 'POST', '/github/repos/acme/tool/workflow-runs', {
    workflow: 'release.yml',
    conclusion: 'failure'
  });
  await call(admin, info.token, 'PATCH', `/github/workflow-runs/${run.data.id}`, {
    new_attempt: true,
    status: 'completed',
    conclusion: 'success'
  });
  const runs = await call(info.github, 'tok-alice', 'GET', '/repos/acme/tool/actions/runs');
  expect(runs.data.workflow_runs[0]).toMatchObject({ run_attempt: 2, conclusion: 'success' });
  // State over the admin API: binary data as {$base64}; seeding adds repositories.
  const dump = await call(admin, info.token, 'GET', '/state');
  expect(dump.data.github.repos[0].releases[0].assets[0].data).toEqual({
    $base64: Buffer.from([0, 1, 2, 255]).toString('base64')
  });
  await call(admin, info.token, 'POST', '/seed', {
    github: { repos: [{ owner: 'acme', name: 'tap', files: { 'Formula/tool.rb': 'x' } }] }
  });
  expect(
    (await call(info.github, 'tok-alice', 'GET', '/repos/acme/tap/contents/Formula/tool.rb')).status
  ).toBe(200);
  // A release created over the API survives --save.
  const created = await call(info.github, 'tok-alice', 'POST', '/repos/acme/tool/releases', {
    tag_name: 'v2.0.0',
    draft: true
  });
  expect(created.status).toBe(201);

  stop();
  expect(await done).toBe(0);
  const saved = parseState(readFileSync(saveFile, 'utf8'));
  const sim = await startSimulator({ state: saved, adminToken: 'x' });
  try {
    const repo = sim.github.repos['acme/tool'];
    expect(repo.releases.map((r) => r.tag_name).sort()).toEqual(['v1.0.0', 'v2.0.0']);
    expect(repo.releases.find((r) => r.tag_name === 'v1.0.0')!.assets[0].data).toEqual(
      Buffer.from([0, 1, 2, 255])
    );
    expect(repo.workflow_runs[0].attempts).toHaveLength(2);
    // Saving again gives the same document (the format is stable).
    expect(stringifyState(sim.save())).toBe(stringifyState(saved));
  } finally {
    await sim.stop();
  }
});

test('a seeded logical clock makes runs reproducible: same requests, same timestamps and commit shas', async () => {
  const run = async () => {
    const sim = await startSimulator({
      state: { github: { ...seed.github, clock: '2026-01-01T00:00:00Z' } }
    });
    try {
      const put = await call(
        sim.urls.github,
        'tok-alice',
        'PUT',
        '/repos/acme/tool/contents/Formula/tool.rb',
        {
          message: 'tool 1.0.0',
          content: Buffer.from('v1').toString('base64')
        }
      );
      const rel = await call(sim.urls.github, 'tok-alice', 'POST', '/repos/acme/tool/releases', {
        tag_name: 'v3.0.0'
      });
      return { sha: put.data.commit.sha, date: put.data.commit.author.date, created: rel.data.created_at };
    } finally {
      await sim.stop();
    }
  };
  const [a, b] = [await run(), await new Promise((r) => setTimeout(r, 1100)).then(run)];
  expect(a).toEqual(b);
  expect(a.date.startsWith('2026-01-01T00:00:')).toBe(true);
  expect(a.created > a.date).toBe(true);
});

test('bad arguments are refused with the usage', async () => {
  await expect(runSimCommand(['--port', 'x'])).rejects.toThrow(/--port 'x' is not a port number/);
  await expect(runSimCommand(['--bogus'])).rejects.toThrow(/Unknown argument '--bogus'/);
});

const cli = path.join(ROOT, 'dist/cli/index.js');
const hasCli = existsSync(cli);
if (!hasCli)
  console.log(
    `sim-lifecycle: ${cli} is not built; the process-level test runs on the committed bundle only (node scripts/build.mjs --only cli).`
  );
(hasCli ? test : test.skip)(
  'release-kit sim as a process: JSON line in < 1 s, serves until SIGTERM, writes --save',
  async () => {
    const start = async (args: string[]) => {
      const started = Date.now();
      const child = spawn(process.execPath, [cli, 'sim', '--port', '0', ...args], {
        stdio: ['ignore', 'pipe', 'pipe']
      });
      const line = await new Promise<string>((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (d) => {
          buf += d;
          if (buf.includes('\n')) resolve(buf.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      return { child, line, ms: Date.now() - started };
    };
    // Start-up is Node's own boot plus ~0.1 s; on a loaded CI machine one sample can be slow, so the best
    // of three is held to the bound and all are printed.
    const samples: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { child, ms } = await start([]);
      samples.push(ms);
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (ms < 600) break;
    }
    console.log(`release-kit sim: first JSON line after ${samples.join(', ')} ms`);
    expect(Math.min(...samples)).toBeLessThan(1000);

    const saveFile = path.join(dir, 'process-saved.json');
    const { child, line } = await start(['--save', saveFile]);
    const info = JSON.parse(line);
    const res = await fetch(`${info.github}/repos/none/none`, {
      headers: { authorization: `token ${info.token}` }
    });
    expect(res.status).toBe(404);
    await new Promise((r) => setTimeout(r, 200));
    expect(child.exitCode).toBeNull();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(JSON.parse(readFileSync(saveFile, 'utf8')).version).toBe(1);
  }
);
