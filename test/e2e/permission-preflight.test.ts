/**
 * An installation token (GITHUB_TOKEN) whose job's `permissions:` leaves a scope out gets GitHub's 403
 * "Resource not accessible by integration" even for a read of a private repository. The actions that
 * read such a scope name the missing `permissions:` entry before their work starts (core's
 * preflightReads), instead of failing later on a bare 403.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { runAction } from '../harness/run-action.js';
import { writeLockedProject } from '../sim/npm-helpers.js';

const OWNER = 'octo-org';
const REPO = 'tool';
const NO_ISSUES = 'ghs_job_without_issues';
const NO_CONTENTS = 'ghs_job_without_contents';
const NO_PULLS = 'ghs_job_without_pull_requests';
const TAP = 'homebrew-tap';
let sim: Simulator;

const installation = (token: string, permissions: Record<string, string>) => ({
  token,
  login: 'github-actions[bot]',
  kind: 'integration',
  repositories: [`${OWNER}/${REPO}`, `${OWNER}/${TAP}`],
  permissions: { metadata: 'read', ...permissions }
});

beforeAll(async () => {
  sim = await startSimulator({
    state: {
      github: {
        tokens: [
          installation(NO_ISSUES, { contents: 'write' }),
          installation(NO_CONTENTS, { issues: 'write' }),
          // An App token for the tap: contents and issues, but the rollback goes by pull request.
          installation(NO_PULLS, { contents: 'write', issues: 'write' })
        ],
        repos: [
          {
            owner: OWNER,
            name: REPO,
            private: true,
            releases: [
              { tag_name: 'v1.2.0', published_at: '2026-02-01T00:00:00Z' },
              { tag_name: 'v1.3.0', published_at: '2026-03-01T00:00:00Z' }
            ]
          },
          {
            owner: OWNER,
            name: TAP,
            private: true,
            files: { 'Formula/jet.rb': 'class Jet < Formula\nend\n' }
          }
        ]
      }
    } as never
  });
});
afterAll(() => sim?.stop());

const errorsOf = (r: { annotations: { level: string; message: string }[] }) =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

describe('a missing permissions: entry is named before the work starts', () => {
  test('dependency-watch without issues: names `issues: write`, and no audit runs', async () => {
    const cwd = writeLockedProject(sim.urls.npm, { minimist: '1.2.5' });
    writeFileSync(path.join(cwd, '.npmrc'), `registry=${sim.urls.npm}/\n`);
    const from = sim.server.log.length;
    const r = await runAction('dependency-watch', {
      cwd,
      inputs: { token: NO_ISSUES, repository: `${OWNER}/${REPO}` },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toMatch(
      /cannot read issues of octo-org\/tool \(403: Resource not accessible by integration\)\. For GITHUB_TOKEN, add `issues: write` to the job's `permissions:`/
    );
    const served = sim.server.log.slice(from);
    // GitHub did answer 403 (the probe), and the audit never reached the registry.
    expect(served.filter((e) => e.service === 'github' && e.status === 403).length).toBeGreaterThan(0);
    expect(served.filter((e) => e.service === 'npm')).toEqual([]);
    expect(sim.gh.repo(OWNER, REPO).issues).toEqual([]);
  });

  test('verify-release-assets without contents: names `contents: read`', async () => {
    const r = await runAction('verify-release-assets', {
      inputs: {
        token: NO_CONTENTS,
        repository: `${OWNER}/${REPO}`,
        tag: 'v1.3.0',
        expected: 'tool-{version}.tar.gz'
      },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toMatch(/For GITHUB_TOKEN, add `contents: read` to the job's `permissions:`/);
  });

  test('release-rollback (execute) without issues: names `issues: write` and writes nothing', async () => {
    const from = sim.server.log.length;
    const r = await runAction('release-rollback', {
      inputs: {
        token: NO_ISSUES,
        repository: `${OWNER}/${REPO}`,
        tag: 'v1.3.0',
        reason: 'crashes on start',
        execute: 'true'
      },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toMatch(/For GITHUB_TOKEN, add `issues: write` to the job's `permissions:`/);
    const writes = sim.server.log.slice(from).filter((e) => e.method !== 'GET' && e.method !== 'HEAD');
    expect(writes).toEqual([]);
    expect(sim.gh.repo(OWNER, REPO).releases.map((x) => x.body)).toEqual([null, null]);
  });

  test('release-rollback (execute) whose tap token lacks pull-requests: refused before any write', async () => {
    const from = sim.server.log.length;
    const r = await runAction('release-rollback', {
      inputs: {
        token: NO_PULLS,
        repository: `${OWNER}/${REPO}`,
        tag: 'v1.3.0',
        reason: 'crashes on start',
        execute: 'true',
        tap: `${OWNER}/${TAP}`,
        formula: 'jet'
      },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toMatch(
      /execution refused, nothing was written: tap .*cannot read pull-requests of octo-org\/homebrew-tap .*add `pull-requests: write` to the job's `permissions:`/s
    );
    const writes = sim.server.log.slice(from).filter((e) => e.method !== 'GET' && e.method !== 'HEAD');
    expect(writes).toEqual([]);
    expect(sim.gh.repo(OWNER, REPO).releases.map((x) => x.body)).toEqual([null, null]);
  });
});
