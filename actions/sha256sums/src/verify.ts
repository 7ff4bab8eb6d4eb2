import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ChecksumFileEncodingError, parseChecksumFile, type ParsedChecksumFile } from '#core/checksums.js';
import { ConfigurationError, getErrorMessage } from '#core/errors.js';
import { cpuCount, hashFiles, prewarmHashWorkers, type FileHash } from '#core/hash-files.js';
import { mark, type Report, type Status } from '#core/report.js';
import { setChecksumsOutput } from './generate.js';
import type { VerifyHeadStart } from './head-start.js';
import type { Settings } from './inputs.js';
import { Inputs, Outputs } from './names.js';
import { sameVerifyPlan, verifyWork, type VerifyPlan } from './verify-plan.js';
import { displayPath, resolveWorkingDirectory } from './working-directory.js';
import { logInfo, logSafe, logValue, markdownCode, markdownText } from '#core/untrusted-text.js';

export type FailureReason = 'mismatch' | 'missing' | 'malformed' | 'unsafe-path' | 'unreadable';

export interface VerifyFailure {
  /** The name as listed; empty for a malformed line, whose content is never repeated. */
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

/** Rows the step log shows, and the job summary (the rest is in report.json). */
const MAX_LOG_ROWS = 2000;
const MAX_SUMMARY_ROWS = 500;

/** A name as the log shows it: escaped like JSON (no line breaks), never starting a workflow command. */

/**
 * Verify mode, as `sha256sum -c` (plus `--ignore-missing`, `--strict`): every line is checked and every
 * failure reported with its line number; unsafe names are refused without being opened; a malformed
 * line is reported by number and reason, never by content (the "checksum file" may be a planted link
 * to a secret). `head` is the same work begun before the action loaded, used when the plan matches.
 */
export async function verify(settings: Settings, report: Report, head?: VerifyHeadStart): Promise<void> {
  const cwd = resolveWorkingDirectory(settings.workingDirectory);
  const abs = path.resolve(cwd, settings.checksumsFile);
  const shown = displayPath(abs);
  const plan: VerifyPlan = { cwd, checksumsFile: abs, threads: settings.concurrency || cpuCount() };
  const adopted = head && sameVerifyPlan(head.plan, plan) ? head : undefined;
  if (head && !adopted) head.job.cancel();
  // Worker threads start while the checksum file is read, not after.
  if (!adopted && plan.threads > 1) prewarmHashWorkers(plan.threads - 1);
  const started = adopted?.started ?? Date.now();
  const parsed = adopted?.parsed ?? (await readChecksumsFile(abs, shown));
  if (parsed.encoding === 'utf-8-bom') logInfo(`${shown} starts with a UTF-8 byte order mark; ignored.`);
  if (parsed.crlf) logInfo(`${shown} has CRLF line ends; tolerated.`);
  const work = adopted?.work ?? verifyWork(parsed, cwd);

  // Each distinct (algorithm, name) is hashed once, however many lines name it.
  const results: FileHash[][] = [];
  for (const [g, group] of work.groups.entries())
    results.push(
      await (g === 0 && adopted
        ? adopted.job.result
        : hashFiles(group.paths, { algorithm: group.algorithm, concurrency: plan.threads }))
    );
  report.data.hashing = {
    ms: Date.now() - started,
    threads: new Set(results.flat().map((r) => r.thread)).size,
    headStart: Boolean(adopted)
  };

  const failures: VerifyFailure[] = [];
  // Rows other than passes, and the first passes: the log shows the first MAX_LOG_ROWS rows by line,
  // the summary the failures first; a list of 100,000 files need not become 100,000 row objects.
  const rows: Row[] = [];
  let passes = 0;
  const fail = (f: VerifyFailure, text: string) => {
    failures.push(f);
    rows.push({ line: f.line, name: f.name, status: 'fail', text });
  };

  const malformedFails = settings.strict || parsed.entries.length === 0;
  for (const m of parsed.malformed) {
    const detail = `line ${m.line}: improperly formatted checksum line (${m.reason})`;
    if (malformedFails) fail({ name: '', line: m.line, reason: 'malformed', detail: m.reason }, detail);
    else {
      core.warning(`${shown} ${detail}`);
      rows.push({ line: m.line, name: '', status: 'warn', text: `malformed, ignored (${m.reason})` });
    }
  }
  for (const { entry, reason } of work.unsafe)
    fail(
      { name: entry.name, line: entry.line, reason: 'unsafe-path', detail: reason },
      `unsafe path (${reason}), not opened`
    );

  const verified = new Map<string, string>();
  let skipped = 0;
  work.safe.forEach((entry, i) => {
    const r = results[work.group[i]][work.slot[i]];
    if (r.error) {
      // Exactly what `sha256sum --ignore-missing` skips: ENOENT (ENOTDIR, `file/x`, fails as there).
      if (r.error.code === 'ENOENT' && settings.ignoreMissing) {
        skipped++;
        rows.push({ line: entry.line, name: entry.name, status: 'skip', text: 'missing, ignored' });
      } else if (r.error.code === 'ENOENT' || r.error.code === 'ENOTDIR')
        fail(
          { name: entry.name, line: entry.line, reason: 'missing', detail: r.error.code },
          r.error.code === 'ENOENT' ? 'missing (no such file)' : 'missing (a parent is not a directory)'
        );
      else
        fail(
          { name: entry.name, line: entry.line, reason: 'unreadable', detail: r.error.code },
          `unreadable (${r.error.code})`
        );
    } else if (r.hash === entry.hash) {
      verified.set(entry.name, entry.hash);
      if (passes++ < MAX_LOG_ROWS)
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
  });
  const verifiedCount = passes;

  // A name that failed on any line is not reported as verified, even if another line matched.
  for (const f of failures) verified.delete(f.name);
  rows.sort((a, b) => a.line - b.line);
  const totalRows = rows.length - Math.min(passes, MAX_LOG_ROWS) + passes;
  // The step log reads like `sha256sum -c`: one line per entry (capped, the summary and report.json have
  // all), written at once.
  const logLines = rows
    .slice(0, MAX_LOG_ROWS)
    .map((r) =>
      r.name === ''
        ? `line ${r.line}: ${r.text}`
        : `${logValue(r.name)}: ${r.status === 'pass' ? 'OK' : `${r.text} (line ${r.line})`}`
    );
  if (totalRows > MAX_LOG_ROWS)
    logLines.push(`… ${totalRows - MAX_LOG_ROWS} more lines in the job summary and report.json.`);
  // Each name is one neutralised line already (logValue); the batch goes out in one write.
  if (logLines.length) core.info(logLines.join('\n'));
  for (const f of failures.sort((a, b) => a.line - b.line)) {
    report.fail(
      f.reason,
      logSafe(
        `${shown} line ${f.line}: ${f.name === '' ? '' : `${JSON.stringify(f.name)}: `}${f.reason}${f.detail ? ` (${f.detail})` : ''}`
      ),
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
    .slice(0, MAX_SUMMARY_ROWS);
  report.table(
    ['line', 'file', 'status'],
    shownRows.map((r) => [
      String(r.line),
      r.name === '' ? '—' : markdownCode(r.name),
      `${mark(r.status)} ${markdownText(r.text)}`
    ])
  );
  if (totalRows > shownRows.length)
    report.text(`… and ${totalRows - shownRows.length} more rows (all in report.json).`);
}
