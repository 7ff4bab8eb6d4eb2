import spdxLicenses from './schemas/cdx-spdx-licenses.schema.json' with { type: 'json' };

// The SPDX license and exception ids, from the list the CycloneDX library ships (bundled once, with
// the schemas, rather than again through the library's SPDX module).
let ids: Map<string, string> | undefined;
function fixupSpdxId(id: string): string | undefined {
  ids ??= new Map((spdxLicenses as { enum: string[] }).enum.map((x) => [x.toLowerCase(), x]));
  return ids.get(id.toLowerCase());
}

const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

/**
 * Turns a declared license into a valid SPDX license expression, or undefined when it is not one
 * (an SBOM must not carry an invalid expression; "left out" is the honest answer). Accepts the
 * legacy Cargo `MIT/Apache-2.0` form and fixes identifier case (`mit` → `MIT`); ids are checked
 * against the SPDX license list the CycloneDX library ships.
 */
export function normalizeLicense(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let source = text.trim();
  if (!source || /^(UNLICENSED|SEE LICENSE IN .*|NOASSERTION|NONE)$/i.test(source)) return undefined;
  if (/^[^\s()]+(\/[^\s()]+)+$/.test(source)) source = source.split('/').join(' OR ');
  const tokens = source.match(/\(|\)|[^\s()]+/g) ?? [];
  const out: string[] = [];
  let i = 0;
  // expression := term ((AND | OR) term)*; term := '(' expression ')' | license ['+'] [WITH exception]
  const term = (): boolean => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t === '(') {
      out.push('(');
      i++;
      if (!expression() || tokens[i] !== ')') return false;
      out.push(')');
      i++;
      return true;
    }
    if (/^(AND|OR|WITH)$/i.test(t) || t === ')') return false;
    const plus = t.endsWith('+') && t.length > 1;
    const id = plus ? t.slice(0, -1) : t;
    const fixed = LICENSE_REF.test(id) ? id : fixupSpdxId(id);
    if (!fixed) return false;
    out.push(fixed + (plus ? '+' : ''));
    i++;
    if (tokens[i] && /^WITH$/i.test(tokens[i])) {
      const exception = tokens[i + 1] ? fixupSpdxId(tokens[i + 1]) : undefined;
      if (!exception) return false;
      out.push('WITH', exception);
      i += 2;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!term()) return false;
    while (tokens[i] && /^(AND|OR)$/i.test(tokens[i])) {
      out.push(tokens[i].toUpperCase());
      i++;
      if (!term()) return false;
    }
    return true;
  };
  if (!expression() || i !== tokens.length) return undefined;
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

/** True when the expression is a single license id (CycloneDX then uses `license.id`, not `expression`). */
export function isSingleLicenseId(expression: string): boolean {
  return !/[\s()]/.test(expression) && !expression.endsWith('+');
}
