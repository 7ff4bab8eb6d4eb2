// The coverage check: every lockfile entry is a component or left out for a stated reason, and a
// lockfile with third-party packages never yields an empty production set — otherwise the step fails.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoverageError, assertCoverage, measureCoverage } from '../../../actions/sbom-attach/src/coverage.js';
import { generateSboms } from '../../../actions/sbom-attach/src/generate.js';
import { newPackage } from '../../../actions/sbom-attach/src/lockfiles/common.js';
import type { LockfileResult } from '../../../actions/sbom-attach/src/model.js';
import { runAction, ROOT } from '../../harness/run-action.js';

const F = path.resolve('test/fixtures/lockfiles');

function result(): LockfileResult {
  const root = newPackage({ ecosystem: 'npm', name: 'app', version: '1.0.0', own: true });
  const a = newPackage({ ecosystem: 'npm', name: 'a', version: '1.0.0' });
  const b = newPackage({ ecosystem: 'npm', name: 'b', version: '2.0.0', dev: true });
  const member = newPackage({ ecosystem: 'npm', name: 'm', version: '0.1.0', own: true });
  root.dependencies = [a.ref, b.ref, member.ref];
  return {
    file: 'package-lock.json',
    kind: 'npm',
    root,
    packages: [a, b, member],
    notes: [],
    entries: [
      { key: 'node_modules/a', ref: a.ref },
      { key: 'node_modules/b', ref: b.ref },
      { key: 'packages/m', ref: member.ref },
      { key: 'node_modules/m', reason: 'link' }
    ]
  };
}

describe('coverage of a lockfile', () => {
  test('counts placed entries and each exclusion with its reason', () => {
    const r = result();
    const [c] = measureCoverage([r], { root: r.root, packages: [r.packages[0], r.packages[2]] }, false);
    expect(c).toEqual({
      file: 'package-lock.json',
      entries: 4,
      placed: 2,
      excluded: { 'dev-only': 1, link: 1 },
      missing: [],
      thirdParty: 1
    });
    expect(() => assertCoverage([r], [c])).not.toThrow();
    // With include-dev the dev-only entry is placed.
    const [all] = measureCoverage([r], { root: r.root, packages: r.packages }, true);
    expect(all).toMatchObject({ placed: 3, excluded: { link: 1 } });
  });

  test('an entry the SBOM lacks, or one the reader placed nowhere, fails naming it and the counts', () => {
    const r = result();
    r.entries.push({ key: 'node_modules/lost' });
    // `a` is not among the SBOM's packages although it is production.
    const coverage = measureCoverage([r], { root: r.root, packages: [r.packages[2]] }, false);
    expect(coverage[0].missing).toEqual(['node_modules/a', 'node_modules/lost']);
    expect(() => assertCoverage([r], coverage)).toThrow(CoverageError);
    expect(() => assertCoverage([r], coverage)).toThrow(
      /package-lock\.json: 2 of 5 entries are not in the SBOM \(placed 1; expected 3\): node_modules\/a; node_modules\/lost/
    );
  });

  test('a non-empty lockfile whose production set is empty fails the generation', async () => {
    const root = path.join(F, 'coverage-empty-production');
    const options = { root, cwd: root, lockfiles: [], artifacts: [], formats: ['cyclonedx-json' as const] };
    await expect(generateSboms({ ...options, includeDev: false })).rejects.toThrow(
      /yarn\.lock: the production set is empty although the lockfile locks 2 third-party packages \(2 entries judged dev-only\)/
    );
    // Asked for, the dev-only packages are described: then the SBOM is not empty.
    const g = await generateSboms({ ...options, includeDev: true });
    expect(g.coverage[0]).toMatchObject({ entries: 2, placed: 2, missing: [], thirdParty: 2 });
  });
});

describe('the step', () => {
  const bundle = path.join(ROOT, 'dist/sbom-attach/index.js');
  const maybe = existsSync(bundle) ? test : test.skip;
  if (!existsSync(bundle))
    console.log(`SKIPPED: ${bundle} is absent (node scripts/build.mjs --only sbom-attach).`);

  maybe(
    'fails, and its summary shows no ✅, when the production set comes out empty',
    async () => {
      const res = await runAction('sbom-attach', {
        cwd: path.join(F, 'coverage-empty-production'),
        inputs: { 'output-dir': mkdtempSync(path.join(os.tmpdir(), 'rk-cov-')) }
      });
      expect(res.code).not.toBe(0);
      expect(res.summary).toContain('❌');
      expect(res.summary).toMatch(/production set is empty/);
      expect(res.summary).not.toContain('✅');
      expect(res.report?.status).toBe('failure');
    },
    60_000
  );
});
