/** The job summary and the `smoke` section of report.json. */
import { untrustedCell } from '#core/markdown.js';
import type { Report } from '#core/report.js';
import { mark } from '#core/report.js';
import type { InstallResult } from './install.js';
import type { MatrixEntry } from './platform.js';
import type { CommandResult } from './smoke-run.js';

/** What report.json's `data.smoke` holds. */
export interface SmokeRecord {
  platform: string;
  repository: string;
  tag: string;
  version: string;
  target?: string;
  asset?: string;
  sha256?: string;
  downloadedVia?: string;
  claims?: { source: string; sha256: string }[];
  archive?: { kind: string; entries: number };
  binary?: { path: string; format: string; description: string; repaired: boolean };
  checks: { check: string; passed: boolean; detail: string }[];
  commands: CommandResult[];
  install?: InstallResult;
  installedBinary?: string;
}

const SHOWN = 2000;

function clip(text: string): string {
  return text.length > SHOWN
    ? `${text.slice(0, SHOWN)}\n… (${text.length - SHOWN} more characters in report.json)`
    : text;
}

export function renderPlan(report: Report, matrix: { include: MatrixEntry[] }): void {
  report.status('info', `Smoke-test matrix for ${matrix.include.length} platform(s).`);
  report.table(
    ['platform', 'target', 'runs-on'],
    matrix.include.map((m) => [m.platform, untrustedCell(m.target), m['runs-on']])
  );
}

export function renderSmoke(report: Report, record: SmokeRecord, passed: boolean): void {
  const what = record.asset ? `${record.asset} (target ${record.target})` : `platform ${record.platform}`;
  report.status(
    passed ? 'pass' : 'fail',
    passed
      ? `${what} installs and runs on ${record.platform}.`
      : `${what} failed its smoke test on ${record.platform}.`
  );
  report.table(
    ['check', 'result', 'detail'],
    [
      ...record.checks.map((c) => [c.check, mark(c.passed ? 'pass' : 'fail'), untrustedCell(c.detail)]),
      ...record.commands.map((c) => [
        untrustedCell(c.display),
        mark(c.passed ? 'pass' : 'fail'),
        untrustedCell(`${c.reason ?? `exit 0`} in ${(c.durationMs / 1000).toFixed(1)} s`)
      ])
    ]
  );
  for (const c of record.commands) {
    const text = [c.stdout, c.stderr ? `[stderr]\n${c.stderr}` : ''].filter(Boolean).join('\n');
    if (!text.trim()) continue;
    report.heading(`${untrustedCell(c.display)}${c.truncated ? ' (output capped)' : ''}`, 4);
    report.code(clip(text));
  }
}
