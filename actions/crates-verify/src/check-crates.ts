import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '#core/report.js';
import type { Settings } from './inputs.js';
import { HostPacer, PollClock } from './poll-clock.js';
import { waitForVersions, type PropagationOutcome } from './propagation.js';
import { RegistryClient } from '#core/crates/registry-client.js';
import { createRegistryHttp } from '#core/crates/registry-http.js';
import { reportResults } from './summary.js';
import { planTargets } from './targets.js';
import { resultFromPropagation, verifyCrate, type CrateResult } from './verify-crate.js';
import { setYankedAll } from './yank.js';
import { logInfo } from '#core/untrusted-text.js';

const OUTCOME_RULE: Record<Exclude<PropagationOutcome, 'visible'>, string> = {
  'crate-not-found': 'crate-not-found',
  propagating: 'still-propagating',
  'never-published': 'never-published'
};

/** The body of the action: plan the crates, then verify (poll + compare) or yank/unyank them. */
export async function checkCrates(settings: Settings, report: Report): Promise<void> {
  const plan = planTargets(settings);
  const clock = new PollClock();
  const http = createRegistryHttp(new HostPacer(clock));
  const client = await RegistryClient.connect(
    http,
    settings.indexUrl,
    settings.registryApi,
    settings.registryToken || undefined
  );
  const { api, dl } = client.endpoints;
  logInfo(`Registry ${settings.indexUrl}: API ${api}, downloads ${dl}`);
  logInfo(
    `Crates: ${plan.targets.map((t) => `${t.name} ${t.version}`).join(', ')}${plan.skipped.length ? ` (skipped: ${plan.skipped.map((s) => s.name).join(', ')})` : ''}`
  );
  const byName = new Map<string, CrateResult>();

  // A version that contradicts the tag (or the version input) is reported, never polled or yanked.
  for (const t of plan.targets.filter((x) => x.inconsistency)) {
    byName.set(t.name, {
      name: t.name,
      version: t.version,
      apiVisible: false,
      indexVisible: false,
      secondsWaited: 0,
      checks: [{ rule: 'version-consistency', status: 'fail', detail: t.inconsistency! }]
    });
  }
  const consistent = plan.targets.filter((t) => !t.inconsistency);

  if (settings.mode === 'verify') {
    const tempDir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'crates-verify');
    mkdirSync(tempDir, { recursive: true });
    const propagation = await waitForVersions(client, consistent, clock, {
      timeoutMs: settings.waitTimeoutMs,
      intervalMs: settings.pollIntervalMs
    });
    for (const [i, p] of propagation.entries()) {
      const target = consistent[i];
      if (p.outcome === 'visible') {
        byName.set(
          target.name,
          await verifyCrate(client, target, p, {
            commit: settings.commit,
            allowYanked: settings.allowYanked,
            maxCrateBytes: settings.maxCrateBytes,
            tempDir
          })
        );
      } else {
        const result = resultFromPropagation(p);
        result.checks.push({ rule: OUTCOME_RULE[p.outcome], status: 'fail', detail: p.detail });
        byName.set(target.name, result);
      }
    }
  } else {
    for (const r of await setYankedAll(client, consistent, settings.mode === 'yank', report))
      byName.set(r.name, r);
  }

  const results = plan.targets.map((t) => byName.get(t.name)!);
  for (const r of results) {
    const bad = r.checks.filter((c) => c.status === 'fail').map((c) => c.rule);
    logInfo(`${r.name} ${r.version}: ${bad.length ? `failed ${bad.join(', ')}` : 'ok'}`);
  }
  reportResults(report, results, plan.skipped, { mode: settings.mode, registry: settings.indexUrl });
}
