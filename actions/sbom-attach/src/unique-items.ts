/** JSON with object keys sorted: equal values (deep-equal, any key order) give equal strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return (
      '{' +
      Object.keys(o)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k]))
        .join(',') +
      '}'
    );
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A copy of a JSON schema with every `uniqueItems: true` replaced by the `uniqueItemsFast` keyword
 * (same rule, linear time). Only schema positions are rewritten: `properties` and other maps of
 * names are walked as maps, so a property that happens to be called `uniqueItems` is left alone.
 */
export function withFastUniqueItems<T>(schema: T): T {
  const walk = (node: unknown, isSchema: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, isSchema));
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (isSchema && k === 'uniqueItems' && v === true) out.uniqueItemsFast = true;
      else if (isSchema && (k === 'enum' || k === 'const' || k === 'examples' || k === 'default')) out[k] = v;
      else if (
        isSchema &&
        (k === 'properties' ||
          k === 'patternProperties' ||
          k === 'definitions' ||
          k === '$defs' ||
          k === 'dependentSchemas')
      ) {
        out[k] = Object.fromEntries(
          Object.entries((v as Record<string, unknown>) ?? {}).map(([name, s]) => [name, walk(s, true)])
        );
      } else out[k] = walk(v, isSchema);
    }
    return out;
  };
  return walk(schema, true) as T;
}
