/** The package ecosystems the action audits, each detected from its lockfile. */
export const ECOSYSTEMS = ['npm', 'pnpm', 'yarn', 'cargo'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

export const CHECKS = ['audit', 'outdated'] as const;
export type Check = (typeof CHECKS)[number];

/** Threshold values of the `severity-threshold` input, lowest first. */
export const THRESHOLDS = ['low', 'moderate', 'high', 'critical'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

/**
 * A finding's severity. `unknown` is an advisory without a usable score (many RustSec advisories
 * have no CVSS, and unmaintained/yanked warnings have none): it is never hidden by the threshold,
 * because not knowing how bad something is is not a reason to stay silent about it.
 */
export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical' | 'unknown';

const RANK: Record<Severity, number> = { info: 0, low: 1, moderate: 2, high: 3, unknown: 3.5, critical: 4 };

/** True when a finding of `severity` counts at `threshold`. */
export function meetsThreshold(severity: Severity, threshold: Threshold): boolean {
  return severity === 'unknown' || RANK[severity] >= RANK[threshold];
}

/** Maps the many spellings (npm's `moderate`, RustSec's/GitHub's `medium`, `CRITICAL`) to ours. */
export function normaliseSeverity(value: unknown): Severity {
  const s = String(value ?? '').toLowerCase();
  if (s === 'medium') return 'moderate';
  if (s === 'none') return 'info';
  return s in RANK ? (s as Severity) : 'unknown';
}

export type FindingKind = 'vulnerability' | 'unmaintained' | 'yanked' | 'unsound' | 'notice';

/** One advisory affecting one installed version of one package. */
export interface Finding {
  ecosystem: Ecosystem;
  package: string;
  installed: string;
  severity: Severity;
  kind: FindingKind;
  /** The advisory id as the tool reports it: GHSA id, npm's numeric id, RUSTSEC id. */
  id: string;
  /** Other ids of the same advisory (CVE, GHSA, npm numeric id), used to match `ignore` lines. */
  aliases: string[];
  url: string;
  title: string;
  /** The vulnerable range. */
  range: string;
  /** The first fixed version or the patched ranges; empty when there is none. */
  fixedIn: string;
  /** How the package is reached, e.g. `express > body-parser > qs`. */
  path: string;
}

export interface OutdatedPackage {
  ecosystem: Ecosystem;
  package: string;
  current: string;
  /** The newest version the manifest's range allows (what an update would install). */
  wanted: string;
  latest: string;
}

/** What a parser made of a tool's output. */
export type ParseResult<T> =
  { ok: true; items: T[] } | { ok: false; infrastructure: boolean; reason: string };

export type CheckStatus = 'ok' | 'skipped' | 'failed';

/** The outcome of one check (audit or outdated) for one ecosystem. */
export interface CheckResult {
  ecosystem: Ecosystem;
  check: Check;
  status: CheckStatus;
  /** The command as it was run (for the report), e.g. `npm audit --json`. */
  command: string;
  /** Why it was skipped or failed. */
  reason?: string;
  /** How to install an absent tool. */
  advice?: string;
  /** A failure of something outside the project: an advisory endpoint, a database fetch, a network. */
  infrastructure?: boolean;
  findings: Finding[];
  outdated: OutdatedPackage[];
}

/** Identity of a finding across runs: what "new" and "resolved" are computed on. */
export function findingKey(f: Pick<Finding, 'ecosystem' | 'package' | 'installed' | 'id'>): string {
  return `${f.ecosystem}|${f.package}|${f.installed}|${f.id}`;
}

/** Most severe first, then by ecosystem, package, version and id, so the order never flaps. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    a.ecosystem.localeCompare(b.ecosystem) ||
    a.package.localeCompare(b.package) ||
    a.installed.localeCompare(b.installed) ||
    a.id.localeCompare(b.id)
  );
}

export function compareOutdated(a: OutdatedPackage, b: OutdatedPackage): number {
  return (
    a.ecosystem.localeCompare(b.ecosystem) ||
    a.package.localeCompare(b.package) ||
    a.current.localeCompare(b.current)
  );
}
