// A line lexer for the subset of Ruby that formulas are written in. It does not parse Ruby; it only
// tells, for each line, which characters are code (as opposed to string, heredoc, regexp or comment
// content), so that the block tracker can count `do`/`end` and the editor can tell a real `url "…"`
// statement from one inside a heredoc, a comment or the `__END__` data section.

/** One physical line: its text without the line ending, and the line ending itself (`\n`, `\r\n` or ''). */
export interface SourceLine {
  text: string;
  eol: string;
}

export type LineKind = 'code' | 'string' | 'comment' | 'data';

export interface LexedLine extends SourceLine {
  /** `code`: starts in code; `string`: starts inside a multi-line string or heredoc body; `comment`: `=begin` block; `data`: after `__END__`. */
  kind: LineKind;
  /** The line with string/regexp contents and comments removed (delimiters kept), for keyword counting. */
  code: string;
  /** Open `(`, `[`, `{` (outside strings) at the start of this line. */
  nestingAtStart: number;
}

/** Splits text into lines, keeping each line's exact ending so the text can be rebuilt byte for byte. */
export function splitLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      out.push({ text: text.slice(start), eol: '' });
      break;
    }
    const cr = nl > start && text[nl - 1] === '\r';
    out.push({ text: text.slice(start, cr ? nl - 1 : nl), eol: cr ? '\r\n' : '\n' });
    start = nl + 1;
  }
  return out;
}

/** Rebuilds text from lines. */
export function joinLines(lines: readonly SourceLine[]): string {
  return lines.map((l) => l.text + l.eol).join('');
}

type Frame =
  | { kind: 'string'; close: string; open: string | null; depth: number; interp: boolean }
  | { kind: 'interp'; braces: number };

interface Heredoc {
  id: string;
  indented: boolean;
}

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const REGEX_AFTER = new Set([
  '',
  '(',
  ',',
  '=',
  '!',
  '~',
  '|',
  '&',
  '?',
  ':',
  ';',
  '[',
  '{',
  '+',
  '-',
  '*',
  '<',
  '>'
]);

/** Lexes a whole formula into lines with their kind and code-only text. */
export function lexRuby(text: string): LexedLine[] {
  const lines = splitLines(text);
  const out: LexedLine[] = [];
  const stack: Frame[] = [];
  let nesting = 0;
  const pending: Heredoc[] = [];
  let heredoc: Heredoc | undefined;
  let inBeginComment = false;
  let data = false;

  for (const line of lines) {
    const t = line.text;
    if (data) {
      out.push({ ...line, kind: 'data', code: '', nestingAtStart: nesting });
      continue;
    }
    if (heredoc) {
      out.push({ ...line, kind: 'string', code: '', nestingAtStart: nesting });
      const done = heredoc.indented ? t.trim() === heredoc.id : t === heredoc.id;
      if (done) heredoc = pending.shift();
      continue;
    }
    if (inBeginComment) {
      out.push({ ...line, kind: 'comment', code: '', nestingAtStart: nesting });
      if (/^=end(\s|$)/.test(t)) inBeginComment = false;
      continue;
    }
    if (stack.length === 0 && /^=begin(\s|$)/.test(t)) {
      inBeginComment = true;
      out.push({ ...line, kind: 'comment', code: '', nestingAtStart: nesting });
      continue;
    }
    if (stack.length === 0 && t === '__END__') {
      data = true;
      out.push({ ...line, kind: 'data', code: '', nestingAtStart: nesting });
      continue;
    }

    const kind: LineKind = stack.length && stack[stack.length - 1].kind === 'string' ? 'string' : 'code';
    const nestingAtStart = nesting;
    let code = '';
    let i = 0;
    while (i < t.length) {
      const top = stack[stack.length - 1];
      const c = t[i];
      if (top && top.kind === 'string') {
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (top.interp && c === '#' && t[i + 1] === '{') {
          stack.push({ kind: 'interp', braces: 0 });
          code += '#{';
          i += 2;
          continue;
        }
        if (top.open && c === top.open) top.depth++;
        else if (c === top.close) {
          if (top.depth > 0) top.depth--;
          else {
            stack.pop();
            code += c;
          }
        }
        i++;
        continue;
      }
      // Code (top level or inside #{…}).
      if (c === '#') break; // comment to end of line
      if (c === '"' || c === "'" || c === '`') {
        stack.push({ kind: 'string', close: c, open: null, depth: 0, interp: c !== "'" });
        code += c;
        i++;
        continue;
      }
      if (c === '<' && t[i + 1] === '<') {
        const m = /^<<([~-]?)(["'`]?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(t.slice(i));
        // `a << B` (append) has a space after `<<`; a heredoc never does. Plain `<<ID` needs an upper-case id.
        if (m && (m[1] || m[2] || /^[A-Z_]/.test(m[3]))) {
          pending.push({ id: m[3], indented: m[1] !== '' });
          code += '""';
          i += m[0].length;
          continue;
        }
      }
      if (c === '%') {
        const m = /^%([qQwWiIr]?)([^A-Za-z0-9\s])/.exec(t.slice(i));
        const prev = code.trimEnd().slice(-1);
        if (m && (m[1] !== '' || REGEX_AFTER.has(prev)) && !(m[1] === '' && m[2] === '=')) {
          const open = m[2];
          const close = PAIRS[open] ?? open;
          stack.push({
            kind: 'string',
            close,
            open: close !== open ? open : null,
            depth: 0,
            interp: !/[qwi]/.test(m[1])
          });
          code += '""';
          i += m[0].length;
          continue;
        }
      }
      if (c === '/') {
        const before = code.trimEnd();
        const prev = before.slice(-1);
        const spaced = code.length > before.length;
        const next = t[i + 1] ?? '';
        const afterWord = /[A-Za-z0-9_?]$/.test(before) && spaced && next !== ' ' && next !== '=';
        if (REGEX_AFTER.has(prev) || afterWord) {
          stack.push({ kind: 'string', close: '/', open: null, depth: 0, interp: true });
          code += '/';
          i++;
          continue;
        }
      }
      if (top && top.kind === 'interp') {
        if (c === '{') top.braces++;
        else if (c === '}') {
          if (top.braces === 0) {
            stack.pop();
            code += '}';
            i++;
            continue;
          }
          top.braces--;
        }
      } else if (c === '(' || c === '[' || c === '{') nesting++;
      else if (c === ')' || c === ']' || c === '}') nesting = Math.max(0, nesting - 1);
      code += c;
      i++;
    }
    out.push({ ...line, kind, code, nestingAtStart });
    if (pending.length && !heredoc) heredoc = pending.shift();
  }
  return out;
}
