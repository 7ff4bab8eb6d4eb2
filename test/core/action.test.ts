import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { runAction } from '#core/action.js';
import { getErrorMessage } from '#core/errors.js';

/** Runs a body through core's runAction with real GITHUB_OUTPUT / summary files; restores the process. */
async function runBody(body: () => Promise<void>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-action-'));
  const files = { GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_STEP_SUMMARY: path.join(dir, 'sum') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  Object.assign(process.env, files, { RELEASE_KIT_REPORT_DIR: dir });
  try {
    await runAction('demo', 'Demo', body);
    const exitCode = process.exitCode;
    const log = write.mock.calls.map((c) => String(c[0])).join('');
    const report = JSON.parse(readFileSync(path.join(dir, 'demo-report.json'), 'utf8'));
    return { exitCode, log, report, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
  } finally {
    write.mockRestore();
    process.exitCode = savedExit;
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

test.each([
  ['new Error("")', () => new Error('')],
  ["throw ''", () => ''],
  ['a TypeError with no message', () => new TypeError()],
  ['undefined', () => undefined]
])('a throw with an empty message (%s) fails the step, not green', async (_, make) => {
  const result = await runBody(async () => {
    throw make();
  });
  expect(result.exitCode).toBe(1);
  expect(result.report.status).toBe('failure');
  expect(result.report.error).toMatch(/\S/);
  expect(result.log).toMatch(/^::error::\S/m);
  expect(result.summary).toMatch(/fail|❌/i);
});

test('a body that returns normally succeeds', async () => {
  const result = await runBody(async () => {});
  expect(result.exitCode).toBeUndefined();
  expect(result.report.status).toBe('success');
});

test('getErrorMessage never returns an empty message', () => {
  expect(getErrorMessage(new Error('boom'))).toBe('boom');
  for (const thrown of [new Error(''), '', '   ', new RangeError()])
    expect(getErrorMessage(thrown)).toMatch(/thrown with no message/);
  expect(getErrorMessage(new RangeError())).toMatch(/RangeError/);
});
