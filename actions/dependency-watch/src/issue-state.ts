import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Ecosystem, Finding, FindingKind, Severity } from './findings.js';

/**
 * The findings an issue body reports, kept in the body itself as a hidden comment so the next run can
 * tell what is new and what is resolved, and can keep findings of an audit that could not run. The
 * rendered table is for people; this is for the action.
 */
const PREFIX = '<!-- dependency-watch-state:v1:';
const SUFFIX = ' -->';

type Row = [Ecosystem, string, string, Severity, FindingKind, string, string, string, string, string, string];

// Past this size only the identifying fields are kept, so the state never crowds the table out of
// GitHub's body limit.
const FULL_STATE_BUDGET = 16_000;
const MIN_STATE_BUDGET = 24_000;

function encode(rows: unknown[]): string {
  return deflateRawSync(Buffer.from(JSON.stringify(rows))).toString('base64');
}

/** The hidden state comment for a set of findings ('' when even the short form is too large). */
export function encodeState(findings: Finding[]): string {
  const full: Row[] = findings.map((f) => [
    f.ecosystem,
    f.package,
    f.installed,
    f.severity,
    f.kind,
    f.id,
    f.url,
    f.title,
    f.range,
    f.fixedIn,
    f.path
  ]);
  let text = encode(full);
  if (text.length > FULL_STATE_BUDGET) text = encode(full.map((r) => r.slice(0, 6)));
  if (text.length > MIN_STATE_BUDGET) return '';
  return `${PREFIX}${text}${SUFFIX}`;
}

/** The findings stored in a body, or undefined when it has no (readable) state. */
export function decodeState(body: string | null | undefined): Finding[] | undefined {
  if (!body) return undefined;
  const start = body.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  if (end < 0) return undefined;
  try {
    const rows = JSON.parse(
      inflateRawSync(Buffer.from(body.slice(start + PREFIX.length, end), 'base64')).toString('utf8')
    ) as string[][];
    if (!Array.isArray(rows)) return undefined;
    return rows.map((r) => ({
      ecosystem: r[0] as Ecosystem,
      package: r[1],
      installed: r[2],
      severity: r[3] as Severity,
      kind: r[4] as FindingKind,
      id: r[5],
      aliases: [r[5]],
      url: r[6] ?? '',
      title: r[7] ?? '',
      range: r[8] ?? '',
      fixedIn: r[9] ?? '',
      path: r[10] ?? ''
    }));
  } catch {
    return undefined;
  }
}

/** The body without its state comment, for comparing what people see. */
export function stripState(body: string): string {
  const start = body.indexOf(PREFIX);
  if (start < 0) return body;
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  return end < 0 ? body : body.slice(0, start) + body.slice(end + SUFFIX.length);
}
