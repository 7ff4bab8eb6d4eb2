import { readManifestCrates } from '#core/crates/manifest.js';
import { RegistryClient } from '#core/crates/registry-client.js';
import { createRegistryHttp } from '#core/crates/registry-http.js';
import { setYanked } from '#core/crates/yank.js';
import { getErrorMessage } from '#core/errors.js';
import type { RollbackContext } from '../context.js';
import { failedRow, type PlannedRow } from '../plan.js';

// crates.io's guidance (its policies and the cargo book on `cargo yank`): publish a fixed version
// first, then yank the bad one, so that dependents always have an unyanked version to resolve to.
const GUIDANCE =
  "crates.io's guidance is to publish a fixed version first and yank the bad one after, so that every dependent still resolves to an unyanked version";

/** The crates whose bad version the step yanks: `crate`, or every publishable crate of the manifest. */
function crateNames(ctx: RollbackContext): string[] {
  if (ctx.inputs.crates.length) return ctx.inputs.crates;
  return readManifestCrates(ctx.inputs.manifestPath!).crates.map((c) => c.name);
}

/**
 * `crate`: yanks the bad version of each crate, refused unless the replacement version of that crate
 * is published and not yanked (or `force-yank`).
 */
export async function planCrates(ctx: RollbackContext): Promise<PlannedRow[]> {
  const { inputs } = ctx;
  let names: string[];
  let client: RegistryClient;
  try {
    names = crateNames(ctx);
    client = await RegistryClient.connect(
      createRegistryHttp(undefined, 'release-rollback'),
      inputs.indexUrl,
      inputs.registryApi,
      inputs.registryToken || undefined
    );
  } catch (e) {
    return [
      failedRow('crate', inputs.crates.join(', ') || inputs.manifestPath || 'crates', getErrorMessage(e))
    ];
  }
  const rows: PlannedRow[] = [];
  for (const name of names) {
    const target = `${name} ${ctx.version}`;
    const row: PlannedRow = {
      step: 'crate',
      target,
      current: 'unknown',
      intended: 'yanked',
      state: 'unchanged'
    };
    rows.push(row);
    try {
      const bad = await client.apiVersion(name, ctx.version);
      if (bad.kind !== 'found') {
        // A crate the registry does not know is a mistake in `crate` or the manifest, never a green skip.
        if (!(await client.crateExists(name))) {
          Object.assign(row, {
            current: 'no such crate',
            state: 'failed',
            why: `the registry has no crate ${name}; check 'crate' or 'manifest-path'`
          });
          continue;
        }
        Object.assign(row, {
          current: 'not published',
          state: 'skipped',
          why: `${name} ${ctx.version} was never published`
        });
        continue;
      }
      row.current = bad.value.yanked ? 'yanked' : 'not yanked';
      if (bad.value.yanked) {
        row.why = 'already yanked';
        continue;
      }
      let refusal: string | undefined;
      if (!ctx.replacementVersion) refusal = `no replacement release (${ctx.noReplacement})`;
      else {
        const repl = await client.apiVersion(name, ctx.replacementVersion);
        if (repl.kind !== 'found')
          refusal = `${name} ${ctx.replacementVersion} (the replacement) is not published`;
        else if (repl.value.yanked)
          refusal = `${name} ${ctx.replacementVersion} (the replacement) is yanked too`;
      }
      if (refusal && !inputs.forceYank) {
        Object.assign(row, {
          state: 'refused',
          why: `${refusal}. ${GUIDANCE}; publish it, or set force-yank: true.`
        });
        continue;
      }
      if (!inputs.registryToken) {
        Object.assign(row, {
          state: 'refused',
          blocking: true,
          why: 'registry-token is empty: execution needs a registry API token with the yank scope'
        });
        continue;
      }
      row.state = 'update';
      if (refusal) row.why = `force-yank: ${refusal}`;
      row.apply = async () => {
        const outcome = await setYanked(client, name, ctx.version, true);
        if (outcome.state === 'updated') return { state: 'updated', why: outcome.detail };
        if (outcome.state === 'unchanged') return { state: 'unchanged', why: outcome.detail };
        return { state: 'failed', why: outcome.detail };
      };
    } catch (e) {
      Object.assign(row, { state: 'failed', why: getErrorMessage(e) });
    }
  }
  return rows;
}
