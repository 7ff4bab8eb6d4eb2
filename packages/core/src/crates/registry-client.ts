import { ConfigurationError, InfrastructureError, InputError } from '../errors.js';
import type { RegistryHttp } from './registry-http.js';
import { redactSecrets } from '../untrusted-text.js';

/** Where a registry's API and downloads are, as its index's `config.json` says. */
export interface RegistryEndpoints {
  /** The sparse index base, ending in `/`. */
  index: string;
  /** API base; `/api/v1/…` is appended. */
  api: string;
  /** Download template or base (cargo appends `/{crate}/{version}/download` when it has no markers). */
  dl: string;
  authRequired: boolean;
}

/** The input names a registry error points the user at (the same in every action that talks to a registry). */
export const RegistryInputs = {
  Index: 'index',
  RegistryApi: 'registry-api',
  RegistryToken: 'registry-token'
} as const;
const Inputs = RegistryInputs;

/** One line of a sparse index file (the fields this action reads). */
export interface IndexLine {
  name: string;
  vers: string;
  cksum: string;
  yanked: boolean;
}

/** The API's version record (the fields this action reads). */
export interface ApiVersion {
  num: string;
  checksum?: string;
  yanked: boolean;
  yank_message?: string | null;
  dl_path?: string;
}

/** The sparse-index path of a crate: `1/{n}`, `2/{n}`, `3/{c}/{n}`, else `{ab}/{cd}/{n}` of the lowercased name. */
export function indexFilePath(name: string): string {
  const n = name.toLowerCase();
  if (n.length <= 2) return `${n.length}/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}

/**
 * A crate's download URL from the index's `dl` value, exactly as cargo builds it: markers
 * `{crate}`, `{version}`, `{prefix}`, `{lowerprefix}` and `{sha256-checksum}` are replaced; a `dl`
 * without markers gets `/{crate}/{version}/download` appended.
 */
export function downloadUrl(dl: string, name: string, version: string, cksum: string): string {
  if (!/\{(crate|version|prefix|lowerprefix|sha256-checksum)\}/.test(dl))
    return `${dl.replace(/\/+$/, '')}/${name}/${version}/download`;
  const prefixOf = (n: string) => indexFilePath(n).split('/').slice(0, -1).join('/');
  const cased =
    name.length <= 2
      ? `${name.length}`
      : name.length === 3
        ? `3/${name[0]}`
        : `${name.slice(0, 2)}/${name.slice(2, 4)}`;
  return dl
    .replace(/\{crate\}/g, name)
    .replace(/\{version\}/g, version)
    .replace(/\{prefix\}/g, cased)
    .replace(/\{lowerprefix\}/g, prefixOf(name))
    .replace(/\{sha256-checksum\}/g, cksum);
}

/** Parses index file text into lines; lines that are not JSON are skipped, as cargo does. */
export function parseIndexFile(text: string): IndexLine[] {
  const out: IndexLine[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    try {
      const v = JSON.parse(raw) as IndexLine;
      if (typeof v.vers === 'string' && typeof v.cksum === 'string')
        out.push({ ...v, yanked: v.yanked === true });
    } catch {
      // cargo ignores a line it cannot parse; so do we (the version is then simply not listed).
    }
  }
  return out;
}

function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { detail?: string }[] };
    const details = body.errors?.map((e) => e.detail).filter(Boolean);
    if (details?.length) return details.join('; ');
  } catch {
    // Not JSON: show the start of the text.
  }
  return text.slice(0, 200);
}

/** What a probe of one source found. */
export type Probe<T> = { kind: 'found'; value: T } | { kind: 'absent' } | { kind: 'crate-absent' };

/**
 * The registry as the action talks to it: the index's `config.json`, index files (conditional GETs
 * with a cache-busting query so that no stale CDN edge answers), API records, downloads and yanks.
 */
export class RegistryClient {
  private readonly indexCache = new Map<string, { etag: string; lines: IndexLine[] }>();
  private nonce = 0;

  constructor(
    readonly endpoints: RegistryEndpoints,
    private readonly http: RegistryHttp,
    private readonly token?: string
  ) {}

  /**
   * Reads `config.json` of a sparse index (`dl`, `api`, `auth-required`); `apiOverride` replaces `api`.
   * @throws InputError when the index has no usable config; InfrastructureError when it cannot be read.
   */
  static async connect(
    http: RegistryHttp,
    index: string,
    apiOverride?: string,
    token?: string
  ): Promise<RegistryClient> {
    const url = `${index}config.json`;
    const res = await http.request(url, { headers: { accept: 'application/json' } });
    if (res.status === 404)
      throw new InputError(
        Inputs.Index,
        index,
        `${index} has no config.json (404), so it is not a sparse index.`
      );
    if (res.status !== 200)
      throw new InfrastructureError(
        `Reading ${url} answered ${res.status}: ${redactSecrets(res.text, [token]).slice(0, 200)}`
      );
    let config: { dl?: unknown; api?: unknown; 'auth-required'?: unknown };
    try {
      config = JSON.parse(res.text);
    } catch {
      throw new InputError(Inputs.Index, index, `${url} is not JSON, so ${index} is not a sparse index.`);
    }
    if (typeof config.dl !== 'string' || !config.dl)
      throw new InputError(Inputs.Index, index, `${url} has no "dl" download location.`);
    const api =
      apiOverride ??
      (typeof config.api === 'string' && config.api ? config.api.replace(/\/+$/, '') : undefined);
    if (!api)
      throw new InputError(Inputs.RegistryApi, undefined, `needed: ${url} names no "api" for this registry.`);
    const endpoints = { index, api, dl: config.dl, authRequired: config['auth-required'] === true };
    return new RegistryClient(endpoints, http, token);
  }

  /** The token goes to writes, and to reads only of a registry whose config says `auth-required`. */
  private authHeaders(write: boolean): Record<string, string> {
    if (!this.token || (!write && !this.endpoints.authRequired)) return {};
    return { authorization: this.token };
  }

  apiUrl(name: string, version?: string): string {
    return `${this.endpoints.api}/api/v1/crates/${encodeURIComponent(name)}${version ? `/${encodeURIComponent(version)}` : ''}`;
  }

  indexUrl(name: string): string {
    return `${this.endpoints.index}${indexFilePath(name)}`;
  }

  /** What the registry said, without the token it may echo (summaries and report.json are not masked). */
  private masked(text: string): string {
    return redactSecrets(text, [this.token]);
  }

  private refuse(url: string, status: number, text: string): never {
    const detail = this.masked(errorDetail(this.masked(text)));
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `The registry refused ${url} (${status}: ${detail}); check ${Inputs.RegistryToken} and its scopes.`
      );
    }
    throw new InfrastructureError(`${url} answered ${status}: ${detail}`);
  }

  /** The crate's existence on the API (`crate-absent` for crates.io's 404). */
  async crateExists(name: string): Promise<boolean> {
    const url = this.apiUrl(name);
    const res = await this.http.request(url, {
      headers: { accept: 'application/json', ...this.authHeaders(false) }
    });
    if (res.status === 404) return false;
    if (res.status !== 200) this.refuse(url, res.status, res.text);
    return true;
  }

  /** The API's record of a version, or absent (404). */
  async apiVersion(name: string, version: string): Promise<Probe<ApiVersion>> {
    const url = this.apiUrl(name, version);
    const res = await this.http.request(url, {
      headers: { accept: 'application/json', ...this.authHeaders(false) }
    });
    if (res.status === 404) return { kind: 'absent' };
    if (res.status !== 200) this.refuse(url, res.status, res.text);
    const body = JSON.parse(res.text) as { version?: ApiVersion };
    if (!body.version || body.version.num !== version)
      throw new InfrastructureError(`${url} answered a record for ${body.version?.num ?? 'no version'}.`);
    return { kind: 'found', value: body.version };
  }

  /**
   * The index line of a version. Sends `If-None-Match` with the last ETag seen and a fresh query
   * parameter each time, so a CDN edge holding an old copy cannot answer for the origin.
   */
  async indexLine(name: string, version: string): Promise<Probe<IndexLine>> {
    const cached = this.indexCache.get(name);
    const url = `${this.indexUrl(name)}?rk=${Date.now().toString(36)}${(this.nonce++).toString(36)}`;
    const headers: Record<string, string> = { accept: 'text/plain', ...this.authHeaders(false) };
    if (cached) headers['if-none-match'] = cached.etag;
    const res = await this.http.request(url, { headers });
    let lines: IndexLine[];
    if (res.status === 304 && cached) lines = cached.lines;
    else if (res.status === 404 || res.status === 410 || res.status === 451) return { kind: 'crate-absent' };
    else if (res.status === 200) {
      lines = parseIndexFile(res.text);
      const etag = res.headers.etag;
      if (typeof etag === 'string') this.indexCache.set(name, { etag, lines });
    } else return this.refuse(url, res.status, res.text);
    const line = lines.find((l) => l.vers === version);
    return line ? { kind: 'found', value: line } : { kind: 'absent' };
  }

  /** Downloads a version's `.crate` from the `dl` location and hashes it. */
  async download(
    name: string,
    version: string,
    cksum: string,
    toFile: string,
    maxBytes?: number
  ): Promise<{ sha256: string; size: number; url: string }> {
    // An auth-required registry wants the token on downloads too (core's HTTP drops it on a redirect
    // to another origin, such as a CDN).
    try {
      return await this.http.download(
        downloadUrl(this.endpoints.dl, name, version, cksum),
        toFile,
        this.authHeaders(false),
        maxBytes
      );
    } catch (e) {
      if (e instanceof Error) e.message = this.masked(e.message);
      throw e;
    }
  }

  /**
   * Yanks (`DELETE …/yank`) or unyanks (`PUT …/unyank`) a version with the registry token.
   * @throws ConfigurationError when the registry refuses the token; InfrastructureError otherwise.
   */
  async setYanked(name: string, version: string, yanked: boolean): Promise<void> {
    const url = `${this.apiUrl(name, version)}/${yanked ? 'yank' : 'unyank'}`;
    const res = await this.http.request(url, {
      method: yanked ? 'DELETE' : 'PUT',
      headers: { accept: 'application/json', ...this.authHeaders(true) }
    });
    if (res.status !== 200) this.refuse(url, res.status, res.text);
    let ok = false;
    try {
      ok = (JSON.parse(res.text) as { ok?: unknown }).ok === true;
    } catch {
      // An unexpected body is reported below.
    }
    if (!ok)
      throw new InfrastructureError(
        `${url} answered 200 without {"ok":true}: ${this.masked(res.text).slice(0, 200)}`
      );
  }
}
