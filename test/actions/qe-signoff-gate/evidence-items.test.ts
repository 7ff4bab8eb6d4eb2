import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkItems } from '../../../actions/qe-signoff-gate/src/gather/checks.js';
import { reportItem } from '../../../actions/qe-signoff-gate/src/gather/reports.js';
import {
  runState,
  workflowItems,
  type WorkflowRun
} from '../../../actions/qe-signoff-gate/src/gather/workflows.js';
import { withSection, SECTION_START, SECTION_END } from '../../../actions/qe-signoff-gate/src/publish.js';

let nextId = 1;
const run = (over: Partial<WorkflowRun>): WorkflowRun => ({
  id: nextId++,
  name: 'Release',
  path: '.github/workflows/release.yml',
  workflow_id: 1,
  run_number: 1,
  run_attempt: 1,
  status: 'completed',
  conclusion: 'success',
  html_url: 'https://x/runs/1',
  ...over
});

describe('workflow runs', () => {
  it('maps statuses and conclusions; stale and unknown are never a pass', () => {
    expect(runState('in_progress', null).state).toBe('pending');
    expect(runState('completed', 'skipped').state).toBe('success');
    expect(runState('completed', 'startup_failure').state).toBe('failure');
    expect(runState('completed', 'stale').state).toBe('pending');
  });

  it("takes each workflow's latest run, leaves out the calling run, requires all by default", () => {
    const items = workflowItems(
      [
        run({ id: 10, run_number: 1, conclusion: 'failure' }),
        run({ id: 11, run_number: 2, run_attempt: 2, conclusion: 'success' }),
        run({
          id: 99,
          workflow_id: 2,
          name: 'Gate',
          path: '.github/workflows/gate.yml',
          status: 'in_progress',
          conclusion: null
        })
      ],
      [],
      99
    );
    expect(items.map((i) => [i.name, i.required, i.state, i.detail])).toEqual([
      ['Release', true, 'success', 'run #2, attempt 2, release.yml']
    ]);
  });

  it('matches required workflows by file name or name; one with no run is missing, others are informational', () => {
    const items = workflowItems(
      [
        run({}),
        run({
          id: 20,
          workflow_id: 3,
          name: 'Bundle',
          path: '.github/workflows/bundle.yml',
          status: 'queued',
          conclusion: null
        })
      ],
      ['release.yml', 'bundle', 'publish.yml']
    );
    expect(items.map((i) => [i.name, i.required, i.state])).toEqual([
      ['Release', true, 'success'],
      ['Bundle', true, 'pending'],
      ['publish.yml', true, 'missing']
    ]);
    expect(workflowItems([run({})], ['other.yml']).map((i) => [i.name, i.required])).toEqual([
      ['other.yml', true],
      ['Release', false]
    ]);
  });
});

describe('check runs and statuses', () => {
  it('requires named checks and every status; a named check with nothing is missing', () => {
    const items = checkItems(
      [
        { id: 1, name: 'lint', status: 'completed', conclusion: 'failure' },
        { id: 2, name: 'lint', status: 'completed', conclusion: 'success' },
        { id: 3, name: 'e2e', status: 'in_progress', conclusion: null }
      ],
      [
        { id: 1, context: 'ci/legacy', state: 'error' },
        { id: 2, context: 'ci/ok', state: 'success' }
      ],
      ['lint', 'smoke']
    );
    expect(items.map((i) => [i.kind, i.name, i.required, i.state])).toEqual([
      ['check-run', 'lint', true, 'success'],
      ['check-run', 'e2e', false, 'pending'],
      ['status', 'ci/legacy', true, 'failure'],
      ['status', 'ci/ok', true, 'success'],
      ['check-run', 'smoke', true, 'missing']
    ]);
  });
});

describe('earlier release-kit reports', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qe-reports-'));
  const write = (name: string, body: unknown) => {
    writeFileSync(path.join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
    return name;
  };
  const report = (over: Record<string, unknown>) => ({
    schema: 'release-kit/report@1',
    action: 'verify-release-assets',
    status: 'success',
    failures: [],
    ...over
  });

  it('counts failures, a thrown step once, and treats unreadable or foreign files as failures', async () => {
    const ok = await reportItem(write('ok.json', report({})), dir);
    expect([ok.name, ok.state]).toEqual(['verify-release-assets', 'success']);
    const failed = await reportItem(
      write(
        'f.json',
        report({
          status: 'failure',
          failures: [
            { rule: 'missing', detail: 'a' },
            { rule: 'mismatch', detail: 'b' }
          ]
        })
      ),
      dir
    );
    expect([failed.state, failed.conclusion, failed.detail]).toEqual([
      'failure',
      '2 failures',
      'missing: a; mismatch: b'
    ]);
    const threw = await reportItem(write('t.json', report({ status: 'failure', error: 'boom' })), dir);
    expect([threw.state, threw.conclusion, threw.detail]).toEqual(['failure', '1 failure', 'boom']);
    expect((await reportItem('absent.json', dir)).state).toBe('failure');
    expect((await reportItem(write('bad.json', '{not json'), dir)).conclusion).toBe('unreadable');
    expect((await reportItem(write('other.json', { hello: 1 }), dir)).conclusion).toBe('not a report');
  });
});

describe('release notes section', () => {
  it('appends once and then replaces in place, keeping the rest byte for byte', () => {
    const first = withSection('## Notes\r\nhello\n', 'report A');
    expect(first).toBe(`## Notes\r\nhello\n\n${SECTION_START}\nreport A\n${SECTION_END}`);
    const second = withSection(first + '\ntrailer', 'report B');
    expect(second).toBe(`## Notes\r\nhello\n\n${SECTION_START}\nreport B\n${SECTION_END}\ntrailer`);
    expect(withSection(second, 'report B')).toBe(second);
    expect(withSection('', 'x')).toBe(`${SECTION_START}\nx\n${SECTION_END}`);
  });
});
