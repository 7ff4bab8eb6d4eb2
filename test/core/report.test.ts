import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Report } from '#core/report.js';
import { getErrorMessage, wrapError } from '#core/errors.js';

function withEnv(vars: Record<string, string>, fn: () => Promise<void>): Promise<void> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  return fn().finally(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}

test('the summary, the plain text and report.json say the same thing', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-report-'));
  const summary = path.join(dir, 'summary.md');
  const output = path.join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  await withEnv(
    { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RELEASE_KIT_REPORT_DIR: dir },
    async () => {
      const report = new Report('demo', 'Demo report');
      report.status('fail', 'One asset is missing');
      report.table(
        ['asset', 'status'],
        [
          ['a|b.tar.gz', '❌ missing'],
          ['c', '✅ ok']
        ]
      );
      report.code('```inner fence```\nline', 'diff');
      report.write({ kind: 'asset', target: 'SHA256SUMS.txt', result: 'unchanged', reason: 'identical' });
      report.output('missing', ['a|b.tar.gz']);
      report.fail('missing-asset', 'a|b.tar.gz is not on the release');
      const file = await report.finish();
      const md = readFileSync(summary, 'utf8');
      expect(md).toContain('## Demo report');
      expect(md).toContain('❌ One asset is missing');
      expect(md).toContain('| a\\|b.tar.gz | ❌ missing |');
      expect(md).toContain('````diff\n```inner fence```\nline\n````');
      expect(md).toContain('| asset | SHA256SUMS.txt | unchanged (identical) |');
      const text = report.plainText();
      expect(text).toContain('[FAIL] One asset is missing');
      expect(text).toMatch(/asset\s+status\n-+\s+-+\na\|b.tar.gz\s+missing/);
      const json = JSON.parse(readFileSync(file, 'utf8'));
      expect(json).toMatchObject({
        schema: 'release-kit/report@1',
        action: 'demo',
        status: 'failure',
        outputs: { missing: '["a|b.tar.gz"]' },
        failures: [{ rule: 'missing-asset', detail: 'a|b.tar.gz is not on the release' }],
        writes: [{ kind: 'asset', target: 'SHA256SUMS.txt', result: 'unchanged', reason: 'identical' }]
      });
      expect(readFileSync(output, 'utf8')).toContain('missing<<');
    }
  );
});

test('errors of every shape become messages', () => {
  expect(getErrorMessage(new Error('boom'))).toBe('boom');
  expect(getErrorMessage('plain')).toBe('plain');
  expect(getErrorMessage({ code: 7 })).toBe('{"code":7}');
  expect(getErrorMessage(undefined)).toBe('undefined');
  expect(wrapError('x')).toBeInstanceOf(Error);
});
