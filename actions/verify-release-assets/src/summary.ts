import type { AssetResult, VerificationResult } from '#core/asset-verification.js';
import { ASSET_STATUS_LABELS } from '#core/asset-check.js';
import type { ReleaseState } from '#core/release.js';
import type { Report } from '#core/report.js';
import { mark } from '#core/report.js';
import type { VerifyInputs } from './inputs.js';
import { markdownCode, markdownLink, markdownText } from '#core/untrusted-text.js';

const STATUS = ASSET_STATUS_LABELS;

/** `1.5 MiB`; exact byte counts are in the JSON report. */
export function formatSize(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes / 1024;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${n.toFixed(n < 10 ? 2 : 1)} ${units[u]}`;
}

function statusCell(row: AssetResult): string {
  const s = STATUS[row.status];
  const unexpected =
    !row.expected && row.status !== 'unexpected' && row.status !== 'extra' ? ' (unexpected)' : '';
  return `${mark(s.status)} ${s.text}${unexpected}`;
}

function sha256Cell(row: AssetResult): string {
  if (row.actualSha256) return markdownCode(row.actualSha256);
  if (row.expectedSha256) return `${markdownCode(row.expectedSha256)} (expected)`;
  return '';
}

function verdict(result: VerificationResult, expectedCount: number): { ok: boolean; text: string } {
  if (result.passed) {
    return { ok: true, text: `All ${expectedCount} expected assets are present and verified.` };
  }
  const parts: string[] = [];
  const add = (n: number, what: string) => n && parts.push(`${n} ${what}`);
  add(result.missing.length - result.broken.length, 'missing');
  add(result.broken.length, 'broken (upload never finished)');
  add(result.mismatched.length, 'mismatched');
  add(result.unexpected.length, 'unexpected');
  add(result.tooSmall.length, 'too small');
  add(result.downloadFailed.length, 'not downloadable');
  add(
    result.listedAbsent.filter((l) => !result.missing.includes(l.name)).length,
    'listed in checksums but absent'
  );
  const other = result.failures.filter((f) => f.rule.startsWith('checksum-file')).length;
  add(other, 'checksum file problem(s)');
  return {
    ok: false,
    text: `Release assets failed verification: ${parts.join(', ')} (${result.verified.length} of ${expectedCount} expected assets verified).`
  };
}

/** Writes the job summary: the verdict first, then a table of every asset, then the details. */
export function renderSummary(
  report: Report,
  inputs: VerifyInputs,
  releaseLabel: string,
  releaseUrl: string,
  result: VerificationResult
): void {
  const expectedCount = result.assets.filter((a) => a.expected).length;
  const v = verdict(result, expectedCount);
  report.status(v.ok ? 'pass' : 'fail', v.text);
  const sources = [
    result.checksumFiles.length ? `checksum file ${result.checksumFiles.join(', ')}` : '',
    result.sidecars.length ? `${result.sidecars.length} sidecar(s)` : '',
    result.assets.some((a) => a.digests.some((d) => d.kind === 'api-digest')) ? 'API digests' : '',
    result.downloads ? `${result.downloads} download request(s)` : ''
  ].filter(Boolean);
  report.text(
    `${markdownLink(releaseLabel, releaseUrl)} of ${inputs.repository.owner}/${inputs.repository.repo}; checksums compared from ${sources.length ? markdownText(sources.join(', '), { max: 2_000 }) : 'no source'} (checksums: ${inputs.checksums}, download: ${inputs.download}).`
  );
  report.table(
    ['asset', 'size', 'sha256', 'status'],
    result.assets.map((row) => [
      markdownText(row.name),
      formatSize(row.size),
      sha256Cell(row),
      statusCell(row)
    ])
  );
  if (result.failures.length) {
    report.heading('Problems', 4);
    report.list(result.failures.map((f) => `**${f.rule}**: ${markdownText(f.detail, { max: 1_000 })}`));
  }
  if (result.warnings.length) {
    report.heading('Warnings', 4);
    report.list(result.warnings.map((w) => markdownText(w, { max: 1_000 })));
  }
}

/** The JSON report behind the `report` output: every asset with its sizes, digests and their sources. */
export function assetReport(
  inputs: VerifyInputs,
  state: ReleaseState,
  result: VerificationResult,
  extra: { polls: number }
) {
  return {
    schema: 'release-kit/verify-release-assets@1',
    repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
    tag: inputs.tag,
    version: inputs.version,
    release: state.release
      ? { id: state.release.id, state: state.kind, url: state.release.html_url }
      : { state: state.kind },
    passed: result.passed,
    verified: result.verified,
    missing: result.missing,
    broken: result.broken,
    unexpected: result.unexpected,
    mismatched: result.mismatches,
    tooSmall: result.tooSmall,
    downloadFailed: result.downloadFailed,
    listedAbsent: result.listedAbsent,
    checksumFiles: result.checksumFiles,
    sidecars: result.sidecars,
    downloads: result.downloads,
    downloadedBytes: result.downloadedBytes,
    polls: extra.polls,
    failures: result.failures,
    warnings: result.warnings,
    assets: result.assets.map((a) => ({
      name: a.name,
      expected: a.expected,
      status: a.status,
      size: a.size ?? null,
      state: a.state ?? null,
      expectedSha256: a.expectedSha256 ?? null,
      expectedSource: a.expectedSource ?? null,
      actualSha256: a.actualSha256 ?? null,
      actualSource: a.actualSource ?? null,
      digests: a.digests,
      problems: a.problems,
      url: a.url ?? null
    }))
  };
}
