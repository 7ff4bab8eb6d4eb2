// Writes a bundle's licenses.txt from webpack's stats: every third-party package any chunk holds, with
// its license and license text. ncc's own `--license` writes the file once per chunk under one name, so
// the last chunk written wins and most packages of a code-split bundle went unlisted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// LICENSE, LICENCE.md, license.txt, LICENSE-MIT, COPYING …
const LICENSE_FILE = /^(licen[cs]e|copying)([-._][\w.-]*)?$/i;

/** The package directories (…/node_modules/<name>) of the modules in a stats object, nested ones included. */
function packageDirs(stats) {
  const dirs = new Set();
  const visit = (modules) => {
    for (const m of modules ?? []) {
      // Loaders prefix the identifier ("loader!…!/abs/file"): the resource is the last part.
      const resource = String(m.identifier ?? m.name ?? '')
        .split('!')
        .pop();
      const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(resource);
      if (match) dirs.add(match[1]);
      visit(m.modules);
    }
  };
  visit(stats.modules);
  for (const chunk of stats.chunks ?? []) visit(chunk.modules);
  return dirs;
}

function describe(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN');
  const files = readdirSync(dir)
    .filter((f) => LICENSE_FILE.test(f))
    .sort();
  const text = files.length
    ? files.map((f) => readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n')
    : `(${pkg.name} ships no license file)`;
  return { name: pkg.name, version: pkg.version, license, text };
}

/**
 * Reads ncc's stats file and writes licenses.txt: one entry per package (per version, when a bundle holds
 * two), sorted by name.
 */
export function writeLicenses(statsFile, outFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const entries = new Map();
  for (const dir of packageDirs(stats)) {
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    const entry = describe(dir);
    entries.set(`${entry.name}@${entry.version}`, entry);
  }
  const list = [...entries.values()].sort((a, b) =>
    a.name === b.name ? String(a.version).localeCompare(String(b.version)) : a.name < b.name ? -1 : 1
  );
  const versions = (name) => list.filter((e) => e.name === name).length;
  writeFileSync(
    outFile,
    list
      .map((e) => `${versions(e.name) > 1 ? `${e.name}@${e.version}` : e.name}\n${e.license}\n${e.text}\n`)
      .join('\n')
  );
  return list.map((e) => e.name);
}
