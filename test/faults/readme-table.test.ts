/**
 * The README's fault-matrix table is rendered from the cells test/faults runs; this keeps the two in
 * step. Regenerate with RELEASE_KIT_UPDATE_README=1 and this test alone.
 */
import { expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/run-action.js';
import { END, renderMatrixTable, START } from './matrix-table.js';

test('README.md holds the fault matrix as the tests define it', () => {
  const file = path.join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const current = readme.slice(start, end + END.length);
  const table = renderMatrixTable();
  if (process.env.RELEASE_KIT_UPDATE_README === '1' && current !== table) {
    writeFileSync(file, readme.slice(0, start) + table + readme.slice(end + END.length));
    return;
  }
  expect(current).toBe(table);
});
