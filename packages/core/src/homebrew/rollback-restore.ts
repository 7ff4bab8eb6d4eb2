import { diffLines } from './unified-diff.js';
import { downloadValues, readFormula, type FormulaModel } from './formula-model.js';
import { joinLines, splitLines } from './ruby-lexer.js';

// A rollback restores what a version needs — url, sha256, mirrors, version, and the revision and
// bottle block that belonged to it — from the formula as it was at that version, and keeps every
// other change made since (a new dependency, a fixed test). It takes the line diff from today's
// formula to the old one and applies only the hunks made entirely of those lines.

/** Line indexes holding url/sha256/mirror/version/revision lines and bottle blocks (with their blank neighbours). */
function managedLines(model: FormulaModel): { managed: Set<number>; bottle: Set<number> } {
  const managed = new Set<number>();
  const bottle = new Set<number>();
  for (const d of model.downloads) {
    managed.add(d.url.line);
    managed.add(d.sha256.line);
    for (const m of d.mirrors) managed.add(m.line);
  }
  for (const v of model.versions) managed.add(v.line);
  for (const r of model.revisions) managed.add(r.line);
  for (const b of model.bottles) for (let i = b.start; i <= b.end; i++) bottle.add(i);
  return { managed, bottle };
}

export interface RestoreResult {
  text: string;
  /** Hunks left alone because they touch other lines (changes made since that version). */
  keptHunks: number;
}

/**
 * Restores the version-specific lines of `oldText` into `currentText`.
 * When nothing else changed in between, the result is `oldText` byte for byte.
 */
export function restoreVersionLines(currentText: string, oldText: string): RestoreResult {
  const current = readFormula(currentText);
  const old = readFormula(oldText);
  const cur = managedLines(current);
  const prev = managedLines(old);
  const oldLines = splitLines(oldText);
  const curLines = splitLines(currentText);
  const tag = (set: ReturnType<typeof managedLines>, n: number) =>
    Array.from({ length: n }, (_, i) => (set.managed.has(i) ? 'value' : set.bottle.has(i) ? 'bottle' : ''));
  const ops = diffLines(currentText, oldText, [tag(cur, curLines.length), tag(prev, oldLines.length)]);
  const out: typeof curLines = [];
  let keptHunks = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k].op === ' ') {
      out.push(curLines[ops[k].oldIndex]);
      k++;
      continue;
    }
    let e = k;
    while (e < ops.length && ops[e].op !== ' ') e++;
    const hunk = ops.slice(k, e);
    const touchesBottle = hunk.some((o) =>
      o.op === '-' ? cur.bottle.has(o.oldIndex) : prev.bottle.has(o.newIndex)
    );
    const blank = (o: (typeof hunk)[number]) =>
      (o.op === '-' ? curLines[o.oldIndex] : oldLines[o.newIndex]).text.trim() === '';
    // Per line: today's managed lines go, the old version's managed lines come back; any other
    // line in the hunk is a change made since that version and stays as it is today.
    const managed = (o: (typeof hunk)[number]) => {
      const set = o.op === '-' ? cur : prev;
      const index = o.op === '-' ? o.oldIndex : o.newIndex;
      return set.managed.has(index) || set.bottle.has(index) || (touchesBottle && blank(o));
    };
    let other = false;
    for (const o of hunk) {
      const m = managed(o);
      if (!m) other = true;
      if (o.op === '-' && !m) out.push(curLines[o.oldIndex]);
      if (o.op === '+' && m) out.push(oldLines[o.newIndex]);
    }
    if (other) keptHunks++;
    k = e;
  }
  return { text: joinLines(out), keptHunks };
}

/** True when the restored text reads back the old formula's downloads and version. */
export function restoredMatches(restored: string, oldText: string): string[] {
  const a = readFormula(restored);
  const b = readFormula(oldText);
  const problems = [...a.problems];
  const va = JSON.stringify(downloadValues(a));
  const vb = JSON.stringify(downloadValues(b));
  if (va !== vb) problems.push('the restored downloads differ from that version’s');
  const verA = a.versions.map((v) => v.value).join();
  const verB = b.versions.map((v) => v.value).join();
  if (verA !== verB)
    problems.push(`the restored version lines (${verA}) differ from that version’s (${verB})`);
  return problems;
}
