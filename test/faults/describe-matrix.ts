import { beforeAll, describe, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-action.js';
import { cellsOf, runBaseline, runCell, type Baseline } from './matrix.js';
import { scenario } from './scenarios.js';

/** Declares one scenario's cells as tests: the healthy run first, then one test per cell. */
export function describeMatrix(name: string): void {
  const s = scenario(name);
  describe(`fault matrix: ${name}`, () => {
    let baseline: Baseline;
    beforeAll(async () => {
      const bundle = path.join(ROOT, 'dist', s.action, 'index.js');
      if (!existsSync(bundle))
        throw new Error(`${bundle} is missing: run node scripts/build.mjs --only ${s.action} first.`);
      baseline = await runBaseline(s);
    }, 120_000);
    for (const cell of cellsOf(s))
      test(cell.title, () => runCell(s, cell, baseline).then(() => undefined), 120_000);
  });
}
