import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CircuitBreaker, CircuitOpenError, type CircuitChange } from '#core/circuit-breaker.js';
import {
  backoffDelay,
  download,
  HttpError,
  parseRetryAfter,
  request,
  requestStream,
  resetCircuitBreakers,
  TruncatedBodyError
} from '#core/http.js';
import { USER_AGENT } from '#core/version.js';
import { SimServer } from '../../packages/sim/src/server.js';

process.env.RELEASE_KIT_TIME_SCALE = '0.01';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
let handlers: Handler[] = [];
let seen: { method: string; url: string; headers: http.IncomingHttpHeaders }[] = [];
let server: http.Server;
let base: string;

/** Queues handlers: each request takes the next; the last one repeats. */
function serve(...hs: Handler[]): void {
  handlers = hs;
}

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    const h = handlers.length > 1 ? handlers.shift()! : handlers[0];
    h(req, res, body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  seen = [];
  resetCircuitBreakers();
});

const quiet = { onRetry: () => undefined, onCircuitChange: () => undefined };
const text =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_q, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers });
    res.end(body);
  };

describe('request', () => {
  it('sends the release-kit User-Agent and returns status, headers and text', async () => {
    serve(text(200, '{"a":1}', { etag: '"v1"' }));
    const res = await request(`${base}/x`, { ...quiet, headers: { Accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ a: 1 });
    expect(res.headers.etag).toBe('"v1"');
    expect(seen[0].headers['user-agent']).toBe(USER_AGENT);
    expect(seen[0].headers.accept).toBe('application/json');
  });

  it('passes If-None-Match and returns a 304 as is', async () => {
    serve((req, res) => {
      res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 200);
      res.end();
    });
    const res = await request(`${base}/x`, { ...quiet, headers: { 'If-None-Match': '"v1"' } });
    expect(res.status).toBe(304);
    expect(seen).toHaveLength(1);
  });

  it('accepts a HEAD answer whose Content-Length describes a body it does not send', async () => {
    serve((_q, res) => res.writeHead(200, { 'content-length': '12345' }).end());
    const res = await request(`${base}/x`, { ...quiet, method: 'HEAD' });
    expect(res).toMatchObject({ status: 200, text: '' });
    expect(seen).toHaveLength(1);
  });

  it('returns 4xx without retrying', async () => {
    serve(text(404, 'no such crate'));
    const res = await request(`${base}/x`, quiet);
    expect(res.status).toBe(404);
    expect(res.text).toBe('no such crate');
    expect(seen).toHaveLength(1);
  });

  it('retries 5xx and succeeds', async () => {
    serve(text(502, 'bad gateway'), text(503, 'down'), text(200, 'ok'));
    const retries: number[] = [];
    const res = await request(`${base}/x`, { ...quiet, onRetry: (i) => retries.push(i.attempt) });
    expect(res.text).toBe('ok');
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after the retry budget with an HttpError naming the status and attempts', async () => {
    serve(text(500, 'boom'));
    const err = await request(`${base}/x`, { ...quiet, retries: 2, breaker: false }).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(500);
    expect(err.message).toMatch(/answered 500: boom.*gave up after 3 attempts/);
    expect(seen).toHaveLength(3);
  });

  it('honours Retry-After in seconds and as an HTTP date (scaled)', async () => {
    serve(
      text(429, 'slow down', { 'retry-after': '2' }),
      text(503, 'x', { 'retry-after': new Date(Date.now() + 3000).toUTCString() }),
      text(200, 'ok')
    );
    const waits: number[] = [];
    const res = await request(`${base}/x`, { ...quiet, onRetry: (i) => waits.push(i.waitMs) });
    expect(res.text).toBe('ok');
    expect(waits[0]).toBe(2000);
    expect(waits[1]).toBeGreaterThan(500);
    expect(waits[1]).toBeLessThanOrEqual(3000);
  });

  it('fails at once on a Retry-After longer than allowed', async () => {
    serve(text(429, 'later', { 'retry-after': '3600' }));
    await expect(request(`${base}/x`, { ...quiet, maxRetryAfterMs: 60_000 })).rejects.toThrow(
      /Retry-After 3600s is longer/
    );
    expect(seen).toHaveLength(1);
  });

  it('times out a silent server per attempt and retries', async () => {
    serve(() => undefined, text(200, 'late but fine'));
    const reasons: string[] = [];
    const res = await request(`${base}/x`, {
      ...quiet,
      timeoutMs: 100,
      onRetry: (i) => reasons.push(i.reason)
    });
    expect(res.text).toBe('late but fine');
    expect(reasons[0]).toMatch(/within 100 ms|sent nothing/);
  });

  it('retries a connection refused, then gives up with a network HttpError', async () => {
    const err = await request('http://127.0.0.1:1/x', { ...quiet, retries: 1, breaker: false }).catch(
      (e) => e
    );
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBeUndefined();
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.message).toMatch(/gave up after 2 attempts/);
  });

  it('refuses unsupported schemes', async () => {
    await expect(request('ftp://example.invalid/x', quiet)).rejects.toThrow(/Unsupported URL scheme/);
  });

  it('refuses a body larger than maxBytes', async () => {
    serve(text(200, 'x'.repeat(100)));
    await expect(request(`${base}/x`, { ...quiet, maxBytes: 10 })).rejects.toThrow(/larger than 10 bytes/);
  });
});

describe('redirects', () => {
  it.each([301, 302, 307, 308])('follows %i keeping a GET a GET', async (status) => {
    serve((_q, res) => res.writeHead(status, { location: '/final' }).end(), text(200, 'here'));
    const res = await request(`${base}/start`, quiet);
    expect(res.text).toBe('here');
    expect(res.url).toBe(`${base}/final`);
    expect(seen.map((s) => s.method)).toEqual(['GET', 'GET']);
  });

  it('turns a POST into a GET on 303 and keeps it on 307', async () => {
    serve(
      (_q, res) => res.writeHead(303, { location: '/see' }).end(),
      (_q, res, body) => text(200, `${_q.method} ${body}`)(_q, res, body)
    );
    expect((await request(`${base}/a`, { ...quiet, method: 'POST', body: 'payload' })).text).toBe('GET ');
    seen = [];
    serve(
      (_q, res) => res.writeHead(307, { location: '/again' }).end(),
      (q, res, body) => text(200, `${q.method} ${body}`)(q, res, body)
    );
    expect((await request(`${base}/a`, { ...quiet, method: 'POST', body: 'payload' })).text).toBe(
      'POST payload'
    );
  });

  it('drops credentials on a redirect to another origin', async () => {
    const other = `http://localhost:${(server.address() as AddressInfo).port}`;
    serve((_q, res) => res.writeHead(302, { location: `${other}/cdn` }).end(), text(200, 'cdn'));
    await request(`${base}/a`, { ...quiet, headers: { Authorization: 'Bearer secret' } });
    expect(seen[0].headers.authorization).toBe('Bearer secret');
    expect(seen[1].headers.authorization).toBeUndefined();
  });

  it('stops a redirect loop', async () => {
    serve((_q, res) => res.writeHead(302, { location: '/loop' }).end());
    await expect(request(`${base}/loop`, { ...quiet, maxRedirects: 3 })).rejects.toThrow(
      /Too many redirects/
    );
    expect(seen).toHaveLength(4);
  });
});

describe('truncated bodies', () => {
  const truncating: Handler = (_q, res) => {
    res.writeHead(200, { 'content-length': '100' });
    res.write('x'.repeat(40));
    setTimeout(() => res.socket?.destroy(), 10);
  };

  it('retries a body cut short and accepts only the complete one', async () => {
    serve(truncating, text(200, 'y'.repeat(100)));
    const reasons: string[] = [];
    const res = await request(`${base}/x`, { ...quiet, onRetry: (i) => reasons.push(i.reason) });
    expect(res.text).toBe('y'.repeat(100));
    expect(reasons[0]).toMatch(/cut short: 40 bytes received of 100/);
  });

  it('fails when every attempt is truncated', async () => {
    serve(truncating);
    const err = await request(`${base}/x`, { ...quiet, retries: 1, breaker: false }).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toMatch(/cut short.*gave up after 2 attempts/);
  });

  it('makes a streamed body error instead of ending quietly', async () => {
    serve(truncating);
    const res = await requestStream(`${base}/x`, quiet);
    expect(res.status).toBe(200);
    const read = async () => {
      for await (const _ of res.body) void _;
    };
    await expect(read()).rejects.toBeInstanceOf(TruncatedBodyError);
  });

  it('detects a chunked body that ends without its last chunk', async () => {
    serve(
      (_q, res) => {
        res.writeHead(200);
        res.write('partial');
        setTimeout(() => res.socket?.destroy(), 10);
      },
      text(200, 'whole')
    );
    expect((await request(`${base}/x`, quiet)).text).toBe('whole');
  });
});

describe('download', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'rk-http-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const payload = Buffer.alloc(300_000, 7);
  const sha = createHash('sha256').update(payload).digest('hex');

  it('streams to a file and hashes at once', async () => {
    serve((_q, res) => res.writeHead(200, { 'content-length': String(payload.length) }).end(payload));
    const file = path.join(dir, 'a.bin');
    const res = await download(`${base}/a`, { ...quiet, toFile: file, hash: ['sha256', 'sha512'] });
    expect(res).toMatchObject({ status: 200, size: payload.length, notModified: false, path: file });
    expect(res.hashes.sha256).toBe(sha);
    expect(res.hashes.sha512).toBe(createHash('sha512').update(payload).digest('hex'));
    expect(readFileSync(file).equals(payload)).toBe(true);
  });

  it('hashes without a file', async () => {
    serve((_q, res) => res.writeHead(200).end(payload));
    expect((await download(`${base}/a`, { ...quiet, hash: 'sha256' })).hashes).toEqual({ sha256: sha });
  });

  it('downloads again after a truncation and never leaves a partial file', async () => {
    const file = path.join(dir, 'b.bin');
    serve(
      (_q, res) => {
        res.writeHead(200, { 'content-length': String(payload.length) });
        res.write(payload.subarray(0, 1000));
        setTimeout(() => res.socket?.destroy(), 10);
      },
      (_q, res) => res.writeHead(200, { 'content-length': String(payload.length) }).end(payload)
    );
    const res = await download(`${base}/b`, { ...quiet, toFile: file, hash: 'sha256' });
    expect(res.hashes.sha256).toBe(sha);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('leaves no file at all when every attempt is truncated', async () => {
    const file = path.join(dir, 'c.bin');
    serve((_q, res) => {
      res.writeHead(200, { 'content-length': '5000' });
      res.write('abc');
      setTimeout(() => res.socket?.destroy(), 10);
    });
    await expect(
      download(`${base}/c`, { ...quiet, toFile: file, retries: 1, breaker: false })
    ).rejects.toThrow(/cut short/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('c.bin'))).toEqual([]);
  });

  it('returns notModified for a 304 and throws for a 404', async () => {
    serve((_q, res) => res.writeHead(304).end());
    expect(
      await download(`${base}/d`, {
        ...quiet,
        headers: { 'if-none-match': '"x"' },
        toFile: path.join(dir, 'd')
      })
    ).toMatchObject({ notModified: true, size: 0 });
    expect(existsSync(path.join(dir, 'd'))).toBe(false);
    serve(text(404, 'gone'));
    await expect(download(`${base}/e`, quiet)).rejects.toMatchObject({ status: 404 });
  });

  it('works against the simulator fault plans (reset, truncate, status)', async () => {
    const sim = new SimServer();
    sim.route('downloads', 'GET', '/file.bin', () => ({
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: payload
    }));
    await sim.listen();
    try {
      sim.addFault({
        service: 'downloads',
        path: '/file.bin',
        steps: [
          { kind: 'reset' },
          { kind: 'truncate', bytes: 500 },
          { kind: 'status', status: 503 },
          { kind: 'pass' }
        ]
      });
      const reasons: string[] = [];
      const res = await download(`${sim.url('downloads')}/file.bin`, {
        ...quiet,
        hash: 'sha256',
        onRetry: (i) => reasons.push(i.reason)
      });
      expect(res.hashes.sha256).toBe(sha);
      expect(reasons).toHaveLength(3);
      expect(reasons[1]).toMatch(/cut short/);
      expect(reasons[2]).toBe('HTTP 503');
      expect(sim.requests({ service: 'downloads' })).toHaveLength(4);
    } finally {
      await sim.close();
    }
  });
});

describe('circuit breaker', () => {
  it('opens after N consecutive failures, fails fast, half-opens after the cool-down, closes on success', async () => {
    const changes: CircuitChange[] = [];
    const options = {
      onRetry: () => undefined,
      onCircuitChange: (c: CircuitChange) => changes.push(c),
      breaker: { failureThreshold: 3, cooldownMs: 20_000 }
    };
    serve(text(503, 'down'));
    await expect(request(`${base}/x`, { ...options, retries: 2 })).rejects.toThrow(
      /gave up after 3 attempts/
    );
    expect(changes.map((c) => `${c.from}>${c.to}`)).toEqual(['closed>open']);
    expect(changes[0].failures).toBe(3);

    const before = seen.length;
    await expect(request(`${base}/x`, options)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(seen.length).toBe(before); // refused without a request

    await new Promise((r) => setTimeout(r, 250)); // 20 s × 0.01
    serve(text(200, 'back'));
    expect((await request(`${base}/x`, options)).text).toBe('back');
    expect(changes.map((c) => `${c.from}>${c.to}`)).toEqual([
      'closed>open',
      'open>half-open',
      'half-open>closed'
    ]);
  });

  it('opens again when the half-open trial fails', () => {
    const b = new CircuitBreaker('h', { failureThreshold: 2, cooldownMs: 1000 });
    b.failure(0);
    expect(b.failure(0)).toMatchObject({ to: 'open' });
    expect(() => b.acquire(1)).toThrow(CircuitOpenError);
    const scale = Number(process.env.RELEASE_KIT_TIME_SCALE);
    expect(b.acquire(1000 * scale + 1)).toMatchObject({ from: 'open', to: 'half-open' });
    expect(() => b.acquire(1000 * scale + 2)).toThrow(/circuit breaker is open/); // one trial at a time
    expect(b.failure(1000 * scale + 3)).toMatchObject({ from: 'half-open', to: 'open' });
    expect(b.state).toBe('open');
  });

  it('does not count 429 or 4xx as failures of the host', async () => {
    const changes: CircuitChange[] = [];
    serve(text(404, 'no'));
    for (let i = 0; i < 4; i++)
      await request(`${base}/x`, {
        onCircuitChange: (c) => changes.push(c),
        breaker: { failureThreshold: 2 }
      });
    serve(
      text(429, 'pace', { 'retry-after': '0' }),
      text(429, 'pace', { 'retry-after': '0' }),
      text(200, 'ok')
    );
    await request(`${base}/x`, {
      onRetry: () => undefined,
      onCircuitChange: (c) => changes.push(c),
      breaker: { failureThreshold: 2 }
    });
    expect(changes).toEqual([]);
  });
});

describe('helpers', () => {
  it('parses Retry-After', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(new Date(1_000).toUTCString(), 4_000)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelay(0, 500, 30_000, () => 1)).toBe(500);
    expect(backoffDelay(3, 500, 30_000, () => 1)).toBe(4000);
    expect(backoffDelay(10, 500, 30_000, () => 1)).toBe(30_000);
    expect(backoffDelay(3, 500, 30_000, () => 0)).toBe(0);
    expect(backoffDelay(3, 500, 30_000, () => 0.5)).toBe(2000);
  });
});
