import * as core from '@actions/core';
import type { Report } from '#core/report.js';
import type { Generated } from './generate.js';
import { ntiaMark } from './ntia.js';

/** Writes what was read and what the SBOMs hold, the NTIA minimum elements included, into the report. */
export function renderSummary(report: Report, generated: Generated, written: string[]): void {
  const { project, results, unsupported, ntia } = generated;
  const dev = project.packages.filter((p) => p.dev).length;
  report.status(
    'pass',
    `${project.root.name}${project.root.version ? ' ' + project.root.version : ''}: ${project.packages.length} components, ${project.artifacts.length} files; ${written.length} SBOM${written.length === 1 ? '' : 's'} written and valid against the official schema.`
  );
  if (results.length) {
    report.heading('Lockfiles');
    report.table(
      ['lockfile', 'kind', 'packages', 'dev-only'],
      results.map((r) => [
        r.file,
        r.kind,
        String(r.packages.length),
        String(r.packages.filter((p) => p.dev).length)
      ])
    );
  }
  for (const name of unsupported) {
    const message = `${name} was found but is not a lockfile kind this action reads: its packages are NOT in the SBOM.`;
    report.status('warn', message);
    core.warning(message);
  }
  const notes = results.flatMap((r) => r.notes);
  if (notes.length) {
    report.heading('Notes');
    report.list(notes);
    for (const n of notes) core.notice(n);
  }
  if (project.artifacts.length) {
    report.heading('Files');
    report.table(
      ['file', 'bytes', 'sha256'],
      project.artifacts.map((a) => [a.name, String(a.size), a.sha256])
    );
  }
  report.heading('NTIA minimum elements');
  report.table(
    ['element', 'present', 'detail'],
    ntia.map((e) => [e.element, ntiaMark(e), e.detail])
  );
  report.heading('SBOMs');
  report.list(written.map((w) => `\`${w}\``));
  if (dev) report.text(`${dev} dev-only packages included (include-dev: true).`);
  report.data.sbom = {
    root: { name: project.root.name, version: project.root.version, purl: project.root.purl },
    components: project.packages.length,
    files: written,
    lockfiles: results.map((r) => ({ file: r.file, kind: r.kind, packages: r.packages.length })),
    unsupported,
    ntia,
    timestamp: project.timestamp,
    timestampSource: project.timestampSource
  };
}
