import { randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { registerAdminRoutes } from './admin.js';
import { bufferReviver, stringifyState } from './state-file.js';
import { createGitHubModule, type GitHubModule } from './github/index.js';
import type { GitHubState } from './github/state.js';
import type { SimContext, SimIdentity, SimModule, SimStateFile, SimUrls } from './module.js';
import { SimServer } from './server.js';
import { createCratesModule, type CratesModule } from './crates/index.js';
import { createNpmModule, type NpmModule } from './npm/index.js';

export type { SimContext, SimIdentity, SimModule, SimStateFile, SimUrls } from './module.js';
export { SimError, SimServer, type FaultRule, type FaultStep, type LogEntry } from './server.js';
export type { GitHubState } from './github/state.js';
export { parseState, stringifyState } from './state-file.js';

export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** A state file (object or path) seeding the modules. */
  state?: SimStateFile | string;
  /** The admin token; random when omitted. */
  adminToken?: string;
}

export interface Simulator {
  urls: SimUrls;
  adminToken: string;
  server: SimServer;
  /** The GitHub module's state, for tests to seed and inspect directly. */
  github: GitHubState;
  /** GitHub helpers for tests (seeding users, tokens, workflow runs, interrupted uploads). */
  gh: GitHubModule;
  /** The crates.io module (live state for seeding). */
  crates: CratesModule;
  /** The npm module (live state for seeding). */
  npm: NpmModule;
  modules: SimModule[];
  /** Fault-plan helpers over `server.addFault`. */
  faults: SimFaults;
  /** The whole state as a state file; written to `path` when given. */
  save(path?: string): SimStateFile;
  stop(): Promise<void>;
}

/** Shorthands for the fault plans tests use most. */
export interface SimFaults {
  /** `count` responses of `status` on a GitHub path (exact, or a RegExp), then normal service. */
  status(
    path: string | RegExp,
    status: number,
    count?: number,
    service?: import('./server.js').Service
  ): void;
  /** A 403 secondary rate limit with `retry-after` seconds, `count` times. */
  secondaryRateLimit(path: string | RegExp, retryAfter?: number, count?: number): void;
  /** A 429 primary rate limit (remaining 0, reset soon), `count` times. */
  primaryRateLimit(path: string | RegExp, retryAfter?: number, count?: number): void;
  /**
   * The request is handled (its change happens) but the answer is lost: `status` (default 502) or a
   * dropped connection (`status: 0`). For proving re-runs and retries are idempotent.
   */
  lostResponse(
    path: string | RegExp,
    opts?: { status?: number; method?: string; count?: number; service?: import('./server.js').Service }
  ): void;
  /**
   * GitHub's eventually consistent release list: the next `count` listings of `owner/name`'s releases
   * leave out the newest release (a draft created seconds before is not there yet).
   */
  staleList(repo: string, count?: number): void;
  /**
   * An interrupted upload: the next `count` asset uploads answer 502 and leave a `starter` asset with
   * the name (half the bytes, no digest), so the next upload of that name gets 422 `already_exists`.
   */
  partialUpload(count?: number): void;
  /** Drops the connection `count` times. */
  reset(path: string | RegExp, count?: number, service?: import('./server.js').Service): void;
  /** Cuts the body after `bytes` bytes, once. */
  truncate(path: string | RegExp, bytes: number, service?: import('./server.js').Service): void;
  /** Adds `ms` latency, once. */
  delay(path: string | RegExp, ms: number, service?: import('./server.js').Service): void;
  clear(): void;
}

function urlsFor(server: SimServer): SimUrls {
  return {
    get github() {
      return server.url('github');
    },
    get uploads() {
      return server.url('uploads');
    },
    get downloads() {
      return server.url('downloads');
    },
    get crates() {
      return server.url('crates');
    },
    get index() {
      return `sparse+${server.url('index')}/`;
    },
    get npm() {
      return server.url('npm');
    },
    get admin() {
      return server.url('admin');
    }
  };
}

function readState(state: SimStateFile | string | undefined): SimStateFile {
  if (state === undefined) return {};
  if (typeof state !== 'string') return state;
  return JSON.parse(readFileSync(state, 'utf8'), bufferReviver) as SimStateFile;
}

function makeFaults(server: SimServer, github: GitHubModule): SimFaults {
  const rule = (
    path: string | RegExp,
    service: import('./server.js').Service,
    steps: import('./server.js').FaultStep[]
  ) => server.addFault({ service, path, steps });
  const times = <T>(n: number, step: T): T[] => Array.from({ length: n }, () => step);
  return {
    status: (path, status, count = 1, service = 'github') =>
      rule(path, service, times(count, { kind: 'status', status })),
    secondaryRateLimit: (path, retryAfter = 1, count = 1) =>
      rule(
        path,
        'github',
        times(count, {
          kind: 'status',
          status: 403,
          headers: {
            'retry-after': String(retryAfter),
            'x-ratelimit-remaining': '4999',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-resource': 'core'
          },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            status: '403'
          }
        })
      ),
    primaryRateLimit: (path, retryAfter = 1, count = 1) =>
      rule(
        path,
        'github',
        times(count, {
          kind: 'status',
          status: 429,
          headers: {
            'retry-after': String(retryAfter),
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-resource': 'core',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + retryAfter)
          },
          body: {
            message: 'API rate limit exceeded.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            status: '429'
          }
        })
      ),
    lostResponse: (path, opts = {}) =>
      server.addFault({
        service: opts.service ?? 'github',
        method: opts.method,
        path,
        steps: times(
          opts.count ?? 1,
          opts.status === 0
            ? { kind: 'reset' as const, after: true }
            : { kind: 'status' as const, status: opts.status ?? 502, after: true }
        )
      }),
    staleList: (full, count = 1) => {
      const [owner, name] = full.split('/');
      github.repo(owner, name).stale_list = count;
    },
    partialUpload: (count = 1) => {
      github.state.partial_uploads = count;
    },
    reset: (path, count = 1, service = 'github') => rule(path, service, times(count, { kind: 'reset' })),
    truncate: (path, bytes, service = 'downloads') => rule(path, service, [{ kind: 'truncate', bytes }]),
    delay: (path, ms, service = 'github') => rule(path, service, [{ kind: 'delay', ms }]),
    clear: () => {
      server.clearFaults();
      delete github.state.partial_uploads;
      for (const r of Object.values(github.state.repos)) delete r.stale_list;
    }
  };
}

/**
 * `RELEASE_KIT_SIM_TRACE=<file>`: appends every JSON exchange (no headers, so no credentials) as one
 * line, so that a whole test run's traffic can be checked against the OpenAPI description afterwards
 * (`node test/sim/openapi-trace-check.mjs <file>` style tooling).
 */
function traceTo(server: SimServer, file: string): void {
  server.observe((ex) => {
    if (ex.service !== 'github' && ex.service !== 'uploads') return;
    const isJson = (b: unknown) =>
      b !== null &&
      typeof b === 'object' &&
      !Buffer.isBuffer(b) &&
      typeof (b as { pipe?: unknown }).pipe !== 'function';
    let requestBody: unknown;
    if (
      ex.service === 'github' &&
      ex.requestBody.length &&
      String(ex.requestHeaders['content-type'] ?? '').includes('json')
    ) {
      try {
        requestBody = JSON.parse(ex.requestBody.toString('utf8'));
      } catch {
        requestBody = undefined;
      }
    }
    const line = {
      service: ex.service,
      method: ex.method,
      path: ex.path,
      status: ex.status,
      requestBody,
      body: isJson(ex.body) ? ex.body : undefined
    };
    appendFileSync(file, JSON.stringify(line) + '\n');
  });
}

/**
 * Starts the simulator: one HTTP server with the GitHub, crates.io and npm modules, seeded from
 * `options.state`. Resolves once it listens.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const server = new SimServer();
  const adminToken = options.adminToken ?? `sim_admin_${randomBytes(12).toString('hex')}`;
  const github = createGitHubModule();
  const crates = createCratesModule();
  const npm = createNpmModule();
  const modules: SimModule[] = [github, crates, npm];
  const urls = urlsFor(server);
  const ctx: SimContext = {
    urls,
    adminToken,
    isAdmin: (token) => token !== undefined && token === adminToken,
    identify: (token): SimIdentity | undefined => {
      if (token !== undefined && token === adminToken) return { login: 'sim-admin', id: 1, kind: 'admin' };
      return github.identify(token);
    }
  };
  const state = readState(options.state);
  for (const m of modules) {
    m.register(server, ctx);
    if (m.load && state[m.name] !== undefined) m.load(state[m.name]);
  }
  const snapshot = (): SimStateFile => {
    const out: SimStateFile = { version: 1 };
    for (const m of modules) if (m.save) out[m.name] = m.save();
    return out;
  };
  registerAdminRoutes(server, ctx, { github, modules, snapshot });
  if (process.env.RELEASE_KIT_SIM_TRACE) traceTo(server, process.env.RELEASE_KIT_SIM_TRACE);
  await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return {
    urls,
    adminToken,
    server,
    github: github.state,
    gh: github,
    crates,
    npm,
    modules,
    faults: makeFaults(server, github),
    save(path) {
      const out = snapshot();
      if (path) writeFileSync(path, stringifyState(out));
      return out;
    },
    stop: () => server.close()
  };
}

export { runSimCommand } from './command.js';
