import type { ValidateFunction } from 'ajv';
import { ConfigurationError } from '../../../packages/core/src/errors.js';

export type SbomFormat = 'spdx-json' | 'cyclonedx-json';

export interface SchemaProblem {
  path: string;
  message: string;
}

const cache = new Map<string, ValidateFunction>();

// `code.optimize: false` skips ajv's generated-code optimisation passes: compiling the CycloneDX 1.6
// schema drops from ~730 ms to ~290 ms here, while validating an SBOM stays a few milliseconds.

/** Compiles (once) the official schema for a format; loaded lazily: ajv and the schemas are big. */
async function validator(format: SbomFormat): Promise<ValidateFunction> {
  const hit = cache.get(format);
  if (hit) return hit;
  const formats = (await import('ajv-formats')).default as unknown as (ajv: unknown) => void;
  let fn: ValidateFunction;
  if (format === 'spdx-json') {
    const Ajv2019 = (await import('ajv/dist/2019.js')).default as any;
    const schema = (await import('./schemas/spdx-2.3.schema.json', { with: { type: 'json' } })).default;
    const ajv = new Ajv2019({ strict: false, allErrors: true, code: { optimize: false } });
    formats(ajv);
    fn = ajv.compile(schema);
  } else {
    const Ajv = (await import('ajv')).default as any;
    const { bom16, spdxLicenses, jsf, cryptoDefs } = await import('./schemas/cyclonedx.js');
    // The same options the CycloneDX library's own validator uses; its `idn-email` comes from a
    // package not installed here, and `iri-reference` has no working implementation anywhere.
    const ajv = new Ajv({ strict: false, strictSchema: false, useDefaults: false, addUsedSchema: false, allErrors: true, code: { optimize: false } });
    formats(ajv);
    ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
    ajv.addFormat('iri-reference', true);
    ajv.addSchema(spdxLicenses, 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json');
    ajv.addSchema(jsf, 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json');
    ajv.addSchema(cryptoDefs, 'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json');
    fn = ajv.compile(bom16);
  }
  cache.set(format, fn);
  return fn;
}

/** Validates a document against the official CycloneDX 1.6 or SPDX 2.3 JSON schema; returns the problems (empty when valid). */
export async function validateSbom(format: SbomFormat, document: unknown): Promise<SchemaProblem[]> {
  const fn = await validator(format);
  if (fn(document)) return [];
  return (fn.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: `${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params as any).allowedValues.join(', ')})` : ''}` }));
}

/** Validates or throws a ConfigurationError listing the schema errors (first 20). */
export async function assertValidSbom(format: SbomFormat, document: unknown, label: string): Promise<void> {
  const problems = await validateSbom(format, document);
  if (!problems.length) return;
  const shown = problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  throw new ConfigurationError(`${label} is not valid ${format === 'spdx-json' ? 'SPDX 2.3' : 'CycloneDX 1.6'} JSON:\n${shown.join('\n')}`);
}
