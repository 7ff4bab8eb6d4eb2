import { findingKey, type Finding } from './findings.js';
import { cell, link } from './issue-body.js';
import { capBody } from '#core/body-limit.js';

// What changed between the findings an issue reported and the current ones, and how to say it in a
// comment. Titles are untrusted: newlines flattened, @-mentions defused.

function describe(f: Finding): string {
  const id = link(f.id, f.url);
  const title = f.title ? ' ' + cell(f.title.slice(0, 120)) : '';
  return `- ${f.severity} · ${f.ecosystem} · \`${f.package.replace(/`/g, "'")}\` ${cell(f.installed)} · ${id}${title}`;
}

/** The comment that accompanies a change: what is new and what is resolved (50 of each at most). */
export function changeComment(
  added: Finding[],
  resolved: Finding[],
  threshold: string,
  heading: string
): string {
  const lines = [`**${heading}** (threshold \`${threshold}\`)`];
  if (added.length) lines.push('', `New (${added.length}):`, ...added.slice(0, 50).map(describe));
  if (added.length > 50) lines.push(`- … and ${added.length - 50} more (see the issue body)`);
  if (resolved.length)
    lines.push('', `Resolved (${resolved.length}):`, ...resolved.slice(0, 50).map(describe));
  if (resolved.length > 50) lines.push(`- … and ${resolved.length - 50} more`);
  return capBody(lines.join('\n'));
}

/** Findings added and resolved between two runs, by finding identity. */
export function diff(previous: Finding[], current: Finding[]): { added: Finding[]; resolved: Finding[] } {
  const before = new Set(previous.map(findingKey));
  const now = new Set(current.map(findingKey));
  return {
    added: current.filter((f) => !before.has(findingKey(f))),
    resolved: previous.filter((f) => !now.has(findingKey(f)))
  };
}

/** True when two lists hold the same findings, in any order. */
export function sameFindings(a: Finding[], b: Finding[]): boolean {
  const x = a.map(findingKey).sort();
  const y = b.map(findingKey).sort();
  return x.length === y.length && x.every((k, i) => k === y[i]);
}
