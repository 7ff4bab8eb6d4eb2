import type { ValidateFunction } from 'ajv';
import { ConfigurationError } from '#core/errors.js';
import { canonicalJson, withFastUniqueItems } from './unique-items.js';

export type SbomFormat = 'spdx-json' | 'cyclonedx-json';

export interface SchemaProblem {
  path: string;
  message: string;
}

/*
 * Why the validators are built this way (a 2,300-component CycloneDX document, 2-core runner):
 * - `uniqueItems` on arrays of objects is checked by ajv with a pairwise deep-equal, O(n²): ~400 ms
 *   for `components` alone. The same rule is checked here in O(n) by canonical JSON (keys sorted, so
 *   equal values in any key order collide, as deep-equal would say).
 * - `code.optimize: false` skips ajv's generated-code optimisation passes and `inlineRefs: false`
 *   compiles each definition once instead of inlining it at every use: compiling CycloneDX 1.6 drops
 *   from ~730 ms to ~300 ms. `validateSchema: false` skips checking the (fixed, official) schemas
 *   against the meta-schema on every run.
 * - The first pass stops at the first error (fast); only a failing document is validated again with
 *   `allErrors` to list every problem.
 */
const cache = new Map<string, ValidateFunction>();

async function build(format: SbomFormat, allErrors: boolean): Promise<ValidateFunction> {
  const key = `${format}:${allErrors}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const formats = (await import('ajv-formats')).default as unknown as (ajv: unknown) => void;
  const options = {
    strict: false,
    allErrors,
    validateSchema: false,
    inlineRefs: false,
    code: { optimize: false }
  };
  const uniqueItems = {
    keyword: 'uniqueItemsFast',
    type: 'array',
    schemaType: 'boolean',
    errors: false,
    validate: (enabled: boolean, data: unknown[]) => {
      if (!enabled) return true;
      const seen = new Set<string>();
      for (const item of data) {
        const c = canonicalJson(item);
        if (seen.has(c)) return false;
        seen.add(c);
      }
      return true;
    }
  };
  let fn: ValidateFunction;
  if (format === 'spdx-json') {
    const Ajv2019 = (await import('ajv/dist/2019.js')).default as any;
    const schema = (await import('./schemas/spdx-2.3.schema.json', { with: { type: 'json' } })).default;
    const ajv = new Ajv2019(options);
    formats(ajv);
    ajv.addKeyword(uniqueItems);
    fn = ajv.compile(withFastUniqueItems(schema));
  } else {
    const Ajv = (await import('ajv')).default as any;
    const { bom16, spdxLicenses, jsf, cryptoDefs } = await import('./schemas/cyclonedx.js');
    // The same options the CycloneDX library's own validator uses; its `idn-email` comes from a
    // package not installed here, and `iri-reference` has no working implementation anywhere.
    const ajv = new Ajv({ ...options, strictSchema: false, useDefaults: false, addUsedSchema: false });
    formats(ajv);
    ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
    ajv.addFormat('iri-reference', true);
    ajv.addKeyword(uniqueItems);
    ajv.addSchema(withFastUniqueItems(spdxLicenses), 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
    ajv.addSchema(withFastUniqueItems(jsf), 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
    ajv.addSchema(
      withFastUniqueItems(cryptoDefs),
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json'
    );
    fn = ajv.compile(withFastUniqueItems(bom16));
  }
  cache.set(key, fn);
  return fn;
}

function describe(e: NonNullable<ValidateFunction['errors']>[number]): SchemaProblem {
  const params = e.params as Record<string, any>;
  let message = e.message ?? 'invalid';
  if (e.keyword === 'uniqueItemsFast') message = 'must NOT have duplicate items';
  if (params && 'allowedValues' in params) message += ` (${params.allowedValues.join(', ')})`;
  if (params && 'additionalProperty' in params) message += ` (${JSON.stringify(params.additionalProperty)})`;
  return { path: e.instancePath || '/', message };
}

/** Validates a document against the official CycloneDX 1.6 or SPDX 2.3 JSON schema; returns the problems (empty when valid). */
export async function validateSbom(format: SbomFormat, document: unknown): Promise<SchemaProblem[]> {
  if ((await build(format, false))(document)) return [];
  const full = await build(format, true);
  full(document);
  const seen = new Set<string>();
  return (full.errors ?? []).map(describe).filter((p) => {
    const k = `${p.path} ${p.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Validates or throws a ConfigurationError listing the schema errors (first 20). */
export async function assertValidSbom(format: SbomFormat, document: unknown, label: string): Promise<void> {
  const problems = await validateSbom(format, document);
  if (!problems.length) return;
  const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  throw new ConfigurationError(
    `${label} is not valid ${format === 'spdx-json' ? 'SPDX 2.3' : 'CycloneDX 1.6'} JSON:\n${shown.join('\n')}`
  );
}
