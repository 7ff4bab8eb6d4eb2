import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { formatBsdLine, formatChecksumLine, formatGnuLine } from '#core/checksums.js';
import { ConfigurationError } from '#core/errors.js';
import { hashFiles, prewarmHashWorkers } from '#core/hash-files.js';
import type { Report } from '#core/report.js';
import type { HeadStart } from './head-start.js';
import type { Settings } from './inputs.js';
import { Inputs, Outputs } from './names.js';
import { absolutePaths, planOf, samePlan, selectFiles } from './selection.js';
import { displayPath, resolveWorkingDirectory } from './working-directory.js';
import { writeFileAtomic } from '#core/write-file.js';
import { markdownCode } from '#core/untrusted-text.js';

export interface HashedFile {
  /** Relative to the working directory, forward slashes. */
  name: string;
  abs: string;
  hash: string;
  size: number;
}

// GitHub caps a step's outputs at 1 MB; beyond this the full list lives in the checksum file and report.json.
const MAX_OUTPUT_BYTES = 512 * 1024;

/** Sets the `checksums` output unless it would be too big for the runner, which is then said. */
export function setChecksumsOutput(
  report: Report,
  checksums: Record<string, string> | ReadonlyMap<string, string>
): void {
  const names = checksums instanceof Map ? [...checksums.keys()] : Object.keys(checksums);
  // A lower bound of the JSON size, so that a huge object is not serialised only to be dropped.
  const atLeast = names.reduce((n, name) => n + name.length + 70, 2);
  const json =
    atLeast > MAX_OUTPUT_BYTES
      ? undefined
      : JSON.stringify(checksums instanceof Map ? Object.fromEntries(checksums) : checksums);
  if (json !== undefined && json.length <= MAX_OUTPUT_BYTES) report.output(Outputs.Checksums, json);
  else
    core.warning(
      `The '${Outputs.Checksums}' output is left empty: ${names.length} entries (over ${Math.floor(MAX_OUTPUT_BYTES / 1024)} KiB of JSON) exceed what a step output should hold. Read the checksum file or report.json instead.`
    );
}

/** The sidecar of a file: exactly what `sha256sum <base> > <base>.sha256` writes in the file's directory. */
export function sidecarContent(
  settings: Pick<Settings, 'algorithm' | 'sidecarFormat'>,
  file: Pick<HashedFile, 'name' | 'hash'>
): string {
  const base = file.name.slice(file.name.lastIndexOf('/') + 1);
  if (settings.sidecarFormat === 'hash-only') return `${file.hash}\n`;
  if (settings.sidecarFormat === 'bsd') return formatBsdLine(settings.algorithm, file.hash, base);
  return formatGnuLine(file.hash, base, { algorithm: settings.algorithm });
}

function humanSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return u === 0 ? `${bytes} B` : `${n.toFixed(1)} ${units[u]}`;
}

/**
 * Generate mode: expand the patterns, hash every file (all before writing anything), then write the
 * checksum file and sidecars atomically, report, and upload when a release tag is given.
 */
export async function generate(settings: Settings, report: Report, head?: HeadStart): Promise<void> {
  const cwd = resolveWorkingDirectory(settings.workingDirectory);
  const plan = planOf(settings, cwd);
  const outputAbs = path.resolve(cwd, settings.output);
  const ext = `.${settings.algorithm}`;

  // The work index.ts began before this code loaded, if it is exactly what the validated inputs ask for.
  const adopted = head && samePlan(head.plan, plan) ? head : undefined;
  if (head && !adopted) head.job.cancel();
  // Worker threads start while the files are listed, not after.
  if (!adopted && plan.threads > 1) prewarmHashWorkers(plan.threads - 1);
  const { names, unmatched, ms: globMs } = adopted?.selection ?? (await selectFiles(plan));
  for (const pattern of unmatched)
    core.warning(
      `Input '${Inputs.Files}': ${JSON.stringify(pattern)} matched no file in ${displayPath(cwd)}.`
    );
  if (names.length === 0) {
    throw new ConfigurationError(
      `Input '${Inputs.Files}': no file matched ${settings.files.map((p) => JSON.stringify(p)).join(', ')} in ${displayPath(cwd)} (directories and checksum files are skipped). Check the patterns and working-directory, and that the files were built before this step.`
    );
  }

  const started = adopted?.started ?? Date.now();
  const results = await (adopted?.job.result ??
    hashFiles(absolutePaths(cwd, names), { algorithm: settings.algorithm, concurrency: plan.threads }));
  // How the work was spread, for the benchmark and for anyone wondering why a step took long.
  report.data.hashing = {
    globMs,
    ms: Date.now() - started,
    threads: new Set(results.map((r) => r.thread)).size,
    headStart: Boolean(adopted)
  };
  const unreadable = results.flatMap((r, i) => (r.error ? [`${names[i]}: ${r.error.message}`] : []));
  if (unreadable.length) {
    throw new ConfigurationError(
      `Could not read ${unreadable.length} matched file${unreadable.length > 1 ? 's' : ''}; no checksum file was written:\n${unreadable.join('\n')}`
    );
  }
  const hashed: HashedFile[] = results.map((r, i) => ({
    name: names[i],
    abs: r.path,
    hash: r.hash!,
    size: r.size!
  }));

  const content = hashed
    .map((f) => formatChecksumLine(settings.format, settings.algorithm, f.hash, f.name))
    .join('');
  const outputs: { name: string; abs: string }[] = [];
  await mkdir(path.dirname(outputAbs), { recursive: true });
  report.write({
    kind: 'file',
    target: displayPath(outputAbs),
    result: await writeFileAtomic(outputAbs, content)
  });
  outputs.push({ name: path.basename(outputAbs), abs: outputAbs });
  if (settings.sidecars) {
    for (const f of hashed) {
      const abs = f.abs + ext;
      report.write({
        kind: 'file',
        target: displayPath(abs),
        result: await writeFileAtomic(abs, sidecarContent(settings, f))
      });
      outputs.push({ name: path.basename(abs), abs });
    }
  }

  const checksums = Object.fromEntries(hashed.map((f) => [f.name, f.hash]));
  report.output(Outputs.ChecksumsFile, displayPath(outputAbs));
  setChecksumsOutput(report, checksums);
  report.output(Outputs.Count, String(hashed.length));
  // name → hex, as the output (report.json is written for every run: one short line per file keeps it cheap).
  report.data.algorithm = settings.algorithm;
  report.data.checksums = checksums;
  const total = hashed.reduce((s, f) => s + f.size, 0);
  report.data.bytes = total;

  report.status(
    'pass',
    `${hashed.length} file${hashed.length > 1 ? 's' : ''} (${humanSize(total)}) hashed with ${settings.algorithm} into \`${displayPath(outputAbs)}\` (${settings.format} format${settings.sidecars ? `, with ${ext} sidecars` : ''}).`
  );
  const shown = hashed.slice(0, 500);
  report.table(
    ['file', 'size', settings.algorithm],
    shown.map((f) => [markdownCode(f.name), humanSize(f.size), `\`${f.hash}\``])
  );
  if (hashed.length > shown.length)
    report.text(`… and ${hashed.length - shown.length} more (all in report.json and the checksum file).`);

  if (settings.upload) {
    if (hashed.some((f) => f.name.includes('/'))) {
      core.warning(
        `Names in ${path.basename(outputAbs)} hold directories (e.g. ${hashed.find((f) => f.name.includes('/'))!.name}), but release assets download into one folder, so 'sha256sum -c' fails there. Set working-directory to the folder of the files (e.g. working-directory: dist, files: '*').`
      );
    }
    const { uploadChecksums } = await import('./upload.js');
    await uploadChecksums(settings.upload, outputs, report);
  }
}
