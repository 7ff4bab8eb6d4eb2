import { describeSet, keyOf, type PlatformSet } from './formula-platforms.js';
import {
  analyseFormula,
  type BlockRange,
  type FormulaStructure,
  type LineInfo
} from './formula-structure.js';

/** Where a quoted value sits in a line, so an edit can replace exactly those characters. */
export interface ValueRef {
  line: number;
  /** Offset of the first character inside the quotes. */
  start: number;
  /** Offset just past the last character inside the quotes. */
  end: number;
  value: string;
}

/** One stable download of the formula: a url with its sha256 and mirrors, for one platform (or all). */
export interface Download {
  blockId: number;
  /** The platforms this download serves: where its block runs and no later url replaces it. */
  platform: PlatformSet;
  /** `all`, `darwin`, `linux`, `arm64`, `amd64` or `<os>-<arch>` such as `darwin-arm64` or `linux-arm`. */
  key: string;
  url: ValueRef;
  /** Trailing arguments of the url line (`, using: :homebrew_curl`), kept as they are. */
  urlOptions: string;
  sha256: ValueRef;
  mirrors: ValueRef[];
}

export interface FormulaModel {
  structure: FormulaStructure;
  downloads: Download[];
  /** `version "…"` lines in the stable part of the formula. */
  versions: ValueRef[];
  /** `revision N` lines in the stable part. */
  revisions: ValueRef[];
  bottles: BlockRange[];
  /** Why the formula cannot be edited safely; empty when it can. */
  problems: string[];
}

const STATEMENT = /^(\s*)(url|mirror|sha256|version)(\s+|\()(["'])([^"'\\]*)\4(\)?)(.*)$/;
const REVISION = /^\s*revision\s+(\d+)\s*(#.*)?$/;

function ref(line: LineInfo, m: RegExpExecArray): ValueRef {
  const start = m[1].length + m[2].length + m[3].length + 1;
  return { line: line.index, start, end: start + m[5].length, value: m[5] };
}

/**
 * Reads a formula's stable downloads, version, revision and bottle blocks, and lists every reason
 * it cannot be edited safely (a url where the platform is unclear, a git url without sha256, …).
 */
export function readFormula(text: string): FormulaModel {
  const structure = analyseFormula(text);
  const problems = [...structure.problems];
  if (structure.classLine < 0) problems.push('no `class … < Formula` found');
  const versions: ValueRef[] = [];
  const revisions: ValueRef[] = [];
  const byBlock = new Map<
    number,
    {
      url?: { ref: ValueRef; options: string; line: LineInfo };
      sha256?: ValueRef;
      mirrors: ValueRef[];
      platform: PlatformSet;
    }
  >();
  const blockOf = (l: LineInfo) => {
    let b = byBlock.get(l.blockId);
    if (!b) byBlock.set(l.blockId, (b = { mirrors: [], platform: l.platform }));
    return b;
  };
  for (const l of structure.lines) {
    const m = l.statement ? STATEMENT.exec(l.text) : null;
    const rev = l.statement ? REVISION.exec(l.text) : null;
    // A url or sha256 this reader does not see as a statement of its own (`on_arm { url "…" }`,
    // `x; url "…"`) would be left stale without a word: refuse the formula instead.
    if (
      !m &&
      !rev &&
      l.kind === 'code' &&
      l.region !== 'skip' &&
      l.index > structure.classLine &&
      structure.classLine >= 0
    ) {
      if (/(^|[^\w.:@$])(url|sha256|mirror)(\s+|\s*\()["']/.test(l.code)) {
        problems.push(
          `line ${l.index + 1}: a url/sha256 written in a form this editor does not change safely (${l.text.trim()}); put it on a line of its own`
        );
      }
    }
    if (!m && !rev) continue;
    if (l.region === 'skip') continue;
    const what = m ? m[2] : 'revision';
    if (l.region === 'unknown') {
      if (structure.classLine >= 0 && l.index > structure.classLine) {
        problems.push(
          `line ${l.index + 1}: \`${what}\` is inside a block that cannot be placed on a platform (${l.text.trim()}); edit this formula by hand`
        );
      }
      continue;
    }
    if (rev) {
      revisions.push({ line: l.index, start: 0, end: l.text.length, value: rev[1] });
      continue;
    }
    const [, , kind, , , , , rest] = m!;
    const tail = rest.trim();
    const value = ref(l, m!);
    // `url "…" if OS.mac?` would read as unconditional here: refuse rather than misplace it.
    if (/^(if|unless)\b/.test(tail) || /^,.*\s(if|unless)\s/.test(tail))
      problems.push(
        `line ${l.index + 1}: \`${kind}\` with a trailing condition (${l.text.trim()}); put it in an if … end block`
      );
    const interpolation = /#\{([^}]*)\}|#[@$]/.exec(value.value);
    if (interpolation && (kind === 'sha256' || interpolation[1]?.trim() !== 'version'))
      problems.push(
        `line ${l.index + 1}: \`${kind}\` interpolates ${interpolation[0]}; only #{version} in a url or mirror can be followed`
      );
    if (kind === 'version') {
      if (tail && !tail.startsWith('#'))
        problems.push(`line ${l.index + 1}: unexpected text after the version: ${tail}`);
      versions.push(value);
    } else if (kind === 'url') {
      const b = blockOf(l);
      if (b.url)
        problems.push(
          `line ${l.index + 1}: a second url in the same block (first at line ${b.url.line.index + 1})`
        );
      if (/\b(tag|revision|branch):/.test(tail))
        problems.push(`line ${l.index + 1}: a git url (tag:/revision:) cannot be bumped by url and sha256`);
      b.url = { ref: value, options: rest, line: l };
    } else if (kind === 'sha256') {
      if (!/^[0-9a-fA-F]{64}$/.test(value.value)) continue;
      const b = blockOf(l);
      if (b.sha256) problems.push(`line ${l.index + 1}: a second sha256 in the same block`);
      b.sha256 = value;
    } else if (kind === 'mirror') {
      blockOf(l).mirrors.push(value);
    }
  }
  const found: Omit<Download, 'key' | 'platform'>[] = [];
  const blockSets = new Map<number, PlatformSet>();
  for (const [blockId, b] of byBlock) {
    if (!b.url) {
      if (b.sha256) problems.push(`line ${b.sha256.line + 1}: a sha256 without a url in its block`);
      continue;
    }
    if (!b.sha256) {
      problems.push(`line ${b.url.line.index + 1}: a url without a sha256 in its block`);
      continue;
    }
    blockSets.set(blockId, b.platform);
    found.push({
      blockId,
      url: b.url.ref,
      urlOptions: b.url.options,
      sha256: b.sha256,
      mirrors: b.mirrors
    });
  }
  found.sort((a, b) => a.url.line - b.url.line);
  // Homebrew keeps the last url the class body runs on a platform: a later block replaces an earlier
  // one there (a top-level url, then `on_arm do url … end`).
  const downloads: Download[] = [];
  for (const [i, d] of found.entries()) {
    const declared = blockSets.get(d.blockId)!;
    let later = 0;
    for (const e of found.slice(i + 1)) later |= blockSets.get(e.blockId)!;
    const platform = declared & ~later;
    const key = keyOf(platform);
    if (!declared)
      problems.push(`line ${d.url.line + 1}: this url is in a block no platform Homebrew runs on reaches`);
    else if (!platform)
      problems.push(
        `line ${d.url.line + 1}: this url is never used: later urls replace it on every platform`
      );
    else if (!key)
      problems.push(
        `line ${d.url.line + 1}: this url serves ${describeSet(platform)}, a combination no urls/sha256s key names; edit this formula by hand`
      );
    downloads.push({ ...d, platform, key: key ?? describeSet(platform) });
  }
  if (structure.classLine >= 0 && downloads.length === 0 && problems.length === 0)
    problems.push('no stable url with a sha256 found');
  const keys = downloads.map((d) => d.key);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup) problems.push(`two stable downloads for the same platform (${dup})`);
  return { structure, downloads, versions, revisions, bottles: structure.bottles, problems };
}

/** The values a reader (or Homebrew) sees per download: for comparisons and read-back checks. */
export interface DownloadValues {
  key: string;
  url: string;
  sha256: string;
  mirrors: string[];
}

export function downloadValues(model: FormulaModel): DownloadValues[] {
  return model.downloads.map((d) => ({
    key: d.key,
    url: d.url.value,
    sha256: d.sha256.value.toLowerCase(),
    mirrors: d.mirrors.map((m) => m.value)
  }));
}
