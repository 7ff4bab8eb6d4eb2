import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '#core/action.js';
import { ConfigurationError } from '#core/errors.js';
import type { Platform } from '#core/executable-header.js';
import { expandTemplate } from '#core/inventory.js';
import { outputForLog } from '#core/isolated-command.js';
import type { Report } from '#core/report.js';
import { logInfo, logSafe, logValue } from '#core/untrusted-text.js';
import { Inputs, Outputs, parseInputs, type SmokeInputs } from './inputs.js';
import {
  currentPlatform,
  parsePlatform,
  planMatrix,
  platformName,
  PLATFORMS,
  runnerContradicts,
  RUNNER_LABELS
} from './platform.js';
import { selectBinary } from './select-binary.js';
import { smokeCommand } from './smoke-run.js';
import { renderPlan, renderSmoke, type SmokeRecord } from './summary.js';

/** Installs and runs a release's binary on this runner's platform; see action.yml and docs.md. */
export async function run(): Promise<void> {
  await runAction('release-smoke', 'Release smoke test', async (report) => {
    const inputs = parseInputs();
    if (inputs.mode === 'plan') return plan(report, inputs);
    try {
      await smoke(report, inputs);
    } catch (e) {
      // A step that could not finish its test did not pass it: `result` says so too.
      report.output(Outputs.Result, 'failed');
      throw e;
    }
  });
}

function plan(report: Report, inputs: SmokeInputs): void {
  const matrix = planMatrix(inputs.targets);
  const json = JSON.stringify(matrix);
  core.info(json);
  report.output(Outputs.Matrix, json);
  report.data.matrix = matrix;
  renderPlan(report, matrix);
}

/** A program's output (or install-command's) in the log: untrusted, so through core's safe path. */
function logOutput(label: string, text: string): void {
  const shown = outputForLog(text);
  if (shown) logInfo(`${label}:\n${shown}`);
}

async function smoke(report: Report, inputs: SmokeInputs): Promise<void> {
  const detected = currentPlatform();
  const platform: Platform | undefined = inputs.platform ? parsePlatform(inputs.platform) : detected;
  if (!platform) {
    throw new ConfigurationError(
      `Cannot tell this runner's platform (RUNNER_OS ${JSON.stringify(process.env.RUNNER_OS ?? '')}, RUNNER_ARCH ${JSON.stringify(process.env.RUNNER_ARCH ?? '')}); set the '${Inputs.Platform}' input.`
    );
  }
  const name = platformName(platform);
  if (!inputs.platform && !PLATFORMS.includes(name)) {
    throw new ConfigurationError(
      `This runner's platform ${name} is not one release-smoke tests; it tests ${PLATFORMS.join(', ')}.`
    );
  }
  const record: SmokeRecord = {
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
  const fail = (rule: string, detail: string, asCheck = true) => {
    // A failed command has its own row; other failures are rows of the checks table.
    if (asCheck) record.checks.push({ check: rule, passed: false, detail });
    report.fail(rule, `${name}: ${detail}`);
  };
  const pass = (check: string, detail: string) => record.checks.push({ check, passed: true, detail });
  const finish = () => {
    report.output(Outputs.Result, report.failures.length ? 'failed' : 'passed');
    renderSmoke(report, record, report.failures.length === 0);
  };

  const runner = inputs.platform ? runnerContradicts(platform) : undefined;
  if (runner) {
    // Checked against one platform and run on another, a pass would vouch for the wrong binary.
    fail(
      'platform-mismatch',
      `the '${Inputs.Platform}' input says ${name}, but this runner is ${runner} (RUNNER_OS ${JSON.stringify(process.env.RUNNER_OS ?? '')}, RUNNER_ARCH ${JSON.stringify(process.env.RUNNER_ARCH ?? '')}); run the job on a ${name} runner (runs-on: ${RUNNER_LABELS[name]}), or leave '${Inputs.Platform}' unset to test the runner's own platform`
    );
    return finish();
  }

  const target = inputs.targets.get(name);
  if (!target) {
    fail(
      'no-target',
      `no target is mapped for platform ${name} in '${Inputs.Targets}'; it maps ${[...inputs.targets.keys()].join(', ')}`
    );
    return finish();
  }
  record.target = target;
  report.output(Outputs.Target, target);
  const assetName = expandTemplate(
    inputs.asset,
    { version: inputs.version, tag: inputs.tag, targets: [target] },
    Inputs.Asset
  )[0];
  record.asset = assetName;
  report.output(Outputs.Asset, assetName);
  logInfo(
    `Platform ${name}${inputs.platform ? ' (from the platform input)' : ''}: target ${logValue(target)}, asset ${logValue(assetName)}.`
  );

  const [
    { createGitHubClient },
    release,
    { fetchAndCheck },
    archive,
    { readExecutableHeader, platformMismatch }
  ] = await Promise.all([
    import('#core/github.js'),
    import('#core/release.js'),
    import('./fetch-asset.js'),
    import('#core/archive-extract.js'),
    import('#core/executable-header.js')
  ]);
  const gh = await createGitHubClient(inputs.token);
  const repo = inputs.repository;
  const found = release.requireRelease(await release.findRelease(gh, repo, { tag: inputs.tag }));
  const assets = await release.listAssets(gh, repo, found.id);
  const asset = assets.find((a) => a.name === assetName && a.state === 'uploaded');
  if (!asset) {
    const names = assets.filter((a) => a.state === 'uploaded').map((a) => a.name);
    const shown =
      names.slice(0, 30).join(', ') + (names.length > 30 ? `, and ${names.length - 30} more` : '');
    const interrupted = assets.some((a) => a.name === assetName);
    fail(
      'asset-missing',
      interrupted
        ? `release ${inputs.tag}'s asset ${assetName} never finished uploading (state starter); upload it again`
        : `release ${inputs.tag} has no asset ${assetName}; it has ${names.length ? shown : 'no assets'}`
    );
    return finish();
  }

  const temp = process.env.RUNNER_TEMP || os.tmpdir();
  mkdirSync(temp, { recursive: true });
  const work = mkdtempSync(path.join(temp, 'release-smoke-'));
  try {
    const downloaded = path.join(work, 'download');
    const checked = await fetchAndCheck(gh, repo, found, asset, assets, downloaded, inputs.checksums);
    record.sha256 = checked.sha256;
    record.downloadedVia = checked.via;
    record.claims = checked.claims.map((c) => ({ source: c.label, sha256: c.sha256 }));
    // Warnings quote checksum-file lines and asset names: text of the release, not of the workflow.
    for (const w of checked.warnings) core.warning(logSafe(w));
    if (checked.sha256) report.output(Outputs.Sha256, checked.sha256);
    for (const p of checked.problems) fail(p.rule, p.detail);
    if (checked.problems.length || !checked.file) return finish();
    pass(
      'checksum',
      `SHA-256 ${checked.sha256} agrees with ${checked.claims.map((c) => c.label).join(', ')}`
    );

    const unpacked = path.join(work, 'unpacked');
    mkdirSync(unpacked);
    let extraction;
    try {
      extraction = await archive.extractAsset(checked.file, asset.name, unpacked);
    } catch (e) {
      if (!(e instanceof archive.UnsafeArchiveError)) throw e;
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
    pass(
      'unpacked',
      `${extraction.kind}: ${extraction.entries.length} ${extraction.entries.length === 1 ? 'entry' : 'entries'}; binary ${exe.path}${exe.repaired ? (extraction.kind === 'plain' ? ' (made executable, as users do after downloading)' : ' (executable bit restored: the archive stored no mode)') : ''}`
    );
    // The entry's name and a script's #! line are the archive's text.
    logInfo(`Binary ${logValue(exe.path)}: ${logValue(exe.header.description)}.`);
    const mismatch = platformMismatch(exe.header, platform);
    if (mismatch) {
      fail('wrong-architecture', `${exe.path} in ${asset.name} does not fit: ${mismatch}`);
      return finish();
    }
    pass(
      'architecture',
      exe.header.format === 'script'
        ? `a script (#!${exe.header.interpreter}): its interpreter decides`
        : exe.header.description
    );
    if (!exe.executable) {
      fail(
        'not-executable',
        `${exe.path} in ${asset.name} has no executable bit (mode ${(extraction.entries.find((e) => e.path === exe.path)?.mode ?? 0).toString(8)}): users who unpack it get "permission denied"`
      );
      return finish();
    }
    const program = path.join(unpacked, ...exe.path.split('/'));
    const display = path.basename(exe.path);
    await runCommands('', program, display, inputs, record, fail, report, work);

    if (inputs.installCommand) {
      const { runInstall, findOnPath } = await import('./install.js');
      core.info('Running install-command.');
      const installed = await runInstall(inputs.installCommand, inputs.installTimeoutMs);
      logOutput('install-command output', installed.output);
      record.install = installed;
      if (!installed.passed) {
        fail('install-failed', `install-command ${installed.reason}`);
        return finish();
      }
      // A plain asset's file name carries version and target; what it installs as is the program's name.
      const installedName = inputs.binary
        ? path.basename(inputs.binary.replace(/\\/g, '/'))
        : extraction.kind === 'plain'
          ? repo.repo
          : display;
      const where = inputs.installedBinary ?? findOnPath(installedName.replace(/\.exe$/i, ''));
      if (!where) {
        fail(
          'install-failed',
          `after install-command, no ${installedName} is on PATH; set installed-binary to where it installs`
        );
        return finish();
      }
      record.installedBinary = where;
      const header = await readExecutableHeader(where);
      if (!header) {
        fail(
          'no-executable',
          `the installed ${where} is not an executable (no ELF, Mach-O, PE or #! header)`
        );
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
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runCommands(
  prefix: string,
  program: string,
  display: string,
  inputs: SmokeInputs,
  record: SmokeRecord,
  fail: (rule: string, detail: string, asCheck?: boolean) => void,
  report: Report,
  /** Where each run's new HOME and working directory are made (removed with it). */
  tempRoot: string
): Promise<void> {
  const runs: { name: string; args: string[]; expect?: SmokeInputs['expect'] }[] = [
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
    logInfo(
      `${result.passed ? 'ok' : 'FAILED'}: ${prefix}${logValue(result.display)} (${result.durationMs} ms)${result.reason ? `: ${logValue(result.reason, 1_000)}` : ''}`
    );
    logOutput('stdout', result.stdout);
    logOutput('stderr', result.stderr);
    if (r.name === `${prefix}version` && !prefix)
      report.output(Outputs.VersionOutput, result.stdout.trim() || result.stderr.trim());
    if (!result.passed)
      fail(
        result.timedOut
          ? 'timeout'
          : r.expect && result.exitCode === 0
            ? 'unexpected-output'
            : 'command-failed',
        `\`${prefix}${result.display}\` ${result.reason}`,
        false
      );
  }
}
