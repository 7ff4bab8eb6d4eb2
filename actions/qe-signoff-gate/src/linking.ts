/**
 * Which issues an open pull request fixes: GitHub's closing keywords (`fixes #N`, `closes #N`,
 * `resolves #N` and their other tenses, any case, optionally followed by a colon) in its title or body.
 * A reference to another repository (`other/repo#N`) is not a fix of ours and does not count.
 */

export interface PullRequestRef {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  draft?: boolean;
  /** The author: a fix counts only from someone with write permission. */
  user?: { login?: string } | null;
}

const CLOSING =
  /(?<![\w-])(?:fix(?:es|ed)?|close[sd]?|resolve[sd]?)\s*:?\s+(?:([\w.-]+\/[\w.-]+))?#(\d+)\b/gi;

/**
 * The issue numbers a text closes.
 * @param repository `owner/name` of this repository: `owner/name#N` counts only when it names it.
 */
export function closedIssueNumbers(text: string, repository?: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(CLOSING)) {
    if (m[1] && (!repository || m[1].toLowerCase() !== repository.toLowerCase())) continue;
    out.add(Number(m[2]));
  }
  return [...out];
}

/** Maps each issue number to the open pull requests that close it. */
export function linkPullRequests(
  pulls: PullRequestRef[],
  repository?: string
): Map<number, PullRequestRef[]> {
  const links = new Map<number, PullRequestRef[]>();
  for (const pr of pulls) {
    const numbers = new Set([
      ...closedIssueNumbers(pr.title, repository),
      ...closedIssueNumbers(pr.body ?? '', repository)
    ]);
    for (const n of numbers) {
      const list = links.get(n) ?? [];
      list.push(pr);
      links.set(n, list);
    }
  }
  return links;
}
