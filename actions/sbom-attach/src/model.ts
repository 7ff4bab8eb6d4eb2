/** What the SBOM generators need to know about one project, independent of the lockfile it came from. */
import type { LockfileKind } from '#core/lockfile-discovery.js';

export type Ecosystem = 'cargo' | 'npm' | 'pypi' | 'golang';

// Lockfile kinds and how they are found are core's, shared with dependency-watch.
export type { LockfileKind };

/** Hash algorithms in the spelling CycloneDX uses; SPDX spellings are derived from them. */
export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface PackageHash {
  alg: HashAlgorithm;
  /** Lower-case hex. */
  hex: string;
}

/** One resolved package (or a workspace member / the project root). */
export interface SbomPackage {
  /** Unique key inside one SBOM: the purl. */
  ref: string;
  ecosystem: Ecosystem;
  name: string;
  version: string;
  purl: string;
  hashes: PackageHash[];
  /** Declared license, as written by the lockfile or manifest (validated later). */
  license?: string;
  /** Where it was resolved from (a registry tarball URL, a git URL), when the lockfile says. */
  downloadLocation?: string;
  /**
   * Every distribution-file digest the lockfile lists (`sha256:<hex>`), when a package has several files
   * (Python wheels and sdists) and so no single package hash.
   */
  fileHashes?: string[];
  /** Refs of direct dependencies. */
  dependencies: string[];
  /**
   * Names it is installed under besides its own (`string-width-cjs` for `npm:string-width@…`): an
   * alias is a local name, never the package's identity.
   */
  aliases?: string[];
  /** A project component linked by its directory (a workspace member, a `link:`/`file:` target). */
  localPath?: string;
  /** Only reachable through development dependencies. */
  dev: boolean;
  /** Workspace members and project roots are the project's own code, not third-party packages. */
  own?: boolean;
  /**
   * A root no manifest names (a virtual workspace, a directory's name): its purl is `pkg:generic/…`,
   * since it claims no package in an ecosystem's registry.
   */
  synthetic?: boolean;
}

/**
 * Why a lockfile entry is not a component of its own: `workspace-member` is the project itself (the
 * document's subject), `link` an entry that only points at another entry's directory.
 */
export type ExclusionReason = 'dev-only' | 'workspace-member' | 'link';

/** One entry of a lockfile and where the reader put it: a component (`ref`) or nowhere, with a reason. */
export interface LockEntry {
  /** The entry as the lockfile names it (a key, a `name version`, a requirement line). */
  key: string;
  ref?: string;
  reason?: Exclude<ExclusionReason, 'dev-only'>;
}

/** What one lockfile (with its manifest) yields. */
export interface LockfileResult {
  file: string;
  kind: LockfileKind;
  root: SbomPackage;
  packages: SbomPackage[];
  /** Things worth telling the user that are not errors (an unpinned requirement, a git source). */
  notes: string[];
  /** Every entry the lockfile holds, with where it went: the basis of the coverage check. */
  entries: LockEntry[];
}

/** A file shipped with the release, described by its digests. */
export interface ArtifactFile {
  /** Path relative to the project root, with forward slashes. */
  name: string;
  size: number;
  sha256: string;
  sha1: string;
}

/** Everything an SBOM describes. */
export interface Project {
  root: SbomPackage;
  /** Every package except the root, sorted by ref. */
  packages: SbomPackage[];
  artifacts: ArtifactFile[];
  lockfiles: { file: string; kind: LockfileKind }[];
  /** ISO 8601 UTC creation time, seconds precision. */
  timestamp: string;
  /** How the timestamp was chosen, for the summary. */
  timestampSource: string;
  /** The tool that made the SBOM. */
  tool: { name: string; version: string };
  /** The supplier of the root component (the repository owner), when known. */
  supplier?: string;
}
