import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PROBE = path.join(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  'formula-probe.rb'
);

/** True when `ruby` is on PATH (CI installs it from Debian; `.ci/run` does so when absent). */
export const rubyAvailable = spawnSync('ruby', ['--version'], { stdio: 'ignore' }).status === 0;

if (!rubyAvailable) {
  console.warn(
    'homebrew-bump tests: `ruby` is not installed, so `ruby -c` and the formula read-back are skipped. Install it with: apt-get install -y ruby'
  );
}

/** `it` when ruby is present, else a skipped test (the reason is printed once above). */
export const itWithRuby = rubyAvailable ? it : it.skip;

function tempFile(text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-formula-'));
  const file = path.join(dir, 'formula.rb');
  writeFileSync(file, text);
  return file;
}

/** Runs `ruby -c`; returns '' when the syntax is fine, else ruby's message. */
export function rubySyntaxError(text: string): string {
  const r = spawnSync('ruby', ['-c', tempFile(text)], { encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
}

export interface ProbedPlatform {
  url: string | null;
  mirrors: string[];
  sha256: string | null;
  version: string | null;
  revision: number;
  blocks: string[];
}

/** Loads the formula with a stub DSL and returns what it declares per platform (`darwin-arm64`, …). */
export function probeFormula(text: string): Record<string, ProbedPlatform> {
  return JSON.parse(execFileSync('ruby', [PROBE, tempFile(text)], { encoding: 'utf8' }));
}
