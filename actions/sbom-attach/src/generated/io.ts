// Generated from actions/sbom-attach/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Path: 'path',
  Lockfiles: 'lockfiles',
  Artifacts: 'artifacts',
  Format: 'format',
  OutputDir: 'output-dir',
  Name: 'name',
  Version: 'version',
  SbomFile: 'sbom-file',
  ReleaseTag: 'release-tag',
  ReleaseId: 'release-id',
  Repository: 'repository',
  Token: 'token',
  OnConflict: 'on-conflict',
  AcceptStoredName: 'accept-stored-name',
  IncludeDev: 'include-dev'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Files: 'files',
  SpdxFile: 'spdx-file',
  CyclonedxFile: 'cyclonedx-file',
  Components: 'components',
  Assets: 'assets',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  path: { default: '.', required: false },
  lockfiles: { default: '', required: false },
  artifacts: { default: '', required: false },
  format: { default: 'spdx-json, cyclonedx-json', required: false },
  'output-dir': { default: 'sbom/', required: false },
  name: { default: '', required: false },
  version: { default: '', required: false },
  'sbom-file': { default: '', required: false },
  'release-tag': { default: '', required: false },
  'release-id': { default: '', required: false },
  repository: { default: '', required: false },
  token: { default: '${{ github.token }}', required: false },
  'on-conflict': { default: 'skip-identical', required: false },
  'accept-stored-name': { default: 'false', required: false },
  'include-dev': { default: 'false', required: false }
};
