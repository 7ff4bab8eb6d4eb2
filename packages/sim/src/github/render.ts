import type { SimContext } from '../module.js';
import { permissionsObject } from './auth.js';
import { findUser } from './seed.js';
import type { GitHubState, Permission, SimAsset, SimRelease, SimRepo, SimUser } from './state.js';

/**
 * Renders state as GitHub's JSON: every field the OpenAPI description marks required, with GitHub's
 * URL shapes pointing at the simulator. The fidelity test validates these against the spec.
 */
export class Render {
  constructor(
    private readonly state: GitHubState,
    private readonly ctx: SimContext
  ) {}

  get api(): string {
    return this.ctx.urls.github;
  }

  /** Where GitHub's web pages would be; not served, only shaped like GitHub's. */
  get web(): string {
    return this.ctx.urls.github.replace(/\/github$/, '/web');
  }

  nodeId(kind: string, id: number | string): string {
    return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64').replace(/=+$/, '');
  }

  user(login: string | null | undefined): ReturnType<Render['simpleUser']> | null {
    if (!login) return null;
    const u = findUser(this.state, login);
    return u
      ? this.simpleUser(u)
      : this.simpleUser({
          login,
          id: 0,
          type: 'User',
          name: null,
          email: null,
          site_admin: false,
          created_at: '2008-01-01T00:00:00Z'
        });
  }

  simpleUser(u: SimUser) {
    // Bot logins such as `github-actions[bot]` are percent-encoded in URLs, as GitHub does.
    const enc = encodeURIComponent(u.login);
    const url = `${this.api}/users/${enc}`;
    return {
      login: u.login,
      id: u.id,
      node_id: this.nodeId(u.type, u.id),
      avatar_url: `${this.web}/avatars/${enc}`,
      gravatar_id: '',
      url,
      html_url: `${this.web}/${enc}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type: u.type,
      user_view_type: 'public',
      site_admin: u.site_admin
    };
  }

  /** `GET /user`: the private view of the authenticated user. */
  privateUser(u: SimUser) {
    const owned = Object.values(this.state.repos).filter((r) => r.owner === u.login);
    return {
      ...this.simpleUser(u),
      user_view_type: 'private',
      name: u.name,
      company: null,
      blog: '',
      location: null,
      email: u.email,
      hireable: null,
      bio: null,
      twitter_username: null,
      notification_email: u.email,
      public_repos: owned.filter((r) => !r.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: u.created_at,
      updated_at: u.created_at,
      private_gists: 0,
      total_private_repos: owned.filter((r) => r.private).length,
      owned_private_repos: owned.filter((r) => r.private).length,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true,
      plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 }
    };
  }

  repoUrls(repo: SimRepo) {
    const full = `${repo.owner}/${repo.name}`;
    const url = `${this.api}/repos/${full}`;
    const origin = new URL(this.api).host;
    return {
      url,
      html_url: `${this.web}/${full}`,
      archive_url: `${url}/{archive_format}{/ref}`,
      assignees_url: `${url}/assignees{/user}`,
      blobs_url: `${url}/git/blobs{/sha}`,
      branches_url: `${url}/branches{/branch}`,
      collaborators_url: `${url}/collaborators{/collaborator}`,
      comments_url: `${url}/comments{/number}`,
      commits_url: `${url}/commits{/sha}`,
      compare_url: `${url}/compare/{base}...{head}`,
      contents_url: `${url}/contents/{+path}`,
      contributors_url: `${url}/contributors`,
      deployments_url: `${url}/deployments`,
      downloads_url: `${url}/downloads`,
      events_url: `${url}/events`,
      forks_url: `${url}/forks`,
      git_commits_url: `${url}/git/commits{/sha}`,
      git_refs_url: `${url}/git/refs{/sha}`,
      git_tags_url: `${url}/git/tags{/sha}`,
      git_url: `git://${origin}/${full}.git`,
      issue_comment_url: `${url}/issues/comments{/number}`,
      issue_events_url: `${url}/issues/events{/number}`,
      issues_url: `${url}/issues{/number}`,
      keys_url: `${url}/keys{/key_id}`,
      labels_url: `${url}/labels{/name}`,
      languages_url: `${url}/languages`,
      merges_url: `${url}/merges`,
      milestones_url: `${url}/milestones{/number}`,
      notifications_url: `${url}/notifications{?since,all,participating}`,
      pulls_url: `${url}/pulls{/number}`,
      releases_url: `${url}/releases{/id}`,
      ssh_url: `git@${origin}:${full}.git`,
      stargazers_url: `${url}/stargazers`,
      statuses_url: `${url}/statuses/{sha}`,
      subscribers_url: `${url}/subscribers`,
      subscription_url: `${url}/subscription`,
      tags_url: `${url}/tags`,
      teams_url: `${url}/teams`,
      trees_url: `${url}/git/trees{/sha}`,
      clone_url: `${this.web}/${full}.git`,
      mirror_url: null,
      hooks_url: `${url}/hooks`,
      svn_url: `${this.web}/${full}`
    };
  }

  /** The `repository` / `minimal-repository` shape (lists, nested in PRs and runs). */
  repository(repo: SimRepo, permission?: Permission | 'none') {
    const owner = findUser(this.state, repo.owner);
    const openIssues = repo.issues.filter((i) => i.state === 'open').length;
    return {
      id: repo.id,
      node_id: this.nodeId('Repository', repo.id),
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: owner ? this.simpleUser(owner) : this.user(repo.owner)!,
      private: repo.private,
      description: repo.description,
      fork: repo.parent !== null,
      ...this.repoUrls(repo),
      homepage: repo.homepage,
      language: null,
      forks_count: this.forksOf(repo).length,
      forks: this.forksOf(repo).length,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: repo.default_branch,
      open_issues_count: openIssues,
      open_issues: openIssues,
      is_template: false,
      topics: [],
      has_issues: repo.has_issues,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: repo.archived,
      disabled: false,
      visibility: repo.private ? 'private' : 'public',
      pushed_at: repo.pushed_at,
      created_at: repo.created_at,
      updated_at: repo.updated_at,
      license: null,
      allow_forking: true,
      web_commit_signoff_required: false,
      ...(permission !== undefined ? { permissions: permissionsObject(permission) } : {})
    };
  }

  fullRepository(repo: SimRepo, permission?: Permission | 'none') {
    const parent = repo.parent ? this.state.repos[repo.parent.toLowerCase()] : undefined;
    return {
      ...this.repository(repo, permission),
      subscribers_count: 0,
      network_count: this.forksOf(repo).length,
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_update_branch: false,
      temp_clone_token: null,
      ...(findUser(this.state, repo.owner)?.type === 'Organization'
        ? { organization: this.user(repo.owner) }
        : {}),
      ...(parent ? { parent: this.repository(parent), source: this.repository(parent) } : {})
    };
  }

  private forksOf(repo: SimRepo): SimRepo[] {
    const full = `${repo.owner}/${repo.name}`.toLowerCase();
    return Object.values(this.state.repos).filter((r) => r.parent?.toLowerCase() === full);
  }

  release(repo: SimRepo, rel: SimRelease) {
    const base = `${this.api}/repos/${repo.owner}/${repo.name}`;
    const tagPath = rel.draft ? rel.untagged_slug : encodeURIComponent(rel.tag_name);
    return {
      url: `${base}/releases/${rel.id}`,
      assets_url: `${base}/releases/${rel.id}/assets`,
      upload_url: `${this.ctx.urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${rel.id}/assets{?name,label}`,
      html_url: `${this.web}/${repo.owner}/${repo.name}/releases/tag/${tagPath}`,
      id: rel.id,
      author: this.user(rel.author)!,
      node_id: this.nodeId('Release', rel.id),
      tag_name: rel.tag_name,
      target_commitish: rel.target_commitish,
      name: rel.name,
      draft: rel.draft,
      immutable: rel.immutable,
      prerelease: rel.prerelease,
      created_at: rel.created_at,
      updated_at: rel.updated_at,
      published_at: rel.published_at,
      assets: rel.assets.map((a) => this.asset(repo, rel, a)),
      tarball_url: rel.draft ? null : `${base}/tarball/${encodeURIComponent(rel.tag_name)}`,
      zipball_url: rel.draft ? null : `${base}/zipball/${encodeURIComponent(rel.tag_name)}`,
      body: rel.body
    };
  }

  asset(repo: SimRepo, rel: SimRelease, a: SimAsset) {
    const tagPath = rel.draft ? rel.untagged_slug : encodeURIComponent(rel.tag_name);
    return {
      url: `${this.api}/repos/${repo.owner}/${repo.name}/releases/assets/${a.id}`,
      id: a.id,
      node_id: this.nodeId('ReleaseAsset', a.id),
      name: a.name,
      label: a.label,
      uploader: this.user(a.uploader),
      content_type: a.content_type,
      state: a.state,
      size: a.size,
      digest: a.digest,
      download_count: a.download_count,
      created_at: a.created_at,
      updated_at: a.updated_at,
      // On the main origin (GitHub's web host), redirecting to a signed URL on the object-storage origin.
      browser_download_url: `${this.ctx.urls.downloads}/${repo.owner}/${repo.name}/releases/download/${tagPath}/${encodeURIComponent(a.name)}`
    };
  }
}
