import { getObject } from './git-store.js';
import type { Render } from './render.js';
import { findUser } from './seed.js';
import type { GitHubState, SimRepo } from './state.js';

/** Git data, commits and branches as GitHub renders them. */
export class RenderGit {
  constructor(
    private readonly state: GitHubState,
    private readonly r: Render
  ) {}

  private base(repo: SimRepo) {
    return `${this.r.api}/repos/${repo.owner}/${repo.name}`;
  }

  ref(repo: SimRepo, name: string, sha: string) {
    const type = repo.objects[sha]?.type ?? 'commit';
    return {
      ref: name,
      node_id: this.r.nodeId('Ref', `${repo.id}:${name}`),
      url: `${this.base(repo)}/git/${name}`,
      object: { type, sha, url: `${this.base(repo)}/git/${type}s/${sha}` }
    };
  }

  gitCommit(repo: SimRepo, sha: string) {
    const c = getObject(repo, sha, 'commit')!;
    return {
      sha,
      node_id: this.r.nodeId('Commit', sha),
      url: `${this.base(repo)}/git/commits/${sha}`,
      html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${this.base(repo)}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.base(repo)}/git/commits/${p}`,
        html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${p}`
      })),
      verification: c.verification
    };
  }

  /** The user a git identity belongs to, matched by noreply or seeded email, as GitHub links them. */
  private userFor(email: string) {
    const u = Object.values(this.state.users).find(
      (x) => x.email === email || email === `${x.id}+${x.login}@users.noreply.github.com`
    );
    return u ? this.r.simpleUser(u) : null;
  }

  commit(repo: SimRepo, sha: string) {
    const c = getObject(repo, sha, 'commit')!;
    return {
      url: `${this.base(repo)}/commits/${sha}`,
      sha,
      node_id: this.r.nodeId('Commit', sha),
      html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${sha}`,
      comments_url: `${this.base(repo)}/commits/${sha}/comments`,
      commit: {
        url: `${this.base(repo)}/git/commits/${sha}`,
        author: c.author,
        committer: c.committer,
        message: c.message,
        comment_count: 0,
        tree: { sha: c.tree, url: `${this.base(repo)}/git/trees/${c.tree}` },
        verification: c.verification
      },
      author: this.userFor(c.author.email),
      committer: this.userFor(c.committer.email),
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.base(repo)}/commits/${p}`,
        html_url: `${this.r.web}/${repo.owner}/${repo.name}/commit/${p}`
      }))
    };
  }

  tree(repo: SimRepo, sha: string, entries: { path: string; mode: string; type: string; sha: string }[]) {
    return {
      sha,
      url: `${this.base(repo)}/git/trees/${sha}`,
      truncated: false,
      tree: entries.map((e) => {
        const blob = e.type === 'blob' ? getObject(repo, e.sha, 'blob') : undefined;
        return {
          path: e.path,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          ...(blob ? { size: blob.content.length } : {}),
          url: `${this.base(repo)}/git/${e.type === 'commit' ? 'commits' : e.type + 's'}/${e.sha}`
        };
      })
    };
  }

  shortBranch(repo: SimRepo, name: string, sha: string) {
    return { name, commit: { sha, url: `${this.base(repo)}/commits/${sha}` }, protected: false };
  }

  branch(repo: SimRepo, name: string, sha: string) {
    return {
      name,
      commit: this.commit(repo, sha),
      _links: {
        self: `${this.base(repo)}/branches/${encodeURIComponent(name)}`,
        html: `${this.r.web}/${repo.owner}/${repo.name}/tree/${name}`
      },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
      },
      protection_url: `${this.base(repo)}/branches/${encodeURIComponent(name)}/protection`
    };
  }

  /** The `commit` part of a contents-API answer (file-commit). */
  fileCommit(repo: SimRepo, sha: string) {
    const g = this.gitCommit(repo, sha);
    return {
      sha: g.sha,
      node_id: g.node_id,
      url: g.url,
      html_url: g.html_url,
      author: g.author,
      committer: g.committer,
      message: g.message,
      tree: g.tree,
      parents: g.parents,
      verification: g.verification
    };
  }

  owner(repo: SimRepo) {
    return findUser(this.state, repo.owner);
  }
}
