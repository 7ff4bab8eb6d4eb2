import type { SimServer } from './server.js';

/** Base URLs of every service the simulator serves, known once it listens. */
export interface SimUrls {
  /** GitHub REST API base (`GITHUB_API_URL`). */
  github: string;
  /** GitHub's uploads host equivalent (release asset uploads). */
  uploads: string;
  /** Where release assets and source archives are downloaded from (GitHub's redirect targets). */
  downloads: string;
  /** crates.io API base (`…/crates`, the API lives under `/api/v1`). */
  crates: string;
  /** The sparse index, with cargo's scheme: `sparse+http://127.0.0.1:<port>/index/`. */
  index: string;
  /** npm registry base. */
  npm: string;
  /** Admin API base (`/_admin`), authenticated by the admin token. */
  admin: string;
}

/** A GitHub identity a token resolves to; other modules use it for their own token checks. */
export interface SimIdentity {
  login: string;
  id: number;
  /** `user` for personal tokens, `integration` for GITHUB_TOKEN / App installation tokens. */
  kind: 'user' | 'integration' | 'admin';
}

/** What a module gets from the simulator besides the server it registers routes on. */
export interface SimContext {
  /** Base URLs; read them at request time (the port is only known after `listen`). */
  readonly urls: SimUrls;
  /** The admin token: full access everywhere, and the only credential the `/_admin` API accepts. */
  readonly adminToken: string;
  /** Resolves a token to the GitHub identity seeded for it; `undefined` for unknown tokens. */
  identify(token: string | undefined): SimIdentity | undefined;
  /** True when `token` is the admin token. */
  isAdmin(token: string | undefined): boolean;
}

/**
 * One service of the simulator (GitHub, crates.io, npm). `register` adds its routes; `load` receives
 * the module's section of the state file (`state[name]`), `save` returns it for `--save`.
 */
export interface SimModule {
  name: string;
  register(server: SimServer, ctx: SimContext): void;
  load?(state: unknown): void;
  save?(): unknown;
}

/** The state file: one section per module, keyed by module name, plus a format version. */
export interface SimStateFile {
  version?: 1;
  github?: unknown;
  crates?: unknown;
  npm?: unknown;
  [module: string]: unknown;
}
