import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import type { Report } from '#core/report.js';
import type { BumpRequest } from '#core/homebrew/bump-plan.js';
import {
  bumpFormulaText,
  formulaVersion,
  rollbackFormulaText,
  type FormulaChange,
  type Sha256Resolver
} from '#core/homebrew/formula-bump.js';
import type { FormulaTarget } from '#core/homebrew/formula-path.js';
import type { FormulaResult } from './formula-result.js';
import type { BumpInputs } from './inputs.js';
import { unifiedDiff } from '#core/homebrew/unified-diff.js';

// What the local and the API runners share: the request for one formula, its result record, and
// the change (a bump, or a rollback from history) computed from a formula text.

export function requestFor(inputs: BumpInputs, target: FormulaTarget): BumpRequest {
  return {
    formula: target.name,
    version: inputs.version,
    tag: inputs.tag,
    url: inputs.url,
    urls: inputs.urls,
    sha256: inputs.sha256,
    sha256s: inputs.sha256s,
    bottles: inputs.bottles
  };
}

export function commitMessage(inputs: BumpInputs, formula: string): string {
  return (
    inputs.commitMessage ??
    (inputs.rollback ? `${formula}: roll back to ${inputs.version}` : `${formula} ${inputs.version}`)
  );
}

export function baseResult(inputs: BumpInputs, target: FormulaTarget): FormulaResult {
  return {
    formula: target.name,
    status: 'failed',
    toVersion: inputs.version,
    diff: '',
    downloads: [],
    changes: [],
    notes: []
  };
}

export function fill(result: FormulaResult, change: FormulaChange, path: string): void {
  result.path = path;
  result.fromVersion = change.fromVersion;
  result.downloads = change.downloads;
  result.changes = change.changes;
  result.notes.push(...change.notes);
  result.diff = unifiedDiff(change.before, change.after, path);
}

/** Computes the change for a formula text: a bump, or a rollback from the given history. */
export type ChangeFor = (text: string) => Promise<FormulaChange>;

export async function changeFor(
  inputs: BumpInputs,
  target: FormulaTarget,
  path: string,
  text: string,
  resolve: Sha256Resolver,
  history: () => Promise<{ sha: string; text: string }>
): Promise<{ compute: ChangeFor; restoredFrom?: string }> {
  if (!inputs.rollback) {
    const request = requestFor(inputs, target);
    return {
      compute: (t) =>
        bumpFormulaText(t, path, request, {
          allowDowngrade: inputs.allowDowngrade,
          allowPrerelease: inputs.allowPrerelease,
          resolveSha256: resolve
        })
    };
  }
  if (formulaVersion(text) === inputs.version) {
    return { compute: async (t) => ({ ...rollbackFormulaText(t, t, path, target.name, inputs.version) }) };
  }
  const hit = await history();
  return {
    compute: async (t) => rollbackFormulaText(t, hit.text, path, target.name, inputs.version),
    restoredFrom: hit.sha
  };
}

export function fail(report: Report, result: FormulaResult, e: unknown): void {
  result.status = 'failed';
  result.error = getErrorMessage(e);
  report.fail(result.formula, result.error);
  if (!(e instanceof ConfigurationError) && e instanceof Error && e.stack) core.debug(e.stack);
}

/** Records a formula skipped on the user's explicit request (a pre-release with `allow-prerelease: false`). */
export function skipped(result: FormulaResult, report: Report, target: string, notes: string[]): void {
  result.status = 'skipped';
  for (const n of notes) core.notice(n);
  report.write({ kind: 'formula', target, result: 'skipped', reason: notes.join(' ') || 'skipped' });
}
