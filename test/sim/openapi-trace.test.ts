import { existsSync, readFileSync } from 'node:fs';
import { expectConforming, specValidator } from './openapi-harness.js';

/**
 * Whole-suite fidelity: run any tests with `RELEASE_KIT_SIM_TRACE=/tmp/trace.jsonl` (every simulator
 * they start appends its GitHub exchanges), then this file with `RELEASE_KIT_SIM_TRACE_CHECK` naming
 * that file. Every request body and answer the actions' own traffic produced is checked against the
 * OpenAPI description.
 */
const file = process.env.RELEASE_KIT_SIM_TRACE_CHECK;
if (!file)
  console.log(
    'openapi-trace: RELEASE_KIT_SIM_TRACE_CHECK is not set; nothing to check (see the comment at the top of this file).'
  );

(file ? test : test.skip)('every traced exchange conforms to the OpenAPI description', () => {
  expect(existsSync(file!)).toBe(true);
  const lines = readFileSync(file!, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  expect(lines.length).toBeGreaterThan(0);
  console.log(`openapi-trace: ${lines.length} exchanges checked`);
  expectConforming(specValidator().checkTrace(lines));
});
