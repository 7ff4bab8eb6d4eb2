// The five readings that real lockfiles got wrong (issue 21), each on a small fixture of our own.
import path from 'node:path';
import { generateSboms } from '../../../actions/sbom-attach/src/generate.js';
import { lockfileKind } from '#core/lockfile-discovery.js';
import { parseLockfile } from '../../../actions/sbom-attach/src/lockfiles/index.js';
import type { LockfileResult, SbomPackage } from '../../../actions/sbom-attach/src/model.js';

const F = path.resolve('test/fixtures/lockfiles');

async function parse(rel: string): Promise<LockfileResult> {
  const file = path.join(F, rel);
  return parseLockfile(lockfileKind(file)!, file, rel);
}

function pkg(r: LockfileResult, ref: string): SbomPackage {
  const p = r.packages.find((x) => x.ref === ref);
  if (!p) throw new Error(`${ref} not in ${r.packages.map((x) => x.ref).join(', ')}`);
  return p;
}

const refs = (r: LockfileResult, dev: boolean) =>
  r.packages
    .filter((p) => p.dev === dev)
    .map((p) => p.ref)
    .sort();

async function cycloneDx(dir: string, includeDev = false): Promise<any> {
  const root = path.join(F, dir);
  const g = await generateSboms({
    root,
    cwd: root,
    lockfiles: [],
    artifacts: [],
    formats: ['cyclonedx-json', 'spdx-json'],
    includeDev
  });
  return { cdx: JSON.parse(g.documents[0].content), spdx: JSON.parse(g.documents[1].content), g };
}

describe('yarn v1 workspaces: members are components, their manifests give the production set', () => {
  test('members found through `workspaces.packages`, linked to each other, dev split per member', async () => {
    const r = await parse('rules-yarn-v1-workspaces/yarn.lock');
    expect(pkg(r, 'pkg:npm/%40ws/app@1.0.0')).toMatchObject({
      own: true,
      dev: false,
      localPath: 'packages/app',
      license: 'MIT',
      dependencies: ['pkg:npm/%40ws/lib@1.0.0', 'pkg:npm/is-odd@3.0.1', 'pkg:npm/ms@2.1.3']
    });
    expect(pkg(r, 'pkg:npm/%40ws/lib@1.0.0').dependencies).toEqual(['pkg:npm/debug@4.3.4']);
    expect(r.root.dependencies).toEqual([
      'pkg:npm/%40ws/app@1.0.0',
      'pkg:npm/%40ws/lib@1.0.0',
      'pkg:npm/is-number@7.0.0'
    ]);
    expect(refs(r, false)).toEqual([
      'pkg:npm/%40ws/app@1.0.0',
      'pkg:npm/%40ws/lib@1.0.0',
      'pkg:npm/debug@4.3.4',
      'pkg:npm/ms@2.1.2',
      'pkg:npm/ms@2.1.3'
    ]);
    expect(refs(r, true)).toEqual([
      'pkg:npm/is-number@6.0.0',
      'pkg:npm/is-number@7.0.0',
      'pkg:npm/is-odd@3.0.1'
    ]);
    // A package.json outside the workspace globs is not a member.
    expect(r.packages.some((p) => p.name === 'not-a-member')).toBe(false);
  });

  test('the default SBOM holds the production set and the members, and says where each member lives', async () => {
    const { cdx, g } = await cycloneDx('rules-yarn-v1-workspaces');
    expect(cdx.components.map((c: any) => c.purl).sort()).toEqual([
      'pkg:npm/%40ws/app@1.0.0',
      'pkg:npm/%40ws/lib@1.0.0',
      'pkg:npm/debug@4.3.4',
      'pkg:npm/ms@2.1.2',
      'pkg:npm/ms@2.1.3'
    ]);
    const app = cdx.components.find((c: any) => c.name === '@ws/app');
    expect(app.properties).toContainEqual({ name: 'release-kit:path', value: 'packages/app' });
    expect(g.coverage[0]).toMatchObject({ entries: 6, placed: 3, excluded: { 'dev-only': 3 }, missing: [] });
  });
});

describe('yarn v1 `npm:` aliases: the purl is the aliased package, the alias a property', () => {
  test('alias entries become the real package, merged with a plain entry of the same version', async () => {
    const r = await parse('rules-yarn-v1-aliases/yarn.lock');
    expect(r.packages.map((p) => p.purl).sort()).toEqual([
      'pkg:npm/%40scoped/tool@1.4.0',
      'pkg:npm/react-is@18.3.1',
      'pkg:npm/string-width@4.2.3'
    ]);
    expect(pkg(r, 'pkg:npm/string-width@4.2.3')).toMatchObject({
      name: 'string-width',
      aliases: ['string-width-cjs'],
      dev: false
    });
    expect(pkg(r, 'pkg:npm/react-is@18.3.1').aliases).toEqual(['react-is-18']);
    expect(pkg(r, 'pkg:npm/%40scoped/tool@1.4.0')).toMatchObject({ aliases: ['@scoped/tool-1'], dev: true });
  });

  test('CycloneDX carries the alias as a property and SPDX in the comment; no purl names an alias', async () => {
    const { cdx, spdx } = await cycloneDx('rules-yarn-v1-aliases');
    const sw = cdx.components.find((c: any) => c.purl === 'pkg:npm/string-width@4.2.3');
    expect(sw.properties).toEqual([{ name: 'release-kit:npm-alias', value: 'string-width-cjs' }]);
    expect(JSON.stringify(cdx)).not.toMatch(/pkg:npm\/(string-width-cjs|react-is-18)/);
    const p = spdx.packages.find((x: any) => x.name === 'react-is');
    expect(p.comment).toBe('installed under the alias react-is-18');
  });
});

describe('yarn v1 `file:` directories are project components too', () => {
  test('`name@file:./dir` is the folder, linked by its path, its edges kept', async () => {
    const r = await parse('rules-yarn-v1-file/yarn.lock');
    expect(pkg(r, 'pkg:npm/local-lib@0.2.0')).toMatchObject({
      own: true,
      dev: false,
      localPath: 'libs/local-lib',
      hashes: [],
      dependencies: ['pkg:npm/ms@2.1.3']
    });
    expect(r.root.dependencies).toEqual(['pkg:npm/local-lib@0.2.0']);
    expect(pkg(r, 'pkg:npm/ms@2.1.3').dev).toBe(false);
    expect(r.entries).toEqual([
      { key: 'local-lib@file:./libs/local-lib', ref: 'pkg:npm/local-lib@0.2.0' },
      { key: 'ms@^2.1.3', ref: 'pkg:npm/ms@2.1.3' }
    ]);
  });
});

describe("Yarn Berry: a workspace member's devDependencies are not production", () => {
  test("the member's lock entry mixes both; its package.json decides", async () => {
    const r = await parse('rules-berry-member-dev/yarn.lock');
    expect(pkg(r, 'pkg:npm/%40b/app@3.1.0')).toMatchObject({
      own: true,
      dev: false,
      localPath: 'packages/app'
    });
    // `shared` is under both fields: it ships. test-runner and what only it pulls in are dev.
    expect(refs(r, false)).toEqual([
      'pkg:npm/%40b/app@3.1.0',
      'pkg:npm/left-pad@1.3.0',
      'pkg:npm/shared@1.0.2'
    ]);
    expect(refs(r, true)).toEqual([
      'pkg:npm/test-runner@2.0.0',
      'pkg:npm/typescript@5.4.5',
      'pkg:npm/watcher@1.1.0'
    ]);
    // The edges stay, dev ones included.
    expect(pkg(r, 'pkg:npm/%40b/app@3.1.0').dependencies).toContain('pkg:npm/test-runner@2.0.0');
  });
});

describe('pnpm `link:` and `file:`: project directories linked by path, edges kept', () => {
  test('no `file:` version, one component per directory, link and file edges resolved', async () => {
    const r = await parse('rules-pnpm-local/pnpm-lock.yaml');
    expect(r.packages.every((p) => !/file:|link:/.test(p.purl))).toBe(true);
    const a = pkg(r, 'pkg:npm/%40p/a@1.0.0');
    expect(a).toMatchObject({ own: true, localPath: 'packages/a' });
    expect(a.dependencies).toEqual([
      'pkg:npm/%40p/b@1.0.0',
      'pkg:npm/%40p/c@0.1.0',
      'pkg:npm/%40p/same@0.0.0'
    ]);
    // The `file:` package and the importer at packages/c are one component, with the snapshot's edges.
    expect(pkg(r, 'pkg:npm/%40p/c@0.1.0')).toMatchObject({
      localPath: 'packages/c',
      dependencies: ['pkg:npm/ms@2.1.3']
    });
    // Two directories with one name and version stay two components.
    const same = r.packages.filter((p) => p.purl === 'pkg:npm/%40p/same@0.0.0');
    expect(same.map((p) => [p.ref, p.localPath])).toEqual([
      ['pkg:npm/%40p/same@0.0.0', 'fixtures/same'],
      ['pkg:npm/%40p/same@0.0.0#other/same', 'other/same']
    ]);
    expect(r.packages.filter((p) => p.own)).toHaveLength(5);
    expect(pkg(r, 'pkg:npm/ms@2.1.3').dev).toBe(false);
  });
});

describe('git sources in poetry.lock and uv.lock keep repository and commit', () => {
  test('poetry: vcs_url qualifier with the resolved commit, never the registry purl', async () => {
    const r = await parse('rules-poetry-git/poetry.lock');
    const core = r.packages.find((p) => p.name === 'poetry-core')!;
    expect(core.purl).toBe(
      'pkg:pypi/poetry-core@2.4.1?vcs_url=git%2Bhttps:%2F%2Fexample.org%2Fpython-poetry%2Fpoetry-core.git%40e3998b0e111dc03e4aa721fd054c48e5c7de6fc5'
    );
    expect(core.downloadLocation).toBe(
      'git+https://example.org/python-poetry/poetry-core.git@e3998b0e111dc03e4aa721fd054c48e5c7de6fc5'
    );
    expect(pkg(r, 'pkg:pypi/packaging@24.2').hashes).toHaveLength(1);
  });

  test('uv: the commit after `#`, the branch query dropped; the dependency edge follows', async () => {
    const r = await parse('rules-uv-git/uv.lock');
    const theme = r.packages.find((p) => p.name === 'docs-theme')!;
    expect(theme.purl).toBe(
      'pkg:pypi/docs-theme@0.0.1?vcs_url=git%2Bhttps:%2F%2Fexample.org%2Forg%2Fdocs-theme%406f657b30593b00cf5f7c0b7eca74e83b3b6b7819'
    );
    expect(theme.dependencies).toEqual(['pkg:pypi/idna@3.10']);
    expect(r.root.dependencies).toContain(theme.ref);
  });

  test('the SBOM points at the repository as VCS, not as a registry download', async () => {
    const { cdx } = await cycloneDx('rules-uv-git');
    const theme = cdx.components.find((c: any) => c.name === 'docs-theme');
    expect(theme.externalReferences).toEqual([
      {
        type: 'vcs',
        url: 'git+https://example.org/org/docs-theme@6f657b30593b00cf5f7c0b7eca74e83b3b6b7819'
      }
    ]);
  });
});

describe('Python sources as purl qualifiers', () => {
  test('an archive URL is download_url, another index repository_url, PyPI nothing', async () => {
    const { poetrySource, uvSource } =
      await import('../../../actions/sbom-attach/src/lockfiles/python-sources.js');
    expect(uvSource({ url: 'https://example.org/a-1.0.tar.gz' }).qualifiers).toEqual({
      download_url: 'https://example.org/a-1.0.tar.gz'
    });
    expect(uvSource({ registry: 'https://pypi.org/simple' }).qualifiers).toEqual({});
    expect(uvSource({ registry: 'https://example.org/simple' }).qualifiers).toEqual({
      repository_url: 'https://example.org/simple'
    });
    expect(poetrySource({ type: 'legacy', url: 'https://example.org/simple' }).qualifiers).toEqual({
      repository_url: 'https://example.org/simple'
    });
    // A git source without a resolved commit still names the repository, never the registry.
    expect(poetrySource({ type: 'git', url: 'https://example.org/x.git' }).qualifiers).toEqual({
      vcs_url: 'git+https://example.org/x.git'
    });
  });
});
