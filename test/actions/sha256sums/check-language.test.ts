import { jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Report } from '../../../packages/core/src/report.js';
import type { Settings } from '../../../actions/sha256sums/src/inputs.js';
import { verify } from '../../../actions/sha256sums/src/verify.js';

// The check-mode cases of coreutils' tests/cksum suite (md5sum.pl, sha1sum.pl, md5sum-bsd.sh, cksum-c.sh),
// recreated for SHA-256, plus the shasum modes and the cases of issue 22. For each, the real
// `sha256sum -c` and `shasum -a 256 -c` judge the same files in the same directory, and the action's
// verdict must equal coreutils' — or differ exactly where docs.md's table says (`coreutils: 'differs'`).
// shasum's verdict is compared the same way: `shasum: 'differs'` marks the rows where the table says
// shasum reads the line otherwise. Nothing here hard-codes a tool's verdict.

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const sha512 = (data: string | Buffer) => createHash('sha512').update(data).digest('hex');
const hasTool = (tool: string) => spawnSync(tool, ['--version']).status === 0;
const tools = hasTool('sha256sum') && hasTool('shasum') && hasTool('sha512sum');
const posix = process.platform !== 'win32';

interface Case {
  id: string;
  files?: Record<string, string>;
  /** Made after the files: name → target. */
  links?: Record<string, string>;
  sums: string | Buffer;
  strict?: boolean;
  ignoreMissing?: boolean;
  /** Where the action deliberately differs from coreutils (each is a row of docs.md's table). */
  coreutils?: 'differs';
  shasum?: 'differs';
  /** Judge with sha512sum instead of sha256sum (a file of SHA-512 lines). */
  sha512?: boolean;
}

const E = sha256('');
const F = sha256('f\n');
const NOT_HEX = '____not_all_hex_so_no_match_____'.padEnd(64, '_');
// A digest that starts with 00 (coreutils 8.25 took such lines for missing files with --ignore-missing).
const zeroLed = (() => {
  for (let i = 0; ; i++) if (sha256(`z${i}`).startsWith('00')) return `z${i}`;
})();

const CASES: Case[] = [
  // md5sum.pl / sha1sum.pl
  { id: 'check-1', files: { f: '' }, sums: `${E}  f\n` },
  { id: 'check-windows (CRLF)', files: { f: '' }, sums: `${E}  f\r\n`, shasum: 'differs' },
  { id: 'ck-strict-1 (empty line)', files: { f: '' }, sums: `${E}  f\n\n`, strict: true, shasum: 'differs' },
  { id: 'ck-strict-2 (invalid first)', files: { f: '' }, sums: `ERR\n${E}  f\n`, strict: true },
  { id: 'ck-nonstrict (invalid first)', files: { f: '' }, sums: `ERR\n${E}  f\n` },
  { id: 'check-2 (mismatch)', files: { f: 'foo' }, sums: `${E}  f\n` },
  { id: 'check-multifail', files: { f: 'foo' }, sums: `${E}  f\n${E}  f\ninvalid\n` },
  { id: 'check-multifail-state', files: { f: '', g: 'a' }, sums: `${E}  f\n${E}  g\n${E}  f\n` },
  { id: 'check-bsd (other tag)', files: { f: '' }, sums: `MD5 (f) = ${E}\n` },
  { id: 'check-bsd2', files: { f: '' }, sums: `SHA256 (f) = ${E}\n` },
  { id: 'check-bsd3 (mismatch)', files: { f: 'bar' }, sums: `SHA256 (f) = ${E}\n` },
  { id: 'check-openssl (other tag)', files: { f: '' }, sums: `SHA1(f)= ${E}\n` },
  { id: 'check-openssl2', files: { f: '' }, sums: `SHA256(f)= ${E}\n`, shasum: 'differs' },
  { id: 'check-openssl3 (mismatch)', files: { f: 'bar' }, sums: `SHA256(f)= ${E}\n` },
  { id: 'ignore-missing-1', files: { f: '' }, sums: `${E}  f\n${E}  f.missing\n`, ignoreMissing: true },
  { id: 'missing without ignore-missing', files: { f: '' }, sums: `${E}  f\n${E}  f.missing\n` },
  {
    id: 'ignore-missing-3 (missing dir)',
    files: { f: '' },
    sums: `${E}  missing/f\n${E}  f\n`,
    ignoreMissing: true
  },
  { id: 'ignore-missing-5 (none verified)', files: { f: '' }, sums: `${E}  missing\n`, ignoreMissing: true },
  {
    id: 'ignore-missing-6 (digest 00…)',
    files: { f: zeroLed },
    sums: `${sha256(zeroLed)}  f\n`,
    ignoreMissing: true
  },
  { id: 'bsd-segv', sums: 'SHA256 (' },
  { id: 'nul-in-cksum', files: { h: '' }, sums: Buffer.from(`${'\0'.repeat(64)}  h\n`) },
  // md5sum-bsd.sh: one-space ("BSD reversed") files and their ambiguity
  ...(() => {
    const names = ['a', ' b', '*c', 'dd', ' '];
    const files = Object.fromEntries(names.map((n) => [n, `${n}\n`]));
    const gnu = names.map((n) => `${sha256(`${n}\n`)}  ${n}\n`).join('');
    const oneSpace = names.map((n) => `${sha256(`${n}\n`)} ${n}\n`).join('');
    const tag = names.map((n) => `SHA256 (${n}) = ${sha256(`${n}\n`)}\n`).join('');
    return [
      { id: 'bsd: two-space file, names with leading blank and star', files, sums: gnu, strict: true },
      { id: 'bsd: one-space file', files, sums: oneSpace, strict: true, shasum: 'differs' as const },
      { id: 'bsd: GPG-like first line is malformed, not one-space', files, sums: `${NOT_HEX} blah\n${gnu}` },
      {
        id: 'bsd: one-space file without its first line',
        files,
        sums: oneSpace.slice(oneSpace.indexOf('\n') + 1),
        strict: true
      },
      { id: 'bsd: --tag file', files, sums: tag, strict: true }
    ];
  })(),
  ...(posix
    ? [
        {
          id: 'bsd: --tag with escaped names',
          files: { 'a\\b': '', 'a\\': '', 'a\nb': '', 'a\tb': '' },
          sums: ['a\\b', 'a\\', 'a\nb', 'a\tb']
            .map(
              (n) =>
                `${/[\\\n]/.test(n) ? '\\' : ''}SHA256 (${n.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}) = ${E}\n`
            )
            .join(''),
          strict: true
        },
        {
          id: 'escaped GNU names (\\n, \\\\)',
          files: { '.\nfoo': '', '.\\foo': '' },
          sums: `\\${E}  .\\nfoo\n\\${E}  .\\\\foo\n`,
          strict: true
        },
        // shasum unescapes only \\ and \n.
        {
          id: 'escaped CR (\\r)',
          files: { '.\rfoo': '' },
          sums: `\\${E}  .\\rfoo\n`,
          shasum: 'differs' as const
        },
        { id: 'invalid escape', files: { 'a\\qb': '' }, sums: `\\${E}  a\\qb\n`, shasum: 'differs' as const },
        {
          id: 'names starting with \\ and holding : (POSIX)',
          files: { '\\x': '', 'C:x': '' },
          sums: `\\${E}  \\\\x\n${E}  C:x\n`,
          strict: true
        }
      ]
    : []),
  // cksum-c.sh
  {
    id: 'leading blanks and \\ before GNU lines',
    files: { input: 'i' },
    sums: ` \\${sha256('i')}  input\n\t\\${sha256('i')} *input\n`,
    strict: true
  },
  {
    id: 'leading blanks and \\ before tag lines',
    files: { input: 'i' },
    sums: ` \\SHA256 (input) = ${sha256('i')}\n`,
    strict: true
  },
  {
    id: 'PGP-signed checksum file',
    files: { input: 'i' },
    sums: `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# ignored comment\n${sha256('i')}  input\n-----BEGIN PGP SIGNATURE-----\n\nSHA256+BCAAdFiEEjFummQvbJuGfKhqAEWGuaUVxmjkFAmCDId0ACgkQEWGuaUVx\n=AWU7\n-----END PGP SIGNATURE-----\n`
  },
  {
    id: 'PGP-signed, strict',
    files: { input: 'i' },
    sums: `-----BEGIN PGP SIGNED MESSAGE-----\n${sha256('i')}  input\n`,
    strict: true
  },
  { id: 'comment line', files: { f: '' }, sums: `# comment\n${E}  f\n`, strict: true },
  { id: 'indented comment is malformed', files: { f: '' }, sums: ` # comment\n${E}  f\n`, strict: true },
  { id: 'empty checksum file', sums: '' },
  // OpenSSL and tag spacing
  { id: 'tag: no blanks around =', files: { f: '' }, sums: `SHA256 (f)=${E}\n`, shasum: 'differs' },
  { id: 'tag: tabs around =', files: { f: '' }, sums: `SHA256 (f)\t=\t${E}\n`, shasum: 'differs' },
  { id: 'tag: two spaces before (', files: { f: '' }, sums: `SHA256  (f) = ${E}\n` },
  { id: 'tag: tab before (', files: { f: '' }, sums: `SHA256\t(f) = ${E}\n` },
  { id: 'tag: text after the digest', files: { f: '' }, sums: `SHA256 (f) = ${E} junk\n`, shasum: 'differs' },
  { id: 'tag: name holding ") = "', files: { 'a) = b': '' }, sums: `SHA256 (a) = b) = ${E}\n`, strict: true },
  { id: 'tag: empty name', files: { f: '' }, sums: `SHA256 () = ${E}\n${E}  f\n`, shasum: 'differs' },
  { id: 'tag: lower-case tag', files: { f: '' }, sums: `sha256 (f) = ${E}\n` },
  { id: 'upper-case hex', files: { f: '' }, sums: `${E.toUpperCase()}  f\n`, strict: true },
  // one-space, tab, and shasum's mode characters (issue 22)
  { id: 'one-space line', files: { f: '' }, sums: `${E} f\n`, shasum: 'differs' },
  { id: 'tab separator', files: { f: '' }, sums: `${E}\tf\n`, shasum: 'differs' },
  { id: 'tab then text mode', files: { f: '' }, sums: `${E}\t f\n`, strict: true },
  {
    id: 'mixed: one-space then two-space',
    files: { f: '', g: '' },
    sums: `${E} f\n${E}  g\n`,
    shasum: 'differs'
  },
  {
    id: 'mixed: two-space then one-space',
    files: { f: '', g: '' },
    sums: `${E}  f\n${E} g\n`
  },
  { id: 'mixed, strict', files: { f: '', g: '' }, sums: `${E}  f\n${E} g\n`, strict: true },
  // Both tools fail it (coreutils: no file `^f`; shasum: the digest of f's 0/1 characters as bits).
  { id: 'shasum ^ (bits) mode', files: { f: 'f\n' }, sums: `${F} ^f\n` },
  { id: 'shasum U (universal newlines) mode', files: { f: '' }, sums: `${E} Uf\n`, shasum: 'differs' },
  { id: 'hash, blank, nothing else', files: { f: '' }, sums: `${E} \n` },
  { id: 'hash and two spaces (names " ")', files: { ' ': '' }, sums: `${E}  \n`, shasum: 'differs' },
  { id: 'short digest', files: { f: '' }, sums: `${E.slice(1)}  f\n` },
  // what the action opens
  {
    id: 'ENOTDIR with ignore-missing',
    files: { f: 'f\n', g: '' },
    sums: `${F}  f/x\n${E}  g\n`,
    ignoreMissing: true,
    shasum: 'differs'
  },
  {
    id: 'dangling link with ignore-missing',
    files: { g: '' },
    links: { l: 'nowhere' },
    sums: `${E}  l\n${E}  g\n`,
    ignoreMissing: true
  },
  { id: 'link to a file', files: { g: '' }, links: { l: 'g' }, sums: `${E}  l\n`, strict: true },
  { id: 'a directory', files: { 'd/x': '' }, sums: `${E}  d\n` },
  {
    id: 'a listed "-" (stdin to the tools)',
    files: { '-': 'dash' },
    sums: `${sha256('dash')}  -\n`,
    coreutils: 'differs',
    shasum: 'differs'
  },
  { id: 'UTF-8 BOM', files: { f: '' }, sums: `\uFEFF${E}  f\n`, coreutils: 'differs', shasum: 'differs' },
  { id: 'UTF-8 BOM, mismatch', files: { f: 'x' }, sums: `\uFEFF${E}  f\n` },
  {
    id: '.. segment',
    files: { 'ws/g': '', outside: '' },
    sums: `${E}  ../outside\n`,
    coreutils: 'differs',
    shasum: 'differs'
  },
  {
    id: 'SHA-512 lines',
    files: { f: '' },
    sums: `${sha512('')}  f\nSHA512 (f) = ${sha512('')}\n`,
    strict: true,
    sha512: true
  },
  { id: 'SHA-512 line, mismatch', files: { f: 'x' }, sums: `${sha512('')}  f\n`, sha512: true }
];

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** Exit status 0 of a real tool checking SUMS in `cwd` (standard input empty, as in a CI step). */
function real(cwd: string, argv: string[]): boolean {
  return spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'ignore'] }).status === 0;
}

async function action(cwd: string, c: Case): Promise<{ pass: boolean; log: string }> {
  const settings: Settings = {
    mode: 'verify',
    files: [],
    workingDirectory: cwd,
    algorithm: 'sha256',
    output: 'SHA256SUMS.txt',
    format: 'gnu',
    sidecars: false,
    sidecarFormat: 'gnu',
    checksumsFile: 'SUMS',
    ignoreMissing: Boolean(c.ignoreMissing),
    strict: Boolean(c.strict),
    concurrency: 1
  };
  const report = new Report('sha256sums', 'Checksums');
  let log = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    log += String(chunk);
    return true;
  });
  try {
    await verify(settings, report);
    return { pass: report.failures.length === 0, log };
  } catch {
    return { pass: false, log };
  } finally {
    write.mockRestore();
  }
}

const describeTools = tools ? describe : describe.skip;
if (!tools)
  console.warn('check-language: sha256sum, sha512sum or shasum is missing; the comparison is skipped');

describeTools('verify reads what coreutils reads (real sha256sum -c and shasum -c on the same files)', () => {
  it.each(CASES.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rk-lang-'));
    roots.push(root);
    // '.. segment' checks from ws/, so that ../outside exists and the tools open it.
    const cwd = c.id === '.. segment' ? path.join(root, 'ws') : root;
    for (const [name, content] of Object.entries(c.files ?? {})) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    for (const [name, target] of Object.entries(c.links ?? {})) symlinkSync(target, path.join(root, name));
    mkdirSync(cwd, { recursive: true });
    writeFileSync(path.join(cwd, 'SUMS'), c.sums);
    const flags = [...(c.strict ? ['--strict'] : []), ...(c.ignoreMissing ? ['--ignore-missing'] : [])];
    const coreutils = real(cwd, [c.sha512 ? 'sha512sum' : 'sha256sum', '-c', ...flags, 'SUMS']);
    const shasum = real(cwd, ['shasum', '-a', c.sha512 ? '512' : '256', '-c', ...flags, 'SUMS']);
    const ours = (await action(cwd, c)).pass;
    expect({
      coreutils: ours === coreutils ? 'same' : 'differs',
      shasum: ours === shasum ? 'same' : 'differs'
    }).toEqual({
      coreutils: c.coreutils ?? 'same',
      shasum: c.shasum ?? 'same'
    });
  });

  it('covers both verdicts (the cases are not all passes or all failures)', async () => {
    const verdicts = new Set<boolean>();
    for (const c of CASES.slice(0, 12)) {
      const root = mkdtempSync(path.join(os.tmpdir(), 'rk-lang-'));
      roots.push(root);
      for (const [name, content] of Object.entries(c.files ?? {}))
        writeFileSync(path.join(root, name), content);
      writeFileSync(path.join(root, 'SUMS'), c.sums);
      verdicts.add(real(root, ['sha256sum', '-c', ...(c.strict ? ['--strict'] : []), 'SUMS']));
    }
    expect([...verdicts].sort()).toEqual([false, true]);
  });
});
