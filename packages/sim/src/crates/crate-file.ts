import { gunzipSync, gzipSync } from 'node:zlib';

/** What `.cargo_vcs_info.json` records: the commit `cargo package` ran at. */
export interface VcsInfo {
  sha1: string;
  dirty?: boolean;
  pathInVcs?: string;
}

export interface CrateFileSpec {
  name: string;
  version: string;
  /** Extra files below the `<name>-<version>/` root (a default `Cargo.toml` and `src/lib.rs` are added). */
  files?: Record<string, string>;
  /** Writes `.cargo_vcs_info.json` as cargo does when it packages inside a git checkout. */
  vcs?: VcsInfo;
  /** `description` and `license` of the generated `Cargo.toml`. */
  description?: string;
  license?: string;
}

// cargo stamps every entry with a fixed mtime so that packaging is reproducible.
const CARGO_MTIME = 1153704088;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number): Buffer {
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
  block.write(octal(0o644, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(CARGO_MTIME, 12), 136, 'ascii');
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'ascii');
  return block;
}

/** A gzip'd ustar archive of the given entries, in order. */
export function packTar(entries: [string, Buffer | string][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    parts.push(header(name, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/**
 * Builds a `.crate` laid out as `cargo package` writes one: every entry under `<name>-<version>/`,
 * a `Cargo.toml`, and `.cargo_vcs_info.json` when a commit is given. Used to seed the simulator and
 * by tests that run without cargo.
 */
export function buildCrateFile(spec: CrateFileSpec): Buffer {
  const root = `${spec.name}-${spec.version}`;
  const files: Record<string, string> = {
    'Cargo.toml':
      `[package]\nname = "${spec.name}"\nversion = "${spec.version}"\nedition = "2021"\n` +
      `description = "${spec.description ?? `The ${spec.name} crate`}"\nlicense = "${spec.license ?? 'MIT'}"\n`,
    'src/lib.rs': `//! ${spec.name} ${spec.version}\n`,
    ...(spec.files ?? {})
  };
  if (spec.vcs) {
    const info = {
      git: { sha1: spec.vcs.sha1, ...(spec.vcs.dirty ? { dirty: true } : {}) },
      path_in_vcs: spec.vcs.pathInVcs ?? ''
    };
    files['.cargo_vcs_info.json'] = JSON.stringify(info, null, 2) + '\n';
  }
  const names = Object.keys(files).sort();
  return packTar(names.map((n) => [`${root}/${n}`, files[n]]));
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
