import { afterEach, describe, expect, test } from '@jest/globals';
import { runTool } from '../../../actions/dependency-watch/src/tools.js';

describe('runTool', () => {
  afterEach(() => {
    delete process.env['INPUT_TOKEN'];
    delete process.env['RELEASE_KIT_TOOLS_PROBE'];
  });

  test('keeps the action inputs (the token) out of the tool environment', async () => {
    process.env['INPUT_TOKEN'] = 'ghp_not-for-tools';
    process.env['RELEASE_KIT_TOOLS_PROBE'] = 'passed';
    const out = await runTool(
      process.execPath,
      [
        '-e',
        'console.log(JSON.stringify([process.env.INPUT_TOKEN ?? null, process.env.RELEASE_KIT_TOOLS_PROBE]))'
      ],
      process.cwd()
    );
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([null, 'passed']);
  });
});
