import { joinLines, splitLines, type SourceLine } from './ruby-lexer.js';
import { readFormula, type FormulaModel, type ValueRef } from './formula-model.js';
import { checkEdit } from './formula-check.js';

/** New values for one download, aligned with `FormulaModel.downloads`. */
export interface DownloadEdit {
  /** The url as written between the quotes (`#{version}` kept where the formula has it). */
  url: string;
  sha256: string;
  /** One per existing mirror line: the new mirror, or null to drop that line. */
  mirrors: (string | null)[];
}

export interface EditPlan {
  downloads: DownloadEdit[];
  /** Sets every stable `version "…"` line. */
  version?: string;
  /** Removes `revision N` lines (a new version starts again at revision 0). */
  removeRevision: boolean;
  /** Removes top-level `bottle do … end` blocks (their sha256s belong to the old version). */
  removeBottles: boolean;
}

export interface EditResult {
  text: string;
  /** What changed, for the summary: `url (darwin-arm64)`, `revision removed`, … */
  changes: string[];
}

function replaceValue(lines: SourceLine[], ref: ValueRef, value: string): boolean {
  const line = lines[ref.line];
  if (line.text.slice(ref.start, ref.end) === value) return false;
  line.text = line.text.slice(0, ref.start) + value + line.text.slice(ref.end);
  return true;
}

/** Marks lines `start..end` for deletion and, when that would leave two blank lines in a row, one of them too. */
function deleteRange(lines: SourceLine[], drop: Set<number>, start: number, end: number): void {
  for (let i = start; i <= end; i++) drop.add(i);
  const blank = (i: number) => i >= 0 && i < lines.length && !drop.has(i) && lines[i].text.trim() === '';
  let before = start - 1;
  while (before >= 0 && drop.has(before)) before--;
  if (blank(before) && blank(end + 1)) drop.add(end + 1);
}

/**
 * Applies a plan to the formula text. Only the characters between the quotes of url, sha256,
 * mirror and version lines change, plus whole `revision` lines and `bottle` blocks when asked;
 * every other byte (indentation, quotes, comments, line endings) is kept.
 */
export function applyEdit(text: string, model: FormulaModel, plan: EditPlan): EditResult {
  if (plan.downloads.length !== model.downloads.length)
    throw new Error('edit plan does not match the formula');
  const lines = splitLines(text);
  const changes: string[] = [];
  const drop = new Set<number>();
  for (const [i, d] of model.downloads.entries()) {
    const edit = plan.downloads[i];
    const label = d.key === 'all' ? '' : ` (${d.key})`;
    if (replaceValue(lines, d.url, edit.url)) changes.push(`url${label}`);
    if (replaceValue(lines, d.sha256, edit.sha256)) changes.push(`sha256${label}`);
    for (const [j, m] of d.mirrors.entries()) {
      const next = edit.mirrors[j];
      if (next === null || next === undefined) {
        deleteRange(lines, drop, m.line, m.line);
        changes.push(`mirror${label} removed`);
      } else if (replaceValue(lines, m, next)) changes.push(`mirror${label}`);
    }
  }
  if (plan.version !== undefined) {
    for (const v of model.versions) if (replaceValue(lines, v, plan.version)) changes.push('version');
  }
  if (plan.removeRevision) {
    for (const r of model.revisions) {
      deleteRange(lines, drop, r.line, r.line);
      changes.push(`revision ${r.value} removed`);
    }
  }
  if (plan.removeBottles) {
    for (const b of model.bottles) {
      deleteRange(lines, drop, b.start, b.end);
      changes.push('bottle block removed');
    }
  }
  const kept = lines.filter((_, i) => !drop.has(i));
  // Deleting the last line must not take the file's final newline with it.
  if (kept.length && lines.length && lines[lines.length - 1].eol && !kept[kept.length - 1].eol)
    kept[kept.length - 1].eol = lines[lines.length - 1].eol;
  return { text: joinLines(kept), changes: [...new Set(changes)] };
}

/**
 * Re-reads an edited formula and checks it says what the plan asked for, for every platform it
 * declares: the planned url, sha256, mirrors and version, nothing else changed, no revision or
 * bottle left when they were removed.
 * @returns the problems found; empty when the edit reads back correctly.
 */
export function verifyEdit(before: FormulaModel, after: string, plan: EditPlan): string[] {
  const problems = checkEdit(before, after, plan);
  const model = readFormula(after);
  if (plan.version !== undefined)
    for (const v of model.versions)
      if (v.value !== plan.version) problems.push(`version reads ${v.value}, expected ${plan.version}`);
  if (plan.removeRevision && model.revisions.length) problems.push('a revision line is left');
  if (plan.removeBottles && model.bottles.length) problems.push('a bottle block is left');
  return problems;
}
