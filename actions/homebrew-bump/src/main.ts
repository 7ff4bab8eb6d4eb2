import { runAction } from '#core/action.js';
import { parseInputs } from './inputs.js';

/**
 * Bumps (or rolls back) Homebrew formulas. Inputs are validated first with light imports; the
 * GitHub client, the formula editor and the HTTP helper load only after that.
 */
export async function run(): Promise<void> {
  await runAction('homebrew-bump', 'Homebrew formula bump', async (report) => {
    const inputs = parseInputs();
    const { bumpAll } = await import('./bump-all.js');
    await bumpAll(inputs, report);
  });
}
