import semver from 'semver';

/** npm's severities, lowest first, as the bulk advisory endpoint spells them. */
export const NPM_SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type NpmSeverity = (typeof NPM_SEVERITIES)[number];

/** One advisory as the bulk endpoint answers it (`POST /-/npm/v1/security/advisories/bulk`). */
export interface NpmAdvisory {
  id: number;
  url: string;
  title: string;
  severity: NpmSeverity;
  /** A semver range, e.g. `>=1.0.0 <1.2.6`. */
  vulnerable_versions: string;
  cwe: string[];
  cvss: { score: number; vectorString: string | null };
}

/** An advisory in the seed: the package it affects plus the wire fields. */
export interface NpmAdvisorySeed extends NpmAdvisory {
  package: string;
}

export interface NpmVersionSeed {
  version: string;
  dependencies?: Record<string, string>;
  /** ISO time of publication (npm reads `time` for `--before` / `min-release-age`). */
  published?: string;
  deprecated?: string;
}

export interface NpmPackageSeed {
  name: string;
  /** Plain version strings or version objects with dependencies. */
  versions: (string | NpmVersionSeed)[];
  /** `dist-tags`; `latest` defaults to the highest non-prerelease version. */
  distTags?: Record<string, string>;
}

/** The npm part of a simulator state file (`--state`), also what `toJSON()` writes back. */
export interface NpmStateSeed {
  packages?: NpmPackageSeed[];
  advisories?: NpmAdvisorySeed[];
}

// npm package names: lower-case, URL-safe, optionally scoped. Anything else is refused before it is
// used as a map key or put into a tarball URL.
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** True for a name the npm registry would accept for a new package. */
export function isValidPackageName(name: string): boolean {
  return name.length <= 214 && PACKAGE_NAME.test(name);
}

interface StoredPackage {
  name: string;
  versions: Map<string, NpmVersionSeed>;
  distTags: Record<string, string>;
}

const EPOCH = '2020-01-01T00:00:00.000Z';

/**
 * The simulated npm registry: packages (for packuments and tarballs) and security advisories (for the
 * bulk advisory endpoint). Tests and `--state` files seed it; `toJSON()` round-trips it.
 */
export class NpmState {
  private readonly packages = new Map<string, StoredPackage>();
  private readonly advisories: NpmAdvisorySeed[] = [];

  constructor(seed: NpmStateSeed = {}) {
    for (const p of seed.packages ?? []) this.addPackage(p);
    for (const a of seed.advisories ?? []) this.addAdvisory(a);
  }

  /** Adds (or extends) a package with versions. */
  addPackage(seed: NpmPackageSeed): void {
    if (!isValidPackageName(seed.name))
      throw new Error(`npm sim: invalid package name ${JSON.stringify(seed.name)}`);
    const pkg = this.packages.get(seed.name) ?? { name: seed.name, versions: new Map(), distTags: {} };
    for (const v of seed.versions) {
      const version = typeof v === 'string' ? { version: v } : v;
      if (!semver.valid(version.version))
        throw new Error(`npm sim: invalid version ${JSON.stringify(version.version)} of ${seed.name}`);
      pkg.versions.set(version.version, version);
    }
    Object.assign(pkg.distTags, seed.distTags ?? {});
    this.packages.set(seed.name, pkg);
  }

  /** Adds an advisory; the package is created (without versions) if it is unknown. */
  addAdvisory(seed: NpmAdvisorySeed): void {
    if (!semver.validRange(seed.vulnerable_versions)) {
      throw new Error(`npm sim: invalid vulnerable_versions ${JSON.stringify(seed.vulnerable_versions)}`);
    }
    this.advisories.push({ ...seed });
  }

  /** Removes every advisory of a package (a test's "the advisory was withdrawn"). */
  removeAdvisories(packageName: string): void {
    for (let i = this.advisories.length - 1; i >= 0; i--)
      if (this.advisories[i].package === packageName) this.advisories.splice(i, 1);
  }

  packageNames(): string[] {
    return [...this.packages.keys()].sort();
  }

  getPackage(
    name: string
  ): { name: string; versions: NpmVersionSeed[]; distTags: Record<string, string> } | undefined {
    const pkg = this.packages.get(name);
    if (!pkg) return undefined;
    const versions = [...pkg.versions.values()].sort((a, b) => semver.compare(a.version, b.version));
    const distTags = { ...pkg.distTags };
    if (!distTags.latest) {
      const stable = versions.filter((v) => !semver.prerelease(v.version));
      const latest = (stable.length ? stable : versions).at(-1);
      if (latest) distTags.latest = latest.version;
    }
    return { name, versions, distTags };
  }

  hasVersion(name: string, version: string): boolean {
    return this.packages.get(name)?.versions.has(version) ?? false;
  }

  /**
   * What the bulk endpoint answers for a request body: for each package, the advisories whose
   * vulnerable range contains at least one of the requested versions. Packages without any are left
   * out, as the registry does.
   */
  bulkAdvisories(request: Record<string, string[]>): Record<string, NpmAdvisory[]> {
    const out: Record<string, NpmAdvisory[]> = {};
    for (const [name, versions] of Object.entries(request)) {
      const hits = this.advisories
        .filter((a) => a.package === name)
        .filter((a) =>
          versions.some(
            (v) => semver.valid(v) && semver.satisfies(v, a.vulnerable_versions, { includePrerelease: true })
          )
        )
        .map(({ package: _pkg, ...wire }) => wire);
      if (hits.length) out[name] = hits;
    }
    return out;
  }

  publishedAt(version: NpmVersionSeed): string {
    return version.published ?? EPOCH;
  }

  toJSON(): NpmStateSeed {
    return {
      packages: [...this.packages.values()].map((p) => ({
        name: p.name,
        versions: [...p.versions.values()],
        ...(Object.keys(p.distTags).length ? { distTags: p.distTags } : {})
      })),
      advisories: this.advisories.map((a) => ({ ...a }))
    };
  }
}

/**
 * The default seed: `minimist` with the real prototype-pollution advisory (GHSA-xvch-5gv4-984h, fixed
 * in 1.2.6), and a scoped package without advisories so scoped packuments are exercised.
 */
export function defaultNpmSeed(): NpmStateSeed {
  return {
    packages: [
      { name: 'minimist', versions: ['0.2.4', '1.2.0', '1.2.5', '1.2.6', '1.2.8'] },
      { name: '@sim/left-pad', versions: ['1.0.0', '1.1.0'] }
    ],
    advisories: [
      {
        package: 'minimist',
        id: 1097678,
        url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
        title: 'Prototype Pollution in minimist',
        severity: 'critical',
        vulnerable_versions: '>=1.0.0 <1.2.6',
        cwe: ['CWE-1321'],
        cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
      }
    ]
  };
}
