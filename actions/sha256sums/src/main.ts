import { runAction } from '../../../packages/core/src/action.js';
import { generate } from './generate.js';
import { parseInputs } from './inputs.js';
import { verify } from './verify.js';

/** Generates or verifies checksum files; see actions/sha256sums/action.yml. */
export async function run(): Promise<void> {
  await runAction('sha256sums', 'Checksums', async (report) => {
    const settings = parseInputs();
    if (settings.mode === 'generate') await generate(settings, report);
    else await verify(settings, report);
  });
}
