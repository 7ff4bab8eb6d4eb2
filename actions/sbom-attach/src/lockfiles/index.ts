import type { LockfileKind, LockfileResult } from '../model.js';
import { parseCargo } from './cargo.js';
import { parseGoMod } from './go.js';
import { parseNpm } from './npm.js';
import { parsePnpm } from './pnpm.js';
import { parsePoetry } from './poetry.js';
import { parseRequirements } from './requirements.js';
import { parseUv } from './uv.js';
import { parseYarnBerry } from './yarn-berry.js';
import { parseYarnV1 } from './yarn.js';

const PARSERS: Record<LockfileKind, (file: string, display: string) => Promise<LockfileResult>> = {
  cargo: parseCargo,
  npm: parseNpm,
  pnpm: parsePnpm,
  'yarn-v1': parseYarnV1,
  'yarn-berry': parseYarnBerry,
  poetry: parsePoetry,
  uv: parseUv,
  requirements: parseRequirements,
  gomod: parseGoMod
};

/** Parses one lockfile of a known kind. @throws LockfileError naming the file, line and reason. */
export function parseLockfile(kind: LockfileKind, file: string, display: string): Promise<LockfileResult> {
  return PARSERS[kind](file, display);
}
