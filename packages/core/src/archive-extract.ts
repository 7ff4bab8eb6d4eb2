/**
 * Unpacks a release asset the way a user would (`.tar.gz`/`.tgz`, `.tar.xz`, `.zip`, or a plain binary)
 * into a fresh directory, refusing entries that escape it, and lists the executables it holds.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, createReadStream, lstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { extractTar } from './archive-tar.js';
import {
  ExtractionTarget,
  UnsafeArchiveError,
  type ExtractLimits,
  type ExtractedEntry
} from './archive-target.js';
import { extractZip } from './archive-zip.js';
import { readExecutableHeader, type ExecutableHeader } from './executable-header.js';

export { UnsafeArchiveError, safeEntryPath, type ExtractedEntry } from './archive-target.js';

export type ArchiveKind = 'tar.gz' | 'tar.xz' | 'zip' | 'plain';

/** The archive kind an asset name implies (what a user's tools go by); anything else is a plain file. */
export function archiveKind(name: string): ArchiveKind {
  const n = name.toLowerCase();
  if (n.endsWith('.tar.gz') || n.endsWith('.tgz')) return 'tar.gz';
  if (n.endsWith('.tar.xz') || n.endsWith('.txz')) return 'tar.xz';
  if (n.endsWith('.zip')) return 'zip';
  return 'plain';
}

/** An executable found in the unpacked asset. */
export interface FoundExecutable {
  /** Relative path with `/` separators. */
  path: string;
  header: ExecutableHeader;
  /** True when the archive stored no Unix mode and the executable bit was restored here. */
  repaired: boolean;
  /** True when the file is executable after extraction (on POSIX: an x bit is set). */
  executable: boolean;
}

export interface Extraction {
  kind: ArchiveKind;
  root: string;
  entries: ExtractedEntry[];
  executables: FoundExecutable[];
}

const LIBRARY = /\.(so(\.\d+)*|dylib|dll|a|lib|o)$/i;

async function magic(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const b = Buffer.alloc(6);
    const { bytesRead } = await fh.read(b, 0, 6, 0);
    return b.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Runs `xz -dc` without a shell and streams its output; its exit status is checked after the stream
 * ends. A reader that stops early (a refused entry) ends the generator, which kills xz.
 */
async function* xzStream(file: string): AsyncGenerator<Buffer> {
  const child = spawn('xz', ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 2000) stderr += d.toString('utf8');
  });
  // Settles once, never rejects: a failed start must not become an unhandled rejection.
  const exited = new Promise<{ code: number | null; error?: NodeJS.ErrnoException }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }));
    child.on('close', (code) => resolve({ code }));
  });
  let finished = false;
  try {
    for await (const chunk of child.stdout) yield chunk as Buffer;
    const { code, error } = await exited;
    finished = true;
    if (error)
      throw new UnsafeArchiveError(
        error.code === 'ENOENT'
          ? 'xz is not installed on this runner, so a .tar.xz cannot be unpacked (install xz-utils)'
          : `xz could not start: ${error.message}`
      );
    if (code !== 0)
      throw new UnsafeArchiveError(
        `xz could not decompress it: ${stderr.trim().slice(0, 300) || `exit ${code}`}`
      );
  } finally {
    if (!finished) child.kill('SIGKILL');
  }
}

/**
 * Unpacks `file` (kind from `name`) into `dest`, a fresh directory. A plain file is copied there under its
 * own name. Executables that lost their mode in a zip made on Windows get it back (0755).
 * @throws UnsafeArchiveError for entries escaping `dest`, a corrupt archive or one of another kind
 *   than its name says.
 */
export async function extractAsset(
  file: string,
  name: string,
  dest: string,
  limits: ExtractLimits = {}
): Promise<Extraction> {
  const kind = archiveKind(name);
  const target = new ExtractionTarget(dest, limits);
  const head = await magic(file);
  if (kind === 'tar.gz') {
    if (head[0] !== 0x1f || head[1] !== 0x8b) throw new UnsafeArchiveError(`${name} is not gzip data`);
    try {
      await extractTar(createReadStream(file).pipe(createGunzip()), target);
    } catch (e) {
      // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR: a corrupt or cut stream) are the archive's fault.
      if (/^Z_/.test(String((e as NodeJS.ErrnoException).code)))
        throw new UnsafeArchiveError(`${name} is not intact gzip data: ${(e as Error).message}`);
      throw e;
    }
  } else if (kind === 'tar.xz') {
    if (head.toString('latin1') !== '\xfd7zXZ\0') throw new UnsafeArchiveError(`${name} is not xz data`);
    await extractTar(xzStream(file), target);
  } else if (kind === 'zip') {
    if (head.readUInt32LE(0) !== 0x04034b50 && head.readUInt32LE(0) !== 0x06054b50)
      throw new UnsafeArchiveError(`${name} is not a zip archive`);
    await extractZip(file, target);
  } else {
    const base = path.basename(name);
    const out = path.join(dest, base);
    copyFileSync(file, out);
    // A downloaded plain binary has no mode: users `chmod +x` it, as the repair below does.
    chmodSync(out, 0o644);
    target.entries.push({
      path: base,
      type: 'file',
      size: lstatSync(out).size,
      mode: 0o644,
      modeKnown: false
    });
  }
  return {
    kind,
    root: dest,
    entries: target.entries,
    executables: await findExecutables(dest, target.entries)
  };
}

async function findExecutables(root: string, entries: ExtractedEntry[]): Promise<FoundExecutable[]> {
  const out: FoundExecutable[] = [];
  for (const entry of entries) {
    if (entry.type !== 'file' && entry.type !== 'hardlink') continue;
    const abs = path.join(root, ...entry.path.split('/'));
    const header = await readExecutableHeader(abs);
    if (!header || header.kind !== 'executable' || LIBRARY.test(entry.path)) continue;
    let mode = lstatSync(abs).mode & 0o777;
    let repaired = false;
    if (!entry.modeKnown && (mode & 0o111) === 0) {
      mode |= 0o755;
      chmodSync(abs, mode);
      entry.mode = mode;
      repaired = true;
    }
    // A script without an x bit is a data file that happens to start with #!: only binaries count then.
    if (header.format === 'script' && (mode & 0o111) === 0) continue;
    out.push({
      path: entry.path,
      header,
      repaired,
      executable: process.platform === 'win32' || (mode & 0o111) !== 0
    });
  }
  return out;
}
