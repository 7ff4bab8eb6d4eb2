import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../../sim/src/index.js';
import { encodePublishBody } from '../../../sim/src/crates/publish-request.js';
import { createGitHubClient, type GitHubClient } from '#core/github.js';
import { findRelease, uploadAsset } from '#core/release.js';
import { PROJECT, SOURCE_DATE_EPOCH, TOKENS, cargoToml, simulatorState, writeProject } from './scenario.js';
import { SMOKE_TARGETS, ownSmokeTarget, runnerVariables, writeSmokeBinary } from './smoke.js';
import { runStep, type StepRun } from './steps.js';

const repo = { owner: PROJECT.owner, repo: PROJECT.repo };
const EXPECTED = [
  'caro-{version}-{target}',
  'caro-{version}-{target}.sha256',
  'SHA256SUMS.txt',
  'caro-{version}.spdx.json',
  'caro-{version}.cdx.json'
];

function say(line = ''): void {
  process.stdout.write(line + '\n');
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

interface Rehearsal {
  version: string;
  broken: boolean;
  steps: StepRun[];
  decision?: string;
}

async function commitVersion(gh: GitHubClient, version: string): Promise<string> {
  const current = await gh.rest.repos.getContent({ ...repo, path: 'Cargo.toml' });
  const sha = (current.data as { sha: string }).sha;
  const { data } = await gh.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: 'Cargo.toml',
    message: `Release ${version}`,
    content: Buffer.from(cargoToml(version)).toString('base64'),
    sha
  });
  return data.commit.sha!;
}

async function rehearse(
  sim: Simulator,
  admin: GitHubClient,
  version: string,
  broken: boolean,
  total: { n: number }
): Promise<Rehearsal> {
  const tag = `v${version}`;
  const work = mkdtempSync(path.join(os.tmpdir(), `release-kit-demo-${version}-`));
  const reports = path.join(work, 'reports');
  const commit = await commitVersion(admin, version);
  for (const workflow of ['ci.yml', 'release.yml', 'publish.yml']) {
    sim.gh.addWorkflowRun(PROJECT.owner, PROJECT.repo, {
      workflow,
      head_sha: commit,
      conclusion: 'success',
      event: 'push'
    });
  }
  await admin.rest.repos.createRelease({
    ...repo,
    tag_name: tag,
    name: tag,
    draft: true,
    target_commitish: commit
  });
  const targets = broken ? PROJECT.targets.filter((t) => t !== 'macos-intel') : PROJECT.targets;
  writeProject(work, version, commit, targets);
  const own = ownSmokeTarget();
  if (own && (targets as readonly string[]).includes(own.target))
    writeSmokeBinary(work, version, own.target, broken);
  if (broken) {
    await admin.rest.issues.create({
      ...repo,
      title: `Data loss when --output points at a directory (${tag})`,
      labels: ['P0']
    });
  }
  const env: Record<string, string> = {
    GITHUB_API_URL: sim.urls.github,
    GITHUB_REPOSITORY: `${PROJECT.owner}/${PROJECT.repo}`,
    GITHUB_REPOSITORY_OWNER: PROJECT.owner,
    GITHUB_REF: `refs/tags/${tag}`,
    GITHUB_REF_NAME: tag,
    GITHUB_SHA: commit,
    GITHUB_RUN_ID: String(90_000 + total.n),
    GITHUB_TOKEN: TOKENS.ci,
    RELEASE_KIT_TIME_SCALE: '0.01',
    RELEASE_KIT_REPORT_DIR: reports,
    SOURCE_DATE_EPOCH,
    ...runnerVariables()
  };
  const steps: StepRun[] = [];
  const run = async (label: string, action: string, inputs: Record<string, string>) => {
    total.n++;
    process.stdout.write(`\n▶ ${String(total.n).padStart(2)}. ${label} (${action})\n`);
    const step = await runStep(action, inputs, env, work);
    steps.push(step);
    say(indent(step.text));
    say(`  ${step.result.code === 0 ? '✔ passed' : '✘ failed'} in ${(step.ms / 1000).toFixed(1)} s`);
    return step;
  };
  const custom = async (label: string, body: () => Promise<string>) => {
    total.n++;
    process.stdout.write(`\n▶ ${String(total.n).padStart(2)}. ${label}\n`);
    const started = Date.now();
    say(indent(await body()));
    say(`  ✔ done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  say(
    `\n━━━ Release ${tag} of ${PROJECT.owner}/${PROJECT.repo}${broken ? ' (replayed with a missing platform binary and an open P0)' : ''} ━━━`
  );
  await run('Checksums for the built binaries', 'sha256sums', {
    files: 'dist/*',
    sidecars: 'true',
    'release-tag': tag
  });
  await custom('Upload the binaries to the draft release', async () => {
    const gh = await createGitHubClient(TOKENS.ci, { baseUrl: sim.urls.github, mask: false });
    const state = await findRelease(gh, repo, { tag });
    const lines: string[] = [];
    for (const file of readdirSync(path.join(work, 'dist'))
      .filter((f) => !f.endsWith('.sha256') && f !== 'SHA256SUMS.txt')
      .sort()) {
      const out = await uploadAsset(
        gh,
        repo,
        state,
        { name: file, path: path.join(work, 'dist', file) },
        'skip-identical'
      );
      lines.push(`${file}: ${out.result}`);
    }
    return lines.join('\n');
  });
  await run('SBOMs for the source and binaries', 'sbom-attach', {
    path: '.',
    artifacts: 'dist/caro-*',
    'release-tag': tag,
    name: 'caro',
    version
  });
  await run('Every expected asset present, every checksum agreeing', 'verify-release-assets', {
    tag,
    expected: EXPECTED.join('\n'),
    targets: PROJECT.targets.join('\n'),
    download: 'always'
  });
  if (own) {
    await run(`Install and run the ${own.platform} binary (this machine's platform)`, 'release-smoke', {
      tag,
      asset: 'caro-{version}-{target}',
      targets: SMOKE_TARGETS.join('\n'),
      platform: own.platform,
      commands: '--help'
    });
  }
  if (!broken) {
    await custom('cargo publish (to the simulated registry)', async () => {
      const crate = readFileSync(path.join(work, 'target/package', `caro-${version}.crate`));
      const res = await fetch(`${sim.urls.crates}/api/v1/crates/new`, {
        method: 'PUT',
        headers: { authorization: TOKENS.registry, 'content-type': 'application/octet-stream' },
        body: encodePublishBody(
          {
            name: 'caro',
            vers: version,
            deps: [],
            features: {},
            license: 'MIT',
            description: 'Converts natural language to safe shell commands'
          },
          crate
        )
      });
      if (!res.ok) throw new Error(`publish failed: ${res.status} ${await res.text()}`);
      return `caro ${version} published (${crate.length} bytes)`;
    });
    await run('The crate is live, unyanked and identical to the build', 'crates-verify', {
      crate: 'caro',
      version,
      tag,
      index: sim.urls.index,
      'crate-file': `target/package/caro-${version}.crate`,
      commit,
      'wait-timeout': '30s',
      'poll-interval': '1s'
    });
    await run('Bump the Homebrew tap', 'homebrew-bump', {
      tap: PROJECT.tap,
      formula: 'caro',
      version,
      token: TOKENS.tap,
      urls: [
        'darwin-arm64=https://github.com/caro-org/caro/releases/download/v{version}/caro-{version}-macos-silicon',
        'darwin-amd64=https://github.com/caro-org/caro/releases/download/v{version}/caro-{version}-macos-intel',
        'linux-arm64=https://github.com/caro-org/caro/releases/download/v{version}/caro-{version}-linux-arm64',
        'linux-amd64=https://github.com/caro-org/caro/releases/download/v{version}/caro-{version}-linux-amd64'
      ].join('\n')
    });
  }
  const gate = await run('QE sign-off', 'qe-signoff-gate', {
    tag,
    sha: commit,
    'required-workflows': 'ci.yml\nrelease.yml\npublish.yml',
    'expected-assets': EXPECTED.join('\n'),
    targets: PROJECT.targets.join('\n'),
    reports: readdirSync(reports)
      .filter((f) => f.endsWith('-report.json'))
      .map((f) => path.join(reports, f))
      .join('\n')
  });
  const decision = gate.result.outputs.decision;
  if (decision === 'SHIP IT') {
    await custom('Publish the release (the gate said SHIP IT)', async () => {
      const state = await findRelease(admin, repo, { tag });
      await admin.rest.repos.updateRelease({ ...repo, release_id: state.release!.id, draft: false });
      return `${tag} published`;
    });
  } else {
    say(`\n  The gate said ${decision ?? 'nothing'}: the release stays a draft.`);
  }
  rmSync(work, { recursive: true, force: true });
  return { version, broken, steps, decision };
}

/**
 * Shows how the published release would be withdrawn in favour of the previous one: release-rollback
 * without `execute`, so it reads everything and writes nothing.
 */
async function planRollback(sim: Simulator, tag: string, total: { n: number }): Promise<string> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'release-kit-demo-rollback-'));
  total.n++;
  say(`\n━━━ If ${tag} turned out bad: the rollback plan ━━━`);
  process.stdout.write(
    `\n▶ ${String(total.n).padStart(2)}. Plan the rollback of ${tag} (release-rollback)\n`
  );
  const step = await runStep(
    'release-rollback',
    {
      tag,
      reason: `${tag} corrupts the config file on upgrade`,
      'delete-tag': 'true',
      crate: PROJECT.crate,
      index: sim.urls.index,
      'registry-token': TOKENS.registry,
      tap: PROJECT.tap,
      formula: 'caro',
      'tap-token': TOKENS.tap
    },
    {
      GITHUB_API_URL: sim.urls.github,
      GITHUB_REPOSITORY: `${PROJECT.owner}/${PROJECT.repo}`,
      GITHUB_TOKEN: TOKENS.ci,
      RELEASE_KIT_TIME_SCALE: '0.01'
    },
    work
  );
  say(indent(step.text));
  say(`  ${step.result.code === 0 ? '✔ planned' : '✘ failed'} in ${(step.ms / 1000).toFixed(1)} s`);
  rmSync(work, { recursive: true, force: true });
  return step.result.code === 0 ? 'planned' : 'failed';
}

/**
 * `release-kit demo`: rehearses a tag-triggered release on the embedded simulator, then replays it
 * broken, and ends by planning the rollback of the published release. Exit 0 when the first ends in
 * SHIP IT, the replay in ABORT, and the rollback plan could be made.
 */
export async function runDemo(options: { keep?: boolean } = {}): Promise<number> {
  const started = Date.now();
  process.env.RELEASE_KIT_TIME_SCALE ??= '0.01';
  const sim = await startSimulator({ state: simulatorState() as never, adminToken: TOKENS.admin });
  say(`release-kit demo — a full release rehearsal against the simulator at ${sim.urls.github}`);
  say('Every step below runs a bundled action (dist/<action>/index.js) exactly as the Actions runner would.');
  try {
    const admin = await createGitHubClient(TOKENS.admin, { baseUrl: sim.urls.github, mask: false });
    const total = { n: 0 };
    const good = await rehearse(sim, admin, '1.4.0', false, total);
    const bad = await rehearse(sim, admin, '1.4.1', true, total);
    const rollback = await planRollback(sim, `v${good.version}`, total);
    say('\n━━━ Outcome ━━━');
    say(`v${good.version}: ${good.decision ?? 'no decision'}   (expected SHIP IT)`);
    say(`v${bad.version}: ${bad.decision ?? 'no decision'}   (expected ABORT)`);
    say(
      `${total.n} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; ${sim.server.log.length} API requests served.`
    );
    say(`rollback of v${good.version}: ${rollback}   (planned, not executed)`);
    const ok = good.decision === 'SHIP IT' && bad.decision === 'ABORT' && rollback === 'planned';
    if (options.keep) {
      say(`\nThe simulator keeps running (--keep). Point the CLI at it:`);
      say(
        `  export GITHUB_API_URL=${sim.urls.github} GITHUB_TOKEN=${TOKENS.ci} GITHUB_REPOSITORY=${PROJECT.owner}/${PROJECT.repo}`
      );
      say(`  release-kit verify-release-assets --tag v1.4.0 --expected 'SHA256SUMS.txt' --allow-extra true`);
      say('Stop it with Ctrl-C.');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
    return ok ? 0 : 1;
  } finally {
    await sim.stop();
  }
}
