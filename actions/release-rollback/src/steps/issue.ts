import { GITHUB_BODY_LIMIT } from '#core/body-limit.js';
import { getErrorMessage } from '#core/errors.js';
import { createIssueOnce } from '#core/writes.js';
import { getTokenIdentity, isAuthoredBy, type TokenIdentity } from '#core/identity.js';
import { untrustedCell, untrustedText } from '#core/markdown.js';
import type { RollbackContext } from '../context.js';
import {
  CHANGE_STATES,
  failedRow,
  isDone,
  type PlannedRow,
  type PlanRow,
  type PlannedState
} from '../plan.js';

/** GitHub refuses issue bodies over its limit; rows stop well below it. */
const BODY_LIMIT = GITHUB_BODY_LIMIT - 4_000;

const markerFor = (tag: string) => `<!-- release-kit:release-rollback tag=${tag} -->`;

interface Issue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  user?: { login?: string } | null;
  pull_request?: unknown;
}

function statusOf(row: PlanRow): string {
  if (isDone(row.state) && !CHANGE_STATES.includes(row.state as PlannedState)) return '✅ done';
  if (CHANGE_STATES.includes(row.state as PlannedState)) return '⏳ planned';
  if (row.state === 'skipped') return `⏭️ skipped: ${row.why ?? ''}`;
  return `❌ ${row.state}: ${row.why ?? ''}`;
}

/**
 * The issue's body: the reason, the replacement and each step's standing, written from the state the
 * rollback wants (not from what this run changed), so that a re-run with nothing left to do writes
 * the same body and leaves the issue unchanged.
 */
export function issueBody(ctx: RollbackContext, rows: PlanRow[]): string {
  const { inputs, replacement } = ctx;
  const lines = [
    markerFor(inputs.tag),
    // No link to the bad release: once its tag is deleted it is a draft with another address, and the
    // body must stay the same for a re-run to leave the issue unchanged.
    `Release ${untrustedText(inputs.tag)} is withdrawn (${inputs.notice}).`,
    '',
    `**Reason:** ${untrustedText(inputs.reason)}`,
    '',
    replacement
      ? `**Use instead:** [${untrustedText(replacement.tag_name)}](${replacement.html_url})`
      : `**Use instead:** no replacement yet (${untrustedText(ctx.noReplacement ?? '')})`,
    '',
    '| step | target | intended | status |',
    '| --- | --- | --- | --- |'
  ];
  let size = lines.join('\n').length;
  for (const [i, r] of rows.entries()) {
    const row = `| ${r.step} | ${untrustedCell(r.target)} | ${untrustedCell(r.intended)} | ${untrustedCell(statusOf(r))} |`;
    if (size + row.length > BODY_LIMIT) {
      lines.push(`| … | ${rows.length - i} more rows in the step's report.json | | |`);
      break;
    }
    size += row.length + 1;
    lines.push(row);
  }
  lines.push(
    '',
    '_Kept up to date by release-kit release-rollback: re-running the rollback updates this issue._'
  );
  return lines.join('\n');
}

/**
 * The rollback's issue: listed by the token's identity as creator, then required to be authored by it
 * and to carry the marker, so that an outsider's issue copying the marker is never adopted.
 */
async function findOwnIssue(ctx: RollbackContext, identity: TokenIdentity): Promise<Issue | undefined> {
  const marker = markerFor(ctx.inputs.tag);
  let own: Issue | undefined;
  for await (const page of ctx.gh.paginate.iterator(ctx.gh.rest.issues.listForRepo, {
    ...ctx.repo,
    state: 'all',
    creator: identity.login,
    per_page: 100
  })) {
    for (const issue of page.data as unknown as Issue[]) {
      if (issue.pull_request || !(issue.body ?? '').includes(marker) || !isAuthoredBy(issue, identity))
        continue;
      // Prefer an open one; a closed one is reopened.
      if (!own || (own.state !== 'open' && issue.state === 'open')) own = issue;
    }
  }
  return own;
}

/** `issue`: one tracking issue "Release <tag> rolled back", found again by the token's identity and marker. */
export async function planIssue(ctx: RollbackContext, rows: PlanRow[]): Promise<PlannedRow> {
  const title = `Release ${ctx.inputs.tag} rolled back`;
  const target = `issue "${title}"`;
  let identity: TokenIdentity;
  let own: Issue | undefined;
  try {
    identity = await getTokenIdentity(ctx.gh, { override: ctx.inputs.tokenLogin });
    own = await findOwnIssue(ctx, identity);
  } catch (e) {
    return failedRow('issue', target, getErrorMessage(e));
  }
  const body = issueBody(ctx, rows);
  const row: PlannedRow = {
    step: 'issue',
    target,
    current: own ? `#${own.number} (${own.state})` : 'none',
    intended: 'open, with the reason and every step',
    state: own
      ? own.body === body && own.title === title && own.state === 'open'
        ? 'unchanged'
        : 'update'
      : 'create',
    url: own?.html_url
  };
  row.why = `found by author ${identity.login} and its marker`;
  if (row.state === 'unchanged') return row;
  row.apply = async () => {
    if (own) {
      const { data } = await ctx.gh.rest.issues.update({
        ...ctx.repo,
        issue_number: own.number,
        title,
        body,
        state: 'open'
      });
      return { state: 'updated', url: data.html_url, why: `#${data.number}` };
    }
    // Exactly once: a create whose answer is lost is looked up (marker and identity) before a replay.
    const { value, recovered } = await createIssueOnce(
      ctx.gh,
      ctx.repo,
      { title, body },
      markerFor(ctx.inputs.tag),
      identity
    );
    return {
      state: 'created',
      url: value.html_url,
      why: `#${value.number}${recovered ? ' (found after a lost answer)' : ''}`
    };
  };
  return row;
}
