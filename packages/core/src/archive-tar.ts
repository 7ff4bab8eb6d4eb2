/**
 * A streaming reader of tar archives (ustar, GNU long names, pax `path`/`linkpath`/`size`) that hands
 * every entry to an {@link ExtractionTarget}, which refuses entries escaping the directory.
 */
import { ExtractionTarget, UnsafeArchiveError } from './archive-target.js';

/** Reads exact byte counts from a stream of chunks without gathering the whole stream. */
class ChunkReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  private async fill(n: number): Promise<void> {
    while (this.buffered < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else if (r.value.byteLength) {
        const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
        this.chunks.push(b);
        this.buffered += b.length;
      }
    }
  }

  /** Up to `n` bytes (fewer only at the end of the stream). */
  async take(n: number): Promise<Buffer> {
    await this.fill(n);
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, Math.min(n, all.length));
    const rest = all.subarray(out.length);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }

  /** Exactly `n` bytes as a stream of pieces. @throws when the stream ends first. */
  async *range(n: number, what: string): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buffered === 0) await this.fill(1);
      if (this.buffered === 0) throw new UnsafeArchiveError(`the archive ends inside ${what}`);
      const first = this.chunks[0];
      const piece = first.subarray(0, Math.min(left, first.length));
      if (piece.length === first.length) this.chunks.shift();
      else this.chunks[0] = first.subarray(piece.length);
      this.buffered -= piece.length;
      left -= piece.length;
      yield piece;
    }
  }

  /** Stops reading: a stream stops, a decompressing process is ended. */
  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.it.return?.();
    }
  }

  async skip(n: number, what: string): Promise<void> {
    for await (const _ of this.range(n, what)) void _;
  }

  /** Reads to the end (so that a decompressor checks its trailing checksum). */
  async drain(): Promise<void> {
    this.chunks = [];
    this.buffered = 0;
    for (;;) {
      const r = await this.it.next();
      if (r.done) break;
    }
    this.done = true;
  }
}

function text(b: Buffer, start: number, length: number): string {
  const field = b.subarray(start, start + length);
  const nul = field.indexOf(0);
  return field.subarray(0, nul < 0 ? field.length : nul).toString('utf8');
}

function number(b: Buffer, start: number, length: number, what: string): number {
  const field = b.subarray(start, start + length);
  // GNU base-256: high bit set, big-endian two's complement in the remaining bytes.
  if (field[0] & 0x80) {
    let n = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + field[i];
    return n;
  }
  const s = text(b, start, length).trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new UnsafeArchiveError(`a tar header has a malformed ${what} field`);
  return parseInt(s, 8);
}

function checksumOk(block: Buffer): boolean {
  const stored = number(block, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function parsePax(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const len = Number(data.subarray(at, space).toString('ascii'));
    if (!Number.isInteger(len) || len <= 0 || at + len > data.length)
      throw new UnsafeArchiveError('a pax header record is malformed');
    const record = data.subarray(space + 1, at + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}

const META_LIMIT = 1024 * 1024;

/**
 * Unpacks a tar stream (already decompressed) into `target`, then reads the stream to its end so that
 * a decompressor's own integrity check runs.
 * @throws UnsafeArchiveError for an entry escaping the directory, a bad header or a cut archive.
 */
export async function extractTar(source: AsyncIterable<Uint8Array>, target: ExtractionTarget): Promise<void> {
  const reader = new ChunkReader(source);
  try {
    await readEntries(reader, target);
  } finally {
    await reader.close();
  }
}

async function readEntries(reader: ChunkReader, target: ExtractionTarget): Promise<void> {
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let blocks = 0;
  for (;;) {
    const block = await reader.take(512);
    if (block.length === 0 && blocks === 0) throw new UnsafeArchiveError('the archive is empty');
    // A missing end marker is tolerated (many writers stop after the last entry), a cut header is not.
    if (block.length === 0) break;
    if (block.length < 512) throw new UnsafeArchiveError('the archive ends inside a header');
    if (block.every((b) => b === 0)) break;
    if (!checksumOk(block))
      throw new UnsafeArchiveError(
        blocks === 0
          ? 'it is not a tar archive (the first header has a bad checksum)'
          : 'a tar header has a bad checksum'
      );
    blocks++;
    const type = String.fromCharCode(block[156] || 0x30);
    const magic = block.subarray(257, 263).toString('latin1');
    const prefix = magic === 'ustar\0' ? text(block, 345, 155) : '';
    let name = longName ?? pax.path ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    const link = longLink ?? pax.linkpath ?? text(block, 157, 100);
    const size = pax.size !== undefined ? Number(pax.size) : number(block, 124, 12, 'size');
    if (!Number.isSafeInteger(size) || size < 0)
      throw new UnsafeArchiveError(`entry ${JSON.stringify(name)} has a bad size`);
    const mode = number(block, 100, 8, 'mode');
    const padding = (512 - (size % 512)) % 512;
    const meta = type === 'L' || type === 'K' || type === 'x' || type === 'g';
    if (!meta) {
      longName = undefined;
      longLink = undefined;
      pax = {};
    }
    if (meta) {
      if (size > META_LIMIT)
        throw new UnsafeArchiveError(`a tar ${type} header of ${size} bytes is too large`);
      const data = await reader.take(size);
      if (data.length < size) throw new UnsafeArchiveError('the archive ends inside a header');
      await reader.skip(padding, 'padding');
      const value = data.toString('utf8').replace(/\0+$/, '');
      if (type === 'L') longName = value;
      else if (type === 'K') longLink = value;
      else if (type === 'x') pax = parsePax(data);
      continue;
    }
    if (name.endsWith('/') && (type === '0' || type === '\0')) name = name.replace(/\/+$/, '');
    switch (type) {
      case '0':
      case '\0':
      case '7':
        await target.file(name, mode, reader.range(size, `entry ${JSON.stringify(name)}`));
        break;
      case '5':
        target.directory(name, mode);
        await reader.skip(size, 'a directory entry');
        break;
      case '2':
        target.symlink(name, link);
        break;
      case '1':
        target.hardlink(name, link);
        break;
      default:
        // Devices, FIFOs and vendor entries are never part of a release: their data (if any) is skipped.
        await reader.skip(size, `entry ${JSON.stringify(name)}`);
    }
    await reader.skip(padding, 'padding');
  }
  await reader.drain();
}
