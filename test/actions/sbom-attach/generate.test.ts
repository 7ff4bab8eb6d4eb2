import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSboms, type GenerateOptions } from '../../../actions/sbom-attach/src/generate.js';
import { validateSbom } from '../../../actions/sbom-attach/src/validate.js';

const F = path.resolve('test/fixtures/lockfiles');
const SHARED_SCHEMA = path.resolve('../shared/schemas/spdx-2.3.schema.json');
const BUNDLED_SCHEMA = path.resolve('actions/sbom-attach/src/schemas/spdx-2.3.schema.json');

const ENV = { ...process.env };
beforeEach(() => {
  process.env.SOURCE_DATE_EPOCH = '1700000000';
});
afterAll(() => {
  process.env = ENV;
});

function options(dir: string, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return {
    root: path.join(F, dir),
    cwd: path.join(F, dir),
    lockfiles: [],
    artifacts: [],
    formats: ['spdx-json', 'cyclonedx-json'],
    includeDev: false,
    supplier: 'octo-org',
    ...extra
  };
}

const FIXTURE_DIRS = [
  'npm-v3',
  'npm-v2',
  'cargo-workspace',
  'cargo-single',
  'cargo-sources',
  'pnpm-v9',
  'pnpm-v6',
  'pnpm-workspace',
  'yarn-v1',
  'yarn-berry',
  'poetry',
  'uv',
  'requirements',
  'gomod'
];

describe('every generated document is valid against the official schemas', () => {
  test.each(
    FIXTURE_DIRS.flatMap(
      (d) =>
        [
          [d, false],
          [d, true]
        ] as const
    )
  )('%s (include-dev %s)', async (dir, includeDev) => {
    const g = await generateSboms(options(dir, { includeDev }));
    expect(g.documents.map((d) => d.format)).toEqual(['spdx-json', 'cyclonedx-json']);
    for (const d of g.documents) expect(await validateSbom(d.format, JSON.parse(d.content))).toEqual([]);
    const cdx = JSON.parse(g.documents[1].content);
    const spdx = JSON.parse(g.documents[0].content);
    expect(cdx.components).toHaveLength(g.project.packages.length);
    expect(spdx.packages).toHaveLength(g.project.packages.length + 1);
    expect(cdx.dependencies.length).toBeGreaterThan(0);
    expect(spdx.relationships.filter((r: any) => r.relationshipType === 'DESCRIBES')).toHaveLength(1);
  });
});

describe('content', () => {
  test('npm: scope-encoded purls, hex hashes, DEPENDS_ON edges and declared licenses in both formats', async () => {
    const g = await generateSboms(options('npm-v3'));
    const spdx = JSON.parse(g.documents[0].content);
    const cdx = JSON.parse(g.documents[1].content);
    expect(g.documents.map((d) => d.fileName)).toEqual([
      'octo-org-demo-app-1.2.3.spdx.json',
      'octo-org-demo-app-1.2.3.cdx.json'
    ]);
    const once = cdx.components.find((c: any) => c.name === '@tootallnate/once');
    expect(once.purl).toBe('pkg:npm/%40tootallnate/once@2.0.0');
    expect(once.hashes[0]).toEqual({
      alg: 'SHA-512',
      content: expect.stringMatching(/^5c2b8a14[0-9a-f]{120}$/)
    });
    expect(once.licenses).toEqual([{ license: { id: 'MIT', acknowledgement: 'declared' } }]);
    const debugPkg = spdx.packages.find((p: any) => p.name === 'debug');
    expect(debugPkg.checksums[0].algorithm).toBe('SHA512');
    expect(debugPkg.externalRefs[0]).toEqual({
      referenceCategory: 'PACKAGE-MANAGER',
      referenceType: 'purl',
      referenceLocator: 'pkg:npm/debug@4.3.4'
    });
    const ms = spdx.packages.find((p: any) => p.name === 'ms' && p.versionInfo === '2.1.2');
    expect(spdx.relationships).toContainEqual({
      spdxElementId: debugPkg.SPDXID,
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: ms.SPDXID
    });
    expect(cdx.dependencies).toContainEqual({ ref: 'pkg:npm/debug@4.3.4', dependsOn: ['pkg:npm/ms@2.1.2'] });
    expect(cdx.metadata.component.purl).toBe('pkg:npm/%40octo-org/demo-app@1.2.3');
    // include-dev false drops is-number entirely, from components and from the graph.
    expect(g.documents[1].content).not.toContain('is-number');
    expect(g.documents[0].content).not.toContain('is-number');
  });

  test('include-dev: dev packages get scope excluded and DEV_DEPENDENCY_OF', async () => {
    const g = await generateSboms(options('npm-v3', { includeDev: true }));
    const cdx = JSON.parse(g.documents[1].content);
    expect(cdx.components.find((c: any) => c.name === 'is-number').scope).toBe('excluded');
    const spdx = JSON.parse(g.documents[0].content);
    const isNumber = spdx.packages.find((p: any) => p.name === 'is-number');
    expect(spdx.relationships).toContainEqual({
      spdxElementId: isNumber.SPDXID,
      relationshipType: 'DEV_DEPENDENCY_OF',
      relatedSpdxElement: spdx.packages[0].SPDXID
    });
  });

  test('artifacts are files with SHA-256 (and SHA-1, mandatory in SPDX), described by the document', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-art-'));
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist/tool-linux.tar.gz'), 'abc');
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/tool\n\ngo 1.22\n');
    const g = await generateSboms({
      ...options('gomod'),
      root: dir,
      cwd: dir,
      artifacts: ['dist/*.tar.gz'],
      tagVersion: '2.0.0'
    });
    const spdx = JSON.parse(g.documents[0].content);
    expect(spdx.name).toBe('example.com/tool-2.0.0');
    expect(g.documents[0].fileName).toBe('example.com-tool-2.0.0.spdx.json');
    expect(spdx.files).toEqual([
      expect.objectContaining({
        fileName: './dist/tool-linux.tar.gz',
        checksums: [
          { algorithm: 'SHA1', checksumValue: 'a9993e364706816aba3e25717850c26c9cd0d89d' },
          {
            algorithm: 'SHA256',
            checksumValue: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
          }
        ]
      })
    ]);
    expect(spdx.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: spdx.files[0].SPDXID
    });
    const cdx = JSON.parse(g.documents[1].content);
    expect(cdx.components).toContainEqual(
      expect.objectContaining({ type: 'file', name: 'dist/tool-linux.tar.gz' })
    );
    await expect(
      generateSboms({ ...options('gomod'), root: dir, cwd: dir, artifacts: ['dist/*.zip'] })
    ).rejects.toThrow(/'artifacts': "dist\/\*\.zip" matched no file/);
  });

  test('licenses: invalid expressions are left out, legacy and lower-case forms normalised', async () => {
    const { normalizeLicense } = await import('../../../actions/sbom-attach/src/license.js');
    expect(normalizeLicense('MIT/Apache-2.0')).toBe('MIT OR Apache-2.0');
    expect(normalizeLicense('mit or apache-2.0')).toBe('MIT OR Apache-2.0');
    expect(normalizeLicense('(MIT AND BSD-3-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0')).toBe(
      '(MIT AND BSD-3-Clause) OR GPL-2.0-or-later WITH Classpath-exception-2.0'
    );
    expect(normalizeLicense('LicenseRef-Proprietary')).toBe('LicenseRef-Proprietary');
    expect(normalizeLicense('SEE LICENSE IN LICENSE.txt')).toBeUndefined();
    expect(normalizeLicense('Some Custom License')).toBeUndefined();
    expect(normalizeLicense('MIT OR')).toBeUndefined();
    expect(normalizeLicense('(MIT')).toBeUndefined();
  });
});

describe('determinism', () => {
  test('the same inputs give byte-identical documents; serial number and namespace follow the content', async () => {
    const a = await generateSboms(options('cargo-workspace', { includeDev: true }));
    const b = await generateSboms(options('cargo-workspace', { includeDev: true }));
    expect(a.documents.map((d) => d.content)).toEqual(b.documents.map((d) => d.content));
    const cdx = JSON.parse(a.documents[1].content);
    expect(cdx.serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(cdx.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(JSON.parse(a.documents[0].content).creationInfo.created).toBe('2023-11-14T22:13:20Z');
    const c = await generateSboms(options('cargo-workspace', { includeDev: false }));
    expect(JSON.parse(c.documents[1].content).serialNumber).not.toBe(cdx.serialNumber);
    expect(JSON.parse(c.documents[0].content).documentNamespace).not.toBe(
      JSON.parse(a.documents[0].content).documentNamespace
    );
  });

  test('lists are in code-unit order (not the locale-dependent order of localeCompare)', async () => {
    const g = await generateSboms(options('gomod'));
    const cdx = JSON.parse(g.documents[1].content);
    const purls = cdx.components.map((c: any) => c.purl);
    expect(purls).toEqual([...purls].sort());
    expect(purls[0]).toBe('pkg:golang/github.com/Masterminds/semver/v3@v3.2.1');
    const refs = cdx.dependencies.map((d: any) => d.ref);
    expect(refs).toEqual([...new Set(refs)]);
    for (const d of cdx.dependencies) expect(d.dependsOn ?? []).toEqual([...(d.dependsOn ?? [])].sort());
  });

  test('without SOURCE_DATE_EPOCH or a commit, the release creation time is used, never the clock', async () => {
    delete process.env.SOURCE_DATE_EPOCH;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-time-'));
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/t\n');
    const g = await generateSboms({
      ...options('gomod'),
      root: dir,
      cwd: dir,
      releaseCreatedAt: '2024-05-01T10:00:00Z'
    });
    expect(g.project.timestamp).toBe('2024-05-01T10:00:00Z');
    expect(g.project.timestampSource).toBe('release creation time');
    const none = await generateSboms({ ...options('gomod'), root: dir, cwd: dir });
    expect(none.project.timestamp).toBe('1970-01-01T00:00:00Z');
    expect(none.ntia.find((e) => e.element === 'Timestamp')!.present).toBe(false);
  });
});

describe('NTIA minimum elements', () => {
  test('reported present or partial, with what is missing', async () => {
    const g = await generateSboms(options('npm-v3'));
    const by = Object.fromEntries(g.ntia.map((e) => [e.element, e]));
    expect(by['Component name'].present).toBe(true);
    expect(by['Version of the component'].present).toBe(true);
    expect(by['Other unique identifiers'].detail).toBe('purl on 8/8 components');
    expect(by['Dependency relationship'].present).toBe(true);
    expect(by['Author of SBOM data'].present).toBe(true);
    expect(by['Timestamp'].present).toBe(true);
    expect(by['Supplier name']).toMatchObject({ present: false, detail: expect.stringContaining('1/8') });
  });
});

describe('NTIA minimum elements of a foreign document', () => {
  test('read from the document itself, for both formats', async () => {
    const { ntiaFromDocument } = await import('../../../actions/sbom-attach/src/ntia.js');
    const g = await generateSboms(options('cargo-single'));
    const spdx = ntiaFromDocument('spdx-json', JSON.parse(g.documents[0].content));
    const cdx = ntiaFromDocument('cyclonedx-json', JSON.parse(g.documents[1].content));
    for (const list of [spdx, cdx]) {
      const by = Object.fromEntries(list.map((e) => [e.element, e.present]));
      expect(by).toMatchObject({
        'Component name': true,
        'Version of the component': true,
        'Other unique identifiers': true,
        'Dependency relationship': true,
        'Author of SBOM data': true,
        Timestamp: true,
        'Supplier name': false
      });
    }
    const bare = ntiaFromDocument('cyclonedx-json', {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ type: 'library', name: 'x' }]
    });
    expect(bare.filter((e) => e.present).map((e) => e.element)).toEqual(['Component name']);
  });
});

describe('schemas', () => {
  test('a document breaking the schema is rejected with its errors', async () => {
    const g = await generateSboms(options('npm-v2'));
    const spdx = JSON.parse(g.documents[0].content);
    delete spdx.packages[1].downloadLocation;
    spdx.packages[2].checksums = [{ algorithm: 'SHA999', checksumValue: 'x' }];
    const problems = await validateSbom('spdx-json', spdx);
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/packages/1', '/packages/2/checksums/0/algorithm'])
    );
    const cdx = JSON.parse(g.documents[1].content);
    cdx.components[0].hashes = [{ alg: 'SHA-256', content: 'not-hex' }];
    expect((await validateSbom('cyclonedx-json', cdx)).map((p) => p.path)).toContain(
      '/components/0/hashes/0/content'
    );
  });

  test('uniqueItems is still enforced (linear check): duplicates in any key order are rejected', async () => {
    const g = await generateSboms(options('npm-v3'));
    const cdx = JSON.parse(g.documents[1].content);
    const first = cdx.components[0];
    cdx.components.push(Object.fromEntries(Object.entries(first).reverse()));
    expect(await validateSbom('cyclonedx-json', cdx)).toContainEqual({
      path: '/components',
      message: 'must NOT have duplicate items'
    });
    const { withFastUniqueItems } = await import('../../../actions/sbom-attach/src/unique-items.js');
    expect(
      withFastUniqueItems({
        type: 'object',
        properties: { uniqueItems: { type: 'array', uniqueItems: true } }
      })
    ).toEqual({
      type: 'object',
      properties: { uniqueItems: { type: 'array', uniqueItemsFast: true } }
    });
  });

  test('the official SPDX 2.3 example document validates', async () => {
    const example = path.resolve('../shared/schemas/SPDXJSONExample-v2.3.spdx.json');
    if (!existsSync(example)) {
      console.log(
        `SKIPPED: ${example} is absent (the shared folder is only present in the development checkout).`
      );
      return;
    }
    expect(await validateSbom('spdx-json', JSON.parse(readFileSync(example, 'utf8')))).toEqual([]);
  });

  test('the bundled SPDX 2.3 schema equals the shared official copy', () => {
    if (!existsSync(SHARED_SCHEMA)) {
      console.log(
        `SKIPPED: ${SHARED_SCHEMA} is absent, so the bundled copy cannot be compared (the shared folder is only present in the development checkout).`
      );
      return;
    }
    expect(JSON.parse(readFileSync(BUNDLED_SCHEMA, 'utf8'))).toEqual(
      JSON.parse(readFileSync(SHARED_SCHEMA, 'utf8'))
    );
  });
});

describe('CycloneDX serial number insertion', () => {
  test('equals what the library writes when the serial number is set on the model', async () => {
    const { cycloneDxJson } = await import('../../../actions/sbom-attach/src/cyclonedx.js');
    const g = await generateSboms(options('cargo-single'));
    const text = cycloneDxJson(g.project);
    const doc = JSON.parse(text);
    expect(Object.keys(doc).slice(0, 6)).toEqual([
      '$schema',
      'bomFormat',
      'specVersion',
      'version',
      'serialNumber',
      'metadata'
    ]);
    // Re-serialised with the library's own layout (2-space JSON), the text is the same.
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(text);
  });
});
