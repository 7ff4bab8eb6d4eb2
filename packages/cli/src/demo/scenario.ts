import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCrateFile } from '../../../sim/src/crates/crate-file.js';

/** The sample project the rehearsal releases: caro, a Rust CLI shipped for five platforms. */
export const PROJECT = {
  owner: 'caro-org',
  repo: 'caro',
  tap: 'caro-org/homebrew-tap',
  crate: 'caro',
  previous: '1.3.0',
  targets: ['linux-amd64', 'linux-arm64', 'macos-intel', 'macos-silicon', 'windows-amd64.exe']
} as const;

/** Tokens of the rehearsal: fixed strings, so that every run prints the same thing. */
export const TOKENS = {
  admin: 'rk-demo-admin',
  ci: 'rk-demo-ci-token',
  tap: 'rk-demo-tap-token',
  registry: 'rk-demo-crates-token'
} as const;

/** A fixed instant for every timestamp the rehearsal writes (SOURCE_DATE_EPOCH). */
export const SOURCE_DATE_EPOCH = '1764000000';

const FORMULA = (version: string, sums: Record<string, string>) => `class Caro < Formula
  desc "Converts natural language to safe shell commands"
  homepage "https://github.com/caro-org/caro"
  version "${version}"
  license "MIT"

  on_macos do
    on_arm do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-macos-silicon"
      sha256 "${sums['macos-silicon']}"
    end
    on_intel do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-macos-intel"
      sha256 "${sums['macos-intel']}"
    end
  end

  on_linux do
    on_arm do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-linux-arm64"
      sha256 "${sums['linux-arm64']}"
    end
    on_intel do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-linux-amd64"
      sha256 "${sums['linux-amd64']}"
    end
  end

  def install
    bin.install Dir["caro-*"].first => "caro"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/caro --version")
  end
end
`;

/** Deterministic stand-in for a platform binary. */
export function binary(version: string, target: string): Buffer {
  const seed = `caro ${version} ${target}\n`;
  return Buffer.concat([Buffer.from(`\x7fELF-demo ${seed}`), Buffer.alloc(4096 + target.length * 97, seed)]);
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The simulator state the rehearsal starts from: the org, its people, repositories, issues and CI runs. */
export function simulatorState(): Record<string, unknown> {
  const oldSums = Object.fromEntries(
    PROJECT.targets.map((t) => [t.replace(/\.exe$/, ''), sha256(binary(PROJECT.previous, t))])
  );
  return {
    github: {
      // A simulated clock (one second per event), so commits, and everything that records their SHA, repeat exactly.
      clock: '2026-11-20T09:00:00Z',
      users: [
        { login: 'caro-org', type: 'Organization', members: { mia: 'admin', quinn: 'member' } },
        { login: 'mia', name: 'Mia Maintainer', email: 'mia@example.com' },
        { login: 'quinn', name: 'Quinn QE', email: 'quinn@example.com' }
      ],
      tokens: [
        {
          token: TOKENS.ci,
          login: 'github-actions[bot]',
          kind: 'integration',
          repositories: ['caro-org/caro'],
          permissions: {
            contents: 'write',
            issues: 'write',
            pull_requests: 'write',
            checks: 'read',
            statuses: 'read',
            actions: 'read',
            metadata: 'read'
          }
        },
        { token: TOKENS.tap, login: 'mia' }
      ],
      repos: [
        {
          owner: 'caro-org',
          name: 'caro',
          collaborators: { mia: 'admin', quinn: 'write' },
          files: {
            'README.md': '# caro\n',
            'Cargo.toml': cargoToml('1.4.0'),
            'src/main.rs': 'fn main() { println!("caro"); }\n'
          },
          labels: ['P0', 'P1', 'P2', 'release-blocker', 'bug'],
          issues: [
            { title: 'Typo in --help output', labels: ['P2'], user: 'quinn' },
            { title: 'Crash on empty prompt', labels: ['P1', 'bug'], user: 'quinn', state: 'closed' }
          ],
          // The previous release, published long ago: what a rollback of the new one falls back to.
          releases: [
            {
              tag_name: `v${PROJECT.previous}`,
              body: 'The previous release.',
              created_at: '2025-11-01T00:00:00Z',
              published_at: '2025-11-01T00:00:00Z'
            }
          ],
          workflows: [
            { file: 'ci.yml', name: 'CI' },
            { file: 'release.yml', name: 'Release' },
            { file: 'publish.yml', name: 'Publish' }
          ]
        },
        {
          owner: 'caro-org',
          name: 'homebrew-tap',
          collaborators: { mia: 'admin' },
          files: {
            'README.md': '# caro-org/homebrew-tap\n',
            'Formula/caro.rb': FORMULA(PROJECT.previous, oldSums)
          }
        }
      ]
    },
    crates: {
      tokens: [{ token: TOKENS.registry, login: 'mia' }],
      crates: [
        {
          name: 'caro',
          owners: ['mia'],
          versions: [
            {
              num: PROJECT.previous,
              crate: buildCrateFile({
                name: 'caro',
                version: PROJECT.previous,
                description: 'Converts natural language to safe shell commands',
                license: 'MIT'
              })
            }
          ]
        }
      ]
    }
  };
}

export function cargoToml(version: string): string {
  return `[package]
name = "caro"
version = "${version}"
edition = "2021"
description = "Converts natural language to safe shell commands"
license = "MIT"
repository = "https://github.com/caro-org/caro"

[dependencies]
`;
}

const CARGO_LOCK = (version: string) => `# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 4

[[package]]
name = "caro"
version = "${version}"
dependencies = [
 "itoa",
]

[[package]]
name = "itoa"
version = "1.0.15"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "4a5f13b858c8d314ee3e8f639011f7ccefe71f97f96e50952c2d0c1a2e8d8a0c"
`;

/** Writes the project a release job has checked out and built: sources, lockfile, binaries, the packaged crate. */
export function writeProject(
  dir: string,
  version: string,
  commit: string,
  targets: readonly string[]
): { crateFile: Buffer } {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  mkdirSync(path.join(dir, 'target/package'), { recursive: true });
  writeFileSync(path.join(dir, 'Cargo.toml'), cargoToml(version) + 'itoa = "1"\n');
  writeFileSync(path.join(dir, 'Cargo.lock'), CARGO_LOCK(version));
  for (const t of targets) writeFileSync(path.join(dir, 'dist', `caro-${version}-${t}`), binary(version, t));
  const crateFile = buildCrateFile({
    name: 'caro',
    version,
    description: 'Converts natural language to safe shell commands',
    license: 'MIT',
    vcs: { sha1: commit }
  });
  writeFileSync(path.join(dir, 'target/package', `caro-${version}.crate`), crateFile);
  return { crateFile };
}
