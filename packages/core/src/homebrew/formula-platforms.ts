// The platforms a formula's stable download can be chosen for, as a set, and the conditions that
// formulas write to choose between them. A block's set is its parent's set narrowed by its condition;
// `elsif`/`else` take what the earlier branches left. Every condition generators write reduces to
// os × cpu family × word size, so a bitmask over six platforms is exact.

/** Every platform Homebrew installs on that a formula can tell apart (macOS has been 64-bit only since 10.15). */
export const PLATFORMS = [
  'darwin-arm64',
  'darwin-amd64',
  'linux-arm64',
  'linux-amd64',
  'linux-arm',
  'linux-386'
] as const;
export type ConcretePlatform = (typeof PLATFORMS)[number];

/** A set of platforms as a bitmask over `PLATFORMS`. */
export type PlatformSet = number;

const bit = (p: ConcretePlatform): PlatformSet => 1 << PLATFORMS.indexOf(p);
const union = (...ps: ConcretePlatform[]): PlatformSet => ps.reduce((s, p) => s | bit(p), 0);

export const ALL: PlatformSet = (1 << PLATFORMS.length) - 1;
const DARWIN = union('darwin-arm64', 'darwin-amd64');
const LINUX = union('linux-arm64', 'linux-amd64', 'linux-arm', 'linux-386');
const ARM = union('darwin-arm64', 'linux-arm64', 'linux-arm');
const INTEL = union('darwin-amd64', 'linux-amd64', 'linux-386');
const BITS64 = union('darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64');
const BITS32 = union('linux-arm', 'linux-386');

/** The platforms in a set, in `PLATFORMS` order. */
export function platformsOf(set: PlatformSet): ConcretePlatform[] {
  return PLATFORMS.filter((p) => set & bit(p));
}

/** True when `set` holds `platform`. */
export function hasPlatform(set: PlatformSet, platform: ConcretePlatform): boolean {
  return (set & bit(platform)) !== 0;
}

// A 32-bit platform rides along with its 64-bit sibling in a name: `on_linux do … on_intel do` serves
// linux-amd64 and (if anyone runs it there) linux-386, and users call that download `linux-amd64`.
const RIDERS: [ConcretePlatform, ConcretePlatform][] = [
  ['linux-arm', 'linux-arm64'],
  ['linux-386', 'linux-amd64']
];

const NAMED: [string, PlatformSet][] = [
  ['all', BITS64],
  ['darwin', DARWIN],
  ['linux', union('linux-arm64', 'linux-amd64')],
  ['arm64', union('darwin-arm64', 'linux-arm64')],
  ['amd64', union('darwin-amd64', 'linux-amd64')],
  ...PLATFORMS.map((p): [string, PlatformSet] => [p, bit(p)])
];

/**
 * The key a download serving `set` is named by in `urls`/`sha256s`: `all`, `darwin`, `linux`, `arm64`,
 * `amd64` or one platform (`linux-arm`). A 32-bit platform served with its 64-bit sibling does not
 * change the name. Undefined when no key names the set (a block serving linux-arm and linux-386 only).
 */
export function keyOf(set: PlatformSet): string | undefined {
  let core = set;
  for (const [rider, sibling] of RIDERS) if (set & bit(sibling)) core &= ~bit(rider);
  return NAMED.find(([, s]) => s === core)?.[0];
}

/** The platforms a key stands for, as `keyOf` names them (riders excluded). */
export function describeSet(set: PlatformSet): string {
  const list = platformsOf(set);
  return list.length ? list.join(', ') : 'no platform';
}

const TERMS: [RegExp, PlatformSet][] = [
  [/^OS\.mac\?$/, DARWIN],
  [/^OS\.linux\?$/, LINUX],
  [/^(?:Hardware::CPU\.)?arm\?$/, ARM],
  [/^(?:Hardware::CPU\.)?intel\?$/, INTEL],
  [/^Hardware::CPU\.type\s*==\s*:arm$/, ARM],
  [/^Hardware::CPU\.type\s*==\s*:intel$/, INTEL],
  [/^Hardware::CPU\.type\s*!=\s*:arm$/, INTEL],
  [/^Hardware::CPU\.type\s*!=\s*:intel$/, ARM],
  [/^Hardware::CPU\.is_64_bit\?$/, BITS64],
  [/^Hardware::CPU\.is_32_bit\?$/, BITS32]
];

function stripParens(s: string): string {
  let t = s.trim();
  while (/^\((.*)\)$/.test(t) && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits on a binary operator at parenthesis depth 0. */
function splitTop(s: string, op: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) {
      const m = op.exec(s.slice(i));
      if (m && m.index === 0) {
        parts.push(s.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function parseTerm(text: string): PlatformSet | undefined {
  const term = stripParens(text);
  if (term.startsWith('!')) {
    const inner = parseTerm(term.slice(1));
    return inner === undefined ? undefined : ALL & ~inner;
  }
  if (/^not\s/.test(term)) {
    const inner = parseTerm(term.slice(4));
    return inner === undefined ? undefined : ALL & ~inner;
  }
  if (term !== text.trim()) return parseCondition(term);
  return TERMS.find(([re]) => re.test(term))?.[1];
}

/**
 * The platforms on which a condition (`OS.mac? && Hardware::CPU.arm?`, `Hardware::CPU.type == :arm`,
 * `!Hardware::CPU.is_64_bit?`, `a || b`, …) is true.
 * @returns the set, or undefined when the condition is not purely about os, cpu and word size.
 */
export function parseCondition(text: string): PlatformSet | undefined {
  const cond = text.trim().replace(/\s+then$/, '');
  if (!cond || !balanced(cond)) return undefined;
  // `and`/`or` bind looser than `&&`/`||` and equally with each other: mixed, they are not worth guessing.
  const words = /\s(and|or)\s/.test(cond);
  if (words && (/\s(or)\s/.test(cond) ? /&&|\|\||\sand\s/.test(cond) : /\|\|/.test(cond))) return undefined;
  let result = 0;
  for (const disjunct of splitTop(cond, /^(\|\||\s+or\s+)/)) {
    let set = ALL;
    for (const conjunct of splitTop(disjunct, /^(&&|\s+and\s+)/)) {
      const t = parseTerm(conjunct);
      if (t === undefined) return undefined;
      set &= t;
    }
    result |= set;
  }
  return result;
}

/** The set of a platform block (`on_macos`, `on_linux`, `on_arm`, `on_intel`). */
export const PLATFORM_BLOCK_SETS: Record<string, PlatformSet> = {
  on_macos: DARWIN,
  on_linux: LINUX,
  on_arm: ARM,
  on_intel: INTEL
};

/** The platforms a `urls`/`sha256s` key stands for (riders included, as `keyOf` names them). */
export function setOfKey(key: string): PlatformSet | undefined {
  const named = NAMED.find(([k]) => k === key)?.[1];
  if (named === undefined) return undefined;
  let set = named;
  for (const [rider, sibling] of RIDERS) if (set & bit(sibling)) set |= bit(rider);
  return set;
}
