import { gunzipSync, gzipSync } from 'node:zlib';

/** One entry of a ustar archive: a regular file, or a directory when `directory` is set. */
export interface TarEntry {
  name: string;
  data?: Buffer | string;
  /** Permission bits; 0o644 when not given. */
  mode?: number;
  directory?: boolean;
}

export interface TarOptions {
  /** Modification time (seconds since the epoch) stamped on every entry. */
  mtime: number;
  /** gzip level; zlib's default when not given. */
  level?: number;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mode: number, type: '0' | '5', mtime: number): Buffer {
  const block = Buffer.alloc(512, 0);
  let prefix = '';
  let base = name;
  // ustar keeps names over 100 bytes in the 155-byte prefix field, split at a slash.
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 154);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  block.write(base, 0, 100, 'utf8');
  block.write(octal(mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write(type, 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

/**
 * A gzip'd ustar archive of the given entries, in order, all stamped with one mtime — the one
 * writer behind the simulator's `.crate` files, npm tarballs and GitHub source tarballs.
 */
export function writeTarGz(entries: TarEntry[], options: TarOptions): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = entry.data ?? Buffer.alloc(0);
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const type = entry.directory ? '5' : '0';
    parts.push(header(entry.name, data.length, entry.mode ?? 0o644, type, options.mtime), data);
    parts.push(Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  const tar = Buffer.concat(parts);
  return options.level === undefined ? gzipSync(tar) : gzipSync(tar, { level: options.level });
}

/** Entry names of a gzip'd tar; throws when the bytes are not one. */
export function listTarEntries(gz: Buffer): string[] {
  const tar = gunzipSync(gz);
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const field = (start: number, len: number) =>
      block
        .subarray(start, start + len)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const name = field(0, 100);
    const prefix = field(257, 6).startsWith('ustar') ? field(345, 155) : '';
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size)) throw new Error('corrupt tar header');
    names.push(prefix ? `${prefix}/${name}` : name);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}
