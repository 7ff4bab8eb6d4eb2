import { InputReader, type Repository } from '#core/inputs.js';
import { parseChecksumsInput, parseTemplate, versionFromTag } from '#core/inventory.js';
import { InputError } from '#core/errors.js';
import type { DownloadMode } from '#core/asset-verification.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

// The engine's modes (its DOWNLOAD_MODES), listed here again only because the engine is loaded lazily,
// after the inputs are validated; the type keeps every entry one the engine accepts.
const DOWNLOAD_MODES: readonly DownloadMode[] = ['auto', 'always', 'never'];

export interface VerifyInputs {
  tag: string;
  repository: Repository;
  token: string;
  version: string;
  expected: string[];
  targets: string[];
  manifest?: string;
  allowExtra: boolean;
  /** `auto`, `sidecars`, `none`, or a checksum file asset name (templates expanded). */
  checksums: string;
  download: DownloadMode;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  minSize: number;
  concurrency: number;
}

export { versionFromTag };

/**
 * Reads and validates every input before any request. Templates are checked for syntax here; their
 * expansion (with the manifest) happens in the inventory.
 * @throws ConfigurationError naming every missing or invalid input.
 */
export function parseInputs(reader = new InputReader()): VerifyInputs {
  reader.declare(INPUT_DECLARATIONS);
  const tag = reader.tag(Inputs.Tag, { required: true, fromRef: true });
  const repository = reader.repository(Inputs.Repository);
  const token = reader.secret(Inputs.Token, { required: true });
  const versionInput = reader.optional(Inputs.Version);
  // Asset names may hold commas, so only newlines separate expected names.
  const expected = reader.list(Inputs.Expected, { separators: 'newline' });
  const targets = reader.list(Inputs.Targets);
  const manifest = reader.optional(Inputs.Manifest);
  const allowExtra = reader.boolean(Inputs.AllowExtra);
  let checksums = reader.string(Inputs.Checksums);
  const download = reader.enum(Inputs.Download, DOWNLOAD_MODES);
  const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
  const pollIntervalMs = reader.duration(Inputs.PollInterval, { max: 3_600_000 });
  const minSize = reader.integer(Inputs.MinSize, { min: 0 });
  const concurrency = reader.integer(Inputs.Concurrency, { min: 1, max: 32 });
  const version = versionInput ?? (tag ? versionFromTag(tag) : '');

  if (waitTimeoutMs > 0 && pollIntervalMs === 0)
    reader.fail(Inputs.PollInterval, '0 with a wait-timeout would poll without pause; use at least 1s.');
  for (const template of expected) {
    try {
      parseTemplate(template, Inputs.Expected);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      reader.add(e);
    }
  }
  try {
    checksums = parseChecksumsInput(checksums, { version, tag }, Inputs.Checksums);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    reader.add(e);
  }
  reader.finish();
  return {
    tag: tag!,
    repository,
    token,
    version,
    expected,
    targets,
    manifest,
    allowExtra,
    checksums,
    download,
    waitTimeoutMs,
    pollIntervalMs,
    minSize,
    concurrency
  };
}
