import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '#core/errors.js';
import { Inputs, type Settings } from './inputs.js';
import { readManifestCrates, type SkippedCrate } from '#core/crates/manifest.js';

/** One crate version to check (or yank) on the registry. */
export interface CrateTarget {
  name: string;
  version: string;
  /** The local `.crate` to compare, when given or found at cargo's default place. */
  crateFile?: string;
  /** True when `crate-file` named it explicitly (a missing file is then a failure, not a skip). */
  crateFileExplicit: boolean;
  dependsOn: string[];
  /** Why the version is inconsistent with the tag or the `version` input; the crate is not polled then. */
  inconsistency?: string;
}

export interface Plan {
  targets: CrateTarget[];
  skipped: SkippedCrate[];
  /** The manifest that was read, for the summary. */
  manifest?: string;
}

const sameName = (a: string, b: string) =>
  a.toLowerCase().replace(/_/g, '-') === b.toLowerCase().replace(/_/g, '-');

/**
 * The version a tag announces for a crate: `v1.2.3` and `1.2.3` for any crate, `<crate>-v1.2.3`,
 * `<crate>-1.2.3` and `<crate>@1.2.3` for that crate only (monorepo tags). `undefined` when the tag
 * names another crate.
 */
export function tagVersion(
  tag: string,
  crate?: string
): { version: string; crateSpecific: boolean } | undefined {
  if (crate) {
    const lower = tag.toLowerCase();
    for (const sep of ['-', '@', '/']) {
      const prefix = `${crate.toLowerCase()}${sep}`;
      if (lower.startsWith(prefix) && /^v?\d/.test(tag.slice(prefix.length))) {
        return { version: tag.slice(prefix.length).replace(/^v/, ''), crateSpecific: true };
      }
    }
  }
  if (/^v?\d/.test(tag)) return { version: tag.replace(/^v/, ''), crateSpecific: false };
  return undefined;
}

function defaultCrateFile(root: string, name: string, version: string): string | undefined {
  const targetDir = process.env.CARGO_TARGET_DIR
    ? path.resolve(root, process.env.CARGO_TARGET_DIR)
    : path.join(root, 'target');
  const file = path.join(targetDir, 'package', `${name}-${version}.crate`);
  return existsSync(file) ? file : undefined;
}

/**
 * Works out which crate versions to check: from `crate`/`version`/`tag` alone, or from a manifest
 * (a package or a workspace). Records version/tag inconsistencies on each target.
 * @throws InputError when there is nothing to check or the inputs contradict the manifest.
 */
export function planTargets(settings: Settings): Plan {
  const defaultManifest = path.join(settings.workspace, 'Cargo.toml');
  const manifestPath = settings.manifestPath ?? (existsSync(defaultManifest) ? defaultManifest : undefined);
  let manifest = manifestPath ? readManifestCrates(manifestPath) : undefined;
  if (
    manifest &&
    settings.crate &&
    !settings.manifestPath &&
    !manifest.crates.some((c) => sameName(c.name, settings.crate!))
  ) {
    // The workspace's own Cargo.toml is only a default: a crate it does not contain is checked on its own.
    if (!manifest.skipped.some((s) => sameName(s.name, settings.crate!))) manifest = undefined;
  }

  let targets: { name: string; version?: string; manifestVersion?: string; dependsOn: string[] }[];
  const skipped: SkippedCrate[] = [...(manifest?.skipped ?? [])];
  if (!manifest) {
    if (!settings.crate) {
      throw new InputError(
        Inputs.Crate,
        undefined,
        `not set, and there is no Cargo.toml in ${settings.workspace} to read crates from.`,
        `Set crate (with version or tag) or ${Inputs.ManifestPath}.`
      );
    }
    targets = [{ name: settings.crate, dependsOn: [] }];
  } else if (settings.crate) {
    const hit = manifest.crates.find((c) => sameName(c.name, settings.crate!));
    if (!hit) {
      const skip = manifest.skipped.find((s) => sameName(s.name, settings.crate!));
      throw skip
        ? new InputError(
            Inputs.Crate,
            settings.crate,
            `${skip.name} is not published to crates.io (${skip.reason}).`
          )
        : new InputError(
            Inputs.Crate,
            settings.crate,
            `${JSON.stringify(settings.crate)} is not a package of ${manifestPath}`,
            `it has ${manifest.crates.map((c) => c.name).join(', ')}.`
          );
    }
    targets = [{ name: hit.name, manifestVersion: hit.version, dependsOn: [] }];
    skipped.length = 0;
  } else {
    targets = manifest.crates.map((c) => ({
      name: c.name,
      manifestVersion: c.version,
      dependsOn: c.dependsOn
    }));
  }

  // A crate-specific tag (`foo-v1.2.3`) in a workspace selects that member.
  if (settings.tag && targets.length > 1) {
    const named = targets.filter((t) => tagVersion(settings.tag!, t.name)?.crateSpecific);
    if (named.length === 1) {
      for (const t of targets)
        if (t !== named[0])
          skipped.push({ name: t.name, reason: `the tag ${settings.tag} names ${named[0].name}` });
      targets = named;
    }
  }

  const crateFileIsDir =
    settings.crateFile !== undefined &&
    statSync(settings.crateFile, { throwIfNoEntry: false })?.isDirectory();
  if (settings.crateFile && !crateFileIsDir && targets.length > 1) {
    throw new InputError(
      Inputs.CrateFile,
      settings.crateFile,
      `${settings.crateFile} is one file but ${targets.length} crates are checked (${targets.map((t) => t.name).join(', ')}).`,
      'Give the directory holding their .crate files, such as target/package.'
    );
  }

  const out: CrateTarget[] = targets.map((t) => {
    const problems: string[] = [];
    let version = settings.version ?? t.manifestVersion;
    if (settings.version && t.manifestVersion && settings.version !== t.manifestVersion) {
      problems.push(
        `the version input ${settings.version} differs from ${t.name}'s Cargo.toml version ${t.manifestVersion}`
      );
    }
    const fromTag = settings.tag ? tagVersion(settings.tag, t.name) : undefined;
    if (!version) {
      if (!fromTag) {
        throw new InputError(
          Inputs.Version,
          undefined,
          `needed for ${t.name}: there is no manifest to read it from and no version tag (tag: ${settings.tag ?? 'none'}).`
        );
      }
      version = fromTag.version;
    }
    if (settings.tag && (!fromTag || fromTag.version !== version)) {
      problems.push(
        `version ${version} of ${t.name} does not match the tag ${settings.tag} (which announces ${fromTag ? fromTag.version : 'no version'})`
      );
    }
    const root = manifest?.root ?? settings.workspace;
    let crateFile: string | undefined;
    if (settings.crateFile)
      crateFile = crateFileIsDir
        ? path.join(settings.crateFile, `${t.name}-${version}.crate`)
        : settings.crateFile;
    else crateFile = defaultCrateFile(root, t.name, version);
    return {
      name: t.name,
      version,
      crateFile,
      crateFileExplicit: settings.crateFile !== undefined,
      dependsOn: t.dependsOn,
      inconsistency: problems.length ? problems.join('; ') : undefined
    };
  });
  return { targets: out, skipped, manifest: manifest ? manifestPath : undefined };
}
