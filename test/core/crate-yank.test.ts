import { buildCrateFile } from '../../packages/sim/src/crates/index.js';
import { RegistryClient } from '../../packages/core/src/crates/registry-client.js';
import { createRegistryHttp } from '../../packages/core/src/crates/registry-http.js';
import { setYanked } from '../../packages/core/src/crates/yank.js';
import { startCratesRegistry, type CratesRegistry } from '../fixtures/crates/registry.js';

const TOKEN = 'cio_yank_test';
let reg: CratesRegistry;
let client: RegistryClient;

beforeAll(async () => {
  process.env.RELEASE_KIT_TIME_SCALE = '0.001';
  reg = await startCratesRegistry({ tokens: [{ token: TOKEN, login: 'bot' }] });
  client = await RegistryClient.connect(
    createRegistryHttp(undefined, 'test'),
    `${reg.urls.index.slice('sparse+'.length)}`,
    undefined,
    TOKEN
  );
});
afterAll(async () => {
  delete process.env.RELEASE_KIT_TIME_SCALE;
  await reg.stop();
});

function seed(name: string, yanked = false) {
  reg.crates.state.seedCrate({
    name,
    owners: ['bot'],
    versions: [{ num: '1.0.0', crate: buildCrateFile({ name, version: '1.0.0' }), yanked }]
  });
}
const yankedNow = (name: string) => reg.crates.state.crates.get(name)!.versions[0].yanked;
const yankRequests = (name: string) =>
  reg.server.requests({ method: 'DELETE', path: new RegExp(`/${name}/1\\.0\\.0/yank$`) }).length;

describe('core setYanked: idempotent and exactly once', () => {
  test('yanks, confirms through the API, and a second call is unchanged without a write', async () => {
    seed('yank-a');
    expect(await setYanked(client, 'yank-a', '1.0.0', true)).toMatchObject({
      state: 'updated',
      yanked: true
    });
    expect(yankedNow('yank-a')).toBe(true);
    expect(await setYanked(client, 'yank-a', '1.0.0', true)).toMatchObject({ state: 'unchanged' });
    expect(yankRequests('yank-a')).toBe(1);
    expect(await setYanked(client, 'yank-a', '1.0.0', false)).toMatchObject({
      state: 'updated',
      yanked: false
    });
  });

  test('a yank whose answer is lost (the yank landed, then 502s) is adopted, not replayed into a failure', async () => {
    seed('yank-lost');
    // Every answer to the yank is lost after it took effect, so the client's own retries see it lost too.
    reg.server.addFault({
      service: 'crates',
      method: 'DELETE',
      path: /\/yank-lost\/1\.0\.0\/yank$/,
      steps: Array.from({ length: 8 }, () => ({ kind: 'status' as const, status: 502, after: true }))
    });
    const out = await setYanked(client, 'yank-lost', '1.0.0', true);
    expect(out.state).toBe('updated');
    expect(out.detail).toMatch(/answer to the yank was lost/);
    expect(yankedNow('yank-lost')).toBe(true);
    reg.server.clearFaults();
  });

  test('a write that failed and did not land is an error, never a success', async () => {
    seed('yank-down');
    reg.server.addFault({
      service: 'crates',
      method: 'DELETE',
      path: /\/yank-down\/1\.0\.0\/yank$/,
      steps: Array.from({ length: 8 }, () => ({ kind: 'status' as const, status: 503 }))
    });
    await expect(setYanked(client, 'yank-down', '1.0.0', true)).rejects.toThrow(
      /503|circuit breaker is open/
    );
    expect(yankedNow('yank-down')).toBe(false);
    reg.server.clearFaults();
  });

  test('an unknown version or crate is absent, with what was missing', async () => {
    seed('yank-b');
    expect(await setYanked(client, 'yank-b', '9.9.9', true)).toMatchObject({
      state: 'absent',
      detail: 'cannot yank: version 9.9.9 of yank-b was never published'
    });
    expect(await setYanked(client, 'no-such-crate', '1.0.0', true)).toMatchObject({
      state: 'absent',
      detail: 'cannot yank: crate not found: no-such-crate'
    });
  });
});
