/**
 * The directory an archive is unpacked into, and the only way entries are written there: every name is
 * checked before anything is created, so an entry that would land outside (an absolute path, a `..`
 * component, a link pointing out, a write through a link) is refused instead of written.
 */
import {
  chmodSync,
  closeSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  symlinkSync,
  unlinkSync,
  writeSync
} from 'node:fs';
import path from 'node:path';

// The OS's realpath(3): Node's JavaScript realpathSync resolves `..` after a link lexically (`l/..` is
// taken as the link's folder), which is exactly the trick a hostile archive uses to climb out.
const realpathNative = (p: string): string => realpathSync.native(p);

/** An archive entry that would escape the extraction directory, or a malformed or oversized archive. */
export class UnsafeArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeArchiveError';
  }
}

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink';

/** One entry as unpacked. */
export interface ExtractedEntry {
  /** Relative path inside the extraction directory, with `/` separators. */
  path: string;
  type: EntryType;
  size: number;
  /** Permission bits applied (files and directories). */
  mode?: number;
  /** False when the archive stored no Unix permissions (a zip made on Windows): the mode is a default. */
  modeKnown: boolean;
  /** Link target, for links. */
  target?: string;
}

export interface ExtractLimits {
  /** Most entries accepted (default 100 000). */
  maxEntries?: number;
  /** Most bytes written in total (default 4 GiB): a decompression bomb stops here. */
  maxBytes?: number;
}

// C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
const CONTROL_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function show(name: string): string {
  // JSON escapes C0 controls only; C1 (a CSI can rewrite what a log viewer shows) and U+2028/9 too.
  return JSON.stringify(name.length > 200 ? name.slice(0, 200) + '…' : name).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/**
 * Normalises an entry name to a relative `/`-separated path, refusing what would escape.
 * Backslashes count as separators, as Windows tools read them.
 * @throws UnsafeArchiveError for an absolute name, a drive letter, a `..` component, a NUL, or any other
 *   control character: no real program's file name holds a line break or an escape, and one in a name
 *   that reaches a log line could start a workflow command (`\n::add-mask::…`) there.
 */
export function safeEntryPath(name: string): string {
  if (name.includes('\0')) throw new UnsafeArchiveError(`entry ${show(name)} holds a NUL byte`);
  if (CONTROL_IN_NAME.test(name))
    throw new UnsafeArchiveError(
      `entry ${show(name)} holds a control character (a line break or an escape) in its name`
    );
  const n = name.replace(/\\/g, '/');
  if (n.startsWith('/') || /^[A-Za-z]:/.test(n))
    throw new UnsafeArchiveError(`entry ${show(name)} is an absolute path`);
  const parts = n.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    throw new UnsafeArchiveError(`entry ${show(name)} climbs out of the archive with '..'`);
  return parts.join('/');
}

/** Writes entries under one root, checking each. Synchronous file calls: entries arrive in order anyway. */
export class ExtractionTarget {
  readonly entries: ExtractedEntry[] = [];
  private bytes = 0;
  private readonly realRoot: string;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor(
    readonly root: string,
    limits: ExtractLimits = {}
  ) {
    mkdirSync(root, { recursive: true });
    this.realRoot = realpathNative(root);
    this.maxEntries = limits.maxEntries ?? 100_000;
    this.maxBytes = limits.maxBytes ?? 4 * 1024 ** 3;
  }

  private count(): void {
    if (this.entries.length >= this.maxEntries)
      throw new UnsafeArchiveError(`the archive holds more than ${this.maxEntries} entries`);
  }

  private inside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot + path.sep);
  }

  /**
   * Makes the directories of a path one level at a time, checking each existing level physically:
   * a link unpacked earlier may resolve outside only physically (`d/e/l -> ../..`, then `m -> d/e/l/..`),
   * and nothing may be created through it.
   */
  private ensureDirectory(parts: string[], name: string): string {
    let dir = this.root;
    for (const part of parts) {
      dir = path.join(dir, part);
      try {
        mkdirSync(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      if (!this.inside(realpathNative(dir)))
        throw new UnsafeArchiveError(
          `entry ${show(name)} would be written through a link that leaves the archive`
        );
    }
    return dir;
  }

  /** The absolute path for a relative one, after making its parent and checking the parent is physically inside. */
  private prepare(rel: string, name: string): string {
    if (rel === '') throw new UnsafeArchiveError(`entry ${show(name)} names the archive root`);
    const abs = path.join(this.root, ...rel.split('/'));
    this.ensureDirectory(rel.split('/').slice(0, -1), name);
    try {
      const st = lstatSync(abs);
      // A later entry of the same name replaces a file or link; it never writes through a link.
      if (st.isDirectory()) throw new UnsafeArchiveError(`entry ${show(name)} would replace a directory`);
      unlinkSync(abs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return abs;
  }

  directory(name: string, mode?: number): void {
    this.count();
    const rel = safeEntryPath(name);
    if (rel === '') return;
    const abs = this.ensureDirectory(rel.split('/'), name);
    const applied = mode === undefined ? undefined : (mode & 0o777) | 0o700;
    if (applied !== undefined) chmodSync(abs, applied);
    this.entries.push({
      path: rel,
      type: 'directory',
      size: 0,
      mode: applied,
      modeKnown: mode !== undefined
    });
  }

  /**
   * Writes a regular file from its chunks. `mode` undefined means the archive stored none: 0644 is used.
   * Setuid, setgid and sticky bits are dropped.
   */
  async file(
    name: string,
    mode: number | undefined,
    data: AsyncIterable<Uint8Array>
  ): Promise<ExtractedEntry> {
    this.count();
    const rel = safeEntryPath(name);
    const abs = this.prepare(rel, name);
    const applied = mode === undefined ? 0o644 : mode & 0o777;
    // O_EXCL: never follow a link that appeared at this name.
    const fd = openSync(abs, 'wx', 0o600);
    let size = 0;
    try {
      for await (const chunk of data) {
        size += chunk.byteLength;
        this.bytes += chunk.byteLength;
        if (this.bytes > this.maxBytes)
          throw new UnsafeArchiveError(`the archive unpacks to more than ${this.maxBytes} bytes`);
        writeSync(fd, chunk);
      }
    } finally {
      closeSync(fd);
    }
    chmodSync(abs, applied);
    const entry: ExtractedEntry = {
      path: rel,
      type: 'file',
      size,
      mode: applied,
      modeKnown: mode !== undefined
    };
    this.entries.push(entry);
    return entry;
  }

  /** A symbolic link; refused when its target is absolute or resolves outside the root. */
  symlink(name: string, target: string): void {
    this.count();
    const rel = safeEntryPath(name);
    const t = target.replace(/\\/g, '/');
    if (CONTROL_IN_NAME.test(t))
      throw new UnsafeArchiveError(
        `link ${show(name)} points to ${show(target)}, which holds a control character`
      );
    if (t === '' || t.startsWith('/') || /^[A-Za-z]:/.test(t))
      throw new UnsafeArchiveError(`link ${show(name)} points to ${show(target)}, outside the archive`);
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), t));
    if (resolved === '..' || resolved.startsWith('../'))
      throw new UnsafeArchiveError(`link ${show(name)} points to ${show(target)}, outside the archive`);
    const abs = this.prepare(rel, name);
    symlinkSync(target, abs);
    this.entries.push({ path: rel, type: 'symlink', size: 0, modeKnown: false, target });
  }

  /** A hard link to an earlier entry, written as a copy of it (never a link to a file outside). */
  hardlink(name: string, target: string): void {
    this.count();
    const rel = safeEntryPath(name);
    const from = safeEntryPath(target);
    const source = path.join(this.root, ...from.split('/'));
    let real: string;
    try {
      real = realpathNative(source);
    } catch {
      throw new UnsafeArchiveError(
        `hard link ${show(name)} points to ${show(target)}, which the archive does not hold`
      );
    }
    if (!this.inside(real) || !lstatSync(real).isFile())
      throw new UnsafeArchiveError(`hard link ${show(name)} points to ${show(target)}, outside the archive`);
    const abs = this.prepare(rel, name);
    copyFileSync(real, abs);
    const mode = lstatSync(abs).mode & 0o777;
    this.entries.push({
      path: rel,
      type: 'hardlink',
      size: lstatSync(abs).size,
      mode,
      modeKnown: true,
      target
    });
  }
}
