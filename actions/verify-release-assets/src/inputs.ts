import { InputReader, type Repository } from '#core/inputs.js';
import { versionFromTag } from '#core/inventory.js';
import {
  effectiveVersion,
  readAssetCheckInputs,
  type AssetCheckSettings,
  type DownloadMode
} from '#core/asset-check.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

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
  /** The asset check's inputs as one group (core's asset-check feature): what main hands the check. */
  assetCheck: AssetCheckSettings;
}

export { versionFromTag };

/**
 * Reads and validates every input before any request. The asset check's inputs are read as core's
 * group; templates are checked for syntax there, and expanded (with the manifest) in the inventory.
 * @throws ConfigurationError naming every missing or invalid input.
 */
export function parseInputs(reader = new InputReader()): VerifyInputs {
  reader.declare(INPUT_DECLARATIONS);
  const tag = reader.tag(Inputs.Tag, { required: true, fromRef: true });
  const repository = reader.repository(Inputs.Repository);
  const token = reader.secret(Inputs.Token, { required: true });
  const assetCheck = readAssetCheckInputs(reader, { tag });
  const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
  const pollIntervalMs = reader.duration(Inputs.PollInterval, { max: 3_600_000 });
  const { expected, targets, manifest, allowExtra, checksums, download, minSize, concurrency } = assetCheck;
  const version = effectiveVersion(assetCheck, tag);

  if (waitTimeoutMs > 0 && pollIntervalMs === 0)
    reader.fail(Inputs.PollInterval, '0 with a wait-timeout would poll without pause; use at least 1s.');
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
    concurrency,
    assetCheck
  };
}
