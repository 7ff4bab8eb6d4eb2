import { splitLines } from './ruby-lexer.js';
import { evaluateFormula, interpolateVersion } from './formula-evaluate.js';
import { readFormula, type FormulaModel, type ValueRef } from './formula-model.js';
import type { EditPlan } from './formula-editor.js';

// The last gate before a formula is written: the edited text is read again from scratch and run for
// every platform, and each must resolve to exactly the planned url, sha256, mirrors and version;
// outside the planned values and removals, no byte may differ.

interface LineEdit {
  ref: ValueRef;
  /** The new text between the quotes; null when the line is removed. */
  next: string | null;
}

function plannedLineEdits(before: FormulaModel, plan: EditPlan): Map<number, LineEdit> {
  const edits = new Map<number, LineEdit>();
  for (const [i, d] of before.downloads.entries()) {
    const e = plan.downloads[i];
    edits.set(d.url.line, { ref: d.url, next: e.url });
    edits.set(d.sha256.line, { ref: d.sha256, next: e.sha256 });
    for (const [j, m] of d.mirrors.entries()) edits.set(m.line, { ref: m, next: e.mirrors[j] ?? null });
  }
  if (plan.version !== undefined)
    for (const v of before.versions) edits.set(v.line, { ref: v, next: plan.version });
  return edits;
}

/**
 * Checks an edited formula against the plan, platform by platform, and line by line.
 * @returns the differences found (`linux-arm: url reads …, expected …`, `line 12 changed: …`); empty when
 *   the edit is exactly the plan.
 */
export function checkEdit(before: FormulaModel, afterText: string, plan: EditPlan): string[] {
  const after = readFormula(afterText);
  if (after.problems.length) return after.problems.map((p) => `the edited formula: ${p}`);
  const edits = plannedLineEdits(before, plan);
  const was = evaluateFormula(before);
  const now = evaluateFormula(after);
  const problems = [...now.problems];
  // Platforms with the same difference are named together: `linux-arm, linux-386: url reads …`.
  const byMessage = new Map<string, string[]>();
  const differs = (platform: string, message: string) =>
    byMessage.set(message, [...(byMessage.get(message) ?? []), platform]);
  for (const [platform, b] of was.platforms) {
    const a = now.platforms.get(platform)!;
    const versionText = b.versionLine
      ? (edits.get(b.versionLine.line)?.next ?? b.versionLine.text)
      : undefined;
    const expect = (ev: { line: number; text: string } | undefined) => {
      if (!ev) return undefined;
      const text = edits.has(ev.line) ? edits.get(ev.line)!.next : ev.text;
      if (text === null) return null;
      const value = interpolateVersion(text, versionText);
      return value === undefined ? undefined : { text, value };
    };
    const url = expect(b.url) ?? undefined;
    const sha256 = expect(b.sha256)?.value.toLowerCase();
    const mirrors = b.mirrors.map(expect).filter((m) => !!m);
    const compare = (what: string, got: string | undefined, want: string | undefined) => {
      if ((got ?? null) !== (want ?? null))
        differs(platform, `${what} reads ${got ?? '(none)'}, expected ${want ?? '(none)'}`);
    };
    compare('url', a.url?.value, url?.value);
    compare('url text', a.url?.text, url?.text);
    compare('sha256', a.sha256?.value, sha256);
    compare('mirrors', a.mirrors.map((m) => m.value).join(' '), mirrors.map((m) => m.value).join(' '));
    // Without a version line Homebrew reads the version from the url: it must read the planned one.
    if (url) {
      const version = plan.version ?? b.version;
      if (a.version !== version)
        differs(
          platform,
          `Homebrew would read version ${a.version ?? '(none)'} from ${a.url?.value ?? 'no url'}, not ${version}${b.versionLine ? '' : '; add a version line to the formula'}`
        );
    }
  }
  for (const [message, platforms] of byMessage) problems.push(`${platforms.join(', ')}: ${message}`);
  problems.push(...unplannedLineChanges(before, afterText, edits, plan));
  return [...new Set(problems)];
}

/** Lines that differ other than by a planned value or a planned removal. */
function unplannedLineChanges(
  before: FormulaModel,
  afterText: string,
  edits: Map<number, LineEdit>,
  plan: EditPlan
): string[] {
  // Line endings count: an edit must not turn CRLF into LF or take the final newline.
  const old = before.structure.lines.map((l) => l.text + l.eol);
  const next = splitLines(afterText).map((l) => l.text + l.eol);
  const removable = new Set<number>();
  if (plan.removeRevision) for (const r of before.revisions) removable.add(r.line);
  if (plan.removeBottles)
    for (const b of before.bottles) for (let i = b.start; i <= b.end; i++) removable.add(i);
  for (const [line, e] of edits) if (e.next === null) removable.add(line);
  const removing = removable.size > 0;
  const problems: string[] = [];
  let j = 0;
  for (let i = 0; i < old.length; i++) {
    const edit = edits.get(i);
    const line = old[i];
    if (edit && edit.next !== null) {
      const expected = line.slice(0, edit.ref.start) + edit.next + line.slice(edit.ref.end);
      if (next[j] === expected) {
        j++;
        continue;
      }
    } else if (next[j] === line && !removable.has(i)) {
      j++;
      continue;
    }
    // A removal may take one blank neighbour with it, so two blank lines do not end up in a row.
    if (removable.has(i) || (removing && line.trim() === '')) continue;
    if (next[j] === line) {
      j++;
      continue;
    }
    problems.push(
      `line ${i + 1} changed outside the planned values: ${JSON.stringify(line)} → ${JSON.stringify(next[j] ?? '(end of file)')}`
    );
    return problems;
  }
  if (j < next.length) problems.push(`the edited formula has ${next.length - j} line(s) more than planned`);
  return problems;
}
