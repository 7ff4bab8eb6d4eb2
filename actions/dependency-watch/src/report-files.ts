import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult, Finding, OutdatedPackage, Threshold } from './findings.js';
import type { IgnoreOutcome } from './ignore.js';

export interface ReportFileData {
  repository: string;
  path: string;
  threshold: Threshold;
  generatedAt: string;
  /** `findings`, `clean`, or `unknown` when an audit could not run. */
  status: 'findings' | 'clean' | 'unknown';
  /** Count at or above the threshold; null when unknown. */
  findingsCount: number | null;
  checks: CheckResult[];
  /** Every observed finding, with how it was judged. */
  findings: (Finding & { atOrAboveThreshold: boolean; ignored: boolean; expiredIgnore: boolean })[];
  /** Findings carried over from the last run for audits that did not run. */
  carriedOver: Finding[];
  outdated: OutdatedPackage[];
  ignores: IgnoreOutcome;
  issue?: { number: number; url: string; state: string };
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Writes `report.json` and `report.md` into the report directory (created if needed). */
export function writeReportFiles(dir: string, data: ReportFileData, markdown: string): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(
    path.join(dir, 'report.json'),
    JSON.stringify({ schema: 'release-kit/dependency-watch@1', ...data }, null, 2) + '\n'
  );
  writeAtomic(path.join(dir, 'report.md'), markdown);
}
