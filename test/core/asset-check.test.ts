import { createHash } from 'node:crypto';
import { readAssetCheckInputs, runAssetCheck, type AssetCheckSettings } from '#core/asset-check.js';
import { InputErrors } from '#core/errors.js';
import { InputReader } from '#core/inputs.js';
import { buildInventory } from '#core/inventory.js';
import type { ReleaseAsset } from '#core/release.js';
import { INPUT_DECLARATIONS as VERIFY_DECLARED } from '../../actions/verify-release-assets/src/generated/io.js';
import { INPUT_DECLARATIONS as GATE_DECLARED } from '../../actions/qe-signoff-gate/src/generated/io.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.01';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

// The group as the two actions that use it declare it (generated from their action.yml): the same inputs,
// one renamed (expected-assets), one default differing (allow-extra).
const verifyDeclared = VERIFY_DECLARED;
const gateDeclared = GATE_DECLARED;

function read(
  values: Record<string, string>,
  declared: Record<string, { default?: string; required: boolean }>
) {
  return new InputReader((n) => values[n] ?? '').declare(declared);
}

test('the group is read under each action’s names, with each action’s declared defaults', () => {
  const verify = read({ expected: 'app-{version}', concurrency: '8' }, verifyDeclared);
  const a = readAssetCheckInputs(verify, { tag: 'v1.2.0' });
  verify.finish();
  expect(a).toMatchObject({
    expected: ['app-{version}'],
    allowExtra: false,
    concurrency: 8,
    download: 'auto'
  });
  const gate = read({ 'expected-assets': 'app-{version}', 'min-size': '10' }, gateDeclared);
  const g = readAssetCheckInputs(gate, { names: { expected: 'expected-assets' }, tag: 'v1.2.0' });
  gate.finish();
  expect(g).toMatchObject({ expected: ['app-{version}'], allowExtra: true, minSize: 10 });
  expect(g.names.expected).toBe('expected-assets');
  expect([...gate.names]).toContain('expected-assets');
});

test('bad values in the group are structured input errors, named as the action names them', () => {
  const gate = read(
    { 'expected-assets': 'app-{nope}', download: 'sometimes', concurrency: '99' },
    gateDeclared
  );
  readAssetCheckInputs(gate, { names: { expected: 'expected-assets' } });
  let thrown: unknown;
  try {
    gate.finish();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(InputErrors);
  expect((thrown as InputErrors).errors.map((e) => [e.input, e.value])).toEqual([
    ['download', 'sometimes'],
    ['concurrency', '99'],
    ['expected-assets', 'app-{nope}']
  ]);
});

function fakeRelease(files: Record<string, Buffer>) {
  let id = 1;
  const assets: ReleaseAsset[] = Object.entries(files).map(([name, data]) => ({
    id: id++,
    name,
    size: data.length,
    state: 'uploaded',
    digest: `sha256:${sha(data)}`,
    browser_download_url: `https://example.test/${name}`,
    url: `https://example.test/assets/${id}`
  })) as ReleaseAsset[];
  const opened: string[] = [];
  const open = async (asset: ReleaseAsset) => {
    opened.push(asset.name);
    const data = files[asset.name];
    return (async function* () {
      yield data;
    })();
  };
  return { list: async () => assets, open, opened };
}

async function check(settings: Partial<AssetCheckSettings>, files: Record<string, Buffer>) {
  const reader = read({ expected: 'app' }, verifyDeclared);
  const base = readAssetCheckInputs(reader);
  const all = { ...base, ...settings };
  const inventory = await buildInventory({
    expected: all.expected,
    targets: [],
    version: '1.0.0',
    tag: 'v1.0.0',
    cwd: process.cwd()
  });
  const rel = fakeRelease(files);
  const result = await runAssetCheck(inventory, all, {
    list: rel.list,
    open: rel.open as any,
    waitMs: 0,
    pollIntervalMs: 1,
    log: () => undefined
  });
  return { result, opened: rel.opened };
}

test('every verification input of the group reaches the engine, and the name lists are views of the rows', async () => {
  const files = { app: Buffer.from('binary'), extra: Buffer.from('x') };
  const lenient = await check({ allowExtra: true }, files);
  expect(lenient.result.passed).toBe(true);
  expect(lenient.result.assets.map((r) => [r.name, r.status])).toEqual([
    ['app', 'ok'],
    ['extra', 'extra']
  ]);
  expect(lenient.opened).toEqual([]); // download: auto trusts the API digests

  const strict = await check({ allowExtra: false, minSize: 7, download: 'always', concurrency: 1 }, files);
  expect(strict.result.failures.map((f) => f.rule).sort()).toEqual(['too-small', 'unexpected']);
  expect(strict.opened.sort()).toEqual(['app', 'extra']);
  expect(strict.result.unexpected).toEqual(['extra']);
  expect(strict.result.tooSmall).toEqual(['app', 'extra']);
  // One truth: change a row and every list follows.
  strict.result.assets[0].status = 'ok';
  expect(strict.result.tooSmall).toEqual(['extra']);
  expect(strict.result.verified).toEqual(['app']);
});
