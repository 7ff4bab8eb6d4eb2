import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { integrityToHashes, prefixedHexToHash } from '../../../actions/sbom-attach/src/hashes.js';
import { makePurl } from '../../../actions/sbom-attach/src/purl.js';
import { sbomTimestamp } from '../../../actions/sbom-attach/src/timestamp.js';
import { parseInputs } from '../../../actions/sbom-attach/src/inputs.js';
import { InputReader } from '#core/inputs.js';
import { contentUuid } from '../../../actions/sbom-attach/src/content-id.js';

describe('purl', () => {
  test.each([
    ['npm', '@angular/core', '17.3.8', 'pkg:npm/%40angular/core@17.3.8'],
    ['npm', 'lodash', '4.17.21', 'pkg:npm/lodash@4.17.21'],
    ['npm', 'JSONStream', '1.3.5', 'pkg:npm/jsonstream@1.3.5'],
    ['pypi', 'Django_REST.framework', '3.15.1', 'pkg:pypi/django-rest-framework@3.15.1'],
    [
      'golang',
      'github.com/Masterminds/semver/v3',
      'v3.2.1',
      'pkg:golang/github.com/Masterminds/semver/v3@v3.2.1'
    ],
    ['cargo', 'serde_json', '1.0.128', 'pkg:cargo/serde_json@1.0.128'],
    ['npm', 'odd name', '1.0.0+build.1', 'pkg:npm/odd%20name@1.0.0%2Bbuild.1']
  ] as const)('%s %s %s', (eco, name, version, expected) => {
    expect(makePurl(eco, name, version)).toBe(expected);
  });

  test('qualifiers are sorted and encoded', () => {
    expect(
      makePurl('cargo', 'x', '1.0.0', {
        vcs_url: 'git+https://example.org/x.git@abc',
        repository_url: 'https://r.example/index'
      })
    ).toBe(
      'pkg:cargo/x@1.0.0?repository_url=https:%2F%2Fr.example%2Findex&vcs_url=git%2Bhttps:%2F%2Fexample.org%2Fx.git%40abc'
    );
  });
});

describe('hashes', () => {
  test('SRI integrity keeps its own algorithm', () => {
    const sha1 = Buffer.from('a9993e364706816aba3e25717850c26c9cd0d89d', 'hex').toString('base64');
    expect(integrityToHashes(`sha1-${sha1}`)).toEqual([
      { alg: 'SHA-1', hex: 'a9993e364706816aba3e25717850c26c9cd0d89d' }
    ]);
    const sha256 = Buffer.alloc(32, 7).toString('base64');
    expect(
      integrityToHashes(`sha256-${sha256} sha512-${Buffer.alloc(64, 1).toString('base64')}`).map((h) => h.alg)
    ).toEqual(['SHA-512', 'SHA-256']);
  });

  test('digests of the wrong length or unknown algorithms are dropped, not guessed', () => {
    expect(integrityToHashes('sha512-AAAA')).toEqual([]);
    expect(integrityToHashes('md5-AAAAAAAAAAAAAAAAAAAAAA==')).toEqual([]);
    expect(prefixedHexToHash('sha256:' + 'A'.repeat(64))).toEqual({ alg: 'SHA-256', hex: 'a'.repeat(64) });
    expect(prefixedHexToHash('sha256:abc')).toBeUndefined();
  });

  test('content UUIDs are version 5, stable, and differ with the content', () => {
    expect(contentUuid('a')).toBe(contentUuid('a'));
    expect(contentUuid('a')).not.toBe(contentUuid('b'));
    expect(contentUuid('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('timestamp', () => {
  const saved = process.env.SOURCE_DATE_EPOCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  });

  test('the commit time of HEAD when SOURCE_DATE_EPOCH is not set', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-git-'));
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: '2024-03-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2024-03-01T12:00:00Z',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org'
    };
    execFileSync('git', ['init', '-q'], { cwd: dir, env });
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/x\n');
    execFileSync('git', ['add', '.'], { cwd: dir, env });
    execFileSync('git', ['commit', '-q', '-m', 'x'], { cwd: dir, env });
    expect(await sbomTimestamp(dir, '2025-01-01T00:00:00Z')).toEqual({
      iso: '2024-03-01T12:00:00Z',
      source: 'commit time of HEAD'
    });
  });

  test('a bad SOURCE_DATE_EPOCH is a configuration error', async () => {
    process.env.SOURCE_DATE_EPOCH = 'yesterday';
    await expect(sbomTimestamp(os.tmpdir())).rejects.toThrow(
      /SOURCE_DATE_EPOCH "yesterday" is not a whole number/
    );
  });
});

describe('inputs', () => {
  const reader = (inputs: Record<string, string>) => new InputReader((name) => inputs[name] ?? '');

  test('defaults match action.yml: both formats, sbom/, no dev, no attach', () => {
    expect(parseInputs(reader({}))).toEqual({
      path: '.',
      lockfiles: [],
      artifacts: [],
      formats: ['spdx-json', 'cyclonedx-json'],
      outputDir: 'sbom/',
      name: undefined,
      version: undefined,
      sbomFile: undefined,
      includeDev: false,
      attach: undefined
    });
  });

  test('a release id with a token attaches; names are checked for file-name safety', () => {
    const s = parseInputs(
      reader({
        'release-id': '42',
        token: 't0k',
        repository: 'o/r',
        'on-conflict': 'replace',
        format: 'cyclonedx-json'
      })
    );
    expect(s.attach).toEqual({
      tag: undefined,
      id: 42,
      repository: { owner: 'o', repo: 'r' },
      token: 't0k',
      policy: 'replace',
      acceptStoredName: false
    });
    expect(s.formats).toEqual(['cyclonedx-json']);
    expect(() => parseInputs(reader({ name: '../evil', version: 'a/b' }))).toThrow(
      /Input 'name'.*\n.*Input 'version'/s
    );
    expect(() => parseInputs(reader({ 'sbom-file': 'x.json', artifacts: 'dist/*' }))).toThrow(
      /cannot be combined/
    );
    expect(() => parseInputs(reader({ 'release-tag': 'v1', repository: 'o/r' }))).toThrow(
      /Missing required input: token/
    );
  });
});
