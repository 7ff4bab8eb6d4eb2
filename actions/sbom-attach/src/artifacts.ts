import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { InputError } from '#core/errors.js';
import { expandGlobs } from '#core/files.js';
import { hashFiles } from '#core/hash-files.js';
import { Inputs } from './inputs.js';
import type { ArtifactFile } from './model.js';

function sha1(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (d) => hash.update(d))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Finds the release files matching the `artifacts` globs under the project root and hashes them:
 * SHA-256 (what users verify) and SHA-1 (which SPDX 2.3 makes mandatory for files).
 * @throws InputError when a pattern matches nothing: a release file the SBOM should describe is missing.
 */
export async function describeArtifacts(root: string, patterns: string[]): Promise<ArtifactFile[]> {
  if (!patterns.length) return [];
  const { files, unmatched } = await expandGlobs(patterns, { cwd: root, inputName: Inputs.Artifacts });
  if (unmatched.length) {
    throw new InputError(
      Inputs.Artifacts,
      unmatched.join('\n'),
      `${unmatched.map((p) => JSON.stringify(p)).join(', ')} matched no file under ${root}.`
    );
  }
  const absolute = files.map((f) => path.join(root, f));
  const [sha256s, sha1s] = await Promise.all([
    hashFiles(absolute, { algorithm: 'sha256' }),
    Promise.all(absolute.map(sha1))
  ]);
  return files.map((name, i) => {
    const h = sha256s[i];
    if (h.error || !h.hash)
      throw new InputError(
        Inputs.Artifacts,
        name,
        `${name} cannot be read (${h.error?.code ?? 'unknown error'}).`
      );
    return { name, size: h.size ?? 0, sha256: h.hash, sha1: sha1s[i] };
  });
}
