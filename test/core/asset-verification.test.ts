import { createHash } from 'node:crypto';
import { hashAsset, mapBounded } from '#core/asset-hashing.js';
import {
  verifyAssets,
  waitForExpectedAssets,
  pendingAssets,
  type VerificationOptions
} from '#core/asset-verification.js';
import { buildInventory, type Inventory } from '#core/inventory.js';
import type { ReleaseAsset } from '#core/release.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.01';

const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const TARGETS = ['linux-amd64', 'linux-arm64', 'macos-intel', 'macos-silicon', 'windows-amd64.exe'];

interface FakeAsset {
  name: string;
  data: Buffer;
  state?: string;
  /** Reported digest; `null` for none, default the true one. */
  digest?: string | null;
  /** Reported size; default the true one. */
  size?: number;
}

let nextId = 1;
function release(files: FakeAsset[]): { assets: ReleaseAsset[]; bodies: Map<number, Buffer> } {
  const bodies = new Map<number, Buffer>();
  const assets = files.map((f) => {
    const id = nextId++;
    bodies.set(id, f.data);
    return {
      id,
      name: f.name,
      size: f.size ?? f.data.length,
      state: f.state ?? 'uploaded',
      digest: f.digest === undefined ? `sha256:${sha(f.data)}` : f.digest,
      browser_download_url: `https://example.test/download/${f.name}`,
      url: `https://example.test/assets/${id}`
    };
  });
  return { assets, bodies };
}

/** An opener over in-memory bodies, counting opens and concurrency; `faults` cut or break chosen opens. */
function opener(
  bodies: Map<number, Buffer>,
  faults: Record<string, Array<'truncate' | 'error' | 'corrupt'>> = {}
) {
  const stats = { opens: [] as string[], active: 0, maxActive: 0 };
  const open: VerificationOptions['open'] = async (asset) => {
    stats.opens.push(asset.name);
    const fault = faults[asset.name]?.shift();
    const data = bodies.get(asset.id)!;
    return (async function* () {
      stats.active++;
      stats.maxActive = Math.max(stats.maxActive, stats.active);
      try {
        await new Promise((r) => setTimeout(r, 5));
        if (fault === 'truncate') {
          yield data.subarray(0, Math.floor(data.length / 2));
          return;
        }
        if (fault === 'error') {
          yield data.subarray(0, 1);
          throw new Error('terminated');
        }
        if (fault === 'corrupt') {
          const copy = Buffer.from(data);
          copy[0] ^= 0xff;
          yield copy;
          return;
        }
        for (let i = 0; i < data.length; i += 7) yield data.subarray(i, i + 7);
      } finally {
        stats.active--;
      }
    })();
  };
  return { open, stats };
}

function caroFiles(version = '1.2.3'): FakeAsset[] {
  const files: FakeAsset[] = [];
  for (const t of TARGETS) {
    const data = Buffer.from(`caro binary for ${t}\n`.repeat(20));
    files.push({ name: `caro-${version}-${t}`, data });
    files.push({
      name: `caro-${version}-${t}.sha256`,
      data: Buffer.from(`${sha(data)}  caro-${version}-${t}\n`)
    });
  }
  return files;
}

async function caroInventory(version = '1.2.3'): Promise<Inventory> {
  return buildInventory({
    expected: ['caro-{version}-{target}', 'caro-{version}-{target}.sha256'],
    targets: TARGETS,
    version
  });
}

const base = { checksums: 'auto', download: 'auto' as const, allowExtra: false };

describe('verifyAssets', () => {
  test('the caro layout passes: 10 verified, sidecars compared with API digests', async () => {
    const { assets, bodies } = release(caroFiles());
    const { open, stats } = opener(bodies);
    const r = await verifyAssets(assets, await caroInventory(), { ...base, open });
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(true);
    expect(r.verified).toHaveLength(10);
    expect(r.sidecars).toHaveLength(5);
    // auto: only the sidecars are downloaded (to read them), the binaries are trusted by their API digest.
    expect(stats.opens.every((n) => n.endsWith('.sha256'))).toBe(true);
    const row = r.assets.find((a) => a.name === 'caro-1.2.3-linux-amd64')!;
    expect(row.digests.map((d) => d.kind).sort()).toEqual(['api-digest', 'sidecar']);
    expect(row.expectedSource).toBe('sidecar caro-1.2.3-linux-amd64.sha256');
    expect(row.actualSource).toBe('the API digest');
  });

  test('one asset missing fails with its name', async () => {
    const files = caroFiles().filter((f) => f.name !== 'caro-1.2.3-macos-intel');
    const { assets, bodies } = release(files);
    const r = await verifyAssets(assets, await caroInventory(), { ...base, open: opener(bodies).open });
    expect(r.missing).toEqual(['caro-1.2.3-macos-intel']);
    expect(r.verified).toHaveLength(9);
    expect(r.passed).toBe(false);
    // Its sidecar names an asset the release lacks; that is the same fact, reported once as missing.
    expect(r.listedAbsent).toEqual([
      { name: 'caro-1.2.3-macos-intel', source: 'sidecar caro-1.2.3-macos-intel.sha256' }
    ]);
    expect(r.failures.map((f) => f.rule)).toEqual(['missing']);
  });

  test('a wrong sidecar is a mismatch naming both sources', async () => {
    const files = caroFiles();
    files.find((f) => f.name === 'caro-1.2.3-linux-arm64.sha256')!.data = Buffer.from(
      `${'0'.repeat(64)}  caro-1.2.3-linux-arm64\n`
    );
    const { assets, bodies } = release(files);
    const r = await verifyAssets(assets, await caroInventory(), { ...base, open: opener(bodies).open });
    expect(r.mismatched).toEqual(['caro-1.2.3-linux-arm64']);
    expect(r.mismatches[0].detail).toContain('sidecar caro-1.2.3-linux-arm64.sha256 says 000000000000');
    expect(r.mismatches[0].detail).toContain('the API digest says');
    expect(r.assets.find((a) => a.name === 'caro-1.2.3-linux-arm64')!.status).toBe('mismatch');
  });

  test('a checksum file disagreeing with the API digest; a line for an absent asset is reported', async () => {
    const a = Buffer.from('jet linux');
    const b = Buffer.from('jet mac');
    const sums = `${sha(a)}  jet-linux.tar.gz\n${sha('other')} *jet-mac.tar.gz\n${sha('x')}  jet-windows.zip\n`;
    const { assets, bodies } = release([
      { name: 'jet-linux.tar.gz', data: a },
      { name: 'jet-mac.tar.gz', data: b },
      { name: 'SHA256SUMS.txt', data: Buffer.from(sums) }
    ]);
    const inv = await buildInventory({ expected: ['jet-linux.tar.gz', 'jet-mac.tar.gz', 'SHA256SUMS.txt'] });
    const r = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(r.checksumFiles).toEqual(['SHA256SUMS.txt']);
    expect(r.mismatched).toEqual(['jet-mac.tar.gz']);
    expect(r.mismatches[0].detail).toMatch(/SHA256SUMS.txt line 2 says .*, but the API digest says/);
    expect(r.listedAbsent).toEqual([{ name: 'jet-windows.zip', source: 'SHA256SUMS.txt line 3' }]);
    expect(r.failures.find((f) => f.rule === 'listed-absent')?.detail).toContain('jet-windows.zip');
    expect(r.verified).toEqual(['jet-linux.tar.gz', 'SHA256SUMS.txt']);
  });

  test('a starter asset is broken, counted missing, never present', async () => {
    const files = caroFiles();
    files[0].state = 'starter';
    files[0].digest = null;
    const { assets, bodies } = release(files);
    const { open, stats } = opener(bodies);
    const r = await verifyAssets(assets, await caroInventory(), { ...base, open });
    expect(r.broken).toEqual(['caro-1.2.3-linux-amd64']);
    expect(r.missing).toEqual(['caro-1.2.3-linux-amd64']);
    expect(r.verified).not.toContain('caro-1.2.3-linux-amd64');
    expect(r.assets[0].status).toBe('broken');
    expect(stats.opens).not.toContain('caro-1.2.3-linux-amd64');
    expect(r.failures[0].detail).toContain('uploads that never finished');
  });

  test('unexpected assets fail unless allowed', async () => {
    const files = [...caroFiles(), { name: 'debug.log', data: Buffer.from('x') }];
    const { assets, bodies } = release(files);
    const inv = await caroInventory();
    const strict = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(strict.unexpected).toEqual(['debug.log']);
    expect(strict.passed).toBe(false);
    const lenient = await verifyAssets(assets, inv, { ...base, allowExtra: true, open: opener(bodies).open });
    expect(lenient.unexpected).toEqual([]);
    expect(lenient.passed).toBe(true);
    expect(lenient.assets.find((a) => a.name === 'debug.log')!.status).toBe('extra');
  });

  test('download always hashes every asset and catches bytes that differ from the API digest', async () => {
    const files = caroFiles();
    const { assets, bodies } = release(files);
    const { open, stats } = opener(bodies, { 'caro-1.2.3-macos-silicon': ['corrupt', 'corrupt', 'corrupt'] });
    const r = await verifyAssets(assets, await caroInventory(), { ...base, download: 'always', open });
    expect(new Set(stats.opens).size).toBe(10);
    expect(r.mismatched).toEqual(['caro-1.2.3-macos-silicon']);
    expect(r.mismatches[0].detail).toMatch(/the downloaded bytes says/);
    expect(stats.maxActive).toBeLessThanOrEqual(4);
    expect(stats.maxActive).toBeGreaterThan(1);
  });

  test('concurrency is bounded by the option', async () => {
    const { assets, bodies } = release(caroFiles());
    const { open, stats } = opener(bodies);
    await verifyAssets(assets, await caroInventory(), { ...base, download: 'always', concurrency: 2, open });
    expect(stats.maxActive).toBe(2);
  });

  test('a truncated download is retried and then passes; truncated every time it is a mismatch, never a pass', async () => {
    const files = caroFiles();
    const { assets, bodies } = release(files);
    const once = opener(bodies, { 'caro-1.2.3-linux-amd64': ['truncate'] });
    const r1 = await verifyAssets(assets, await caroInventory(), {
      ...base,
      download: 'always',
      open: once.open
    });
    expect(r1.passed).toBe(true);
    expect(once.stats.opens.filter((n) => n === 'caro-1.2.3-linux-amd64')).toHaveLength(2);

    const always = opener(bodies, { 'caro-1.2.3-linux-amd64': ['truncate', 'truncate', 'truncate'] });
    const r2 = await verifyAssets(assets, await caroInventory(), {
      ...base,
      download: 'always',
      open: always.open
    });
    expect(r2.passed).toBe(false);
    expect(r2.mismatched).toEqual(['caro-1.2.3-linux-amd64']);
    expect(r2.mismatches[0].detail).toMatch(/gave \d+ bytes where the API reports \d+ \(after 3 attempts\)/);
  });

  test('a connection dropped part-way on every attempt is a truncation, so a mismatch', async () => {
    const { assets, bodies } = release(caroFiles());
    const { open } = opener(bodies, { 'caro-1.2.3-linux-amd64': ['error', 'error', 'error'] });
    const r = await verifyAssets(assets, await caroInventory(), { ...base, download: 'always', open });
    expect(r.mismatched).toEqual(['caro-1.2.3-linux-amd64']);
    expect(r.mismatches[0].detail).toMatch(/cut short after 1 of \d+ bytes \(terminated\)/);
    expect(r.passed).toBe(false);
  });

  test('a download failing before any byte on every attempt is a download failure', async () => {
    const { assets, bodies } = release(caroFiles());
    let calls = 0;
    const open: VerificationOptions['open'] = async (asset) => {
      if (asset.name === 'caro-1.2.3-linux-amd64') {
        calls++;
        throw Object.assign(new Error('Server Error'), { status: 502 });
      }
      return opener(bodies).open!(asset);
    };
    const r = await verifyAssets(assets, await caroInventory(), { ...base, download: 'always', open });
    expect(calls).toBe(3);
    expect(r.downloadFailed).toEqual(['caro-1.2.3-linux-amd64']);
    expect(r.assets[0].status).toBe('download-failed');
    expect(r.failures.find((f) => f.rule === 'download-failed')!.detail).toContain(
      'the download failed: Server Error'
    );
    expect(r.verified).not.toContain('caro-1.2.3-linux-amd64');
    expect(r.passed).toBe(false);
  });

  test('auto downloads assets without an API digest; never downloads no asset', async () => {
    const data = Buffer.from('legacy server asset');
    const { assets, bodies } = release([{ name: 'a.bin', data, digest: null }]);
    const inv = await buildInventory({ expected: ['a.bin'] });
    const auto = opener(bodies);
    const r = await verifyAssets(assets, inv, { ...base, open: auto.open });
    expect(auto.stats.opens).toEqual(['a.bin']);
    expect(r.assets[0].actualSha256).toBe(sha(data));
    expect(r.assets[0].actualSource).toBe('the downloaded bytes');
    const never = opener(bodies);
    const r2 = await verifyAssets(assets, inv, { ...base, download: 'never', open: never.open });
    expect(never.stats.opens).toEqual([]);
    expect(r2.passed).toBe(true);
    expect(r2.assets[0].actualSha256).toBeUndefined();
  });

  test('checksums: none reads nothing, sidecars skips the checksum file, a named file must exist', async () => {
    const a = Buffer.from('aaa');
    const files = [
      { name: 'a.bin', data: a },
      { name: 'a.bin.sha256', data: Buffer.from(sha(a) + '\n') },
      { name: 'SHA256SUMS.txt', data: Buffer.from(`${'1'.repeat(64)}  a.bin\n`) }
    ];
    const { assets, bodies } = release(files);
    const inv = await buildInventory({ expected: files.map((f) => f.name) });
    const none = opener(bodies);
    expect((await verifyAssets(assets, inv, { ...base, checksums: 'none', open: none.open })).passed).toBe(
      true
    );
    expect(none.stats.opens).toEqual([]);
    const sidecars = await verifyAssets(assets, inv, {
      ...base,
      checksums: 'sidecars',
      open: opener(bodies).open
    });
    expect(sidecars.passed).toBe(true);
    expect(sidecars.checksumFiles).toEqual([]);
    const auto = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(auto.mismatched).toEqual(['a.bin']);
    const named = await verifyAssets(assets, inv, {
      ...base,
      checksums: 'checksums.txt',
      open: opener(bodies).open
    });
    expect(named.failures.find((f) => f.rule === 'checksum-file-missing')!.detail).toContain('checksums.txt');
  });

  test('BSD lines, dist/ prefixes and CRLF in a checksum file; hash-only sidecars', async () => {
    const a = Buffer.from('one');
    const b = Buffer.from('two');
    const { assets, bodies } = release([
      { name: 'one.tgz', data: a },
      { name: 'two.tgz', data: b },
      { name: 'two.tgz.sha256', data: Buffer.from(sha(b)) },
      {
        name: 'checksums.txt',
        data: Buffer.from(`SHA256 (dist/one.tgz) = ${sha(a)}\r\n${sha(b)}  ./two.tgz\r\n`)
      }
    ]);
    const inv = await buildInventory({ expected: ['one.tgz', 'two.tgz', 'two.tgz.sha256', 'checksums.txt'] });
    const r = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(r.failures).toEqual([]);
    expect(
      r.assets
        .find((x) => x.name === 'two.tgz')!
        .digests.map((d) => d.kind)
        .sort()
    ).toEqual(['api-digest', 'checksum-file', 'sidecar']);
  });

  test('an unusable sidecar, a sidecar naming another file, and a UTF-16 checksum file are reported', async () => {
    const a = Buffer.from('aaa');
    const b = Buffer.from('bbb');
    const utf16 = Buffer.from(`\uFEFF${sha(a)}  a.bin\n`, 'utf16le');
    const { assets, bodies } = release([
      { name: 'a.bin', data: a },
      { name: 'a.bin.sha256', data: Buffer.from('not a hash\n') },
      { name: 'b.bin', data: b },
      { name: 'b.bin.sha256', data: Buffer.from(`${sha(b)}  c.bin\n`) },
      { name: 'SHA256SUMS', data: utf16 }
    ]);
    const inv = await buildInventory({ expected: assets.map((x) => x.name) });
    const r = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(r.mismatched.sort()).toEqual(['a.bin', 'b.bin']);
    expect(r.mismatches.find((m) => m.name === 'a.bin')!.detail).toContain('not a SHA-256 sidecar');
    expect(r.mismatches.find((m) => m.name === 'b.bin')!.detail).toContain('names "c.bin"');
    expect(r.failures.find((f) => f.rule === 'checksum-file-unreadable')!.detail).toContain('UTF-16LE');
  });

  test('manifest sizes and digests are compared; min-size fails tiny assets', async () => {
    const data = Buffer.from('abc');
    const { assets, bodies } = release([
      { name: 'a.bin', data },
      { name: 'b.bin', data: Buffer.alloc(0) }
    ]);
    const inv: Inventory = await buildInventory({ expected: ['a.bin', 'b.bin'] });
    inv.byName.get('a.bin')!.size = 4;
    const r = await verifyAssets(assets, inv, { ...base, open: opener(bodies).open });
    expect(r.mismatches[0].detail).toBe('expected says 4 bytes, the API says 3');
    expect(r.tooSmall).toEqual(['b.bin']);
    const inv2 = await buildInventory({ expected: ['a.bin'] });
    inv2.assets[0].sha256 = sha('other');
    const r2 = await verifyAssets(assets.slice(0, 1), inv2, { ...base, open: opener(bodies).open });
    expect(r2.mismatches[0].detail).toMatch(/expected says .*, but the API digest says/);
  });
});

describe('waiting and helpers', () => {
  test('polls until late uploads are present and uploaded', async () => {
    const inv = await buildInventory({ expected: ['a', 'b'] });
    const listings: ReleaseAsset[][] = [
      release([{ name: 'a', data: Buffer.from('1') }]).assets,
      release([
        { name: 'a', data: Buffer.from('1') },
        { name: 'b', data: Buffer.from('2'), state: 'starter' }
      ]).assets,
      release([
        { name: 'a', data: Buffer.from('1') },
        { name: 'b', data: Buffer.from('2') }
      ]).assets
    ];
    let t = 0;
    const seen: string[][] = [];
    const out = await waitForExpectedAssets(async () => listings.shift()!, inv, {
      timeoutMs: 60_000,
      intervalMs: 15_000,
      now: () => t,
      sleep: async (ms) => void (t += ms),
      onPending: (p) => seen.push(p)
    });
    expect(out.polls).toBe(3);
    expect(out.pending).toEqual([]);
    expect(seen).toEqual([['b'], ['b']]);
  });

  test('stops at the deadline with what is still pending', async () => {
    const inv = await buildInventory({ expected: ['a', 'b'] });
    const listing = release([{ name: 'a', data: Buffer.from('1') }]).assets;
    let t = 0;
    const out = await waitForExpectedAssets(async () => listing, inv, {
      timeoutMs: 40_000,
      intervalMs: 15_000,
      now: () => t,
      sleep: async (ms) => void (t += ms)
    });
    expect(out.pending).toEqual(['b']);
    expect(out.polls).toBe(4); // at 0, 15, 30 and the deadline 40
    expect(pendingAssets(listing, inv)).toEqual(['b']);
  });

  test('hashAsset streams a body larger than its collection interval and checks the byte count', async () => {
    const block = Buffer.alloc(1024 * 1024, 0x5a);
    const expected = createHash('sha256');
    for (let i = 0; i < 20; i++) expected.update(block);
    const asset = {
      id: 1,
      name: 'big',
      size: 20 * block.length,
      state: 'uploaded',
      browser_download_url: '',
      url: ''
    };
    const body = async function* () {
      for (let i = 0; i < 20; i++) yield block;
    };
    const h = await hashAsset(asset, async () => body());
    expect(h).toMatchObject({ sha256: expected.digest('hex'), bytes: 20 * block.length, attempts: 1 });
    const long = await hashAsset({ ...asset, size: asset.size - 1 }, async () => body(), { attempts: 1 });
    expect(long.sha256).toBeUndefined();
    expect(long.error).toBe(`the download gave ${asset.size} bytes where the API reports ${asset.size - 1}`);
  });

  test('mapBounded keeps order', async () => {
    expect(await mapBounded([3, 1, 2], 2, async (n) => n * 2)).toEqual([6, 2, 4]);
  });
});
