import { createHash } from 'node:crypto';
import { writeTarGz } from '../tar.js';

/** A gzip-compressed tar of `package/<file>` entries, the layout npm expects in a package tarball. */
export function packTarball(files: Record<string, string>, mtime = 499162500): Buffer {
  return writeTarGz(
    Object.entries(files).map(([name, data]) => ({ name: `package/${name}`, data })),
    { mtime, level: 9 }
  );
}

/** `dist.integrity` (SRI sha512) and `dist.shasum` (hex sha1) of a tarball, as a packument lists them. */
export function tarballDigests(bytes: Buffer): { integrity: string; shasum: string } {
  return {
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    shasum: createHash('sha1').update(bytes).digest('hex')
  };
}
