import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { orderByDependencies } from '../../../packages/core/src/crates/dependency-order.js';
import { expandMemberGlob, readManifestCrates } from '../../../packages/core/src/crates/manifest.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rk-manifest-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const pkg = (name: string, body = 'version = "0.1.0"\n', deps = '') =>
  `[package]\nname = "${name}"\n${body}\n[dependencies]\n${deps}`;

describe('reading Cargo.toml', () => {
  test('a single package', () => {
    const root = tree({ 'Cargo.toml': pkg('solo', 'version = "2.0.0-rc.1"\n') });
    expect(readManifestCrates(path.join(root, 'Cargo.toml'))).toEqual({
      crates: [{ name: 'solo', version: '2.0.0-rc.1', dir: root, dependsOn: [] }],
      skipped: [],
      root
    });
  });

  test('a workspace: globs, exclude, inherited version and publish, skipped members, dependency order', () => {
    const root = tree({
      'Cargo.toml':
        '[workspace]\nmembers = ["crates/*", "tools/cli"]\nexclude = ["crates/experimental"]\n\n' +
        '[workspace.package]\nversion = "3.1.4"\npublish = false\n\n[workspace.dependencies]\nrenamed-core = { package = "w-core", path = "crates/core", version = "3" }\n',
      'crates/core/Cargo.toml': pkg('w-core', 'version.workspace = true\npublish = true\n'),
      'crates/macros/Cargo.toml': pkg(
        'w-macros',
        'version.workspace = true\npublish = ["crates-io"]\n',
        'renamed-core = { workspace = true }\n'
      ),
      'crates/api/Cargo.toml': pkg(
        'a-api',
        'version.workspace = true\npublish = ["crates-io", "mirror"]\n',
        'w-macros = { path = "../macros", version = "3" }\n\n[target.\'cfg(unix)\'.build-dependencies]\nw-core = { path = "../core", version = "3" }\n\n[dev-dependencies]\nw-tools = { path = "../../tools/cli" }\n'
      ),
      'crates/private/Cargo.toml': pkg('w-private', 'version.workspace = true\npublish.workspace = true\n'),
      'crates/elsewhere/Cargo.toml': pkg('w-elsewhere', 'version = "1.0.0"\npublish = ["other"]\n'),
      'crates/noversion/Cargo.toml': pkg('w-noversion', ''),
      'crates/experimental/Cargo.toml': pkg('w-experimental'),
      'crates/not-a-crate/README.md': 'no manifest here\n',
      'tools/cli/Cargo.toml': pkg(
        'w-tools',
        'version = "0.9.0"\n',
        'a-api = { path = "../../crates/api", version = "3" }\n'
      )
    });
    const result = readManifestCrates(path.join(root, 'Cargo.toml'));
    expect(result.crates.map((c) => `${c.name}@${c.version}`)).toEqual([
      'w-core@3.1.4',
      'w-macros@3.1.4',
      'a-api@3.1.4',
      'w-tools@0.9.0'
    ]);
    expect(result.crates.find((c) => c.name === 'a-api')!.dependsOn).toEqual(['w-core', 'w-macros']);
    expect(result.crates.find((c) => c.name === 'w-macros')!.dependsOn).toEqual(['w-core']);
    expect(result.skipped).toEqual([
      { name: 'w-elsewhere', reason: 'publish = ["other"]: only to other registries' },
      { name: 'w-noversion', reason: 'no package.version (cargo does not publish it)' },
      { name: 'w-private', reason: 'publish = false' }
    ]);
    expect(result.root).toBe(root);
  });

  test('a member manifest finds its workspace for version.workspace = true', () => {
    const root = tree({
      'Cargo.toml': '[workspace]\nmembers = ["member"]\n[workspace.package]\nversion = "5.0.0"\n',
      'member/Cargo.toml': pkg('inner', 'version.workspace = true\n')
    });
    const result = readManifestCrates(path.join(root, 'member'));
    expect(result.crates).toEqual([
      { name: 'inner', version: '5.0.0', dir: path.join(root, 'member'), dependsOn: [] }
    ]);
    expect(result.root).toBe(root);
  });

  test('mistakes are configuration errors naming the file', () => {
    const root = tree({
      'bad/Cargo.toml': '[package\nname = 1',
      'empty/Cargo.toml': '[dependencies]\n',
      'noinherit/Cargo.toml': '[workspace]\nmembers = ["m"]\n',
      'noinherit/m/Cargo.toml': pkg('m', 'version.workspace = true\n')
    });
    expect(() => readManifestCrates(path.join(root, 'bad/Cargo.toml'))).toThrow(/is not valid TOML/);
    expect(() => readManifestCrates(path.join(root, 'empty/Cargo.toml'))).toThrow(
      /has neither \[package\] nor \[workspace\]/
    );
    expect(() => readManifestCrates(path.join(root, 'noinherit/Cargo.toml'))).toThrow(
      /version.workspace = true but the workspace has no \[workspace.package\] version/
    );
    expect(() => readManifestCrates(path.join(root, 'missing/Cargo.toml'))).toThrow(/cannot read .*ENOENT/);
  });

  test('member globs: *, ?, [..] and **', () => {
    const root = tree({ 'a/x1/f': '', 'a/x2/f': '', 'a/y1/f': '', 'b/c/d/f': '' });
    const rel = (p: string) =>
      expandMemberGlob(root, p)
        .map((d) => path.relative(root, d))
        .sort();
    expect(rel('a/x*')).toEqual(['a/x1', 'a/x2']);
    expect(rel('a/?1')).toEqual(['a/x1', 'a/y1']);
    expect(rel('a/[xy]2')).toEqual(['a/x2']);
    expect(rel('b/**')).toEqual(['b', 'b/c', 'b/c/d']);
  });

  test('dependency order puts dependencies first, breaks ties by name, survives cycles', () => {
    const order = (items: [string, string[]][]) =>
      orderByDependencies(items.map(([name, dependsOn]) => ({ name, dependsOn }))).map((i) => i.name);
    expect(
      order([
        ['app', ['lib', 'util']],
        ['util', ['lib']],
        ['lib', []],
        ['zeta', []]
      ])
    ).toEqual(['lib', 'util', 'app', 'zeta']);
    expect(
      order([
        ['a', ['b']],
        ['b', ['a']],
        ['c', []]
      ])
    ).toEqual(['c', 'a', 'b']);
  });
});
