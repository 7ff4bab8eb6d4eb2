import type { Ecosystem, Finding } from '../findings.js';
import { normaliseSeverity } from '../findings.js';
import { arrowPath, ghsaIn, isRecord, simplifyPatched, str, summarisePaths } from './common.js';

/**
 * Findings from the npm v6 audit shape (`advisories: {id: {module_name, findings: [{version,
 * paths}], …}}`), which `pnpm audit --json` and Yarn 2/3's `yarn npm audit --json` print, and whose
 * advisory objects Yarn 1 streams one path at a time.
 */
export function findingsFromV6Advisory(
  ecosystem: Ecosystem,
  advisory: Record<string, unknown>,
  extraPaths: string[] = []
): Finding[] {
  const url = str(advisory.url);
  const ghsa = str(advisory.github_advisory_id) || ghsaIn(url);
  const numeric = str(advisory.id);
  const cves = Array.isArray(advisory.cves) ? advisory.cves.map(str).filter(Boolean) : [];
  const range = str(advisory.vulnerable_versions) || '*';
  const base = {
    ecosystem,
    package: str(advisory.module_name),
    severity: normaliseSeverity(advisory.severity),
    kind: 'vulnerability' as const,
    id: ghsa || numeric,
    aliases: [...new Set([ghsa, numeric, ...cves].filter((x): x is string => !!x))],
    url,
    title: str(advisory.title),
    range,
    fixedIn: simplifyPatched(str(advisory.patched_versions))
  };
  const out: Finding[] = [];
  const entries = Array.isArray(advisory.findings) ? advisory.findings.filter(isRecord) : [];
  for (const f of entries) {
    const paths = (Array.isArray(f.paths) ? f.paths.map(str) : []).concat(extraPaths).map(arrowPath);
    out.push({ ...base, installed: str(f.version), path: summarisePaths(paths) || base.package });
  }
  if (!entries.length)
    out.push({ ...base, installed: '', path: summarisePaths(extraPaths.map(arrowPath)) || base.package });
  return out;
}

/** All findings of a v6 `advisories` map. */
export function findingsFromV6(ecosystem: Ecosystem, advisories: Record<string, unknown>): Finding[] {
  return Object.values(advisories)
    .filter(isRecord)
    .flatMap((a) => findingsFromV6Advisory(ecosystem, a));
}
