import { lexRuby, type LexedLine } from './ruby-lexer.js';
import { ALL, parseCondition, PLATFORM_BLOCK_SETS, type PlatformSet } from './formula-platforms.js';

// Tracks where each line of a formula sits, with the set of platforms it runs on: the formula class
// body, a platform block (`on_macos`/`on_linux` × `on_arm`/`on_intel`, or an `if`/`elsif`/`else`/`unless`
// on a platform condition, nested in any order), a block whose url/sha256 must never be touched
// (`bottle`, `resource`, `head`, `livecheck`, `patch`, methods, `test`), or a block we do not understand.

/** The platforms a line applies to, as a set (see formula-platforms.ts). */
export type Platform = PlatformSet;

/**
 * - `stable`: the class body, `stable do`, or platform blocks: url/sha256/version lines here are the formula's;
 * - `skip`: a block whose contents are never edited (its `name` says which);
 * - `unknown`: a block we cannot place on a platform (`on_sonoma do`, `if some_condition`), or code
 *   outside the formula class.
 */
export type Region = 'stable' | 'skip' | 'unknown';

export interface LineInfo extends LexedLine {
  index: number;
  region: Region;
  /** For `skip`: the block's name (`bottle`, `resource`, `def`, …). */
  skipName?: string;
  platform: Platform;
  /** The id of the innermost block this line is in; url and sha256 lines of one download share it. */
  blockId: number;
  /** True when the line begins a statement (not a continuation, not inside a string). */
  statement: boolean;
}

/** A `bottle do … end` block at the formula's top level, as line indexes (inclusive). */
export interface BlockRange {
  name: string;
  start: number;
  end: number;
}

export interface FormulaStructure {
  lines: LineInfo[];
  /** Line index of `class X < Formula`, or -1. */
  classLine: number;
  /** Every `bottle do` block directly in the class body. */
  bottles: BlockRange[];
  /** Lines where the tracker found more `end`s than openers, or unclosed blocks. */
  problems: string[];
}

interface Frame {
  region: Region;
  skipName?: string;
  platform: Platform;
  id: number;
  /** For `if`/`unless` frames: the platforms no branch so far took (undefined once a branch is not understood). */
  rest?: PlatformSet;
  isIf?: boolean;
  /** For top-level skip blocks (bottle): where it started. */
  start: number;
  name?: string;
  classFrame?: boolean;
}

const SKIP_BLOCKS = new Set([
  'bottle',
  'head',
  'livecheck',
  'resource',
  'patch',
  'test',
  'service',
  'devel',
  'go_resource',
  'caveats',
  'pour_bottle?',
  'fails_with',
  'link_overwrite'
]);
const OPENERS_AT_START = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'for']);
const ALWAYS_OPENERS = new Set(['def', 'class', 'module']);
const VALUE_POSITION_WORDS = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'in']);

interface Token {
  word: string;
  /** True when the word stands where a statement or expression starts (so `if` opens a block). */
  valuePosition: boolean;
}

/** Keywords of a code-only line, in order, excluding method calls (`x.end`), symbols (`:do`) and labels (`do:`). */
function keywords(code: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z_][A-Za-z0-9_]*[?!]?/g;
  let m: RegExpExecArray | null;
  let lastWord = '';
  while ((m = re.exec(code)) !== null) {
    const word = m[0];
    const before = code.slice(0, m.index);
    const prevChar = before.slice(-1);
    const after = code[m.index + word.length] ?? '';
    const member = prevChar === '.' || prevChar === ':' || prevChar === '@' || prevChar === '$';
    const label = after === ':' && code[m.index + word.length + 1] !== ':';
    if (!member && !label) {
      const prev = before.trimEnd().slice(-1);
      const valuePosition = prev === '' || /[;(=|&[,{!]/.test(prev) || VALUE_POSITION_WORDS.has(lastWord);
      out.push({ word, valuePosition });
    }
    lastWord = word;
  }
  return out;
}

/** A line continues the previous statement when that one ended with an operator, comma or backslash. */
function endsOpen(code: string): boolean {
  return (
    /(,|\\|&&|\|\||[+\-*/=<>]|\band|\bor|\.)\s*$/.test(code) &&
    !/\b(do|end|then|else)\s*$/.test(code) &&
    !/\|[^|]*\|\s*$/.test(code)
  );
}

/**
 * Lexes a formula and places every line in its block.
 * The tracker is conservative: anything it does not recognise becomes `unknown`, and the editor
 * refuses to edit a url found there rather than guess.
 */
export function analyseFormula(text: string): FormulaStructure {
  const lexed = lexRuby(text);
  const lines: LineInfo[] = [];
  const bottles: BlockRange[] = [];
  const problems: string[] = [];
  let nextId = 1;
  const top: Frame = { region: 'unknown', platform: ALL, id: 0, start: 0 };
  const stack: Frame[] = [top];
  let classLine = -1;
  let previousOpen = false;

  for (const [index, l] of lexed.entries()) {
    const frame = stack[stack.length - 1];
    const statement = l.kind === 'code' && l.nestingAtStart === 0 && !previousOpen;
    const trimmed = l.text.trim();
    // `else`/`elsif` switch the branch of the innermost `if` before the line is placed.
    if (statement && frame.isIf) {
      const elsif = /^elsif\s+(.*)$/.exec(trimmed);
      if (elsif || /^else\b/.test(trimmed)) {
        const parent = stack[stack.length - 2];
        // A branch runs where the condition holds and no earlier branch did.
        const cond = elsif ? parseCondition(elsif[1]) : ALL;
        const set = cond !== undefined && frame.rest !== undefined ? frame.rest & cond : undefined;
        frame.rest = set !== undefined ? frame.rest! & ~cond! : undefined;
        const placed = set !== undefined && parent.region === 'stable';
        frame.region = placed ? 'stable' : parent.region === 'skip' ? 'skip' : 'unknown';
        frame.platform = placed ? set : parent.platform;
        frame.id = nextId++;
      }
    }
    const current = stack[stack.length - 1];
    lines.push({
      ...l,
      index,
      region: current.region,
      skipName: current.skipName,
      platform: current.platform,
      blockId: current.id,
      statement
    });
    if (l.kind !== 'code' && l.kind !== 'string') continue;
    if (l.kind === 'code' || l.code) {
      const tokens = keywords(l.code);
      let first = true;
      for (const [n, tok] of tokens.entries()) {
        const w = tok.word;
        const loopDo =
          w === 'do' &&
          tokens.slice(0, n).some((t) => t.word === 'while' || t.word === 'until' || t.word === 'for');
        const opens =
          (w === 'do' && !loopDo) || ALWAYS_OPENERS.has(w) || (OPENERS_AT_START.has(w) && tok.valuePosition);
        // `def x = expr` (endless method) opens nothing.
        const endless = w === 'def' && /^\s*def\s+[\w.?!]+(\([^)]*\))?\s*=[^=~>]/.test(l.code);
        if (opens && !endless) {
          const parent = stack[stack.length - 1];
          stack.push(openFrame(parent, first && statement ? trimmed : '', index, nextId++, w, classLine < 0));
          if (stack[stack.length - 1].classFrame) classLine = index;
          first = false;
        } else if (w === 'end') {
          if (stack.length <= 1) {
            problems.push(`line ${index + 1}: 'end' without a matching block`);
            continue;
          }
          const closed = stack.pop()!;
          if (closed.name === 'bottle' && stack[stack.length - 1].classFrame)
            bottles.push({ name: 'bottle', start: closed.start, end: index });
        }
      }
    }
    previousOpen = l.kind === 'code' && endsOpen(l.code);
  }
  if (stack.length > 1) problems.push(`${stack.length - 1} block(s) not closed at the end of the file`);
  return { lines, classLine, bottles, problems };
}

function openFrame(
  parent: Frame,
  statement: string,
  index: number,
  id: number,
  keyword: string,
  noClassYet: boolean
): Frame {
  // Inside a skipped block everything stays skipped (a `bottle` nested in `resource` is still the resource's).
  const inherit = (region: Region, extra: Partial<Frame> = {}): Frame =>
    parent.region === 'skip'
      ? {
          region: 'skip',
          skipName: parent.skipName,
          platform: parent.platform,
          id,
          start: index,
          name: extra.name
        }
      : { region, platform: parent.platform, id, start: index, ...extra };
  if (
    keyword === 'class' &&
    noClassYet &&
    parent.id === 0 &&
    /^class\s+[A-Z]\w*\s*<\s*(\w+::)*\w*Formula\b/.test(statement)
  ) {
    return { region: 'stable', platform: ALL, id, start: index, classFrame: true, name: 'class' };
  }
  if (keyword === 'def') return inherit('skip', { skipName: 'def', name: 'def' });
  if (parent.region !== 'stable') return inherit(parent.region === 'skip' ? 'skip' : 'unknown');
  if (keyword === 'do') {
    const name = /^([a-z_]+[?!]?)\b/.exec(statement)?.[1] ?? '';
    if (SKIP_BLOCKS.has(name)) return inherit('skip', { skipName: name, name });
    if (name === 'stable' && /^stable\s+do\s*$/.test(statement)) return inherit('stable', { name });
    const platformBlock = /^(on_macos|on_linux|on_arm|on_intel)\s+do\s*$/.exec(statement);
    if (platformBlock) {
      const set = parent.platform & PLATFORM_BLOCK_SETS[platformBlock[1]];
      return { region: 'stable', platform: set, id, start: index, name: platformBlock[1] };
    }
    return inherit('unknown', { name });
  }
  if (keyword === 'if' || keyword === 'unless') {
    const m = /^(?:if|unless)\s+(.+?)\s*$/.exec(statement);
    let cond = m ? parseCondition(m[1]) : undefined;
    if (cond !== undefined && keyword === 'unless') cond = ALL & ~cond;
    if (cond !== undefined)
      return {
        region: 'stable',
        platform: parent.platform & cond,
        id,
        start: index,
        rest: parent.platform & ~cond,
        isIf: true,
        name: keyword
      };
    return { ...inherit('unknown'), isIf: true, name: keyword };
  }
  return inherit('unknown', { name: keyword });
}
