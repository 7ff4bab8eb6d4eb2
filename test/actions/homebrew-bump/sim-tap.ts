import { createHash } from 'node:crypto';
import { startSimulator, type Simulator } from '../../../packages/sim/src/index.js';
import { CORPUS, fixtureText } from './corpus.js';

export const TAP = 'octo-org/homebrew-tap';

/** Tokens seeded in the simulator, by role. */
export const TOKENS = {
  /** A maintainer's personal access token: can push to the tap. */
  maintainer: 'rk_test_maintainer',
  /** An outside contributor: can read the public tap, not push; can fork. */
  outsider: 'rk_test_outsider',
  /** The workflow GITHUB_TOKEN of another repository (an installation token, `ghs_` as on GitHub, that does not cover the tap). */
  otherRepoGithubToken: 'ghs_rktestotherrepository',
  /** A GitHub App installation token with contents and pull requests write on the tap. */
  app: 'ghs_rktestappinstallation',
  /** An installation token covering the tap with contents: read only. */
  readOnlyApp: 'ghs_rktestreadonlyinstallation'
};

/** Release asset bytes for the platform downloads of `name` at `version`. */
export function assetBytes(name: string, file: string): string {
  return `${name} ${file} contents\n`;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const CARGO_DIST_FILES = [
  'aarch64-apple-darwin',
  'x86_64-apple-darwin',
  'aarch64-unknown-linux-gnu',
  'x86_64-unknown-linux-gnu'
].map((t) => `${t}.tar.xz`);

/** Starts a simulator holding the corpus as the tap, plus release repositories with v1.3.0 assets. */
export async function startTapSimulator(): Promise<Simulator> {
  const files: Record<string, string> = {};
  for (const e of CORPUS) files[e.tapPath] = fixtureText(e);
  const releaseRepo = (
    name: string,
    assets: { name: string; content: string; digest?: string | null }[]
  ) => ({
    owner: 'octo-org',
    name,
    files: { 'README.md': `# ${name}\n` },
    releases: [{ tag_name: 'v1.3.0', assets }]
  });
  const platformAssets = (name: string, withSums: 'sums' | 'sidecars' | 'digest-only') => {
    const list: { name: string; content: string; digest?: string | null }[] = CARGO_DIST_FILES.map((f) => ({
      name: `${name}-${f}`,
      content: assetBytes(name, f),
      ...(withSums === 'digest-only' ? {} : { digest: null })
    }));
    if (withSums === 'sums')
      list.push({
        name: 'SHA256SUMS.txt',
        content: list.map((a) => `${sha256(a.content)}  ${a.name}\n`).join('')
      });
    if (withSums === 'sidecars')
      for (const a of [...list])
        list.push({ name: `${a.name}.sha256`, content: `${sha256(a.content)}  ${a.name}\n` });
    return list;
  };
  return startSimulator({
    state: {
      github: {
        users: [
          {
            login: 'octo-org',
            type: 'Organization',
            members: { maintainer: 'member' },
            base_permission: 'read'
          }
        ],
        tokens: [
          { token: TOKENS.maintainer, login: 'maintainer', kind: 'user' },
          { token: TOKENS.outsider, login: 'outsider', kind: 'user' },
          {
            token: TOKENS.otherRepoGithubToken,
            login: 'github-actions[bot]',
            kind: 'integration',
            repositories: ['octo-org/jet']
          },
          {
            token: TOKENS.app,
            login: 'tap-bumper[bot]',
            kind: 'integration',
            repositories: [TAP],
            permissions: { contents: 'write', metadata: 'read', pull_requests: 'write' }
          },
          {
            token: TOKENS.readOnlyApp,
            login: 'tap-bot[bot]',
            kind: 'integration',
            repositories: [TAP],
            permissions: { contents: 'read', metadata: 'read', pull_requests: 'read' }
          }
        ],
        repos: [
          {
            owner: 'octo-org',
            name: 'homebrew-tap',
            collaborators: { maintainer: 'write' },
            files,
            message: 'Initial formulas'
          },
          releaseRepo('jet', [{ name: 'jet-1.3.0.tar.gz', content: 'jet source 1.3.0\n' }]),
          releaseRepo('jet-cargo-dist', platformAssets('jet-cargo-dist', 'sums')),
          releaseRepo('jet-on-blocks', platformAssets('jet-on-blocks', 'sidecars')),
          releaseRepo('jet-goreleaser', [
            // GitHub's digest and the checksums file disagree about Darwin_arm64: a broken release.
            ...['Darwin_arm64', 'Darwin_x86_64', 'Linux_arm64', 'Linux_x86_64'].map((p) => ({
              name: `jet-goreleaser_${p}.tar.gz`,
              content: `goreleaser ${p}\n`
            })),
            {
              name: 'jet-goreleaser_1.3.0_checksums.txt',
              content: `${'0'.repeat(64)}  jet-goreleaser_Darwin_arm64.tar.gz\n`
            }
          ])
        ]
      }
    } as never
  });
}

/** A file's text at a ref, read through the simulated API with the admin token. */
export async function fileAt(
  sim: Simulator,
  repo: string,
  path: string,
  ref: string
): Promise<string | undefined> {
  const res = await fetch(
    `${sim.urls.github}/repos/${repo}/contents/${path}?ref=${encodeURIComponent(ref)}`,
    { headers: { authorization: `token ${sim.adminToken}` } }
  );
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GET contents ${repo}/${path}@${ref}: ${res.status}`);
  const body = (await res.json()) as { content: string };
  return Buffer.from(body.content, 'base64').toString('utf8');
}

/** Calls the simulated API as the admin (for merging pull requests and listing them in tests). */
export async function admin(sim: Simulator, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sim.urls.github}${path}`, {
    method,
    headers: { authorization: `token ${sim.adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** GitHub requests the simulator has logged so far. */
export function githubRequests(
  sim: Simulator
): { method: string; path: string; query: string; status: number }[] {
  return sim.server.requests({ service: 'github' } as never) as never;
}
