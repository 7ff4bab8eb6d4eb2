import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** One ustar header block for a regular file (names here are short, so no prefix field is needed). */
function header(name: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(512, 0);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(mtime, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

/** A gzip-compressed tar of `package/<file>` entries, the layout npm expects in a package tarball. */
export function packTarball(files: Record<string, string>, mtime = 499162500): Buffer {
  const parts: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    parts.push(
      header(`package/${name}`, data.length, mtime),
      data,
      Buffer.alloc((512 - (data.length % 512)) % 512)
    );
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** `dist.integrity` (SRI sha512) and `dist.shasum` (hex sha1) of a tarball, as a packument lists them. */
export function tarballDigests(bytes: Buffer): { integrity: string; shasum: string } {
  return {
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex')
  };
}
