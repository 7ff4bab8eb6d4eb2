import type { OutdatedPackage, ParseResult } from '../findings.js';
import { isRecord, looksLikeInfrastructure, noReport, parseJsonLoose, str } from './common.js';

/**
 * Parses `npm outdated --json`: `{name: {current, wanted, latest, dependent, location}}`, or an array
 * per name when it is installed in several places. Without `node_modules` npm leaves `current` out;
 * `lockVersion` supplies it from the lockfile so a lockfile-only checkout is still compared.
 */
export function parseNpmOutdated(
  stdout: string,
  stderr: string,
  lockVersion: (name: string) => string | undefined = () => undefined
): ParseResult<OutdatedPackage> {
  if (!stdout.trim()) return { ok: true, items: [] };
  const json = parseJsonLoose(stdout);
  if (!isRecord(json)) {
    return noReport(stdout, stderr, 'npm outdated printed no JSON');
  }
  if (isRecord(json.error)) {
    const summary = str(json.error.summary) || str(json.error.message);
    return {
      ok: false,
      infrastructure: looksLikeInfrastructure(`${str(json.error.code)} ${summary}`),
      reason: `${str(json.error.code)}: ${summary.split('\n')[0]}`
    };
  }
  const items: OutdatedPackage[] = [];
  for (const [name, value] of Object.entries(json)) {
    for (const e of Array.isArray(value) ? value : [value]) {
      if (!isRecord(e)) continue;
      const current = str(e.current) || lockVersion(name) || 'missing';
      const latest = str(e.latest);
      if (current === latest) continue;
      items.push({ ecosystem: 'npm', package: name, current, wanted: str(e.wanted), latest });
    }
  }
  return { ok: true, items };
}

/** Parses `pnpm outdated --format json`: `{name: {current, wanted, latest, isDeprecated, dependencyType}}`. */
export function parsePnpmOutdated(stdout: string, stderr: string): ParseResult<OutdatedPackage> {
  if (!stdout.trim()) return { ok: true, items: [] };
  const json = parseJsonLoose(stdout);
  if (!isRecord(json) || isRecord(json.error)) {
    return noReport(stdout, stderr, 'pnpm outdated printed no JSON');
  }
  const items: OutdatedPackage[] = [];
  for (const [name, e] of Object.entries(json)) {
    if (!isRecord(e)) continue;
    items.push({
      ecosystem: 'pnpm',
      package: name,
      current: str(e.current) || 'missing',
      wanted: str(e.wanted),
      latest: str(e.latest)
    });
  }
  return { ok: true, items };
}
