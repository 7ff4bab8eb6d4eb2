import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { InputReader } from '#core/inputs.js';
import {
  DEFAULT_INDEX,
  Inputs,
  parseIndexUrl,
  parseInputs,
  type Settings
} from '../../../actions/crates-verify/src/inputs.js';
import { planTargets, tagVersion } from '../../../actions/crates-verify/src/targets.js';

const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../..');

function parse(inputs: Record<string, string>): Settings {
  return parseInputs(new InputReader((name) => (inputs[name] ?? '').trim()));
}

describe('inputs', () => {
  const env = { ...process.env };
  beforeEach(() => {
    process.env.GITHUB_WORKSPACE = '/work/space';
    process.env.GITHUB_SHA = 'A'.repeat(40);
    delete process.env.GITHUB_REF;
  });
  afterAll(() => {
    process.env = env;
  });

  test('code defaults equal the action.yml defaults', () => {
    const yml = YAML.parse(readFileSync(path.join(ROOT, 'actions/crates-verify/action.yml'), 'utf8'));
    const defaults = Object.fromEntries(
      Object.entries<{ default?: string }>(yml.inputs)
        .filter(([, v]) => v.default !== undefined)
        .map(([k, v]) => [k, String(v.default)])
    );
    expect(parse({})).toEqual(parse(defaults));
    expect(parse({})).toMatchObject({
      indexUrl: 'https://index.crates.io/',
      waitTimeoutMs: 600_000,
      pollIntervalMs: 10_000,
      mode: 'verify',
      allowYanked: false,
      commit: 'a'.repeat(40)
    });
    expect(defaults.index).toBe(DEFAULT_INDEX);
    for (const name of Object.values(Inputs)) expect(Object.keys(yml.inputs)).toContain(name);
  });

  test('every bad input is reported at once with the value and what is accepted', () => {
    let message = '';
    try {
      parse({
        crate: '1bad',
        version: 'v1.2',
        index: 'git://example/index',
        'registry-api': 'ftp://x',
        commit: 'abc',
        'poll-interval': '500ms',
        mode: 'yank'
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`Input 'crate': "1bad" is not a crate name`);
    expect(message).toContain(`Input 'version': "v1.2" is not a semantic version`);
    expect(message).toContain(`Input 'index': "git://example/index" is not a sparse index URL`);
    expect(message).toContain(`Input 'registry-api': "ftp://x" is not an http(s) URL`);
    expect(message).toContain(`Input 'commit': "abc" is not a full commit SHA`);
    expect(message).toContain(`Input 'poll-interval': 500 ms is too short`);
    expect(message).toContain(`Input 'registry-token': is required when mode is yank`);
  });

  test('index URLs: sparse+ prefix optional, trailing slash added', () => {
    expect(parseIndexUrl('sparse+http://127.0.0.1:8080/index')).toBe('http://127.0.0.1:8080/index/');
    expect(parseIndexUrl('https://index.crates.io/')).toBe('https://index.crates.io/');
    expect(parseIndexUrl('sparse+https://u:p@x/')).toBeUndefined();
    expect(parseIndexUrl('registry+https://github.com/rust-lang/crates.io-index')).toBeUndefined();
  });
});

describe('tags and targets', () => {
  const base = (over: Partial<Settings>): Settings => ({
    indexUrl: 'https://index.crates.io/',
    waitTimeoutMs: 1,
    pollIntervalMs: 1000,
    mode: 'verify',
    registryToken: '',
    allowYanked: false,
    workspace: mkdtempSync(path.join(os.tmpdir(), 'rk-targets-')),
    ...over
  });

  test('tag forms', () => {
    expect(tagVersion('v1.2.3')).toEqual({ version: '1.2.3', crateSpecific: false });
    expect(tagVersion('1.2.3', 'foo')).toEqual({ version: '1.2.3', crateSpecific: false });
    expect(tagVersion('foo-v1.2.3', 'foo')).toEqual({ version: '1.2.3', crateSpecific: true });
    expect(tagVersion('foo@1.2.3', 'foo')).toEqual({ version: '1.2.3', crateSpecific: true });
    expect(tagVersion('foo-bar-1.2.3', 'foo-bar')).toEqual({ version: '1.2.3', crateSpecific: true });
    expect(tagVersion('bar-v1.2.3', 'foo')).toBeUndefined();
    expect(tagVersion('release-2024')).toBeUndefined();
  });

  test('crate + version alone; crate + tag alone; neither is an error', () => {
    expect(planTargets(base({ crate: 'foo', version: '1.0.0' })).targets).toEqual([
      {
        name: 'foo',
        version: '1.0.0',
        crateFile: undefined,
        crateFileExplicit: false,
        dependsOn: [],
        inconsistency: undefined
      }
    ]);
    expect(planTargets(base({ crate: 'foo', tag: 'v2.0.0' })).targets[0].version).toBe('2.0.0');
    expect(
      planTargets(base({ crate: 'foo', version: '2.0.1', tag: 'v2.0.0' })).targets[0].inconsistency
    ).toBe('version 2.0.1 of foo does not match the tag v2.0.0 (which announces 2.0.0)');
    expect(() => planTargets(base({ crate: 'foo' }))).toThrow(/Input 'version': needed for foo/);
    expect(() => planTargets(base({}))).toThrow(
      /Input 'crate': not set, and there is no Cargo.toml.*Set crate .* or manifest-path/
    );
  });

  test('a workspace: crate-specific tags select a member; crate-file must be a directory for several crates; the default .crate is found', () => {
    const ws = base({}).workspace;
    writeFileSync(path.join(ws, 'Cargo.toml'), '[workspace]\nmembers = ["a", "b"]\n');
    for (const [n, v] of [
      ['alpha', '1.0.0'],
      ['beta', '2.0.0']
    ]) {
      const dir = path.join(ws, n[0]);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'Cargo.toml'), `[package]\nname = "${n}"\nversion = "${v}"\n`);
    }
    mkdirSync(path.join(ws, 'target', 'package'), { recursive: true });
    writeFileSync(path.join(ws, 'target', 'package', 'beta-2.0.0.crate'), 'x');
    const plan = planTargets(base({ workspace: ws, tag: 'beta-v2.0.0' }));
    expect(plan.targets.map((t) => [t.name, t.version, t.crateFile, t.inconsistency])).toEqual([
      ['beta', '2.0.0', path.join(ws, 'target', 'package', 'beta-2.0.0.crate'), undefined]
    ]);
    expect(plan.skipped).toEqual([{ name: 'alpha', reason: 'the tag beta-v2.0.0 names beta' }]);
    // A plain tag applies to every member: the one that differs is inconsistent.
    const all = planTargets(base({ workspace: ws, tag: 'v1.0.0' }));
    expect(all.targets.map((t) => t.inconsistency === undefined)).toEqual([true, false]);
    expect(() => planTargets(base({ workspace: ws, crateFile: path.join(ws, 'Cargo.toml') }))).toThrow(
      /is one file but 2 crates are checked/
    );
    const dirPlan = planTargets(base({ workspace: ws, crateFile: path.join(ws, 'target', 'package') }));
    expect(dirPlan.targets.map((t) => path.basename(t.crateFile!))).toEqual([
      'alpha-1.0.0.crate',
      'beta-2.0.0.crate'
    ]);
    expect(
      planTargets(base({ workspace: ws, crate: 'gamma', version: '0.1.0' })).targets.map((t) => t.name)
    ).toEqual(['gamma']);
    expect(() =>
      planTargets(base({ workspace: ws, manifestPath: path.join(ws, 'Cargo.toml'), crate: 'gamma' }))
    ).toThrow(/"gamma" is not a package of .* it has alpha, beta/);
    expect(
      planTargets(base({ workspace: ws, crate: 'alpha', version: '1.0.1' })).targets[0].inconsistency
    ).toBe("the version input 1.0.1 differs from alpha's Cargo.toml version 1.0.0");
  });
});
