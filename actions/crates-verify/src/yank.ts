import type { Report } from '#core/report.js';
import type { RegistryClient } from '#core/crates/registry-client.js';
import { setYanked } from '#core/crates/yank.js';
import type { CrateTarget } from './targets.js';
import type { CrateResult } from './verify-crate.js';

/** Yanks or unyanks each version through core's idempotent yank, and reports each as a write. */
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
    const outcome = await setYanked(client, t.name, t.version, yank);
    if (outcome.state === 'absent') {
      result.checks.push({ rule: verb, status: 'fail', detail: outcome.detail });
      report.write({
        kind: 'crate-version',
        target,
        result: 'skipped',
        reason: outcome.detail.replace(/^cannot \w+: /, '')
      });
      continue;
    }
    result.apiVisible = true;
    result.apiChecksum = outcome.checksum;
    result.cksum = outcome.checksum;
    result.yanked = outcome.yanked;
    const ok = outcome.state !== 'not-visible';
    result.checks.push({ rule: verb, status: ok ? 'pass' : 'fail', detail: outcome.detail });
    report.write({
      kind: 'crate-version',
      target,
      result: outcome.state === 'unchanged' ? 'unchanged' : 'updated',
      reason:
        outcome.state === 'unchanged'
          ? `already ${yank ? 'yanked' : 'unyanked'}`
          : ok
            ? yank
              ? 'yanked'
              : 'unyanked'
            : `${verb} requested; not yet visible`
    });
  }
  return results;
}
