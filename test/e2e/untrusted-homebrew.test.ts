/**
 * End to end (dist/homebrew-bump against the simulated tap): pull-request mode never commits to the base
 * branch, and the pull request body shows the formula's own lines (which tap contributors write) inside
 * a fence they cannot close, with no live HTML or mention. Build first:
 * node scripts/build.mjs --only homebrew-bump
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Simulator } from '../../packages/sim/src/index.js';
import { ROOT, runAction } from '../harness/run-action.js';
import {
  admin,
  fileAt,
  githubRequests,
  startTapSimulator,
  TAP,
  TOKENS
} from '../actions/homebrew-bump/sim-tap.js';
import { liveHtml, outsideCode } from './untrusted-checks.js';

const ENV = { RELEASE_KIT_TIME_SCALE: '0.01' };
const OLD_SHA = 'a'.repeat(64);
const NEW_SHA = 'b'.repeat(64);
const FENCE_FORMULA = `class Fence < Formula
  desc "Fence test"
  homepage "https://example.org/fence"
  url "https://example.org/fence-1.2.3.tar.gz"
  def caveats
    <<~EOS
\`\`\`
</details><img src=https://evil.example/p.png> @octo-org/admins
    EOS
  end
  sha256 "${OLD_SHA}"
  license "MIT"
end
`;

let sim: Simulator;
beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/homebrew-bump/index.js')))
    throw new Error(
      'dist/homebrew-bump/index.js is missing: run node scripts/build.mjs --only homebrew-bump first.'
    );
  sim = await startTapSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

const api = (inputs: Record<string, string>) =>
  runAction('homebrew-bump', {
    inputs: { tap: TAP, token: TOKENS.maintainer, ...inputs },
    env: { ...ENV, GITHUB_API_URL: sim.urls.github }
  });

describe('homebrew-bump, pull-request mode', () => {
  test('refuses a branch equal to the base branch, before any write', async () => {
    const before = await fileAt(sim, TAP, 'Formula/jet.rb', 'main');
    const requests = githubRequests(sim).length;
    const r = await api({ formula: 'jet', version: '1.3.0', sha256: NEW_SHA, branch: 'main' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input 'branch': "main" is the base branch of octo-org\/homebrew-tap/
    );
    expect(
      githubRequests(sim)
        .slice(requests)
        .filter((q) => q.method !== 'GET')
    ).toEqual([]);
    expect(await fileAt(sim, TAP, 'Formula/jet.rb', 'main')).toBe(before);
  });

  test("the body's diff fence cannot be closed by a formula line; no HTML, no mention", async () => {
    await admin(sim, 'PUT', `/repos/${TAP}/contents/Formula/fence.rb`, {
      message: 'Add fence',
      content: Buffer.from(FENCE_FORMULA).toString('base64')
    });
    const r = await api({ formula: 'fence', version: '1.3.0', sha256: NEW_SHA });
    expect(r.code).toBe(0);
    const pull = await admin(sim, 'GET', `/repos/${TAP}/pulls/${r.outputs['pull-request-number']}`);
    const body: string = pull.body;
    expect(body).toContain('evil.example/p.png'); // the formula line is shown …
    expect(liveHtml(body)).toEqual([]); // … as text
    expect(outsideCode(body)).not.toMatch(/@octo-org\/admins/);
    expect(body.length).toBeLessThan(65_536);
  });
});
