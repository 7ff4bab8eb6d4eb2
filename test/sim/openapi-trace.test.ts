import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSimulator } from '../../packages/sim/src/index.js';
import { expectConforming, RetryingOctokit, specValidator } from './openapi-harness.js';

/**
 * Whole-suite fidelity: run any tests with `RELEASE_KIT_SIM_TRACE=/tmp/trace.jsonl` (every simulator
 * they start appends its GitHub exchanges), then this file with `RELEASE_KIT_SIM_TRACE_CHECK` naming
 * that file: every request body and answer of that run — the actions' own traffic included — is
 * checked against the OpenAPI description. Without it, the trace mechanism itself is tested.
 */
const file = process.env.RELEASE_KIT_SIM_TRACE_CHECK;
if (!file)
  console.log(
    'openapi-trace: RELEASE_KIT_SIM_TRACE_CHECK is not set, so no recorded run is checked (see this file).'
  );

(file ? test : test.skip)('every traced exchange conforms to the OpenAPI description', () => {
  expect(existsSync(file!)).toBe(true);
  const lines = readFileSync(file!, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  expect(lines.length).toBeGreaterThan(0);
  console.log(`openapi-trace: ${lines.length} exchanges checked`);
  expectConforming(specValidator().checkTrace(lines));
});

test('a traced run is recorded without credentials and checked; a drifted line is caught', async () => {
  const trace = path.join(mkdtempSync(path.join(tmpdir(), 'sim-trace-')), 'trace.jsonl');
  const before = process.env.RELEASE_KIT_SIM_TRACE;
  process.env.RELEASE_KIT_SIM_TRACE = trace;
  const sim = await startSimulator({
    state: {
      github: { tokens: [{ token: 'tok-secret-1', login: 'alice' }], repos: [{ owner: 'alice', name: 'r' }] }
    }
  });
  if (before === undefined) delete process.env.RELEASE_KIT_SIM_TRACE;
  else process.env.RELEASE_KIT_SIM_TRACE = before;
  try {
    const gh = new RetryingOctokit({
      auth: 'tok-secret-1',
      baseUrl: sim.urls.github,
      throttle: { enabled: false },
      retry: { enabled: false }
    });
    const rel = await gh.rest.repos.createRelease({ owner: 'alice', repo: 'r', tag_name: 'v1', draft: true });
    await gh.rest.repos.uploadReleaseAsset({
      owner: 'alice',
      repo: 'r',
      release_id: rel.data.id,
      url: rel.data.upload_url,
      name: 'a.txt',
      data: 'a'
    });
    await gh.rest.repos.listReleaseAssets({ owner: 'alice', repo: 'r', release_id: rel.data.id });
  } finally {
    await sim.stop();
  }
  const text = readFileSync(trace, 'utf8');
  expect(text).not.toContain('tok-secret-1');
  const lines = text.split('\n').filter((l) => l.trim());
  expect(lines.map((l) => JSON.parse(l).path)).toEqual([
    '/repos/alice/r/releases',
    `/repos/alice/r/releases/${JSON.parse(lines[0]).body.id}/assets`,
    expect.stringMatching(/assets$/)
  ]);
  expect(specValidator().checkTrace(lines)).toEqual([]);
  const drifted = JSON.stringify({ ...JSON.parse(lines[2]), body: [{ id: 'x' }] });
  expect(specValidator().checkTrace([drifted]).length).toBeGreaterThan(0);
});
