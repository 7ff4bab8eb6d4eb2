import { runAction } from '#core/action.js';
import { generate } from './generate.js';
import type { HeadStart, VerifyHeadStart } from './head-start.js';
import { parseInputs } from './inputs.js';
import { verify } from './verify.js';

/**
 * Generates or verifies checksum files; see actions/sha256sums/action.yml. `head` is work index.ts began
 * before this code loaded (see head-start.ts); whatever of it is not used is cancelled.
 */
export async function run(head?: HeadStart | VerifyHeadStart): Promise<void> {
  try {
    await runAction('sha256sums', 'Checksums', async (report) => {
      const generateHead = head && 'selection' in head ? head : undefined;
      const verifyHead = head && 'parsed' in head ? head : undefined;
      // Said whether or not it is used (a bad input still finds it under way).
      if (generateHead) report.data.headStart = { files: generateHead.selection.names.length };
      if (verifyHead) report.data.headStart = { files: verifyHead.work.groups[0].names.length };
      const settings = parseInputs();
      // Work begun for the other mode is not needed (generate and verify cancel what does not match).
      (settings.mode === 'generate' ? verifyHead : generateHead)?.job.cancel();
      if (settings.mode === 'generate') await generate(settings, report, generateHead);
      else await verify(settings, report, verifyHead);
    });
  } finally {
    head?.job.cancel();
  }
}
