/** Check runs and commit statuses for the release commit. */
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { CheckItem } from '../evidence.js';
import { sameName } from '../waivers.js';
import { runState } from './workflows.js';

export interface CheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  html_url?: string | null;
  details_url?: string | null;
  started_at?: string | null;
  app?: { slug?: string } | null;
}

export interface CommitStatus {
  id: number;
  context: string;
  state: string;
  description?: string | null;
  target_url?: string | null;
  updated_at?: string;
}

/** Lists the check runs for a SHA (paginated). */
export async function listCheckRuns(gh: GitHubClient, repo: Repository, sha: string): Promise<CheckRun[]> {
  return (await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    per_page: 100
  })) as unknown as CheckRun[];
}

/**
 * The combined status of a SHA (latest status per context). The combined endpoint has no list key the
 * paginate plugin understands, so it is paged by hand.
 */
export async function listCombinedStatuses(
  gh: GitHubClient,
  repo: Repository,
  sha: string
): Promise<CommitStatus[]> {
  const out: CommitStatus[] = [];
  for (let page = 1; page <= 50; page++) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
      ...repo,
      ref: sha,
      per_page: 100,
      page
    });
    const { statuses = [], total_count } = data as unknown as {
      statuses?: CommitStatus[];
      total_count?: number;
    };
    out.push(...statuses);
    if (statuses.length < 100 || (total_count !== undefined && out.length >= total_count)) break;
  }
  return out;
}

function statusState(state: string): { state: CheckItem['state']; conclusion: string } {
  if (state === 'success') return { state: 'success', conclusion: state };
  if (state === 'failure' || state === 'error') return { state: 'failure', conclusion: state };
  return { state: 'pending', conclusion: state };
}

/**
 * Turns check runs and statuses into items. A check run is required when `required` names it; every
 * commit status on the SHA is required (a status is an explicit verdict on the commit). A `required`
 * entry that names neither a check run nor a status is `missing`.
 */
export function checkItems(checkRuns: CheckRun[], statuses: CommitStatus[], required: string[]): CheckItem[] {
  const latest = new Map<string, CheckRun>();
  for (const run of checkRuns) {
    const seen = latest.get(run.name);
    if (!seen || run.id > seen.id) latest.set(run.name, run);
  }
  const latestStatus = new Map<string, CommitStatus>();
  for (const s of statuses) {
    const seen = latestStatus.get(s.context);
    if (!seen || s.id > seen.id) latestStatus.set(s.context, s);
  }
  const isRequired = (name: string) => required.some((r) => sameName(r, name));
  const items: CheckItem[] = [];
  for (const run of latest.values()) {
    const { state, conclusion } = runState(run.status, run.conclusion);
    items.push({
      kind: 'check-run',
      name: run.name,
      names: [run.name],
      required: isRequired(run.name),
      state,
      conclusion,
      url: run.html_url ?? run.details_url ?? undefined,
      detail: run.app?.slug ? `app ${run.app.slug}` : undefined
    });
  }
  for (const s of latestStatus.values()) {
    const { state, conclusion } = statusState(s.state);
    items.push({
      kind: 'status',
      name: s.context,
      names: [s.context],
      required: true,
      state,
      conclusion,
      url: s.target_url ?? undefined,
      detail: s.description ?? undefined
    });
  }
  for (const r of required) {
    if (!items.some((i) => i.names.some((n) => sameName(n, r)))) {
      items.push({
        kind: 'check-run',
        name: r,
        names: [r],
        required: true,
        state: 'missing',
        conclusion: 'no check run'
      });
    }
  }
  return items;
}
