import { splitLines } from './ruby-lexer.js';

// A unified diff (as `diff -u` / `git diff` print it) of two texts, for the summary and the `diff`
// output. Formulas are small and edits are local, so a plain LCS after trimming the common prefix
// and suffix is fast enough and keeps the code short.

export type DiffOp = { op: ' ' | '-' | '+'; text: string; oldIndex: number; newIndex: number };

interface Line {
  text: string;
  /** False for a last line without a final newline. */
  newline: boolean;
}

function toLines(text: string): Line[] {
  return splitLines(text).map((l) => ({
    text: l.text + (l.eol === '\r\n' ? '\r' : ''),
    newline: l.eol !== ''
  }));
}

/**
 * The line-level edit script from `a` to `b`: kept, removed and added lines in order.
 * `tags` (one string per line of each text) further restricts which lines may match: a line only
 * matches a line with the same tag, so a caller can keep, say, a bottle block's `end` from being
 * paired with a livecheck block's `end`.
 */
export function diffLines(a: string, b: string, tags?: [string[], string[]]): DiffOp[] {
  const x = toLines(a);
  const y = toLines(b);
  const same = (i: number, j: number) =>
    x[i].text === y[j].text && x[i].newline === y[j].newline && (!tags || tags[0][i] === tags[1][j]);
  let pre = 0;
  while (pre < x.length && pre < y.length && same(pre, pre)) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && same(x.length - 1 - suf, y.length - 1 - suf)) suf++;
  const n = x.length - pre - suf;
  const m = y.length - pre - suf;
  // lcs[i][j]: LCS length of x[pre+i..] and y[pre+j..] within the middle part.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = same(pre + i, pre + j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: DiffOp[] = [];
  for (let k = 0; k < pre; k++) ops.push({ op: ' ', text: x[k].text, oldIndex: k, newIndex: k });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(pre + i, pre + j)) {
      ops.push({ op: ' ', text: x[pre + i].text, oldIndex: pre + i, newIndex: pre + j });
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] > lcs[i + 1][j])) {
      ops.push({ op: '+', text: y[pre + j].text, oldIndex: pre + i, newIndex: pre + j });
      j++;
    } else {
      ops.push({ op: '-', text: x[pre + i].text, oldIndex: pre + i, newIndex: pre + j });
      i++;
    }
  }
  for (let k = 0; k < suf; k++) {
    const oi = x.length - suf + k;
    const ni = y.length - suf + k;
    ops.push({ op: ' ', text: x[oi].text, oldIndex: oi, newIndex: ni });
  }
  // Mark lines without a final newline, as diff does.
  const lastOld = x[x.length - 1];
  const lastNew = y[y.length - 1];
  for (const o of ops) {
    (o as DiffOp & { noNewline?: boolean }).noNewline =
      (o.op !== '+' && lastOld && o.oldIndex === x.length - 1 && !lastOld.newline) ||
      (o.op !== '-' && lastNew && o.newIndex === y.length - 1 && !lastNew.newline);
  }
  return ops;
}

/**
 * A unified diff with `context` lines around each change, headed `--- a/<path>` / `+++ b/<path>`.
 * Returns '' when the texts are equal.
 */
export function unifiedDiff(oldText: string, newText: string, path: string, context = 3): string {
  if (oldText === newText) return '';
  const ops = diffLines(oldText, newText) as (DiffOp & { noNewline?: boolean })[];
  const changed = ops.map((o, k) => (o.op !== ' ' ? k : -1)).filter((k) => k >= 0);
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let h = 0;
  while (h < changed.length) {
    let start = Math.max(0, changed[h] - context);
    let end = Math.min(ops.length - 1, changed[h] + context);
    while (h + 1 < changed.length && changed[h + 1] - context <= end + 1) {
      h++;
      end = Math.min(ops.length - 1, changed[h] + context);
    }
    h++;
    const hunk = ops.slice(start, end + 1);
    const oldCount = hunk.filter((o) => o.op !== '+').length;
    const newCount = hunk.filter((o) => o.op !== '-').length;
    const first = hunk[0];
    const oldStart = oldCount ? first.oldIndex + 1 : first.oldIndex;
    const newStart = newCount ? first.newIndex + 1 : first.newIndex;
    out.push(
      `@@ -${oldStart}${oldCount === 1 ? '' : ',' + oldCount} +${newStart}${newCount === 1 ? '' : ',' + newCount} @@`
    );
    for (const o of hunk) {
      out.push(o.op + o.text);
      if (o.noNewline) out.push('\\ No newline at end of file');
    }
    start = end;
  }
  return out.join('\n') + '\n';
}
