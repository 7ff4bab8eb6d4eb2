// Generated from actions/release-rollback/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Tag: 'tag',
  Replacement: 'replacement',
  Reason: 'reason',
  Steps: 'steps',
  Execute: 'execute',
  Notice: 'notice',
  DeleteTag: 'delete-tag',
  ManifestPath: 'manifest-path',
  Crate: 'crate',
  RegistryToken: 'registry-token',
  Index: 'index',
  RegistryApi: 'registry-api',
  ForceYank: 'force-yank',
  Tap: 'tap',
  Formula: 'formula',
  TapToken: 'tap-token',
  Mode: 'mode',
  TokenLogin: 'token-login',
  Repository: 'repository',
  Token: 'token'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Plan: 'plan',
  Result: 'result',
  Replacement: 'replacement',
  IssueNumber: 'issue-number',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  tag: { required: true },
  replacement: { required: false },
  reason: { required: true },
  steps: { required: false },
  execute: { default: 'false', required: false },
  notice: { default: 'superseded', required: false },
  'delete-tag': { default: 'false', required: false },
  'manifest-path': { required: false },
  crate: { required: false },
  'registry-token': { required: false },
  index: { default: 'sparse+https://index.crates.io/', required: false },
  'registry-api': { required: false },
  'force-yank': { default: 'false', required: false },
  tap: { required: false },
  formula: { required: false },
  'tap-token': { required: false },
  mode: { default: 'pull-request', required: false },
  'token-login': { required: false },
  repository: { required: false },
  token: { default: '${{ github.token }}', required: false }
};
