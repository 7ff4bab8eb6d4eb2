import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { OpenApiValidator, type ValidationProblem } from './openapi-validator.js';

/** One validator per test file: the spec parses once (about 0.2 s) and compiled schemas are reused. */
let validator: OpenApiValidator | undefined;
export function specValidator(): OpenApiValidator {
  return (validator ??= new OpenApiValidator());
}

export const RetryingOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof RetryingOctokit>;

export interface ValidatedSim {
  sim: Simulator;
  problems: ValidationProblem[];
  validated: Map<string, number>;
  /** An Octokit (retry + throttling, as the actions use) for a token. */
  client(token: string, opts?: { retries?: number; onRateLimit?: () => boolean }): Client;
  stop(): Promise<void>;
}

/** The users, tokens and repositories most fidelity tests share. */
export const SEED = {
  github: {
    users: [
      { login: 'octo-org', type: 'Organization', members: { alice: 'admin', bob: 'member' } },
      { login: 'alice', name: 'Alice', email: 'alice@example.com' }
    ],
    tokens: [
      { token: 'tok-alice', login: 'alice' },
      { token: 'tok-bob', login: 'bob' },
      { token: 'tok-reader', login: 'rita' },
      { token: 'tok-stranger', login: 'sam' },
      {
        token: 'tok-ci',
        login: 'github-actions[bot]',
        kind: 'integration',
        repositories: ['octo-org/widget'],
        permissions: {
          contents: 'write',
          issues: 'write',
          pull_requests: 'write',
          checks: 'write',
          statuses: 'write',
          actions: 'read',
          metadata: 'read'
        }
      },
      {
        token: 'tok-ci-read',
        login: 'github-actions[bot]',
        kind: 'integration',
        repositories: ['octo-org/widget'],
        permissions: { contents: 'read', metadata: 'read' }
      }
    ],
    teams: [
      {
        org: 'octo-org',
        slug: 'release-managers',
        members: { carol: 'maintainer' },
        repos: { 'octo-org/widget': 'maintain' }
      }
    ],
    repos: [
      {
        owner: 'octo-org',
        name: 'widget',
        collaborators: { rita: 'read', bob: 'write' },
        files: {
          'README.md': '# widget\n',
          'Formula/widget.rb': 'class Widget < Formula\n  version "1.0.0"\nend\n'
        }
      },
      { owner: 'octo-org', name: 'secret', private: true },
      { owner: 'octo-org', name: 'locked', immutable_releases: true }
    ]
  }
};

const immediateGroup = {
  key: () => ({
    schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => fn(...args))
  })
} as never;

export async function startValidatedSim(state: object = SEED): Promise<ValidatedSim> {
  const sim = await startSimulator({ state: structuredClone(state) as never });
  const { problems, validated, stop } = specValidator().watch(sim.server);
  return {
    sim,
    problems,
    validated,
    client(token, opts = {}) {
      return new RetryingOctokit({
        auth: token,
        baseUrl: sim.urls.github,
        request: { retries: opts.retries ?? 3, retryAfter: 0 },
        retry: { retryAfterBaseValue: 5, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: {
          // No spacing between writes here: the duck-typed group replaces Bottleneck's 1 s minTime.
          write: immediateGroup,
          notifications: immediateGroup,
          onRateLimit: opts.onRateLimit ?? (() => true),
          onSecondaryRateLimit: opts.onRateLimit ?? (() => true),
          retryAfterBaseValue: 10
        },
        log: { debug() {}, info() {}, warn() {}, error() {} }
      });
    },
    async stop() {
      stop();
      await sim.stop();
    }
  };
}

/** Fails with every schema problem the simulator produced, formatted for reading. */
export function expectConforming(problems: ValidationProblem[]): void {
  if (problems.length)
    throw new Error(`OpenAPI drift:\n${problems.map((p) => `- ${p.where}: ${p.error}`).join('\n')}`);
}
