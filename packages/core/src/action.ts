import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from './errors.js';
import { Report } from './report.js';

/**
 * Runs an action body with the house rules: every throw (Error or not) fails the step with a message,
 * the report (summary + report.json) is written whether the body succeeded or not, and failures the
 * body recorded with `report.fail()` fail the step after the summary is written.
 */
export async function runAction(
  action: string,
  title: string,
  body: (report: Report) => Promise<void>
): Promise<Report> {
  const report = new Report(action, title);
  // A flag, not the message's truthiness: a throw with an empty message must still fail the step.
  let failed = false;
  let error: string | undefined;
  try {
    await body(report);
  } catch (e) {
    failed = true;
    error = getErrorMessage(e);
    if (!(e instanceof ConfigurationError) && e instanceof Error && e.stack) core.debug(e.stack);
  }
  try {
    await report.finish(failed ? error : undefined);
  } catch (e) {
    core.warning(`Could not write the report: ${getErrorMessage(e)}`);
  }
  // Failures that know their file and line are annotated there too (GitHub shows ten per step).
  for (const f of report.failures.filter((x) => x.file).slice(0, 10)) {
    core.error(f.detail, { title: f.rule, file: f.file, startLine: f.line });
  }
  if (failed) core.setFailed(error ?? getErrorMessage(undefined));
  else if (report.failures.length) {
    core.setFailed(report.failures.map((f) => `${f.rule}: ${f.detail}`).join('\n'));
  }
  return report;
}
