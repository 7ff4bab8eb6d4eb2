import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

function segmentPattern(segment: string): RegExp {
  return new RegExp(
    '^' +
      segment
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]') +
      '$'
  );
}

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/**
 * The workspace directories (relative, forward slashes, sorted) that a package.json `workspaces`
 * field names: an array of globs or `{ packages: [...] }`, with `*`, `?` and `**` in path segments and
 * `!pattern` exclusions, as yarn and npm accept. Only directories holding a package.json count.
 */
export function expandWorkspaces(root: string, field: unknown): string[] {
  const list: unknown = Array.isArray(field) ? field : (field as any)?.packages;
  if (!Array.isArray(list)) return [];
  const patterns = list.filter((p): p is string => typeof p === 'string');
  const match = (pattern: string): string[] => {
    let dirs = [root];
    for (const segment of pattern.split('/').filter((s) => s && s !== '.')) {
      if (segment === '**') {
        const all: string[] = [];
        const walk = (d: string) => {
          all.push(d);
          for (const s of subdirs(d)) walk(s);
        };
        dirs.forEach(walk);
        dirs = all;
      } else if (/[*?]/.test(segment)) {
        const re = segmentPattern(segment);
        dirs = dirs.flatMap((d) => subdirs(d).filter((s) => re.test(path.basename(s))));
      } else dirs = dirs.map((d) => path.join(d, segment));
    }
    return dirs
      .filter((d) => d !== root && existsSync(path.join(d, 'package.json')))
      .map((d) => path.relative(root, d).split(path.sep).join('/'));
  };
  const included = new Set(patterns.filter((p) => !p.startsWith('!')).flatMap(match));
  for (const p of patterns.filter((x) => x.startsWith('!')))
    for (const d of match(p.slice(1))) included.delete(d);
  return [...included].sort();
}
