/**
 * dependency-watch after a partial failure: the closing comment or the close itself fails for good,
 * the step fails; the next run converges on one tracking issue, closed, with exactly one closing comment.
 */
import { expect, test } from '@jest/globals';
import type { FaultStep } from '../../packages/sim/src/server.js';
import { runAction } from '../harness/run-action.js';
import { scenario } from './scenarios.js';

const s = scenario('dependency-watch (close when clean)');
const forever = (): FaultStep[] => Array.from({ length: 200 }, () => ({ kind: 'status', status: 502 }));

test.each([
  ['the close', 'PATCH', /^\/repos\/octo-org\/tool\/issues\/1$/],
  ['the closing comment', 'POST', /^\/repos\/octo-org\/tool\/issues\/1\/comments$/]
])(
  'when %s never goes through, a re-run closes the issue with exactly one closing comment',
  async (_what, method, path) => {
    const { sim, cwd } = await s.start();
    try {
      const ctx = { sim, cwd };
      await s.setup!(ctx);
      const run = () =>
        runAction(s.action, {
          cwd,
          inputs: s.inputs(ctx),
          env: { RELEASE_KIT_TIME_SCALE: '0.01', ...s.env!(ctx) },
          timeoutMs: 120_000
        });
      sim.server.addFault({ service: 'github', method, path, steps: forever() });
      const failed = await run();
      expect(failed.code).toBe(1);
      expect(failed.annotations.map((a) => a.message).join('\n')).toMatch(
        new RegExp(`${method} /repos/octo-org/tool/issues/1\\S* .*failed: 502 Bad Gateway after 4 attempts`)
      );
      sim.faults.clear();
      const again = await run();
      expect(again.code).toBe(0);
      const third = await run();
      expect(third.code).toBe(0);
      expect(await s.snapshot(ctx)).toEqual({
        issues: ['#1 closed Dependency Watch Alerts'],
        comments: [expect.stringMatching(/^#1 \*\*All findings are resolved: closing\*\*/)]
      });
    } finally {
      await sim.stop();
    }
  },
  120_000
);
