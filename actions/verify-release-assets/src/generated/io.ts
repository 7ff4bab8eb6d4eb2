// Generated from actions/verify-release-assets/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Tag: 'tag',
  Repository: 'repository',
  Token: 'token',
  Version: 'version',
  Expected: 'expected',
  Targets: 'targets',
  Manifest: 'manifest',
  AllowExtra: 'allow-extra',
  Checksums: 'checksums',
  Download: 'download',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  MinSize: 'min-size',
  Concurrency: 'concurrency'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Verified: 'verified',
  Missing: 'missing',
  Unexpected: 'unexpected',
  Mismatched: 'mismatched',
  Report: 'report',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  tag: { required: false },
  repository: { required: false },
  token: { default: '${{ github.token }}', required: false },
  version: { required: false },
  expected: { required: false },
  targets: { required: false },
  manifest: { required: false },
  'allow-extra': { default: 'false', required: false },
  checksums: { default: 'auto', required: false },
  download: { default: 'auto', required: false },
  'wait-timeout': { default: '0', required: false },
  'poll-interval': { default: '15s', required: false },
  'min-size': { default: '1', required: false },
  concurrency: { default: '4', required: false }
};
