import { CARGO_AUDIT_ARCHIVE } from './cargo-audit-release.js';
import { InputReader, type Repository } from '#core/inputs.js';
import { CHECKS, ECOSYSTEMS, THRESHOLDS, type Check, type Ecosystem, type Threshold } from './findings.js';
import { parseIgnoreLines, type IgnoreRule } from './ignore.js';
import { LOGIN_PATTERN } from '#core/identity.js';
import { INPUT_DECLARATIONS, Inputs, Outputs } from './generated/io.js';

/** Input and output names, generated from action.yml (see ./generated/io.ts). */
export { Inputs, Outputs };

/** Defaults; they must equal action.yml's. */
export const DEFAULTS = {
  path: '.',
  severityThreshold: 'high' as Threshold,
  checks: ['audit', 'outdated'] as Check[],
  issueTitle: 'Dependency Watch Alerts',
  labels: ['dependencies', 'security'],
  closeWhenClean: true,
  failOnFindings: false,
  reportDir: 'dependency-watch-report/',
  installCargoAudit: false
};

export interface DependencyWatchInputs {
  path: string;
  /** Empty: detect from lockfiles. */
  ecosystems: Ecosystem[];
  threshold: Threshold;
  checks: Check[];
  ignore: IgnoreRule[];
  issueTitle: string;
  labels: string[];
  assignees: string[];
  closeWhenClean: boolean;
  failOnFindings: boolean;
  reportDir: string;
  installCargoAudit: boolean;
  cargoAuditSha256: string;
  repository: Repository;
  token: string;
  /** Who the token writes as, when given (see core identity.ts); else asked of the API. */
  tokenLogin?: string;
}

// GitHub logins: alphanumerics and single hyphens, up to 39 characters.
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** Reads and validates every input; throws one ConfigurationError listing all problems. */
export function parseInputs(reader = new InputReader()): DependencyWatchInputs {
  reader.declare(INPUT_DECLARATIONS);
  const path = reader.string(Inputs.Path, { default: DEFAULTS.path });
  const ecosystems = reader.enumList(Inputs.Ecosystems, ECOSYSTEMS);
  const threshold = reader.enum(Inputs.SeverityThreshold, THRESHOLDS, {
    default: DEFAULTS.severityThreshold
  });
  const checks = reader.enumList(Inputs.Checks, CHECKS, { default: DEFAULTS.checks });
  const ignoreLines = reader.list(Inputs.Ignore, { separators: 'newline' });
  const { rules: ignore, problems } = parseIgnoreLines(ignoreLines);
  for (const p of problems) reader.fail(Inputs.Ignore, p);
  const issueTitle = reader.string(Inputs.IssueTitle, { default: DEFAULTS.issueTitle });
  if (issueTitle.length > 256)
    reader.fail(Inputs.IssueTitle, `is ${issueTitle.length} characters long; GitHub accepts up to 256.`);
  const labels = reader.list(Inputs.Labels, { default: DEFAULTS.labels });
  for (const l of labels)
    if (l.length > 50)
      reader.fail(Inputs.Labels, `${JSON.stringify(l)} is longer than GitHub's 50-character label limit.`);
  const assignees = reader.list(Inputs.Assignees).map((a) => a.replace(/^@/, ''));
  for (const a of assignees)
    if (!LOGIN.test(a)) reader.fail(Inputs.Assignees, `${JSON.stringify(a)} is not a GitHub login.`);
  const closeWhenClean = reader.boolean(Inputs.CloseWhenClean, { default: DEFAULTS.closeWhenClean });
  const failOnFindings = reader.boolean(Inputs.FailOnFindings, { default: DEFAULTS.failOnFindings });
  const reportDir = reader.string(Inputs.ReportDir, { default: DEFAULTS.reportDir });
  const installCargoAudit = reader.boolean(Inputs.InstallCargoAudit, { default: DEFAULTS.installCargoAudit });
  const cargoAuditSha256 = reader.string(Inputs.CargoAuditSha256).toLowerCase();
  if (cargoAuditSha256 && !/^[0-9a-f]{64}$/.test(cargoAuditSha256)) {
    reader.fail(
      Inputs.CargoAuditSha256,
      `${JSON.stringify(cargoAuditSha256)} is not a SHA-256 (64 hex digits).`
    );
  } else if (installCargoAudit && !cargoAuditSha256) {
    reader.fail(
      Inputs.CargoAuditSha256,
      `is empty, but install-cargo-audit is true: pin the SHA-256 of ${CARGO_AUDIT_ARCHIVE} from its release page; a downloaded binary is never run unverified.`
    );
  }
  const repository = reader.repository(Inputs.Repository);
  const token = reader.secret(Inputs.Token, { required: true });
  const tokenLogin = reader.optional(Inputs.TokenLogin);
  if (tokenLogin !== undefined && !LOGIN_PATTERN.test(tokenLogin))
    reader.fail(
      Inputs.TokenLogin,
      `${JSON.stringify(tokenLogin)} is not a GitHub login; use one such as my-app[bot] or octocat.`
    );
  reader.finish();
  return {
    path,
    ecosystems,
    threshold,
    checks,
    ignore,
    issueTitle,
    labels,
    assignees,
    closeWhenClean,
    failOnFindings,
    reportDir,
    installCargoAudit,
    cargoAuditSha256,
    repository,
    token,
    tokenLogin
  };
}
