// Generated from actions/dependency-watch/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
  Path: 'path',
  Ecosystems: 'ecosystems',
  SeverityThreshold: 'severity-threshold',
  Checks: 'checks',
  Ignore: 'ignore',
  IssueTitle: 'issue-title',
  Labels: 'labels',
  Assignees: 'assignees',
  CloseWhenClean: 'close-when-clean',
  FailOnFindings: 'fail-on-findings',
  ReportDir: 'report-dir',
  InstallCargoAudit: 'install-cargo-audit',
  CargoAuditSha256: 'cargo-audit-sha256',
  Repository: 'repository',
  TokenLogin: 'token-login',
  Token: 'token'
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
  Findings: 'findings',
  IssueNumber: 'issue-number',
  IssueUrl: 'issue-url',
  ReportDir: 'report-dir',
  ReportJson: 'report-json'
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<
  Record<InputName, { readonly default?: string; readonly required: boolean }>
> = {
  path: { default: '.', required: false },
  ecosystems: { default: '', required: false },
  'severity-threshold': { default: 'high', required: false },
  checks: { default: 'audit,outdated', required: false },
  ignore: { default: '', required: false },
  'issue-title': { default: 'Dependency Watch Alerts', required: false },
  labels: { default: 'dependencies,security', required: false },
  assignees: { default: '', required: false },
  'close-when-clean': { default: 'true', required: false },
  'fail-on-findings': { default: 'false', required: false },
  'report-dir': { default: 'dependency-watch-report/', required: false },
  'install-cargo-audit': { default: 'false', required: false },
  'cargo-audit-sha256': { required: false },
  repository: { required: false },
  'token-login': { required: false },
  token: { default: '${{ github.token }}', required: false }
};
