import * as core from '@actions/core';
import type { Report } from '#core/report.js';
import type { Coverage } from './coverage.js';
import type { Generated } from './generate.js';
import { ntiaMark } from './ntia.js';
import { markdownCode, markdownText } from '#core/untrusted-text.js';

/** `3 dev-only, 1 workspace member`, or `none`. */
function describeExcluded(c: Coverage): string {
  const parts = Object.entries(c.excluded)
    .filter(([, n]) => n)
    .map(([reason, n]) => `${n} ${reason.replace('-', ' ')}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** Writes what was read and what the SBOMs hold, the NTIA minimum elements included, into the report. */
export function renderSummary(report: Report, generated: Generated, written: string[]): void {
  const { project, results, unsupported, ntia, coverage } = generated;
  const dev = project.packages.filter((p) => p.dev).length;
  report.status(
    'pass',
    `${markdownText(project.root.name)}${project.root.version ? ' ' + markdownText(project.root.version) : ''}: ${project.packages.length} components, ${project.artifacts.length} files; ${written.length} SBOM${written.length === 1 ? '' : 's'} written and valid against the official schema.`
  );
  if (results.length) {
    // Coverage: every entry of each lockfile is a component or left out for a stated reason (the
    // step has already failed if any is neither).
    report.heading('Lockfiles');
    report.table(
      ['lockfile', 'kind', 'entries', 'placed', 'left out', 'third-party components'],
      results.map((r, i) => [
        markdownCode(r.file),
        r.kind,
        String(coverage[i].entries),
        String(coverage[i].placed),
        describeExcluded(coverage[i]),
        String(coverage[i].thirdParty)
      ])
    );
  }
  for (const name of unsupported) {
    const message = `${markdownCode(name)} was found but is not a lockfile kind this action reads: its packages are NOT in the SBOM.`;
    report.status('warn', message);
    core.warning(
      `${name} was found but is not a lockfile kind this action reads: its packages are NOT in the SBOM.`
    );
  }
  const notes = results.flatMap((r) => r.notes);
  if (notes.length) {
    report.heading('Notes');
    report.list(notes.map((n) => markdownText(n, { max: 1_000 })));
    for (const n of notes) core.notice(n);
  }
  if (project.artifacts.length) {
    report.heading('Files');
    report.table(
      ['file', 'bytes', 'sha256'],
      project.artifacts.map((a) => [markdownCode(a.name), String(a.size), a.sha256])
    );
  }
  report.heading('NTIA minimum elements');
  report.table(
    ['element', 'present', 'detail'],
    ntia.map((e) => [e.element, ntiaMark(e), markdownText(e.detail, { max: 1_000 })])
  );
  report.heading('SBOMs');
  report.list(written.map((w) => markdownCode(w)));
  if (dev) report.text(`${dev} dev-only packages included (include-dev: true).`);
  report.data.sbom = {
    root: { name: project.root.name, version: project.root.version, purl: project.root.purl },
    components: project.packages.length,
    files: written,
    lockfiles: results.map((r, i) => ({
      file: r.file,
      kind: r.kind,
      packages: r.packages.length,
      entries: coverage[i].entries,
      placed: coverage[i].placed,
      excluded: coverage[i].excluded,
      thirdParty: coverage[i].thirdParty
    })),
    unsupported,
    ntia,
    timestamp: project.timestamp,
    timestampSource: project.timestampSource
  };
}
