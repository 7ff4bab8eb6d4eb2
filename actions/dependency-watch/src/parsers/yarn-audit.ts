import type { Finding, ParseResult } from '../findings.js';
import { normaliseSeverity } from '../findings.js';
import {
  firstErrorLine,
  ghsaIn,
  isRecord,
  looksLikeInfrastructure,
  parseJsonLoose,
  parseNdjson,
  str,
  summarisePaths
} from './common.js';
import { findingsFromV6, findingsFromV6Advisory } from './npm-v6-advisories.js';

function failure(text: string, reason: string): ParseResult<Finding> {
  return { ok: false, infrastructure: looksLikeInfrastructure(text), reason: reason.slice(0, 400) };
}

/**
 * Parses the three shapes Yarn prints:
 * - Yarn 1 `yarn audit --json`: NDJSON of `auditAdvisory` lines (one per path) and an `auditSummary`;
 * - Yarn 2/3 `yarn npm audit --json`: the registry's v6 report as one JSON object (`advisories`);
 * - Yarn 4 `yarn npm audit --json`: NDJSON tree lines `{value: <package>, children: {ID, Issue, URL,
 *   Severity, "Vulnerable Versions", "Tree Versions", Dependents}}`.
 * An `error` line or a missing summary means the audit did not complete: a failure, not a report.
 */
export function parseYarnAudit(stdout: string, stderr: string): ParseResult<Finding> {
  const text = `${stdout}\n${stderr}`;
  const whole = parseJsonLoose(stdout);
  if (isRecord(whole) && isRecord(whole.advisories))
    return { ok: true, items: findingsFromV6('yarn', whole.advisories) };

  const lines = parseNdjson(stdout);
  const error = lines.find((l) => l.type === 'error');
  if (error) return failure(`${str(error.data)}\n${text}`, `yarn: ${str(error.data) || 'audit failed'}`);

  // Yarn 1
  const classic = lines.filter((l) => l.type === 'auditAdvisory' && isRecord(l.data));
  if (classic.length || lines.some((l) => l.type === 'auditSummary')) {
    if (!lines.some((l) => l.type === 'auditSummary'))
      return failure(text, 'yarn audit stopped before its summary line');
    const byAdvisory = new Map<string, { advisory: Record<string, unknown>; paths: string[] }>();
    for (const l of classic) {
      const data = l.data as Record<string, unknown>;
      if (!isRecord(data.advisory)) continue;
      const key = str(data.advisory.id) || str(data.advisory.url);
      const entry = byAdvisory.get(key) ?? { advisory: data.advisory, paths: [] };
      if (isRecord(data.resolution)) entry.paths.push(str(data.resolution.path));
      byAdvisory.set(key, entry);
    }
    const items = [...byAdvisory.values()].flatMap(({ advisory, paths }) => {
      // Yarn 1 repeats the advisory per path; its `findings` already list the paths, so only add
      // the resolution paths when the advisory came without them.
      const hasPaths =
        Array.isArray(advisory.findings) &&
        advisory.findings.some((f) => isRecord(f) && Array.isArray(f.paths) && f.paths.length);
      return findingsFromV6Advisory('yarn', advisory, hasPaths ? [] : paths);
    });
    return { ok: true, items };
  }

  // Yarn 4
  const tree = lines.filter((l) => typeof l.value === 'string' && isRecord(l.children));
  if (tree.length) {
    const items: Finding[] = [];
    for (const l of tree) {
      const c = l.children as Record<string, unknown>;
      const url = str(c.URL);
      const ghsa = ghsaIn(url);
      const numeric = str(c.ID);
      const versions = Array.isArray(c['Tree Versions']) ? c['Tree Versions'].map(str) : [''];
      const dependents = Array.isArray(c.Dependents) ? c.Dependents.map(str) : [];
      for (const installed of versions) {
        items.push({
          ecosystem: 'yarn',
          package: str(l.value),
          installed,
          severity: normaliseSeverity(c.Severity),
          kind: 'vulnerability',
          id: ghsa ?? numeric,
          aliases: [ghsa, numeric].filter((x): x is string => !!x),
          url,
          title: str(c.Issue),
          range: str(c['Vulnerable Versions']) || '*',
          fixedIn: '',
          path: summarisePaths(
            dependents.map((d) => `${d.replace(/@(?:workspace|npm):.*$/, '')} > ${str(l.value)}`)
          )
        });
      }
    }
    return { ok: true, items };
  }
  // Yarn 4 prints nothing but an info line when there is nothing to report.
  if (lines.some((l) => l.type === 'info' && /No audit suggestions/i.test(str(l.data))))
    return { ok: true, items: [] };
  if (!stdout.trim() && !stderr.trim()) return failure(text, 'yarn printed nothing');
  return failure(text, firstErrorLine(text, 'yarn printed no audit report'));
}
