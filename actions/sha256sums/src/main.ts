import { runAction } from '#core/action.js';
import { generate } from './generate.js';
import type { HeadStart } from './head-start.js';
import { parseInputs } from './inputs.js';
import { verify } from './verify.js';

/**
 * Generates or verifies checksum files; see actions/sha256sums/action.yml. `head` is work index.ts began
 * before this code loaded (see head-start.ts); whatever of it is not used is cancelled.
 */
export async function run(head?: HeadStart): Promise<void> {
  try {
    await runAction('sha256sums', 'Checksums', async (report) => {
      // Said whether or not generate uses it (a bad input still finds it under way).
      if (head) report.data.headStart = { files: head.selection.names.length };
      const settings = parseInputs();
      if (settings.mode === 'generate') await generate(settings, report, head);
      else await verify(settings, report);
    });
  } finally {
    head?.job.cancel();
  }
}
