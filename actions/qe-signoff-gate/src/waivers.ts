/**
 * Waivers: `<issue-number or check name> until <YYYY-MM-DD> by <login>: <reason>`, one per line.
 * Parsing is pure; validity (date, the login's write access) is decided by `judgeWaivers`.
 */

export interface Waiver {
  /** The line as written, for the report. */
  line: string;
  /** An issue (`#12` or `12`) or a workflow / check / status / report name. */
  target: { kind: 'issue'; number: number } | { kind: 'check'; name: string };
  /** Last day (UTC) on which the waiver holds, `YYYY-MM-DD`. */
  until: string;
  login: string;
  reason: string;
}

export interface InvalidWaiver {
  line: string;
  why: string;
}

const WAIVER =
  /^(.+?)\s+until\s+(\d{4}-\d{2}-\d{2})\s+by\s+@?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?)\s*:\s*(.*)$/i;

/** True when `YYYY-MM-DD` is a real calendar date. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Parses one waiver line; returns why it is not a waiver otherwise. */
export function parseWaiver(line: string): Waiver | InvalidWaiver {
  const text = line.trim();
  const m = WAIVER.exec(text);
  if (!m) {
    return {
      line: text,
      why: 'not of the form `<issue-number or check name> until <YYYY-MM-DD> by <login>: <reason>`'
    };
  }
  const [, rawTarget, until, login, rawReason] = m;
  if (!isCalendarDate(until)) return { line: text, why: `${until} is not a calendar date (YYYY-MM-DD)` };
  const reason = rawReason.trim();
  if (!reason) return { line: text, why: 'a waiver needs a reason after the colon' };
  const t = rawTarget.trim();
  const issue = /^#?(\d+)$/.exec(t);
  const target: Waiver['target'] = issue
    ? { kind: 'issue', number: Number(issue[1]) }
    : { kind: 'check', name: t };
  return { line: text, target, until, login, reason };
}

/** Splits the `waivers` input into waivers and lines that are not waivers (blank and `#` lines skipped). */
export function parseWaivers(text: string): { waivers: Waiver[]; invalid: InvalidWaiver[] } {
  const waivers: Waiver[] = [];
  const invalid: InvalidWaiver[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('# ') || line === '#') continue;
    const parsed = parseWaiver(line);
    if ('why' in parsed) invalid.push(parsed);
    else waivers.push(parsed);
  }
  return { waivers, invalid };
}

export interface JudgedWaiver extends Waiver {
  valid: boolean;
  /** Why the waiver is ignored, when it is. */
  why?: string;
}

/**
 * Decides which waivers hold: the date has not passed (the waiver holds through its `until` day, UTC)
 * and the login has write access.
 * @param today `YYYY-MM-DD` in UTC.
 * @param canWrite whether a login has write, maintain or admin permission.
 */
export function judgeWaivers(
  waivers: Waiver[],
  today: string,
  canWrite: (login: string) => boolean
): JudgedWaiver[] {
  return waivers.map((w) => {
    if (w.until < today) return { ...w, valid: false, why: `expired on ${w.until}` };
    if (!canWrite(w.login))
      return { ...w, valid: false, why: `${w.login} has no write access to the repository` };
    return { ...w, valid: true };
  });
}

/** Normalises a check or workflow name for matching a waiver or a requirement. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The valid waiver covering an issue, if any. */
export function waiverForIssue(waivers: JudgedWaiver[], number: number): JudgedWaiver | undefined {
  return waivers.find((w) => w.valid && w.target.kind === 'issue' && w.target.number === number);
}

/** The valid waiver covering any of a check's names (workflow name, file name, check or context), if any. */
export function waiverForCheck(waivers: JudgedWaiver[], names: string[]): JudgedWaiver | undefined {
  return waivers.find(
    (w) =>
      w.valid &&
      w.target.kind === 'check' &&
      names.some((n) => sameName(n, (w.target as { name: string }).name))
  );
}
