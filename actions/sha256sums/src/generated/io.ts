// Generated from actions/sha256sums/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
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

/** Output names, as action.yml declares them. */
export const Outputs = {
  ChecksumsFile: 'checksums-file',
  Checksums: 'checksums',
  Count: 'count',
  Verified: 'verified',
  Failed: 'failed',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  mode: { default: 'generate', required: false },
  files: { default: 'dist/*', required: false },
  'working-directory': { default: '.', required: false },
  algorithm: { default: 'sha256', required: false },
  output: { default: '', required: false },
  format: { default: 'gnu', required: false },
  sidecars: { default: 'false', required: false },
  'sidecar-format': { default: 'gnu', required: false },
  'checksums-file': { default: '', required: false },
  'ignore-missing': { default: 'false', required: false },
  strict: { default: 'false', required: false },
  'release-tag': { default: '', required: false },
  'on-conflict': { default: 'skip-identical', required: false },
  repository: { default: '', required: false },
  token: { default: '${{ github.token }}', required: false },
  concurrency: { default: '0', required: false }
};
