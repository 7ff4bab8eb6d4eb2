import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ECOSYSTEMS, type Ecosystem, type Finding, type FindingKind, type Severity } from './findings.js';

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

// The state is written by this action and read back from an issue anyone with triage rights (or, before
// identity checks, anyone) could have edited: it is parsed with limits and every row is checked.
/** Characters of encoded state read at most (a real one stays under MIN_STATE_BUDGET). */
const MAX_ENCODED = 64_000;
/** Bytes the state may inflate to (a deflate bomb stops here). */
const MAX_INFLATED = 2_000_000;
/** Characters one field may hold. */
const MAX_FIELD = 2_000;
const ECOSYSTEM_SET = new Set<string>(ECOSYSTEMS);
const SEVERITIES = new Set<string>(['info', 'low', 'moderate', 'high', 'critical', 'unknown']);
const KINDS = new Set<string>(['vulnerability', 'unmaintained', 'yanked', 'unsound', 'notice']);

/** What is wrong with one row of the state, or undefined when it is a finding this action could have written. */
function rowProblem(r: unknown): string | undefined {
  if (!Array.isArray(r)) return 'not a list';
  if (r.length < 6 || r.length > 11) return `${r.length} fields, expected 6 to 11`;
  if (!r.every((f) => typeof f === 'string' && f.length <= MAX_FIELD))
    return `fields must be text of at most ${MAX_FIELD} characters`;
  if (!ECOSYSTEM_SET.has(r[0])) return `unknown ecosystem ${JSON.stringify(r[0].slice(0, 40))}`;
  if (r[1] === '' || r[5] === '') return 'no package or advisory id';
  if (!SEVERITIES.has(r[3])) return `unknown severity ${JSON.stringify(r[3].slice(0, 40))}`;
  if (!KINDS.has(r[4])) return `unknown kind ${JSON.stringify(r[4].slice(0, 40))}`;
  return undefined;
}

/**
 * The findings stored in a body, or undefined when it has none or none that can be trusted: a state
 * too large, not decodable, or with any row that this action could not have written is discarded as a
 * whole (`onProblem` says why) and rebuilt from this run's findings; it never fails the run.
 */
export function decodeState(
  body: string | null | undefined,
  onProblem?: (why: string) => void
): Finding[] | undefined {
  if (!body) return undefined;
  const start = body.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  if (end < 0) return undefined;
  const bad = (why: string): undefined => {
    onProblem?.(why);
    return undefined;
  };
  const encoded = body.slice(start + PREFIX.length, end);
  if (encoded.length > MAX_ENCODED)
    return bad(`the state is ${encoded.length} characters, more than the ${MAX_ENCODED} this action writes`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return bad('the state is not base64');
  let rows: unknown;
  try {
    rows = JSON.parse(
      inflateRawSync(Buffer.from(encoded, 'base64'), { maxOutputLength: MAX_INFLATED }).toString('utf8')
    );
  } catch (e) {
    return bad(`the state does not decode (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(rows)) return bad('the state is not a list of findings');
  for (const [i, r] of rows.entries()) {
    const why = rowProblem(r);
    if (why) return bad(`row ${i + 1} of the state is not a finding: ${why}`);
  }
  return (rows as string[][]).map((r) => ({
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
}

/** The body without its state comment, for comparing what people see. */
export function stripState(body: string): string {
  const start = body.indexOf(PREFIX);
  if (start < 0) return body;
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  return end < 0 ? body : body.slice(0, start) + body.slice(end + SUFFIX.length);
}
