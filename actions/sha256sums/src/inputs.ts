import { InputReader, type Repository } from '../../../packages/core/src/inputs.js';
import {
  CHECKSUM_ALGORITHMS,
  type ChecksumAlgorithm,
  type ChecksumFormat
} from '../../../packages/core/src/checksums.js';
import { UPLOAD_POLICIES, type UploadPolicy } from '../../../packages/core/src/release.js';

/** Input names, once. */
export const Inputs = {
  Mode: 'mode',
  Files: 'files',
  WorkingDirectory: 'working-directory',
  Algorithm: 'algorithm',
  Output: 'output',
  Format: 'format',
  Sidecars: 'sidecars',
  SidecarFormat: 'sidecar-format',
  ChecksumsFile: 'checksums-file',
  IgnoreMissing: 'ignore-missing',
  Strict: 'strict',
  ReleaseTag: 'release-tag',
  OnConflict: 'on-conflict',
  Repository: 'repository',
  Token: 'token',
  Concurrency: 'concurrency'
} as const;

/** Output names, once. */
export const Outputs = {
  ChecksumsFile: 'checksums-file',
  Checksums: 'checksums',
  Count: 'count',
  Verified: 'verified',
  Failed: 'failed'
} as const;

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

/** The default checksum file name of an algorithm: `SHA256SUMS.txt` or `SHA512SUMS.txt`. */
export function defaultChecksumsFile(algorithm: ChecksumAlgorithm): string {
  return `${algorithm.toUpperCase()}SUMS.txt`;
}

/**
 * Reads and validates every input; throws one ConfigurationError listing every problem.
 * The token is read (and masked) only when an upload is asked for.
 */
export function parseInputs(reader = new InputReader()): Settings {
  const mode = reader.enum<Mode>(Inputs.Mode, ['generate', 'verify'], { default: 'generate' });
  const files = reader.globs(Inputs.Files, { default: ['dist/*'] });
  const workingDirectory = reader.string(Inputs.WorkingDirectory, { default: '.' });
  const algorithm = reader.enum<ChecksumAlgorithm>(Inputs.Algorithm, CHECKSUM_ALGORITHMS, {
    default: 'sha256'
  });
  const output = reader.string(Inputs.Output, { default: defaultChecksumsFile(algorithm) });
  const format = reader.enum<ChecksumFormat>(Inputs.Format, ['gnu', 'bsd'], { default: 'gnu' });
  const sidecars = reader.boolean(Inputs.Sidecars, { default: false });
  const sidecarFormat = reader.enum<SidecarFormat>(Inputs.SidecarFormat, ['gnu', 'bsd', 'hash-only'], {
    default: 'gnu'
  });
  const checksumsFile = reader.string(Inputs.ChecksumsFile, { default: defaultChecksumsFile(algorithm) });
  const ignoreMissing = reader.boolean(Inputs.IgnoreMissing, { default: false });
  const strict = reader.boolean(Inputs.Strict, { default: false });
  const concurrency = reader.integer(Inputs.Concurrency, { default: 0, min: 0, max: 256 });
  const tag = reader.tag(Inputs.ReleaseTag);
  let upload: Settings['upload'];
  if (tag !== undefined) {
    const policy = reader.enum<UploadPolicy>(Inputs.OnConflict, UPLOAD_POLICIES, {
      default: 'skip-identical'
    });
    const repository = reader.repository(Inputs.Repository);
    const token = reader.secret(Inputs.Token, { required: true });
    if (mode === 'verify')
      reader.fail(
        Inputs.ReleaseTag,
        `${JSON.stringify(tag)} is set, but uploads happen only in mode 'generate'; remove it for 'verify'.`
      );
    upload = { tag, policy, repository, token };
  } else {
    reader.enum<UploadPolicy>(Inputs.OnConflict, UPLOAD_POLICIES, { default: 'skip-identical' });
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
