/**
 * Checksum file lines as coreutils (`sha256sum`, `sha512sum`) and Perl's `shasum` write and read them:
 * GNU lines (`hash  name`, `hash *name`), BSD tag lines (`SHA256 (name) = hash`), single-file sidecars,
 * and the backslash escaping coreutils applies to names holding `\`, a newline or a carriage return.
 */

export type ChecksumAlgorithm = 'sha256' | 'sha512';
export const CHECKSUM_ALGORITHMS: readonly ChecksumAlgorithm[] = ['sha256', 'sha512'];

export type ChecksumFormat = 'gnu' | 'bsd';

/** Hex digits of each algorithm's digest. */
export const HEX_LENGTH: Record<ChecksumAlgorithm, number> = { sha256: 64, sha512: 128 };

/** The tag BSD lines use for each algorithm (`SHA256 (name) = …`). */
export const BSD_TAG: Record<ChecksumAlgorithm, string> = { sha256: 'SHA256', sha512: 'SHA512' };

/** One valid line of a checksum file. */
export interface ChecksumEntry {
  /** The file name, unescaped. */
  name: string;
  /** Lower-case hex digest. */
  hash: string;
  algorithm: ChecksumAlgorithm;
  format: ChecksumFormat;
  /** `*` mode of GNU lines (binary); meaningless on POSIX but kept so a file can be re-written as read. */
  binary: boolean;
}

export type LineParse = { ok: true; entry: ChecksumEntry } | { ok: false; reason: string };

// coreutils 9 escapes CR as well as backslash and newline (8.x only the latter two); both read all three.
const NEEDS_ESCAPE = /[\\\n\r]/;

/** True when coreutils would write this name escaped (with a leading `\` on the line). */
export function needsEscape(name: string): boolean {
  return NEEDS_ESCAPE.test(name);
}

/** Escapes a name the way coreutils does: `\` → `\\`, newline → `\n`, CR → `\r`. */
export function escapeName(name: string): string {
  return name.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'));
}

/** Reverses {@link escapeName}; returns `undefined` for a stray or unknown escape, as coreutils rejects it. */
export function unescapeName(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = text[++i];
    if (next === '\\') out += '\\';
    else if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else return undefined;
  }
  return out;
}

const LOWER_HEX = /^[0-9a-f]+$/;
const ANY_HEX = /^[0-9a-fA-F]+$/;

/** Returns the digest in lower case, or throws when it is not one of the algorithm's length. */
function checkedHash(hash: string, algorithm: ChecksumAlgorithm): string {
  if (hash.length === HEX_LENGTH[algorithm]) {
    // Digests from Node are lower-case already: the common case costs one test and no copy.
    if (LOWER_HEX.test(hash)) return hash;
    if (ANY_HEX.test(hash)) return hash.toLowerCase();
  }
  throw new Error(`Not a ${algorithm} hex digest: ${JSON.stringify(hash)}`);
}

/**
 * Formats one GNU line (`hash  name\n`, or `hash *name\n` in binary mode), escaped as coreutils escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
export function formatGnuLine(
  hash: string,
  name: string,
  options: { binary?: boolean; algorithm?: ChecksumAlgorithm } = {}
): string {
  const hex = checkedHash(
    hash,
    options.algorithm ?? (hash.length === HEX_LENGTH.sha512 ? 'sha512' : 'sha256')
  );
  const mode = options.binary ? ' *' : '  ';
  return needsEscape(name) ? `\\${hex}${mode}${escapeName(name)}\n` : `${hex}${mode}${name}\n`;
}

/**
 * Formats one BSD tag line (`SHA256 (name) = hash\n`), escaped as `sha256sum --tag` escapes.
 * @throws when `hash` is not a hex digest of the algorithm's length.
 */
export function formatBsdLine(algorithm: ChecksumAlgorithm, hash: string, name: string): string {
  const hex = checkedHash(hash, algorithm);
  const escaped = needsEscape(name);
  return `${escaped ? '\\' : ''}${BSD_TAG[algorithm]} (${escaped ? escapeName(name) : name}) = ${hex}\n`;
}

/** Formats a line in either format. */
export function formatChecksumLine(
  format: ChecksumFormat,
  algorithm: ChecksumAlgorithm,
  hash: string,
  name: string
): string {
  return format === 'bsd' ? formatBsdLine(algorithm, hash, name) : formatGnuLine(hash, name, { algorithm });
}

function algorithmOfHex(hex: string): ChecksumAlgorithm | undefined {
  if (!/^[0-9a-fA-F]+$/.test(hex)) return undefined;
  return hex.length === 64 ? 'sha256' : hex.length === 128 ? 'sha512' : undefined;
}

/**
 * Parses one line (without its line terminator; a trailing CR is tolerated) the way `sha256sum -c` does:
 * an optional leading `\` marks an escaped name; then either a BSD tag line or a GNU line whose hash is
 * followed by one space and a mode character (` ` text, `*` binary, `^` shasum's universal mode).
 * The algorithm comes from the BSD tag or the hash length; `expected` restricts it.
 */
export function parseChecksumLine(line: string, expected?: ChecksumAlgorithm): LineParse {
  let s = line.endsWith('\r') ? line.slice(0, -1) : line;
  s = s.replace(/^[ \t]+/, '');
  if (s === '') return { ok: false, reason: 'empty line' };
  const escaped = s.startsWith('\\');
  if (escaped) s = s.slice(1);
  const name = (raw: string): string | undefined => (escaped ? unescapeName(raw) : raw);

  const tag = /^(SHA256|SHA512) \(/.exec(s);
  if (tag) {
    const close = s.lastIndexOf(') = ');
    if (close < tag[0].length) return { ok: false, reason: 'BSD line without ") = "' };
    const hex = s.slice(close + 4);
    const algorithm: ChecksumAlgorithm = tag[1] === 'SHA256' ? 'sha256' : 'sha512';
    if (algorithmOfHex(hex) !== algorithm)
      return { ok: false, reason: `not a ${algorithm} hex digest after "${tag[1]} (…) = "` };
    if (expected && expected !== algorithm)
      return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
    const n = name(s.slice(tag[0].length, close));
    if (n === undefined) return { ok: false, reason: 'invalid backslash escape in the name' };
    if (n === '') return { ok: false, reason: 'empty file name' };
    return { ok: true, entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'bsd', binary: false } };
  }

  const space = s.indexOf(' ');
  if (space < 0) return { ok: false, reason: 'no space between hash and name' };
  const hex = s.slice(0, space);
  const algorithm = algorithmOfHex(hex);
  if (!algorithm) return { ok: false, reason: 'the first field is not a SHA-256 or SHA-512 hex digest' };
  if (expected && expected !== algorithm)
    return { ok: false, reason: `${algorithm} line where ${expected} was expected` };
  const mode = s[space + 1];
  if (mode !== ' ' && mode !== '*' && mode !== '^')
    return { ok: false, reason: 'the hash must be followed by two spaces or " *"' };
  const n = name(s.slice(space + 2));
  if (n === undefined) return { ok: false, reason: 'invalid backslash escape in the name' };
  if (n === '') return { ok: false, reason: 'empty file name' };
  return {
    ok: true,
    entry: { name: n, hash: hex.toLowerCase(), algorithm, format: 'gnu', binary: mode === '*' }
  };
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** Works out how a checksum file is encoded, so UTF-16 input (PowerShell's `>`) is named, not parsed as garbage. */
export function detectEncoding(data: Uint8Array): TextEncodingName {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return 'utf-8-bom';
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  // Without a BOM, UTF-16 of ASCII text puts a NUL in every other byte.
  const n = Math.min(data.length, 512);
  if (n >= 4) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < n; i++) {
      if (data[i] !== 0) continue;
      if (i % 2) oddNul++;
      else evenNul++;
    }
    if (oddNul > n / 4 && evenNul === 0) return 'utf-16le';
    if (evenNul > n / 4 && oddNul === 0) return 'utf-16be';
  }
  return 'utf-8';
}

/** A line of a checksum file with its 1-based number. */
export interface NumberedEntry extends ChecksumEntry {
  line: number;
}

export interface MalformedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedChecksumFile {
  entries: NumberedEntry[];
  malformed: MalformedLine[];
  encoding: TextEncodingName;
  /** True when lines ended in CRLF (reported, since that is how Windows runners damage these files). */
  crlf: boolean;
}

/** Thrown for input that is not a text checksum file at all (UTF-16, binary). */
export class ChecksumFileEncodingError extends Error {
  constructor(
    message: string,
    readonly encoding: TextEncodingName | 'binary'
  ) {
    super(message);
    this.name = 'ChecksumFileEncodingError';
  }
}

/**
 * Parses a whole checksum file: UTF-8 with or without a BOM, LF or CRLF line ends. Blank lines and
 * `#` comment lines are skipped, as `sha256sum -c` skips them; every other line is an entry or malformed.
 * @throws ChecksumFileEncodingError for UTF-16 or NUL-holding input, naming the encoding.
 */
export function parseChecksumFile(
  data: Uint8Array | string,
  expected?: ChecksumAlgorithm
): ParsedChecksumFile {
  let encoding: TextEncodingName = 'utf-8';
  let text: string;
  if (typeof data === 'string') {
    text = data.startsWith('\uFEFF') ? ((encoding = 'utf-8-bom'), data.slice(1)) : data;
  } else {
    encoding = detectEncoding(data);
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      throw new ChecksumFileEncodingError(
        `The checksum file is ${encoding.toUpperCase()} text (PowerShell's '>' and Out-File write that), not UTF-8. ` +
          'Write it as UTF-8, e.g. with Out-File -Encoding utf8NoBOM or Set-Content -Encoding utf8, or convert it with iconv -f UTF-16 -t UTF-8.',
        encoding
      );
    }
    const body = encoding === 'utf-8-bom' ? data.subarray(3) : data;
    if (body.includes(0))
      throw new ChecksumFileEncodingError(
        'The checksum file holds NUL bytes: it is not a text checksum file.',
        'binary'
      );
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: ParsedChecksumFile = { entries: [], malformed: [], encoding, crlf: false };
  lines.forEach((raw, i) => {
    if (raw.endsWith('\r')) out.crlf = true;
    // coreutils skips blank lines and `#` comments, even under --strict.
    if (raw === '' || raw === '\r' || raw.startsWith('#')) return;
    const parsed = parseChecksumLine(raw, expected);
    if (parsed.ok) out.entries.push({ ...parsed.entry, line: i + 1 });
    else out.malformed.push({ line: i + 1, text: raw.replace(/\r$/, ''), reason: parsed.reason });
  });
  return out;
}

/**
 * Parses a single-file sidecar (`foo.tar.gz.sha256`): a GNU or BSD line, or the bare hash that some
 * tools write. Returns the hash and, when the sidecar names one, the file name.
 */
export function parseSidecar(
  text: string,
  expected?: ChecksumAlgorithm
): { hash: string; algorithm: ChecksumAlgorithm; name?: string } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length !== 1) return undefined;
  const bare = lines[0].trim();
  const algorithm = algorithmOfHex(bare);
  if (algorithm)
    return !expected || expected === algorithm ? { hash: bare.toLowerCase(), algorithm } : undefined;
  const parsed = parseChecksumLine(lines[0], expected);
  return parsed.ok
    ? { hash: parsed.entry.hash, algorithm: parsed.entry.algorithm, name: parsed.entry.name }
    : undefined;
}

/**
 * Checks that a name from a checksum file stays inside the directory it is checked from. Returns why it
 * does not, or `undefined` when it is safe: absolute paths (`/x`, `\x`, `C:\x`, `C:x`, UNC), `..`
 * segments (with `/` or `\` separators, since either separates on Windows), and NUL are refused.
 */
export function unsafePathReason(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.includes('\0')) return 'holds a NUL character';
  if (name.startsWith('/') || name.startsWith('\\')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive-letter path';
  if (name.split(/[/\\]/).some((segment) => segment === '..')) return "holds a '..' segment";
  return undefined;
}
