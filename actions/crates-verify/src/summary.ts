import { mark, type Report, type Status } from '#core/report.js';
import { Outputs } from './inputs.js';
import type { SkippedCrate } from '#core/crates/manifest.js';
import type { CrateResult } from './verify-crate.js';
import { markdownCode, markdownText } from '#core/untrusted-text.js';

const short = (h?: string) => (h ? `${h.slice(0, 12)}…` : '—');

function overall(r: CrateResult): Status {
  if (r.checks.some((c) => c.status === 'fail')) return 'fail';
  if (r.checks.some((c) => c.status === 'warn')) return 'warn';
  return 'pass';
}

function cell(r: CrateResult, rule: string): string {
  const c = r.checks.find((x) => x.rule === rule);
  return c ? mark(c.status === 'skip' ? 'skip' : c.status) : '—';
}

/** The `published` output entry of one crate. */
export function publishedEntry(r: CrateResult): Record<string, unknown> {
  return {
    name: r.name,
    version: r.version,
    cksum: r.cksum ?? r.apiChecksum ?? null,
    yanked: r.yanked ?? null,
    'api-visible': r.apiVisible,
    'index-visible': r.indexVisible,
    'seconds-waited': r.secondsWaited
  };
}

/**
 * Writes the summary table (one row per crate, in dependency order), the failures, and the outputs
 * `published`, `checksum-match` and `yanked`.
 */
export function reportResults(
  report: Report,
  results: CrateResult[],
  skipped: SkippedCrate[],
  context: { mode: string; registry: string }
): void {
  report.text(`Registry: ${markdownCode(context.registry)} · mode: ${context.mode}`);
  if (results.length) {
    report.table(
      [
        '#',
        'crate',
        'version',
        'result',
        'API',
        'index',
        'cksum',
        'download',
        'crate-file',
        'commit',
        'yanked',
        'waited'
      ],
      results.map((r, i) => [
        String(i + 1),
        markdownText(r.name),
        markdownText(r.version),
        mark(overall(r)),
        r.apiVisible ? '✅' : '❌',
        r.indexVisible ? '✅' : context.mode === 'verify' ? '❌' : '—',
        short(r.cksum ?? r.apiChecksum),
        cell(r, 'download-checksum'),
        cell(r, 'crate-file-checksum'),
        cell(r, 'provenance'),
        r.yanked === undefined ? '—' : r.yanked ? 'yes' : 'no',
        `${r.secondsWaited}s`
      ])
    );
  }
  const lagged = results.filter(
    (r) =>
      r.apiSeconds !== undefined && r.indexSeconds !== undefined && (r.apiSeconds > 0 || r.indexSeconds > 0)
  );
  if (lagged.length) {
    report.text(
      `Propagation: ${lagged.map((r) => `${markdownText(r.name)} ${markdownText(r.version)} reached the API after ${r.apiSeconds}s and the index after ${r.indexSeconds}s`).join('; ')}.`
    );
  }
  if (skipped.length)
    report.list(
      skipped.map((s) => `⏭️ ${markdownText(s.name)}: skipped (${markdownText(s.reason, { max: 1_000 })})`)
    );
  for (const r of results) {
    const notes = r.checks.filter((c) => c.status !== 'pass');
    for (const c of r.checks)
      if (c.status === 'fail') report.fail(c.rule, `${r.name} ${r.version}: ${c.detail}`);
    if (notes.length)
      report.list(
        notes.map(
          (c) =>
            `${mark(c.status === 'skip' ? 'skip' : c.status)} ${markdownText(r.name)} ${markdownText(r.version)} — ${c.rule}: ${markdownText(c.detail, { max: 1_000 })}`
        )
      );
  }
  const compared = results.filter((r) => r.checksumMatch !== undefined);
  const checksumMatch =
    compared.length > 0 && compared.length === results.length && compared.every((r) => r.checksumMatch);
  report.output(Outputs.Published, results.map(publishedEntry));
  report.output(Outputs.ChecksumMatch, String(checksumMatch));
  report.output(Outputs.Yanked, String(results.some((r) => r.yanked === true)));
  report.data.crates = results;
  report.data.skipped = skipped;
}
