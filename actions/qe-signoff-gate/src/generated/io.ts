// Generated from actions/qe-signoff-gate/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Tag: 'tag',
  Sha: 'sha',
  Repository: 'repository',
  Token: 'token',
  TokenLogin: 'token-login',
  RequiredWorkflows: 'required-workflows',
  IncludeDynamicWorkflows: 'include-dynamic-workflows',
  AllowNoCi: 'allow-no-ci',
  RequiredChecks: 'required-checks',
  WaitTimeout: 'wait-timeout',
  PollInterval: 'poll-interval',
  TimeoutDecision: 'timeout-decision',
  Waivers: 'waivers',
  ExpectedAssets: 'expected-assets',
  Manifest: 'manifest',
  Targets: 'targets',
  Version: 'version',
  Checksums: 'checksums',
  Download: 'download',
  AllowExtra: 'allow-extra',
  MinSize: 'min-size',
  Concurrency: 'concurrency',
  P0Labels: 'p0-labels',
  P1Labels: 'p1-labels',
  BlockingLabels: 'blocking-labels',
  Milestone: 'milestone',
  Approval: 'approval',
  ApprovalIssue: 'approval-issue',
  Approvers: 'approvers',
  FourEyes: 'four-eyes',
  Reports: 'reports',
  FailOn: 'fail-on',
  CommentOn: 'comment-on'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Decision: 'decision',
  Reasons: 'reasons',
  Report: 'report',
  ReportMarkdown: 'report-markdown',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  tag: { required: false },
  sha: { required: false },
  repository: { required: false },
  token: { default: '${{ github.token }}', required: false },
  'token-login': { required: false },
  'required-workflows': { required: false },
  'include-dynamic-workflows': { default: 'false', required: false },
  'allow-no-ci': { default: 'false', required: false },
  'required-checks': { required: false },
  'wait-timeout': { default: '0', required: false },
  'poll-interval': { default: '15s', required: false },
  'timeout-decision': { default: 'ABORT', required: false },
  waivers: { required: false },
  'expected-assets': { required: false },
  manifest: { required: false },
  targets: { required: false },
  version: { required: false },
  checksums: { default: 'auto', required: false },
  download: { default: 'auto', required: false },
  'allow-extra': { default: 'true', required: false },
  'min-size': { default: '1', required: false },
  concurrency: { default: '4', required: false },
  'p0-labels': { default: 'P0', required: false },
  'p1-labels': { default: 'P1', required: false },
  'blocking-labels': { default: 'release-blocker', required: false },
  milestone: { required: false },
  approval: { default: 'none', required: false },
  'approval-issue': { required: false },
  approvers: { required: false },
  'four-eyes': { default: 'false', required: false },
  reports: { required: false },
  'fail-on': { default: 'ABORT,HOTFIX,CONDITIONAL', required: false },
  'comment-on': { default: 'none', required: false }
};
