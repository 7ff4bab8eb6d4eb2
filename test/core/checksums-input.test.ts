import { describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '#core/errors.js';
import { parseChecksumsInput, versionFromTag } from '#core/inventory.js';

describe('parseChecksumsInput', () => {
  test('takes the modes in any case', () => {
    expect(parseChecksumsInput('AUTO', {})).toBe('auto');
    expect(parseChecksumsInput('Sidecars', {})).toBe('sidecars');
    expect(parseChecksumsInput('none', {})).toBe('none');
  });

  test('expands {version} and {tag} in a checksum file name', () => {
    expect(parseChecksumsInput('SHA256SUMS.txt', {})).toBe('SHA256SUMS.txt');
    expect(parseChecksumsInput('caro_{version}_{tag}.sums', { version: '1.2.3', tag: 'v1.2.3' })).toBe(
      'caro_1.2.3_v1.2.3.sums'
    );
  });

  test('names the input, the value and what is accepted', () => {
    const bad = (text: string, values = {}) => {
      try {
        parseChecksumsInput(text, values, 'checksums');
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        return (e as Error).message;
      }
      throw new Error(`${text} was accepted`);
    };
    expect(bad('sums-{sha}.txt')).toMatch(
      /^Input 'checksums': template "sums-\{sha\}.txt" uses the unknown placeholder \{sha\}.* Use auto, sidecars, none, or the name of a checksum file asset such as SHA256SUMS.txt.$/
    );
    expect(bad('sums-{version}.txt')).toMatch(/uses \{version\}, but there is no version/);
    expect(bad('../SHA256SUMS')).toMatch(/not a safe asset name/);
  });
});

describe('versionFromTag', () => {
  test('drops one leading v', () => {
    expect(versionFromTag('v1.2.3')).toBe('1.2.3');
    expect(versionFromTag('V2.0')).toBe('2.0');
    expect(versionFromTag('1.0')).toBe('1.0');
    expect(versionFromTag('release-1')).toBe('release-1');
  });
});
