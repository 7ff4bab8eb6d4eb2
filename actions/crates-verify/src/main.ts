import { runAction } from '#core/action.js';
import { parseInputs } from './inputs.js';

/** Proves crate versions are live, unyanked and identical to what was built, or yanks them; see action.yml. */
export async function run(): Promise<void> {
  await runAction('crates-verify', 'Crate verification', async (report) => {
    const settings = parseInputs();
    // The manifest parser and HTTP client load only once the inputs are known to be valid.
    const { checkCrates } = await import('./check-crates.js');
    await checkCrates(settings, report);
  });
}
