// Generated from actions/release-smoke/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Mode: 'mode',
  Tag: 'tag',
  Repository: 'repository',
  Token: 'token',
  Version: 'version',
  Asset: 'asset',
  Targets: 'targets',
  Checksums: 'checksums',
  Platform: 'platform',
  Binary: 'binary',
  VersionCommand: 'version-command',
  Expect: 'expect',
  Commands: 'commands',
  Timeout: 'timeout',
  InstallCommand: 'install-command',
  InstalledBinary: 'installed-binary',
  InstallTimeout: 'install-timeout'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Platform: 'platform',
  Target: 'target',
  Asset: 'asset',
  Sha256: 'sha256',
  VersionOutput: 'version-output',
  Result: 'result',
  Matrix: 'matrix',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  mode: { default: 'test', required: false },
  tag: { required: false },
  repository: { required: false },
  token: { default: '${{ github.token }}', required: false },
  version: { required: false },
  asset: { required: false },
  targets: { required: true },
  checksums: { default: 'auto', required: false },
  platform: { required: false },
  binary: { required: false },
  'version-command': { default: '--version', required: false },
  expect: { default: '{version}', required: false },
  commands: { required: false },
  timeout: { default: '30s', required: false },
  'install-command': { required: false },
  'installed-binary': { required: false },
  'install-timeout': { default: '10m', required: false }
};
