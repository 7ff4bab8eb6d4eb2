import { spawn } from 'node:child_process';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { ROOT } from '../harness/run-action.js';
import { assertBundleFresh } from '../../scripts/bundle-stamp.mjs';

// The demo runs the committed bundles: refused when any is older than its sources.
beforeAll(() => {
  for (const name of ['cli', ...readdirSync(path.join(ROOT, 'actions'))]) assertBundleFresh(ROOT, name);
});

// `npm start` is `node dist/cli/index.js demo`: the committed bundles, the embedded simulator, two rehearsals.
function demo(): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'demo'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME! },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - started }));
  });
}

/**
 * Ports, temp dirs, timings (step durations, crates-verify's measured propagation wait) and GitHub's
 * random `untagged-…` draft URLs vary by run; nothing else may.
 */
function normalise(out: string): string {
  return out
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')
    .replace(/\/tmp\/release-kit-demo-[^/\s]+/g, '/tmp/DEMO')
    .replace(/untagged-[0-9a-f]+/g, 'untagged-X')
    .replace(/in \d+\.\d s/g, 'in N s')
    .replace(/ \d+(?:\.\d+)?s$/gm, ' Ns')
    .replace(/\d+ steps in \d+\.\d s/g, 'N steps in N s');
}

test('the rehearsal ships the good release and aborts the broken replay, deterministically', async () => {
  const [first, second] = await Promise.all([demo(), demo()]);
  console.log(`release-kit demo took ${first.ms} ms and ${second.ms} ms (two runs side by side)`);
  expect(first.code).toBe(0);
  expect(first.out).toMatch(/^v1\.4\.0: SHIP IT/m);
  expect(first.out).toMatch(/^v1\.4\.1: ABORT/m);
  for (const action of [
    'sha256sums',
    'sbom-attach',
    'verify-release-assets',
    'crates-verify',
    'homebrew-bump',
    'qe-signoff-gate',
    ...(process.platform === 'win32' ? [] : ['release-smoke'])
  ]) {
    expect(first.out).toContain(`(${action})`);
  }
  // The order a tag-triggered release runs in.
  const order = [
    '(sha256sums)',
    'Upload the binaries',
    '(sbom-attach)',
    '(verify-release-assets)',
    '(crates-verify)',
    '(homebrew-bump)',
    '(qe-signoff-gate)'
  ];
  const positions = order.map((o) => first.out.indexOf(o));
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // The ABORT names its reasons: the missing platform binary and the open P0.
  const replay = first.out.slice(first.out.indexOf('Release v1.4.1'));
  expect(replay).toMatch(/asset-missing: .*caro-1\.4\.1-macos-intel/);
  expect(replay).toMatch(/p0-open: .*Data loss/);
  // It ends with the plan that would withdraw the published release in favour of the previous one.
  const rollback = first.out.slice(first.out.indexOf('the rollback plan'));
  expect(rollback).toMatch(/\(release-rollback\)/);
  expect(rollback).toMatch(/Roll back v1\.4\.0 — plan only/);
  expect(rollback).toMatch(/replacement v1\.3\.0/);
  expect(rollback).toMatch(/^\s*latest\s.*latest: v1\.4\.0\s+latest: v1\.3\.0\s.*update/m);
  expect(rollback).toMatch(/^\s*crate\s+caro 1\.4\.0\s+not yanked\s+yanked\s.*update/m);
  expect(rollback).toMatch(/Nothing was written\./);
  expect(first.out).toMatch(/^rollback of v1\.4\.0: planned/m);
  // The smoke step installs this machine's build from the draft and runs it: the replay's is stale.
  if (process.platform !== 'win32')
    expect(replay).toMatch(
      /step-failed: Earlier release-kit step release-smoke \((unexpected-output: .* --version prints no "1\.4\.1" \(it printed "caro 1\.3\.0"\)|asset-missing: )/
    );
  expect(first.out).not.toContain('::add-mask::');
  expect(normalise(second.out)).toBe(normalise(first.out));
}, 120_000);
