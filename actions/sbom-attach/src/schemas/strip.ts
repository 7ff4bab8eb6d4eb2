// Keys in schema positions that only document: dropping them leaves validation unchanged and makes
// the bundled CycloneDX schemas a quarter of their size.
const DOCUMENTATION = new Set([
  'description',
  'title',
  'examples',
  'meta:enum',
  '$comment',
  'deprecated_description'
]);
// Keys whose value is a map of names to schemas: the names are data, not keywords.
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
// Keys whose value is data, walked no further.
const DATA = new Set(['enum', 'const', 'default', 'required']);

/**
 * A JSON schema without its documentation keywords. Walks schema positions only, so a property
 * that happens to be called `description` is kept. Used to produce the bundled copies of the
 * CycloneDX library's schemas (a test checks they are up to date).
 */
export function stripDocumentation<T>(schema: T): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (DOCUMENTATION.has(k)) continue;
      if (DATA.has(k)) out[k] = v;
      else if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
        out[k] = Object.fromEntries(
          Object.entries(v as Record<string, unknown>).map(([name, s]) => [name, walk(s)])
        );
      } else out[k] = walk(v);
    }
    return out;
  };
  return walk(schema) as T;
}
