// Generated from actions/homebrew-bump/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Tap: 'tap',
  Formula: 'formula',
  Token: 'token',
  Version: 'version',
  Tag: 'tag',
  Url: 'url',
  Urls: 'urls',
  Sha256: 'sha256',
  Sha256s: 'sha256s',
  Mode: 'mode',
  TapPath: 'tap-path',
  BaseBranch: 'base-branch',
  Branch: 'branch',
  CommitMessage: 'commit-message',
  PrTitle: 'pr-title',
  PrBody: 'pr-body',
  Labels: 'labels',
  Bottles: 'bottles',
  AllowDowngrade: 'allow-downgrade',
  AllowPrerelease: 'allow-prerelease',
  DryRun: 'dry-run',
  RollbackTo: 'rollback-to'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  PullRequestUrl: 'pull-request-url',
  PullRequestNumber: 'pull-request-number',
  CommitSha: 'commit-sha',
  Changed: 'changed',
  Diff: 'diff',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  tap: { required: false },
  formula: { required: true },
  token: { required: false },
  version: { required: false },
  tag: { required: false },
  url: { required: false },
  urls: { required: false },
  sha256: { required: false },
  sha256s: { required: false },
  mode: { default: 'pull-request', required: false },
  'tap-path': { required: false },
  'base-branch': { required: false },
  branch: { required: false },
  'commit-message': { required: false },
  'pr-title': { required: false },
  'pr-body': { required: false },
  labels: { required: false },
  bottles: { default: 'remove', required: false },
  'allow-downgrade': { default: 'false', required: false },
  'allow-prerelease': { required: false },
  'dry-run': { default: 'false', required: false },
  'rollback-to': { required: false }
};
