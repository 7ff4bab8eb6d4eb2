/** Workflow runs for the release commit: a workflow's result is its latest run's latest attempt. */
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import type { CheckItem, CheckState } from '../evidence.js';
import { sameName } from '../waivers.js';

/** The fields of a workflow run the gate reads. */
export interface WorkflowRun {
  id: number;
  name?: string | null;
  path?: string;
  workflow_id: number;
  run_number: number;
  run_attempt?: number;
  /** `dynamic` for runs GitHub starts itself (CodeQL default setup, Dependabot updates, Pages builds). */
  event?: string;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  created_at?: string;
}

/** Conclusions that fail a required workflow or check (startup_failure: the workflow file is broken). */
export const FAILING_CONCLUSIONS = new Set([
  'failure',
  'cancelled',
  'timed_out',
  'action_required',
  'startup_failure'
]);
/** Conclusions that pass: neutral and skipped pass as they do in branch protection. */
export const PASSING_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);

/** Maps a run's or check run's status and conclusion to the gate's state. */
export function runState(
  status: string | null,
  conclusion: string | null
): { state: CheckState; conclusion: string } {
  if (status !== 'completed') return { state: 'pending', conclusion: status ?? 'pending' };
  const c = conclusion ?? 'unknown';
  if (PASSING_CONCLUSIONS.has(c)) return { state: 'success', conclusion: c };
  if (FAILING_CONCLUSIONS.has(c)) return { state: 'failure', conclusion: c };
  // `stale` (GitHub gave up on it) and anything new: not finished, so never a pass.
  return { state: 'pending', conclusion: c };
}

/** Lists every workflow run for a SHA (paginated). */
export async function listWorkflowRuns(
  gh: GitHubClient,
  repo: Repository,
  sha: string
): Promise<WorkflowRun[]> {
  return (await gh.paginate('GET /repos/{owner}/{repo}/actions/runs', {
    ...repo,
    head_sha: sha,
    per_page: 100
  })) as unknown as WorkflowRun[];
}

function fileName(path: string | undefined): string | undefined {
  return path ? path.split('/').pop() : undefined;
}

function namesOf(run: WorkflowRun): string[] {
  return [run.name ?? '', fileName(run.path) ?? '', run.path ?? ''].filter(Boolean);
}

/**
 * Turns runs into the gate's items: one per workflow (its latest run; the run's `run_attempt` is its
 * latest attempt), the calling run left out. With `required` empty every workflow that ran is
 * required, except GitHub's dynamic runs (`event: dynamic`: CodeQL default setup, Dependabot, Pages),
 * which the repository's owner did not write and which come and go with settings: they are listed, not
 * required, unless `includeDynamic`. Otherwise each entry (a file name, path or workflow name) is
 * required, and an entry no run matches is `missing` (zero runs is pending, never passing).
 */
export function workflowItems(
  runs: WorkflowRun[],
  required: string[],
  callingRunId?: number,
  includeDynamic = false
): CheckItem[] {
  const latest = new Map<string, WorkflowRun>();
  for (const run of runs) {
    if (callingRunId !== undefined && run.id === callingRunId) continue;
    const key = String(run.workflow_id ?? run.path ?? run.name);
    const seen = latest.get(key);
    if (!seen || run.run_number > seen.run_number || (run.run_number === seen.run_number && run.id > seen.id))
      latest.set(key, run);
  }
  const groups = [...latest.values()];
  const items: CheckItem[] = [];
  const used = new Set<WorkflowRun>();
  const item = (run: WorkflowRun, isRequired: boolean): CheckItem => {
    const { state, conclusion } = runState(run.status, run.conclusion);
    const attempt = run.run_attempt ?? 1;
    return {
      kind: 'workflow',
      name: run.name || fileName(run.path) || String(run.workflow_id),
      names: namesOf(run),
      required: isRequired,
      state,
      conclusion,
      url: run.html_url,
      detail: `run #${run.run_number}${attempt > 1 ? `, attempt ${attempt}` : ''}${fileName(run.path) ? `, ${fileName(run.path)}` : ''}${run.event === 'dynamic' ? ', dynamic' : ''}`
    };
  };
  if (required.length === 0) return groups.map((run) => item(run, includeDynamic || run.event !== 'dynamic'));
  for (const entry of required) {
    const match = groups.find((run) => namesOf(run).some((n) => sameName(n, entry)));
    if (match) {
      if (!used.has(match)) items.push(item(match, true));
      used.add(match);
    } else {
      items.push({
        kind: 'workflow',
        name: entry,
        names: [entry],
        required: true,
        state: 'missing',
        conclusion: 'no run'
      });
    }
  }
  for (const run of groups) if (!used.has(run)) items.push(item(run, false));
  return items;
}
