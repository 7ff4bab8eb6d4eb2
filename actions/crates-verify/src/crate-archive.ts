import { gunzipSync } from 'node:zlib';

/** A `.crate` is at most this big on crates.io (10 MiB); the tar inside is capped with room to spare. */
const MAX_TAR_BYTES = 256 * 1024 * 1024;

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
}

function octalSize(block: Buffer): number {
  // Sizes over 8 GiB use base-256 (high bit set); no .crate comes near that.
  if (block[124] & 0x80) throw new Error('tar entry too large');
  const text = field(block, 124, 12).trim();
  const n = text === '' ? 0 : parseInt(text, 8);
  if (!Number.isFinite(n) || n < 0) throw new Error(`corrupt tar header (size ${JSON.stringify(text)})`);
  return n;
}

/** `path=` from a pax extended header body (`<len> key=value\n` records). */
function paxPath(body: Buffer): string | undefined {
  let offset = 0;
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset);
    if (space < 0) break;
    const len = parseInt(body.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = body.subarray(space + 1, offset + len - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0 && record.slice(0, eq) === 'path') return record.slice(eq + 1);
    offset += len;
  }
  return undefined;
}

/**
 * Reads regular files out of a gzip'd tar (ustar, with GNU long names and pax `path` records, which
 * is what cargo's tar writer produces). Only entries `wanted` accepts are kept in memory.
 * @throws Error when the bytes are not a gzip'd tar.
 */
export function readTarFiles(gz: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  const tar = gunzipSync(gz, { maxOutputLength: MAX_TAR_BYTES });
  const out = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const size = octalSize(block);
    const bodyStart = offset + 512;
    if (bodyStart + size > tar.length) throw new Error('tar entry runs past the end of the archive');
    const body = tar.subarray(bodyStart, bodyStart + size);
    const type = String.fromCharCode(block[156] || 0x30);
    offset = bodyStart + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0+$/, '');
      continue;
    }
    if (type === 'x') {
      longName = paxPath(body) ?? longName;
      continue;
    }
    const prefix = field(block, 257, 6).startsWith('ustar') ? field(block, 345, 155) : '';
    const name = longName ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100));
    longName = undefined;
    if ((type === '0' || type === '\0' || type === '7') && wanted(name)) out.set(name, Buffer.from(body));
  }
  return out;
}

/** What `.cargo_vcs_info.json` says about where a crate was packaged. */
export interface VcsInfo {
  sha1?: string;
  dirty: boolean;
  pathInVcs?: string;
}

/**
 * The `.cargo_vcs_info.json` of a `.crate` (`<name>-<version>/.cargo_vcs_info.json`), or undefined
 * when cargo did not write one (packaged outside git).
 * @throws Error when the archive or the JSON is malformed.
 */
export function readVcsInfo(crate: Buffer, name: string, version: string): VcsInfo | undefined {
  const wantedName = `${name}-${version}/.cargo_vcs_info.json`;
  const files = readTarFiles(crate, (n) => n === wantedName);
  const raw = files.get(wantedName);
  if (!raw) return undefined;
  const json = JSON.parse(raw.toString('utf8')) as {
    git?: { sha1?: unknown; dirty?: unknown };
    path_in_vcs?: unknown;
  };
  return {
    sha1: typeof json.git?.sha1 === 'string' ? json.git.sha1.toLowerCase() : undefined,
    dirty: json.git?.dirty === true,
    pathInVcs: typeof json.path_in_vcs === 'string' ? json.path_in_vcs : undefined
  };
}
