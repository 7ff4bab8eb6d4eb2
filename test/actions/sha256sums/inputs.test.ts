import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ConfigurationError } from '#core/errors.js';
import { InputReader } from '#core/inputs.js';
import { sidecarContent } from '../../../actions/sha256sums/src/generate.js';
import { parseInputs } from '../../../actions/sha256sums/src/inputs.js';
import { Inputs } from '../../../actions/sha256sums/src/names.js';

const actionYml = YAML.parse(readFileSync(path.resolve('actions/sha256sums/action.yml'), 'utf8'));

/** Inputs as the runner gives them: action.yml defaults, then the step's `with:`. */
function reader(inputs: Record<string, string>): InputReader {
  const defaults: Record<string, string> = Object.fromEntries(
    Object.entries<{ default?: string }>(actionYml.inputs).map(([k, v]) => [k, v.default ?? ''])
  );
  const all: Record<string, string> = { ...defaults, token: '', ...inputs };
  return new InputReader((name) => (all[name] ?? '').trim());
}

describe('parseInputs', () => {
  it('declares every input in action.yml, and the defaults there give the code defaults', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual(Object.values(Inputs).sort());
    const fromYml = parseInputs(reader({}));
    const fromEmpty = parseInputs(new InputReader(() => ''));
    expect(fromYml).toEqual(fromEmpty);
    expect(fromYml).toMatchObject({
      mode: 'generate',
      files: ['dist/*'],
      algorithm: 'sha256',
      output: 'SHA256SUMS.txt',
      format: 'gnu',
      concurrency: 0
    });
    expect(fromYml.upload).toBeUndefined();
  });

  it('defaults the file names by algorithm', () => {
    expect(parseInputs(reader({ algorithm: 'SHA512' }))).toMatchObject({
      algorithm: 'sha512',
      output: 'SHA512SUMS.txt',
      checksumsFile: 'SHA512SUMS.txt'
    });
  });

  it('reports every bad input at once', () => {
    let error: unknown;
    try {
      parseInputs(
        reader({
          mode: 'check',
          algorithm: 'md5',
          format: 'json',
          concurrency: '-1',
          sidecars: 'maybe',
          'release-tag': 'bad tag',
          output: 'a\nb'
        })
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    for (const name of ['mode', 'algorithm', 'format', 'concurrency', 'sidecars', 'release-tag', 'output'])
      expect(message).toContain(`Input '${name}'`);
  });

  it('needs a token only for an upload, and refuses an upload in verify mode', () => {
    expect(() => parseInputs(reader({ 'release-tag': 'v1.0.0' }))).toThrow(
      /Missing required inputs: repository \(or GITHUB_REPOSITORY\), token\./
    );
    const settings = parseInputs(
      reader({ 'release-tag': 'v1.0.0', token: 't0ken', repository: 'o/r', 'on-conflict': 'replace' })
    );
    expect(settings.upload).toEqual({
      tag: 'v1.0.0',
      policy: 'replace',
      repository: { owner: 'o', repo: 'r' },
      token: 't0ken'
    });
    expect(() =>
      parseInputs(reader({ mode: 'verify', 'release-tag': 'v1.0.0', token: 't', repository: 'o/r' }))
    ).toThrow(/only in mode 'generate'/);
  });
});

describe('sidecarContent', () => {
  const hash = 'ab'.repeat(32);
  it('writes the base name, escaped like sha256sum, or the bare hash', () => {
    expect(
      sidecarContent({ algorithm: 'sha256', sidecarFormat: 'gnu' }, { name: 'dist/sub/a.tar.gz', hash })
    ).toBe(`${hash}  a.tar.gz\n`);
    expect(sidecarContent({ algorithm: 'sha256', sidecarFormat: 'gnu' }, { name: 'dist/a\\b', hash })).toBe(
      `\\${hash}  a\\\\b\n`
    );
    expect(sidecarContent({ algorithm: 'sha256', sidecarFormat: 'bsd' }, { name: 'a', hash })).toBe(
      `SHA256 (a) = ${hash}\n`
    );
    expect(
      sidecarContent({ algorithm: 'sha256', sidecarFormat: 'hash-only' }, { name: 'dist/a', hash })
    ).toBe(`${hash}\n`);
  });
});
