/**
 * The fault matrix: every action × every fault kind, through runAction() against the simulator's fault
 * plans. A scenario is one action run that succeeds on a healthy API; each cell injects one fault and
 * asserts the exit code, the outputs that matter, and the final simulator state, which must equal the
 * healthy run's (nothing half-written, nothing duplicated). The README's table is rendered from the
 * cell list here (test/faults/readme-table.test.ts keeps it in sync).
 */
import { expect } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FaultStep, Service } from '../../packages/sim/src/server.js';
import type { Simulator } from '../../packages/sim/src/index.js';
import { runAction, type RunResult } from '../harness/run-action.js';

/** One request of a scenario, as the simulator logs it (path below the service prefix). */
export interface Endpoint {
  /** Short name in the table: `release list`, `upload`. */
  label: string;
  service: Service;
  method: string;
  path: RegExp;
  /**
   * Requests to let through before the fault: a permission probe that reads the same path first
   * (core's preflightReads lists one release to check `contents: read`) must not take the fault.
   */
  passFirst?: number;
  /** The write answers 204 No Content: there is no body to cut, so it has no 'answer cut' cell. */
  noContent?: boolean;
}

export interface Scenario {
  /** Row name in the table: the action, or `action (variant)`. */
  name: string;
  action: string;
  /** A fresh simulator and workspace; `setup` may run the action once (a re-run scenario's first run). */
  start(): Promise<{ sim: Simulator; cwd?: string }>;
  setup?(ctx: CellContext): Promise<void>;
  inputs(ctx: CellContext): Record<string, string>;
  env?(ctx: CellContext): Record<string, string>;
  /** The read that matters most (502 burst, rate limits, reset, latency, never-clears). */
  keyRead: Endpoint;
  /** Every read whose answer is cut once. */
  reads: Endpoint[];
  /** Every write whose answer is lost (502 / reset / cut) after it landed. */
  writes: Endpoint[];
  /** Fault kinds that do not apply (e.g. GitHub's secondary limit on a crate registry). */
  skip?: CellKind[];
  /** The final state, free of ids and timestamps: compared with the healthy run's. */
  snapshot(ctx: CellContext): Promise<unknown>;
  /** Outputs that must equal the healthy run's. */
  outputs: string[];
  /** Further facts of a run (e.g. from its report file) that must equal the healthy run's. */
  facts?(result: RunResult): unknown;
  /** Checks the healthy run itself (so a scenario that does nothing cannot pass). */
  healthy(result: RunResult, state: unknown): void;
}

export interface CellContext {
  sim: Simulator;
  cwd?: string;
}

export type CellKind =
  | '502 burst'
  | '429 + Retry-After'
  | '403 secondary + Retry-After'
  | 'reset before handler'
  | '2.5 s latency'
  | 'never clears'
  | 're-run after success'
  | 'truncated read'
  | 'lost write (502)'
  | 'lost write (reset)'
  | 'truncated write answer';

export interface Cell {
  kind: CellKind;
  /** The endpoint it hits, for the per-endpoint kinds. */
  target?: Endpoint;
  title: string;
}

const KEY_KINDS: CellKind[] = [
  '502 burst',
  '429 + Retry-After',
  '403 secondary + Retry-After',
  'reset before handler',
  '2.5 s latency',
  'never clears'
];

/** Every cell of a scenario, in table order. */
export function cellsOf(s: Scenario): Cell[] {
  const skip = new Set(s.skip ?? []);
  const cells: Cell[] = [];
  for (const kind of KEY_KINDS)
    if (!skip.has(kind)) cells.push({ kind, target: s.keyRead, title: `${kind} on ${s.keyRead.label}` });
  for (const r of s.reads)
    if (!skip.has('truncated read'))
      cells.push({ kind: 'truncated read', target: r, title: `truncated read: ${r.label}` });
  for (const w of s.writes)
    for (const kind of ['lost write (502)', 'lost write (reset)', 'truncated write answer'] as CellKind[])
      if (!skip.has(kind) && !(kind === 'truncated write answer' && w.noContent))
        cells.push({ kind, target: w, title: `${kind}: ${w.label}` });
  if (!skip.has('re-run after success'))
    cells.push({ kind: 're-run after success', title: 're-run after success' });
  return cells;
}

const times = (n: number, step: FaultStep): FaultStep[] => Array.from({ length: n }, () => step);

function stepsFor(cell: Cell): FaultStep[] {
  switch (cell.kind) {
    case '502 burst':
      return times(2, { kind: 'status', status: 502 });
    case '429 + Retry-After':
      return [
        {
          kind: 'status',
          status: 429,
          headers: {
            'retry-after': '1',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-resource': 'core',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1)
          },
          body: { message: 'API rate limit exceeded.' }
        }
      ];
    case '403 secondary + Retry-After':
      return [
        {
          kind: 'status',
          status: 403,
          headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4999' },
          body: {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
          }
        }
      ];
    case 'reset before handler':
      return [{ kind: 'reset' }];
    case '2.5 s latency':
      return [{ kind: 'delay', ms: 2500 }];
    case 'never clears':
      return times(200, { kind: 'status', status: 502 });
    case 'truncated read':
      return [{ kind: 'truncate', bytes: 1 }];
    case 'lost write (502)':
      return [{ kind: 'status', status: 502, after: true }];
    case 'lost write (reset)':
      return [{ kind: 'reset', after: true }];
    case 'truncated write answer':
      return [{ kind: 'truncate', bytes: 1 }];
    default:
      return [];
  }
}

export interface CellOutcome {
  scenario: string;
  cell: string;
  kind: CellKind;
  code: number;
  /** Requests the simulator served during the measured run, per service. */
  requests: Record<string, number>;
  faultsHit: number;
}

export interface Baseline {
  code: number;
  outputs: Record<string, unknown>;
  state: unknown;
  requests: Record<string, number>;
}

async function execute(s: Scenario, ctx: CellContext): Promise<RunResult> {
  return runAction(s.action, {
    // Another build's dist/ (e.g. an older commit's, to see which cells it fails).
    ...(process.env.RELEASE_KIT_MATRIX_DIST
      ? { bundle: path.join(process.env.RELEASE_KIT_MATRIX_DIST, s.action, 'index.js') }
      : {}),
    cwd: ctx.cwd,
    inputs: s.inputs(ctx),
    env: { RELEASE_KIT_TIME_SCALE: '0.01', ...(s.env?.(ctx) ?? {}) },
    timeoutMs: 120_000
  });
}

function count(sim: Simulator, from: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of sim.server.log.slice(from)) out[e.service] = (out[e.service] ?? 0) + 1;
  return out;
}

function pick(s: Scenario, r: RunResult): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(s.outputs.map((k) => [k, r.outputs[k]]));
  if (s.facts) out.facts = s.facts(r);
  return out;
}

/** The healthy run: what every cell must end with. */
export async function runBaseline(s: Scenario): Promise<Baseline> {
  const { sim, cwd } = await s.start();
  try {
    const ctx = { sim, cwd };
    await s.setup?.(ctx);
    const from = sim.server.log.length;
    const r = await execute(s, ctx);
    if (r.code !== 0) throw new Error(`${s.name}: the healthy run failed (exit ${r.code}).\n${r.log}`);
    const state = await s.snapshot(ctx);
    s.healthy(r, state);
    return { code: r.code, outputs: pick(s, r), state, requests: count(sim, from) };
  } finally {
    await sim.stop();
  }
}

/** Runs one cell and asserts it; returns what it measured. */
export async function runCell(s: Scenario, cell: Cell, baseline: Baseline): Promise<CellOutcome> {
  const { sim, cwd } = await s.start();
  try {
    const ctx = { sim, cwd };
    await s.setup?.(ctx);
    const from = sim.server.log.length;
    if (cell.target)
      sim.server.addFault({
        service: cell.target.service,
        method: cell.target.method,
        path: cell.target.path,
        steps: [...times(cell.target.passFirst ?? 0, { kind: 'pass' }), ...stepsFor(cell)]
      });
    const r = await execute(s, ctx);
    const faultsHit = sim.server.log.slice(from).filter((e) => e.fault && e.fault !== 'pass').length;
    const detail = `${s.name} × ${cell.title}: exit ${r.code}\n${r.log.slice(-3000)}`;
    if (cell.target && faultsHit === 0)
      throw new Error(`the fault was never hit (wrong endpoint?): ${detail}`);

    if (cell.kind === 'never clears') {
      // Fails, naming the request, after a bounded number of attempts (no endless retrying).
      expect({ code: r.code, detail }).toEqual({ code: 1, detail });
      const t = cell.target!;
      const attempts = sim.server
        .requests({ service: t.service, method: t.method, path: t.path })
        .filter((e) => e.fault === 'status').length;
      expect(attempts).toBeGreaterThanOrEqual(2);
      expect(attempts).toBeLessThanOrEqual(t.service === 'github' || t.service === 'uploads' ? 4 : 5);
      const errors = r.annotations
        .filter((a) => a.level === 'error')
        .map((a) => a.message)
        .join('\n');
      expect(errors).toMatch(
        t.service === 'github'
          ? /(GET|POST|PUT|PATCH) \/\S+ .*failed: 502 Bad Gateway after 4 attempts/
          : /GET https?:\/\/\S+/
      );
    } else {
      expect({ code: r.code, detail }).toEqual({ code: baseline.code, detail });
      expect(pick(s, r)).toEqual(baseline.outputs);
      const from2 = sim.server.log.length;
      if (cell.kind === 're-run after success') {
        const again = await execute(s, ctx);
        expect({ code: again.code, log: again.log.slice(-2000) }).toEqual({
          code: baseline.code,
          log: again.log.slice(-2000)
        });
        // The re-run changes nothing on GitHub: no write lands (a refused create, e.g. a 422 for a branch
        // that exists, is fine; npm's audit endpoint is a POST that reads).
        const landed = sim.server.log
          .slice(from2)
          .filter(
            (e) =>
              (e.service === 'github' || e.service === 'uploads') &&
              e.method !== 'GET' &&
              e.method !== 'HEAD' &&
              e.status >= 200 &&
              e.status < 300
          );
        expect(landed.map((e) => `${e.method} ${e.path}`)).toEqual([]);
      }
      expect(await s.snapshot(ctx)).toEqual(baseline.state);
    }
    const outcome: CellOutcome = {
      scenario: s.name,
      cell: cell.title,
      kind: cell.kind,
      code: r.code,
      requests: count(sim, from),
      faultsHit
    };
    record(outcome);
    return outcome;
  } finally {
    await sim.stop();
  }
}

/** Where measured request counts go (outside the repository: they are for reports, not for CI). */
export const RESULTS_DIR =
  process.env.RELEASE_KIT_FAULT_MATRIX_DIR ?? path.join(os.tmpdir(), 'release-kit-fault-matrix');

function record(outcome: CellOutcome): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${outcome.scenario.replace(/[^a-z0-9-]+/gi, '_')}.jsonl`);
  writeFileSync(file, JSON.stringify(outcome) + '\n', { flag: 'a' });
}
