import { lexRuby, type LexedLine } from './ruby-lexer.js';

// Tracks where each line of a formula sits: the formula class body, a platform block
// (`on_macos`/`on_linux` × `on_arm`/`on_intel`, or the `if OS.mac?` / `if Hardware::CPU.arm?` form that
// goreleaser and cargo-dist generate), a block whose url/sha256 must never be touched (`bottle`,
// `resource`, `head`, `livecheck`, `patch`, methods, `test`), or a block we do not understand.

export type Os = 'darwin' | 'linux';
export type Arch = 'arm64' | 'amd64' | 'arm' | '386';

/** The platform a line applies to; empty for all platforms. */
export interface Platform {
  os?: Os;
  arch?: Arch;
}

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
  /** For `if`/`elsif`/`else` frames built from a platform condition, to handle `else`. */
  condition?: Platform;
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
const PLATFORM_BLOCKS: Record<string, Platform> = {
  on_macos: { os: 'darwin' },
  on_linux: { os: 'linux' },
  on_arm: { arch: 'arm64' },
  on_intel: { arch: 'amd64' }
};
const OPENERS_AT_START = new Set(['if', 'unless', 'while', 'until', 'case', 'begin', 'for']);
const ALWAYS_OPENERS = new Set(['def', 'class', 'module']);
const VALUE_POSITION_WORDS = new Set(['then', 'else', 'do', 'return', 'and', 'or', 'not', 'begin', 'in']);

/**
 * Parses a platform condition (`OS.mac?`, `Hardware::CPU.arm? and Hardware::CPU.is_64_bit?`, …).
 * @returns the platform, or undefined when the condition is not purely about os/arch.
 */
export function parsePlatformCondition(text: string): Platform | undefined {
  const terms = text
    .trim()
    .replace(/\s+then$/, '')
    .split(/\s*(?:&&|\band\b)\s*/)
    .map((s) => s.trim().replace(/^\((.*)\)$/, '$1'));
  let os: Os | undefined;
  let cpu: 'arm' | 'intel' | undefined;
  let bits: 32 | 64 | undefined;
  for (const term of terms) {
    let o: Os | undefined;
    let c: typeof cpu;
    let b: typeof bits;
    if (term === 'OS.mac?') o = 'darwin';
    else if (term === 'OS.linux?') o = 'linux';
    else if (term === 'Hardware::CPU.arm?') c = 'arm';
    else if (term === 'Hardware::CPU.intel?') c = 'intel';
    else if (term === 'Hardware::CPU.is_64_bit?') b = 64;
    else if (term === '!Hardware::CPU.is_64_bit?' || term === 'Hardware::CPU.is_32_bit?') b = 32;
    else return undefined;
    if ((o && os && o !== os) || (c && cpu && c !== cpu) || (b && bits && b !== bits)) return undefined;
    os = o ?? os;
    cpu = c ?? cpu;
    bits = b ?? bits;
  }
  const platform: Platform = {};
  if (os) platform.os = os;
  if (cpu === 'arm') platform.arch = bits === 32 ? 'arm' : 'arm64';
  else if (cpu === 'intel') platform.arch = bits === 32 ? '386' : 'amd64';
  else if (bits) return undefined;
  return platform;
}

/** Combines nested platforms; undefined when they contradict (a block that can never run). */
function mergePlatform(outer: Platform, inner: Platform): Platform | undefined {
  if (outer.os && inner.os && outer.os !== inner.os) return undefined;
  if (outer.arch && inner.arch && outer.arch !== inner.arch) return undefined;
  return { ...outer, ...inner };
}

/** The `else` of a single-dimension platform condition. */
function negate(condition: Platform | undefined): Platform | undefined {
  if (!condition) return undefined;
  const keys = Object.keys(condition);
  if (keys.length !== 1) return undefined;
  if (condition.os) return { os: condition.os === 'darwin' ? 'linux' : 'darwin' };
  if (condition.arch === 'arm64') return { arch: 'amd64' };
  if (condition.arch === 'amd64') return { arch: 'arm64' };
  return undefined;
}

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
  const top: Frame = { region: 'unknown', platform: {}, id: 0, start: 0 };
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
        const cond = elsif ? parsePlatformCondition(elsif[1]) : negate(frame.condition);
        // An elsif on another dimension than the if (`if OS.mac? … elsif Hardware::CPU.arm?`) also
        // carries the negation of the if; only the same-dimension form is simple enough to place.
        const sameDimension =
          elsif &&
          cond &&
          frame.condition &&
          Object.keys(cond).join() === Object.keys(frame.condition).join();
        const merged =
          cond && (!elsif || sameDimension) && parent.region === 'stable'
            ? mergePlatform(parent.platform, cond)
            : undefined;
        frame.region = merged ? 'stable' : parent.region === 'skip' ? 'skip' : 'unknown';
        frame.platform = merged ?? parent.platform;
        frame.condition = cond;
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
    return { region: 'stable', platform: {}, id, start: index, classFrame: true, name: 'class' };
  }
  if (keyword === 'def') return inherit('skip', { skipName: 'def', name: 'def' });
  if (parent.region !== 'stable') return inherit(parent.region === 'skip' ? 'skip' : 'unknown');
  if (keyword === 'do') {
    const name = /^([a-z_]+[?!]?)\b/.exec(statement)?.[1] ?? '';
    if (SKIP_BLOCKS.has(name)) return inherit('skip', { skipName: name, name });
    if (name === 'stable' && /^stable\s+do\s*$/.test(statement)) return inherit('stable', { name });
    const platformBlock = /^(on_macos|on_linux|on_arm|on_intel)\s+do\s*$/.exec(statement);
    if (platformBlock) {
      const merged = mergePlatform(parent.platform, PLATFORM_BLOCKS[platformBlock[1]]);
      return merged
        ? { region: 'stable', platform: merged, id, start: index, name: platformBlock[1] }
        : inherit('unknown');
    }
    return inherit('unknown', { name });
  }
  if (keyword === 'if') {
    const m = /^if\s+(.+?)\s*$/.exec(statement);
    const cond = m ? parsePlatformCondition(m[1]) : undefined;
    const merged = cond ? mergePlatform(parent.platform, cond) : undefined;
    if (merged)
      return {
        region: 'stable',
        platform: merged,
        id,
        start: index,
        condition: cond,
        isIf: true,
        name: 'if'
      };
    return { ...inherit('unknown'), isIf: true, name: 'if' };
  }
  return inherit('unknown', { name: keyword });
}
