import type { SimContext, SimIdentity, SimModule } from '../module.js';
import type { SimServer } from '../server.js';
import { GitHubApi } from './api.js';
import { registerArchiveRoutes } from './archives.js';
import { ADMIN_LOGIN } from './auth.js';
import { RenderGit } from './render-git.js';
import { registerActionsRoutes } from './routes-actions.js';
import { registerAssetRoutes } from './routes-assets.js';
import { registerCheckRoutes } from './routes-checks.js';
import { registerContentsRoutes } from './routes-contents.js';
import { registerGitRoutes } from './routes-git.js';
import { registerIssueRoutes } from './routes-issues.js';
import { registerPullRoutes } from './routes-pulls.js';
import { registerReleaseRoutes } from './routes-releases.js';
import { registerRepoRoutes } from './routes-repos.js';
import * as seed from './seed.js';
import { emptyState, repoKey, type GitHubState, type SimAsset, type SimRelease, type SimRepo, type SimToken, type SimWorkflowRun } from './state.js';

export interface GitHubModule extends SimModule {
  state: GitHubState;
  identify(token: string | undefined): SimIdentity | undefined;
  /** Seeds from a state-file `github` section (additive). */
  seed(section: unknown): void;
  addUser(login: string, spec?: Parameters<typeof seed.ensureUser>[2]): void;
  addToken(spec: Partial<SimToken> & { token: string; login: string }): SimToken;
  addRepo(spec: Record<string, unknown> & { owner: string; name: string }): SimRepo;
  repo(owner: string, name: string): SimRepo;
  addRelease(owner: string, name: string, spec: Record<string, unknown> & { tag_name: string }): SimRelease;
  /** Adds an asset as an interrupted upload would leave it (`state: starter`, no digest). */
  addStarterAsset(releaseId: number, name: string, partial?: Buffer): SimAsset;
  addWorkflowRun(owner: string, name: string, spec: Record<string, unknown>): SimWorkflowRun;
  findAsset(id: number): SimAsset | undefined;
  findRelease(id: number): { repo: SimRepo; release: SimRelease } | undefined;
}

/** The GitHub REST half of the simulator. */
export function createGitHubModule(): GitHubModule {
  const state = emptyState();
  const reset = () => {
    const fresh = emptyState();
    for (const k of Object.keys(state) as (keyof GitHubState)[]) delete (state as any)[k];
    Object.assign(state, fresh);
    seed.ensureUser(state, ADMIN_LOGIN, { site_admin: true, name: 'Simulator admin' });
  };
  reset();
  const mod: GitHubModule = {
    name: 'github',
    state,
    register(server: SimServer, ctx: SimContext) {
      const api = new GitHubApi(state, ctx, server);
      const git = new RenderGit(state, api.render);
      registerRepoRoutes(api, git);
      registerReleaseRoutes(api);
      registerAssetRoutes(api);
      registerArchiveRoutes(api);
      registerGitRoutes(api, git);
      registerContentsRoutes(api, git);
      registerPullRoutes(api);
      registerIssueRoutes(api);
      registerCheckRoutes(api);
      registerActionsRoutes(api);
    },
    load(section) {
      reset();
      seed.loadState(section, state);
    },
    save: () => seed.saveState(state),
    identify(token) {
      const t = token ? state.tokens[token] : undefined;
      if (!t) return undefined;
      const u = seed.findUser(state, t.login);
      return { login: t.login, id: u?.id ?? 0, kind: t.kind };
    },
    seed: (section) => void seed.loadState(section, state),
    addUser: (login, spec) => void seed.ensureUser(state, login, spec),
    addToken: (spec) => seed.addToken(state, spec),
    addRepo: (spec) => seed.addRepo(state, spec),
    repo(owner, name) {
      const r = state.repos[repoKey(owner, name)];
      if (!r) throw new Error(`no repository ${owner}/${name} in the simulator`);
      return r;
    },
    addRelease: (owner, name, spec) => seed.addRelease(state, mod.repo(owner, name), spec),
    addStarterAsset(releaseId, name, partial = Buffer.alloc(0)) {
      const hit = mod.findRelease(releaseId);
      if (!hit) throw new Error(`no release ${releaseId} in the simulator`);
      const asset = seed.makeAsset(state, { name, content: partial, state: 'starter', size: 0 }, hit.release.author);
      hit.release.assets.push(asset);
      return asset;
    },
    addWorkflowRun: (owner, name, spec) => seed.addWorkflowRun(state, mod.repo(owner, name), spec),
    findAsset(id) {
      for (const r of Object.values(state.repos)) for (const rel of r.releases) for (const a of rel.assets) if (a.id === id) return a;
      return undefined;
    },
    findRelease(id) {
      for (const repo of Object.values(state.repos)) for (const release of repo.releases) if (release.id === id) return { repo, release };
      return undefined;
    }
  };
  return mod;
}

export type { GitHubState } from './state.js';
