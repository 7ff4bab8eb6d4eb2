/** The runner platforms release-smoke knows, how to tell which one it runs on, and the matrix for all. */
import type { Platform } from '#core/executable-header.js';

export const PLATFORM_OSES = ['linux', 'macos', 'windows'] as const;
export const PLATFORM_ARCHES = ['x64', 'arm64', 'x86', 'arm'] as const;

/** Standard GitHub-hosted runner labels for each platform a matrix can fan out to. */
export const RUNNER_LABELS: Record<string, string> = {
  'linux-x64': 'ubuntu-latest',
  'linux-arm64': 'ubuntu-24.04-arm',
  'macos-x64': 'macos-15-intel',
  'macos-arm64': 'macos-latest',
  'windows-x64': 'windows-latest',
  'windows-arm64': 'windows-11-arm'
};

/** Parses `linux-x64`; undefined when it is not one. */
export function parsePlatform(text: string): Platform | undefined {
  const m = /^([a-z]+)-([a-z0-9]+)$/.exec(text.trim().toLowerCase());
  if (!m) return undefined;
  const os = PLATFORM_OSES.find((o) => o === m[1]);
  const arch = PLATFORM_ARCHES.find((a) => a === m[2]);
  return os && arch ? { os, arch } : undefined;
}

export function platformName(p: Platform): string {
  return `${p.os}-${p.arch}`;
}

/**
 * The platform this step runs on, from the runner's `RUNNER_OS` and `RUNNER_ARCH` (Node's own view
 * when they are absent, as outside Actions).
 */
export function currentPlatform(env: NodeJS.ProcessEnv = process.env): Platform | undefined {
  const osName = (env.RUNNER_OS ?? process.platform).toLowerCase();
  const archName = (env.RUNNER_ARCH ?? process.arch).toLowerCase();
  const os = (
    { linux: 'linux', macos: 'macos', darwin: 'macos', windows: 'windows', win32: 'windows' } as const
  )[osName as 'linux'];
  const arch = ({ x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' } as const)[
    archName as 'x64'
  ];
  return os && arch ? { os, arch } : undefined;
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
