import path from 'node:path';
import { CHECKSUM_ALGORITHMS } from '#core/checksums.js';
import { globRoots, isDirectory } from '#core/files.js';
import { prewarmHashWorkers, startHashFiles, type HashJob } from '#core/hash-files.js';
import { parseList, rawInput } from '#core/input-text.js';
import { Defaults, Inputs, MAX_CONCURRENCY, defaultChecksumsFile } from './names.js';
import { absolutePaths, planOf, selectFiles, type HashPlan, type Selection } from './selection.js';

/*
 * Why: loading the rest of the action (@actions/core, whose HTTP client alone is most of the bundle)
 * costs ~50 ms of one core while the other idles, and neither listing nor hashing needs it. So the entry
 * point reads the few inputs that decide what generate hashes, lists the files and starts hashing on
 * every core, and loads the rest meanwhile. generate() adopts this work only when the inputs, once
 * validated, give the same plan; otherwise it is cancelled, and anything wrong with the inputs is
 * reported by the normal path as always. Only modules that load nothing heavy may be imported here.
 */

/** Listing and hashing begun before the action's code has loaded. */
export interface HeadStart {
  plan: HashPlan;
  selection: Selection;
  job: HashJob;
  /** When hashing started (Date.now()). */
  started: number;
}

/**
 * Starts generate's work from the raw inputs, or returns undefined when they do not plainly ask for
 * generate (verify mode, a value the normal path will reject, or no file matched).
 */
export async function startHead(read: (name: string) => string = rawInput): Promise<HeadStart | undefined> {
  // Nothing here may fail the step: whatever goes wrong, the normal path does the work and says why.
  try {
    const mode = read(Inputs.Mode).toLowerCase();
    if (mode !== '' && mode !== 'generate') return undefined;
    const algorithm = CHECKSUM_ALGORITHMS.find(
      (a) => a === (read(Inputs.Algorithm).toLowerCase() || Defaults.algorithm)
    );
    const concurrency = read(Inputs.Concurrency) || '0';
    if (!algorithm || !/^\d+$/.test(concurrency) || Number(concurrency) > MAX_CONCURRENCY) return undefined;
    const cwd = path.resolve(read(Inputs.WorkingDirectory) || Defaults.workingDirectory);
    const files = read(Inputs.Files);
    const plan = planOf(
      {
        files: files ? parseList(files, 'newline') : [...Defaults.files],
        output: read(Inputs.Output) || defaultChecksumsFile(algorithm),
        algorithm,
        concurrency: Number(concurrency)
      },
      cwd
    );
    // Worker threads boot while the files are listed, when there is a folder to list: a run that finds
    // nothing (often one about to fail on its inputs) should not start one.
    if (plan.threads > 1 && globRoots(plan.patterns, cwd).some(isDirectory))
      prewarmHashWorkers(plan.threads - 1);
    const selection = await selectFiles(plan);
    if (selection.names.length === 0) return undefined;
    const started = Date.now();
    const job = startHashFiles(absolutePaths(cwd, selection.names), {
      algorithm,
      concurrency: plan.threads
    });
    return { plan, selection, job, started };
  } catch {
    return undefined;
  }
}
