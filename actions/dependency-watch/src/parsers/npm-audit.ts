import semver from 'semver';
import type { Finding, ParseResult } from '../findings.js';
import { normaliseSeverity } from '../findings.js';
import {
  fixedFromRange,
  ghsaIn,
  isRecord,
  looksLikeInfrastructure,
  noReport,
  parseJsonLoose,
  str
} from './common.js';

/** Resolves a package-lock location (`node_modules/a/node_modules/b`) to its version. */
export type LockVersionLookup = (location: string) => string | undefined;

// npm's own error codes for a registry it could not reach or that refused the request.
const NETWORK_CODES =
  /^(?:E\d{3}|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ERR_SOCKET_TIMEOUT|EPROTO|ECONNABORTED)$/;

/** `node_modules/a/node_modules/@s/b` → `a > @s/b`. */
export function locationToPath(location: string): string {
  return location
    .split(/(?:^|\/)node_modules\//)
    .filter(Boolean)
    .join(' > ');
}

/**
 * Parses `npm audit --json` (auditReportVersion 2, npm 7+). A failed advisory request is not a
 * report: npm prints `{statusCode, message, uri, …}` (or `{error: {code, summary}}`) instead, which
 * becomes a failure, infrastructure when the registry or the network is to blame.
 */
export function parseNpmAudit(
  stdout: string,
  stderr: string,
  lockVersion: LockVersionLookup = () => undefined
): ParseResult<Finding> {
  const json = parseJsonLoose(stdout);
  if (!isRecord(json)) {
    return noReport(stdout, stderr, 'npm audit printed no JSON report');
  }
  if (typeof json.statusCode === 'number') {
    const where = str(json.method) && str(json.uri) ? ` (${str(json.method)} ${str(json.uri)})` : '';
    return {
      ok: false,
      infrastructure: true,
      reason: `the registry's advisory endpoint answered HTTP ${json.statusCode}${where}`
    };
  }
  if (isRecord(json.error) && !isRecord(json.vulnerabilities)) {
    const code = str(json.error.code);
    // A body cut short comes back with an empty summary and the cause in the top-level message.
    const summary =
      str(json.error.summary) || str(json.error.message) || str(json.message) || 'npm audit failed';
    const infrastructure = NETWORK_CODES.test(code) || looksLikeInfrastructure(summary);
    return {
      ok: false,
      infrastructure,
      reason: code ? `${code}: ${summary.split('\n')[0]}` : summary.split('\n')[0]
    };
  }
  if (json.auditReportVersion !== 2 || !isRecord(json.vulnerabilities)) {
    return {
      ok: false,
      infrastructure: false,
      reason: 'npm audit printed JSON that is not an audit report (auditReportVersion 2 expected)'
    };
  }
  const findings: Finding[] = [];
  for (const [name, vuln] of Object.entries(json.vulnerabilities)) {
    if (!isRecord(vuln)) continue;
    const nodes = Array.isArray(vuln.nodes) ? vuln.nodes.map(str).filter(Boolean) : [];
    const fix =
      isRecord(vuln.fixAvailable) && str(vuln.fixAvailable.name) === name
        ? str(vuln.fixAvailable.version)
        : '';
    for (const via of Array.isArray(vuln.via) ? vuln.via : []) {
      // String entries name another vulnerable package this one depends on: that package has its
      // own entry with the advisory, so only advisory objects become findings.
      if (!isRecord(via)) continue;
      const range = str(via.range) || '*';
      const url = str(via.url);
      const ghsa = ghsaIn(url);
      const numeric = str(via.source);
      const base = {
        ecosystem: 'npm' as const,
        package: name,
        severity: normaliseSeverity(via.severity ?? vuln.severity),
        kind: 'vulnerability' as const,
        id: ghsa ?? numeric,
        aliases: [ghsa, numeric].filter((x): x is string => !!x),
        url,
        title: str(via.title),
        range
      };
      const byVersion = new Map<string, string[]>();
      for (const node of nodes) {
        const version = lockVersion(node) ?? '';
        if (
          version &&
          semver.valid(version) &&
          !semver.satisfies(version, range, { includePrerelease: true, loose: true })
        )
          continue;
        byVersion.set(version, [...(byVersion.get(version) ?? []), locationToPath(node)]);
      }
      if (byVersion.size === 0 && nodes.length === 0) byVersion.set('', []);
      for (const [version, paths] of byVersion) {
        const unique = [...new Set(paths)];
        findings.push({
          ...base,
          installed: version || str(vuln.range),
          fixedIn: fixedFromRange(range, version) || fix,
          path: unique.length > 1 ? `${unique[0]} (+${unique.length - 1} more)` : (unique[0] ?? name)
        });
      }
    }
  }
  return { ok: true, items: findings };
}
