import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  LOCKFILE_NAMES,
  UNSUPPORTED_LOCKFILE_NAMES,
  lockfileFor,
  lockfileKind,
  lockfileNamesOf,
  lockfilesIn,
  packageManagerOf,
  unsupportedLockfilesIn
} from '#core/lockfile-discovery.js';
import { planEcosystems } from '../../actions/dependency-watch/src/ecosystems.js';
import { readNpmLock } from '../../actions/dependency-watch/src/lockfiles.js';
import { findLockfiles } from '../../actions/sbom-attach/src/lockfiles/discover.js';

const F = path.resolve('test/fixtures/lockfiles');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-lockfiles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const npmLock = (version: string) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: { '': { name: 'app' }, 'node_modules/left-pad': { version } }
  });

describe('lockfile kinds', () => {
  test.each([
    ['Cargo.lock', 'cargo'],
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['poetry.lock', 'poetry'],
    ['uv.lock', 'uv'],
    ['go.mod', 'gomod'],
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['sub/prod.requirements.txt', 'requirements'],
    ['Gemfile.lock', undefined],
    ['notes.txt', undefined],
    ['package.json', undefined]
  ])('%s is %s', (name, kind) => {
    expect(lockfileKind(name)).toBe(kind);
  });

  test('yarn.lock is Yarn 1 or Berry by its opening text, not its name', () => {
    expect(lockfileKind(path.join(F, 'yarn-v1/yarn.lock'))).toBe('yarn-v1');
    expect(lockfileKind(path.join(F, 'yarn-berry/yarn.lock'))).toBe('yarn-berry');
    // A Yarn 1 entry whose value mentions __metadata is not Berry: the block starts a line.
    writeFileSync(
      path.join(dir, 'yarn.lock'),
      '# yarn lockfile v1\n\n"a@^1":\n  version "1.0.0"\n  resolved "https://example.test/__metadata:"\n'
    );
    expect(lockfileKind(path.join(dir, 'yarn.lock'))).toBe('yarn-v1');
  });

  test('every discovered name belongs to the package manager that lists it', () => {
    for (const name of LOCKFILE_NAMES) {
      const kind = lockfileKind(path.join(F, 'yarn-berry', name));
      expect(kind).toBeDefined();
      expect(lockfileNamesOf(packageManagerOf(kind!))).toContain(name);
    }
    for (const name of UNSUPPORTED_LOCKFILE_NAMES) expect(lockfileKind(name)).toBeUndefined();
  });
});

describe('lockfiles in a directory', () => {
  test('known ones in preference order, files only; unsupported ones named apart', () => {
    for (const name of ['go.mod', 'yarn.lock', 'Cargo.lock', 'Gemfile.lock', 'composer.lock'])
      writeFileSync(path.join(dir, name), '');
    mkdirSync(path.join(dir, 'poetry.lock')); // a directory is not a lockfile
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'pnpm-lock.yaml'), ''); // below the root: not looked at
    expect(lockfilesIn(dir).map((l) => [l.name, l.kind])).toEqual([
      ['Cargo.lock', 'cargo'],
      ['yarn.lock', 'yarn-v1'],
      ['go.mod', 'gomod']
    ]);
    expect(unsupportedLockfilesIn(dir)).toEqual(['Gemfile.lock', 'composer.lock']);
  });

  test('npm obeys npm-shrinkwrap.json over package-lock.json; none is undefined', () => {
    expect(lockfileFor(dir, 'npm')).toBeUndefined();
    writeFileSync(path.join(dir, 'package-lock.json'), npmLock('1.0.0'));
    expect(lockfileFor(dir, 'npm')?.name).toBe('package-lock.json');
    writeFileSync(path.join(dir, 'npm-shrinkwrap.json'), npmLock('2.0.0'));
    expect(lockfileFor(dir, 'npm')).toEqual({
      name: 'npm-shrinkwrap.json',
      path: path.join(dir, 'npm-shrinkwrap.json'),
      kind: 'npm'
    });
  });
});

describe('sbom-attach and dependency-watch read the one rule', () => {
  test('both find the same lockfiles of a project, and agree on which npm lockfile counts', () => {
    for (const name of ['Cargo.lock', 'pnpm-lock.yaml', 'Gemfile.lock'])
      writeFileSync(path.join(dir, name), '');
    writeFileSync(path.join(dir, 'package-lock.json'), npmLock('1.0.0'));
    writeFileSync(path.join(dir, 'npm-shrinkwrap.json'), npmLock('2.0.0'));
    writeFileSync(path.join(dir, 'yarn.lock'), '__metadata:\n  version: 8\n');

    const sbom = findLockfiles(dir, []);
    expect(sbom.lockfiles.map((l) => l.display)).toEqual(lockfilesIn(dir).map((l) => l.name));
    expect(sbom.unsupported).toEqual(['Gemfile.lock']);

    const plans = planEcosystems(dir, []);
    expect(plans).toEqual([
      { ecosystem: 'npm', lockfile: 'npm-shrinkwrap.json' },
      { ecosystem: 'pnpm', lockfile: 'pnpm-lock.yaml' },
      { ecosystem: 'yarn', lockfile: 'yarn.lock', yarnBerry: true },
      { ecosystem: 'cargo', lockfile: 'Cargo.lock' }
    ]);
    // The versions dependency-watch reports come from the lockfile its plan names.
    expect(readNpmLock(dir).topLevel('left-pad')).toBe('2.0.0');
    // Every lockfile dependency-watch plans is one sbom-attach discovers, with the same yarn flavour.
    const byName = new Map(sbom.lockfiles.map((l) => [l.display, l.kind]));
    for (const p of plans) expect(byName.has(p.lockfile!)).toBe(true);
    expect(byName.get('yarn.lock')).toBe('yarn-berry');
  });
});
