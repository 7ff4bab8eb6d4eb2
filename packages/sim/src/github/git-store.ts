import { createHash } from 'node:crypto';
import { SimError } from '../server.js';
import type { GitObject, GitPerson, SimRepo, TreeEntry, Verification } from './state.js';

/**
 * A content-addressed object store with git's own hashing (sha1 over `<type> <size>\0<body>`), so
 * blob shas equal `git hash-object` and contents/trees/commits line up the way GitHub's do.
 */

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function personLine(p: GitPerson): string {
  const secs = Math.floor(new Date(p.date).getTime() / 1000);
  return `${p.name} <${p.email}> ${secs} +0000`;
}

function treeBody(entries: TreeEntry[]): Buffer {
  // git sorts tree entries by name, with trees compared as if their name ended in '/'.
  const key = (e: TreeEntry) => (e.type === 'tree' ? e.path + '/' : e.path);
  const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return Buffer.concat(
    sorted.flatMap((e) => [
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.path}\0`),
      Buffer.from(e.sha, 'hex')
    ])
  );
}

export function putBlob(repo: SimRepo, content: Buffer): string {
  const sha = hashObject('blob', content);
  repo.objects[sha] ??= { type: 'blob', content };
  return sha;
}

export function putTree(repo: SimRepo, entries: TreeEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sha = hashObject('tree', treeBody(sorted));
  repo.objects[sha] ??= { type: 'tree', entries: sorted };
  return sha;
}

export const UNSIGNED: Verification = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null
};

export function putCommit(
  repo: SimRepo,
  c: {
    tree: string;
    parents: string[];
    message: string;
    author: GitPerson;
    committer?: GitPerson;
    verified?: boolean;
  }
): string {
  const committer = c.committer ?? c.author;
  const lines = [
    `tree ${c.tree}`,
    ...c.parents.map((p) => `parent ${p}`),
    `author ${personLine(c.author)}`,
    `committer ${personLine(committer)}`
  ];
  const body = Buffer.from(lines.join('\n') + '\n\n' + c.message);
  const sha = hashObject('commit', body);
  const verification: Verification = c.verified
    ? {
        verified: true,
        reason: 'valid',
        // GitHub signs commits made by Apps (and on the web) with its own key; the payload is the commit body.
        signature: '-----BEGIN PGP SIGNATURE-----\n\nsimulated\n-----END PGP SIGNATURE-----\n',
        payload: body.toString('utf8'),
        verified_at: committer.date
      }
    : UNSIGNED;
  repo.objects[sha] ??= {
    type: 'commit',
    tree: c.tree,
    parents: c.parents,
    message: c.message,
    author: c.author,
    committer,
    verification
  };
  return sha;
}

/** An annotated tag object (`git mktag` format) pointing at another object. */
export function putTag(
  repo: SimRepo,
  t: { tag: string; object: string; objectType: string; message: string; tagger: GitPerson }
): string {
  const body = Buffer.from(
    `object ${t.object}\ntype ${t.objectType}\ntag ${t.tag}\ntagger ${personLine(t.tagger)}\n\n${t.message}`
  );
  const sha = hashObject('tag', body);
  repo.objects[sha] ??= { type: 'tag', ...t };
  return sha;
}

export function getObject<T extends GitObject['type']>(
  repo: SimRepo,
  sha: string,
  type: T
): Extract<GitObject, { type: T }> | undefined {
  const o = repo.objects[sha];
  return o && o.type === type ? (o as Extract<GitObject, { type: T }>) : undefined;
}

/** Resolves a branch, tag, full ref or (abbreviated) sha to a commit sha. */
export function resolveCommitish(repo: SimRepo, ref: string): string | undefined {
  const candidates = [
    ref,
    `refs/heads/${ref}`,
    `refs/tags/${ref}`,
    ref.replace(/^heads\//, 'refs/heads/'),
    ref.replace(/^tags\//, 'refs/tags/')
  ];
  for (const c of candidates) {
    const sha = repo.refs[c];
    if (sha) return peel(repo, sha);
  }
  if (/^[0-9a-f]{4,40}$/i.test(ref)) {
    const lower = ref.toLowerCase();
    if (repo.objects[lower]?.type === 'commit') return lower;
    if (lower.length < 40) {
      const hit = Object.keys(repo.objects).find(
        (s) => s.startsWith(lower) && repo.objects[s].type === 'commit'
      );
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Follows annotated tags to the commit they point at. */
export function peel(repo: SimRepo, sha: string): string {
  let cur = sha;
  for (let i = 0; i < 10; i++) {
    const o = repo.objects[cur];
    if (o?.type !== 'tag') return cur;
    cur = o.object;
  }
  return cur;
}

/** Every file (path → blob sha and mode) reachable from a tree, recursively. */
export function flattenTree(
  repo: SimRepo,
  treeSha: string,
  prefix = ''
): Map<string, { sha: string; mode: string; type: TreeEntry['type'] }> {
  const out = new Map<string, { sha: string; mode: string; type: TreeEntry['type'] }>();
  const tree = getObject(repo, treeSha, 'tree');
  if (!tree) return out;
  for (const e of tree.entries) {
    const p = prefix + e.path;
    if (e.type === 'tree') for (const [k, v] of flattenTree(repo, e.sha, p + '/')) out.set(k, v);
    else out.set(p, { sha: e.sha, mode: e.mode, type: e.type });
  }
  return out;
}

/** Builds nested trees from a flat path map; returns the root tree sha. */
export function buildTree(
  repo: SimRepo,
  files: Map<string, { sha: string; mode: string; type: TreeEntry['type'] }>
): string {
  const root: Dir = { files: new Map(), dirs: new Map() };
  for (const [path, f] of files) {
    const parts = path.split('/');
    let d = root;
    for (const part of parts.slice(0, -1)) {
      let next = d.dirs.get(part);
      if (!next) d.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
      d = next;
    }
    d.files.set(parts[parts.length - 1], f);
  }
  const write = (d: Dir): string => {
    const entries: TreeEntry[] = [];
    for (const [name, f] of d.files) entries.push({ path: name, mode: f.mode, type: f.type, sha: f.sha });
    for (const [name, sub] of d.dirs)
      entries.push({ path: name, mode: '040000', type: 'tree', sha: write(sub) });
    return putTree(repo, entries);
  };
  return write(root);
}

interface Dir {
  files: Map<string, { sha: string; mode: string; type: TreeEntry['type'] }>;
  dirs: Map<string, Dir>;
}

/** The blob at `path` in a commit's tree, if any. */
export function fileAt(
  repo: SimRepo,
  commitSha: string,
  path: string
): { sha: string; mode: string; type: TreeEntry['type'] } | undefined {
  const commit = getObject(repo, commitSha, 'commit');
  if (!commit) return undefined;
  return flattenTree(repo, commit.tree).get(path.replace(/^\/+|\/+$/g, ''));
}

/**
 * Commits a set of file changes (content, or null to delete) on top of a branch and moves the branch.
 * Creates the branch (and the repository's first commit) when absent.
 */
export function commitFiles(
  repo: SimRepo,
  branch: string,
  changes: Record<string, Buffer | null>,
  message: string,
  author: GitPerson,
  opts: { committer?: GitPerson; verified?: boolean } = {}
): string {
  const head = repo.refs[`refs/heads/${branch}`];
  const parentCommit = head ? getObject(repo, head, 'commit') : undefined;
  const files = parentCommit ? flattenTree(repo, parentCommit.tree) : new Map();
  for (const [path, content] of Object.entries(changes)) {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (content === null) files.delete(clean);
    else files.set(clean, { sha: putBlob(repo, content), mode: '100644', type: 'blob' });
  }
  const tree = buildTree(repo, files);
  const sha = putCommit(repo, {
    tree,
    parents: head ? [head] : [],
    message,
    author,
    committer: opts.committer,
    verified: opts.verified
  });
  repo.refs[`refs/heads/${branch}`] = sha;
  repo.pushed_at = author.date;
  return sha;
}

/** Commits reachable from `start`, newest first (first-parent order is enough for a linear history). */
export function history(repo: SimRepo, start: string, limit = 10_000): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length && out.length < limit) {
    const sha = queue.shift()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const c = getObject(repo, sha, 'commit');
    if (!c) continue;
    out.push(sha);
    queue.push(...c.parents);
  }
  // Newest first by committer date, as `git log` shows them.
  return out.sort((a, b) => {
    const da = getObject(repo, a, 'commit')!.committer.date;
    const db = getObject(repo, b, 'commit')!.committer.date;
    return da < db ? 1 : da > db ? -1 : 0;
  });
}

export function requireCommit(repo: SimRepo, ref: string): string {
  const sha = resolveCommitish(repo, ref);
  if (!sha) throw new SimError(422, `No commit found for SHA: ${ref}`);
  return sha;
}
