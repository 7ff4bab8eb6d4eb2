import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readTarFiles, readVcsInfo } from '../../../actions/crates-verify/src/crate-archive.js';
import { HostPacer, PollClock } from '../../../actions/crates-verify/src/poll-clock.js';
import {
  downloadUrl,
  indexFilePath,
  parseIndexFile,
  RegistryClient
} from '../../../packages/core/src/crates/registry-client.js';
import {
  registryUserAgent,
  createRegistryHttp,
  type RegistryHttp
} from '../../../packages/core/src/crates/registry-http.js';
import { buildCrateFile, indexPath, packTar } from '../../../packages/sim/src/crates/index.js';

describe('registry locations', () => {
  test('index file paths match the simulator’s (and cargo’s) prefix layout', () => {
    for (const name of ['a', 'AB', 'syn', 'serde', 'Serde_Json', 'x-y'])
      expect(indexFilePath(name)).toBe(indexPath(name));
  });

  test('dl: markers are replaced; a dl without markers gets /{crate}/{version}/download', () => {
    const sum = 'f'.repeat(64);
    expect(downloadUrl('https://static.example/crates', 'Serde_Json', '1.0.0', sum)).toBe(
      'https://static.example/crates/Serde_Json/1.0.0/download'
    );
    expect(downloadUrl('https://static.example/crates/', 'foo', '1.0.0', sum)).toBe(
      'https://static.example/crates/foo/1.0.0/download'
    );
    expect(
      downloadUrl(
        'https://dl.example/{prefix}/{lowerprefix}/{crate}/{crate}-{version}.crate?sum={sha256-checksum}',
        'Serde_Json',
        '1.0.0',
        sum
      )
    ).toBe(`https://dl.example/Se/rd/se/rd/Serde_Json/Serde_Json-1.0.0.crate?sum=${sum}`);
    expect(downloadUrl('https://dl.example/{prefix}/{crate}', 'syn', '2.0.0', sum)).toBe(
      'https://dl.example/3/s/syn'
    );
    expect(downloadUrl('https://dl.example/{prefix}/{crate}', 'ab', '2.0.0', sum)).toBe(
      'https://dl.example/2/ab'
    );
  });

  test('index files: one JSON line per version; unparsable lines are skipped as cargo skips them', () => {
    const text =
      '{"name":"x","vers":"1.0.0","deps":[],"cksum":"aa","features":{},"yanked":false,"links":null,"v":1}\nnot json\n\n{"name":"x","vers":"1.0.1","cksum":"bb","yanked":true}\n';
    expect(parseIndexFile(text).map((l) => [l.vers, l.cksum, l.yanked])).toEqual([
      ['1.0.0', 'aa', false],
      ['1.0.1', 'bb', true]
    ]);
  });
});

describe('reading a .crate', () => {
  test('.cargo_vcs_info.json of a crate as cargo lays it out', () => {
    const crate = buildCrateFile({
      name: 'demo',
      version: '1.0.0',
      vcs: { sha1: 'A'.repeat(40), dirty: true, pathInVcs: 'crates/demo' }
    });
    expect(readVcsInfo(crate, 'demo', '1.0.0')).toEqual({
      sha1: 'a'.repeat(40),
      dirty: true,
      pathInVcs: 'crates/demo'
    });
    expect(readVcsInfo(buildCrateFile({ name: 'demo', version: '1.0.0' }), 'demo', '1.0.0')).toBeUndefined();
    expect(() => readVcsInfo(Buffer.from('not gzip'), 'demo', '1.0.0')).toThrow();
  });

  test('long names: ustar prefix, GNU L records and pax path records', () => {
    const deep = `demo-1.0.0/${'d'.repeat(80)}/${'e'.repeat(60)}.rs`;
    const viaPrefix = readTarFiles(packTar([[deep, 'prefix']]), () => true);
    expect(viaPrefix.get(deep)?.toString()).toBe('prefix');

    const block = (name: string, size: number, type: string) => {
      const b = Buffer.alloc(512);
      b.write(name.slice(0, 99), 0);
      b.write(size.toString(8).padStart(11, '0') + '\0', 124);
      b.write(type, 156);
      b.write('ustar\0', 257);
      return b;
    };
    const pad = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
    const longName = Buffer.from(deep + '\0');
    const record = `path=${deep}\n`;
    const pax = Buffer.from(`${record.length + String(record.length + 3).length + 1} ${record}`);
    const body = Buffer.from('content');
    const tar = Buffer.concat([
      block('././@LongLink', longName.length, 'L'),
      pad(longName),
      block('truncated-name', body.length, '0'),
      pad(body),
      block('PaxHeaders/x', pax.length, 'x'),
      pad(pax),
      block('other-truncated', 3, '0'),
      pad(Buffer.from('pax')),
      Buffer.alloc(1024)
    ]);
    const files = readTarFiles(gzipSync(tar), () => true);
    expect([...files.keys()]).toEqual([deep]);
    expect(files.get(deep)?.toString()).toBe('pax');
  });
});

describe('pacing and identification', () => {
  test('at most one request per second per host, in input time', async () => {
    const clock = new PollClock(0);
    const pacer = new HostPacer(clock);
    await pacer.wait('https://one.example/a');
    await pacer.wait('https://two.example/a');
    expect(clock.elapsed()).toBe(0);
    await pacer.wait('https://one.example/b');
    await Promise.all([pacer.wait('https://one.example/c'), pacer.wait('https://one.example/d')]);
    expect(clock.elapsed()).toBe(3000);
  });

  test('requests identify themselves with the release-kit User-Agent', async () => {
    const seen: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers['user-agent']);
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await createRegistryHttp(new HostPacer(new PollClock(0))).request(
        `http://127.0.0.1:${port}/x`
      );
      expect(res.text).toBe('ok');
      expect(seen).toEqual([registryUserAgent('crates-verify')]);
      expect(registryUserAgent('crates-verify')).toMatch(/^release-kit\/\d+\.\d+\.\d+ .*crates-verify/);
    } finally {
      server.close();
    }
  });
});

describe('registry token', () => {
  function recordingClient(authRequired: boolean) {
    const seen: { url: string; authorization?: string }[] = [];
    const fake: RegistryHttp = {
      async request(url, options = {}) {
        seen.push({ url, authorization: options.headers?.authorization });
        return { status: 200, headers: {}, text: '{"version":{"num":"1.0.0"}}' };
      },
      async download(url, _toFile, headers = {}) {
        seen.push({ url, authorization: headers.authorization });
        return { sha256: 'a'.repeat(64), size: 1, url };
      }
    };
    const endpoints = {
      index: 'https://index.example/',
      api: 'https://api.example',
      dl: 'https://dl.example',
      authRequired
    };
    return { client: new RegistryClient(endpoints, fake, 'cio_secret'), seen };
  }

  test('goes with reads and downloads only to an auth-required registry', async () => {
    for (const authRequired of [false, true]) {
      const { client, seen } = recordingClient(authRequired);
      await client.apiVersion('foo', '1.0.0');
      await client.download('foo', '1.0.0', 'b'.repeat(64), '/dev/null');
      expect(seen.map((s) => s.authorization)).toEqual(
        authRequired ? ['cio_secret', 'cio_secret'] : [undefined, undefined]
      );
    }
  });
});

describe('server text that echoes the token', () => {
  const TOKEN = 'cio_secret_echoed_1234';
  const echoing: RegistryHttp = {
    async request(url, options = {}) {
      const sent = options.headers?.authorization ?? '(none)';
      return {
        status: 403,
        headers: {},
        text: JSON.stringify({ errors: [{ detail: `token ${sent} lacks the yank scope` }] })
      };
    },
    async download() {
      throw new Error(`GET https://dl.example answered 401: bad token ${TOKEN}`);
    }
  };
  const client = new RegistryClient(
    {
      index: 'https://index.example/',
      api: 'https://api.example',
      dl: 'https://dl.example',
      authRequired: true
    },
    echoing,
    TOKEN
  );

  test('is masked before it reaches an error (and so the summary and report.json)', async () => {
    const yank = await client.setYanked('foo', '1.0.0', true).catch((e: Error) => e.message);
    expect(yank).toContain('lacks the yank scope');
    expect(yank).not.toContain(TOKEN);
    expect(yank).toContain('***');
    const dl = await client
      .download('foo', '1.0.0', 'b'.repeat(64), '/dev/null')
      .catch((e: Error) => e.message);
    expect(dl).toContain('bad token ***');
    expect(dl).not.toContain(TOKEN);
  });
});
