import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { crc32Fallback } from '../../packages/core/src/archive-zip.js';
import {
  archiveKind,
  extractAsset,
  safeEntryPath,
  UnsafeArchiveError
} from '../../packages/core/src/archive-extract.js';

// Archives are made by the system's own tar, xz and zip where they can be; the hostile ones that those
// tools refuse to make are written byte by byte below.
const tools = ['tar', 'xz', 'zip', 'unzip'].filter((t) => {
  try {
    execFileSync(t, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync(t, ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
});
const haveAll = tools.length === 4 && process.platform !== 'win32';
if (!haveAll)
  console.log(
    `archive-extract: tar, xz, zip and unzip are needed for the tool-made archives (found ${tools.join(', ')}); those tests are skipped.`
  );
const withTools = haveAll ? test : test.skip;

const base = mkdtempSync(path.join(os.tmpdir(), 'archive-extract-'));
let n = 0;
const fresh = () => mkdtempSync(path.join(base, `case-${++n}-`));
const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(8),
  Buffer.from([2, 0, 62, 0]),
  Buffer.alloc(44)
]);

/** A tree to pack: tool-1.0/tool (0755 ELF), tool-1.0/README.md, tool-1.0/bin -> tool (a link inside). */
function tree(): string {
  const dir = fresh();
  mkdirSync(path.join(dir, 'tool-1.0'));
  writeFileSync(path.join(dir, 'tool-1.0', 'tool'), ELF, { mode: 0o755 });
  writeFileSync(path.join(dir, 'tool-1.0', 'README.md'), '# tool\n');
  symlinkSync('tool', path.join(dir, 'tool-1.0', 'bin'));
  return dir;
}

/** One ustar header block (+ data blocks) of any type, for entries real tools will not write. */
function ustar(
  name: string,
  type: string,
  options: { data?: Buffer; link?: string; mode?: number } = {}
): Buffer {
  const data = options.data ?? Buffer.alloc(0);
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write(`${(options.mode ?? 0o644).toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write('00000000000\0', 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type, 156, 'ascii');
  if (options.link) h.write(options.link, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
  return Buffer.concat([h, data, pad]);
}

function tarGz(...entries: Buffer[]): string {
  const file = path.join(fresh(), 'crafted.tar.gz');
  writeFileSync(file, gzipSync(Buffer.concat([...entries, Buffer.alloc(1024)])));
  return file;
}

async function refused(file: string, name: string, dest: string): Promise<string> {
  try {
    await extractAsset(file, name, dest);
  } catch (e) {
    expect(e).toBeInstanceOf(UnsafeArchiveError);
    return (e as Error).message;
  }
  throw new Error('extractAsset accepted a hostile archive');
}

describe('archiveKind', () => {
  test.each([
    ['tool_1.0_linux_amd64.tar.gz', 'tar.gz'],
    ['tool.TGZ', 'tar.gz'],
    ['tool-1.0-x86_64.tar.xz', 'tar.xz'],
    ['tool-windows.zip', 'zip'],
    ['tool-1.0-windows-amd64.exe', 'plain'],
    ['tool-1.0-linux-amd64', 'plain']
  ])('%s is %s', (name, kind) => expect(archiveKind(name)).toBe(kind));
});

describe('safeEntryPath', () => {
  test.each(['/etc/passwd', 'C:\\Windows\\x', '../x', 'a/../../x', 'a\\..\\..\\x', 'a\0b'])(
    'refuses %j',
    (name) => expect(() => safeEntryPath(name)).toThrow(UnsafeArchiveError)
  );
  test.each(['caro\n::add-mask::x', 'a\rb', 'bin/\x1b[2Jtool', 'a\x7f', 'a\u009bb', 'a\u2028b'])(
    'refuses %j: a control character or line break in a name',
    (name) =>
      expect(() => safeEntryPath(name)).toThrow(
        /holds a control character \(a line break or an escape\) in its name$/
      )
  );
  test('names the refused entry with every control character escaped', () => {
    expect(() => safeEntryPath('x\n::add-mask::y\u009b')).toThrow(
      'entry "x\\n::add-mask::y\\u009b" holds a control character (a line break or an escape) in its name'
    );
  });
  test('normalises harmless names', () => {
    expect(safeEntryPath('./a//b/./c')).toBe('a/b/c');
    expect(safeEntryPath('a\\b')).toBe('a/b');
  });
});

describe('tool-made archives unpack with modes and links', () => {
  withTools.each(['tar.gz', 'tar.xz'] as const)('%s from tar', async (kind) => {
    const src = tree();
    const file = path.join(src, `tool.${kind}`);
    execFileSync('tar', [kind === 'tar.gz' ? '-czf' : '-cJf', file, 'tool-1.0'], { cwd: src });
    const dest = fresh();
    const x = await extractAsset(file, `tool.${kind}`, dest);
    expect(x.kind).toBe(kind);
    expect(x.entries.map((e) => `${e.path}:${e.type}`).sort()).toEqual(
      ['tool-1.0:directory', 'tool-1.0/README.md:file', 'tool-1.0/bin:symlink', 'tool-1.0/tool:file'].sort()
    );
    expect(statSync(path.join(dest, 'tool-1.0/tool')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(path.join(dest, 'tool-1.0/bin'))).toBe('tool');
    expect(x.executables.map((e) => [e.path, e.repaired, e.executable])).toEqual([
      ['tool-1.0/tool', false, true]
    ]);
    expect(readFileSync(path.join(dest, 'tool-1.0/tool'))).toEqual(ELF);
  });

  withTools(
    'zip from Info-ZIP keeps the Unix mode; the same zip marked as made on Windows has its exec bit restored',
    async () => {
      const src = tree();
      const file = path.join(src, 'tool.zip');
      execFileSync('zip', ['-qry', file, 'tool-1.0'], { cwd: src });
      const dest = fresh();
      const x = await extractAsset(file, 'tool.zip', dest);
      // unzip agrees on the names
      const listed = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map((l) => l.replace(/\/$/, ''));
      expect(x.entries.map((e) => e.path).sort()).toEqual(listed.sort());
      expect(x.executables).toEqual([expect.objectContaining({ path: 'tool-1.0/tool', repaired: false })]);
      expect(lstatSync(path.join(dest, 'tool-1.0/bin')).isSymbolicLink()).toBe(true);

      // "version made by" host 0 (MS-DOS) in every central directory entry: no Unix modes stored.
      const bytes = readFileSync(file);
      for (let i = 0; i + 4 <= bytes.length; i++) if (bytes.readUInt32LE(i) === 0x02014b50) bytes[i + 5] = 0;
      const dos = path.join(src, 'dos.zip');
      writeFileSync(dos, bytes);
      execFileSync('unzip', ['-tq', dos]);
      const dest2 = fresh();
      const y = await extractAsset(dos, 'dos.zip', dest2);
      expect(y.executables).toEqual([
        expect.objectContaining({ path: 'tool-1.0/tool', repaired: true, executable: true })
      ]);
      expect(statSync(path.join(dest2, 'tool-1.0/tool')).mode & 0o111).not.toBe(0);
      expect(statSync(path.join(dest2, 'tool-1.0/README.md')).mode & 0o111).toBe(0);
    }
  );

  withTools.each(['gnu', 'pax', 'ustar'])('long names in tar --format=%s', async (format) => {
    const src = fresh();
    const deep = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(60)].join('/');
    mkdirSync(path.join(src, deep), { recursive: true });
    writeFileSync(path.join(src, deep, 'tool'), ELF, { mode: 0o755 });
    const file = path.join(src, 'long.tar.gz');
    execFileSync('tar', [`--format=${format}`, '-czf', file, 'a'.repeat(60)], { cwd: src });
    const x = await extractAsset(file, 'long.tar.gz', fresh());
    expect(x.executables.map((e) => e.path)).toEqual([`${deep}/tool`]);
  });

  withTools('zip64 (zip -fz) is read through its extra fields', async () => {
    const src = tree();
    const file = path.join(src, 'tool64.zip');
    execFileSync('zip', ['-qry', '-fz', file, 'tool-1.0'], { cwd: src });
    const x = await extractAsset(file, 'tool64.zip', fresh());
    expect(x.executables.map((e) => e.path)).toEqual(['tool-1.0/tool']);
    expect(x.entries).toHaveLength(4);
  });

  withTools('a zip holding a symlink to /etc is refused', async () => {
    const src = fresh();
    symlinkSync('/etc', path.join(src, 'etc'));
    const file = path.join(src, 'link.zip');
    execFileSync('zip', ['-qy', file, 'etc'], { cwd: src });
    expect(await refused(file, 'link.zip', fresh())).toBe('link "etc" points to "/etc", outside the archive');
  });

  withTools('a zip entry whose bytes were changed fails its CRC-32', async () => {
    const src = fresh();
    writeFileSync(path.join(src, 'tool'), ELF, { mode: 0o755 });
    const file = path.join(src, 'stored.zip');
    execFileSync('zip', ['-q0', file, 'tool'], { cwd: src });
    const bytes = readFileSync(file);
    const at = bytes.indexOf(ELF);
    bytes[at + 20] ^= 0xff;
    writeFileSync(file, bytes);
    expect(await refused(file, 'stored.zip', fresh())).toMatch(/corrupt \(its size or CRC-32/);
  });

  withTools('zip-slip: an entry named ../ is refused and nothing lands outside', async () => {
    const src = fresh();
    mkdirSync(path.join(src, 'aa'));
    writeFileSync(path.join(src, 'aa', 'first'), 'harmless\n');
    writeFileSync(path.join(src, 'aa', 'zipslipped'), 'owned\n');
    const file = path.join(src, 'slip.zip');
    execFileSync('zip', ['-q', file, 'aa/first', 'aa/zipslipped'], { cwd: src });
    const bytes = readFileSync(file);
    // Same length, so every offset stays right: aa/zipslipped -> ../zipslipped
    let at = -1;
    while ((at = bytes.indexOf('aa/zipslipped', at + 1)) >= 0) bytes.write('..', at, 'latin1');
    writeFileSync(file, bytes);
    const dest = path.join(fresh(), 'inner');
    mkdirSync(dest);
    expect(await refused(file, 'slip.zip', dest)).toBe(
      `entry "../zipslipped" climbs out of the archive with '..'`
    );
    expect(existsSync(path.join(dest, '..', 'zipslipped'))).toBe(false);
    // Refused from the central directory, before any entry was written.
    expect(readdirSync(dest)).toEqual([]);
  });
});

describe('hostile tar entries are refused', () => {
  test('an absolute path', async () => {
    const file = tarGz(ustar('/tmp/archive-extract-absolute', '0', { data: Buffer.from('x') }));
    expect(await refused(file, 'a.tar.gz', fresh())).toBe(
      'entry "/tmp/archive-extract-absolute" is an absolute path'
    );
    expect(existsSync('/tmp/archive-extract-absolute')).toBe(false);
  });

  test('a symlink pointing out, absolute or by ..', async () => {
    expect(await refused(tarGz(ustar('etc', '2', { link: '/etc' })), 'a.tar.gz', fresh())).toBe(
      'link "etc" points to "/etc", outside the archive'
    );
    expect(await refused(tarGz(ustar('a/up', '2', { link: '../../x' })), 'a.tar.gz', fresh())).toBe(
      'link "a/up" points to "../../x", outside the archive'
    );
  });

  test('an entry name or a link target with a line break', async () => {
    const dir = fresh();
    expect(
      await refused(tarGz(ustar('caro\n::add-mask::x', '0', { data: Buffer.from('x') })), 'a.tar.gz', dir)
    ).toBe('entry "caro\\n::add-mask::x" holds a control character (a line break or an escape) in its name');
    expect(readdirSync(dir)).toEqual([]);
    expect(await refused(tarGz(ustar('l', '2', { link: 'a\r\n::warning::b' })), 'a.tar.gz', fresh())).toBe(
      'link "l" points to "a\\r\\n::warning::b", which holds a control character'
    );
  });

  test('a link that leaves only physically, then a file written through it', async () => {
    const outside = fresh();
    const dest = path.join(outside, 'root');
    mkdirSync(dest);
    const file = tarGz(
      ustar('d/e/', '5', { mode: 0o755 }),
      ustar('d/e/l', '2', { link: '../..' }),
      ustar('m', '2', { link: 'd/e/l/..' }),
      ustar('m/escaped', '0', { data: Buffer.from('owned\n') })
    );
    expect(await refused(file, 'a.tar.gz', dest)).toBe(
      'entry "m/escaped" would be written through a link that leaves the archive'
    );
    expect(existsSync(path.join(outside, 'escaped'))).toBe(false);
  });

  test('a hard link to a file outside', async () => {
    expect(
      await refused(tarGz(ustar('passwd', '1', { link: '../../../../etc/passwd' })), 'a.tar.gz', fresh())
    ).toMatch(/climbs out of the archive/);
  });

  test('a file replacing an earlier link is written as a file, never through the link', async () => {
    const outside = fresh();
    const dest = path.join(outside, 'root');
    mkdirSync(dest);
    writeFileSync(path.join(outside, 'target'), 'keep\n');
    // The link itself is inside-looking by name but `x` then overwrites it with a regular file.
    const file = tarGz(ustar('x', '2', { link: 'y' }), ustar('x', '0', { data: Buffer.from('new\n') }));
    await extractAsset(file, 'a.tar.gz', dest);
    expect(lstatSync(path.join(dest, 'x')).isFile()).toBe(true);
    expect(readFileSync(path.join(outside, 'target'), 'utf8')).toBe('keep\n');
  });

  withTools('a refused entry early in a large .tar.xz ends the xz process too', async () => {
    const dir = fresh();
    const tar = Buffer.concat([
      ustar('../slip', '0', { data: Buffer.from('x') }),
      ustar('big', '0', { data: Buffer.alloc(8 * 1024 * 1024, 7) }),
      Buffer.alloc(1024)
    ]);
    writeFileSync(path.join(dir, 'big.tar'), tar);
    execFileSync('xz', ['-0', path.join(dir, 'big.tar')]);
    const file = path.join(dir, 'big.tar.xz');
    expect(await refused(file, 'big.tar.xz', fresh())).toBe(
      `entry "../slip" climbs out of the archive with '..'`
    );
    await new Promise((r) => setTimeout(r, 200));
    const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(running).not.toContain(file);
  });

  test('a bad header checksum, a cut archive, a non-gzip .tar.gz, a decompression bomb', async () => {
    const good = ustar('a', '0', { data: Buffer.from('hello') });
    const bad = Buffer.from(good);
    bad[0] ^= 1;
    expect(await refused(tarGz(bad), 'a.tar.gz', fresh())).toMatch(/not a tar archive/);
    const cut = path.join(fresh(), 'cut.tar.gz');
    writeFileSync(cut, gzipSync(good.subarray(0, 514)));
    expect(await refused(cut, 'cut.tar.gz', fresh())).toMatch(/ends inside entry "a"/);
    const plain = path.join(fresh(), 'plain.tar.gz');
    writeFileSync(plain, 'not gzip');
    expect(await refused(plain, 'plain.tar.gz', fresh())).toBe('plain.tar.gz is not gzip data');
    const truncatedGzip = path.join(fresh(), 'tg.tar.gz');
    writeFileSync(truncatedGzip, gzipSync(Buffer.concat([good, Buffer.alloc(1024)])).subarray(0, 30));
    expect(await refused(truncatedGzip, 'tg.tar.gz', fresh())).toMatch(/not intact gzip data|ends inside/);
    const bomb = tarGz(ustar('big', '0', { data: Buffer.alloc(4096) }));
    await expect(extractAsset(bomb, 'b.tar.gz', fresh(), { maxBytes: 1000 })).rejects.toThrow(
      /more than 1000 bytes/
    );
  });
});

test('a plain binary is copied under its name and made executable', async () => {
  const src = path.join(fresh(), 'tool-1.0-linux-amd64');
  writeFileSync(src, ELF);
  const dest = fresh();
  const x = await extractAsset(src, 'tool-1.0-linux-amd64', dest);
  expect(x.executables).toEqual([
    expect.objectContaining({ path: 'tool-1.0-linux-amd64', repaired: true, executable: true })
  ]);
  expect(statSync(path.join(dest, 'tool-1.0-linux-amd64')).mode & 0o777).toBe(0o755);
});

test('the CRC-32 fallback for Node before 20.15 agrees with zlib, whole and continued', () => {
  const data = Buffer.from('The quick brown fox jumps over the lazy dog');
  expect(crc32Fallback(data)).toBe(0x414fa339);
  expect(crc32Fallback(data.subarray(10), crc32Fallback(data.subarray(0, 10)))).toBe(0x414fa339);
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) expect(crc32Fallback(Buffer.alloc(1000, 7))).toBe(native(Buffer.alloc(1000, 7)));
});
