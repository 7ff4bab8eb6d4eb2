import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCargoPaths, readNpmLock } from '../../../actions/dependency-watch/src/lockfiles.js';
import { parseCargoAudit } from '../../../actions/dependency-watch/src/parsers/cargo-audit.js';
import { parseCargoUpdate } from '../../../actions/dependency-watch/src/parsers/cargo-update.js';
import { fixedFromRange, simplifyPatched } from '../../../actions/dependency-watch/src/parsers/common.js';
import { locationToPath, parseNpmAudit } from '../../../actions/dependency-watch/src/parsers/npm-audit.js';
import {
  parseNpmOutdated,
  parsePnpmOutdated
} from '../../../actions/dependency-watch/src/parsers/outdated.js';
import { parsePnpmAudit } from '../../../actions/dependency-watch/src/parsers/pnpm-audit.js';
import { parseYarnAudit } from '../../../actions/dependency-watch/src/parsers/yarn-audit.js';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/audit');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

function ok<T>(r: { ok: true; items: T[] } | { ok: false; reason: string }): T[] {
  if (!r.ok) throw new Error(`expected a report, got a failure: ${r.reason}`);
  return r.items;
}

describe('npm audit --json (captured from npm 11 against the simulator)', () => {
  const lock = readNpmLock(path.join(FIXTURES, 'npm-project'));

  test('one finding per vulnerable installed version, with lockfile versions, paths and the fixed version', () => {
    const items = ok(parseNpmAudit(fixture('npm-audit.json'), '', lock.versionAt));
    expect(items).toHaveLength(2);
    const direct = items.find((f) => f.installed === '1.2.5')!;
    expect(direct).toMatchObject({
      ecosystem: 'npm',
      package: 'minimist',
      severity: 'critical',
      id: 'GHSA-xvch-5gv4-984h',
      url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
      title: 'Prototype Pollution in minimist',
      range: '>=1.0.0 <1.2.6',
      fixedIn: '1.2.6',
      path: 'minimist'
    });
    expect(direct.aliases).toEqual(['GHSA-xvch-5gv4-984h', '1097678']);
    const nested = items.find((f) => f.installed === '1.2.0')!;
    expect(nested.path).toBe('optimist-lite > minimist');
    // the metavulnerability entry of optimist-lite (via: ["minimist"]) is not a second finding
    expect(items.every((f) => f.package === 'minimist')).toBe(true);
  });

  test('without a lockfile the vulnerable range stands in for the version', () => {
    const items = ok(parseNpmAudit(fixture('npm-audit.json'), ''));
    expect(items).toHaveLength(1);
    expect(items[0].installed).toBe('1.2.0 - 1.2.5');
    expect(items[0].path).toBe('minimist (+1 more)');
  });

  test("the registry's 405 on the bulk endpoint is an infrastructure failure, not a clean report", () => {
    const r = parseNpmAudit(fixture('npm-audit-405.json'), fixture('npm-audit-405.stderr.txt'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.infrastructure).toBe(true);
    expect(r.reason).toContain('HTTP 405');
    expect(r.reason).toContain('/-/npm/v1/security/advisories/bulk');
  });

  test('no JSON at all (npm crashed) is a failure; a missing lockfile is the project’s, not the backend’s', () => {
    const crashed = parseNpmAudit('', 'npm error code ECONNREFUSED\nnpm error network request failed');
    expect(crashed).toMatchObject({ ok: false, infrastructure: true });
    const nolock = parseNpmAudit(
      JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }),
      ''
    );
    expect(nolock).toMatchObject({ ok: false, infrastructure: false });
    expect(parseNpmAudit('{"something":"else"}', '')).toMatchObject({ ok: false });
  });

  test('lock locations become arrow paths', () => {
    expect(locationToPath('node_modules/a/node_modules/@s/b')).toBe('a > @s/b');
  });
});

describe('pnpm audit --json', () => {
  test('v6 advisories: one finding per installed version, patched version simplified, no-fix empty', () => {
    const items = ok(parsePnpmAudit(fixture('pnpm-audit.json'), ''));
    expect(items).toHaveLength(4);
    const nested = items.find((f) => f.package === 'minimist' && f.installed === '1.2.0')!;
    expect(nested).toMatchObject({
      id: 'GHSA-xvch-5gv4-984h',
      fixedIn: '1.2.6',
      severity: 'critical',
      path: 'optimist-lite > minimist (+1 more)'
    });
    expect(nested.aliases).toEqual(
      expect.arrayContaining(['GHSA-xvch-5gv4-984h', '1097678', 'CVE-2021-44906'])
    );
    expect(items.find((f) => f.package === 'qs')).toMatchObject({
      severity: 'high',
      path: 'express > qs',
      installed: '6.5.2'
    });
    expect(items.find((f) => f.package === 'ms')).toMatchObject({ severity: 'moderate', fixedIn: '' });
  });

  test('the retired quick-audit endpoint (410) is an infrastructure failure', () => {
    const r = parsePnpmAudit(fixture('pnpm-audit-410.txt'), '');
    expect(r).toMatchObject({ ok: false, infrastructure: true });
    if (!r.ok) expect(r.reason).toContain('responded with 410');
  });
});

describe('yarn audit', () => {
  test('Yarn 1 NDJSON: advisory lines grouped per advisory, paths from the resolutions', () => {
    const items = ok(parseYarnAudit(fixture('yarn-classic-audit.ndjson'), ''));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ecosystem: 'yarn',
      package: 'minimist',
      installed: '1.2.5',
      severity: 'critical',
      fixedIn: '1.2.6'
    });
  });

  test('Yarn 4 NDJSON tree lines', () => {
    const items = ok(parseYarnAudit(fixture('yarn-berry-audit.ndjson'), ''));
    expect(items.map((f) => [f.package, f.installed, f.severity, f.id])).toEqual([
      ['minimist', '1.2.5', 'critical', 'GHSA-xvch-5gv4-984h'],
      ['semver', '7.5.1', 'moderate', 'GHSA-c2qf-rxjj-qqgw']
    ]);
    expect(items[0].path).toBe('fixture-app > minimist (+1 more)');
  });

  test('an error line (410 Gone) is an infrastructure failure; a stream without its summary is a failure', () => {
    expect(parseYarnAudit(fixture('yarn-classic-audit-410.ndjson'), '')).toMatchObject({
      ok: false,
      infrastructure: true
    });
    const head = fixture('yarn-classic-audit.ndjson').split('\n')[0];
    expect(parseYarnAudit(head, '')).toMatchObject({ ok: false });
  });
});

describe('cargo audit --json', () => {
  test('vulnerabilities and warnings (unmaintained, yanked) are findings; severity from the CVSS vector', async () => {
    const paths = await readCargoPaths(FIXTURES);
    const items = ok(parseCargoAudit(fixture('cargo-audit.json'), '', paths));
    expect(items.map((f) => [f.package, f.kind, f.severity])).toEqual([
      ['rsa', 'vulnerability', 'moderate'],
      ['h2', 'vulnerability', 'unknown'],
      ['ansi_term', 'unmaintained', 'unknown'],
      ['futures-util', 'yanked', 'unknown']
    ]);
    const rsa = items[0];
    expect(rsa).toMatchObject({
      id: 'RUSTSEC-2023-0071',
      installed: '0.9.6',
      fixedIn: '',
      path: 'fixture-app > rsa'
    });
    expect(rsa.aliases).toContain('CVE-2023-49092');
    expect(items[1]).toMatchObject({ fixedIn: '^0.3.24, >=0.4.2', path: 'fixture-app > hyper > h2' });
    expect(items[3]).toMatchObject({
      id: 'yanked:futures-util@0.3.20',
      url: 'https://crates.io/crates/futures-util/0.3.20',
      path: 'fixture-app > hyper > futures-util'
    });
  });

  test('a database that cannot be fetched is an infrastructure failure', () => {
    const r = parseCargoAudit('', fixture('cargo-audit-db-error.stderr.txt'));
    expect(r).toMatchObject({ ok: false, infrastructure: true });
    if (!r.ok) expect(r.reason).toContain("couldn't fetch advisory database");
  });
});

describe('outdated', () => {
  test('npm outdated --json (captured): current vs wanted vs latest', () => {
    const items = ok(parseNpmOutdated(fixture('npm-outdated.json'), ''));
    expect(items).toEqual([
      { ecosystem: 'npm', package: 'minimist', current: '1.2.5', wanted: '1.2.5', latest: '1.2.8' },
      { ecosystem: 'npm', package: 'optimist-lite', current: '1.0.0', wanted: '1.0.0', latest: '1.1.0' }
    ]);
  });

  test('npm outdated without node_modules takes current from the lockfile', () => {
    const json = JSON.stringify({ minimist: { wanted: '1.2.5', latest: '1.2.8', dependent: 'app' } });
    const items = ok(parseNpmOutdated(json, '', (n) => (n === 'minimist' ? '1.2.5' : undefined)));
    expect(items[0].current).toBe('1.2.5');
    expect(ok(parseNpmOutdated('', ''))).toEqual([]);
  });

  test('pnpm outdated --format json', () => {
    const items = ok(parsePnpmOutdated(fixture('pnpm-outdated.json'), ''));
    expect(items.map((i) => `${i.package} ${i.current}->${i.latest}`)).toEqual([
      'minimist 1.2.5->1.2.8',
      'typescript 5.4.5->5.9.3'
    ]);
  });

  test('cargo update --dry-run text: updates with the newer incompatible release', () => {
    const items = ok(parseCargoUpdate('', fixture('cargo-update-dry-run.stderr.txt'), 0));
    expect(items).toEqual([
      { ecosystem: 'cargo', package: 'futures-util', current: '0.3.20', wanted: '0.3.31', latest: '0.3.31' },
      { ecosystem: 'cargo', package: 'h2', current: '0.3.22', wanted: '0.3.26', latest: '0.4.7' },
      { ecosystem: 'cargo', package: 'hyper', current: '0.14.27', wanted: '0.14.32', latest: '1.5.1' }
    ]);
  });

  test('cargo update --dry-run for a crate of another registry (captured from cargo 1.95 against the simulator)', () => {
    const items = ok(parseCargoUpdate('', fixture('cargo-update-dry-run-alt-registry.stderr.txt'), 0));
    expect(items).toEqual([
      { ecosystem: 'cargo', package: 'sim-lib', current: '0.1.0', wanted: '0.1.3', latest: '0.2.0' }
    ]);
  });

  test('cargo update that cannot reach the index (captured from cargo 1.95 offline) is an infrastructure failure', () => {
    const r = parseCargoUpdate('', fixture('cargo-update-offline.stderr.txt'), 101);
    expect(r).toMatchObject({ ok: false, infrastructure: true });
    if (!r.ok) expect(r.reason).toContain('failed to get `rsa`');
  });
});

describe('version helpers', () => {
  test.each([
    ['>=1.0.0 <1.2.6', '1.2.5', '1.2.6'],
    ['<0.2.4 || >=1.0.0 <1.2.6', '1.2.5', '1.2.6'],
    ['<0.2.4 || >=1.0.0 <1.2.6', '0.1.0', '0.2.4'],
    ['<=2.0.0', undefined, '>2.0.0'],
    ['>=2.0.0', undefined, '']
  ])('fixedFromRange(%s, %s) = %s', (range, installed, expected) => {
    expect(fixedFromRange(range, installed)).toBe(expected);
  });

  test('simplifyPatched', () => {
    expect(simplifyPatched('>=1.2.6')).toBe('1.2.6');
    expect(simplifyPatched('<0.0.0')).toBe('');
    expect(simplifyPatched('>=1.8.4 <1.9.0')).toBe('>=1.8.4 <1.9.0');
  });
});
