import { cvss3BaseScore, severityOfScore } from '../cvss.js';
import type { Finding, FindingKind, ParseResult, Severity } from '../findings.js';
import {
  firstErrorLine,
  isRecord,
  looksLikeInfrastructure,
  parseJsonLoose,
  simplifyPatched,
  str
} from './common.js';

/** Dependency path of a crate in Cargo.lock, e.g. `my-app > hyper > h2`. */
export type CratePathLookup = (name: string, version: string) => string | undefined;

function severityOf(advisory: Record<string, unknown> | undefined): Severity {
  const vector = str(advisory?.cvss);
  const score = vector ? cvss3BaseScore(vector) : undefined;
  return score === undefined ? 'unknown' : severityOfScore(score);
}

function patchedOf(versions: unknown): { patched: string[]; unaffected: string[] } {
  const v = isRecord(versions) ? versions : {};
  const list = (x: unknown) => (Array.isArray(x) ? x.map(str).filter(Boolean) : []);
  return { patched: list(v.patched), unaffected: list(v.unaffected) };
}

function toFinding(
  kind: FindingKind,
  entry: Record<string, unknown>,
  paths: CratePathLookup
): Finding | undefined {
  const pkg = isRecord(entry.package) ? entry.package : undefined;
  if (!pkg) return undefined;
  const name = str(pkg.name);
  const version = str(pkg.version);
  const advisory = isRecord(entry.advisory) ? entry.advisory : undefined;
  const { patched, unaffected } = patchedOf(entry.versions);
  const id = advisory ? str(advisory.id) : `yanked:${name}@${version}`;
  const safe = [...patched, ...unaffected];
  return {
    ecosystem: 'cargo',
    package: name,
    installed: version,
    severity: severityOf(advisory),
    kind,
    id,
    aliases: advisory && Array.isArray(advisory.aliases) ? [id, ...advisory.aliases.map(str)] : [id],
    url: advisory
      ? str(advisory.url) || `https://rustsec.org/advisories/${id}.html`
      : `https://crates.io/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`,
    title: advisory ? str(advisory.title) : `${name} ${version} is yanked from its registry`,
    range: kind === 'yanked' ? `=${version}` : safe.length ? `all but ${safe.join(', ')}` : '*',
    fixedIn: patched.length === 1 ? simplifyPatched(patched[0]) : patched.join(', '),
    path: paths(name, version) ?? name
  };
}

/**
 * Parses `cargo audit --json` (rustsec's report: `vulnerabilities.list[]` and `warnings.{unmaintained,
 * unsound, yanked, notice}[]`). Warnings count as findings, as the runbook counts "Rust advisory
 * warnings". No JSON on stdout means cargo-audit stopped early, typically because it could not fetch
 * the advisory database: an infrastructure failure.
 */
export function parseCargoAudit(
  stdout: string,
  stderr: string,
  paths: CratePathLookup = () => undefined
): ParseResult<Finding> {
  const json = parseJsonLoose(stdout);
  if (!isRecord(json) || !isRecord(json.vulnerabilities)) {
    const text = `${stdout}\n${stderr}`;
    return {
      ok: false,
      infrastructure: looksLikeInfrastructure(text),
      reason: firstErrorLine(stderr || stdout, 'cargo audit printed no JSON report')
    };
  }
  const items: Finding[] = [];
  const list = Array.isArray(json.vulnerabilities.list) ? json.vulnerabilities.list : [];
  for (const v of list)
    if (isRecord(v)) items.push(...[toFinding('vulnerability', v, paths)].filter((x): x is Finding => !!x));
  if (isRecord(json.warnings)) {
    for (const [kind, entries] of Object.entries(json.warnings)) {
      if (!Array.isArray(entries)) continue;
      const k: FindingKind =
        kind === 'unmaintained' || kind === 'yanked' || kind === 'unsound' ? kind : 'notice';
      for (const e of entries)
        if (isRecord(e)) items.push(...[toFinding(k, e, paths)].filter((x): x is Finding => !!x));
    }
  }
  return { ok: true, items };
}
