/**
 * The priority labels must exist: GitHub answers a label filter it has never heard of with an empty
 * list, so a mistyped `p0-labels` would read as "no open P0". The repository's labels are listed once
 * (not one lookup per label) and every configured label is checked against them, case-insensitively as
 * GitHub matches labels.
 */
import { ConfigurationError } from '#core/errors.js';
import type { GitHubClient } from '#core/github.js';
import type { Repository } from '#core/inputs.js';
import { logValue } from '#core/untrusted-text.js';

export interface LabelInput {
  /** The input name, e.g. `p0-labels`. */
  input: string;
  labels: string[];
  /** The labels are the action.yml default, not typed by the user. */
  defaulted: boolean;
}

/** How many of the repository's label names an error lists. */
const LISTED = 50;

/** Lists the repository's label names (every page). */
export async function listLabelNames(gh: GitHubClient, repo: Repository): Promise<string[]> {
  const all = (await gh.paginate('GET /repos/{owner}/{repo}/labels', {
    ...repo,
    per_page: 100
  })) as unknown as {
    name: string;
  }[];
  return all.map((l) => l.name);
}

/**
 * Checks the configured labels against the repository's. A label the user set that the repository does
 * not have is a configuration error naming the input, the label and the labels there are. A default
 * label the repository lacks is returned instead (no issue can carry it: the caller says so in the log).
 * @throws ConfigurationError for a user-set label the repository does not have.
 */
export function checkLabels(known: string[], inputs: LabelInput[], repoName: string): string[] {
  const have = new Set(known.map((l) => l.toLowerCase()));
  const absentDefaults: string[] = [];
  const problems: string[] = [];
  for (const { input, labels, defaulted } of inputs) {
    const missing = labels.filter((l) => !have.has(l.toLowerCase()));
    if (missing.length === 0) continue;
    if (defaulted) absentDefaults.push(...missing);
    else
      problems.push(
        `Input '${input}': ${missing.map((l) => `"${logValue(l)}"`).join(', ')} ${missing.length === 1 ? 'is not a label' : 'are not labels'} of ${repoName}`
      );
  }
  if (problems.length) {
    const sorted = [...known].sort((a, b) => a.localeCompare(b));
    const listed = sorted.slice(0, LISTED).map((l) => `"${logValue(l, 80)}"`);
    const more = sorted.length > LISTED ? ` and ${sorted.length - LISTED} more` : '';
    const its = sorted.length ? `its labels are ${listed.join(', ')}${more}` : 'it has no labels';
    throw new ConfigurationError(
      `${problems.join('; ')}; ${its}. An issue filter on a label that does not exist finds nothing, so the gate will not read it as "no open issues".`
    );
  }
  return absentDefaults;
}
