import { ConfigurationError } from '../errors.js';
import {
  currentVersion,
  editPlanFor,
  planDownloads,
  type BumpRequest,
  type PlannedDownload
} from './bump-plan.js';
import { applyEdit, verifyEdit } from './formula-editor.js';
import { checkAgainstRequest } from './formula-intent.js';
import { readFormula } from './formula-model.js';
import { unifiedDiff } from './unified-diff.js';
import { restoredMatches, restoreVersionLines } from './rollback-restore.js';
import { compareVersions, isPrerelease } from './version-compare.js';

/** Finds a download's SHA-256 when the inputs do not give it. */
export type Sha256Resolver = (url: string) => Promise<{ sha256: string; source: string }>;

export interface FormulaChange {
  /** `skipped`: a pre-release the user asked to skip (`allow-prerelease: false`). */
  status: 'changed' | 'up-to-date' | 'skipped';
  before: string;
  after: string;
  fromVersion?: string;
  toVersion: string;
  downloads: PlannedDownload[];
  /** Lines for the summary: what changed, where each sha256 came from, mirrors dropped. */
  changes: string[];
  notes: string[];
}

function shapeError(formula: string, path: string, problems: string[]): ConfigurationError {
  return new ConfigurationError(
    `Formula ${formula} (${path}) cannot be edited safely: ${problems.join('; ')}.`
  );
}

/**
 * Computes the bumped text of one formula: plans the new values, resolves missing sha256s, applies
 * the edit, and re-reads the result to check it says what was asked.
 * @throws ConfigurationError for a downgrade without allow-downgrade, or a formula shape it cannot edit.
 */
export async function bumpFormulaText(
  text: string,
  path: string,
  request: BumpRequest,
  options: {
    allowDowngrade: boolean;
    /** From `allow-prerelease`: true bumps, false skips (green), unset fails the step. */
    allowPrerelease?: boolean;
    resolveSha256: Sha256Resolver;
  }
): Promise<FormulaChange> {
  const model = readFormula(text);
  if (model.problems.length) throw shapeError(request.formula, path, model.problems);
  const fromVersion = currentVersion(model);
  if (options.allowPrerelease !== true && isPrerelease(request.version, fromVersion)) {
    const why = `${request.version} is a pre-release (formula ${request.formula} is at ${fromVersion ?? 'an unknown version'})`;
    if (options.allowPrerelease === undefined)
      throw new ConfigurationError(
        `${why}; Homebrew keeps one version per formula. Set allow-prerelease: true to bump to it, or allow-prerelease: false to skip pre-releases.`
      );
    return {
      status: 'skipped',
      before: text,
      after: text,
      fromVersion,
      toVersion: request.version,
      downloads: [],
      changes: [],
      notes: [`${why}; skipped as allow-prerelease: false asks.`]
    };
  }
  if (fromVersion && compareVersions(request.version, fromVersion) < 0 && !options.allowDowngrade) {
    throw new ConfigurationError(
      `Formula ${request.formula} is at ${fromVersion}; ${request.version} is older. Set allow-downgrade: true to bump down, or use rollback-to: ${request.version} to restore that version from the tap's history.`
    );
  }
  const versionChanged = fromVersion !== request.version;
  const planned = planDownloads(model, request, fromVersion);
  const notes = planned.flatMap((p) => p.notes);
  const changes: string[] = [];
  const resolved = new Map<string, string>();
  for (const p of planned) {
    if (p.sha256) continue;
    const found = await options.resolveSha256(p.url);
    p.sha256 = found.sha256;
    resolved.set(p.url, found.sha256);
    notes.push(`sha256${p.key === 'all' ? '' : ` (${p.key})`} ${found.sha256} from ${found.source}`);
  }
  const plan = editPlanFor(planned, request.version, versionChanged, request.bottles);
  const edited = applyEdit(text, model, plan);
  // Against the plan (nothing else changed), then against the request (each platform reads what the
  // user asked for), so a planning mistake cannot pass by agreeing with itself.
  const problems = verifyEdit(model, edited.text, plan);
  if (!problems.length)
    problems.push(...checkAgainstRequest(model, edited.text, request, fromVersion, resolved));
  if (problems.length)
    throw new Error(
      `The edited formula ${path} does not read back as planned and requested, so nothing was written: ${problems.join('; ')}\n${unifiedDiff(text, edited.text, path)}`
    );
  changes.push(...edited.changes);
  return {
    status: edited.text === text ? 'up-to-date' : 'changed',
    before: text,
    after: edited.text,
    fromVersion,
    toVersion: request.version,
    downloads: planned,
    changes,
    notes
  };
}

/**
 * Computes the rolled-back text: the version lines of `oldText` (the formula as the tap had it at
 * that version) restored into today's `text`.
 */
export function rollbackFormulaText(
  text: string,
  oldText: string,
  path: string,
  formula: string,
  version: string
): FormulaChange {
  const model = readFormula(text);
  if (model.problems.length) throw shapeError(formula, path, model.problems);
  const oldModel = readFormula(oldText);
  if (oldModel.problems.length) throw shapeError(formula, `${path} at ${version}`, oldModel.problems);
  const restored = restoreVersionLines(text, oldText);
  const problems = restoredMatches(restored.text, oldText);
  if (problems.length)
    throw new Error(
      `Rolling ${formula} back to ${version} does not read back as that version: ${problems.join('; ')}`
    );
  const notes = restored.keptHunks
    ? [`${restored.keptHunks} change(s) made since ${version} (not url/sha256/version) are kept`]
    : [];
  const downloads: PlannedDownload[] = model.downloads.map((d, i) => ({
    key: d.key,
    oldUrl: d.url.value,
    url: oldModel.downloads[i]?.url.value ?? d.url.value,
    oldSha256: d.sha256.value,
    sha256: oldModel.downloads[i]?.sha256.value,
    mirrors: oldModel.downloads[i]?.mirrors.map((m) => m.value) ?? [],
    notes: []
  }));
  return {
    status: restored.text === text ? 'up-to-date' : 'changed',
    before: text,
    after: restored.text,
    fromVersion: currentVersion(model),
    toVersion: version,
    downloads,
    changes: restored.text === text ? [] : [`restored from ${version}`],
    notes
  };
}

/** The version a formula text declares (version line or url), for finding a version in history. */
export function formulaVersion(text: string): string | undefined {
  const model = readFormula(text);
  return model.downloads.length ? currentVersion(model) : undefined;
}
