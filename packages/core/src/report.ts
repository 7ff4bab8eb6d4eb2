import * as core from '@actions/core';
import { appendFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { capMarkdown, escapeHtmlOutsideCode, logSafe, SUMMARY_BYTES_LIMIT } from './untrusted-text.js';

export type Status = 'pass' | 'fail' | 'warn' | 'skip' | 'info';
export type WriteResult = 'created' | 'updated' | 'unchanged' | 'skipped';

const MARKS: Record<Status, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', info: 'ℹ️' };
const TEXT_MARKS: Record<Status, string> = {
  pass: '[ok]',
  fail: '[FAIL]',
  warn: '[warn]',
  skip: '[skip]',
  info: '[info]'
};

/** One write an action made (or chose not to make), so that re-runs are visibly no-ops. */
export interface WriteRecord {
  /** What kind of thing: `asset`, `pull-request`, `issue`, `file`, `comment`, … */
  kind: string;
  /** Which one: a name, path or URL. */
  target: string;
  result: WriteResult;
  reason?: string;
  url?: string;
}

export interface Failure {
  rule: string;
  detail: string;
  url?: string;
  /** Where the problem is, for a file annotation (a checksum file's line, a lockfile's line). */
  file?: string;
  line?: number;
}

type Block =
  | { type: 'heading'; text: string; level: number }
  | { type: 'text'; text: string }
  | { type: 'status'; status: Status; text: string }
  | { type: 'table'; headers: string[]; rows: string[][] }
  | { type: 'code'; text: string; lang: string }
  | { type: 'list'; items: string[] };

/** A status mark for a table cell or line. */
export function mark(status: Status, plain = false): string {
  return (plain ? TEXT_MARKS : MARKS)[status];
}

const PLAIN_MARKS: [string, string][] = [
  ['✅', 'ok'],
  ['❌', 'FAIL'],
  ['⚠️', 'warn'],
  ['⚠', 'warn'],
  ['⏭️', 'skip'],
  ['⏭', 'skip'],
  ['ℹ️', 'info'],
  ['ℹ', 'info'],
  ['⏳', 'pending'],
  ['🔄', 'retry']
];
const MARK_PATTERN = /(✅|❌|⚠|⏭|ℹ|⏳|🔄)\uFE0F?\s*/gu;

// Blocks are Markdown the action wrote, with untrusted parts passed through `untrusted-text.ts`; no
// block may carry HTML, so `<` and `>` outside code spans are escaped here as a last line of defence.
const inline = (text: string) => escapeHtmlOutsideCode(text).replace(/\r\n|\r|\n/g, ' ');

function escapeCell(text: string): string {
  // Only a `|` that is not already escaped would end the cell; backslashes are left as written, so that
  // the escapes of untrusted-text.ts (`\[`, `\|`) keep their meaning.
  const piped = text.replace(/(\\*)\|/g, (m, bs: string) => (bs.length % 2 ? m : `${bs}\\|`));
  return escapeHtmlOutsideCode(piped.replace(/\r\n|\r|\n/g, '\n'))
    .split('\n')
    .join('<br>');
}

function longestFence(text: string): string {
  const runs = text.match(/`{3,}/g) ?? [];
  return '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
}

/**
 * The report of one action run: a job summary, a plain-text rendering for the CLI, outputs, and a
 * machine-readable `report.json` that later steps (the gate, users) can read.
 */
export class Report {
  private readonly blocks: Block[] = [];
  readonly writes: WriteRecord[] = [];
  readonly failures: Failure[] = [];
  readonly outputs: Record<string, string> = {};
  readonly data: Record<string, unknown> = {};
  private readonly startedAt = new Date();

  constructor(
    readonly action: string,
    readonly title: string
  ) {}

  heading(text: string, level = 3): this {
    this.blocks.push({ type: 'heading', text, level });
    return this;
  }

  text(text: string): this {
    this.blocks.push({ type: 'text', text });
    return this;
  }

  /** A line led by a status mark: the verdict, a check's result. */
  status(status: Status, text: string): this {
    this.blocks.push({ type: 'status', status, text });
    return this;
  }

  table(headers: string[], rows: string[][]): this {
    this.blocks.push({ type: 'table', headers, rows });
    return this;
  }

  code(text: string, lang = ''): this {
    this.blocks.push({ type: 'code', text, lang });
    return this;
  }

  list(items: string[]): this {
    this.blocks.push({ type: 'list', items });
    return this;
  }

  /** Records a write (or a deliberate no-op) and logs it. */
  write(record: WriteRecord): WriteRecord {
    this.writes.push(record);
    const why = record.reason ? ` (${record.reason})` : '';
    core.info(logSafe(`${record.kind} ${record.target}: ${record.result}${why}`));
    return record;
  }

  /**
   * Records a failure that will fail the step when the report is finished. With `where`, the failure is
   * also annotated on that file and line.
   */
  fail(rule: string, detail: string, url?: string, where?: { file: string; line?: number }): void {
    this.failures.push({ rule, detail, url, ...(where ? { file: where.file, line: where.line } : {}) });
  }

  /** Sets an output; objects and arrays are written as JSON. */
  output(name: string, value: unknown): void {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    this.outputs[name] = text;
    core.setOutput(name, text);
  }

  /**
   * The job summary: the blocks as Markdown, capped below GitHub's 1 MiB (`limit` bytes) with a note
   * that the rest is in report.json.
   */
  markdown(limit = SUMMARY_BYTES_LIMIT): string {
    const out: string[] = [`## ${inline(this.title)}`, ''];
    for (const b of this.blocks) {
      switch (b.type) {
        case 'heading':
          out.push(`${'#'.repeat(b.level)} ${inline(b.text)}`, '');
          break;
        case 'text':
          out.push(...b.text.split(/\r?\n/).map(escapeHtmlOutsideCode), '');
          break;
        case 'status':
          out.push(`${mark(b.status)} ${inline(b.text)}`, '');
          break;
        case 'table':
          out.push(
            `| ${b.headers.map(escapeCell).join(' | ')} |`,
            `| ${b.headers.map(() => '---').join(' | ')} |`
          );
          for (const row of b.rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
          out.push('');
          break;
        case 'code': {
          const fence = longestFence(b.text);
          out.push(fence + b.lang, b.text.replace(/\n$/, ''), fence, '');
          break;
        }
        case 'list':
          for (const item of b.items) out.push(`- ${inline(item)}`);
          out.push('');
          break;
      }
    }
    if (this.writes.length) {
      out.push('<details><summary>Writes</summary>', '', '| kind | target | result |', '| --- | --- | --- |');
      for (const w of this.writes)
        out.push(
          `| ${escapeCell(w.kind)} | ${escapeCell(w.target)} | ${w.result}${w.reason ? ` (${escapeCell(w.reason)})` : ''} |`
        );
      out.push('', '</details>', '');
    }
    return capMarkdown(out.join('\n'), limit);
  }

  /** The same report for a terminal: aligned columns, text marks, no HTML or inline-code backticks. */
  plainText(): string {
    // Markdown's backslash escapes (untrusted text is escaped that way) read as the character itself.
    const plain = (text: string) =>
      text
        .replace(/\\([\\`*_[\]~|#+\-.!()=])/g, '$1')
        .replace(/`([^`\n]+)`/g, '$1')
        .replace(/\*\*([^*\n]+)\*\*/g, '$1')
        .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 <$2>');
    // A cell that is only a mark becomes its word; a mark before words is dropped.
    const cell = (text: string) => {
      const t = text.trim();
      const only = PLAIN_MARKS.find(([emoji]) => t === emoji || t === emoji + '\uFE0F');
      return only ? only[1] : plain(t.replace(MARK_PATTERN, '')).trim();
    };
    const out: string[] = [`== ${this.title} ==`];
    for (const b of this.blocks) {
      switch (b.type) {
        case 'heading':
          out.push('', `-- ${plain(b.text)} --`);
          break;
        case 'text':
          out.push(plain(b.text));
          break;
        case 'status':
          out.push(`${mark(b.status, true)} ${plain(b.text)}`);
          break;
        case 'table': {
          const plainRows = [b.headers, ...b.rows].map((r) => r.map(cell));
          const widths = b.headers.map((_, i) =>
            Math.min(60, Math.max(...plainRows.map((r) => (r[i] ?? '').length)))
          );
          for (const [n, row] of plainRows.entries()) {
            out.push(
              row
                .map((c, i) => (c ?? '').padEnd(widths[i]))
                .join('  ')
                .trimEnd()
            );
            if (n === 0) out.push(widths.map((w) => '-'.repeat(w)).join('  '));
          }
          break;
        }
        case 'code':
          out.push(b.text.replace(/\n$/, ''));
          break;
        case 'list':
          for (const item of b.items) out.push(`  - ${plain(item)}`);
          break;
      }
    }
    for (const w of this.writes)
      out.push(`${w.kind} ${w.target}: ${w.result}${w.reason ? ` (${w.reason})` : ''}`);
    return out.join('\n');
  }

  /** Where report.json goes: `RELEASE_KIT_REPORT_DIR`, else `$RUNNER_TEMP/release-kit`, else the OS temp dir. */
  static directory(): string {
    return (
      process.env.RELEASE_KIT_REPORT_DIR || path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'release-kit')
    );
  }

  toJSON(status: 'success' | 'failure', error?: string): Record<string, unknown> {
    return {
      schema: 'release-kit/report@1',
      action: this.action,
      title: this.title,
      status,
      error,
      startedAt: this.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      outputs: this.outputs,
      failures: this.failures,
      writes: this.writes,
      data: this.data
    };
  }

  /**
   * Writes the job summary, report.json (path in the `report-json` output) and, in the CLI, hands
   * back the plain text. Called once, whether the action succeeded or not.
   */
  async finish(error?: string): Promise<string> {
    const status = error !== undefined || this.failures.length ? 'failure' : 'success';
    const dir = Report.directory();
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${this.action}-report.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.toJSON(status, error), null, 2) + '\n');
    renameSync(tmp, file);
    this.outputs['report-json'] = file;
    core.setOutput('report-json', file);
    if (error !== undefined) this.status('fail', error || 'The step failed with no message.');
    // Appended directly rather than through core.summary, which remembers the first file it saw: a
    // second action run in the same process (the in-process test harness, the CLI) must write its own.
    if (process.env.GITHUB_STEP_SUMMARY)
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, this.markdown() + os.EOL);
    // The CLI asks for the terminal rendering of the same report.
    if (process.env.RELEASE_KIT_TEXT_REPORT)
      writeFileSync(process.env.RELEASE_KIT_TEXT_REPORT, this.plainText());
    return file;
  }
}
