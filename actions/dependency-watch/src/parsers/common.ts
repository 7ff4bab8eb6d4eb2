import semver from 'semver';

/** Parses JSON, tolerating text before the first `{` (tools sometimes print a banner first). */
export function parseJsonLoose(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    const start = trimmed.indexOf('{');
    if (start <= 0) return undefined;
    try {
      return JSON.parse(trimmed.slice(start));
    } catch {
      return undefined;
    }
  }
}

/** Parses newline-delimited JSON; lines that are not JSON objects are skipped. */
export function parseNdjson(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      const v = JSON.parse(t);
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      // a partial line: the rest of the stream decides whether the output is usable
    }
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

// Network and HTTP trouble as tools word it: these make a failure the backend's, not the project's.
const INFRASTRUCTURE =
  /\b(?:E?(?:4(?:0[58]|10|29)|5\d\d))\b|Request failed|responded with \d{3}|rate.?limit|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up|network|timed? ?out|Could not resolve host|couldn't fetch|failed to fetch|failed to download|download of \S+ failed|spurious network|advisory database|Service Unavailable|Bad Gateway|Gateway Time-?out|Method Not Allowed|Invalid response body/i;

/** True when a tool's error text describes an outage or refusal of a remote service. */
export function looksLikeInfrastructure(text: string): boolean {
  return INFRASTRUCTURE.test(text);
}

/** The first meaningful error line of a tool's output, for a one-line reason. */
export function firstErrorLine(text: string, fallback: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const hit = lines.find((l) => /error|ERR_|failed|warn audit/i.test(l)) ?? lines[0];
  return (hit ?? fallback).replace(/^npm (?:error|ERR!|warn)\s*/i, '').slice(0, 300);
}

/**
 * The failure for a tool that printed no report: infrastructure when its output blames the registry
 * or the network, with the first meaningful error line (or `fallback`) as the reason.
 */
export function noReport(
  stdout: string,
  stderr: string,
  fallback: string
): { ok: false; infrastructure: boolean; reason: string } {
  const text = `${stdout}\n${stderr}`;
  return { ok: false, infrastructure: looksLikeInfrastructure(text), reason: firstErrorLine(text, fallback) };
}

/**
 * The first version outside a vulnerable range for the installed version: `>=1.0.0 <1.2.6` → `1.2.6`,
 * `<=2.0.0` → `>2.0.0`. Empty when the range has no upper bound (no fix published).
 */
export function fixedFromRange(range: string, installed?: string): string {
  let parsed: semver.Range;
  try {
    parsed = new semver.Range(range, { loose: true });
  } catch {
    return '';
  }
  const sets = parsed.set.filter(
    (set) => !installed || !semver.valid(installed) || set.every((c) => c.test(installed))
  );
  for (const set of sets.length ? sets : parsed.set) {
    for (const c of set) {
      if (c.operator === '<') return c.semver.version;
      if (c.operator === '<=') return `>${c.semver.version}`;
    }
  }
  return '';
}

/** `>=1.2.6` → `1.2.6`; ranges that say more are kept as they are; `<0.0.0` (npm's "no fix") → ''. */
export function simplifyPatched(range: string): string {
  const r = range.trim();
  if (!r || r === '<0.0.0' || r === '<0.0.0-0') return '';
  const m = /^>=\s*v?(\d+\.\d+\.\d+(?:[-+][\w.-]+)?)$/.exec(r);
  return m ? m[1] : r;
}

/** `.>express>body-parser` or `express>body-parser` → `express > body-parser`. */
export function arrowPath(path: string): string {
  const parts = path
    .split('>')
    .map((p) => p.trim())
    .filter((p) => p && p !== '.');
  return parts.join(' > ');
}

/** One path, and how many more there are. */
export function summarisePaths(paths: string[]): string {
  const unique = [...new Set(paths.filter(Boolean))];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique[0]} (+${unique.length - 1} more)`;
}

/** A GHSA id inside a URL or text, e.g. `https://github.com/advisories/GHSA-xvch-5gv4-984h`. */
export function ghsaIn(text: string): string | undefined {
  return /GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/i.exec(text)?.[0];
}
