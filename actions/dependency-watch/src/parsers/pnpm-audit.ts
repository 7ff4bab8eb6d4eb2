import type { Finding, ParseResult } from '../findings.js';
import { isRecord, looksLikeInfrastructure, noReport, parseJsonLoose, str } from './common.js';
import { findingsFromV6 } from './npm-v6-advisories.js';

/**
 * Parses `pnpm audit --json`: the npm v6 report shape (`advisories`, `metadata`). pnpm reports a
 * failed advisory endpoint as `ERR_PNPM_AUDIT_BAD_RESPONSE … responded with 410` (the retired quick
 * audit endpoint) or `ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS`: infrastructure failures, never a report.
 */
export function parsePnpmAudit(stdout: string, stderr: string): ParseResult<Finding> {
  const text = `${stdout}\n${stderr}`;
  const json = parseJsonLoose(stdout);
  if (isRecord(json) && isRecord(json.advisories))
    return { ok: true, items: findingsFromV6('pnpm', json.advisories) };
  if (isRecord(json) && isRecord(json.error)) {
    const code = str(json.error.code);
    const message = str(json.error.message);
    return {
      ok: false,
      infrastructure:
        /AUDIT_BAD_RESPONSE|AUDIT_ENDPOINT_NOT_EXISTS|FETCH|ERR_PNPM_META_FETCH_FAIL/.test(code) ||
        looksLikeInfrastructure(message),
      reason: `${code ? code + ': ' : ''}${message.split('\n')[0]}`.slice(0, 400)
    };
  }
  const endpoint = /ERR_PNPM_AUDIT_(?:BAD_RESPONSE|ENDPOINT_NOT_EXISTS)\s+(.*)/.exec(text);
  if (endpoint) return { ok: false, infrastructure: true, reason: endpoint[1].trim().slice(0, 400) };
  return noReport(stdout, stderr, 'pnpm audit printed no JSON report');
}
