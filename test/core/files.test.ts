import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '#core/errors.js';
import { expandBraces, expandGlobs, globRoots, sortByBytes } from '#core/files.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-files-'));
  for (const f of [
    'dist/a.tar.gz',
    'dist/b.zip',
    'dist/.hidden',
    'dist/sub/c.tar.gz',
    'dist/sub/deep/d.txt',
    'top.txt',
    'x[1].bin',
    'dist/é.bin',
    'dist/Z.bin'
  ]) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), f);
  }
  mkdirSync(path.join(dir, 'dist/emptydir'));
  symlinkSync('a.tar.gz', path.join(dir, 'dist/link.tar.gz'));
  symlinkSync('sub', path.join(dir, 'dist/loop'));
  symlinkSync('.', path.join(dir, 'dist/sub/self'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expand = async (patterns: string) => (await expandGlobs(patterns, { cwd: dir })).files;

describe('expandGlobs', () => {
  it('matches one level with *, skipping directories, following file links, sorted by bytes', async () => {
    expect(await expand('dist/*')).toEqual([
      'dist/.hidden',
      'dist/Z.bin',
      'dist/a.tar.gz',
      'dist/b.zip',
      'dist/link.tar.gz',
      'dist/é.bin'
    ]);
  });

  it('matches any depth with ** without looping on directory links', async () => {
    const all = await expand('dist/**/*.tar.gz');
    expect(all).toEqual(expect.arrayContaining(['dist/a.tar.gz', 'dist/link.tar.gz', 'dist/sub/c.tar.gz']));
    expect(all.every((f) => f.endsWith('.tar.gz'))).toBe(true);
    expect(await expand('**/d.txt')).toEqual(expect.arrayContaining(['dist/sub/deep/d.txt']));
    expect((await expand('dist/**')).length).toBeGreaterThanOrEqual(8);
  });

  it('supports ?, classes, braces, literal paths and exclusions', async () => {
    expect(await expand('dist/?.zip')).toEqual(['dist/b.zip']);
    expect(await expand('dist/[ab].*')).toEqual(['dist/a.tar.gz', 'dist/b.zip']);
    expect(await expand('dist/[!a]*.zip')).toEqual(['dist/b.zip']);
    expect(await expand('dist/*.{zip,tar.gz}')).toEqual(['dist/a.tar.gz', 'dist/b.zip', 'dist/link.tar.gz']);
    expect(await expand('top.txt\n./dist/b.zip')).toEqual(['dist/b.zip', 'top.txt']);
    expect(await expand('x\\[1\\].bin')).toEqual(['x[1].bin']);
    expect(await expand('dist/*\n!dist/.hidden\n!**/*.tar.gz\n# comment')).toEqual([
      'dist/Z.bin',
      'dist/b.zip',
      'dist/é.bin'
    ]);
  });

  it('reports patterns that match nothing, and never returns a directory', async () => {
    const result = await expandGlobs(['dist/*.exe', 'dist/emptydir', 'top.txt'], { cwd: dir });
    expect(result.files).toEqual(['top.txt']);
    expect(result.unmatched).toEqual(['dist/*.exe', 'dist/emptydir']);
  });

  it.each(['/etc/*', '../*', 'dist/../../x', 'C:/x'])(
    'refuses %j, which leaves the working directory',
    async (pattern) => {
      await expect(expandGlobs(pattern, { cwd: dir, inputName: 'files' })).rejects.toThrow(
        ConfigurationError
      );
      await expect(expandGlobs(pattern, { cwd: dir, inputName: 'files' })).rejects.toThrow(/Input 'files'/);
    }
  );
});

describe('helpers', () => {
  it('expands nested braces and keeps single-item braces literal', () => {
    expect(expandBraces('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef']);
    expect(expandBraces('a{b}c')).toEqual(['a{b}c']);
    expect(expandBraces('plain')).toEqual(['plain']);
  });

  it('sorts by UTF-8 bytes, not UTF-16 units', () => {
    // U+FF5E (3 bytes, EF BD 9E) sorts before U+1F600 (4 bytes, F0 …) in bytes, after it in UTF-16.
    expect(sortByBytes(['\u{1F600}', '\uFF5E', 'B', 'a'])).toEqual(['B', 'a', '\uFF5E', '\u{1F600}']);
  });
});

describe('globRoots', () => {
  it('gives the folders the include patterns start from, once each', () => {
    const cwd = path.resolve('/w');
    expect(
      globRoots(
        ['dist/*.zip', 'dist/**/*.tar.gz', '*', 'docs/{a,b}/*', 'README.md', '!dist/x', '# note'],
        cwd
      )
    ).toEqual([path.join(cwd, 'dist'), cwd, path.join(cwd, 'docs/a'), path.join(cwd, 'docs/b')]);
  });

  it('refuses patterns that leave the working directory, as expandGlobs does', () => {
    expect(() => globRoots(['../*'], '/w', 'files')).toThrow(ConfigurationError);
  });
});
