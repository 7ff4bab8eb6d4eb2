import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { errorText } from './error-text.js';

/** The services the simulator serves, each under its own path prefix on one port. */
export type Service = 'github' | 'uploads' | 'downloads' | 'crates' | 'index' | 'npm' | 'admin';

export const SERVICE_PREFIX: Record<Service, string> = {
  github: '/github',
  uploads: '/uploads',
  downloads: '/downloads',
  crates: '/crates',
  index: '/index',
  npm: '/npm',
  admin: '/_admin'
};

export interface SimRequest {
  service: Service;
  method: string;
  /** Path below the service prefix, percent-decoded per segment by the router, e.g. `/repos/o/r`. */
  path: string;
  url: URL;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The bearer/token credential, if any. */
  token: string | undefined;
  /** Parses the body as JSON; throws a 400 SimError when it is not. */
  json<T = any>(): T;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  /** Objects are sent as JSON; Buffers and strings as they are; a Readable is piped. */
  body?: unknown;
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

/** Throw from a handler to answer with a status and a GitHub-shaped error body. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

/**
 * One step of a fault plan. `pass` lets the request through to its handler. `after: true` on `status`
 * and `reset` runs the handler first (the change happens) and then loses its answer: the case where a
 * client's retry meets its own earlier write (a duplicate asset, PR or issue if it is not idempotent).
 */
export type FaultStep =
  | { kind: 'pass' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown; after?: boolean }
  | { kind: 'reset'; after?: boolean }
  | { kind: 'delay'; ms: number }
  | { kind: 'truncate'; bytes: number };

export interface FaultRule {
  service?: Service;
  method?: string;
  /** Exact path below the service prefix, or a regular expression source tested against it. */
  path: string | RegExp;
  steps: FaultStep[];
}

export interface LogEntry {
  service: Service;
  method: string;
  path: string;
  query: string;
  status: number;
  ms: number;
  at: number;
  fault?: string;
}

/** What an observer sees of each answer a handler produced (fault-plan answers are not observed). */
export interface ObservedExchange {
  service: Service;
  method: string;
  /** Raw (still percent-encoded) path below the service prefix. */
  path: string;
  query: URLSearchParams;
  requestHeaders: IncomingHttpHeaders;
  requestBody: Buffer;
  status: number;
  headers: Record<string, string | string[]>;
  /** The handler's body before serialisation: an object for JSON, a Buffer/string/Readable otherwise. */
  body: unknown;
}

export type Observer = (exchange: ObservedExchange) => void;

interface Route {
  service: Service;
  method: string;
  segments: string[];
  handler: Handler;
}

/** Parses `:name` (one segment) and `*name` (the rest of the path) patterns. */
function matchRoute(route: Route, segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const pat = route.segments[i];
    if (pat.startsWith('*')) {
      if (i >= segments.length) return null;
      params[pat.slice(1)] = segments.slice(i).join('/');
      return params;
    }
    if (i >= segments.length) return null;
    if (pat.startsWith(':')) params[pat.slice(1)] = segments[i];
    else if (pat !== segments[i]) return null;
  }
  return segments.length === route.segments.length ? params : null;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/**
 * The HTTP core of the simulator: a router per service, per-route fault plans and a request log.
 * Service modules (GitHub, crates.io, npm) register their routes on it.
 */
export class SimServer {
  private readonly routes: Route[] = [];
  private readonly faults: FaultRule[] = [];
  private readonly observers: Observer[] = [];
  readonly log: LogEntry[] = [];
  private servers: http.Server[] = [];
  private readonly sockets = new Set<import('node:net').Socket>();
  /** `http://127.0.0.1:<port>` once listening. */
  origin = '';
  /**
   * A second port serving the same routes: GitHub's object storage (asset redirects, archives, raw
   * files) lives there, another origin than the API as on GitHub, so clients drop `Authorization` on
   * the cross-origin redirect and the tests see it.
   */
  objectsOrigin = '';

  /** Registers a handler. Patterns use `:param` and a trailing `*rest`. */
  route(service: Service, method: string, pattern: string, handler: Handler): void {
    this.routes.push({ service, method: method.toUpperCase(), segments: splitPath(pattern), handler });
  }

  /** Base URL of a service, e.g. `http://127.0.0.1:1234/github`. */
  url(service: Service): string {
    return this.origin + SERVICE_PREFIX[service];
  }

  /** The download service on the object-storage origin (see `objectsOrigin`). */
  objectsUrl(): string {
    return (this.objectsOrigin || this.origin) + SERVICE_PREFIX.downloads;
  }

  /** Adds a fault plan: matching requests take its steps in order; the rule ends when they run out. */
  addFault(rule: FaultRule): void {
    this.faults.push({ ...rule, steps: [...rule.steps] });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Calls `observer` with every handler answer (used by the OpenAPI fidelity tests); returns an unsubscribe. */
  observe(observer: Observer): () => void {
    this.observers.push(observer);
    return () => {
      const i = this.observers.indexOf(observer);
      if (i >= 0) this.observers.splice(i, 1);
    };
  }

  /** Log entries matching a filter, for counting API calls in tests. */
  requests(filter: { service?: Service; method?: string; path?: string | RegExp } = {}): LogEntry[] {
    return this.log.filter(
      (e) =>
        (!filter.service || e.service === filter.service) &&
        (!filter.method || e.method === filter.method.toUpperCase()) &&
        (!filter.path ||
          (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path)))
    );
  }

  private takeFault(service: Service, method: string, path: string): FaultStep | undefined {
    for (let i = 0; i < this.faults.length; i++) {
      const f = this.faults[i];
      if (f.service && f.service !== service) continue;
      if (f.method && f.method.toUpperCase() !== method) continue;
      const hit = typeof f.path === 'string' ? f.path === path : f.path.test(path);
      if (!hit) continue;
      const step = f.steps.shift();
      if (f.steps.length === 0) this.faults.splice(i, 1);
      return step;
    }
    return undefined;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    const open = async (p: number): Promise<string> => {
      const server = http.createServer((req, res) => {
        this.handle(req, res).catch((err) => {
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `simulator error: ${errorText(err)}` }));
        });
      });
      server.keepAliveTimeout = 1000;
      server.on('connection', (s) => {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
      });
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(p, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      this.servers.push(server);
      return `http://${host}:${(server.address() as AddressInfo).port}`;
    };
    this.origin = await open(port);
    this.objectsOrigin = await open(0);
    return this.origin;
  }

  async close(): Promise<void> {
    const servers = this.servers.splice(0);
    const closed = Promise.all(
      servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))
    );
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', this.origin || 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    let service: Service | undefined;
    let rest = url.pathname;
    for (const [name, prefix] of Object.entries(SERVICE_PREFIX) as [Service, string][]) {
      if (url.pathname === prefix || url.pathname.startsWith(prefix + '/')) {
        service = name;
        rest = url.pathname.slice(prefix.length) || '/';
        break;
      }
    }
    // GitHub's uploads host has no path prefix: a client that sets the uploads origin as `baseUrl`
    // (Octokit's default route) rather than using `upload_url` arrives without `/uploads`.
    if (
      !service &&
      method === 'POST' &&
      /^\/repos\/[^/]+\/[^/]+\/releases\/\d+\/assets$/.test(url.pathname)
    ) {
      service = 'uploads';
      rest = url.pathname;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const entry: LogEntry = {
      service: service ?? 'admin',
      method,
      path: rest,
      query: url.search,
      status: 0,
      ms: 0,
      at: started
    };
    const finish = (status: number) => {
      entry.status = status;
      entry.ms = Date.now() - started;
      this.log.push(entry);
    };
    if (!service) {
      finish(404);
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'Not Found' }));
      return;
    }

    let truncate: number | undefined;
    const taken = this.takeFault(service, method, rest);
    let lost: FaultStep | undefined;
    if (taken && (taken.kind === 'status' || taken.kind === 'reset') && taken.after) {
      lost = taken;
      entry.fault = `${taken.kind}-after`;
    }
    const fault = lost ? undefined : taken;
    if (fault) {
      entry.fault = fault.kind;
      if (fault.kind === 'reset') {
        finish(0);
        req.socket.destroy();
        return;
      }
      if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault.kind === 'status') {
        finish(fault.status);
        const payload = fault.body === undefined ? { message: `Simulated ${fault.status}` } : fault.body;
        res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) });
        res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
        return;
      }
      if (fault.kind === 'truncate') truncate = fault.bytes;
    }

    const segments = splitPath(rest).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    let response: SimResponse;
    try {
      const candidates = this.routes.filter((r) => r.service === service);
      let found: { route: Route; params: Record<string, string> } | undefined;
      let pathMatched = false;
      for (const route of candidates) {
        const params = matchRoute(route, segments);
        if (!params) continue;
        pathMatched = true;
        if (route.method === method || (method === 'HEAD' && route.method === 'GET')) {
          found = { route, params };
          break;
        }
      }
      if (!found) {
        throw pathMatched ? new SimError(405, 'Method Not Allowed') : new SimError(404, 'Not Found');
      }
      const auth = req.headers.authorization ?? '';
      const basic = /^basic\s+(.+)$/i.exec(auth);
      // Git-style clients send `Basic base64(x-access-token:<token>)`; the password is the token.
      const fromBasic = basic
        ? Buffer.from(basic[1], 'base64').toString('utf8').split(':').slice(1).join(':')
        : undefined;
      const m = fromBasic ? [auth, fromBasic] : /^(?:token|bearer)\s+(.+)$/i.exec(auth);
      const simReq: SimRequest = {
        service,
        method,
        path: rest,
        url,
        query: url.searchParams,
        params: found.params,
        headers: req.headers,
        body,
        token: m ? m[1].trim() : undefined,
        json() {
          try {
            return body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch {
            throw new SimError(400, 'Problems parsing JSON');
          }
        }
      };
      response = await found.route.handler(simReq);
    } catch (err) {
      if (err instanceof SimError) {
        response = {
          status: err.status,
          headers: err.headers,
          body: {
            message: err.message,
            documentation_url: 'https://docs.github.com/rest',
            status: String(err.status),
            ...err.extra
          }
        };
      } else throw err;
    }
    for (const observe of this.observers) {
      observe({
        service,
        method,
        path: rest,
        query: url.searchParams,
        requestHeaders: req.headers,
        requestBody: body,
        status: response.status,
        headers: response.headers ?? {},
        body: response.body
      });
    }
    if (lost?.kind === 'reset') {
      finish(0);
      req.socket.destroy();
      return;
    }
    if (lost?.kind === 'status') {
      finish(lost.status);
      const payload = lost.body === undefined ? { message: `Simulated ${lost.status}` } : lost.body;
      res.writeHead(lost.status, { 'content-type': 'application/json', ...(lost.headers ?? {}) });
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      return;
    }
    await this.send(res, response, method, truncate);
    finish(response.status);
  }

  private async send(
    res: ServerResponse,
    response: SimResponse,
    method: string,
    truncate?: number
  ): Promise<void> {
    const headers: Record<string, string | string[]> = { ...(response.headers ?? {}) };
    const lower = Object.fromEntries(Object.keys(headers).map((k) => [k.toLowerCase(), k]));
    let payload: Buffer | Readable | undefined;
    const b = response.body;
    if (b === undefined || b === null) payload = undefined;
    else if (b instanceof Readable) payload = b;
    else if (Buffer.isBuffer(b)) payload = b;
    else if (typeof b === 'string') payload = Buffer.from(b);
    else {
      payload = Buffer.from(JSON.stringify(b));
      if (!lower['content-type']) headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (Buffer.isBuffer(payload) && !lower['content-length'])
      headers['content-length'] = String(payload.length);
    res.writeHead(response.status, headers);
    if (method === 'HEAD' || payload === undefined) {
      res.end();
      return;
    }
    if (truncate !== undefined) {
      // Send fewer bytes than Content-Length promises, then drop the connection: an early close.
      const head = Buffer.isBuffer(payload)
        ? payload.subarray(0, truncate)
        : await firstBytes(payload, truncate);
      res.write(head);
      await new Promise((r) => setTimeout(r, 10));
      res.socket?.destroy();
      return;
    }
    if (Buffer.isBuffer(payload)) res.end(payload);
    else {
      // 'close' too: a client that stops reading (or drops the connection) must not leave this pending.
      await new Promise<void>((resolve, reject) => {
        res.on('close', () => {
          payload.destroy();
          resolve();
        });
        payload.on('error', reject);
        payload.pipe(res).on('finish', resolve);
      });
    }
  }
}

async function firstBytes(stream: Readable, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    chunks.push(c as Buffer);
    total += (c as Buffer).length;
    if (total >= n) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, n);
}

/** Serialises fault rules for the admin endpoint (`path` given as a regex source when it starts with `^`). */
export function faultFromJSON(json: {
  service?: Service;
  method?: string;
  path: string;
  steps: FaultStep[];
}): FaultRule {
  return { ...json, path: json.path.startsWith('^') ? new RegExp(json.path) : json.path };
}
