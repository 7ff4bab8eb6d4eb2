import type { Ecosystem } from './model.js';

// The purl spec percent-encodes everything but unreserved characters in names and versions; ':' is
// kept in versions by most implementations and packageurl-js, so it is kept here too.
function encode(part: string, keep = ''): string {
  return encodeURIComponent(part)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%3A/g, keep.includes(':') ? ':' : '%3A');
}

/** Normalises a Python project name as PEP 503 and the pypi purl type require. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Builds a package URL.
 * - npm: `@scope/name` becomes namespace `%40scope` (the `@` is percent-encoded, as the purl spec's npm examples
 *   show), lower-cased as the spec requires;
 * - pypi: the name is PEP 503-normalised;
 * - golang: the module path's segments before the last become the namespace;
 * - cargo: the crate name as is.
 */
export function makePurl(
  ecosystem: Ecosystem | 'generic',
  name: string,
  version: string | undefined,
  qualifiers: Record<string, string> = {}
): string {
  let namespace: string[] = [];
  let base = name;
  switch (ecosystem) {
    case 'npm':
      // The purl spec lower-cases npm names (legacy packages such as `JSONStream` keep capitals in the registry).
      base = name.toLowerCase();
      if (name.startsWith('@') && name.includes('/')) {
        const slash = name.indexOf('/');
        namespace = [name.slice(0, slash).toLowerCase()];
        base = name.slice(slash + 1).toLowerCase();
      }
      break;
    case 'pypi':
      base = normalizePypiName(name);
      break;
    case 'golang': {
      const segments = name.split('/');
      base = segments.pop()!;
      namespace = segments;
      break;
    }
    case 'cargo':
    case 'generic':
      break;
  }
  let purl = `pkg:${ecosystem}/`;
  if (namespace.length) purl += namespace.map((s) => encode(s)).join('/') + '/';
  purl += encode(base);
  if (version) purl += '@' + encode(version, ':');
  const keys = Object.keys(qualifiers)
    .filter((k) => qualifiers[k] !== '')
    .sort();
  if (keys.length) purl += '?' + keys.map((k) => `${k}=${encode(qualifiers[k], ':')}`).join('&');
  return purl;
}
