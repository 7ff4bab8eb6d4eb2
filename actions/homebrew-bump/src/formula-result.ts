import type { PlannedDownload } from '#core/homebrew/bump-plan.js';

/** What happened to one formula, for the summary, the outputs and report.json. */
export interface FormulaResult {
  formula: string;
  path?: string;
  status: 'changed' | 'up-to-date' | 'would-change' | 'skipped' | 'failed';
  fromVersion?: string;
  toVersion: string;
  diff: string;
  downloads: PlannedDownload[];
  changes: string[];
  notes: string[];
  branch?: string;
  /** `owner/repo` the branch was pushed to, when it is a fork. */
  fork?: string;
  pullRequest?: { number: number; url: string; result: 'created' | 'updated' | 'unchanged' };
  commitSha?: string;
  error?: string;
  /** For a rollback: the commit the values were taken from. */
  restoredFrom?: string;
}
