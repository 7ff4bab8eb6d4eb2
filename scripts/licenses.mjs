// Writes a bundle's licenses.txt from webpack's stats: every third-party package any chunk holds, with
// its license and license text. ncc's own `--license` writes the file once per chunk under one name, so
// the last chunk written wins and most packages of a code-split bundle went unlisted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

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
  const file = readdirSync(dir).find((f) => LICENSE_FILE.test(f));
  const text = file
    ? readFileSync(path.join(dir, file), 'utf8').trim()
    : `(${pkg.name} ships no license file)`;
  return { name: pkg.name, license, text };
}

/** Reads ncc's stats file and writes licenses.txt (sorted by package name, one entry per package). */
export function writeLicenses(statsFile, outFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const byName = new Map();
  for (const dir of packageDirs(stats)) {
    if (!existsSync(path.join(dir, 'package.json'))) continue;
    const entry = describe(dir);
    byName.set(entry.name, entry);
  }
  const names = [...byName.keys()].sort();
  writeFileSync(
    outFile,
    names.map((n) => `${n}\n${byName.get(n).license}\n${byName.get(n).text}\n`).join('\n')
  );
  return names;
}
