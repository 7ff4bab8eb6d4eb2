import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, newPackage, readText } from './common.js';

interface Requirement {
  path: string;
  version: string;
  line: number;
  indirect: boolean;
}

/** Strips a `// comment` and unquotes Go's quoted module paths. */
function fields(line: string): { words: string[]; comment: string } {
  const i = line.indexOf('//');
  const body = i >= 0 ? line.slice(0, i) : line;
  const comment = i >= 0 ? line.slice(i + 2).trim() : '';
  const words = (body.match(/"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g) ?? []).map((w) =>
    w.startsWith('"') ? JSON.parse(w) : w.startsWith('`') ? w.slice(1, -1) : w
  );
  return { words, comment };
}

/**
 * Parses `go.mod` (module, require, replace, exclude; single lines and blocks) and checks the
 * requirements against `go.sum` beside it. go.sum's `h1:` digests hash a module's file tree, not a
 * downloadable file, so they are not reported as package hashes. go.mod lists the build list's
 * modules without their graph: the root depends on each.
 */
export async function parseGoMod(modPath: string, display: string): Promise<LockfileResult> {
  const text = readText(modPath, display);
  let modulePath: string | undefined;
  const requires: Requirement[] = [];
  const replaces = new Map<string, { path: string; version?: string; line: number }>();
  let block: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const { words, comment } = fields(raw);
    if (!words.length) return;
    if (block) {
      if (words[0] === ')') {
        block = undefined;
        return;
      }
      directive(block, words, comment, line);
      return;
    }
    const [verb, ...rest] = words;
    if (rest[0] === '(' && rest.length === 1) {
      block = verb;
      return;
    }
    directive(verb, rest, comment, line);
  });
  if (block) throw new LockfileError(display, `the ${block} ( block is not closed`);
  function directive(verb: string, args: string[], comment: string, line: number): void {
    switch (verb) {
      case 'module':
        if (args.length !== 1) throw new LockfileError(display, 'module needs exactly one path', line);
        modulePath = args[0];
        return;
      case 'require':
        if (args.length !== 2 || !/^v\d/.test(args[1]))
          throw new LockfileError(
            display,
            `require needs a module path and a version like v1.2.3, found ${JSON.stringify(args.join(' '))}`,
            line
          );
        requires.push({ path: args[0], version: args[1], line, indirect: /\bindirect\b/.test(comment) });
        return;
      case 'replace': {
        const arrow = args.indexOf('=>');
        if (arrow < 1 || arrow === args.length - 1)
          throw new LockfileError(display, 'replace needs `old [version] => new [version]`', line);
        replaces.set(args[0] + (arrow === 2 ? '@' + args[1] : ''), {
          path: args[arrow + 1],
          version: args[arrow + 2],
          line
        });
        return;
      }
      case 'go':
      case 'toolchain':
      case 'exclude':
      case 'retract':
      case 'godebug':
      case 'tool':
      case 'ignore':
        return;
      default:
        throw new LockfileError(display, `unknown directive ${JSON.stringify(verb)}`, line);
    }
  }
  if (!modulePath) throw new LockfileError(display, 'has no module directive');

  const sumPath = path.join(path.dirname(modPath), 'go.sum');
  const sumDisplay = path.join(path.dirname(display), 'go.sum');
  const summed = new Set<string>();
  if (existsSync(sumPath)) {
    readText(sumPath, sumDisplay)
      .split(/\r?\n/)
      .forEach((raw, i) => {
        if (!raw.trim()) return;
        const parts = raw.trim().split(/\s+/);
        if (parts.length !== 3 || !/^h\d+:[A-Za-z0-9+/=]+$/.test(parts[2]))
          throw new LockfileError(
            sumDisplay,
            `expected 'module version h1:hash', found ${JSON.stringify(raw.trim())}`,
            i + 1
          );
        summed.add(`${parts[0]}@${parts[1].replace(/\/go\.mod$/, '')}`);
      });
  }
  const notes: string[] = [];
  const root = newPackage({ ecosystem: 'golang', name: modulePath, version: '', own: true });
  const packages: SbomPackage[] = [];
  for (const r of requires) {
    const replacement = replaces.get(`${r.path}@${r.version}`) ?? replaces.get(r.path);
    let name = r.path;
    let version = r.version;
    if (replacement) {
      if (replacement.path.startsWith('.') || replacement.path.startsWith('/')) {
        notes.push(
          `${display}:${replacement.line}: ${r.path} is replaced by the local directory ${replacement.path}; listed under its required version`
        );
      } else if (replacement.version) {
        name = replacement.path;
        version = replacement.version;
      }
    }
    if (summed.size && !summed.has(`${name}@${version}`) && !(replacement && !replacement.version)) {
      notes.push(`${sumDisplay}: has no entry for ${name} ${version} (run go mod tidy)`);
    }
    const pkg = newPackage({ ecosystem: 'golang', name, version });
    packages.push(pkg);
    root.dependencies.push(pkg.ref);
  }
  if (!existsSync(sumPath) && requires.length)
    notes.push(`${display}: no go.sum beside it; requirements are not cross-checked`);
  return finish(
    display,
    'gomod',
    root,
    packages,
    notes,
    packages.map((p) => ({ key: `${p.name} ${p.version}`, ref: p.ref }))
  );
}
