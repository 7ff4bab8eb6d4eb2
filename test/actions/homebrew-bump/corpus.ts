import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FORMULAS_DIR = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '../../fixtures/formulas'
);

/** One formula of the corpus: where it lives in a tap, and the inputs that bump it from 1.2.3 to 1.3.0. */
export interface CorpusEntry {
  name: string;
  /** Path inside the tap. */
  tapPath: string;
  /** Path under test/fixtures/formulas. */
  fixture: string;
  /** The shape it covers. */
  shape: string;
  /** Inputs beyond version/sha256(s) that the bump needs. */
  inputs: Record<string, string>;
  /** Platform keys of its downloads. */
  keys: string[];
}

/** A stable fake digest for a seed (the tests never download these files). */
export const NEW_SHA = (seed: string) => createHash('sha256').update(seed).digest('hex');

const PLATFORMS = ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64'];
const platformInputs = (name: string, files: Record<string, string>) => ({
  urls: PLATFORMS.map(
    (k) => `${k}=https://github.com/octo-org/${name}/releases/download/{tag}/${files[k]}`
  ).join('\n'),
  sha256s: PLATFORMS.map((k) => `${k}=${NEW_SHA(`${name}-${k}`)}`).join('\n')
});

export const CORPUS: CorpusEntry[] = [
  {
    name: 'jet',
    fixture: 'jet.rb',
    tapPath: 'Formula/jet.rb',
    shape: 'single url',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-mirror',
    fixture: 'jet-mirror.rb',
    tapPath: 'Formula/jet-mirror.rb',
    shape: 'url + mirror',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-version',
    fixture: 'jet-version.rb',
    tapPath: 'Formula/jet-version.rb',
    shape: 'version line',
    inputs: { url: 'https://github.com/octo-org/jet-version/releases/download/{tag}/jet-version.tar.gz' },
    keys: ['all']
  },
  {
    name: 'jet-revision',
    fixture: 'jet-revision.rb',
    tapPath: 'Formula/jet-revision.rb',
    shape: 'revision line',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-bottle',
    fixture: 'jet-bottle.rb',
    tapPath: 'Formula/jet-bottle.rb',
    shape: 'bottle block + head line',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-resources',
    fixture: 'jet-resources.rb',
    tapPath: 'Formula/jet-resources.rb',
    shape: 'resource blocks',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-head',
    fixture: 'jet-head.rb',
    tapPath: 'Formula/jet-head.rb',
    shape: 'head block',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-livecheck',
    fixture: 'jet-livecheck.rb',
    tapPath: 'Formula/jet-livecheck.rb',
    shape: 'livecheck + heredocs',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-patch-data',
    fixture: 'jet-patch-data.rb',
    tapPath: 'Formula/jet-patch-data.rb',
    shape: 'patch block, stable do, __END__',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-goreleaser',
    fixture: 'jet-goreleaser.rb',
    tapPath: 'Formula/jet-goreleaser.rb',
    shape: 'goreleaser: on_macos/on_linux × if Hardware::CPU',
    inputs: platformInputs('jet-goreleaser', {
      'darwin-arm64': 'jet-goreleaser_Darwin_arm64.tar.gz',
      'darwin-amd64': 'jet-goreleaser_Darwin_x86_64.tar.gz',
      'linux-arm64': 'jet-goreleaser_Linux_arm64.tar.gz',
      'linux-amd64': 'jet-goreleaser_Linux_x86_64.tar.gz'
    }),
    keys: ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-arm64']
  },
  {
    name: 'jet-on-blocks',
    fixture: 'jet-on-blocks.rb',
    tapPath: 'Formula/jet-on-blocks.rb',
    shape: 'on_macos/on_linux × on_arm/on_intel',
    inputs: platformInputs('jet-on-blocks', {
      'darwin-arm64': 'jet-on-blocks-aarch64-apple-darwin.tar.xz',
      'darwin-amd64': 'jet-on-blocks-x86_64-apple-darwin.tar.xz',
      'linux-arm64': 'jet-on-blocks-aarch64-unknown-linux-gnu.tar.xz',
      'linux-amd64': 'jet-on-blocks-x86_64-unknown-linux-gnu.tar.xz'
    }),
    keys: ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64']
  },
  {
    name: 'jet-cargo-dist',
    fixture: 'jet-cargo-dist.rb',
    tapPath: 'Formula/jet-cargo-dist.rb',
    shape: 'cargo-dist: if OS.mac? × if Hardware::CPU',
    inputs: platformInputs('jet-cargo-dist', {
      'darwin-arm64': 'jet-cargo-dist-aarch64-apple-darwin.tar.xz',
      'darwin-amd64': 'jet-cargo-dist-x86_64-apple-darwin.tar.xz',
      'linux-arm64': 'jet-cargo-dist-aarch64-unknown-linux-gnu.tar.xz',
      'linux-amd64': 'jet-cargo-dist-x86_64-unknown-linux-gnu.tar.xz'
    }),
    keys: ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64']
  },
  {
    name: 'jet-kitchen-sink',
    fixture: 'jet-kitchen-sink.rb',
    tapPath: 'Formula/jet-kitchen-sink.rb',
    shape: 'homebrew-core style: multi-line url, resource in on_linux, service, fails_with, heredocs',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-sharded',
    fixture: 'sharded/Formula/j/jet-sharded.rb',
    tapPath: 'Formula/j/jet-sharded.rb',
    shape: 'sharded path, revision, livecheck, bottle',
    inputs: {},
    keys: ['all']
  }
];

export function fixtureText(entry: CorpusEntry): string {
  return readFileSync(path.join(FORMULAS_DIR, entry.fixture), 'utf8');
}
