import {
  ChecksumFileEncodingError,
  detectEncoding,
  escapeName,
  formatBsdLine,
  formatChecksumLine,
  formatGnuLine,
  parseChecksumFile,
  parseChecksumLine,
  parseSidecar,
  unescapeName,
  unsafePathReason
} from '#core/checksums.js';

const H = 'ab'.repeat(32);
const H512 = 'cd'.repeat(64);

describe('formatting', () => {
  it('writes GNU text and binary lines as sha256sum does', () => {
    expect(formatGnuLine(H, 'dist/a.tar.gz')).toBe(`${H}  dist/a.tar.gz\n`);
    expect(formatGnuLine(H, 'a', { binary: true })).toBe(`${H} *a\n`);
    expect(formatGnuLine(H.toUpperCase(), 'a')).toBe(`${H}  a\n`);
  });

  it('escapes backslash, newline and CR with a leading backslash, like coreutils 9', () => {
    expect(formatGnuLine(H, 'a\\b')).toBe(`\\${H}  a\\\\b\n`);
    expect(formatGnuLine(H, 'c\nd')).toBe(`\\${H}  c\\nd\n`);
    expect(formatGnuLine(H, 'g\rh')).toBe(`\\${H}  g\\rh\n`);
    expect(formatBsdLine('sha256', H, 'a\\b')).toBe(`\\SHA256 (a\\\\b) = ${H}\n`);
  });

  it('writes BSD tag lines for both algorithms', () => {
    expect(formatBsdLine('sha256', H, 'x (1).zip')).toBe(`SHA256 (x (1).zip) = ${H}\n`);
    expect(formatChecksumLine('bsd', 'sha512', H512, 'x')).toBe(`SHA512 (x) = ${H512}\n`);
    expect(formatChecksumLine('gnu', 'sha512', H512, 'x')).toBe(`${H512}  x\n`);
  });

  it('refuses a digest of the wrong length or alphabet', () => {
    expect(() => formatGnuLine('abc', 'a')).toThrow(/hex digest/);
    expect(() => formatBsdLine('sha512', H, 'a')).toThrow(/sha512/);
    expect(() => formatGnuLine('zz'.repeat(32), 'a')).toThrow(/hex digest/);
  });

  it('round-trips escaping of hostile names', () => {
    for (const name of ['a\\b', 'a\\nb', '\\', 'x\n\ny', 'r\r', 'plain', 'sp ace', '*star', ' lead']) {
      expect(unescapeName(escapeName(name))).toBe(name);
      const parsed = parseChecksumLine(formatGnuLine(H, name).slice(0, -1));
      expect(parsed).toEqual({ ok: true, entry: expect.objectContaining({ name, hash: H }) });
      const bsd = parseChecksumLine(formatBsdLine('sha256', H, name).slice(0, -1));
      expect(bsd).toEqual({ ok: true, entry: expect.objectContaining({ name, hash: H, format: 'bsd' }) });
    }
  });
});

describe('parseChecksumLine', () => {
  it("reads text and binary mode; shasum's ^ and U modes are one-space names, as coreutils reads them", () => {
    expect(parseChecksumLine(`${H}  a b`)).toEqual({
      ok: true,
      entry: { name: 'a b', hash: H, algorithm: 'sha256', format: 'gnu', binary: false }
    });
    expect(parseChecksumLine(`${H} *a`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: 'a', binary: true })
    });
    expect(parseChecksumLine(`${H} ^a`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: '^a' })
    });
    expect(parseChecksumLine(`${H} Ua`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: 'Ua' })
    });
    expect(parseChecksumLine(`${H512}  a`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ algorithm: 'sha512' })
    });
  });

  it('keeps names that begin with spaces or stars after the mode character', () => {
    expect(parseChecksumLine(`${H}   two`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: ' two' })
    });
    expect(parseChecksumLine(`${H} **x`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: '*x', binary: true })
    });
  });

  it('tolerates CR at the end, leading blanks and upper-case hex', () => {
    expect(parseChecksumLine(`  ${H.toUpperCase()}  a\r`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: 'a', hash: H })
    });
  });

  it('reads BSD lines whose names hold ") = "', () => {
    expect(parseChecksumLine(`SHA256 (a) = b) = ${H}`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: 'a) = b', format: 'bsd' })
    });
  });

  it.each([
    [`SHA256(a)= ${H}`, 'a'],
    [`SHA256 (a)=${H}`, 'a'],
    [`SHA256 (a)\t=\t${H}`, 'a'],
    [`SHA256(a) = ${H}`, 'a'],
    [`SHA256 () = ${H}`, ''],
    [`SHA256 (a)) = ${H}`, 'a)']
  ])('reads the tag line %j in every spacing coreutils reads', (line, name) => {
    expect(parseChecksumLine(line)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name, format: 'bsd' })
    });
  });

  it('reads one-space and tab-separated lines, and keeps one kind per file as coreutils does', () => {
    expect(parseChecksumLine(`${H} a`)).toEqual({ ok: true, entry: expect.objectContaining({ name: 'a' }) });
    expect(parseChecksumLine(`${H}\ta`)).toEqual({ ok: true, entry: expect.objectContaining({ name: 'a' }) });
    expect(parseChecksumLine(`${H}\t*a`)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: 'a', binary: true })
    });
    expect(parseChecksumLine(`${H}  `)).toEqual({ ok: true, entry: expect.objectContaining({ name: ' ' }) });
    const oneSpace = {};
    expect(parseChecksumLine(`${H} a`, undefined, oneSpace)).toMatchObject({ ok: true });
    expect(parseChecksumLine(`${H}  b`, undefined, oneSpace)).toEqual({
      ok: true,
      entry: expect.objectContaining({ name: ' b' })
    });
    const twoSpace = {};
    expect(parseChecksumLine(`${H}  b`, undefined, twoSpace)).toMatchObject({ ok: true });
    expect(parseChecksumLine(`${H} a`, undefined, twoSpace)).toMatchObject({
      ok: false,
      reason: /one-space/
    });
  });

  it.each([
    ['', 'empty line'],
    ['  ', 'empty line'],
    ['garbage', 'no blank'],
    [`${H}`, 'no blank'],
    [`${H} `, 'no file name'],
    [`${H.slice(1)}  a`, 'not a SHA-256'],
    [`${H}x  a`, 'not a SHA-256'],
    [`\\${H}  a\\qb`, 'invalid backslash escape'],
    [`\\${H}  a\\`, 'invalid backslash escape'],
    [`SHA256 (a) = ${H.slice(2)}`, 'not a sha256 hex digest'],
    [`SHA256 (a) = ${H512}`, 'not a sha256 hex digest'],
    [`SHA256 (a) = ${H} `, 'not a sha256 hex digest'],
    [`SHA256  (a) = ${H}`, 'not followed by'],
    [`SHA256 (a) ${H}`, 'without "="'],
    [`SHA256 (a = ${H}`, 'without ")"'],
    [`MD5 (a) = ${'a'.repeat(32)}`, 'not a SHA-256']
  ])('refuses %j (%s)', (line, reason) => {
    const parsed = parseChecksumLine(line);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });

  it('restricts the algorithm when asked', () => {
    const parsed = parseChecksumLine(`${H512}  a`, 'sha256');
    expect(parsed).toEqual({ ok: false, reason: 'sha512 line where sha256 was expected' });
  });
});

describe('parseChecksumFile', () => {
  it('numbers lines, skips blanks and comments, reports malformed lines', () => {
    const text = `# made by hand\n${H}  a\n\nnot a line\r\n${H} *b\r\n`;
    const parsed = parseChecksumFile(Buffer.from(text));
    expect(parsed.entries.map((e) => [e.line, e.name])).toEqual([
      [2, 'a'],
      [5, 'b']
    ]);
    // The number and why, never the text: the file may be a planted link to a secret.
    expect(parsed.malformed).toEqual([{ line: 4, reason: expect.any(String) }]);
    expect(JSON.stringify(parsed.malformed)).not.toContain('not a line');
    expect(parsed.crlf).toBe(true);
    expect(parsed.encoding).toBe('utf-8');
  });

  it('strips a UTF-8 BOM', () => {
    const parsed = parseChecksumFile(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${H}  a\n`)])
    );
    expect(parsed.encoding).toBe('utf-8-bom');
    expect(parsed.entries[0].name).toBe('a');
    expect(parseChecksumFile(`\uFEFF${H}  a`).entries[0].name).toBe('a');
  });

  it('names UTF-16 input instead of calling every line malformed', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${H}  a\r\n`, 'utf16le')]);
    expect(() => parseChecksumFile(le)).toThrow(ChecksumFileEncodingError);
    expect(() => parseChecksumFile(le)).toThrow(/UTF-16LE/);
    expect(detectEncoding(Buffer.from(`${H}  a\n`, 'utf16le'))).toBe('utf-16le');
    const be = Buffer.from(`${H}  a\n`, 'utf16le').swap16();
    expect(detectEncoding(be)).toBe('utf-16be');
    expect(() => parseChecksumFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toThrow(/UTF-16BE/);
  });

  it('refuses binary input', () => {
    expect(() =>
      parseChecksumFile(Buffer.from([0x61, 0x00, 0x00, 0x00, 0x62, 0x00, 0x00, 0x00, 0x01]))
    ).toThrow(/NUL/);
  });

  it('handles names with multi-byte characters', () => {
    const parsed = parseChecksumFile(Buffer.from(`${H}  données/é.tar.gz\n`));
    expect(parsed.entries[0].name).toBe('données/é.tar.gz');
  });
});

describe('parseSidecar', () => {
  it('reads a GNU line, a BSD line or a bare hash', () => {
    expect(parseSidecar(`${H}  a.tar.gz\n`)).toEqual({ hash: H, algorithm: 'sha256', name: 'a.tar.gz' });
    expect(parseSidecar(`SHA512 (a) = ${H512}\n`)).toEqual({ hash: H512, algorithm: 'sha512', name: 'a' });
    expect(parseSidecar(`${H.toUpperCase()}\r\n`)).toEqual({ hash: H, algorithm: 'sha256' });
    expect(parseSidecar(`\uFEFF${H}`)).toEqual({ hash: H, algorithm: 'sha256' });
  });

  it('refuses several lines, garbage and the wrong algorithm', () => {
    expect(parseSidecar(`${H}  a\n${H}  b\n`)).toBeUndefined();
    expect(parseSidecar('hello\n')).toBeUndefined();
    expect(parseSidecar('')).toBeUndefined();
    expect(parseSidecar(H512, 'sha256')).toBeUndefined();
  });
});

describe('unsafePathReason', () => {
  it.each(['a', 'dist/a.tar.gz', './a', 'a..b', '..a', 'a/b..', 'x\\y', '.hidden'])('accepts %j', (name) => {
    expect(unsafePathReason(name, 'win32')).toBeUndefined();
    expect(unsafePathReason(name, 'linux')).toBeUndefined();
  });

  // What generate lists on POSIX (a file named `\\x` or `C:x` in the directory), verify must open there.
  it.each(['\\x', '\\\\server\\share', 'C:\\x', 'c:x', 'a\\..\\b', '..\\x'])(
    'accepts %j on POSIX only',
    (name) => {
      expect(unsafePathReason(name, 'linux')).toBeUndefined();
      expect(unsafePathReason(name, 'win32')).toBeDefined();
    }
  );

  it.each([
    ['/etc/passwd', 'absolute'],
    ['\\windows\\system32', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['C:\\x', 'drive'],
    ['c:x', 'drive'],
    ['../secret', '..'],
    ['a/../../b', '..'],
    ['a\\..\\b', '..'],
    ['..', '..'],
    ['a/..', '..'],
    ['a\0b', 'NUL'],
    ['', 'empty']
  ])('refuses %j', (name, reason) => {
    expect(unsafePathReason(name, 'win32')).toContain(reason);
  });
});
