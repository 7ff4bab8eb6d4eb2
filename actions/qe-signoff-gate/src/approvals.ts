/**
 * QE approval by comment: `/qe sign-off` or `/qe reject <reason>` on the approval issue. Pure: the
 * permission and team look-ups are done by the caller and passed in as `authority`.
 */

export interface IssueComment {
  id: number;
  user: { login: string } | null;
  body?: string | null;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export type ApprovalKind = 'sign-off' | 'reject';

export interface ApprovalCommand {
  kind: ApprovalKind;
  reason?: string;
}

/** Why a login's approval counts: `admin permission`, `approvers: org/qa`; or why it does not. */
export interface Authority {
  allowed: boolean;
  via: string;
}

export interface CountedApproval {
  login: string;
  kind: ApprovalKind;
  reason?: string;
  url: string;
  at: string;
  via: string;
}

export interface IgnoredApproval {
  login: string;
  kind: ApprovalKind;
  url: string;
  at: string;
  why: string;
}

export interface ApprovalEvaluation {
  /** The approvals that count, at most one per login (its latest valid command). */
  counted: CountedApproval[];
  ignored: IgnoredApproval[];
  signOffs: CountedApproval[];
  rejections: CountedApproval[];
}

export interface ApprovalContext {
  /** The release commit's time (ISO 8601); approvals must be posted after it. */
  commitTime?: string;
  /** Logins of the release's author(s), refused when `fourEyes` is set. */
  authors: string[];
  fourEyes: boolean;
  /** The authority of every login that posted a command. */
  authority: Map<string, Authority>;
  /** A marker found in the gate's own comments, which are never approvals. */
  ownMarker?: string;
}

const COMMAND = /^\/qe[ \t]+(sign-?off|reject)\b[ \t]*(.*)$/i;

/** Reads the command on the first non-empty line of a comment, if there is one. */
export function parseApprovalCommand(body: string | null | undefined): ApprovalCommand | undefined {
  const first = (body ?? '').split(/\r?\n/).find((l) => l.trim() !== '');
  const m = first ? COMMAND.exec(first.trim()) : null;
  if (!m) return undefined;
  if (m[1].toLowerCase() === 'reject') return { kind: 'reject', reason: m[2].trim() || undefined };
  return { kind: 'sign-off' };
}

/** The logins that posted an approval command, whose authority the caller must look up. */
export function commandAuthors(comments: IssueComment[], ownMarker?: string): string[] {
  const logins = new Set<string>();
  for (const c of comments) {
    if (ownMarker && c.body?.startsWith(ownMarker)) continue;
    if (c.user && parseApprovalCommand(c.body)) logins.add(c.user.login);
  }
  return [...logins];
}

/**
 * Decides which approval comments count. A command counts when it comes from a login with authority,
 * was posted after the release commit, has not been edited since it was posted (`updated_at` equals
 * `created_at`), and, with four-eyes, is not the release author's. A login's latest counted command
 * replaces its earlier ones (a reject can be withdrawn by a later sign-off, and the reverse).
 */
export function evaluateApprovals(comments: IssueComment[], ctx: ApprovalContext): ApprovalEvaluation {
  const ignored: IgnoredApproval[] = [];
  const latest = new Map<string, CountedApproval>();
  const authors = new Set(ctx.authors.map((a) => a.toLowerCase()));
  const commitMs = ctx.commitTime ? Date.parse(ctx.commitTime) : undefined;
  const ordered = [...comments].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id
  );
  for (const c of ordered) {
    if (ctx.ownMarker && c.body?.startsWith(ctx.ownMarker)) continue;
    const command = parseApprovalCommand(c.body);
    if (!command) continue;
    const login = c.user?.login ?? '(deleted user)';
    const base = { login, kind: command.kind, url: c.html_url, at: c.created_at };
    const authority = ctx.authority.get(login);
    let why: string | undefined;
    if (!c.user) why = 'the author no longer exists';
    else if (commitMs === undefined) why = 'the release commit time is unknown';
    else if (!(Date.parse(c.created_at) > commitMs))
      why = `posted ${c.created_at}, before the release commit (${ctx.commitTime})`;
    else if (c.updated_at !== c.created_at) why = `edited at ${c.updated_at} after it was posted`;
    else if (ctx.fourEyes && authors.has(login.toLowerCase()))
      why = 'four-eyes: the release author cannot approve their own release';
    else if (!authority?.allowed)
      why = authority ? authority.via : 'no write, maintain or admin permission and not in approvers';
    if (why) {
      ignored.push({ ...base, why });
      continue;
    }
    const previous = latest.get(login.toLowerCase());
    if (previous) ignored.push({ ...previous, why: `superseded by ${login}'s later command ${c.html_url}` });
    latest.set(login.toLowerCase(), { ...base, reason: command.reason, via: authority!.via });
  }
  const counted = [...latest.values()];
  return {
    counted,
    ignored,
    signOffs: counted.filter((a) => a.kind === 'sign-off'),
    rejections: counted.filter((a) => a.kind === 'reject')
  };
}
