// Generated from actions/crates-verify/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Crate: 'crate',
  ManifestPath: 'manifest-path',
  Version: 'version',
  Tag: 'tag',
  CrateFile: 'crate-file',
  Index: 'index',
  RegistryApi: 'registry-api',
  Commit: 'commit',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  MaxCrateSize: 'max-crate-size',
  Mode: 'mode',
  RegistryToken: 'registry-token',
  AllowYanked: 'allow-yanked'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Published: 'published',
  ChecksumMatch: 'checksum-match',
  Yanked: 'yanked',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  crate: { required: false },
  'manifest-path': { required: false },
  version: { required: false },
  tag: { required: false },
  'crate-file': { required: false },
  index: { default: 'sparse+https://index.crates.io/', required: false },
  'registry-api': { required: false },
  commit: { required: false },
  'wait-timeout': { default: '10m', required: false },
  'poll-interval': { default: '10s', required: false },
  'max-crate-size': { default: '100MiB', required: false },
  mode: { default: 'verify', required: false },
  'registry-token': { required: false },
  'allow-yanked': { default: 'false', required: false }
};
