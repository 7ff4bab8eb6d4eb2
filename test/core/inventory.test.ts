import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '#core/errors.js';
import { buildInventory, expandTemplate, parseTemplate, readManifest } from '#core/inventory.js';

const CARO_TARGETS = ['linux-amd64', 'linux-arm64', 'macos-intel', 'macos-silicon', 'windows-amd64.exe'];
const SHA_A = 'a'.repeat(64);

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-inventory-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function configError(p: Promise<unknown> | (() => unknown)): Promise<ConfigurationError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('templates', () => {
  test('the caro layout expands to 10 names, a target carrying its own suffix', async () => {
    const inv = await buildInventory({
      expected: ['caro-{version}-{target}', 'caro-{version}-{target}.sha256'],
      targets: CARO_TARGETS,
      version: '1.2.3',
      tag: 'v1.2.3'
    });
    expect(inv.assets.map((a) => a.name)).toEqual([
      'caro-1.2.3-linux-amd64',
      'caro-1.2.3-linux-arm64',
      'caro-1.2.3-macos-intel',
      'caro-1.2.3-macos-silicon',
      'caro-1.2.3-windows-amd64.exe',
      'caro-1.2.3-linux-amd64.sha256',
      'caro-1.2.3-linux-arm64.sha256',
      'caro-1.2.3-macos-intel.sha256',
      'caro-1.2.3-macos-silicon.sha256',
      'caro-1.2.3-windows-amd64.exe.sha256'
    ]);
    expect(inv.byName.get('caro-1.2.3-linux-amd64')?.source).toBe('expected');
    expect(inv.warnings).toEqual([]);
  });

  test('{tag}, plain names, duplicates once, and {{ }} as literal braces', async () => {
    const inv = await buildInventory({
      expected: ['jet-{tag}.tar.gz', 'SHA256SUMS.txt', 'SHA256SUMS.txt', 'odd-{{x}}-{version}'],
      version: '2.0.0',
      tag: 'v2.0.0'
    });
    expect(inv.assets.map((a) => a.localName ?? a.name)).toEqual([
      'jet-v2.0.0.tar.gz',
      'SHA256SUMS.txt',
      'odd-{x}-2.0.0'
    ]);
    // GitHub stores braces as dots, so the asset is looked for under that name.
    expect(inv.assets[2].name).toBe('odd-.x.-2.0.0');
  });

  test('an unknown placeholder fails naming the input, the template and the accepted ones', async () => {
    const e = await configError(
      buildInventory({ expected: ['caro-{verison}-{target}'], targets: ['x'], version: '1' })
    );
    expect(e.message).toContain("Input 'expected'");
    expect(e.message).toContain('{verison}');
    expect(e.message).toContain('{version}, {tag}, {target}');
  });

  test.each([
    ['caro-{version', "'{' without its '}'"],
    ['caro-version}', "'}' without its '{'"],
    ['caro-{ver{sion}', "'{' without its '}'"]
  ])('unbalanced braces in %s fail', async (template, message) => {
    const e = await configError(() => parseTemplate(template));
    expect(e.message).toContain(message);
    expect(e.message).toContain(JSON.stringify(template));
  });

  test('{target} without targets fails naming both inputs', async () => {
    const e = await configError(buildInventory({ expected: ['caro-{version}-{target}'], version: '1.0.0' }));
    expect(e.message).toMatch(/Input 'expected'.*\{target\}.*'targets' is empty/);
  });

  test('{version} without a version fails', async () => {
    const e = await configError(() => expandTemplate('caro-{version}', {}));
    expect(e.message).toContain('there is no version');
  });

  test.each([['../etc/passwd'], ['dist/caro'], ['caro\\x'], [' caro'], ['a:b']])(
    'an unsafe expanded name %p fails',
    async (name) => {
      const e = await configError(buildInventory({ expected: [name], version: '1' }));
      expect(e.message).toContain('not a safe asset name');
    }
  );

  test('a target holding a slash makes an unsafe name, named with its template', async () => {
    const e = await configError(buildInventory({ expected: ['caro-{target}'], targets: ['linux/amd64'] }));
    expect(e.message).toContain('"caro-linux/amd64"');
    expect(e.message).toContain('"caro-{target}"');
  });

  test('an empty expected set fails, naming what to set', async () => {
    const none = await configError(buildInventory({}));
    expect(none.message).toContain("set 'expected'");
    expect(none.message).toContain("'manifest'");
    const emptyManifest = await configError(buildInventory({ manifest: tempFile('m.json', '[]') }));
    expect(emptyManifest.message).toContain('The expected asset set is empty');
  });

  test('unused targets are a warning, not an error', async () => {
    const inv = await buildInventory({ expected: ['a.tar.gz'], targets: ['x'] });
    expect(inv.warnings[0]).toContain('no expected name uses {target}');
  });

  test('input names can be renamed for other actions', async () => {
    const e = await configError(
      buildInventory({ expected: ['{nope}'], inputNames: { expected: 'expected-assets' } })
    );
    expect(e.message).toContain("Input 'expected-assets'");
  });
});

describe('manifests', () => {
  test('a JSON list of names and objects with sizes and digests', async () => {
    const file = tempFile(
      'assets.json',
      JSON.stringify([
        'caro-{version}-{target}',
        { name: 'SHA256SUMS.txt', size: 640, sha256: SHA_A.toUpperCase() },
        { name: 'x.zip', digest: `sha256:${SHA_A}` }
      ])
    );
    const inv = await buildInventory({
      manifest: file,
      targets: ['linux-amd64', 'windows-amd64.exe'],
      version: '1.0.0'
    });
    expect(inv.assets.map((a) => a.name)).toEqual([
      'caro-1.0.0-linux-amd64',
      'caro-1.0.0-windows-amd64.exe',
      'SHA256SUMS.txt',
      'x.zip'
    ]);
    expect(inv.byName.get('SHA256SUMS.txt')).toEqual({
      name: 'SHA256SUMS.txt',
      size: 640,
      sha256: SHA_A,
      source: `manifest ${file}`
    });
    expect(inv.byName.get('x.zip')?.sha256).toBe(SHA_A);
  });

  test('a YAML object with its own targets, relative to cwd', async () => {
    const file = tempFile(
      'release.yml',
      'targets: [linux-amd64, macos-silicon]\nassets:\n  - caro-{version}-{target}\n  - name: notes.md\n    size: 12\n'
    );
    const inv = await buildInventory({
      manifest: path.basename(file),
      cwd: path.dirname(file),
      version: '3.1.0'
    });
    expect(inv.assets.map((a) => [a.name, a.size])).toEqual([
      ['caro-3.1.0-linux-amd64', undefined],
      ['caro-3.1.0-macos-silicon', undefined],
      ['notes.md', 12]
    ]);
  });

  test('expected and manifest combine; the manifest adds sizes to names listed in both', async () => {
    const file = tempFile('m.yaml', '- name: a.tar.gz\n  size: 5\n- b.tar.gz\n');
    const inv = await buildInventory({ expected: ['a.tar.gz', 'c.tar.gz'], manifest: file });
    expect(inv.assets.map((a) => a.name)).toEqual(['a.tar.gz', 'c.tar.gz', 'b.tar.gz']);
    expect(inv.byName.get('a.tar.gz')?.size).toBe(5);
  });

  test('the same name with two different digests fails', async () => {
    const file = tempFile(
      'm.json',
      JSON.stringify([
        { name: 'a', sha256: SHA_A },
        { name: 'a', sha256: 'b'.repeat(64) }
      ])
    );
    const e = await configError(buildInventory({ manifest: file }));
    expect(e.message).toContain('declared twice with different SHA-256 digests');
  });

  test.each([
    ['broken.json', '{"assets": [', 'is not valid JSON'],
    ['broken.yml', 'assets: [a, b\n', 'is not valid YAML'],
    ['shape.json', '{"files": []}', 'holds no list of assets'],
    ['noname.json', '[{"size": 3}]', 'entry 1 without a name'],
    ['size.json', '[{"name": "a", "size": -1}]', 'not a whole number of bytes'],
    ['digest.json', '[{"name": "a", "sha256": "abc"}]', 'not a SHA-256'],
    ['targets.yml', 'targets: linux\nassets: [a]\n', 'targets entry that is not a list'],
    ['template.json', '[{"name": "a-{target}", "size": 3}]', 'names 2 assets']
  ])('malformed manifest %s fails naming the file', async (name, text, message) => {
    const file = tempFile(name, text);
    const e = await configError(buildInventory({ manifest: file, targets: ['x', 'y'] }));
    expect(e.message).toContain(message);
    expect(e.message).toContain("Input 'manifest'");
    expect(e.message).toContain(JSON.stringify(file));
  });

  test('an unreadable manifest fails naming the file', async () => {
    const e = await configError(readManifest('/nonexistent/assets.json'));
    expect(e.message).toContain('cannot be read (ENOENT)');
  });
});
