import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';

/*
 * A small glob matcher rather than a dependency: `@actions/glob` is not installed (and pulls in
 * minimatch plus its own walker), Node 20 has no fs.glob, and what the actions need is narrow:
 * `*`, `?`, `[...]`, `**`, `{a,b}` and `!` exclusions over files below one directory. Semantics follow
 * `@actions/glob`: hidden files match, directories are never returned, a pattern may not leave the
 * working directory.
 */

export interface ExpandOptions {
  /** The directory patterns are relative to (default: the process's working directory). */
  cwd?: string;
  /** The input name, for error messages. */
  inputName?: string;
}

export interface ExpandResult {
  /** Matched files: relative to `cwd`, forward slashes, sorted by UTF-8 byte order. */
  files: string[];
  /** Include patterns that matched no file (for a warning or an error). */
  unmatched: string[];
}

/** Expands `{a,b}` alternatives (nested too) into separate patterns. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(start + 1, i);
      const parts: string[] = [];
      let d = 0;
      let from = 0;
      for (let j = 0; j < body.length; j++) {
        if (body[j] === '\\') j++;
        else if (body[j] === '{') d++;
        else if (body[j] === '}') d--;
        else if (body[j] === ',' && d === 0) {
          parts.push(body.slice(from, j));
          from = j + 1;
        }
      }
      parts.push(body.slice(from));
      if (parts.length < 2) continue; // `{x}` is literal, as in bash
      const head = pattern.slice(0, start);
      const tail = pattern.slice(i + 1);
      return parts.flatMap((p) => expandBraces(head + p + tail));
    }
  }
  return [pattern];
}

const MAGIC = /[*?[]/;

/** Converts one path segment of a glob to a regular expression source. */
function segmentSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) out += escapeRegExp(segment[++i]);
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      out += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += escapeRegExp(c);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface CompiledPattern {
  source: string;
  /** Literal directory to start walking from (relative, '' for cwd). */
  base: string;
  /** Whole-path matcher, relative to cwd. */
  regex: RegExp;
  /** How deep below `base` matches can be (Infinity with `**`). */
  depth: number;
  /** For a pattern without wildcards: the one path it names. */
  literal?: string;
}

/**
 * Compiles one glob (after brace expansion) relative to the working directory.
 * @throws ConfigurationError for absolute patterns and `..` segments.
 */
function compile(pattern: string, inputName: string): CompiledPattern {
  let p = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) {
    throw new InputError(
      inputName,
      pattern,
      `${JSON.stringify(pattern)} leaves the working directory`,
      "patterns are relative to working-directory and may not be absolute or hold '..'. Set working-directory instead."
    );
  }
  p = p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  const segments = p.split('/').filter((s) => s !== '' && s !== '.');
  const firstMagic = segments.findIndex((s) => MAGIC.test(s));
  const literal = firstMagic < 0;
  const baseSegments = literal ? segments.slice(0, -1) : segments.slice(0, firstMagic);
  const rest = literal ? segments.slice(-1) : segments.slice(firstMagic);
  let source = '';
  for (const [i, seg] of segments.entries()) {
    if (seg === '**') {
      // `a/**/b` matches a/b too; a trailing `**` matches everything below.
      source += i === segments.length - 1 ? (i === 0 ? '.*' : '/.*') : i === 0 ? '(?:.*/)?' : '(?:/.*)?/';
      continue;
    }
    if (i > 0 && segments[i - 1] !== '**') source += '/';
    source += segmentSource(seg);
  }
  const depth = rest.includes('**') ? Infinity : rest.length;
  return {
    source: pattern,
    base: baseSegments.map((s) => s.replace(/\\(.)/g, '$1')).join('/'),
    regex: new RegExp(`^${source}$`, 's'),
    depth,
    literal: literal ? segments.map((s) => s.replace(/\\(.)/g, '$1')).join('/') : undefined
  };
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** True for an existing directory (or a link to one). */
export function isDirectory(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Walks `base` up to `depth` levels, following symbolic links to files and, once each, to directories.
 * Synchronous on purpose: one readdir per directory and no promise per entry keeps 20,000-file folders
 * to a few milliseconds; a stat is paid only for symbolic links.
 */
function walk(cwd: string, base: string, depth: number, visit: (rel: string) => void): void {
  const seen = new Set<string>();
  // Linked directories are walked after every real one, so a file reachable both ways is reported under
  // its real path whatever order readdir returns.
  const linked: [string, number][] = [];
  const go = (rel: string, level: number): void => {
    const abs = path.join(cwd, rel);
    let entries: Dirent[];
    try {
      const st = statSync(abs);
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    const prefix = rel ? `${rel}/` : '';
    for (const e of entries) {
      const childRel = prefix + e.name;
      if (e.isFile()) visit(childRel);
      else if (e.isDirectory()) {
        if (level + 1 < depth) go(childRel, level + 1);
      } else if (e.isSymbolicLink()) {
        let st;
        try {
          st = statSync(path.join(cwd, childRel));
        } catch {
          continue;
        }
        if (st.isFile()) visit(childRel);
        else if (st.isDirectory() && level + 1 < depth) linked.push([childRel, level + 1]);
      }
    }
  };
  go(base, 0);
  while (linked.length) go(...linked.shift()!);
}

/**
 * The directories the include patterns start from, absolute (`<cwd>/dist` for `dist/*.zip`, `<cwd>` for
 * `*`), for a caller deciding whether a listing can find anything at all.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
export function globRoots(patterns: readonly string[], cwd: string, inputName = 'files'): string[] {
  const roots = new Set<string>();
  for (const line of patterns) {
    const body = line.trim();
    if (!body || body.startsWith('#') || body.startsWith('!')) continue;
    for (const p of expandBraces(body)) roots.add(path.join(cwd, compile(p, inputName).base));
  }
  return [...roots];
}

/** Sorts names by their UTF-8 bytes, as `LC_ALL=C sort` does (JS string order differs above U+FFFF). */
export function sortByBytes(names: Iterable<string>): string[] {
  const list = [...names];
  // UTF-16 order equals code point (= UTF-8 byte) order unless a surrogate pair is involved.
  if (!list.some((n) => /[\uD800-\uDFFF]/.test(n))) return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyed = list.map((n) => ({ n, key: Buffer.from(n) }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map((k) => k.n);
}

/**
 * Expands newline-separated glob patterns (or a list of them) relative to a working directory into the
 * files they match, skipping directories. Lines starting with `!` exclude; blank and `#` lines are ignored.
 * @throws ConfigurationError for a pattern that is absolute or leaves the directory.
 */
export async function expandGlobs(
  patterns: string | readonly string[],
  options: ExpandOptions = {}
): Promise<ExpandResult> {
  const cwd = path.resolve(options.cwd ?? '.');
  const inputName = options.inputName ?? 'files';
  const lines = (typeof patterns === 'string' ? patterns.split(/\r?\n/) : [...patterns])
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const includes: { source: string; compiled: CompiledPattern[] }[] = [];
  const excludes: CompiledPattern[] = [];
  for (const line of lines) {
    const negated = line.startsWith('!');
    const body = negated ? line.slice(1).trim() : line;
    const compiled = expandBraces(body).map((p) => compile(p, inputName));
    if (negated) excludes.push(...compiled);
    else includes.push({ source: line, compiled });
  }
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const include of includes) {
    const hits = new Set<string>();
    for (const c of include.compiled) {
      if (c.literal !== undefined) {
        if (c.literal && isFile(path.join(cwd, c.literal))) hits.add(c.literal);
        continue;
      }
      walk(cwd, c.base, c.depth, (rel) => {
        if (c.regex.test(rel)) hits.add(rel);
      });
    }
    if (hits.size === 0) unmatched.push(include.source);
    for (const h of hits) found.add(h);
  }
  for (const name of [...found]) if (excludes.some((x) => x.regex.test(name))) found.delete(name);
  return { files: sortByBytes(found), unmatched };
}
