import path from 'node:path';
import { prefixedHexToHash } from '../hashes.js';
import type { LockfileResult, SbomPackage } from '../model.js';
import { LockfileError, finish, newPackage, readText } from './common.js';
import { fileHashLabels } from './python-hashes.js';
import { pythonRootPackage, readPythonProject } from './python-project.js';

/**
 * Parses a pinned `requirements.txt` (as `pip-compile --generate-hashes` or `uv pip compile` write it):
 * `name==version`, optional extras and environment markers, `--hash=alg:hex` options, backslash
 * continuations. The file has no graph: the root depends on every pin. Unpinned requirements cannot
 * name a version, so they are reported in the notes and left out; options such as `-r`, `-e` likewise.
 */
export async function parseRequirements(lockPath: string, display: string): Promise<LockfileResult> {
  const text = readText(lockPath, display);
  const project = await readPythonProject(path.dirname(lockPath), path.dirname(display));
  const root = pythonRootPackage(project);
  const packages: SbomPackage[] = [];
  const notes: string[] = [];
  const physical = text.split(/\r?\n/);
  for (let i = 0; i < physical.length; i++) {
    const startLine = i + 1;
    let logical = physical[i];
    while (/\\\s*$/.test(logical) && i + 1 < physical.length)
      logical = logical.replace(/\\\s*$/, ' ') + physical[++i];
    // A comment starts at '#' at the start or after white space (a '#' inside a URL fragment is not one).
    const content = logical.replace(/(^|\s)#.*$/, '').trim();
    if (!content) continue;
    if (content.startsWith('-')) {
      if (
        !/^--?(hash|index-url|extra-index-url|trusted-host|find-links|no-binary|only-binary|prefer-binary|require-hashes|pre|i|f)\b/.test(
          content
        )
      ) {
        notes.push(
          `${display}:${startLine}: option ${JSON.stringify(content.split(/\s+/)[0])} is not followed; its packages are not in the SBOM`
        );
      }
      continue;
    }
    const [requirement, ...options] = content.split(/\s+--/);
    const hashOptions = options.filter((o) => o.startsWith('hash'));
    const hashes = hashOptions.map((o) => prefixedHexToHash(/^hash[=\s]+(\S+)/.exec(o)?.[1]));
    const bad = hashOptions.findIndex((_, n) => !hashes[n]);
    if (bad >= 0)
      throw new LockfileError(
        display,
        `--${hashOptions[bad]} is not alg:hex with a known algorithm and digest length`,
        startLine
      );
    const spec = requirement.split(';')[0].trim();
    if (/^\S+\s*@\s*\S+:\/\//.test(spec) || /^(https?|git\+|file):/.test(spec)) {
      notes.push(
        `${display}:${startLine}: ${JSON.stringify(spec)} is a direct URL reference without a version; left out`
      );
      continue;
    }
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
    if (!m)
      throw new LockfileError(
        display,
        `${JSON.stringify(spec)} is not a requirement (name==version)`,
        startLine
      );
    const pin = /^===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(m[3].trim());
    if (!pin) {
      if (m[3].trim() && !/^(==|===|!=|<=|>=|<|>|~=)/.test(m[3].trim())) {
        throw new LockfileError(
          display,
          `${JSON.stringify(spec)} is not a requirement (name==version)`,
          startLine
        );
      }
      notes.push(
        `${display}:${startLine}: ${m[1]} is not pinned with ==; left out of the SBOM (pin it, e.g. with pip-compile)`
      );
      continue;
    }
    // With several hashes (one per wheel and sdist) pip accepts any: no single one is the package's,
    // so they are kept as file hashes instead.
    const valid = hashes.filter((h): h is NonNullable<typeof h> => h !== undefined);
    const pkg = newPackage({
      ecosystem: 'pypi',
      name: m[1],
      version: pin[1],
      hashes: valid.length === 1 ? valid : []
    });
    if (valid.length > 1) pkg.fileHashes = fileHashLabels(valid);
    packages.push(pkg);
    root.dependencies.push(pkg.ref);
  }
  return finish(
    display,
    'requirements',
    root,
    packages,
    notes,
    packages.map((p) => ({ key: `${p.name}==${p.version}`, ref: p.ref }))
  );
}
