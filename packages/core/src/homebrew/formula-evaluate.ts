import { hasPlatform, PLATFORMS, type ConcretePlatform } from './formula-platforms.js';
import type { FormulaModel, ValueRef } from './formula-model.js';
import { versionFromUrl } from './version-compare.js';

// Runs a formula's stable part the way Homebrew's class body does, once per platform: statements in
// file order, each where its block runs; a later `url`/`sha256`/`version` replaces an earlier one,
// `mirror` adds. `#{version}` in a url is the version set so far (Homebrew interpolates when the line
// runs). The version Homebrew shows is the `version` line, else the one it reads from the url.

/** One value as the formula writes it and as Homebrew reads it. */
export interface Evaluated {
  line: number;
  /** Between the quotes, as written (`…/v#{version}/…`). */
  text: string;
  /** As Homebrew reads it (`#{version}` interpolated). */
  value: string;
}

/** What Homebrew resolves for one platform. */
export interface PlatformValues {
  url?: Evaluated;
  sha256?: Evaluated;
  mirrors: Evaluated[];
  /** The `version` line in effect, if any. */
  versionLine?: Evaluated;
  /** The version Homebrew shows: the version line, else read from the url. */
  version?: string;
}

export interface Evaluation {
  platforms: Map<ConcretePlatform, PlatformValues>;
  problems: string[];
}

type Kind = 'url' | 'sha256' | 'mirror' | 'version';

/** Replaces `#{version}` by `version`; undefined when the text needs a version and none is set. */
export function interpolateVersion(text: string, version: string | undefined): string | undefined {
  if (!/#\{\s*version\s*\}/.test(text)) return text;
  return version === undefined ? undefined : text.replace(/#\{\s*version\s*\}/g, version);
}

/** Evaluates the formula's stable download for every platform Homebrew runs on. */
export function evaluateFormula(model: FormulaModel): Evaluation {
  const statements: { kind: Kind; ref: ValueRef }[] = [
    ...model.versions.map((ref) => ({ kind: 'version' as const, ref })),
    ...model.downloads.flatMap((d) => [
      { kind: 'url' as const, ref: d.url },
      { kind: 'sha256' as const, ref: d.sha256 },
      ...d.mirrors.map((ref) => ({ kind: 'mirror' as const, ref }))
    ])
  ].sort((a, b) => a.ref.line - b.ref.line);
  const problems: string[] = [];
  const platforms = new Map<ConcretePlatform, PlatformValues>();
  for (const p of PLATFORMS) {
    const state: PlatformValues = { mirrors: [] };
    for (const { kind, ref } of statements) {
      if (!hasPlatform(model.structure.lines[ref.line].platform, p)) continue;
      const value = interpolateVersion(ref.value, state.versionLine?.value);
      if (value === undefined) {
        problems.push(`line ${ref.line + 1}: ${kind} uses #{version} before any version line (${p})`);
        continue;
      }
      const ev: Evaluated = { line: ref.line, text: ref.value, value };
      if (kind === 'url') state.url = ev;
      else if (kind === 'sha256') state.sha256 = { ...ev, value: value.toLowerCase() };
      else if (kind === 'mirror') state.mirrors.push(ev);
      else state.versionLine = ev;
    }
    state.version = state.versionLine?.value ?? (state.url ? versionFromUrl(state.url.value) : undefined);
    platforms.set(p, state);
  }
  return { platforms, problems: [...new Set(problems)] };
}
