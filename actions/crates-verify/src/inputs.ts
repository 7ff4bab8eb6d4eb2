import path from 'node:path';
import { InputReader } from '#core/inputs.js';
import {
  CRATE_NAME,
  DEFAULT_INDEX,
  parseHttpUrl,
  parseIndexUrl,
  SEMVER
} from '#core/crates/registry-names.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

export { CRATE_NAME, DEFAULT_INDEX, parseIndexUrl, SEMVER };
/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

export const MODES = ['verify', 'yank', 'unyank'] as const;
export type Mode = (typeof MODES)[number];

export interface Settings {
  crate?: string;
  /** Absolute path of the Cargo.toml to read; undefined when only `crate` is given. */
  manifestPath?: string;
  version?: string;
  tag?: string;
  /** Absolute path of a `.crate` file, or of a directory holding `<name>-<version>.crate` files. */
  crateFile?: string;
  /** The index base URL without `sparse+`, ending in `/`. */
  indexUrl: string;
  registryApi?: string;
  commit?: string;
  waitTimeoutMs: number;
  pollIntervalMs: number;
  mode: Mode;
  registryToken: string;
  allowYanked: boolean;
  /** Bytes a downloaded `.crate` may have; a larger answer is refused while it streams. */
  maxCrateBytes?: number;
  /** Where relative paths are resolved: GITHUB_WORKSPACE, else the working directory. */
  workspace: string;
}

/** The default `max-crate-size`: ten times crates.io's 10 MB upload limit. */
export const DEFAULT_MAX_CRATE_SIZE = '100MiB';

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3
};

/** `1048576`, `1.5MB`, `100MiB` → bytes; undefined for anything else. */
export function parseByteSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

/** Reads and checks every input up front; throws one ConfigurationError listing every problem. */
export function parseInputs(reader = new InputReader()): Settings {
  reader.declare(INPUT_DECLARATIONS);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const crate = reader.optional(Inputs.Crate);
  const manifestPath = reader.optional(Inputs.ManifestPath);
  const version = reader.optional(Inputs.Version);
  const tag = reader.tag(Inputs.Tag, { fromRef: true });
  const crateFile = reader.optional(Inputs.CrateFile);
  const index = reader.string(Inputs.Index, { default: DEFAULT_INDEX });
  const registryApi = reader.optional(Inputs.RegistryApi);
  const commit = reader.optional(Inputs.Commit) ?? (process.env.GITHUB_SHA || undefined);
  const waitTimeoutMs = reader.duration(Inputs.WaitTimeout, { max: 6 * 3_600_000 });
  const pollIntervalMs = reader.duration(Inputs.PollInterval, { max: 3_600_000 });
  const mode = reader.enum(Inputs.Mode, MODES);
  const registryToken = reader.secret(Inputs.RegistryToken);
  const allowYanked = reader.boolean(Inputs.AllowYanked);
  const maxCrateSize = reader.string(Inputs.MaxCrateSize);
  const maxCrateBytes = parseByteSize(maxCrateSize);
  if (maxCrateBytes === undefined)
    reader.fail(
      Inputs.MaxCrateSize,
      `${JSON.stringify(maxCrateSize)} is not a size; use bytes or a number with KB, MB, GB, KiB, MiB or GiB, such as ${DEFAULT_MAX_CRATE_SIZE}.`
    );

  if (crate !== undefined && !CRATE_NAME.test(crate)) {
    reader.fail(
      Inputs.Crate,
      `${JSON.stringify(crate)} is not a crate name; use an ASCII letter followed by up to 63 letters, digits, '-' or '_'.`
    );
  }
  if (version !== undefined && !SEMVER.test(version)) {
    reader.fail(
      Inputs.Version,
      `${JSON.stringify(version)} is not a semantic version; use one such as 1.2.3 or 1.2.3-rc.1 (no leading v).`
    );
  }
  const indexUrl = parseIndexUrl(index);
  if (!indexUrl) {
    reader.fail(
      Inputs.Index,
      `${JSON.stringify(index)} is not a sparse index URL; use one such as ${DEFAULT_INDEX} (git indexes are not supported).`
    );
  }
  const api = registryApi === undefined ? undefined : parseHttpUrl(registryApi);
  if (registryApi !== undefined && !api) {
    reader.fail(
      Inputs.RegistryApi,
      `${JSON.stringify(registryApi)} is not an http(s) URL; use the registry's API base, such as https://crates.io.`
    );
  }
  if (commit !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) {
    reader.fail(
      Inputs.Commit,
      `${JSON.stringify(commit)} is not a full commit SHA; use the 40 (or 64) hex digits of the commit.`
    );
  }
  if (pollIntervalMs < 1000)
    reader.fail(
      Inputs.PollInterval,
      `${pollIntervalMs} ms is too short; use at least 1s (registries ask for one request per second at most).`
    );
  if ((mode === 'yank' || mode === 'unyank') && !registryToken) {
    reader.fail(
      Inputs.RegistryToken,
      `is required when mode is ${mode}; use a registry API token with the yank scope.`
    );
  }
  reader.finish();
  return {
    crate,
    manifestPath: manifestPath === undefined ? undefined : path.resolve(workspace, manifestPath),
    version,
    tag,
    crateFile: crateFile === undefined ? undefined : path.resolve(workspace, crateFile),
    indexUrl: indexUrl!,
    registryApi: api,
    commit: commit?.toLowerCase(),
    waitTimeoutMs,
    pollIntervalMs,
    mode,
    registryToken,
    allowYanked,
    maxCrateBytes: maxCrateBytes!,
    workspace
  };
}
