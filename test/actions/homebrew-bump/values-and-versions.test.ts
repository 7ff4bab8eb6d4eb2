import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  compareVersions,
  isPrerelease,
  versionFromUrl
} from '../../../packages/core/src/homebrew/version-compare.js';
import {
  parsePlatformLines,
  sha256Problem,
  urlProblem,
  versionProblem
} from '../../../packages/core/src/homebrew/ruby-values.js';
import { expandTemplate } from '../../../packages/core/src/homebrew/bump-plan.js';
import { unifiedDiff } from '../../../packages/core/src/homebrew/unified-diff.js';
import { CORPUS, fixtureText } from './corpus.js';

describe('values that end up inside Ruby', () => {
  it.each(['1.2.3', '2.0.0-rc.1', '1.0_1', '20240101', 'v1.2.3+build.5', 'a'])('accepts version %j', (v) =>
    expect(versionProblem(v)).toBeUndefined()
  );
  it.each(['', '1.2.3"', '1.2.3\n', '1.2 3', '#{system("id")}', '.1', '-1', "1.2'", '1.2\\3', '1.2.3#x'])(
    'refuses version %j',
    (v) => expect(versionProblem(v)).toBeDefined()
  );
  it.each([
    'https://example.org/a-1.2.3.tar.gz',
    'https://github.com/o/r/releases/download/v1/a%20b.zip?x=1'
  ])('accepts url %j', (u) => expect(urlProblem(u)).toBeUndefined());
  it.each([
    'http://example.org/a.tgz',
    'https://example.org/a".tgz',
    "https://example.org/a'.tgz",
    'https://example.org/#{ENV["HOME"]}.tgz',
    'https://example.org/#@x.tgz',
    'https://example.org/a\\b.tgz',
    'https://example.org/a b.tgz',
    'https://example.org/a.tgz\nsystem "id"',
    'https://',
    'ftp://example.org/a.tgz'
  ])('refuses url %j', (u) => expect(urlProblem(u)).toBeDefined());
  it('checks sha256 digests', () => {
    expect(sha256Problem('a'.repeat(64))).toBeUndefined();
    expect(sha256Problem('A'.repeat(64))).toBeUndefined();
    expect(sha256Problem('a'.repeat(63))).toBeDefined();
    expect(sha256Problem('g'.repeat(64))).toBeDefined();
    expect(sha256Problem(`${'a'.repeat(64)}"`)).toBeDefined();
  });
  it('parses platform lines and reports unknown keys and duplicates', () => {
    const ok = parsePlatformLines(['darwin-arm64=https://x/a', 'LINUX-AMD64 = https://x/b']);
    expect([...ok.map]).toEqual([
      ['darwin-arm64', 'https://x/a'],
      ['linux-amd64', 'https://x/b']
    ]);
    expect(ok.problems).toEqual([]);
    const bad = parsePlatformLines(['windows-amd64=x', 'darwin-arm64=a', 'darwin-arm64=b', 'nokey']);
    expect(bad.problems).toHaveLength(3);
  });
  it('expands url templates and validates the result', () => {
    const values = { version: '1.3.0', tag: 'v1.3.0', formula: 'jet' };
    expect(expandTemplate('url', 'https://x.example/{formula}/{tag}/{formula}-{version}.tgz', values)).toBe(
      'https://x.example/jet/v1.3.0/jet-1.3.0.tgz'
    );
    expect(() => expandTemplate('url', 'https://x.example/{os}.tgz', values)).toThrow(
      /Input 'url': unknown placeholder \{os\}/
    );
    expect(() => expandTemplate('url', 'https://x.example/"{version}', values)).toThrow(/Input 'url'.*quote/);
  });
});

describe('version comparison', () => {
  it.each([
    ['1.2.3', '1.3.0', -1],
    ['1.10.0', '1.9.9', 1],
    ['1.3.0-rc.1', '1.3.0', -1],
    ['1.3.0', '1.3.0', 0],
    ['v1.3.0', '1.3.0', 0],
    ['1.2', '1.10', -1],
    ['1.2', '1.2.0', 0],
    ['2024.10.1', '2024.9.30', 1],
    ['1.0rc1', '1.0', -1],
    ['1.0', '1.0.1', -1],
    ['1.0_1', '1.0_2', -1],
    ['0.9', '0.10a', -1]
  ])('%s vs %s → %d', (a, b, want) => {
    expect(Math.sign(compareVersions(a, b))).toBe(want);
    expect(Math.sign(compareVersions(b, a))).toBe(-want || 0);
  });
  it.each([
    ['1.3.0-rc.1', true],
    ['2.0.0-beta', true],
    ['1.0alpha2', true],
    ['1.0.0-dev.3', true],
    ['1.3.0', false],
    ['1.3.0+build.1', false],
    ['2024.10', false],
    ['1.26.3-pro', false],
    ['1.10.22-r2', false],
    ['21.0.1-ga', false]
  ])('prerelease %s → %s', (v, want) => expect(isPrerelease(v)).toBe(want));
  it.each([
    ['1.26.4-pro', '1.26.3-pro', false],
    ['1.10.23-r1', '1.10.22-r2', false],
    ['2.0.0-beta.4', '2.0.0-beta.3', false],
    ['1.3.0-rc.1', '1.2.3', true],
    ['1.3.0-rc.1', '1.2.3-pro', true]
  ])('prerelease %s for a formula at %s → %s', (v, current, want) =>
    expect(isPrerelease(v, current)).toBe(want)
  );
  it.each([
    ['https://github.com/o/jet/archive/refs/tags/v1.2.3.tar.gz', '1.2.3'],
    // Homebrew reads the file name first: `arm64` ends in a number (which is why generators write a version line).
    ['https://github.com/o/jet/releases/download/v1.2.3/jet_Darwin_arm64.tar.gz', '64'],
    ['https://github.com/o/jet/releases/download/v1.2.3/jet.tar.gz', '1.2.3'],
    ['https://go.dev/dl/go1.19.5.src.tar.gz', '1.19.5'],
    ['https://github.com/openjdk/jdk19u/archive/refs/tags/jdk-19.0.3-ga.tar.gz', '19.0.3'],
    ['https://registry.npmjs.org/@scope/cli/-/cli-1.3.0-beta.1.tgz', '1.3.0-beta.1'],
    ['https://example.org/boost_1_39_0.tar.bz2', '1.39.0'],
    ['https://example.org/openssl-0.9.8s.tar.gz', '0.9.8s'],
    ['https://example.org/jet-2023-09-28.tar.gz', '2023-09-28'],
    ['https://github.com/o/jet/tarball/v0.2.5-1', '0.2.5-1'],
    ['https://github.com/o/jet/releases/download/jet-v2.0.0/jet.tar.gz', '2.0.0'],
    ['https://downloads.example.org/jet-livecheck-1.2.3.tar.gz', '1.2.3'],
    ['https://files.example.org/j/jet_resources-1.2.3.tar.gz', '1.2.3'],
    ['https://example.org/latest.tar.gz', undefined]
  ])('version of %s', (url, want) => expect(versionFromUrl(url)).toBe(want));
});

describe('unified diff', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-diff-'));
  function systemDiff(a: string, b: string): string {
    writeFileSync(path.join(dir, 'a'), a);
    writeFileSync(path.join(dir, 'b'), b);
    const r = spawnSync('diff', ['-u', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
    return r.stdout.split('\n').slice(2).join('\n');
  }
  const hasDiff = spawnSync('diff', ['--version'], { stdio: 'ignore' }).status === 0;
  const text = fixtureText(CORPUS.find((e) => e.name === 'jet-cargo-dist')!);
  const cases: [string, string, string][] = [
    ['one line changed', text, text.replace('version "1.2.3"', 'version "1.3.0"')],
    [
      'changes far apart',
      text,
      text.replace('version "1.2.3"', 'version "1.3.0"').replace('def install\n', 'def install\n    # new\n')
    ],
    ['line removed at the end without final newline', 'a\nb\nc', 'a\nb'],
    ['added final newline', 'a\nb', 'a\nb\n'],
    ['everything replaced', 'a\nb\n', 'c\nd\ne\n'],
    ['from empty', '', 'a\n']
  ];
  it.each(cases)('%s: same hunks as diff -u', (_name, a, b) => {
    const ours = unifiedDiff(a, b, 'Formula/x.rb');
    expect(ours.startsWith('--- a/Formula/x.rb\n+++ b/Formula/x.rb\n')).toBe(true);
    if (!hasDiff) {
      console.warn('diff(1) is not installed: comparing only the headers of the unified diff');
      return;
    }
    expect(ours.split('\n').slice(2).join('\n')).toBe(systemDiff(a, b));
  });
  it('is empty for equal texts', () => expect(unifiedDiff('a\n', 'a\n', 'x')).toBe(''));
});
