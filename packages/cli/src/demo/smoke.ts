/**
 * The demo's smoke step: the binary for the machine the demo runs on is made a real program (a `#!/bin/sh`
 * script, so it runs on every POSIX platform), and release-smoke installs and runs it from the draft.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT } from './scenario.js';

/** How caro's targets map to runner platforms. */
export const SMOKE_TARGETS = [
  'linux-x64=linux-amd64',
  'linux-arm64=linux-arm64',
  'macos-x64=macos-intel',
  'macos-arm64=macos-silicon',
  'windows-x64=windows-amd64.exe'
];

/** This machine's platform and caro's target for it; undefined on Windows (a #! script does not run there). */
export function ownSmokeTarget(): { platform: string; target: string } | undefined {
  const os = ({ linux: 'linux', darwin: 'macos' } as Record<string, string>)[process.platform];
  if (!os) return undefined;
  const platform = `${os}-${process.arch}`;
  const line = SMOKE_TARGETS.find((l) => l.startsWith(`${platform}=`));
  return line ? { platform, target: line.slice(platform.length + 1) } : undefined;
}

/**
 * What a runner on this machine would say it is (`RUNNER_OS`, `RUNNER_ARCH`): the step runner's default is
 * Linux X64, and release-smoke refuses a `platform` that contradicts the runner.
 */
export function runnerVariables(): Record<string, string> {
  const os = ({ linux: 'Linux', darwin: 'macOS', win32: 'Windows' } as Record<string, string>)[
    process.platform
  ];
  const arch = ({ x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' } as Record<string, string>)[
    process.arch
  ];
  return { ...(os ? { RUNNER_OS: os } : {}), ...(arch ? { RUNNER_ARCH: arch } : {}) };
}

/**
 * Writes the runnable build for this machine's target into `dist/`. The broken replay's build is stale:
 * it still prints the previous version, which the smoke step catches.
 */
export function writeSmokeBinary(dir: string, version: string, target: string, broken: boolean): void {
  const says = broken ? PROJECT.previous : version;
  const script = [
    '#!/bin/sh',
    `# caro ${version} for ${target} (demo build)`,
    'case "$1" in',
    `  --version) echo "caro ${says}" ;;`,
    '  --help) echo "usage: caro [--version] [--help] <request>" ;;',
    '  *) echo "caro: unknown option $1" >&2; exit 2 ;;',
    'esac',
    ''
  ].join('\n');
  writeFileSync(path.join(dir, 'dist', `caro-${version}-${target}`), script);
}
