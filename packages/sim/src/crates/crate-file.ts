import { writeTarGz } from '../tar.js';

export { listTarEntries } from '../tar.js';

/** What `.cargo_vcs_info.json` records: the commit `cargo package` ran at. */
export interface VcsInfo {
  sha1: string;
  dirty?: boolean;
  pathInVcs?: string;
}

export interface CrateFileSpec {
  name: string;
  version: string;
  /** Extra files below the `<name>-<version>/` root (a default `Cargo.toml` and `src/lib.rs` are added). */
  files?: Record<string, string>;
  /** Writes `.cargo_vcs_info.json` as cargo does when it packages inside a git checkout. */
  vcs?: VcsInfo;
  /** `description` and `license` of the generated `Cargo.toml`. */
  description?: string;
  license?: string;
}

// cargo stamps every entry with a fixed mtime so that packaging is reproducible.
const CARGO_MTIME = 1153704088;

/** A gzip'd ustar archive of the given entries, in order, stamped as `cargo package` stamps them. */
export function packTar(entries: [string, Buffer | string][]): Buffer {
  return writeTarGz(
    entries.map(([name, data]) => ({ name, data })),
    { mtime: CARGO_MTIME, level: 9 }
  );
}

/**
 * Builds a `.crate` laid out as `cargo package` writes one: every entry under `<name>-<version>/`,
 * a `Cargo.toml`, and `.cargo_vcs_info.json` when a commit is given. Used to seed the simulator and
 * by tests that run without cargo.
 */
export function buildCrateFile(spec: CrateFileSpec): Buffer {
  const root = `${spec.name}-${spec.version}`;
  const files: Record<string, string> = {
    'Cargo.toml':
      `[package]\nname = "${spec.name}"\nversion = "${spec.version}"\nedition = "2021"\n` +
      `description = "${spec.description ?? `The ${spec.name} crate`}"\nlicense = "${spec.license ?? 'MIT'}"\n`,
    'src/lib.rs': `//! ${spec.name} ${spec.version}\n`,
    ...(spec.files ?? {})
  };
  if (spec.vcs) {
    const info = {
      git: { sha1: spec.vcs.sha1, ...(spec.vcs.dirty ? { dirty: true } : {}) },
      path_in_vcs: spec.vcs.pathInVcs ?? ''
    };
    files['.cargo_vcs_info.json'] = JSON.stringify(info, null, 2) + '\n';
  }
  const names = Object.keys(files).sort();
  return packTar(names.map((n) => [`${root}/${n}`, files[n]]));
}
