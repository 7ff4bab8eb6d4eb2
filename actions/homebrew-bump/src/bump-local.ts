import type { Report } from '#core/report.js';
import type { Sha256Resolver } from '#core/homebrew/formula-bump.js';
import type { FormulaResult } from './formula-result.js';
import { baseResult, changeFor, fail, fill, skipped } from './formula-run.js';
import { findVersionInHistory } from '#core/homebrew/history-search.js';
import { Inputs, type BumpInputs } from './inputs.js';
import { localFileAt, localHistory, readLocalFormula, writeLocalFormula } from './tap-local.js';

/** Bumps every formula in a checked-out tap. */
export async function bumpLocal(
  inputs: BumpInputs,
  report: Report,
  resolve: Sha256Resolver
): Promise<FormulaResult[]> {
  const results: FormulaResult[] = [];
  for (const target of inputs.formulas) {
    const result = baseResult(inputs, target);
    results.push(result);
    try {
      const file = readLocalFormula(inputs.tapPath!, target);
      const { compute, restoredFrom } = await changeFor(
        inputs,
        target,
        file.path,
        file.text,
        resolve,
        async () => {
          const commits = await localHistory(inputs.tapPath!, file.path);
          return findVersionInHistory(
            commits,
            (sha) => localFileAt(inputs.tapPath!, sha, file.path),
            inputs.version,
            `${file.path} in ${inputs.tapPath}`,
            Inputs.RollbackTo
          );
        }
      );
      const change = await compute(file.text);
      fill(result, change, file.path);
      result.restoredFrom = restoredFrom;
      if (change.status === 'skipped') {
        skipped(result, report, file.path, change.notes);
      } else if (change.status === 'up-to-date') {
        result.status = 'up-to-date';
        report.write({
          kind: 'formula',
          target: file.path,
          result: 'unchanged',
          reason: `already at ${inputs.version}`
        });
      } else if (inputs.dryRun) {
        result.status = 'would-change';
        report.write({ kind: 'formula', target: file.path, result: 'skipped', reason: 'dry-run' });
      } else {
        await writeLocalFormula(file, change.after);
        result.status = 'changed';
        report.write({ kind: 'formula', target: file.path, result: 'updated' });
      }
    } catch (e) {
      fail(report, result, e);
    }
  }
  return results;
}
