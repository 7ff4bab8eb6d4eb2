import { InputReader, type Repository } from '#core/inputs.js';
import { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, type ChecksumFormat } from '#core/checksums.js';
import { UPLOAD_POLICIES, type UploadPolicy } from '#core/release.js';
import { Defaults, Inputs, MAX_CONCURRENCY, defaultChecksumsFile } from './names.js';
import { INPUT_DECLARATIONS } from './generated/io.js';

export type Mode = 'generate' | 'verify';
export type SidecarFormat = 'gnu' | 'bsd' | 'hash-only';

export interface Settings {
  mode: Mode;
  files: string[];
  workingDirectory: string;
  algorithm: ChecksumAlgorithm;
  /** Relative to the working directory. */
  output: string;
  format: ChecksumFormat;
  sidecars: boolean;
  sidecarFormat: SidecarFormat;
  /** Relative to the working directory. */
  checksumsFile: string;
  ignoreMissing: boolean;
  strict: boolean;
  upload?: { tag: string; policy: UploadPolicy; repository: Repository; token: string };
  /** 0 means the number of CPUs. */
  concurrency: number;
}

/**
 * Reads and validates every input; throws one ConfigurationError listing every problem.
 * The token is read (and masked) only when an upload is asked for.
 */
export function parseInputs(reader = new InputReader()): Settings {
  reader.declare(INPUT_DECLARATIONS);
  const mode = reader.enum<Mode>(Inputs.Mode, ['generate', 'verify']);
  const files = reader.globs(Inputs.Files, { default: [...Defaults.files] });
  const workingDirectory = reader.string(Inputs.WorkingDirectory, { default: Defaults.workingDirectory });
  const algorithm = reader.enum<ChecksumAlgorithm>(Inputs.Algorithm, CHECKSUM_ALGORITHMS, {
    default: Defaults.algorithm
  });
  const output = reader.string(Inputs.Output, { default: defaultChecksumsFile(algorithm) });
  const format = reader.enum<ChecksumFormat>(Inputs.Format, ['gnu', 'bsd']);
  const sidecars = reader.boolean(Inputs.Sidecars);
  const sidecarFormat = reader.enum<SidecarFormat>(Inputs.SidecarFormat, ['gnu', 'bsd', 'hash-only']);
  const checksumsFile = reader.string(Inputs.ChecksumsFile, { default: defaultChecksumsFile(algorithm) });
  const ignoreMissing = reader.boolean(Inputs.IgnoreMissing);
  const strict = reader.boolean(Inputs.Strict);
  const concurrency = reader.integer(Inputs.Concurrency, { min: 0, max: MAX_CONCURRENCY });
  const tag = reader.tag(Inputs.ReleaseTag);
  let upload: Settings['upload'];
  if (tag !== undefined) {
    const policy = reader.enum<UploadPolicy>(Inputs.OnConflict, UPLOAD_POLICIES);
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    if (mode === 'verify')
      reader.fail(
        Inputs.ReleaseTag,
        `${JSON.stringify(tag)} is set, but uploads happen only in mode 'generate'; remove it for 'verify'.`
      );
    upload = { tag, policy, repository, token };
  } else {
    reader.enum<UploadPolicy>(Inputs.OnConflict, UPLOAD_POLICIES);
  }
  if (mode === 'generate' && files.length === 0)
    reader.fail(Inputs.Files, 'no pattern given; list at least one glob, such as dist/*.');
  for (const [name, value] of [
    [Inputs.Output, output],
    [Inputs.ChecksumsFile, checksumsFile]
  ] as const) {
    if (/[\r\n\0]/.test(value))
      reader.fail(name, `${JSON.stringify(value)} holds a line break or NUL; give one file path.`);
  }
  reader.finish();
  return {
    mode,
    files,
    workingDirectory,
    algorithm,
    output,
    format,
    sidecars,
    sidecarFormat,
    checksumsFile,
    ignoreMissing,
    strict,
    upload,
    concurrency
  };
}
