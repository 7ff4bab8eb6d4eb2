import type { Report } from '#core/report.js';
import type { RegistryClient } from './registry-client.js';
import type { CrateTarget } from './targets.js';
import type { CrateResult } from './verify-crate.js';

/**
 * Yanks or unyanks each version, idempotently: a version already in the wanted state is left alone
 * and reported as unchanged; the API is read back to confirm a change took.
 */
export async function setYankedAll(
  client: RegistryClient,
  targets: CrateTarget[],
  yank: boolean,
  report: Report
): Promise<CrateResult[]> {
  const results: CrateResult[] = [];
  const verb = yank ? 'yank' : 'unyank';
  for (const t of targets) {
    const result: CrateResult = {
      name: t.name,
      version: t.version,
      apiVisible: false,
      indexVisible: false,
      secondsWaited: 0,
      checks: []
    };
    results.push(result);
    const target = `${t.name}@${t.version}`;
    const before = await client.apiVersion(t.name, t.version);
    if (before.kind !== 'found') {
      const exists = await client.crateExists(t.name);
      const detail = exists
        ? `version ${t.version} of ${t.name} was never published`
        : `crate not found: ${t.name}`;
      result.checks.push({ rule: verb, status: 'fail', detail: `cannot ${verb}: ${detail}` });
      report.write({ kind: 'crate-version', target, result: 'skipped', reason: detail });
      continue;
    }
    result.apiVisible = true;
    result.apiChecksum = before.value.checksum;
    result.cksum = before.value.checksum;
    if (before.value.yanked === yank) {
      result.yanked = yank;
      result.checks.push({
        rule: verb,
        status: 'pass',
        detail: `already ${yank ? 'yanked' : 'not yanked'}: nothing to do`
      });
      report.write({
        kind: 'crate-version',
        target,
        result: 'unchanged',
        reason: `already ${yank ? 'yanked' : 'unyanked'}`
      });
      continue;
    }
    await client.setYanked(t.name, t.version, yank);
    const after = await client.apiVersion(t.name, t.version);
    result.yanked = after.kind === 'found' ? after.value.yanked : undefined;
    if (result.yanked === yank) {
      result.checks.push({
        rule: verb,
        status: 'pass',
        detail: `${yank ? 'yanked' : 'unyanked'}; the API confirms yanked=${yank}`
      });
      report.write({
        kind: 'crate-version',
        target,
        result: 'updated',
        reason: yank ? 'yanked' : 'unyanked'
      });
    } else {
      result.checks.push({
        rule: verb,
        status: 'fail',
        detail: `the registry accepted the ${verb} but the API still says yanked=${result.yanked}`
      });
      report.write({
        kind: 'crate-version',
        target,
        result: 'updated',
        reason: `${verb} requested; not yet visible`
      });
    }
  }
  return results;
}
