export const id = 8690;
export const ids = [8690];
export const modules = {

/***/ 87728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inventory.ts
var inventory = __webpack_require__(69493);
// EXTERNAL MODULE: ./packages/core/src/isolated-command.ts
var isolated_command = __webpack_require__(94398);
// EXTERNAL MODULE: ./packages/core/src/untrusted-text.ts
var untrusted_text = __webpack_require__(82779);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
;// CONCATENATED MODULE: ./actions/release-smoke/src/platform.ts
/**
 * Standard GitHub-hosted runner labels for each platform a matrix can fan out to. These are also the only
 * platforms release-smoke accepts: a platform without a hosted runner (32-bit x86 or arm) would plan a
 * matrix job without `runs-on`, which GitHub rejects only when the workflow runs.
 */
const RUNNER_LABELS = {
    'linux-x64': 'ubuntu-latest',
    'linux-arm64': 'ubuntu-24.04-arm',
    'macos-x64': 'macos-15-intel',
    'macos-arm64': 'macos-latest',
    'windows-x64': 'windows-latest',
    'windows-arm64': 'windows-11-arm'
};
/** The platforms release-smoke tests, as `os-arch` names. */
const PLATFORMS = Object.keys(RUNNER_LABELS);
/** Parses `linux-x64` (any case); undefined when it is not one of {@link PLATFORMS}. */
function parsePlatform(text) {
    const name = text.trim().toLowerCase();
    if (!PLATFORMS.includes(name))
        return undefined;
    const [os, arch] = name.split('-');
    return { os, arch };
}
function platformName(p) {
    return `${p.os}-${p.arch}`;
}
const OS_NAMES = {
    linux: 'linux',
    macos: 'macos',
    darwin: 'macos',
    windows: 'windows',
    win32: 'windows'
};
const ARCH_NAMES = { x64: 'x64', arm64: 'arm64', x86: 'x86', ia32: 'x86', arm: 'arm' };
/**
 * The platform this step runs on, from the runner's `RUNNER_OS` and `RUNNER_ARCH` (Node's own view
 * when they are absent, as outside Actions).
 */
function currentPlatform(env = process.env) {
    const os = OS_NAMES[(env.RUNNER_OS ?? process.platform).toLowerCase()];
    const arch = ARCH_NAMES[(env.RUNNER_ARCH ?? process.arch).toLowerCase()];
    return os && arch ? { os, arch } : undefined;
}
/**
 * Where the `platform` input contradicts what the runner says it is (`RUNNER_OS`, `RUNNER_ARCH`, each
 * only when set and known): the binary's header would be checked against one platform while it runs on
 * another, as when a runner label moves to a new architecture under a matrix that still names the old.
 * @returns the runner's platform as far as it tells (`macos-arm64`, or `macos-?` with no RUNNER_ARCH),
 *   or undefined when it agrees or says nothing.
 */
function runnerContradicts(claimed, env = process.env) {
    const os = env.RUNNER_OS ? OS_NAMES[env.RUNNER_OS.toLowerCase()] : undefined;
    const arch = env.RUNNER_ARCH ? ARCH_NAMES[env.RUNNER_ARCH.toLowerCase()] : undefined;
    if ((os && os !== claimed.os) || (arch && arch !== claimed.arch))
        return `${os ?? '?'}-${arch ?? '?'}`;
    return undefined;
}
/** The GitHub Actions matrix (`include`) that runs one smoke job per mapped platform on its own runner. */
function planMatrix(targets) {
    return {
        include: [...targets].map(([platform, target]) => ({
            platform,
            target,
            'runs-on': RUNNER_LABELS[platform]
        }))
    };
}

;// CONCATENATED MODULE: ./actions/release-smoke/src/generated/io.ts
// Generated from actions/release-smoke/action.yml by `npm run build` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.
/** Input names, as action.yml declares them. */
const Inputs = {
    Mode: 'mode',
    Tag: 'tag',
    Repository: 'repository',
    Token: 'token',
    Version: 'version',
    Asset: 'asset',
    Targets: 'targets',
    Checksums: 'checksums',
    Platform: 'platform',
    Binary: 'binary',
    VersionCommand: 'version-command',
    Expect: 'expect',
    Commands: 'commands',
    Timeout: 'timeout',
    InstallCommand: 'install-command',
    InstalledBinary: 'installed-binary',
    InstallTimeout: 'install-timeout'
};
/** Output names, as action.yml declares them. */
const Outputs = {
    Platform: 'platform',
    Target: 'target',
    Asset: 'asset',
    Sha256: 'sha256',
    VersionOutput: 'version-output',
    Result: 'result',
    Matrix: 'matrix',
    ReportJson: 'report-json'
};
/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
const INPUT_DECLARATIONS = {
    mode: { default: 'test', required: false },
    tag: { required: false },
    repository: { required: false },
    token: { default: '${{ github.token }}', required: false },
    version: { required: false },
    asset: { required: false },
    targets: { required: true },
    checksums: { default: 'auto', required: false },
    platform: { required: false },
    binary: { required: false },
    'version-command': { default: '--version', required: false },
    expect: { default: '{version}', required: false },
    commands: { required: false },
    timeout: { default: '30s', required: false },
    'install-command': { required: false },
    'installed-binary': { required: false },
    'install-timeout': { default: '10m', required: false }
};

;// CONCATENATED MODULE: ./actions/release-smoke/src/inputs.ts






/** Input and output names, generated from action.yml (see ./generated/io.ts). */

const MODES = ['test', 'plan'];
// A version stands whole when no digit (or digit and dot) comes right before it, and no digit (or dot
// and digit) right after: `1.2.3` is not in `1.2.30`, `1.2.3.4`, `11.2.3` or `0.1.2.3`.
const NOT_AFTER_VERSION_PART = '(?<![0-9]|[0-9]\\.)';
const NOT_BEFORE_VERSION_PART = '(?![0-9]|\\.[0-9])';
/**
 * The text form of `expect`: `{version}` replaced by the version, which must stand whole in the output
 * (a substring test alone would let `1.2.3` pass on a program printing `1.2.30`).
 * @param template the `expect` input (not a `/regex/`).
 * @param version the release's version.
 */
function textExpectation(template, version) {
    const parts = template.split('{version}');
    const text = parts.join(version);
    if (parts.length === 1)
        return { text };
    const whole = `${NOT_AFTER_VERSION_PART}${escapeRegex(version)}${NOT_BEFORE_VERSION_PART}`;
    return { text, pattern: new RegExp(parts.map(escapeRegex).join(whole)) };
}
/**
 * Reads and validates every input before any request.
 * @throws ConfigurationError naming every missing or invalid input.
 */
function parseInputs(reader = new inputs/* InputReader */.i_()) {
    reader.declare(INPUT_DECLARATIONS);
    const mode = reader.enum(Inputs.Mode, MODES);
    const testing = mode === 'test';
    const tag = reader.tag(Inputs.Tag, { required: testing, fromRef: true });
    const repository = reader.repository(Inputs.Repository, { required: testing });
    const token = reader.secret(Inputs.Token);
    const version = reader.optional(Inputs.Version) ?? (tag ? (0,inventory.versionFromTag)(tag) : '');
    const asset = reader.string(Inputs.Asset, { required: testing });
    const targetLines = reader.list(Inputs.Targets, { required: true, separators: 'newline' });
    const checksumsText = reader.string(Inputs.Checksums);
    const platform = reader.optional(Inputs.Platform);
    const binary = reader.optional(Inputs.Binary);
    const versionCommandText = reader.string(Inputs.VersionCommand);
    const expectText = reader.string(Inputs.Expect);
    const commandLines = reader.list(Inputs.Commands, { separators: 'newline' });
    const timeoutMs = reader.duration(Inputs.Timeout, { max: 3_600_000 });
    const installCommand = reader.optional(Inputs.InstallCommand);
    const installedBinary = reader.optional(Inputs.InstalledBinary);
    const installTimeoutMs = reader.duration(Inputs.InstallTimeout, { max: 6 * 3_600_000 });
    const known = PLATFORMS.join(', ');
    const targets = new Map();
    for (const line of targetLines) {
        const eq = line.indexOf('=');
        const name = eq < 0 ? '' : line.slice(0, eq).trim().toLowerCase();
        const target = eq < 0 ? '' : line.slice(eq + 1).trim();
        if (!parsePlatform(name) || !target) {
            reader.fail(Inputs.Targets, `${JSON.stringify(line)} is not platform=target; platforms are ${known} (each has a GitHub-hosted runner).`);
        }
        else if (targets.has(name)) {
            reader.fail(Inputs.Targets, `platform ${name} is mapped twice.`);
        }
        else
            targets.set(name, target);
    }
    if (platform !== undefined && !parsePlatform(platform))
        reader.fail(Inputs.Platform, `${JSON.stringify(platform)} is not a platform; use one of ${known}.`);
    if (testing && asset) {
        try {
            (0,inventory/* parseTemplate */.QC)(asset, Inputs.Asset);
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                reader.add(e);
            else
                reader.fail(Inputs.Asset, (0,errors/* getErrorMessage */.u1)(e));
        }
    }
    const words = (name, line) => {
        try {
            return (0,isolated_command/* splitWords */.yM)(line);
        }
        catch (e) {
            reader.fail(name, (0,errors/* getErrorMessage */.u1)(e));
            return [];
        }
    };
    const versionCommand = words(Inputs.VersionCommand, versionCommandText);
    const commands = commandLines.map((l) => words(Inputs.Commands, l));
    let expect = textExpectation(expectText, version);
    const regex = /^\/(.*)\/([dgimsuvy]*)$/s.exec(expectText);
    if (regex) {
        try {
            expect = { regex: new RegExp(regex[1].replaceAll('{version}', escapeRegex(version)), regex[2]) };
        }
        catch (e) {
            reader.fail(Inputs.Expect, `${JSON.stringify(expectText)} is not a valid regular expression: ${e.message}`);
        }
    }
    else if (testing && expectText.includes('{version}') && !version) {
        reader.fail(Inputs.Expect, 'uses {version}, but there is no version (set the version input, or run on a tag).');
    }
    let checksums = checksumsText.toLowerCase();
    if (testing) {
        try {
            checksums = (0,inventory/* parseChecksumsInput */.m2)(checksumsText, { version, tag }, Inputs.Checksums);
        }
        catch (e) {
            if (!(e instanceof errors/* InputError */.dz))
                throw e;
            reader.add(e);
        }
    }
    if (timeoutMs === 0)
        reader.fail(Inputs.Timeout, '0 would kill every command at once; use at least 1s.');
    reader.finish();
    return {
        mode,
        tag: tag ?? '',
        repository,
        token,
        version,
        asset,
        checksums,
        targets,
        platform: platform?.trim().toLowerCase(),
        binary,
        versionCommand,
        expect,
        commands,
        timeoutMs,
        installCommand,
        installedBinary,
        installTimeoutMs
    };
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./actions/release-smoke/src/select-binary.ts
/** Chooses the program to smoke-test among what the asset unpacked to. */

function list(items, max = 15) {
    if (items.length === 0)
        return 'nothing';
    return items.slice(0, max).join(', ') + (items.length > max ? `, and ${items.length - max} more` : '');
}
/**
 * The `binary` input (a path inside the archive, or a file name found once anywhere in it), else the
 * archive's only executable, else the one named after the project (`name` or `name.exe`).
 */
function selectBinary(extraction, binary, project) {
    const executables = extraction.executables;
    const files = extraction.entries
        .filter((e) => e.type === 'file' || e.type === 'hardlink')
        .map((e) => e.path);
    if (binary) {
        const wanted = binary.replace(/\\/g, '/').replace(/^\.\//, '');
        const links = extraction.entries.filter((e) => e.type === 'symlink');
        const named = [...files, ...links.map((l) => l.path)];
        // A link and the file it leads to may both match: they are one binary.
        const hits = [
            ...new Set(named.filter((f) => f === wanted || f.endsWith(`/${wanted}`)).map((f) => followLinks(f, links)))
        ];
        if (hits.length !== 1) {
            return {
                problem: {
                    rule: 'no-executable',
                    detail: `${hits.length ? `${hits.length} files match` : 'the archive holds no'} binary ${JSON.stringify(binary)}; its files are: ${list(files)}`
                }
            };
        }
        const found = executables.find((e) => e.path === hits[0]);
        if (!found) {
            return {
                problem: {
                    rule: 'no-executable',
                    detail: `binary ${hits[0]} is not an executable (no ELF, Mach-O, PE or #! header); the archive's executables are: ${list(executables.map((e) => e.path))}`
                }
            };
        }
        return { found };
    }
    if (executables.length === 1)
        return { found: executables[0] };
    if (executables.length === 0) {
        return {
            problem: {
                rule: 'no-executable',
                detail: `the asset holds no executable; its files are: ${list(files)}`
            }
        };
    }
    const named = executables.filter((e) => {
        const base = e.path.split('/').pop().toLowerCase();
        return base === project.toLowerCase() || base === `${project.toLowerCase()}.exe`;
    });
    if (named.length === 1)
        return { found: named[0] };
    return {
        problem: {
            rule: 'no-executable',
            detail: `the asset holds ${executables.length} executables and ${named.length ? 'several' : 'none'} named ${project}: ${list(executables.map((e) => e.path))}; set the binary input`
        }
    };
}
/** Where a link in the archive leads (`bin/tool -> ../libexec/tool`), following up to 8 links. */
function followLinks(file, links) {
    let current = file;
    for (let i = 0; i < 8; i++) {
        const link = links.find((l) => l.path === current);
        if (!link?.target)
            return current;
        current = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(current), link.target));
    }
    return current;
}

;// CONCATENATED MODULE: ./actions/release-smoke/src/smoke-run.ts
/** Runs the version command and the smoke commands against one binary and judges each result. */

const SPAWN_REASONS = {
    ENOEXEC: 'cannot execute binary file (exec format error)',
    EACCES: 'cannot be started: permission denied (is the executable bit set?)',
    ENOENT: 'cannot be started: not found (a missing interpreter or dynamic loader?)',
    EBADARCH: 'cannot execute binary file (bad CPU type)'
};
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim()) ?? '';
    return line.length > 160 ? line.slice(0, 160) + '…' : line;
}
function describe(expect) {
    return 'text' in expect ? JSON.stringify(expect.text) : String(expect.regex);
}
/** Judges a finished run: started, finished in time, no signal, exit 0, and (when asked) the expected output. */
function judge(run, timeoutMs, expect) {
    if (run.spawnError)
        return {
            passed: false,
            reason: SPAWN_REASONS[run.spawnError.code] ?? `cannot be started: ${run.spawnError.message}`
        };
    if (run.timedOut)
        return { passed: false, reason: `did not finish within ${timeoutMs / 1000}s and was killed` };
    if (run.signal)
        return { passed: false, reason: `crashed with ${run.signal}` };
    // The platform's spawn reports an exec failure after fork (a bad format, a missing interpreter or
    // dynamic loader) as exit 127 with no output.
    if (run.exitCode === 127 && !run.stdout && !run.stderr)
        return {
            passed: false,
            reason: 'exits 127 — cannot execute binary file (exec format error, or a missing interpreter or dynamic loader)'
        };
    if (run.exitCode !== 0) {
        const said = firstLine((0,isolated_command/* escapeOutput */.PM)(run.stderr)) || firstLine((0,isolated_command/* escapeOutput */.PM)(run.stdout));
        return { passed: false, reason: `exits ${run.exitCode}${said ? ` — ${said}` : ''}` };
    }
    if (expect) {
        const output = `${run.stdout}\n${run.stderr}`;
        const ok = 'text' in expect
            ? expect.pattern
                ? expect.pattern.test(output)
                : output.includes(expect.text)
            : expect.regex.test(output);
        if (!ok) {
            const said = firstLine((0,isolated_command/* escapeOutput */.PM)(run.stdout)) || firstLine((0,isolated_command/* escapeOutput */.PM)(run.stderr));
            const partOnly = 'text' in expect && output.includes(expect.text);
            return {
                passed: false,
                reason: `prints no ${describe(expect)} (it printed ${said ? `"${said}"` : 'nothing'}${partOnly ? ', where it is only part of a longer version' : ''})`
            };
        }
    }
    return { passed: true };
}
/** Runs `program args` isolated and judges it. */
async function smokeCommand(name, program, displayName, args, options) {
    const run = await (0,isolated_command/* runIsolated */.Tr)(program, args, { timeoutMs: options.timeoutMs, tempRoot: options.tempRoot });
    const verdict = judge(run, options.timeoutMs, options.expect);
    return {
        name,
        display: [displayName, ...args].join(' '),
        args,
        exitCode: run.exitCode,
        signal: run.signal,
        timedOut: run.timedOut,
        spawnError: run.spawnError?.code,
        durationMs: Math.round(run.durationMs),
        stdout: (0,isolated_command/* escapeOutput */.PM)(run.stdout),
        stderr: (0,isolated_command/* escapeOutput */.PM)(run.stderr),
        truncated: run.truncated,
        ...verdict
    };
}

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(22019);
;// CONCATENATED MODULE: ./actions/release-smoke/src/summary.ts
/** The job summary and the `smoke` section of report.json. */


const SHOWN = 2000;
function clip(text) {
    return text.length > SHOWN
        ? `${text.slice(0, SHOWN)}\n… (${text.length - SHOWN} more characters in report.json)`
        : text;
}
function renderPlan(report, matrix) {
    report.status('info', `Smoke-test matrix for ${matrix.include.length} platform(s).`);
    report.table(['platform', 'target', 'runs-on'], matrix.include.map((m) => [m.platform, (0,markdown/* untrustedCell */.T)(m.target), m['runs-on']]));
}
function renderSmoke(report, record, passed) {
    const what = record.asset ? `${record.asset} (target ${record.target})` : `platform ${record.platform}`;
    report.status(passed ? 'pass' : 'fail', passed
        ? `${what} installs and runs on ${record.platform}.`
        : `${what} failed its smoke test on ${record.platform}.`);
    report.table(['check', 'result', 'detail'], [
        ...record.checks.map((c) => [c.check, (0,src_report/* mark */.G)(c.passed ? 'pass' : 'fail'), (0,markdown/* untrustedCell */.T)(c.detail)]),
        ...record.commands.map((c) => [
            (0,markdown/* untrustedCell */.T)(c.display),
            (0,src_report/* mark */.G)(c.passed ? 'pass' : 'fail'),
            (0,markdown/* untrustedCell */.T)(`${c.reason ?? `exit 0`} in ${(c.durationMs / 1000).toFixed(1)} s`)
        ])
    ]);
    for (const c of record.commands) {
        const text = [c.stdout, c.stderr ? `[stderr]\n${c.stderr}` : ''].filter(Boolean).join('\n');
        if (!text.trim())
            continue;
        report.heading(`${(0,markdown/* untrustedCell */.T)(c.display)}${c.truncated ? ' (output capped)' : ''}`, 4);
        report.code(clip(text));
    }
}

;// CONCATENATED MODULE: ./actions/release-smoke/src/main.ts














/** Installs and runs a release's binary on this runner's platform; see action.yml and docs.md. */
async function run() {
    await (0,action/* runAction */.C)('release-smoke', 'Release smoke test', async (report) => {
        const inputs = parseInputs();
        if (inputs.mode === 'plan')
            return plan(report, inputs);
        try {
            await smoke(report, inputs);
        }
        catch (e) {
            // A step that could not finish its test did not pass it: `result` says so too.
            report.output(Outputs.Result, 'failed');
            throw e;
        }
    });
}
function plan(report, inputs) {
    const matrix = planMatrix(inputs.targets);
    const json = JSON.stringify(matrix);
    core/* info */.pq(json);
    report.output(Outputs.Matrix, json);
    report.data.matrix = matrix;
    renderPlan(report, matrix);
}
/** A program's output (or install-command's) in the log: untrusted, so through core's safe path. */
function logOutput(label, text) {
    const shown = (0,isolated_command/* outputForLog */.Nx)(text);
    if (shown)
        (0,untrusted_text/* logInfo */.fH)(`${label}:\n${shown}`);
}
async function smoke(report, inputs) {
    const detected = currentPlatform();
    const platform = inputs.platform ? parsePlatform(inputs.platform) : detected;
    if (!platform) {
        throw new errors/* ConfigurationError */.j1(`Cannot tell this runner's platform (RUNNER_OS ${JSON.stringify(process.env.RUNNER_OS ?? '')}, RUNNER_ARCH ${JSON.stringify(process.env.RUNNER_ARCH ?? '')}); set the '${Inputs.Platform}' input.`);
    }
    const name = platformName(platform);
    if (!inputs.platform && !PLATFORMS.includes(name)) {
        throw new errors/* ConfigurationError */.j1(`This runner's platform ${name} is not one release-smoke tests; it tests ${PLATFORMS.join(', ')}.`);
    }
    const record = {
        platform: name,
        repository: `${inputs.repository.owner}/${inputs.repository.repo}`,
        tag: inputs.tag,
        version: inputs.version,
        commands: [],
        checks: []
    };
    report.data.smoke = record;
    report.output(Outputs.Platform, name);
    // Every failure names the platform first: the gate shows one line per failed matrix job.
    const fail = (rule, detail, asCheck = true) => {
        // A failed command has its own row; other failures are rows of the checks table.
        if (asCheck)
            record.checks.push({ check: rule, passed: false, detail });
        report.fail(rule, `${name}: ${detail}`);
    };
    const pass = (check, detail) => record.checks.push({ check, passed: true, detail });
    const finish = () => {
        report.output(Outputs.Result, report.failures.length ? 'failed' : 'passed');
        renderSmoke(report, record, report.failures.length === 0);
    };
    const runner = inputs.platform ? runnerContradicts(platform) : undefined;
    if (runner) {
        // Checked against one platform and run on another, a pass would vouch for the wrong binary.
        fail('platform-mismatch', `the '${Inputs.Platform}' input says ${name}, but this runner is ${runner} (RUNNER_OS ${JSON.stringify(process.env.RUNNER_OS ?? '')}, RUNNER_ARCH ${JSON.stringify(process.env.RUNNER_ARCH ?? '')}); run the job on a ${name} runner (runs-on: ${RUNNER_LABELS[name]}), or leave '${Inputs.Platform}' unset to test the runner's own platform`);
        return finish();
    }
    const target = inputs.targets.get(name);
    if (!target) {
        fail('no-target', `no target is mapped for platform ${name} in '${Inputs.Targets}'; it maps ${[...inputs.targets.keys()].join(', ')}`);
        return finish();
    }
    record.target = target;
    report.output(Outputs.Target, target);
    const assetName = (0,inventory/* expandTemplate */.Ly)(inputs.asset, { version: inputs.version, tag: inputs.tag, targets: [target] }, Inputs.Asset)[0];
    record.asset = assetName;
    report.output(Outputs.Asset, assetName);
    (0,untrusted_text/* logInfo */.fH)(`Platform ${name}${inputs.platform ? ' (from the platform input)' : ''}: target ${(0,untrusted_text/* logValue */.Od)(target)}, asset ${(0,untrusted_text/* logValue */.Od)(assetName)}.`);
    const [{ createGitHubClient }, release, { fetchAndCheck }, archive, { readExecutableHeader, platformMismatch }] = await Promise.all([
        __webpack_require__.e(/* import() */ 1527).then(__webpack_require__.bind(__webpack_require__, 51527)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 47828)),
        Promise.all(/* import() */[__webpack_require__.e(1457), __webpack_require__.e(950), __webpack_require__.e(3580)]).then(__webpack_require__.bind(__webpack_require__, 6048)),
        __webpack_require__.e(/* import() */ 6496).then(__webpack_require__.bind(__webpack_require__, 36496)),
        __webpack_require__.e(/* import() */ 7247).then(__webpack_require__.bind(__webpack_require__, 87247))
    ]);
    const gh = await createGitHubClient(inputs.token);
    const repo = inputs.repository;
    const found = release.requireRelease(await release.findRelease(gh, repo, { tag: inputs.tag }));
    const assets = await release.listAssets(gh, repo, found.id);
    const asset = assets.find((a) => a.name === assetName && a.state === 'uploaded');
    if (!asset) {
        const names = assets.filter((a) => a.state === 'uploaded').map((a) => a.name);
        const shown = names.slice(0, 30).join(', ') + (names.length > 30 ? `, and ${names.length - 30} more` : '');
        const interrupted = assets.some((a) => a.name === assetName);
        fail('asset-missing', interrupted
            ? `release ${inputs.tag}'s asset ${assetName} never finished uploading (state starter); upload it again`
            : `release ${inputs.tag} has no asset ${assetName}; it has ${names.length ? shown : 'no assets'}`);
        return finish();
    }
    const temp = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    (0,external_node_fs_.mkdirSync)(temp, { recursive: true });
    const work = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(temp, 'release-smoke-'));
    try {
        const downloaded = external_node_path_default().join(work, 'download');
        const checked = await fetchAndCheck(gh, repo, found, asset, assets, downloaded, inputs.checksums);
        record.sha256 = checked.sha256;
        record.downloadedVia = checked.via;
        record.claims = checked.claims.map((c) => ({ source: c.label, sha256: c.sha256 }));
        // Warnings quote checksum-file lines and asset names: text of the release, not of the workflow.
        for (const w of checked.warnings)
            core/* warning */.$e((0,untrusted_text/* logSafe */.sN)(w));
        if (checked.sha256)
            report.output(Outputs.Sha256, checked.sha256);
        for (const p of checked.problems)
            fail(p.rule, p.detail);
        if (checked.problems.length || !checked.file)
            return finish();
        pass('checksum', `SHA-256 ${checked.sha256} agrees with ${checked.claims.map((c) => c.label).join(', ')}`);
        const unpacked = external_node_path_default().join(work, 'unpacked');
        (0,external_node_fs_.mkdirSync)(unpacked);
        let extraction;
        try {
            extraction = await archive.extractAsset(checked.file, asset.name, unpacked);
        }
        catch (e) {
            if (!(e instanceof archive.UnsafeArchiveError))
                throw e;
            fail('unsafe-archive', `${asset.name} was not unpacked: ${e.message}`);
            return finish();
        }
        record.archive = { kind: extraction.kind, entries: extraction.entries.length };
        const chosen = selectBinary(extraction, inputs.binary, repo.repo);
        if ('problem' in chosen) {
            fail(chosen.problem.rule, chosen.problem.detail);
            return finish();
        }
        const exe = chosen.found;
        record.binary = {
            path: exe.path,
            format: exe.header.format,
            description: exe.header.description,
            repaired: exe.repaired
        };
        pass('unpacked', `${extraction.kind}: ${extraction.entries.length} ${extraction.entries.length === 1 ? 'entry' : 'entries'}; binary ${exe.path}${exe.repaired ? (extraction.kind === 'plain' ? ' (made executable, as users do after downloading)' : ' (executable bit restored: the archive stored no mode)') : ''}`);
        // The entry's name and a script's #! line are the archive's text.
        (0,untrusted_text/* logInfo */.fH)(`Binary ${(0,untrusted_text/* logValue */.Od)(exe.path)}: ${(0,untrusted_text/* logValue */.Od)(exe.header.description)}.`);
        const mismatch = platformMismatch(exe.header, platform);
        if (mismatch) {
            fail('wrong-architecture', `${exe.path} in ${asset.name} does not fit: ${mismatch}`);
            return finish();
        }
        pass('architecture', exe.header.format === 'script'
            ? `a script (#!${exe.header.interpreter}): its interpreter decides`
            : exe.header.description);
        if (!exe.executable) {
            fail('not-executable', `${exe.path} in ${asset.name} has no executable bit (mode ${(extraction.entries.find((e) => e.path === exe.path)?.mode ?? 0).toString(8)}): users who unpack it get "permission denied"`);
            return finish();
        }
        const program = external_node_path_default().join(unpacked, ...exe.path.split('/'));
        const display = external_node_path_default().basename(exe.path);
        await runCommands('', program, display, inputs, record, fail, report, work);
        if (inputs.installCommand) {
            const { runInstall, findOnPath } = await __webpack_require__.e(/* import() */ 346).then(__webpack_require__.bind(__webpack_require__, 346));
            core/* info */.pq('Running install-command.');
            const installed = await runInstall(inputs.installCommand, inputs.installTimeoutMs);
            logOutput('install-command output', installed.output);
            record.install = installed;
            if (!installed.passed) {
                fail('install-failed', `install-command ${installed.reason}`);
                return finish();
            }
            // A plain asset's file name carries version and target; what it installs as is the program's name.
            const installedName = inputs.binary
                ? external_node_path_default().basename(inputs.binary.replace(/\\/g, '/'))
                : extraction.kind === 'plain'
                    ? repo.repo
                    : display;
            const where = inputs.installedBinary ?? findOnPath(installedName.replace(/\.exe$/i, ''));
            if (!where) {
                fail('install-failed', `after install-command, no ${installedName} is on PATH; set installed-binary to where it installs`);
                return finish();
            }
            record.installedBinary = where;
            const header = await readExecutableHeader(where);
            if (!header) {
                fail('no-executable', `the installed ${where} is not an executable (no ELF, Mach-O, PE or #! header)`);
                return finish();
            }
            const problem = platformMismatch(header, platform);
            if (problem) {
                fail('wrong-architecture', `the installed ${where} does not fit: ${problem}`);
                return finish();
            }
            await runCommands('installed ', where, display, inputs, record, fail, report, work);
        }
        finish();
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
async function runCommands(prefix, program, display, inputs, record, fail, report, 
/** Where each run's new HOME and working directory are made (removed with it). */
tempRoot) {
    const runs = [
        { name: `${prefix}version`, args: inputs.versionCommand, expect: inputs.expect },
        ...inputs.commands.map((args, i) => ({ name: `${prefix}command ${i + 1}`, args }))
    ];
    for (const r of runs) {
        const result = await smokeCommand(r.name, program, display, r.args, {
            timeoutMs: inputs.timeoutMs,
            tempRoot,
            expect: r.expect
        });
        record.commands.push(result);
        // The display holds the archive's file name, the reason a line of the program's output.
        (0,untrusted_text/* logInfo */.fH)(`${result.passed ? 'ok' : 'FAILED'}: ${prefix}${(0,untrusted_text/* logValue */.Od)(result.display)} (${result.durationMs} ms)${result.reason ? `: ${(0,untrusted_text/* logValue */.Od)(result.reason, 1_000)}` : ''}`);
        logOutput('stdout', result.stdout);
        logOutput('stderr', result.stderr);
        if (r.name === `${prefix}version` && !prefix)
            report.output(Outputs.VersionOutput, result.stdout.trim() || result.stderr.trim());
        if (!result.passed)
            fail(result.timedOut
                ? 'timeout'
                : r.expect && result.exitCode === 0
                    ? 'unexpected-output'
                    : 'command-failed', `\`${prefix}${result.display}\` ${result.reason}`, false);
    }
}


/***/ }),

/***/ 62941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseList),
/* harmony export */   J: () => (/* binding */ rawInput)
/* harmony export */ });
/*
 * Reading an input's text, apart from InputReader: this module loads nothing else (no @actions/core),
 * so an entry point can read inputs before the rest of its action has loaded (see sha256sums' head start).
 */
/** Input value as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased, hyphens kept. */
function rawInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Splits a newline- or comma-separated list, dropping blanks and `#` comment lines. */
function parseList(text, separators = 'newline-or-comma') {
    const pattern = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
    return text
        .split(pattern)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}


/***/ }),

/***/ 94398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ outputForLog),
/* harmony export */   PM: () => (/* binding */ escapeOutput),
/* harmony export */   Tr: () => (/* binding */ runIsolated),
/* harmony export */   yM: () => (/* binding */ splitWords)
/* harmony export */ });
/* unused harmony export isolatedEnvironment */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Runs a program under test the way a first-time user would: no shell, a new empty home directory, a
 * temporary working directory, no token or runner file-command path in its environment, and a timeout
 * after which its whole process group is killed. Output is captured up to a cap.
 */




// Variables a program under test must never see: tokens, the runner's file-command paths (writing to
// GITHUB_OUTPUT or GITHUB_ENV would let it forge this step's outputs), and the step's inputs.
const DROP_EXACT = new Set([
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
]);
const DROP_PATTERN = /^(INPUT_|ACTIONS_)|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE_KEY|API_KEY/i;
/**
 * The environment for a program under test: `base` without secrets, inputs and runner file commands,
 * with `HOME` (and the per-user folders programs derive from it) pointing at `home`.
 */
function isolatedEnvironment(base, home) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || DROP_EXACT.has(k.toUpperCase()) || DROP_PATTERN.test(k))
            continue;
        env[k] = v;
    }
    Object.assign(env, {
        HOME: home,
        USERPROFILE: home,
        XDG_CONFIG_HOME: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.config'),
        XDG_CACHE_HOME: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.cache'),
        XDG_DATA_HOME: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.local', 'share'),
        XDG_STATE_HOME: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.local', 'state')
    });
    if (process.platform === 'win32') {
        env.APPDATA = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, 'AppData', 'Roaming');
        env.LOCALAPPDATA = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, 'AppData', 'Local');
    }
    return env;
}
/** Collects a stream up to `cap` bytes, counting what it dropped. */
class Capture {
    cap;
    parts = [];
    kept = 0;
    dropped = 0;
    constructor(cap) {
        this.cap = cap;
    }
    add(chunk) {
        const room = this.cap - this.kept;
        if (room > 0) {
            const piece = chunk.subarray(0, room);
            this.parts.push(piece);
            this.kept += piece.length;
        }
        this.dropped += Math.max(0, chunk.length - Math.max(0, room));
    }
    text() {
        return Buffer.concat(this.parts).toString('utf8');
    }
}
/**
 * Runs `file` with `args` (an argv array, never through a shell) in a new empty HOME and working directory.
 * Never throws for the program's own failures: they are in the result.
 */
async function runIsolated(file, args, options) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.tempRoot ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'smoke-'));
    const home = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, 'home');
    const cwd = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, 'work');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(home);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(cwd);
    const cap = options.outputCap ?? 64 * 1024;
    const out = new Capture(cap);
    const err = new Capture(cap);
    const started = process.hrtime.bigint();
    const posix = process.platform !== 'win32';
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
        cwd,
        env: isolatedEnvironment(options.env ?? process.env, home),
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own process group on POSIX, so that a timeout kills what it started too.
        detached: posix,
        windowsHide: true,
        shell: false
    });
    child.stdout?.on('data', (d) => out.add(d));
    child.stderr?.on('data', (d) => err.add(d));
    let timedOut = false;
    const kill = () => {
        try {
            if (posix && child.pid)
                process.kill(-child.pid, 'SIGKILL');
            else
                child.kill('SIGKILL');
        }
        catch {
            child.kill('SIGKILL');
        }
    };
    const timer = setTimeout(() => {
        timedOut = true;
        kill();
    }, options.timeoutMs);
    const closed = new Promise((resolve) => child.on('close', () => resolve()));
    const result = await new Promise((resolve) => {
        child.on('error', (e) => resolve({ exitCode: null, signal: null, spawnError: { code: e.code ?? 'ERROR', message: e.message } }));
        child.on('exit', (code, signal) => resolve({ exitCode: code, signal }));
    });
    clearTimeout(timer);
    // Whatever it left running in its group goes too (a daemon started by `--version` is a finding, not a leftover).
    if (posix && child.pid && !result.spawnError) {
        try {
            process.kill(-child.pid, 'SIGKILL');
        }
        catch {
            // the group is already gone
        }
    }
    // A daemon that left the group (its own session) may keep the pipes open: take what output arrives
    // shortly after the exit and stop reading, rather than wait for the daemon.
    let drained;
    await Promise.race([closed, new Promise((resolve) => (drained = setTimeout(resolve, 1000)))]);
    clearTimeout(drained);
    child.stdout?.destroy();
    child.stderr?.destroy();
    return {
        ...result,
        timedOut,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.dropped + err.dropped > 0,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        home,
        cwd
    };
}
/**
 * Splits a command line into words the way a shell would split plain words and quotes (`'…'`, `"…"`,
 * backslash escapes), without expanding anything: no variables, globs, pipes or redirections.
 * @throws Error for an unterminated quote.
 */
function splitWords(line) {
    const words = [];
    let current = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new Error(`unterminated ' quote in ${JSON.stringify(line)}`);
            current += line.slice(i + 1, end);
            i = end;
            inWord = true;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j++;
                current += line[j];
            }
            if (j >= line.length)
                throw new Error(`unterminated " quote in ${JSON.stringify(line)}`);
            i = j;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            current += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/**
 * Program output made safe to show: control characters other than newline and tab (terminal escapes,
 * carriage returns that overwrite a line) become `\xNN` or `\uNNNN`.
 */
function escapeOutput(text) {
    return text.replace(/\r\n/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]/g, (c) => {
        const code = c.charCodeAt(0);
        return code > 0xff
            ? `\\u${code.toString(16).padStart(4, '0')}`
            : `\\x${code.toString(16).padStart(2, '0')}`;
    });
}
/**
 * Program output for the step log: escaped, and every line led by `| ` so that no line the program
 * printed can be read by the runner as a workflow command (`::set-output`, `::add-mask`…).
 */
function outputForLog(text) {
    const body = escapeOutput(text).replace(/\n$/, '');
    return body === ''
        ? ''
        : body
            .split('\n')
            .map((l) => `| ${l}`)
            .join('\n');
}


/***/ }),

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ untrustedCell),
/* harmony export */   U: () => (/* binding */ untrustedText)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82779);
/**
 * Untrusted text (issue titles, advisory titles, check names, comment reasons) made safe to place in
 * Markdown that release-kit publishes: job summaries, issue bodies, pull request and release comments.
 * Both helpers are {@link markdownText} from `untrusted-text.ts`, the one safe path, under the names the
 * actions already use.
 */

/** Characters of one untrusted text kept in a page (a long advisory or comment is cut with a note). */
const TEXT_LIMIT = 1_000;
/**
 * Neutralises what untrusted text could do beyond being shown: `<` and `>` cannot open HTML or forge
 * the hidden `<!-- … -->` markers that find release-kit's own comments and sections again; Markdown
 * punctuation cannot make links, images or emphasis; an `@name` cannot mention (notify) a user or team,
 * `#12` cannot reference an issue, a bare URL is not made a link. One line, capped.
 * @param text any untrusted text.
 * @returns the text, displayed the same, with those effects removed.
 */
function untrustedText(text) {
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text, { max: TEXT_LIMIT });
}
/**
 * Untrusted text for a cell of a hand-built Markdown table: {@link untrustedText} (one line, `\` escaped)
 * with `|` escaped so that it cannot end the cell.
 * @param text any untrusted text.
 */
function untrustedCell(text) {
    // markdownText escapes `|` as `\|` already, which is what a table cell needs too.
    return untrustedText(text);
}


/***/ })

};
