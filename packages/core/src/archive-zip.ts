/**
 * A small zip reader: the central directory (zip64 included) says what the archive holds; each entry's
 * bytes are streamed from its local header through inflate and checked against the stored CRC-32 and
 * size. Stored and deflated entries only; encrypted entries are refused.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { open, type FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import { createInflateRaw } from 'node:zlib';
import { ExtractionTarget, UnsafeArchiveError, safeEntryPath } from './archive-target.js';

// zlib.crc32 arrived in Node 20.15 and 22.2; the CLI supports every Node 20, so older ones get this table.
let table: Uint32Array | undefined;
function crc32Fallback(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = ~value >>> 0;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** CRC-32 continued from `value`, as zlib computes it. */
export const crc32: (data: Uint8Array, value?: number) => number =
  (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32 ?? crc32Fallback;

/** Exposed for the test that checks the fallback against zlib. */
export { crc32Fallback };

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** Unix mode from the external attributes, when the archive was made on a Unix-like system. */
  unixMode?: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// Hosts in "version made by" whose external attributes carry a Unix mode: Unix, and OS X.
const UNIX_HOSTS = new Set([3, 19]);
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position);
  if (bytesRead < length) throw new UnsafeArchiveError('the zip archive is cut short');
  return buffer;
}

async function centralDirectory(fh: FileHandle, fileSize: number): Promise<CentralEntry[]> {
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(fh, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnsafeArchiveError('it is not a zip archive (no end of central directory)');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const at = eocd - 20;
    if (at < 0 || tail.readUInt32LE(at) !== ZIP64_LOCATOR)
      throw new UnsafeArchiveError('the zip64 end of central directory locator is missing');
    const recordOffset = Number(tail.readBigUInt64LE(at + 8));
    const record = await readAt(fh, recordOffset, 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD)
      throw new UnsafeArchiveError('the zip64 end record is malformed');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > fileSize || cdSize > 256 * 1024 * 1024)
    throw new UnsafeArchiveError('the zip central directory lies outside the file');
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
      throw new UnsafeArchiveError('the zip central directory is malformed');
    const madeBy = cd.readUInt16LE(p + 4) >> 8;
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const external = cd.readUInt32LE(p + 38);
    const entry: CentralEntry = {
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      offset: cd.readUInt32LE(p + 42),
      name: cd.subarray(p + 46, p + 46 + nameLength).toString('utf8')
    };
    const mode = external >>> 16;
    if (UNIX_HOSTS.has(madeBy) && mode !== 0) entry.unixMode = mode;
    // Zip64 extra field: the 64-bit values, in this order, of the fields set to 0xffffffff.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const length = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        const next = () => {
          const v = Number(cd.readBigUInt64LE(q));
          q += 8;
          return v;
        };
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.offset === 0xffffffff) entry.offset = next();
      }
      e += 4 + length;
    }
    entries.push(entry);
    p = extraEnd + commentLength;
  }
  return entries;
}

async function* checked(source: AsyncIterable<Buffer>, entry: CentralEntry): AsyncGenerator<Buffer> {
  let crc = 0;
  let size = 0;
  for await (const chunk of source) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (size > entry.size) break;
    yield chunk;
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0)
    throw new UnsafeArchiveError(
      `zip entry ${JSON.stringify(entry.name)} is corrupt (its size or CRC-32 disagrees with the directory)`
    );
}

/**
 * Unpacks a zip file into `target`. Entries without a stored Unix mode (archives made on Windows) get
 * the default mode and `modeKnown: false`, so the caller can restore the executable bit.
 * @throws UnsafeArchiveError for an entry escaping the directory, an encrypted or corrupt entry, or an
 *   unsupported compression method.
 */
export async function extractZip(file: string, target: ExtractionTarget): Promise<void> {
  const fh = await open(file, 'r');
  try {
    const { size: fileSize } = await fh.stat();
    const entries = await centralDirectory(fh, fileSize);
    // The directory lists every name up front: refuse an escaping one before writing anything.
    for (const entry of entries) safeEntryPath(entry.name);
    for (const entry of entries) {
      const type = (entry.unixMode ?? 0) & S_IFMT;
      if (entry.flags & 0x1)
        throw new UnsafeArchiveError(`zip entry ${JSON.stringify(entry.name)} is encrypted`);
      if (entry.name.endsWith('/') || type === S_IFDIR) {
        target.directory(entry.name, entry.unixMode === undefined ? undefined : entry.unixMode & 0o7777);
        continue;
      }
      if (entry.method !== 0 && entry.method !== 8)
        throw new UnsafeArchiveError(
          `zip entry ${JSON.stringify(entry.name)} uses compression method ${entry.method}; only stored (0) and deflate (8) are read`
        );
      const local = await readAt(fh, entry.offset, 30);
      if (local.readUInt32LE(0) !== LOCAL)
        throw new UnsafeArchiveError(`zip entry ${JSON.stringify(entry.name)} has no local header`);
      const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      if (start + entry.compressedSize > fileSize)
        throw new UnsafeArchiveError(`zip entry ${JSON.stringify(entry.name)} lies outside the file`);
      const raw =
        entry.compressedSize === 0
          ? (async function* () {})()
          : createReadStream(file, { start, end: start + entry.compressedSize - 1 });
      let body: AsyncIterable<Buffer> = raw;
      if (entry.method === 8 && entry.compressedSize > 0) {
        const inflate = createInflateRaw();
        // pipeline destroys both streams on either's error, so a read error surfaces in the loop below.
        pipeline(raw as NodeJS.ReadableStream, inflate, () => undefined);
        body = inflate;
      }
      if (type === S_IFLNK) {
        const parts: Buffer[] = [];
        for await (const chunk of checked(body, entry)) parts.push(chunk);
        target.symlink(entry.name, Buffer.concat(parts).toString('utf8'));
        continue;
      }
      const mode = entry.unixMode === undefined ? undefined : entry.unixMode & 0o7777;
      await target.file(entry.name, mode, checked(body, entry));
    }
  } finally {
    await fh.close();
  }
}
