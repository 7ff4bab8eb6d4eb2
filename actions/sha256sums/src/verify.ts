import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ChecksumFileEncodingError,
  parseChecksumFile,
  unsafePathReason,
  type ChecksumAlgorithm,
  type NumberedEntry,
  type ParsedChecksumFile
} from '#core/checksums.js';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import { cpuCount, hashFiles, prewarmHashWorkers, type FileHash } from '#core/hash-files.js';
import { mark, type Report, type Status } from '#core/report.js';
import { setChecksumsOutput } from './generate.js';
import type { Settings } from './inputs.js';
import { Inputs, Outputs } from './names.js';
import { displayPath, resolveWorkingDirectory } from './working-directory.js';
import { logInfo, markdownCode, markdownText } from '#core/untrusted-text.js';

export type FailureReason = 'mismatch' | 'missing' | 'malformed' | 'unsafe-path' | 'unreadable';

export interface VerifyFailure {
  name: string;
  line: number;
  reason: FailureReason;
  detail?: string;
}

interface Row {
  line: number;
  name: string;
  status: Status;
  text: string;
}

async function readChecksumsFile(abs: string, shown: string): Promise<ParsedChecksumFile> {
  let data: Buffer;
  try {
    data = await readFile(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `Input '${Inputs.ChecksumsFile}': ${shown} does not exist. Give the checksum file to verify (relative to working-directory).`
        : `Input '${Inputs.ChecksumsFile}': cannot read ${shown}: ${getErrorMessage(e)}`
    );
  }
  try {
    return parseChecksumFile(data);
  } catch (e) {
    if (e instanceof ChecksumFileEncodingError)
      throw new ConfigurationError(`Input '${Inputs.ChecksumsFile}': ${shown}: ${e.message}`);
    throw e;
  }
}

/**
 * Verify mode, as `sha256sum -c` (plus `--ignore-missing`, `--strict`): every line is checked and every
 * failure reported with its line number; unsafe names are refused without being opened.
 */
export async function verify(settings: Settings, report: Report): Promise<void> {
  const cwd = resolveWorkingDirectory(settings.workingDirectory);
  const abs = path.resolve(cwd, settings.checksumsFile);
  const shown = displayPath(abs);
  const threads = settings.concurrency || cpuCount();
  // Worker threads start while the files are listed (or the checksum file read), not after.
  if (threads > 1) prewarmHashWorkers(threads - 1);
  const parsed = await readChecksumsFile(abs, shown);
  if (parsed.encoding === 'utf-8-bom') logInfo(`${shown} starts with a UTF-8 byte order mark; ignored.`);
  if (parsed.crlf) logInfo(`${shown} has CRLF line ends; tolerated.`);

  const failures: VerifyFailure[] = [];
  const rows: Row[] = [];
  const fail = (f: VerifyFailure, text: string) => {
    failures.push(f);
    rows.push({ line: f.line, name: f.name, status: 'fail', text });
  };

  const malformedFails = settings.strict || parsed.entries.length === 0;
  for (const m of parsed.malformed) {
    const detail = `line ${m.line}: improperly formatted checksum line (${m.reason})`;
    if (malformedFails)
      fail({ name: m.text.slice(0, 200), line: m.line, reason: 'malformed', detail: m.reason }, detail);
    else {
      core.warning(`${shown} ${detail}`);
      rows.push({
        line: m.line,
        name: m.text.slice(0, 200),
        status: 'warn',
        text: `malformed, ignored (${m.reason})`
      });
    }
  }

  const safe: NumberedEntry[] = [];
  for (const entry of parsed.entries) {
    const unsafe = unsafePathReason(entry.name);
    if (unsafe)
      fail(
        { name: entry.name, line: entry.line, reason: 'unsafe-path', detail: unsafe },
        `unsafe path (${unsafe}), not opened`
      );
    else safe.push(entry);
  }

  // Hash each distinct (algorithm, name) once, however many lines name it.
  const hashes = new Map<string, FileHash>();
  for (const algorithm of ['sha256', 'sha512'] as ChecksumAlgorithm[]) {
    const names = [...new Set(safe.filter((e) => e.algorithm === algorithm).map((e) => e.name))];
    if (names.length === 0) continue;
    const results = await hashFiles(
      names.map((n) => path.resolve(cwd, n)),
      { algorithm, concurrency: threads }
    );
    results.forEach((r, i) => hashes.set(`${algorithm}:${names[i]}`, r));
  }

  const verified: Record<string, string> = {};
  let verifiedCount = 0;
  let skipped = 0;
  for (const entry of safe) {
    const r = hashes.get(`${entry.algorithm}:${entry.name}`)!;
    if (r.error) {
      if (r.error.code === 'ENOENT' || r.error.code === 'ENOTDIR') {
        if (settings.ignoreMissing) {
          skipped++;
          rows.push({ line: entry.line, name: entry.name, status: 'skip', text: 'missing, ignored' });
        } else fail({ name: entry.name, line: entry.line, reason: 'missing' }, 'missing (no such file)');
      } else
        fail(
          { name: entry.name, line: entry.line, reason: 'unreadable', detail: r.error.code },
          `unreadable (${r.error.code})`
        );
    } else if (r.hash === entry.hash) {
      verifiedCount++;
      verified[entry.name] = entry.hash;
      rows.push({ line: entry.line, name: entry.name, status: 'pass', text: `OK (${entry.algorithm})` });
    } else
      fail(
        {
          name: entry.name,
          line: entry.line,
          reason: 'mismatch',
          detail: `expected ${entry.hash}, got ${r.hash}`
        },
        `${entry.algorithm} mismatch`
      );
  }

  // A name that failed on any line is not reported as verified, even if another line matched.
  for (const f of failures) delete verified[f.name];
  rows.sort((a, b) => a.line - b.line);
  // The step log reads like `sha256sum -c`: one line per entry (capped, the summary and report.json have all).
  for (const r of rows.slice(0, 2000))
    logInfo(
      `${JSON.stringify(r.name).slice(1, -1)}: ${r.status === 'pass' ? 'OK' : `${r.text} (line ${r.line})`}`
    );
  if (rows.length > 2000) logInfo(`… ${rows.length - 2000} more lines in the job summary and report.json.`);
  for (const f of failures.sort((a, b) => a.line - b.line)) {
    report.fail(
      f.reason,
      `${shown} line ${f.line}: ${JSON.stringify(f.name)}: ${f.reason}${f.detail ? ` (${f.detail})` : ''}`,
      undefined,
      { file: shown, line: f.line }
    );
  }
  if (parsed.entries.length === 0)
    report.fail('malformed', `${shown}: no properly formatted checksum lines found`);
  else if (settings.ignoreMissing && verifiedCount === 0 && failures.length === 0)
    report.fail('missing', `${shown}: no file was verified (every listed file is missing)`);

  report.output(Outputs.ChecksumsFile, shown);
  setChecksumsOutput(report, verified);
  report.output(Outputs.Count, String(parsed.entries.length));
  report.output(Outputs.Verified, String(verifiedCount));
  report.output(
    Outputs.Failed,
    failures.map((f) => ({ name: f.name, line: f.line, reason: f.reason }))
  );
  report.data.verify = {
    file: shown,
    encoding: parsed.encoding,
    crlf: parsed.crlf,
    verified: verifiedCount,
    skipped,
    failures
  };

  const verdict = failures.length || report.failures.length ? 'fail' : 'pass';
  report.status(
    verdict,
    `${shown}: ${verifiedCount} verified, ${failures.length} failed${skipped ? `, ${skipped} missing and ignored` : ''}${!malformedFails && parsed.malformed.length ? `, ${parsed.malformed.length} malformed line${parsed.malformed.length > 1 ? 's' : ''} ignored` : ''}.`
  );
  const shownRows = rows
    .filter((r) => r.status !== 'pass')
    .concat(rows.filter((r) => r.status === 'pass'))
    .slice(0, 500);
  report.table(
    ['line', 'file', 'status'],
    shownRows.map((r) => [String(r.line), markdownCode(r.name), `${mark(r.status)} ${markdownText(r.text)}`])
  );
  if (rows.length > shownRows.length)
    report.text(`… and ${rows.length - shownRows.length} more rows (all in report.json).`);
}
