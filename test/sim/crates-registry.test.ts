import { createHash } from 'node:crypto';
import {
  buildCrateFile,
  CratesState,
  encodePublishBody,
  indexPath,
  listTarEntries,
  type PublishMetadata
} from '../../packages/sim/src/crates/index.js';
import { startCratesRegistry, type CratesRegistry } from '../fixtures/crates/registry.js';

const TOKEN = 'cio_alice';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function meta(name: string, vers: string, extra: Partial<PublishMetadata> = {}): PublishMetadata {
  return { name, vers, deps: [], features: {}, description: 'test crate', license: 'MIT', ...extra };
}

describe('simulated crates.io registry', () => {
  let reg: CratesRegistry;
  let api: string;
  let index: string;

  const publish = (
    m: PublishMetadata,
    crate = buildCrateFile({ name: m.name, version: m.vers }),
    token: string | null = TOKEN
  ) =>
    fetch(`${api}/api/v1/crates/new`, {
      method: 'PUT',
      headers: token ? { authorization: token } : {},
      body: encodePublishBody(m, crate)
    });
  const indexFile = (name: string, headers: Record<string, string> = {}) =>
    fetch(`${index}/${indexPath(name)}`, { headers });
  const lines = async (name: string) => {
    const res = await indexFile(name);
    return res.status === 200
      ? (await res.text())
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];
  };

  beforeEach(async () => {
    reg = await startCratesRegistry({
      tokens: [
        { token: TOKEN, login: 'alice' },
        { token: 'cio_bob', login: 'bob' }
      ]
    });
    api = reg.urls.crates;
    index = reg.server.url('index');
  });
  afterEach(() => reg.stop());

  test('index paths follow cargo’s prefix layout on the lowercased name', () => {
    expect(indexPath('a')).toBe('1/a');
    expect(indexPath('ab')).toBe('2/ab');
    expect(indexPath('abc')).toBe('3/a/abc');
    expect(indexPath('Serde_JSON')).toBe('se/rd/serde_json');
  });

  test('config.json names the API and a dl template; the templated URL serves the bytes', async () => {
    const config = (await (await fetch(`${index}/config.json`)).json()) as Record<string, unknown>;
    expect(config).toEqual({ dl: expect.stringContaining('{crate}'), api: api, 'auth-required': false });
    const bytes = buildCrateFile({ name: 'tmpl', version: '1.0.0' });
    expect((await publish(meta('tmpl', '1.0.0'), bytes)).status).toBe(200);
    const url = String(config.dl)
      .replace(/\{crate\}/g, 'tmpl')
      .replace(/\{version\}/g, '1.0.0');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    // The form cargo builds from a `dl` without markers works too.
    const plain = await fetch(`${reg.urls.downloads}/crates/tmpl/1.0.0/download`);
    expect(sha256(Buffer.from(await plain.arrayBuffer()))).toBe(sha256(bytes));
  });

  test('publish answers like crates.io and the index line, API record and download agree', async () => {
    const bytes = buildCrateFile({ name: 'Foo_Bar', version: '1.2.3', vcs: { sha1: 'c'.repeat(40) } });
    const res = await publish(
      meta('Foo_Bar', '1.2.3', { features: { default: ['std'], std: [], serde: ['dep:serde'] } }),
      bytes
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ warnings: { invalid_categories: [], invalid_badges: [], other: [] } });

    const [line] = await lines('foo_bar');
    expect(line).toEqual({
      name: 'Foo_Bar',
      vers: '1.2.3',
      deps: [],
      cksum: sha256(bytes),
      features: { default: ['std'], std: [] },
      yanked: false,
      links: null,
      v: 2,
      features2: { serde: ['dep:serde'] }
    });
    // The API finds the crate by any spelling crates.io treats as the same name.
    const crate = (await (await fetch(`${api}/api/v1/crates/foo-bar`)).json()) as any;
    expect(crate.crate).toMatchObject({
      name: 'Foo_Bar',
      max_version: '1.2.3',
      newest_version: '1.2.3',
      num_versions: 1
    });
    expect(crate.versions[0]).toMatchObject({
      num: '1.2.3',
      checksum: sha256(bytes),
      yanked: false,
      crate_size: bytes.length
    });
    expect(crate.versions[0].published_by.login).toBe('alice');

    const dl = await fetch(`${api}/api/v1/crates/Foo_Bar/1.2.3/download`, { redirect: 'manual' });
    expect(dl.status).toBe(302);
    const body = Buffer.from(await (await fetch(dl.headers.get('location')!)).arrayBuffer());
    expect(sha256(body)).toBe(line.cksum);
    expect(listTarEntries(body)).toContain('Foo_Bar-1.2.3/.cargo_vcs_info.json');
  });

  test('publish validation: token, owner, duplicates, metadata, dependencies, tarball', async () => {
    const detail = async (res: Response) =>
      ((await res.json()) as { errors: { detail: string }[] }).errors[0].detail;
    let res = await publish(meta('guarded', '1.0.0'), undefined, null);
    expect([res.status, await detail(res)]).toEqual([403, 'this action requires authentication']);
    res = await publish(meta('guarded', '1.0.0'), undefined, 'cio_wrong');
    expect([res.status, await detail(res)]).toEqual([403, 'authentication failed']);
    expect((await publish(meta('guarded', '1.0.0'))).status).toBe(200);
    res = await publish(meta('guarded', '1.0.1'), undefined, 'cio_bob');
    expect(res.status).toBe(403);
    expect(await detail(res)).toMatch(/you don't seem to be an owner/);
    res = await publish(meta('guarded', '1.0.0'));
    expect([res.status, await detail(res)]).toEqual([400, 'crate version `1.0.0` is already uploaded']);
    res = await publish(meta('guarded', '2.0.0', { description: '' }));
    expect(await detail(res)).toMatch(/^missing or empty metadata fields: description/);
    res = await publish(meta('guarded', '2.0.0', { deps: [{ name: 'nowhere', version_req: '^1' }] }));
    expect([res.status, await detail(res)]).toEqual([400, 'no known crate named `nowhere`']);
    res = await publish(meta('guarded', '2.0.0'), buildCrateFile({ name: 'other', version: '2.0.0' }));
    expect(await detail(res)).toMatch(/^invalid path found: other-2.0.0\//);
    res = await publish(meta('guarded', '2.0.0'), Buffer.from('not a tarball'));
    expect(await detail(res)).toMatch(/tarball/);
    const truncated = encodePublishBody(
      meta('guarded', '2.0.0'),
      buildCrateFile({ name: 'guarded', version: '2.0.0' })
    ).subarray(0, 60);
    res = await fetch(`${api}/api/v1/crates/new`, {
      method: 'PUT',
      headers: { authorization: TOKEN },
      body: truncated
    });
    expect(res.status).toBe(400);
    // The admin token may publish anything.
    expect((await publish(meta('guarded', '3.0.0'), undefined, reg.adminToken)).status).toBe(200);
    expect((await lines('guarded')).map((l) => l.vers)).toEqual(['1.0.0', '3.0.0']);
  });

  test('dependencies are written in the index shape (rename → name + package, version_req → req)', async () => {
    await publish(meta('base', '1.0.0'));
    await publish(
      meta('uses-base', '0.1.0', {
        deps: [
          {
            name: 'base',
            version_req: '^1',
            features: ['x'],
            optional: true,
            default_features: false,
            target: 'cfg(unix)',
            kind: 'normal',
            explicit_name_in_toml: 'base_renamed'
          },
          { name: 'base', version_req: '^1.0', kind: 'dev' },
          { name: 'elsewhere', version_req: '^2', kind: 'build', registry: 'https://example.invalid/index' }
        ]
      })
    );
    const [line] = await lines('uses-base');
    expect(line.deps).toEqual([
      {
        name: 'base_renamed',
        req: '^1',
        features: ['x'],
        optional: true,
        default_features: false,
        target: 'cfg(unix)',
        kind: 'normal',
        package: 'base'
      },
      {
        name: 'base',
        req: '^1.0',
        features: [],
        optional: false,
        default_features: true,
        target: null,
        kind: 'dev'
      },
      {
        name: 'elsewhere',
        req: '^2',
        features: [],
        optional: false,
        default_features: true,
        target: null,
        kind: 'build',
        registry: 'https://example.invalid/index'
      }
    ]);
  });

  test('404s use crates.io’s wording for a missing crate and a missing version', async () => {
    await publish(meta('present', '1.0.0'));
    let res = await fetch(`${api}/api/v1/crates/absent`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ detail: 'crate `absent` does not exist' }] });
    res = await fetch(`${api}/api/v1/crates/present/9.9.9`);
    expect(await res.json()).toEqual({
      errors: [{ detail: 'crate `present` does not have a version `9.9.9`' }]
    });
    expect((await indexFile('absent')).status).toBe(404);
  });

  test('ETag and If-None-Match answer 304 until the file changes (a yank changes it)', async () => {
    await publish(meta('cached', '1.0.0'));
    const first = await indexFile('cached');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const again = await indexFile('cached', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const yank = await fetch(`${api}/api/v1/crates/cached/1.0.0/yank`, {
      method: 'DELETE',
      headers: { authorization: TOKEN }
    });
    expect(await yank.json()).toEqual({ ok: true });
    const changed = await indexFile('cached', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(JSON.parse(await changed.text()).yanked).toBe(true);
    const conf = await fetch(`${index}/config.json`);
    expect(
      (await fetch(`${index}/config.json`, { headers: { 'if-none-match': conf.headers.get('etag')! } }))
        .status
    ).toBe(304);
  });

  test('yank and unyank need an owner’s token, are idempotent, and show in the index and the API', async () => {
    await publish(meta('yankee', '1.0.0'));
    const call = (method: string, suffix: string, token?: string) =>
      fetch(`${api}/api/v1/crates/yankee/1.0.0/${suffix}`, {
        method,
        headers: token ? { authorization: token } : {}
      });
    expect((await call('DELETE', 'yank')).status).toBe(403);
    expect((await call('DELETE', 'yank', 'cio_bob')).status).toBe(403);
    for (let i = 0; i < 2; i++)
      expect(await (await call('DELETE', 'yank', TOKEN)).json()).toEqual({ ok: true });
    expect((await lines('yankee'))[0].yanked).toBe(true);
    const record = (await (await fetch(`${api}/api/v1/crates/yankee/1.0.0`)).json()) as any;
    expect(record.version.yanked).toBe(true);
    for (let i = 0; i < 2; i++)
      expect(await (await call('PUT', 'unyank', `Bearer ${TOKEN}`)).json()).toEqual({ ok: true });
    expect((await lines('yankee'))[0].yanked).toBe(false);
    // The newer PATCH form carries a message.
    const patched = await fetch(`${api}/api/v1/crates/yankee/1.0.0`, {
      method: 'PATCH',
      headers: { authorization: TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({ version: { yanked: true, yank_message: 'broken build' } })
    });
    expect(((await patched.json()) as any).version).toMatchObject({
      yanked: true,
      yank_message: 'broken build'
    });
    expect((await call('DELETE', 'yank/../../9.9.9/yank', TOKEN)).status).toBe(404);
  });

  test('propagation lag: the API shows a version before the index, and the reverse', async () => {
    reg.crates.state.publishLag = { indexMs: 400 };
    await publish(meta('laggy', '1.0.0'));
    expect((await fetch(`${api}/api/v1/crates/laggy/1.0.0`)).status).toBe(200);
    expect((await indexFile('laggy')).status).toBe(404);
    await new Promise((r) => setTimeout(r, 450));
    expect((await lines('laggy')).map((l) => l.vers)).toEqual(['1.0.0']);

    reg.crates.state.publishLag = {};
    await publish(meta('laggy', '1.1.0'));
    reg.crates.state.setLag('laggy', '1.1.0', { apiMs: 400 });
    expect((await lines('laggy')).map((l) => l.vers)).toEqual(['1.0.0', '1.1.0']);
    expect((await fetch(`${api}/api/v1/crates/laggy/1.1.0`)).status).toBe(404);
    const crate = (await (await fetch(`${api}/api/v1/crates/laggy`)).json()) as any;
    expect(crate.versions.map((v: { num: string }) => v.num)).toEqual(['1.0.0']);
    await new Promise((r) => setTimeout(r, 450));
    expect((await fetch(`${api}/api/v1/crates/laggy/1.1.0`)).status).toBe(200);
  });

  test('a CDN TTL serves stale index files to a repeated URL; a cache-busting query gets fresh ones', async () => {
    reg.crates.state.indexCdnTtlMs = 60_000;
    expect((await indexFile('edge')).status).toBe(404);
    await publish(meta('edge', '1.0.0'));
    expect((await indexFile('edge')).status).toBe(404);
    expect((await fetch(`${index}/${indexPath('edge')}?t=1`)).status).toBe(200);
  });

  test('state saves and loads: bytes, yanked flags, owners, tokens and visibility survive', async () => {
    await publish(meta('keep', '1.0.0'));
    await fetch(`${api}/api/v1/crates/keep/1.0.0/yank`, {
      method: 'DELETE',
      headers: { authorization: TOKEN }
    });
    const saved = reg.crates.save!() as ReturnType<CratesState['toJSON']>;
    const restored = new CratesState(
      JSON.parse(JSON.stringify(saved), (_k, v) => (v?.type === 'Buffer' ? Buffer.from(v.data) : v))
    );
    const original = reg.crates.state.findVersion('keep', '1.0.0')!;
    const copy = restored.findVersion('keep', '1.0.0')!;
    expect(copy.version.cksum).toBe(original.version.cksum);
    expect(copy.version.crate.equals(original.version.crate)).toBe(true);
    expect(copy.version.yanked).toBe(true);
    expect(copy.crate.owners).toEqual(['alice']);
    expect(restored.loginFor('cio_bob')).toBe('bob');
    expect(restored.indexLine(copy.crate, copy.version)).toBe(
      reg.crates.state.indexLine(original.crate, original.version)
    );
  });

  test('seeded versions: built from files with vcs info, and delays counted from load', async () => {
    reg.crates.load!({
      crates: [
        {
          name: 'seeded',
          owners: ['alice'],
          versions: [
            { num: '0.1.0', vcs: { sha1: 'd'.repeat(40) } },
            { num: '0.2.0', indexDelayMs: 60_000 }
          ]
        }
      ]
    });
    expect((await lines('seeded')).map((l) => l.vers)).toEqual(['0.1.0']);
    const crate = (await (await fetch(`${api}/api/v1/crates/seeded`)).json()) as any;
    expect(crate.versions.map((v: { num: string }) => v.num)).toEqual(['0.2.0', '0.1.0']);
  });
});

describe('the crates section of the simulator state file', () => {
  test('--save then --state restores the registry: bytes, yanks, tokens, lags', async () => {
    const { startSimulator, stringifyState, parseState } = await import('../../packages/sim/src/index.js');
    const first = await startSimulator({
      state: {
        crates: {
          tokens: [{ token: TOKEN, login: 'alice' }],
          crates: [
            {
              name: 'persisted',
              owners: ['alice'],
              versions: [
                { num: '1.0.0', vcs: { sha1: 'e'.repeat(40) } },
                { num: '1.1.0', indexDelayMs: 3_600_000 }
              ]
            }
          ]
        }
      }
    });
    let text: string;
    try {
      const res = await fetch(`${first.urls.crates}/api/v1/crates/persisted/1.0.0/yank`, {
        method: 'DELETE',
        headers: { authorization: TOKEN }
      });
      expect(await res.json()).toEqual({ ok: true });
      text = stringifyState(first.save());
    } finally {
      await first.stop();
    }
    const second = await startSimulator({ state: parseState(text) });
    try {
      const indexUrl = `${second.server.url('index')}/${indexPath('persisted')}`;
      const lines = (await (await fetch(indexUrl)).text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.vers, l.yanked])).toEqual([['1.0.0', true]]);
      const original = parseState(text).crates as { crates: { versions: { crate: Buffer }[] }[] };
      expect(lines[0].cksum).toBe(sha256(original.crates[0].versions[0].crate));
      const unyank = await fetch(`${second.urls.crates}/api/v1/crates/persisted/1.0.0/unyank`, {
        method: 'PUT',
        headers: { authorization: TOKEN }
      });
      expect(unyank.status).toBe(200);
      expect((await fetch(`${second.urls.crates}/api/v1/crates/persisted/1.1.0`)).status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});
