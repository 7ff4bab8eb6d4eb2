/** The runner platforms release-smoke knows, how to tell which one it runs on, and the matrix for all. */
import type { Platform } from '#core/executable-header.js';

/**
 * Standard GitHub-hosted runner labels for each platform a matrix can fan out to. These are also the only
 * platforms release-smoke accepts: a platform without a hosted runner (32-bit x86 or arm) would plan a
 * matrix job without `runs-on`, which GitHub rejects only when the workflow runs.
 */
export const RUNNER_LABELS: Readonly<Record<string, string>> = {
  'linux-x64': 'ubuntu-latest',
  'linux-arm64': 'ubuntu-24.04-arm',
  'macos-x64': 'macos-15-intel',
  'macos-arm64': 'macos-latest',
  'windows-x64': 'windows-latest',
  'windows-arm64': 'windows-11-arm'
};

/** The platforms release-smoke tests, as `os-arch` names. */
export const PLATFORMS: readonly string[] = Object.keys(RUNNER_LABELS);

/** Parses `linux-x64` (any case); undefined when it is not one of {@link PLATFORMS}. */
export function parsePlatform(text: string): Platform | undefined {
  const name = text.trim().toLowerCase();
  if (!PLATFORMS.includes(name)) return undefined;
  const [os, arch] = name.split('-');
  return { os, arch } as Platform;
}

export function platformName(p: Platform): string {
  return `${p.os}-${p.arch}`;
}

const OS_NAMES = {
  linux: 'linux',
  macos: 'macos',
  darwin: 'macos',
  windows: 'windows',
  win32: 'windows'
} as const;
const ARCH_NAMES = { x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' } as const;

/**
 * The platform this step runs on, from the runner's `RUNNER_OS` and `RUNNER_ARCH` (Node's own view
 * when they are absent, as outside Actions).
 */
export function currentPlatform(env: NodeJS.ProcessEnv = process.env): Platform | undefined {
  const os = OS_NAMES[(env.RUNNER_OS ?? process.platform).toLowerCase() as 'linux'];
  const arch = ARCH_NAMES[(env.RUNNER_ARCH ?? process.arch).toLowerCase() as 'x64'];
  return os && arch ? { os, arch } : undefined;
}

/**
 * Where the `platform` input contradicts what the runner says it is (`RUNNER_OS`, `RUNNER_ARCH`, each
 * only when set and known): the binary's header would be checked against one platform while it runs on
 * another, as when a runner label moves to a new architecture under a matrix that still names the old.
 * @returns the runner's platform as far as it tells (`macos-arm64`, or `macos-?` with no RUNNER_ARCH),
 *   or undefined when it agrees or says nothing.
 */
export function runnerContradicts(
  claimed: Platform,
  env: NodeJS.ProcessEnv = process.env
): string | undefined {
  const os = env.RUNNER_OS ? OS_NAMES[env.RUNNER_OS.toLowerCase() as 'linux'] : undefined;
  const arch = env.RUNNER_ARCH ? ARCH_NAMES[env.RUNNER_ARCH.toLowerCase() as 'x64'] : undefined;
  if ((os && os !== claimed.os) || (arch && arch !== claimed.arch)) return `${os ?? '?'}-${arch ?? '?'}`;
  return undefined;
}

export interface MatrixEntry {
  platform: string;
  target: string;
  'runs-on': string;
}

/** The GitHub Actions matrix (`include`) that runs one smoke job per mapped platform on its own runner. */
export function planMatrix(targets: ReadonlyMap<string, string>): { include: MatrixEntry[] } {
  return {
    include: [...targets].map(([platform, target]) => ({
      platform,
      target,
      'runs-on': RUNNER_LABELS[platform]
    }))
  };
}
