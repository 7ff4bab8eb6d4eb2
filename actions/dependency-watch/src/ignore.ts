import type { Finding } from './findings.js';

/** One `ignore` line: `<advisory id> until <YYYY-MM-DD>: <reason>`. */
export interface IgnoreRule {
  id: string;
  /** The last day (UTC) the ignore holds, as written. */
  until: string;
  reason: string;
}

const LINE = /^(\S+)\s+until\s+(\d{4}-\d{2}-\d{2})\s*:\s*(.*\S)\s*$/i;

/** Parses the `ignore` lines; each bad line becomes a problem naming it and the accepted form. */
export function parseIgnoreLines(lines: string[]): { rules: IgnoreRule[]; problems: string[] } {
  const rules: IgnoreRule[] = [];
  const problems: string[] = [];
  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) {
      problems.push(
        `${JSON.stringify(line)} is not an ignore line; use "<advisory id> until <YYYY-MM-DD>: <reason>", such as "GHSA-xvch-5gv4-984h until 2026-03-31: no user input reaches minimist".`
      );
      continue;
    }
    const [, id, until, reason] = m;
    const date = new Date(`${until}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== until) {
      problems.push(`${JSON.stringify(line)} has ${until}, which is not a calendar date (YYYY-MM-DD).`);
      continue;
    }
    rules.push({ id, until, reason });
  }
  return { rules, problems };
}

/** True while the ignore holds: through the whole of its `until` day, in UTC. */
export function isActive(rule: IgnoreRule, now: Date): boolean {
  return now.toISOString().slice(0, 10) <= rule.until;
}

function matches(rule: IgnoreRule, f: Finding): boolean {
  const id = rule.id.toLowerCase();
  return f.id.toLowerCase() === id || f.aliases.some((a) => a.toLowerCase() === id);
}

export interface IgnoreOutcome {
  /** Findings that count: never ignored, or ignored by an expired line. */
  counted: Finding[];
  /** Findings an active ignore hides, with the rule. */
  ignored: { finding: Finding; rule: IgnoreRule }[];
  /** Findings whose ignore has expired: counted again and named in the issue. */
  expired: { finding: Finding; rule: IgnoreRule }[];
  /** Lines that matched nothing this run (stale, or a typo). */
  unused: IgnoreRule[];
}

/** Applies the ignore lines to the findings as of `now`. */
export function applyIgnores(findings: Finding[], rules: IgnoreRule[], now: Date): IgnoreOutcome {
  const out: IgnoreOutcome = { counted: [], ignored: [], expired: [], unused: [] };
  const used = new Set<IgnoreRule>();
  for (const f of findings) {
    const hits = rules.filter((r) => matches(r, f));
    hits.forEach((r) => used.add(r));
    const active = hits.find((r) => isActive(r, now));
    if (active) {
      out.ignored.push({ finding: f, rule: active });
      continue;
    }
    out.counted.push(f);
    if (hits.length) out.expired.push({ finding: f, rule: hits[0] });
  }
  out.unused = rules.filter((r) => !used.has(r));
  return out;
}
