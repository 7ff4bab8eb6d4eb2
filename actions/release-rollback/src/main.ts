import * as core from '@actions/core';
import { runAction } from '#core/action.js';
import { Inputs, Outputs, parseInputs } from './inputs.js';

/** Withdraws a bad release in one planned, repeatable step; see action.yml and docs.md. */
export async function run(): Promise<void> {
  await runAction('release-rollback', 'Release rollback', async (report) => {
    const inputs = parseInputs();
    const [
      { createGitHubClient },
      { preflight, preflightReads },
      { gatherContext },
      { rollback },
      { writeSummary }
    ] = await Promise.all([
      import('#core/github.js'),
      import('#core/credentials.js'),
      import('./context.js'),
      import('./rollback.js'),
      import('./summary.js')
    ]);
    const gh = await createGitHubClient(inputs.token);
    await preflight(gh, inputs.repository, inputs.execute ? 'write' : 'read');
    // Releases and refs need `contents`, the tracking issue `issues`: a job whose `permissions:` leaves
    // one out is named before anything is read or written, not a bare 403 halfway through.
    const scopes = inputs.steps.includes('issue')
      ? (['contents', 'issues'] as const)
      : (['contents'] as const);
    await preflightReads(gh, inputs.repository, scopes, 'HEAD', Inputs.Token, inputs.execute ? scopes : []);
    const ctx = await gatherContext(inputs, gh);
    core.info(
      `${inputs.execute ? 'Rolling back' : 'Planning the rollback of'} ${inputs.tag}` +
        (ctx.replacement
          ? ` in favour of ${ctx.replacement.tag_name}`
          : ` (no replacement: ${ctx.noReplacement})`) +
        `: steps ${inputs.steps.join(', ')}.`
    );
    const outcome = await rollback(ctx);
    writeSummary(report, ctx, outcome.rows, outcome.refused);

    const result: Record<string, string> = {};
    for (const r of outcome.rows) {
      // A step with several rows (crate: one per crate) takes its worst state.
      const rank = [
        'unchanged',
        'skipped',
        'created',
        'updated',
        'create',
        'update',
        'delete',
        'refused',
        'failed'
      ];
      const prev = result[r.step];
      if (!prev || rank.indexOf(r.state) > rank.indexOf(prev)) result[r.step] = r.state;
    }
    const issueRow = outcome.rows.find((r) => r.step === 'issue');
    const issueNumber = /\/issues\/(\d+)$/.exec(issueRow?.url ?? '')?.[1];
    report.output(Outputs.Plan, JSON.stringify(outcome.plan));
    report.output(Outputs.Result, JSON.stringify(result));
    report.output(Outputs.Replacement, ctx.replacement?.tag_name ?? '');
    report.output(Outputs.IssueNumber, issueNumber ?? '');
    for (const r of outcome.rows) {
      if (['created', 'updated', 'unchanged', 'skipped'].includes(r.state) && inputs.execute)
        report.write({
          kind: r.step,
          target: r.target,
          result: r.state as 'created',
          reason: r.why,
          url: r.url
        });
      if (r.step === 'tag' && r.state === 'skipped' && ctx.bad.immutable && inputs.deleteTag)
        core.warning(`release-rollback: the tag step is skipped: ${r.why}`);
    }
    if (outcome.refused)
      report.fail('preflight', `execution refused, nothing was written: ${outcome.refused}`);
    for (const r of outcome.rows.filter((x) => x.state === 'failed' || x.state === 'refused'))
      report.fail(r.step, `${r.target}: ${r.state}${r.why ? ` — ${r.why}` : ''}`);
  });
}
