import type { VcsInfo } from './crate-file.js';
import type { IndexDependency } from './publish-request.js';

// The registry's records and the state file's `crates` section (documented field by field, as
// `release-kit sim --state` reads it).

/** One published version, with the moments it becomes visible in the API and in the index. */
export interface CrateVersionRecord {
  id: number;
  num: string;
  cksum: string;
  crate: Buffer;
  deps: IndexDependency[];
  features: Record<string, string[]>;
  links: string | null;
  rustVersion: string | null;
  yanked: boolean;
  yankMessage: string | null;
  license: string | null;
  description: string | null;
  homepage: string | null;
  documentation: string | null;
  repository: string | null;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  downloads: number;
  /** Epoch ms from which the API shows the version (propagation lag). */
  apiVisibleAt: number;
  /** Epoch ms from which the sparse index lists the version. */
  indexVisibleAt: number;
}

export interface CrateRecord {
  id: number;
  name: string;
  owners: string[];
  keywords: string[];
  categories: string[];
  createdAt: string;
  versions: CrateVersionRecord[];
}

/** Delays from publish (or from load, for seeded versions) until a version shows, in wall-clock ms. */
export interface PropagationLag {
  apiMs?: number;
  indexMs?: number;
}

/** A version in the state file. Either `crate` (the bytes) or enough to build one is given. */
export interface CrateVersionSeed {
  num: string;
  /** The `.crate` bytes; built from `files`/`vcs` when absent. */
  crate?: Buffer;
  files?: Record<string, string>;
  vcs?: VcsInfo;
  deps?: IndexDependency[];
  features?: Record<string, string[]>;
  links?: string | null;
  rustVersion?: string | null;
  yanked?: boolean;
  yankMessage?: string | null;
  license?: string | null;
  description?: string | null;
  homepage?: string | null;
  documentation?: string | null;
  repository?: string | null;
  createdAt?: string;
  publishedBy?: string | null;
  downloads?: number;
  /** Absolute visibility moments (epoch ms), as `save()` writes them… */
  apiVisibleAt?: number;
  indexVisibleAt?: number;
  /** …or delays counted from when the state is loaded. */
  apiDelayMs?: number;
  indexDelayMs?: number;
}

export interface CrateSeed {
  name: string;
  owners?: string[];
  keywords?: string[];
  categories?: string[];
  createdAt?: string;
  versions?: CrateVersionSeed[];
}

/** The `crates` section of the simulator's state file. */
export interface CratesStateSeed {
  /** crates.io API tokens and whom they belong to (the admin token is always accepted too). */
  tokens?: { token: string; login: string }[];
  /** Lag applied to every version published over HTTP from now on. */
  publishLag?: PropagationLag;
  /**
   * Simulates the CDN in front of the index: a response is served again, unchanged, to the same
   * path and query for this long (ms). Off by default; cargo always gets fresh files.
   */
  indexCdnTtlMs?: number;
  crates?: CrateSeed[];
}
