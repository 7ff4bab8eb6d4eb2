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
  /** The version the fixture is at (default 1.2.3) and the one the tests bump it to (default 1.3.0). */
  from?: string;
  to?: string;
  /** Which generator writes this shape, and when (for the docs' table of shapes). */
  era?: string;
}

/** The version an entry starts at, and the one it is bumped to. */
export const fromVersion = (e: CorpusEntry) => e.from ?? '1.2.3';
export const toVersion = (e: CorpusEntry) => e.to ?? '1.3.0';

/** A stable fake digest for a seed (the tests never download these files). */
export const NEW_SHA = (seed: string) => createHash('sha256').update(seed).digest('hex');

const PLATFORMS = ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64'];
const shaInputs = (name: string, keys: string[]) => ({
  sha256s: keys.map((k) => `${k}=${NEW_SHA(`${name}-${k}`)}`).join('\n')
});
const platformInputs = (name: string, files: Record<string, string>) => ({
  urls: Object.keys(files)
    .map((k) => `${k}=https://github.com/octo-org/${name}/releases/download/{tag}/${files[k]}`)
    .join('\n'),
  ...shaInputs(name, Object.keys(files))
});
void PLATFORMS;

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
  },
  {
    name: 'jet-gr-2019',
    fixture: 'jet-gr-2019.rb',
    tapPath: 'Formula/jet-gr-2019.rb',
    shape: 'if OS.mac? / elsif OS.linux?, nested if Hardware::CPU.is_64_bit? … else (armv6)',
    era: 'GoReleaser 2019–2020',
    inputs: platformInputs('jet-gr-2019', {
      darwin: 'jet-gr-2019_{version}_Darwin_x86_64.tar.gz',
      'linux-amd64': 'jet-gr-2019_{version}_Linux_x86_64.tar.gz',
      'linux-arm64': 'jet-gr-2019_{version}_Linux_arm64.tar.gz',
      'linux-arm': 'jet-gr-2019_{version}_Linux_armv6.tar.gz'
    }),
    keys: ['darwin', 'linux-amd64', 'linux-arm64', 'linux-arm']
  },
  {
    name: 'jet-gr-2022',
    fixture: 'jet-gr-2022.rb',
    tapPath: 'Formula/jet-gr-2022.rb',
    shape: 'on_macos/on_linux × if Hardware::CPU.arm? && !Hardware::CPU.is_64_bit?, def install per block',
    era: 'GoReleaser 2021–2024 (≤ v1.25)',
    inputs: platformInputs('jet-gr-2022', {
      'darwin-arm64': 'jet-gr-2022_Darwin_arm64.tar.gz',
      'darwin-amd64': 'jet-gr-2022_Darwin_x86_64.tar.gz',
      'linux-arm': 'jet-gr-2022_Linux_armv6.tar.gz',
      'linux-amd64': 'jet-gr-2022_Linux_x86_64.tar.gz',
      'linux-arm64': 'jet-gr-2022_Linux_arm64.tar.gz'
    }),
    keys: ['darwin-arm64', 'darwin-amd64', 'linux-arm', 'linux-amd64', 'linux-arm64']
  },
  {
    name: 'jet-gr-2024',
    fixture: 'jet-gr-2024.rb',
    tapPath: 'Formula/jet-gr-2024.rb',
    shape: 'on_intel/on_arm with nested if Hardware::CPU.is_64_bit? / if !Hardware::CPU.is_64_bit? (armv7)',
    era: 'GoReleaser v1.26 – v2.9 (2024–2025)',
    inputs: platformInputs('jet-gr-2024', {
      'darwin-amd64': 'jet-gr-2024_Darwin_x86_64.tar.gz',
      'darwin-arm64': 'jet-gr-2024_Darwin_arm64.tar.gz',
      'linux-amd64': 'jet-gr-2024_Linux_x86_64.tar.gz',
      'linux-arm': 'jet-gr-2024_Linux_armv7.tar.gz',
      'linux-arm64': 'jet-gr-2024_Linux_arm64.tar.gz'
    }),
    keys: ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-arm', 'linux-arm64']
  },
  {
    name: 'jet-gr-2026',
    fixture: 'jet-gr-2026.rb',
    tapPath: 'Formula/jet-gr-2026.rb',
    shape: 'if Hardware::CPU.intel? && Hardware::CPU.is_64_bit?, define_method(:install) in platform blocks',
    era: 'GoReleaser v2.10+ (2025–2026)',
    inputs: platformInputs('jet-gr-2026', {
      'darwin-amd64': 'jet-gr-2026_Darwin_x86_64.tar.gz',
      'darwin-arm64': 'jet-gr-2026_Darwin_arm64.tar.gz',
      'linux-amd64': 'jet-gr-2026_Linux_x86_64.tar.gz',
      'linux-arm': 'jet-gr-2026_Linux_armv7.tar.gz',
      'linux-arm64': 'jet-gr-2026_Linux_arm64.tar.gz'
    }),
    keys: ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-arm', 'linux-arm64']
  },
  {
    name: 'jet-gr-pro',
    fixture: 'jet-gr-pro.rb',
    tapPath: 'Formula/jet-gr-pro.rb',
    shape: 'version 1.2.3-pro, `and` conditions, linux 386 (intel? and !is_64_bit?)',
    era: 'GoReleaser Pro',
    from: '1.2.3-pro',
    to: '1.3.0-pro',
    inputs: platformInputs('jet-gr-pro', {
      'darwin-amd64': 'jet-gr-pro_Darwin_x86_64.tar.gz',
      'darwin-arm64': 'jet-gr-pro_Darwin_arm64.tar.gz',
      'linux-amd64': 'jet-gr-pro_Linux_x86_64.tar.gz',
      'linux-386': 'jet-gr-pro_Linux_i386.tar.gz',
      'linux-arm64': 'jet-gr-pro_Linux_arm64.tar.gz'
    }),
    keys: ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-386', 'linux-arm64']
  },
  {
    name: 'jet-dist-0-4',
    fixture: 'jet-dist-0-4.rb',
    tapPath: 'Formula/jet-dist-0-4.rb',
    shape: 'if Hardware::CPU.type == :arm … else, version line after the urls',
    era: 'cargo-dist 0.4 (2023)',
    inputs: platformInputs('jet-dist-0-4', {
      arm64: 'jet-dist-0-4-aarch64-apple-darwin.tar.xz',
      amd64: 'jet-dist-0-4-x86_64-apple-darwin.tar.xz'
    }),
    keys: ['arm64', 'amd64']
  },
  {
    name: 'jet-hashicorp',
    fixture: 'jet-hashicorp.rb',
    tapPath: 'Formula/jet-hashicorp.rb',
    shape: 'flat if OS.mac? && Hardware::CPU.intel? chain with 32-bit arm, caveats-only block; urls derived',
    era: 'HashiCorp tap',
    inputs: shaInputs('jet-hashicorp', [
      'darwin-amd64',
      'darwin-arm64',
      'linux-amd64',
      'linux-arm',
      'linux-arm64'
    ]),
    keys: ['darwin-amd64', 'darwin-arm64', 'linux-amd64', 'linux-arm', 'linux-arm64']
  },
  {
    name: 'jet-elsif',
    fixture: 'jet-elsif.rb',
    tapPath: 'Formula/jet-elsif.rb',
    shape: 'if OS.mac? && arm? / elsif … / else chain, nested is_64_bit? … else (386); urls derived',
    era: 'hand-written taps',
    inputs: shaInputs('jet-elsif', [
      'darwin-arm64',
      'darwin-amd64',
      'linux-amd64',
      'linux-386',
      'linux-arm64'
    ]),
    keys: ['darwin-arm64', 'darwin-amd64', 'linux-amd64', 'linux-386', 'linux-arm64']
  },
  {
    name: 'jet-arm-else',
    fixture: 'jet-arm-else.rb',
    tapPath: 'Formula/jet-arm-else.rb',
    shape: 'if arm? … else inside on_macos / on_linux',
    era: 'hand-written taps',
    inputs: platformInputs('jet-arm-else', {
      'darwin-arm64': 'jet-arm-else-aarch64-apple-darwin.tar.gz',
      'darwin-amd64': 'jet-arm-else-x86_64-apple-darwin.tar.gz',
      'linux-arm64': 'jet-arm-else-aarch64-unknown-linux-musl.tar.gz',
      'linux-amd64': 'jet-arm-else-x86_64-unknown-linux-musl.tar.gz'
    }),
    keys: ['darwin-arm64', 'darwin-amd64', 'linux-arm64', 'linux-amd64']
  },
  {
    name: 'jet-interpolated',
    fixture: 'jet-interpolated.rb',
    tapPath: 'Formula/jet-interpolated.rb',
    shape: 'url and mirror with #{version} (kept interpolated)',
    era: 'hand-written taps',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-go-src',
    fixture: 'jet-go-src.rb',
    tapPath: 'Formula/jet-go-src.rb',
    shape: 'jet1.2.3.src.tar.gz (go-style name), mirror, no version line',
    era: 'homebrew-core',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-ga',
    fixture: 'jet-ga.rb',
    tapPath: 'Formula/jet-ga.rb',
    shape: 'tag jet-1.2.3-ga (openjdk-style), no version line',
    era: 'homebrew-core',
    inputs: {},
    keys: ['all']
  },
  {
    name: 'jet-r-suffix',
    fixture: 'jet-r-suffix.rb',
    tapPath: 'Formula/jet-r-suffix.rb',
    shape: 'version 1.2.3-r2 (a suffix the formula carries)',
    era: 'hand-written taps',
    from: '1.2.3-r2',
    to: '1.3.0-r1',
    inputs: {},
    keys: ['all']
  }
];

export function fixtureText(entry: CorpusEntry): string {
  return readFileSync(path.join(FORMULAS_DIR, entry.fixture), 'utf8');
}
