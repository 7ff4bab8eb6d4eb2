export const id = 4081;
export const ids = [4081];
export const modules = {

/***/ 13723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/sim/src/index.ts + 33 modules
var src = __webpack_require__(66772);
// EXTERNAL MODULE: ./packages/sim/src/crates/publish-request.ts
var publish_request = __webpack_require__(9927);
// EXTERNAL MODULE: ./packages/core/src/github.ts + 1 modules
var github = __webpack_require__(51527);
// EXTERNAL MODULE: ./packages/core/src/release.ts
var release = __webpack_require__(47828);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/sim/src/crates/crate-file.ts
var crate_file = __webpack_require__(13814);
;// CONCATENATED MODULE: ./packages/cli/src/demo/scenario.ts




/** The sample project the rehearsal releases: caro, a Rust CLI shipped for five platforms. */
const PROJECT = {
    owner: 'caro-org',
    repo: 'caro',
    tap: 'caro-org/homebrew-tap',
    crate: 'caro',
    previous: '1.3.0',
    targets: ['linux-amd64', 'linux-arm64', 'macos-intel', 'macos-silicon', 'windows-amd64.exe']
};
/** Tokens of the rehearsal: fixed strings, so that every run prints the same thing. */
const TOKENS = {
    admin: 'rk-demo-admin',
    ci: 'rk-demo-ci-token',
    tap: 'rk-demo-tap-token',
    registry: 'rk-demo-crates-token'
};
/** A fixed instant for every timestamp the rehearsal writes (SOURCE_DATE_EPOCH). */
const SOURCE_DATE_EPOCH = '1764000000';
const FORMULA = (version, sums) => `class Caro < Formula
  desc "Converts natural language to safe shell commands"
  homepage "https://github.com/caro-org/caro"
  version "${version}"
  license "MIT"

  on_macos do
    on_arm do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-macos-silicon"
      sha256 "${sums['macos-silicon']}"
    end
    on_intel do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-macos-intel"
      sha256 "${sums['macos-intel']}"
    end
  end

  on_linux do
    on_arm do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-linux-arm64"
      sha256 "${sums['linux-arm64']}"
    end
    on_intel do
      url "https://github.com/caro-org/caro/releases/download/v${version}/caro-${version}-linux-amd64"
      sha256 "${sums['linux-amd64']}"
    end
  end

  def install
    bin.install Dir["caro-*"].first => "caro"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/caro --version")
  end
end
`;
/** Deterministic stand-in for a platform binary. */
function binary(version, target) {
    const seed = `caro ${version} ${target}\n`;
    return Buffer.concat([Buffer.from(`\x7fELF-demo ${seed}`), Buffer.alloc(4096 + target.length * 97, seed)]);
}
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** The simulator state the rehearsal starts from: the org, its people, repositories, issues and CI runs. */
function simulatorState() {
    const oldSums = Object.fromEntries(PROJECT.targets.map((t) => [t.replace(/\.exe$/, ''), sha256(binary(PROJECT.previous, t))]));
    return {
        github: {
            // A simulated clock (one second per event), so commits, and everything that records their SHA, repeat exactly.
            clock: '2026-11-20T09:00:00Z',
            users: [
                { login: 'caro-org', type: 'Organization', members: { mia: 'admin', quinn: 'member' } },
                { login: 'mia', name: 'Mia Maintainer', email: 'mia@example.com' },
                { login: 'quinn', name: 'Quinn QE', email: 'quinn@example.com' }
            ],
            tokens: [
                {
                    token: TOKENS.ci,
                    login: 'github-actions[bot]',
                    kind: 'integration',
                    repositories: ['caro-org/caro'],
                    permissions: {
                        contents: 'write',
                        issues: 'write',
                        pull_requests: 'write',
                        checks: 'read',
                        statuses: 'read',
                        actions: 'read',
                        metadata: 'read'
                    }
                },
                { token: TOKENS.tap, login: 'mia' }
            ],
            repos: [
                {
                    owner: 'caro-org',
                    name: 'caro',
                    collaborators: { mia: 'admin', quinn: 'write' },
                    files: {
                        'README.md': '# caro\n',
                        'Cargo.toml': cargoToml('1.4.0'),
                        'src/main.rs': 'fn main() { println!("caro"); }\n'
                    },
                    labels: ['P0', 'P1', 'P2', 'release-blocker', 'bug'],
                    issues: [
                        { title: 'Typo in --help output', labels: ['P2'], user: 'quinn' },
                        { title: 'Crash on empty prompt', labels: ['P1', 'bug'], user: 'quinn', state: 'closed' }
                    ],
                    // The previous release, published long ago: what a rollback of the new one falls back to.
                    releases: [
                        {
                            tag_name: `v${PROJECT.previous}`,
                            body: 'The previous release.',
                            created_at: '2025-11-01T00:00:00Z',
                            published_at: '2025-11-01T00:00:00Z'
                        }
                    ],
                    workflows: [
                        { file: 'ci.yml', name: 'CI' },
                        { file: 'release.yml', name: 'Release' },
                        { file: 'publish.yml', name: 'Publish' }
                    ]
                },
                {
                    owner: 'caro-org',
                    name: 'homebrew-tap',
                    collaborators: { mia: 'admin' },
                    files: {
                        'README.md': '# caro-org/homebrew-tap\n',
                        'Formula/caro.rb': FORMULA(PROJECT.previous, oldSums)
                    }
                }
            ]
        },
        crates: {
            tokens: [{ token: TOKENS.registry, login: 'mia' }],
            crates: [
                {
                    name: 'caro',
                    owners: ['mia'],
                    versions: [
                        {
                            num: PROJECT.previous,
                            crate: (0,crate_file/* buildCrateFile */.MH)({
                                name: 'caro',
                                version: PROJECT.previous,
                                description: 'Converts natural language to safe shell commands',
                                license: 'MIT'
                            })
                        }
                    ]
                }
            ]
        }
    };
}
function cargoToml(version) {
    return `[package]
name = "caro"
version = "${version}"
edition = "2021"
description = "Converts natural language to safe shell commands"
license = "MIT"
repository = "https://github.com/caro-org/caro"

[dependencies]
`;
}
const CARGO_LOCK = (version) => `# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 4

[[package]]
name = "caro"
version = "${version}"
dependencies = [
 "itoa",
]

[[package]]
name = "itoa"
version = "1.0.15"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "4a5f13b858c8d314ee3e8f639011f7ccefe71f97f96e50952c2d0c1a2e8d8a0c"
`;
/** Writes the project a release job has checked out and built: sources, lockfile, binaries, the packaged crate. */
function writeProject(dir, version, commit, targets) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(dir, 'dist'), { recursive: true });
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(dir, 'target/package'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'Cargo.toml'), cargoToml(version) + 'itoa = "1"\n');
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'Cargo.lock'), CARGO_LOCK(version));
    for (const t of targets)
        (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'dist', `caro-${version}-${t}`), binary(version, t));
    const crateFile = (0,crate_file/* buildCrateFile */.MH)({
        name: 'caro',
        version,
        description: 'Converts natural language to safe shell commands',
        license: 'MIT',
        vcs: { sha1: commit }
    });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'target/package', `caro-${version}.crate`), crateFile);
    return { crateFile };
}

;// CONCATENATED MODULE: ./packages/cli/src/demo/smoke.ts
/**
 * The demo's smoke step: the binary for the machine the demo runs on is made a real program (a `#!/bin/sh`
 * script, so it runs on every POSIX platform), and release-smoke installs and runs it from the draft.
 */



/** How caro's targets map to runner platforms. */
const SMOKE_TARGETS = [
    'linux-x64=linux-amd64',
    'linux-arm64=linux-arm64',
    'macos-x64=macos-intel',
    'macos-arm64=macos-silicon',
    'windows-x64=windows-amd64.exe'
];
/** This machine's platform and caro's target for it; undefined on Windows (a #! script does not run there). */
function ownSmokeTarget() {
    const os = { linux: 'linux', darwin: 'macos' }[process.platform];
    if (!os)
        return undefined;
    const platform = `${os}-${process.arch}`;
    const line = SMOKE_TARGETS.find((l) => l.startsWith(`${platform}=`));
    return line ? { platform, target: line.slice(platform.length + 1) } : undefined;
}
/**
 * What a runner on this machine would say it is (`RUNNER_OS`, `RUNNER_ARCH`): the step runner's default is
 * Linux X64, and release-smoke refuses a `platform` that contradicts the runner.
 */
function runnerVariables() {
    const os = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform];
    const arch = { x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' }[process.arch];
    return { ...(os ? { RUNNER_OS: os } : {}), ...(arch ? { RUNNER_ARCH: arch } : {}) };
}
/**
 * Writes the runnable build for this machine's target into `dist/`. The broken replay's build is stale:
 * it still prints the previous version, which the smoke step catches.
 */
function writeSmokeBinary(dir, version, target, broken) {
    const says = broken ? PROJECT.previous : version;
    const script = [
        '#!/bin/sh',
        `# caro ${version} for ${target} (demo build)`,
        'case "$1" in',
        `  --version) echo "caro ${says}" ;;`,
        '  --help) echo "usage: caro [--version] [--help] <request>" ;;',
        '  *) echo "caro: unknown option $1" >&2; exit 2 ;;',
        'esac',
        ''
    ].join('\n');
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'dist', `caro-${version}-${target}`), script);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./packages/cli/src/generated/actions.ts
var actions = __webpack_require__(7019);
// EXTERNAL MODULE: ./packages/cli/src/step-runner.ts
var step_runner = __webpack_require__(25049);
;// CONCATENATED MODULE: ./packages/cli/src/demo/steps.ts





/**
 * Where the bundles are: beside the CLI bundle (`dist/cli/../<action>`) when run as `release-kit`, or
 * the repository's `dist/` when run from source.
 */
function bundlePath(action) {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [external_node_path_default().resolve(here, '..', action, 'index.js')];
    for (let dir = here; dir !== external_node_path_default().dirname(dir); dir = external_node_path_default().dirname(dir))
        candidates.push(external_node_path_default().join(dir, 'dist', action, 'index.js'));
    const found = candidates.find((c) => (0,external_node_fs_.existsSync)(c));
    if (!found)
        throw new Error(`No bundle for ${action} (looked for ${candidates[0]}): run npm run build first.`);
    return found;
}
/**
 * Runs one bundled action exactly as the runner would (action.yml defaults, INPUT_* variables, file
 * commands), and returns its plain-text report for the terminal.
 */
async function runStep(action, inputs, env, cwd) {
    const meta = actions/* ACTIONS */.k[action];
    const defaults = {};
    for (const [key, input] of Object.entries(meta?.inputs ?? {})) {
        if (input.default !== undefined)
            defaults[key] = (0,step_runner/* resolveDefault */.GI)(input.default, env);
    }
    const textFile = external_node_path_default().join(cwd, `.release-kit-${action}.txt`);
    (0,external_node_fs_.rmSync)(textFile, { force: true });
    const started = Date.now();
    const result = await (0,step_runner/* runBundledStep */._s)({
        bundle: bundlePath(action),
        inputs: { ...defaults, ...inputs },
        env: { ...env, RELEASE_KIT_TEXT_REPORT: textFile },
        cwd
    });
    const text = (0,external_node_fs_.existsSync)(textFile) ? (0,external_node_fs_.readFileSync)(textFile, 'utf8') : result.log;
    (0,external_node_fs_.rmSync)(textFile, { force: true });
    return { action, result, text, ms: Date.now() - started };
}

;// CONCATENATED MODULE: ./packages/cli/src/demo/index.ts










const repo = { owner: PROJECT.owner, repo: PROJECT.repo };
const EXPECTED = [
    'caro-{version}-{target}',
    'caro-{version}-{target}.sha256',
    'SHA256SUMS.txt',
    'caro-{version}.spdx.json',
    'caro-{version}.cdx.json'
];
function say(line = '') {
    process.stdout.write(line + '\n');
}
function indent(text) {
    return text
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
}
async function commitVersion(gh, version) {
    const current = await gh.rest.repos.getContent({ ...repo, path: 'Cargo.toml' });
    const sha = current.data.sha;
    const { data } = await gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'Cargo.toml',
        message: `Release ${version}`,
        content: Buffer.from(cargoToml(version)).toString('base64'),
        sha
    });
    return data.commit.sha;
}
async function rehearse(sim, admin, version, broken, total) {
    const tag = `v${version}`;
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), `release-kit-demo-${version}-`));
    const reports = external_node_path_default().join(work, 'reports');
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
    if (own && targets.includes(own.target))
        writeSmokeBinary(work, version, own.target, broken);
    if (broken) {
        await admin.rest.issues.create({
            ...repo,
            title: `Data loss when --output points at a directory (${tag})`,
            labels: ['P0']
        });
    }
    const env = {
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
        SOURCE_DATE_EPOCH: SOURCE_DATE_EPOCH,
        ...runnerVariables()
    };
    const steps = [];
    const run = async (label, action, inputs) => {
        total.n++;
        process.stdout.write(`\n▶ ${String(total.n).padStart(2)}. ${label} (${action})\n`);
        const step = await runStep(action, inputs, env, work);
        steps.push(step);
        say(indent(step.text));
        say(`  ${step.result.code === 0 ? '✔ passed' : '✘ failed'} in ${(step.ms / 1000).toFixed(1)} s`);
        return step;
    };
    const custom = async (label, body) => {
        total.n++;
        process.stdout.write(`\n▶ ${String(total.n).padStart(2)}. ${label}\n`);
        const started = Date.now();
        say(indent(await body()));
        say(`  ✔ done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    };
    say(`\n━━━ Release ${tag} of ${PROJECT.owner}/${PROJECT.repo}${broken ? ' (replayed with a missing platform binary and an open P0)' : ''} ━━━`);
    await run('Checksums for the built binaries', 'sha256sums', {
        files: 'dist/*',
        sidecars: 'true',
        'release-tag': tag
    });
    await custom('Upload the binaries to the draft release', async () => {
        const gh = await (0,github.createGitHubClient)(TOKENS.ci, { baseUrl: sim.urls.github, mask: false });
        const state = await (0,release.findRelease)(gh, repo, { tag });
        const lines = [];
        for (const file of (0,external_node_fs_.readdirSync)(external_node_path_default().join(work, 'dist'))
            .filter((f) => !f.endsWith('.sha256') && f !== 'SHA256SUMS.txt')
            .sort()) {
            const out = await (0,release.uploadAsset)(gh, repo, state, { name: file, path: external_node_path_default().join(work, 'dist', file) }, 'skip-identical');
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
            const crate = (0,external_node_fs_.readFileSync)(external_node_path_default().join(work, 'target/package', `caro-${version}.crate`));
            const res = await fetch(`${sim.urls.crates}/api/v1/crates/new`, {
                method: 'PUT',
                headers: { authorization: TOKENS.registry, 'content-type': 'application/octet-stream' },
                body: (0,publish_request/* encodePublishBody */.iL)({
                    name: 'caro',
                    vers: version,
                    deps: [],
                    features: {},
                    license: 'MIT',
                    description: 'Converts natural language to safe shell commands'
                }, crate)
            });
            if (!res.ok)
                throw new Error(`publish failed: ${res.status} ${await res.text()}`);
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
        reports: (0,external_node_fs_.readdirSync)(reports)
            .filter((f) => f.endsWith('-report.json'))
            .map((f) => external_node_path_default().join(reports, f))
            .join('\n')
    });
    const decision = gate.result.outputs.decision;
    if (decision === 'SHIP IT') {
        await custom('Publish the release (the gate said SHIP IT)', async () => {
            const state = await (0,release.findRelease)(admin, repo, { tag });
            await admin.rest.repos.updateRelease({ ...repo, release_id: state.release.id, draft: false });
            return `${tag} published`;
        });
    }
    else {
        say(`\n  The gate said ${decision ?? 'nothing'}: the release stays a draft.`);
    }
    (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    return { version, broken, steps, decision };
}
/**
 * Shows how the published release would be withdrawn in favour of the previous one: release-rollback
 * without `execute`, so it reads everything and writes nothing.
 */
async function planRollback(sim, tag, total) {
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'release-kit-demo-rollback-'));
    total.n++;
    say(`\n━━━ If ${tag} turned out bad: the rollback plan ━━━`);
    process.stdout.write(`\n▶ ${String(total.n).padStart(2)}. Plan the rollback of ${tag} (release-rollback)\n`);
    const step = await runStep('release-rollback', {
        tag,
        reason: `${tag} corrupts the config file on upgrade`,
        'delete-tag': 'true',
        crate: PROJECT.crate,
        index: sim.urls.index,
        'registry-token': TOKENS.registry,
        tap: PROJECT.tap,
        formula: 'caro',
        'tap-token': TOKENS.tap
    }, {
        GITHUB_API_URL: sim.urls.github,
        GITHUB_REPOSITORY: `${PROJECT.owner}/${PROJECT.repo}`,
        GITHUB_TOKEN: TOKENS.ci,
        RELEASE_KIT_TIME_SCALE: '0.01'
    }, work);
    say(indent(step.text));
    say(`  ${step.result.code === 0 ? '✔ planned' : '✘ failed'} in ${(step.ms / 1000).toFixed(1)} s`);
    (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    return step.result.code === 0 ? 'planned' : 'failed';
}
/**
 * `release-kit demo`: rehearses a tag-triggered release on the embedded simulator, then replays it
 * broken, and ends by planning the rollback of the published release. Exit 0 when the first ends in
 * SHIP IT, the replay in ABORT, and the rollback plan could be made.
 */
async function runDemo(options = {}) {
    const started = Date.now();
    process.env.RELEASE_KIT_TIME_SCALE ??= '0.01';
    const sim = await (0,src/* startSimulator */.rs)({ state: simulatorState(), adminToken: TOKENS.admin });
    say(`release-kit demo — a full release rehearsal against the simulator at ${sim.urls.github}`);
    say('Every step below runs a bundled action (dist/<action>/index.js) exactly as the Actions runner would.');
    try {
        const admin = await (0,github.createGitHubClient)(TOKENS.admin, { baseUrl: sim.urls.github, mask: false });
        const total = { n: 0 };
        const good = await rehearse(sim, admin, '1.4.0', false, total);
        const bad = await rehearse(sim, admin, '1.4.1', true, total);
        const rollback = await planRollback(sim, `v${good.version}`, total);
        say('\n━━━ Outcome ━━━');
        say(`v${good.version}: ${good.decision ?? 'no decision'}   (expected SHIP IT)`);
        say(`v${bad.version}: ${bad.decision ?? 'no decision'}   (expected ABORT)`);
        say(`${total.n} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; ${sim.server.log.length} API requests served.`);
        say(`rollback of v${good.version}: ${rollback}   (planned, not executed)`);
        const ok = good.decision === 'SHIP IT' && bad.decision === 'ABORT' && rollback === 'planned';
        if (options.keep) {
            say(`\nThe simulator keeps running (--keep). Point the CLI at it:`);
            say(`  export GITHUB_API_URL=${sim.urls.github} GITHUB_TOKEN=${TOKENS.ci} GITHUB_REPOSITORY=${PROJECT.owner}/${PROJECT.repo}`);
            say(`  release-kit verify-release-assets --tag v1.4.0 --expected 'SHA256SUMS.txt' --allow-extra true`);
            say('Stop it with Ctrl-C.');
            await new Promise((resolve) => {
                process.once('SIGINT', resolve);
                process.once('SIGTERM', resolve);
            });
        }
        return ok ? 0 : 1;
    }
    finally {
        await sim.stop();
    }
}


/***/ }),

/***/ 82779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   Nh: () => (/* binding */ escapeHtmlOutsideCode),
/* harmony export */   Od: () => (/* binding */ logValue),
/* harmony export */   XE: () => (/* binding */ trustedLinkHosts),
/* harmony export */   fH: () => (/* binding */ logInfo),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   nu: () => (/* binding */ BODY_CHARS_LIMIT),
/* harmony export */   p0: () => (/* binding */ markdownFence),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   sN: () => (/* binding */ logSafe),
/* harmony export */   tT: () => (/* binding */ SUMMARY_BYTES_LIMIT),
/* harmony export */   y3: () => (/* binding */ capMarkdown)
/* harmony export */ });
/* unused harmony exports LOG_TEXT_LIMIT, VALUE_LIMIT, capChars, escapeHtml */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/**
 * The one way release-kit writes text it did not write itself (file names from a checksum file, issue
 * titles, crate names, registry answers, formula lines) into a step log or into Markdown it publishes.
 *
 * Logs: the runner reads every line of a step's output, after trimming leading white space, as a
 * workflow command when it starts with `::` (or the legacy `##[`): `::add-mask::`, `::stop-commands::`,
 * `::error …::`, and with `ACTIONS_ALLOW_UNSECURE_COMMANDS` `::set-env` — code execution in later steps.
 * Markdown: job summaries and issue bodies render HTML, images, links, mentions and references.
 */

/** Characters of untrusted text one log call writes at most (the rest is counted, not shown). */
const LOG_TEXT_LIMIT = 4_000;
/** Characters of one untrusted value (a name, a title) shown in a log line or Markdown. */
const VALUE_LIMIT = 300;
/** GitHub drops a job summary over 1 MiB; what release-kit writes stays below, with room for a note. */
const SUMMARY_BYTES_LIMIT = 1_000_000;
/** GitHub refuses issue, pull request and comment bodies over 65,536 characters. */
const BODY_CHARS_LIMIT = 65_000;
// What .NET's String.TrimStart removes (char.IsWhiteSpace), and a byte order mark for good measure.
const LEADING_SPACE = /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/u;
// The runner splits a step's output into lines at \n, \r and \r\n.
const LINE_BREAK = /\r\n|\r|\n/;
// Other control characters (ESC sequences can hide or rewrite what a log viewer shows).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u009b]/g;
function hexEscape(c) {
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
/**
 * Cuts text to `max` characters, saying how many were left out. Never splits a surrogate pair.
 * @param text any text.
 * @param max characters kept at most (the note comes on top).
 */
function capChars(text, max) {
    if (text.length <= max)
        return text;
    let end = max;
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? ''))
        end--;
    return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
function neutraliseLine(line) {
    const lead = LEADING_SPACE.exec(line)?.[0] ?? '';
    const rest = line.slice(lead.length);
    // A zero-width space after the first character: the line reads the same, the runner sees no command.
    const safe = rest.startsWith('::') ? `${lead}:\u200b${rest.slice(1)}` : line;
    // The runner's older `##[command]` form is looked for anywhere in a line, not only at its start.
    return safe.replace(/##\[/g, '#\u200b#[');
}
/**
 * Untrusted text made safe for the step log: no line of it (including after an embedded `\r` or `\n`)
 * can start a workflow command (`::…`, `##[…`, so neither `::stop-commands::` nor the token that ends
 * it), other control characters are shown as `\xNN`, and the whole is capped.
 * @param text any untrusted text, possibly several lines.
 * @param max characters kept (default {@link LOG_TEXT_LIMIT}).
 */
function logSafe(text, max = LOG_TEXT_LIMIT) {
    return capChars(String(text), max)
        .replace(CONTROL, hexEscape)
        .split(LINE_BREAK)
        .map(neutraliseLine)
        .join('\n');
}
/**
 * One untrusted value (a file or crate name, a title) for a log line: on one line (line breaks and
 * control characters shown as escapes, as JSON does), capped at {@link VALUE_LIMIT}, and unable to start
 * a workflow command even when it leads the line.
 * @param value any untrusted value.
 * @param max characters kept.
 */
function logValue(value, max = VALUE_LIMIT) {
    const oneLine = JSON.stringify(capChars(String(value), max))
        .slice(1, -1)
        .replace(/\\"/g, '"');
    return neutraliseLine(oneLine.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
}
/**
 * Writes a log line that carries untrusted parts: `core.info` after {@link logSafe}. Use it instead of
 * `core.info` wherever any part of the message came from outside the workflow.
 * @param text the message.
 */
function logInfo(text) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(logSafe(text));
}
/**
 * `<`, `>` and `&` as HTML character references: text that cannot open a tag, an image or a hidden
 * `<!-- … -->` marker.
 */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Escapes `<` and `>` everywhere in a Markdown line except inside code spans (whose content is shown
 * literally anyway): a last line of defence that keeps any HTML out of a page release-kit builds.
 * @param markdown Markdown inline text (a line, a table cell).
 */
function escapeHtmlOutsideCode(markdown) {
    let out = '';
    let i = 0;
    while (i < markdown.length) {
        let tick = markdown.indexOf('`', i);
        // A backslash-escaped backtick is a literal backtick, not a code span's start.
        while (tick > 0 && /(^|[^\\])(\\\\)*\\$/.test(markdown.slice(0, tick)))
            tick = markdown.indexOf('`', tick + 1);
        if (tick < 0) {
            out += markdown.slice(i).replace(/</g, '&lt;').replace(/>/g, '&gt;');
            break;
        }
        out += markdown.slice(i, tick).replace(/</g, '&lt;').replace(/>/g, '&gt;');
        let run = tick;
        while (markdown[run] === '`')
            run++;
        const opener = markdown.slice(tick, run);
        // A code span closes at the next run of exactly as many backticks (CommonMark 6.1).
        const closer = new RegExp(`(?<!\`)${opener}(?!\`)`, 'g');
        closer.lastIndex = run;
        const end = closer.exec(markdown);
        if (!end) {
            out += opener;
            i = run;
        }
        else {
            out += markdown.slice(tick, end.index + opener.length);
            i = end.index + opener.length;
        }
    }
    return out;
}
/**
 * Untrusted text as inline Markdown that is displayed as written and does nothing else: HTML escaped,
 * Markdown punctuation backslash-escaped (no links, images, emphasis or code spans of its own), one line,
 * capped; from outsiders also no mentions, references or autolinks (a zero-width space breaks them).
 * @param text any untrusted text.
 * @param options see {@link MarkdownTextOptions}.
 */
function markdownText(text, options = {}) {
    const { max = VALUE_LIMIT, outsider = true } = options;
    let t = capChars(String(text), max)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(CONTROL, '')
        .replace(/[\\`*[\]~|]/g, '\\$&')
        // `_` emphasises only at a word's edge (GFM ignores it inside words: snake_case reads as written).
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
    t = escapeHtml(t);
    if (outsider)
        t = t
            .replace(/@(?=[\w-])/g, '@\u200b')
            .replace(/#(?=\d)/g, '#\u200b')
            .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
            .replace(/:\/\//g, ':\u200b//')
            .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
    // A line that starts like a heading, list or quote stays a paragraph.
    return t
        .replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
        .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
        .replace(/^(\s*)([=-]+\s*)$/, '$1\\$2');
}
/**
 * Untrusted text as an inline code span: shown literally (no HTML, links or mentions are possible
 * inside), on one line, capped, with a backtick run longer than any inside it so it cannot end early.
 * @param text any untrusted text.
 * @param max characters kept.
 */
function markdownCode(text, max = VALUE_LIMIT) {
    const t = capChars(String(text), max)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(CONTROL, hexEscape);
    if (t === '')
        return '`""`';
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from joining the fence (CommonMark strips it).
    const pad = t.startsWith('`') || t.endsWith('`') || (t.startsWith(' ') && t.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}
/**
 * Untrusted text as a fenced code block whose fence is longer than any backtick run inside, so no line of
 * the text can close it early.
 * @param text any untrusted text, several lines.
 * @param lang the info string (trusted: a language name such as `diff`).
 */
function markdownFence(text, lang = '') {
    const body = text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang.replace(/[^\w+.-]/g, '')}\n${body}\n${fence}`;
}
/**
 * The hosts a link may point to without the action having built the URL itself: the GitHub server and
 * its API (`GITHUB_SERVER_URL`, `GITHUB_API_URL`), plus any given.
 * @param extra more hosts (such as the registry the action was configured with).
 */
function trustedLinkHosts(extra = []) {
    const hosts = new Set();
    for (const u of [
        process.env.GITHUB_SERVER_URL || 'https://github.com',
        process.env.GITHUB_API_URL || 'https://api.github.com',
        ...extra
    ]) {
        if (!u)
            continue;
        try {
            hosts.add(new URL(u.includes('://') ? u : `https://${u}`).host.toLowerCase());
        }
        catch {
            // not a URL: no host to trust
        }
    }
    return [...hosts];
}
/**
 * A Markdown link when `url` is an http(s) URL on a trusted host (see {@link trustedLinkHosts}; pass
 * `built: true` for a URL the action put together itself from trusted parts); otherwise the label and
 * the URL as inert code, so a server or an outsider cannot make a page link (or load an image) anywhere.
 * @param label the link text (untrusted: escaped with {@link markdownText}).
 * @param url the target.
 * @param options `hosts` allowed (default {@link trustedLinkHosts}), `built` for a URL the action built.
 */
function markdownLink(label, url, options = {}) {
    const text = markdownText(label, { outsider: options.outsider ?? true });
    if (!url)
        return text;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    const hosts = options.hosts ?? trustedLinkHosts();
    if (parsed &&
        (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
        !parsed.username &&
        !parsed.password &&
        (options.built || hosts.includes(parsed.host.toLowerCase()))) {
        const href = parsed.href.replace(/[()<> ]/g, (c) => encodeURIComponent(c));
        return `[${text}](${href})`;
    }
    return `${text} (${markdownCode(url)})`;
}
/**
 * Caps a Markdown document at a size, cutting at a line boundary, closing a code fence left open and
 * ending with a note such as "N more lines in report.json".
 * @param markdown the document.
 * @param limit the size it must stay below.
 * @param options `unit`: `bytes` (UTF-8, job summaries) or `chars` (bodies, the API's unit); `note` for the
 *   line left out count (default: "… N more lines not shown; the full report is in report.json.").
 * @returns the document, unchanged when it fits.
 */
function capMarkdown(markdown, limit, options = {}) {
    const size = (s) => (options.unit === 'chars' ? s.length : Buffer.byteLength(s, 'utf8'));
    if (size(markdown) < limit)
        return markdown;
    const note = options.note ??
        ((n) => `_… ${n} more line${n === 1 ? '' : 's'} not shown; the full report is in report.json._`);
    const lines = markdown.split('\n');
    const reserve = size(note(lines.length)) + 64;
    const kept = [];
    let used = 0;
    let fence;
    for (const line of lines) {
        const cost = size(line) + 1;
        if (used + cost + reserve + (fence ? fence.length + 1 : 0) >= limit)
            break;
        kept.push(line);
        used += cost;
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (f && !fence)
            fence = f;
        else if (f && fence && f[0] === fence[0] && f.length >= fence.length && line.trim() === f)
            fence = undefined;
    }
    const omitted = lines.length - kept.length;
    if (fence)
        kept.push(fence);
    // A table row cut off would swallow the note into the table.
    kept.push('', note(omitted), '');
    return kept.join('\n');
}
/**
 * Text a server sent back (an error body, a message) with every given secret replaced by `***`: a
 * registry may echo the token it was sent, and a job summary or report.json is not masked by the runner
 * the way the log is. The secret's URL-encoded and base64 forms are replaced too.
 * @param text the server's text.
 * @param secrets tokens the request could have carried (empty ones are ignored).
 */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        const s = secret?.trim();
        // A one- or two-character "secret" would blank out ordinary text; real tokens are long.
        if (!s || s.length < 4)
            continue;
        for (const form of new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64')]))
            out = out.split(form).join('***');
    }
    return out;
}


/***/ })

};
