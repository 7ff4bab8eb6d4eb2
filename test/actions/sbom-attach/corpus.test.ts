// sbom-attach on the shared corpus of real lockfiles (../shared/corpus/lockfiles, origins in its
// SOURCES.md): each SBOM is checked against the official schemas and against an independent reading of
// the lockfile (corpus-expect.ts) — the component set and purls, each third-party purl once, every
// lockfile hash carried, the dev/prod split and the edges. Skipped, saying so, where the corpus is absent.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { generateSboms } from '../../../actions/sbom-attach/src/generate.js';
import { validateSbom } from '../../../actions/sbom-attach/src/validate.js';
import { expectedReading, type Expected } from './corpus-expect.js';

const CORPUS = path.resolve('../shared/corpus/lockfiles');
const present = existsSync(CORPUS);
const dirs = present
  ? readdirSync(CORPUS).filter((d) => existsSync(path.join(CORPUS, d)) && !d.includes('.'))
  : [];
if (!present)
  console.log(
    `SKIPPED: the shared corpus ${CORPUS} is absent (it exists only beside the development checkout).`
  );

const figures: string[][] = [];
afterAll(() => {
  if (figures.length)
    console.log(
      [
        'lockfile | entries | packages locked | components written | production | ms',
        ...figures.map((f) => f.join(' | '))
      ].join('\n')
    );
});

/** A component's comparison key: its purl, plus its directory for a project component. */
function keyOf(c: any): string {
  const p = (c.properties ?? []).find((x: any) => x.name === 'release-kit:path');
  return p ? `${c.purl}@@${p.value}` : c.purl;
}

function diff(label: string, actual: Iterable<string>, expected: Iterable<string>): string[] {
  const a = new Set(actual);
  const e = new Set(expected);
  const extra = [...a].filter((x) => !e.has(x));
  const missing = [...e].filter((x) => !a.has(x));
  return [
    ...(missing.length
      ? [`${label}: ${missing.length} missing, e.g. ${missing.slice(0, 5).join(', ')}`]
      : []),
    ...(extra.length ? [`${label}: ${extra.length} unexpected, e.g. ${extra.slice(0, 5).join(', ')}`] : [])
  ];
}

async function generate(dir: string, includeDev: boolean) {
  const root = path.join(CORPUS, dir);
  // The default (production) run is timed and compared through its CycloneDX document only.
  const formats: ('cyclonedx-json' | 'spdx-json')[] = includeDev
    ? ['cyclonedx-json', 'spdx-json']
    : ['cyclonedx-json'];
  return generateSboms({
    root,
    cwd: root,
    lockfiles: [],
    artifacts: [],
    formats,
    includeDev
  });
}

(present ? describe : describe.skip)('the shared corpus of real lockfiles', () => {
  test('holds the 13 lockfiles SOURCES.md lists', () => {
    expect(dirs).toHaveLength(13);
  });

  test.each(dirs)(
    '%s: valid, complete and as the lockfile says',
    async (dir) => {
      const expected: Expected = expectedReading(path.join(CORPUS, dir));
      const problems: string[] = [];

      // Everything, dev included: scope `excluded` marks the dev-only components.
      const all = await generate(dir, true);
      const cdx = JSON.parse(all.documents[0].content);
      const spdx = JSON.parse(all.documents[1].content);
      for (const [format, doc] of [
        ['cyclonedx-json', cdx],
        ['spdx-json', spdx]
      ] as const) {
        const errors = await validateSbom(format, doc);
        if (errors.length) problems.push(`${format} invalid: ${errors.slice(0, 3).join('; ')}`);
      }
      const components: any[] = cdx.components ?? [];
      const byKey = new Map(components.map((c) => [keyOf(c), c]));
      problems.push(...diff('components', byKey.keys(), expected.components.keys()));
      if (byKey.size !== components.length) problems.push('a component key is listed twice');
      const thirdParty = components.filter(
        (c) => !(c.properties ?? []).some((p: any) => p.name === 'release-kit:path')
      );
      const purls = thirdParty.map((c) => c.purl);
      if (new Set(purls).size !== purls.length) problems.push('a third-party purl is listed twice');
      if (spdx.packages.length !== components.length + 1)
        problems.push('SPDX and CycloneDX list different packages');

      for (const [key, e] of expected.components) {
        const c = byKey.get(key);
        if (!c) continue;
        const carried = new Set([
          ...(c.hashes ?? []).map((h: any) => `${h.alg}:${h.content}`),
          ...(c.properties ?? [])
            .filter((p: any) => p.name === 'release-kit:file-hash')
            .map((p: any) => p.value.replace(/^sha256:/, 'SHA-256:'))
        ]);
        const lost = e.hashes.filter((h) => !carried.has(h));
        if (lost.length) problems.push(`${key}: lockfile hashes not carried: ${lost.join(', ')}`);
        if ((c.scope === 'excluded') !== e.dev)
          problems.push(`${key}: ${e.dev ? 'dev-only' : 'production'} expected`);
      }

      // Edges between components (the root's are the manifest's, compared through the dev/prod split).
      const refToKey = new Map(components.map((c) => [c['bom-ref'], keyOf(c)]));
      const edges = new Map<string, string[]>();
      for (const d of cdx.dependencies ?? [])
        if (refToKey.has(d.ref) && d.dependsOn?.length)
          edges.set(
            refToKey.get(d.ref)!,
            d.dependsOn.map((r: string) => refToKey.get(r) ?? r)
          );
      let edgeCount = 0;
      for (const key of new Set([...edges.keys(), ...expected.edges.keys()])) {
        const want = expected.edges.get(key) ?? new Set<string>();
        edgeCount += want.size;
        const d = diff(`edges of ${key}`, edges.get(key) ?? [], want);
        if (d.length) problems.push(...d);
      }

      // The default SBOM: production only, every lockfile entry accounted for.
      const started = process.hrtime.bigint();
      const prod = await generate(dir, false);
      const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
      const prodKeys = JSON.parse(prod.documents[0].content).components?.map(keyOf) ?? [];
      problems.push(
        ...diff(
          'production set',
          prodKeys,
          [...expected.components.values()].filter((c) => !c.dev).map((c) => c.key)
        )
      );
      const cov = prod.coverage[0];
      if (cov.entries !== expected.entries)
        problems.push(`coverage counts ${cov.entries} entries, the lockfile holds ${expected.entries}`);
      figures.push([
        dir,
        String(expected.entries),
        String([...expected.components.values()].filter((c) => !c.own).length),
        String(prodKeys.length),
        String([...expected.components.values()].filter((c) => !c.dev && !c.own).length),
        String(ms)
      ]);
      expect(problems.slice(0, 40)).toEqual([]);
      expect(expected.components.size).toBeGreaterThan(0);
      expect(edgeCount + (dir.startsWith('go-') || dir.startsWith('requirements-') ? 1 : 0)).toBeGreaterThan(
        0
      );
    },
    60_000
  );
});
