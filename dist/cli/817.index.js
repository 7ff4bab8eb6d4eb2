export const id = 817;
export const ids = [817,109,662,823,204,828,447];
export const modules = {

/***/ 86817:
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
// EXTERNAL MODULE: ./packages/core/src/github.ts
var github = __webpack_require__(60662);
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
                    permissions: { contents: 'write', issues: 'write', pull_requests: 'write', checks: 'read', statuses: 'read', actions: 'read', metadata: 'read' }
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
                    workflows: [{ file: 'ci.yml', name: 'CI' }, { file: 'release.yml', name: 'Release' }, { file: 'publish.yml', name: 'Publish' }]
                },
                {
                    owner: 'caro-org',
                    name: 'homebrew-tap',
                    collaborators: { mia: 'admin' },
                    files: { 'README.md': '# caro-org/homebrew-tap\n', 'Formula/caro.rb': FORMULA(PROJECT.previous, oldSums) }
                }
            ]
        },
        crates: { tokens: [{ token: TOKENS.registry, login: 'mia' }] }
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
const EXPECTED = ['caro-{version}-{target}', 'caro-{version}-{target}.sha256', 'SHA256SUMS.txt', 'caro-{version}.spdx.json', 'caro-{version}.cdx.json'];
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
        sim.gh.addWorkflowRun(PROJECT.owner, PROJECT.repo, { workflow, head_sha: commit, conclusion: 'success', event: 'push' });
    }
    await admin.rest.repos.createRelease({ ...repo, tag_name: tag, name: tag, draft: true, target_commitish: commit });
    const targets = broken ? PROJECT.targets.filter((t) => t !== 'macos-intel') : PROJECT.targets;
    writeProject(work, version, commit, targets);
    if (broken) {
        await admin.rest.issues.create({ ...repo, title: `Data loss when --output points at a directory (${tag})`, labels: ['P0'] });
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
        SOURCE_DATE_EPOCH: SOURCE_DATE_EPOCH
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
        for (const file of (0,external_node_fs_.readdirSync)(external_node_path_default().join(work, 'dist')).filter((f) => !f.endsWith('.sha256') && f !== 'SHA256SUMS.txt').sort()) {
            const out = await (0,release.uploadAsset)(gh, repo, state, { name: file, path: external_node_path_default().join(work, 'dist', file) }, 'skip-identical');
            lines.push(`${file}: ${out.result}`);
        }
        return lines.join('\n');
    });
    await run('SBOMs for the source and binaries', 'sbom-attach', { path: '.', artifacts: 'dist/caro-*', 'release-tag': tag, name: 'caro', version });
    await run('Every expected asset present, every checksum agreeing', 'verify-release-assets', {
        tag,
        expected: EXPECTED.join('\n'),
        targets: PROJECT.targets.join('\n'),
        download: 'always'
    });
    if (!broken) {
        await custom('cargo publish (to the simulated registry)', async () => {
            const crate = (0,external_node_fs_.readFileSync)(external_node_path_default().join(work, 'target/package', `caro-${version}.crate`));
            const res = await fetch(`${sim.urls.crates}/api/v1/crates/new`, {
                method: 'PUT',
                headers: { authorization: TOKENS.registry, 'content-type': 'application/octet-stream' },
                body: (0,publish_request/* encodePublishBody */.iL)({ name: 'caro', vers: version, deps: [], features: {}, license: 'MIT', description: 'Converts natural language to safe shell commands' }, crate)
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
 * `release-kit demo`: rehearses a tag-triggered release on the embedded simulator, then replays it
 * broken. Exit 0 when the first ends in SHIP IT and the replay in ABORT.
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
        say('\n━━━ Outcome ━━━');
        say(`v${good.version}: ${good.decision ?? 'no decision'}   (expected SHIP IT)`);
        say(`v${bad.version}: ${bad.decision ?? 'no decision'}   (expected ABORT)`);
        say(`${total.n} steps in ${((Date.now() - started) / 1000).toFixed(1)} s; ${sim.server.log.length} API requests served.`);
        const ok = good.decision === 'SHIP IT' && bad.decision === 'ABORT';
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

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ InfrastructureError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   v9: () => (/* binding */ getErrorStatus)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * A mistake the user can fix by changing an input, a file or a setting. Actions report it as is;
 * anything else is our bug or an outage and is reported with its cause.
 */
class ConfigurationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
/** A failure of something outside our control (an API outage, an audit backend answering 5xx). */
class InfrastructureError extends Error {
    cause;
    constructor(message, cause) {
        super(message);
        this.cause = cause;
        this.name = 'InfrastructureError';
    }
}
/**
 * Turns anything thrown into a message. Non-Error throws must not pass silently green, so
 * strings and objects are rendered too.
 */
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Wraps anything thrown into an Error, keeping the original as `cause`. */
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error), { cause: error });
}
/** The HTTP status of an Octokit or core http error, when there is one. */
function getErrorStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 60662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _time_scale_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41823);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8109);




/** The API base URL: `GITHUB_API_URL`, else github.com's. */
function apiBaseUrl() {
    return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
// Writes are spaced one second apart (GitHub's guidance for mutating requests); a duck-typed group
// keeps that spacing scalable with RELEASE_KIT_TIME_SCALE instead of Bottleneck's fixed minTime.
function spacedGroup(minTime) {
    let next = 0;
    const limiter = {
        schedule: async (_opts, fn, ...args) => {
            const now = Date.now();
            const at = Math.max(now, next);
            next = at + minTime;
            if (at > now)
                await new Promise((r) => setTimeout(r, at - now));
            return fn(...args);
        }
    };
    // Only `key(id).schedule()` is called on these groups by the throttling plugin.
    return { key: () => limiter };
}
/**
 * Builds the GitHub client from a token. The token is masked before anything else happens.
 * @throws ConfigurationError when the token is empty.
 */
async function createGitHubClient(token, options = {}) {
    if (!token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("Input 'token' is empty. Pass `token: ${{ secrets.GITHUB_TOKEN }}` or a personal access token / GitHub App token with the permissions this action needs.");
    }
    if (options.mask !== false)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const [github, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 11758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856))
    ]);
    const scale = (0,_time_scale_js__WEBPACK_IMPORTED_MODULE_2__.timeScale)();
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        if (retryCount < rateLimitRetries) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; retrying in ${retryAfter}s (attempt ${retryCount + 2}).`);
            return true;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub ${kind} rate limit on ${req.method} ${req.url}; giving up after ${retryCount + 1} attempts.`);
        return false;
    };
    const octokit = github.getOctokit(token, {
        baseUrl: (options.baseUrl ?? apiBaseUrl()).replace(/\/+$/, ''),
        userAgent: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT */ ._,
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: 1000 * scale,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
        },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            retryAfterBaseValue: 1000 * scale,
            fallbackSecondaryRateRetryAfter: 60,
            write: spacedGroup(1000 * scale),
            notifications: spacedGroup(3000 * scale)
        }
    }, retry, throttling);
    return octokit;
}


/***/ }),

/***/ 47828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UPLOAD_POLICIES: () => (/* binding */ UPLOAD_POLICIES),
/* harmony export */   assetNameProblem: () => (/* binding */ assetNameProblem),
/* harmony export */   assetSha256: () => (/* binding */ assetSha256),
/* harmony export */   deleteAsset: () => (/* binding */ deleteAsset),
/* harmony export */   describeRelease: () => (/* binding */ describeRelease),
/* harmony export */   findRelease: () => (/* binding */ findRelease),
/* harmony export */   listAssets: () => (/* binding */ listAssets),
/* harmony export */   openAssetStream: () => (/* binding */ openAssetStream),
/* harmony export */   requireRelease: () => (/* binding */ requireRelease),
/* harmony export */   uploadAsset: () => (/* binding */ uploadAsset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);




const UPLOAD_POLICIES = ['skip-identical', 'replace', 'fail'];
function classify(release) {
    if (release.draft)
        return 'draft';
    return release.immutable ? 'immutable' : 'published';
}
/**
 * Finds a release by tag (drafts included) or by id.
 * A tag costs one request when the release is published; for drafts the releases are listed, since
 * GitHub's by-tag endpoint never returns drafts.
 * @throws when the API fails for another reason than "not found".
 */
async function findRelease(gh, repo, query) {
    if (query.id !== undefined) {
        const label = `id ${query.id}`;
        try {
            const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: query.id });
            const release = data;
            return { kind: classify(release), release, matches: [release], query: label };
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorStatus */ .v9)(e) === 404)
                return { kind: 'absent', matches: [], query: label };
            throw e;
        }
    }
    const tag = query.tag;
    if (!tag)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('A release tag or id is needed to find the release.');
    const label = `tag ${tag}`;
    try {
        const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
        const release = data;
        return { kind: classify(release), release, matches: [release], query: label };
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorStatus */ .v9)(e) !== 404)
            throw e;
    }
    const matches = [];
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 })) {
        for (const r of page.data)
            if (r.tag_name === tag)
                matches.push(r);
    }
    if (matches.length === 0)
        return { kind: 'absent', matches, query: label };
    if (matches.length > 1)
        return { kind: 'ambiguous', matches, query: label };
    return { kind: classify(matches[0]), release: matches[0], matches, query: label };
}
/** Describes the state for a person: `draft release v1.2.3 (id 5)`. */
function describeRelease(state) {
    switch (state.kind) {
        case 'absent':
            return `no release with ${state.query}`;
        case 'ambiguous':
            return `${state.matches.length} draft releases with ${state.query} (ids ${state.matches.map((m) => m.id).join(', ')})`;
        default:
            return `${state.kind} release ${state.release.tag_name} (id ${state.release.id})`;
    }
}
/**
 * Returns the release, or throws a ConfigurationError that says what to do for `absent` and `ambiguous`.
 */
function requireRelease(state) {
    if (state.kind === 'absent') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`There is ${describeRelease(state)}. Create the release (a draft is enough) before this step, or check the tag.`);
    }
    if (state.kind === 'ambiguous') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Found ${describeRelease(state)}: parallel jobs each created a draft. Delete the extra drafts, and create the release once in a job that the matrix jobs depend on.`);
    }
    return state.release;
}
/** Lists every asset of a release, 100 per request. */
async function listAssets(gh, repo, releaseId) {
    const assets = [];
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleaseAssets, {
        ...repo,
        release_id: releaseId,
        per_page: 100
    })) {
        assets.push(...page.data);
    }
    return assets;
}
/** The hex SHA-256 in an asset's `digest`, when GitHub reported one. */
function assetSha256(asset) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return m ? m[1].toLowerCase() : undefined;
}
// GitHub renames or rejects names with these; release-kit refuses them rather than guess the new name.
const UNSAFE_ASSET_NAME = /[\x00-\x1f\x7f/\\<>:"|?*]/;
/** Checks an asset name is one GitHub stores as given. Returns a reason when it is not. */
function assetNameProblem(name) {
    if (name === '' || name === '.' || name === '..')
        return 'it is empty or a dot name';
    if (name.length > 255)
        return 'it is longer than 255 characters';
    if (UNSAFE_ASSET_NAME.test(name))
        return 'it holds a path separator, a control character or one of <>:"|?*';
    if (name !== name.trim())
        return 'it starts or ends with white space';
    return undefined;
}
function refuseImmutable(state, what) {
    if (state.kind === 'immutable') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot ${what}: ${describeRelease(state)} is immutable, so its assets can no longer be added, replaced or deleted. ` +
            'Attach assets while the release is a draft, then publish it (create the release with draft: true, run the upload steps, publish last).');
    }
}
/**
 * Uploads a file to a release under an upload policy, converging on re-runs:
 * - an asset of that name with the same SHA-256 is left alone (`unchanged`) under every policy but `fail`;
 * - `skip-identical` fails on different content, `replace` deletes and re-uploads it, `fail` fails on any
 *   existing asset of that name;
 * - an interrupted upload (`starter`) is always deleted and uploaded again.
 * An immutable release is refused before any request.
 * @param existing the release's assets, when already listed (saves a request per upload).
 */
async function uploadAsset(gh, repo, state, file, policy, existing) {
    refuseImmutable(state, `upload ${file.name}`);
    const release = requireRelease(state);
    const problem = assetNameProblem(file.name);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Cannot upload an asset named ${JSON.stringify(file.name)}: ${problem}.`);
    const data = file.data ?? (file.path ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.path) : undefined);
    if (!data)
        throw new Error(`uploadAsset: ${file.name} has neither data nor path`);
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
    const assets = existing ?? (await listAssets(gh, repo, release.id));
    const current = assets.find((a) => a.name === file.name);
    let replacing = false;
    if (current) {
        const same = current.state === 'uploaded' && current.size === data.length && (await remoteSha256(gh, repo, current)) === sha256;
        if (current.state !== 'uploaded') {
            replacing = true;
        }
        else if (policy === 'fail') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} and on-conflict is 'fail'. Use 'skip-identical' to accept an identical asset, or 'replace'.`);
        }
        else if (same) {
            return { result: 'unchanged', asset: current, reason: 'identical content already attached' };
        }
        else if (policy === 'skip-identical') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Asset ${file.name} already exists on ${describeRelease(state)} with different content (sha256 ${remoteLabel(current)} there, ${sha256} here). Set on-conflict: replace to overwrite it.`);
        }
        else
            replacing = true;
        if (replacing)
            await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: current.id });
    }
    const { data: asset } = await gh.request({
        method: 'POST',
        url: release.upload_url,
        name: file.name,
        data,
        headers: { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': data.length }
    });
    return {
        result: replacing ? 'updated' : 'created',
        asset: asset,
        reason: current && current.state !== 'uploaded' ? 'replaced an interrupted upload' : undefined
    };
}
function remoteLabel(asset) {
    return assetSha256(asset) ?? 'unknown';
}
async function remoteSha256(gh, repo, asset) {
    const known = assetSha256(asset);
    if (known)
        return known;
    // Older GitHub Enterprise Server versions report no digest: hash the bytes instead.
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of await openAssetStream(gh, repo, asset))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Deletes an asset; an immutable release is refused before any request. */
async function deleteAsset(gh, repo, state, asset) {
    refuseImmutable(state, `delete ${asset.name}`);
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
}
/**
 * Opens an asset's bytes as a stream, never buffering the body: the API answers 302 to a download URL
 * that fetch follows (dropping the Authorization header across origins, as the download host wants).
 * Transient failures of the first response are retried by the client; a body that ends early surfaces
 * as a stream error, which callers treat as a failed attempt, never as the asset's content.
 */
async function openAssetStream(gh, repo, asset) {
    const response = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...repo,
        asset_id: asset.id,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    if (!body)
        return (async function* () { })();
    return node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(body);
}


/***/ }),

/***/ 41823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sleep: () => (/* binding */ sleep),
/* harmony export */   timeScale: () => (/* binding */ timeScale)
/* harmony export */ });
/**
 * Every wait release-kit makes (retry backoff, Retry-After, write spacing, polling) is multiplied by
 * `RELEASE_KIT_TIME_SCALE` (default 1). The simulator-driven tests and the demo set it below 1 so that
 * a rehearsal of a one-minute Retry-After takes a moment; production leaves it alone.
 */
function timeScale() {
    const raw = process.env.RELEASE_KIT_TIME_SCALE;
    if (!raw)
        return 1;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 1;
}
/** Waits `ms` scaled by the time scale. */
function sleep(ms) {
    const scaled = Math.max(0, Math.round(ms * timeScale()));
    return new Promise((resolve) => setTimeout(resolve, scaled));
}


/***/ }),

/***/ 8109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RELEASE_KIT_VERSION: () => (/* binding */ RELEASE_KIT_VERSION),
/* harmony export */   _: () => (/* binding */ USER_AGENT)
/* harmony export */ });
/** release-kit's version, sent in the User-Agent of every request. Kept in step with package.json by a test. */
const RELEASE_KIT_VERSION = '0.1.0';
const USER_AGENT = `release-kit/${RELEASE_KIT_VERSION} (+https://github.com/release-kit/release-kit)`;


/***/ })

};
