import * as core from '@actions/core';
import { getErrorMessage } from '#core/errors.js';
import { installCargoAudit } from './cargo-audit-install.js';
import { commandFor, installAdvice, lockfileNames, type EcosystemPlan } from './ecosystems.js';
import type { Check, CheckResult, Finding, OutdatedPackage, ParseResult } from './findings.js';
import { readCargoPaths, readNpmLock } from './lockfiles.js';
import { parseCargoAudit } from './parsers/cargo-audit.js';
import { parseCargoUpdate } from './parsers/cargo-update.js';
import { parseNpmAudit } from './parsers/npm-audit.js';
import { parseNpmOutdated, parsePnpmOutdated } from './parsers/outdated.js';
import { parsePnpmAudit } from './parsers/pnpm-audit.js';
import { parseYarnAudit } from './parsers/yarn-audit.js';
import { findExecutable, runTool, type ToolOutput } from './tools.js';
import { logInfo } from '#core/untrusted-text.js';
import { sleep } from '#core/time-scale.js';

/** Runs of a tool whose connection failed mid-answer (once, then once more). */
const TOOL_ATTEMPTS = 2;
const RETRY_PAUSE_MS = 2000;
// A connection that broke or an answer cut short; a registry's refusal (405, 410, 429) is not retried:
// it answers the same again, and the tools retry 5xx themselves.
const TRANSIENT = /Invalid response body|premature close|ECONNRESET|ETIMEDOUT|EAI_AGAIN|socket hang up/i;

export interface RunChecksOptions {
  dir: string;
  checks: Check[];
  installCargoAudit: boolean;
  /** The pinned SHA-256 of the cargo-audit archive; set whenever installCargoAudit is. */
  cargoAuditSha256?: string;
}

async function parse(
  plan: EcosystemPlan,
  check: Check,
  out: ToolOutput,
  dir: string
): Promise<ParseResult<Finding> | ParseResult<OutdatedPackage>> {
  const { stdout, stderr, exitCode } = out;
  switch (`${plan.ecosystem}:${check}`) {
    case 'npm:audit':
      return parseNpmAudit(stdout, stderr, readNpmLock(dir).versionAt);
    case 'npm:outdated':
      return parseNpmOutdated(stdout, stderr, readNpmLock(dir).topLevel);
    case 'pnpm:audit':
      return parsePnpmAudit(stdout, stderr);
    case 'pnpm:outdated':
      return parsePnpmOutdated(stdout, stderr);
    case 'yarn:audit':
      return parseYarnAudit(stdout, stderr);
    case 'cargo:audit':
      return parseCargoAudit(stdout, stderr, await readCargoPaths(dir));
    case 'cargo:outdated':
      return parseCargoUpdate(stdout, stderr, exitCode);
  }
  throw new Error(`no parser for ${plan.ecosystem} ${check}`);
}

/** Runs one check for one ecosystem; never throws for a tool's trouble, which becomes the result. */
export async function runCheck(
  plan: EcosystemPlan,
  check: Check,
  options: RunChecksOptions
): Promise<CheckResult> {
  const spec = commandFor(plan, check);
  const base = { ecosystem: plan.ecosystem, check, findings: [], outdated: [] };
  if (!spec)
    return {
      ...base,
      status: 'skipped',
      command: '',
      reason: `${plan.ecosystem} has no ${check} command this action runs`
    };
  const command = [spec.tool, ...spec.args].join(' ');
  if (!plan.lockfile) {
    return {
      ...base,
      status: 'skipped',
      command,
      reason: `no ${lockfileNames(plan.ecosystem)} in the project directory`
    };
  }
  const extraPath: string[] = [];
  for (const tool of spec.requires) {
    if (findExecutable(tool)) continue;
    if (tool === 'cargo-audit' && options.installCargoAudit) {
      const installed = await installCargoAudit(options.cargoAuditSha256 ?? '');
      if ('dir' in installed) {
        extraPath.push(installed.dir);
        continue;
      }
      return {
        ...base,
        status: 'skipped',
        command,
        reason: `\`cargo-audit\` is not installed and ${installed.reason}`,
        advice: installAdvice(tool)
      };
    }
    return {
      ...base,
      status: 'skipped',
      command,
      reason: `\`${tool}\` is not installed`,
      advice: installAdvice(tool)
    };
  }
  let parsed: ParseResult<Finding> | ParseResult<OutdatedPackage> | undefined;
  // A registry answer cut short (a reset mid-body) fails npm without a retry of its own: like a cut
  // body in core's client, that is transient, so the tool runs again once before the check fails.
  for (let attempt = 1; attempt <= TOOL_ATTEMPTS; attempt++) {
    if (attempt > 1) {
      logInfo(`${command}: the registry or the network failed; running it again (attempt ${attempt}).`);
      await sleep(RETRY_PAUSE_MS);
    }
    let out: ToolOutput;
    try {
      out = await runTool(spec.tool, spec.args, options.dir, extraPath);
    } catch (e) {
      return {
        ...base,
        status: 'failed',
        command,
        infrastructure: false,
        reason: `could not run ${command}: ${getErrorMessage(e)}`
      };
    }
    parsed = await parse(plan, check, out, options.dir);
    if (parsed.ok || !parsed.infrastructure || !TRANSIENT.test(parsed.reason)) break;
  }
  const result = parsed!;
  if (!result.ok) {
    core.warning(
      `${command}: ${result.infrastructure ? 'infrastructure failure' : 'failed'}: ${result.reason}`
    );
    return {
      ...base,
      status: 'failed',
      command,
      infrastructure: result.infrastructure,
      reason: result.reason
    };
  }
  return check === 'audit'
    ? { ...base, status: 'ok', command, findings: result.items as Finding[] }
    : { ...base, status: 'ok', command, outdated: result.items as OutdatedPackage[] };
}

/** Runs every check of every planned ecosystem, one after the other (they are CPU- and network-bound). */
export async function runChecks(plans: EcosystemPlan[], options: RunChecksOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const plan of plans) {
    for (const check of options.checks) {
      // Yarn has no outdated command in the runbook's list: nothing to run, nothing to report.
      if (!commandFor(plan, check)) logInfo(`${plan.ecosystem}: no ${check} command; not checked.`);
      else results.push(await runCheck(plan, check, options));
    }
  }
  return results;
}
