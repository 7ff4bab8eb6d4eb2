// A bundle's stamp: the sha256 of every source module the build put in it (from webpack's stats) and of
// the package.json of every package it bundles (their versions). The tests' bundle tier compares it with the working tree and refuses
// a bundle older than its sources, so a stale bundle can never give a green test.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const STAMP_FILE = 'sources.json';
export const REBUILD_COMMAND = 'npm run build';

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * What a bundle is made of, relative to root: our own source files, and the package.json of every
 * third-party package (node_modules/…/<name>/package.json, which carries its version).
 */
export function sourceModules(stats, root) {
  const files = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      // Loaders prefix the identifier ("loader!…!/abs/file"); concatenated modules suffix "|hash".
      const resource = String(m.identifier ?? m.name ?? '')
        .split('!')
        .pop()
        .split('|')[0];
      if (path.isAbsolute(resource) && existsSync(resource)) {
        const pkg = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(resource);
        const file = pkg ? path.join(pkg[1], 'package.json') : resource;
        const rel = path.relative(root, file).split(path.sep).join('/');
        if (!rel.startsWith('..') && existsSync(file)) files.add(rel);
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return [...files].sort();
}

/** Writes `<outDir>/sources.json` for a bundle built with `--stats-out statsFile`. */
export function writeStamp(root, statsFile, outDir) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const files = {};
  for (const rel of sourceModules(stats, root)) files[rel] = sha256(path.join(root, rel));
  writeFileSync(
    path.join(outDir, STAMP_FILE),
    JSON.stringify({ comment: 'Written by scripts/build.mjs; checked by the tests.', files }, null, 2) + '\n'
  );
}

/** The source files whose current content differs from a stamp (changed or deleted). */
export function staleSources(root, stampPath) {
  const { files } = JSON.parse(readFileSync(stampPath, 'utf8'));
  return Object.entries(files)
    .filter(([rel, hash]) => !existsSync(path.join(root, rel)) || sha256(path.join(root, rel)) !== hash)
    .map(([rel]) => rel);
}

/**
 * Where the stamp of the bundle that `dist/<name>/index.js` runs lies: beside it, or, for a thin entry
 * into the shared bundle, the shared bundle's.
 */
export function stampOf(root, name) {
  const own = path.join(root, 'dist', name, STAMP_FILE);
  if (existsSync(own)) return own;
  const entry = path.join(root, 'dist', name, 'index.js');
  const shared = existsSync(entry) && /from '\.\.\/([\w-]+)\/index\.js'/.exec(readFileSync(entry, 'utf8'));
  const stamp = shared && path.join(root, 'dist', shared[1], STAMP_FILE);
  return stamp && existsSync(stamp) ? stamp : undefined;
}

/**
 * Throws unless `dist/<name>` exists, is stamped, and every source module in it is unchanged since the build.
 * @throws Error naming the changed files and the rebuild command.
 */
export function assertBundleFresh(root, name) {
  const entry = path.join(root, 'dist', name, 'index.js');
  if (!existsSync(entry))
    throw new Error(`dist/${name}/index.js does not exist: run \`${REBUILD_COMMAND}\`.`);
  const stamp = stampOf(root, name);
  if (!stamp)
    throw new Error(
      `dist/${name} has no ${STAMP_FILE} stamp, so its age is unknown: run \`${REBUILD_COMMAND}\`.`
    );
  const stale = staleSources(root, stamp);
  if (stale.length)
    throw new Error(
      `dist/${name} is older than its sources (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? `, and ${stale.length - 5} more` : ''} changed since the build): run \`${REBUILD_COMMAND}\`.`
    );
}
