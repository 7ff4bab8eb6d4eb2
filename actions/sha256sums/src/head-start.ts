import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CHECKSUM_ALGORITHMS, parseChecksumFile, type ParsedChecksumFile } from '#core/checksums.js';
import { globRoots, isDirectory } from '#core/files.js';
import { cpuCount, prewarmHashWorkers, startHashFiles, type HashJob } from '#core/hash-files.js';
import { parseList, rawInput } from '#core/input-text.js';
import { Defaults, Inputs, MAX_CONCURRENCY, defaultChecksumsFile } from './names.js';
import { absolutePaths, planOf, selectFiles, type HashPlan, type Selection } from './selection.js';
import { verifyWork, type VerifyPlan, type VerifyWork } from './verify-plan.js';

/*
 * Why: loading the rest of the action (@actions/core, whose HTTP client alone is most of the bundle)
 * costs ~50 ms of one core while the other idles, and neither listing nor hashing needs it. So the entry
 * point reads the few inputs that decide what generate hashes (lists the files) or verify hashes (reads
 * and parses the checksum file), starts hashing on every core, and loads the rest meanwhile. generate()
 * and verify() adopt this work only when the inputs, once validated, give the same plan; otherwise it is
 * cancelled, and anything wrong with the inputs is reported by the normal path as always. Only modules
 * that load nothing heavy may be imported here.
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

/** Verify's work begun before the action's code has loaded: the checksum file read and parsed, hashing started. */
export interface VerifyHeadStart {
  plan: VerifyPlan;
  parsed: ParsedChecksumFile;
  work: VerifyWork;
  /** Hashing of work.groups[0] (a file of one algorithm, as nearly all are, has only that group). */
  job: HashJob;
  started: number;
}

/**
 * Starts verify's work from the raw inputs: reads and parses the checksum file and starts hashing what it
 * lists, as generate's head start does. Returns undefined when the inputs do not plainly ask for verify,
 * or the file cannot be read or parsed (the normal path then says why), or lists nothing to hash.
 */
export function startVerifyHead(read: (name: string) => string = rawInput): VerifyHeadStart | undefined {
  try {
    if (read(Inputs.Mode).toLowerCase() !== 'verify') return undefined;
    const algorithm = CHECKSUM_ALGORITHMS.find(
      (a) => a === (read(Inputs.Algorithm).toLowerCase() || Defaults.algorithm)
    );
    const concurrency = read(Inputs.Concurrency) || '0';
    if (!algorithm || !/^\d+$/.test(concurrency) || Number(concurrency) > MAX_CONCURRENCY) return undefined;
    const threads = Number(concurrency) || cpuCount();
    const cwd = path.resolve(read(Inputs.WorkingDirectory) || Defaults.workingDirectory);
    const checksumsFile = path.resolve(cwd, read(Inputs.ChecksumsFile) || defaultChecksumsFile(algorithm));
    // Threads boot while the checksum file is read and parsed, if there is one (a run about to fail on
    // its inputs should not start any).
    if (!statSync(checksumsFile, { throwIfNoEntry: false })?.isFile()) return undefined;
    if (threads > 1) prewarmHashWorkers(threads - 1);
    const parsed = parseChecksumFile(readFileSync(checksumsFile));
    const work = verifyWork(parsed, cwd);
    if (work.groups.length === 0) return undefined;
    const started = Date.now();
    const job = startHashFiles(work.groups[0].paths, {
      algorithm: work.groups[0].algorithm,
      concurrency: threads
    });
    return { plan: { cwd, checksumsFile, threads }, parsed, work, job, started };
  } catch {
    return undefined;
  }
}
