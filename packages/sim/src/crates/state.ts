import { hashBytes } from '#core/hash-files.js';
import semver from 'semver';
import { buildCrateFile, listTarEntries } from './crate-file.js';
import { CratesApiError } from './errors.js';
import type {
  CrateRecord,
  CrateSeed,
  CratesStateSeed,
  CrateVersionRecord,
  CrateVersionSeed,
  PropagationLag
} from './records.js';
import { splitFeatures, toIndexDependency, type PublishMetadata } from './publish-request.js';
import { errorText } from '../error-text.js';

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** crates.io treats `-` and `_` and case as the same name. */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

export function sha256Hex(bytes: Buffer): string {
  return hashBytes(bytes, 'sha256');
}

/** The in-memory registry: crates, versions, tokens, and the lag settings. */
export class CratesState {
  readonly crates = new Map<string, CrateRecord>();
  tokens: { token: string; login: string }[] = [];
  publishLag: PropagationLag = {};
  indexCdnTtlMs = 0;
  private nextId = 1;

  constructor(seed: CratesStateSeed = {}) {
    this.tokens = [...(seed.tokens ?? [])];
    this.publishLag = { ...(seed.publishLag ?? {}) };
    this.indexCdnTtlMs = seed.indexCdnTtlMs ?? 0;
    for (const c of seed.crates ?? []) this.seedCrate(c);
  }

  /** Adds a crate and its versions directly (no token, no checks beyond names and versions). */
  seedCrate(seed: CrateSeed): CrateRecord {
    if (!NAME.test(seed.name)) throw new Error(`invalid crate name in state: ${seed.name}`);
    let crate = this.find(seed.name);
    if (!crate) {
      crate = {
        id: this.nextId++,
        name: seed.name,
        owners: seed.owners ?? [],
        keywords: seed.keywords ?? [],
        categories: seed.categories ?? [],
        createdAt: seed.createdAt ?? new Date().toISOString(),
        versions: []
      };
      this.crates.set(canonicalName(seed.name), crate);
    }
    for (const v of seed.versions ?? []) this.seedVersion(crate, v);
    return crate;
  }

  /** Adds one version to a crate; returns it. */
  seedVersion(crate: CrateRecord, v: CrateVersionSeed): CrateVersionRecord {
    if (!semver.valid(v.num)) throw new Error(`invalid version in state: ${crate.name} ${v.num}`);
    if (crate.versions.some((x) => x.num === v.num))
      throw new Error(`duplicate version in state: ${crate.name} ${v.num}`);
    const now = Date.now();
    const bytes = v.crate ?? buildCrateFile({ name: crate.name, version: v.num, files: v.files, vcs: v.vcs });
    const createdAt = v.createdAt ?? new Date(now).toISOString();
    const record: CrateVersionRecord = {
      id: this.nextId++,
      num: v.num,
      cksum: sha256Hex(bytes),
      crate: bytes,
      deps: v.deps ?? [],
      features: v.features ?? {},
      links: v.links ?? null,
      rustVersion: v.rustVersion ?? null,
      yanked: v.yanked ?? false,
      yankMessage: v.yankMessage ?? null,
      license: v.license ?? 'MIT',
      description: v.description ?? null,
      homepage: v.homepage ?? null,
      documentation: v.documentation ?? null,
      repository: v.repository ?? null,
      createdAt,
      updatedAt: createdAt,
      publishedBy: v.publishedBy ?? crate.owners[0] ?? null,
      downloads: v.downloads ?? 0,
      apiVisibleAt: v.apiVisibleAt ?? now + (v.apiDelayMs ?? 0),
      indexVisibleAt: v.indexVisibleAt ?? now + (v.indexDelayMs ?? 0)
    };
    crate.versions.push(record);
    return record;
  }

  find(name: string): CrateRecord | undefined {
    return this.crates.get(canonicalName(name));
  }

  findVersion(name: string, num: string): { crate: CrateRecord; version: CrateVersionRecord } | undefined {
    const crate = this.find(name);
    const version = crate?.versions.find((v) => v.num === num);
    return crate && version ? { crate, version } : undefined;
  }

  /** Versions the API shows now. */
  apiVersions(crate: CrateRecord, now = Date.now()): CrateVersionRecord[] {
    return crate.versions.filter((v) => v.apiVisibleAt <= now);
  }

  /** Versions the index lists now, in publish order. */
  indexVersions(crate: CrateRecord, now = Date.now()): CrateVersionRecord[] {
    return crate.versions.filter((v) => v.indexVisibleAt <= now);
  }

  /**
   * Makes an existing version show in the API and/or the index only after the given delays from
   * now (0 shows it at once). This is how tests reproduce the index propagation lag.
   */
  setLag(name: string, num: string, lag: PropagationLag): CrateVersionRecord {
    const hit = this.findVersion(name, num);
    if (!hit) throw new Error(`no such version: ${name} ${num}`);
    const now = Date.now();
    if (lag.apiMs !== undefined) hit.version.apiVisibleAt = now + lag.apiMs;
    if (lag.indexMs !== undefined) hit.version.indexVisibleAt = now + lag.indexMs;
    return hit.version;
  }

  /** The login a crates.io token belongs to, or undefined. */
  loginFor(token: string | undefined): string | undefined {
    if (!token) return undefined;
    return this.tokens.find((t) => t.token === token)?.login;
  }

  /** Validates and stores a publish, as crates.io does; returns the warnings it answers with. */
  publish(
    meta: PublishMetadata,
    bytes: Buffer,
    login: string,
    admin: boolean
  ): { warnings: Record<string, string[]> } {
    const bad = (detail: string): never => {
      throw new CratesApiError(400, detail);
    };
    if (!NAME.test(meta.name)) bad(`invalid crate name: \`${meta.name}\``);
    if (!semver.valid(meta.vers)) bad(`invalid semver: \`${meta.vers}\``);
    const missing = (['description', 'license'] as const).filter((f) => !meta[f]?.trim());
    if (missing.length && !meta.license_file) {
      bad(
        `missing or empty metadata fields: ${missing.join(', ')}. Please see https://doc.rust-lang.org/cargo/reference/manifest.html for more information on configuring these fields`
      );
    }
    const existing = this.find(meta.name);
    if (existing && existing.name !== meta.name) bad(`crate was previously named \`${existing.name}\``);
    if (existing && !admin && !existing.owners.includes(login)) {
      throw new CratesApiError(
        403,
        "this crate exists but you don't seem to be an owner. If you believe this is a mistake, perhaps you need to accept an invitation to be an owner before publishing."
      );
    }
    if (existing?.versions.some((v) => v.num === meta.vers))
      bad(`crate version \`${meta.vers}\` is already uploaded`);
    for (const dep of meta.deps) {
      if (!dep.registry && !this.find(dep.name)) bad(`no known crate named \`${dep.name}\``);
    }
    const root = `${meta.name}-${meta.vers}/`;
    let entries: string[];
    try {
      entries = listTarEntries(bytes);
    } catch (e) {
      return bad(`failed to read the uploaded tarball: ${errorText(e)}`);
    }
    const stray = entries.find((e) => !e.startsWith(root));
    if (stray) bad(`invalid path found: ${stray}`);
    if (!entries.includes(`${root}Cargo.toml`))
      bad('uploaded tarball is missing a `Cargo.toml` manifest file');

    const crate =
      existing ??
      this.seedCrate({
        name: meta.name,
        owners: admin ? [] : [login],
        keywords: meta.keywords ?? [],
        categories: meta.categories ?? []
      });
    this.seedVersion(crate, {
      num: meta.vers,
      crate: Buffer.from(bytes),
      deps: meta.deps.map(toIndexDependency),
      features: meta.features,
      links: meta.links ?? null,
      rustVersion: meta.rust_version ?? null,
      license: meta.license ?? null,
      description: meta.description ?? null,
      homepage: meta.homepage ?? null,
      documentation: meta.documentation ?? null,
      repository: meta.repository ?? null,
      publishedBy: login,
      apiDelayMs: this.publishLag.apiMs,
      indexDelayMs: this.publishLag.indexMs
    });
    return { warnings: { invalid_categories: [], invalid_badges: [], other: [] } };
  }

  /** Yanks or unyanks; a no-op when already in that state (crates.io answers `ok` either way). */
  setYanked(
    name: string,
    num: string,
    yanked: boolean,
    login: string,
    admin: boolean,
    message: string | null = null
  ): CrateVersionRecord {
    const crate = this.find(name);
    if (!crate) throw new CratesApiError(404, `crate \`${name}\` does not exist`);
    const version = crate.versions.find((v) => v.num === num);
    if (!version) throw new CratesApiError(404, `crate \`${crate.name}\` does not have a version \`${num}\``);
    if (!admin && !crate.owners.includes(login))
      throw new CratesApiError(403, 'must already be an owner to yank or unyank');
    if (version.yanked !== yanked) {
      version.yanked = yanked;
      version.yankMessage = yanked ? message : null;
      version.updatedAt = new Date().toISOString();
    }
    return version;
  }

  /** One line of the sparse index for a version. */
  indexLine(crate: CrateRecord, v: CrateVersionRecord): string {
    const { features, features2 } = splitFeatures(v.features);
    const line: Record<string, unknown> = {
      name: crate.name,
      vers: v.num,
      deps: v.deps,
      cksum: v.cksum,
      features,
      yanked: v.yanked,
      links: v.links,
      v: features2 ? 2 : 1
    };
    if (features2) line.features2 = features2;
    if (v.rustVersion) line.rust_version = v.rustVersion;
    return JSON.stringify(line);
  }

  /** The section written to the state file; `load` of it restores the same registry. */
  toJSON(): CratesStateSeed {
    return {
      tokens: this.tokens,
      publishLag: this.publishLag,
      indexCdnTtlMs: this.indexCdnTtlMs,
      crates: [...this.crates.values()].map((c) => ({
        name: c.name,
        owners: c.owners,
        keywords: c.keywords,
        categories: c.categories,
        createdAt: c.createdAt,
        versions: c.versions.map((v) => ({
          num: v.num,
          crate: v.crate,
          deps: v.deps,
          features: v.features,
          links: v.links,
          rustVersion: v.rustVersion,
          yanked: v.yanked,
          yankMessage: v.yankMessage,
          license: v.license,
          description: v.description,
          homepage: v.homepage,
          documentation: v.documentation,
          repository: v.repository,
          createdAt: v.createdAt,
          publishedBy: v.publishedBy,
          downloads: v.downloads,
          apiVisibleAt: v.apiVisibleAt,
          indexVisibleAt: v.indexVisibleAt
        }))
      }))
    };
  }
}
