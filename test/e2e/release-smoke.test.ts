/**
 * End to end: the bundled release-smoke (dist/release-smoke; build it with
 * `npm run build -- --only release-smoke`) against simulator releases holding real executables that
 * this test compiles with `cc` and packs with `tar`, `xz` and `zip`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { writeTarGz } from '../../packages/sim/src/tar.js';
import { ROOT, runAction, type RunResult } from '../harness/run-action.js';
import { forgedCommands, TAG } from './untrusted-checks.js';

const OWNER = 'octo-org';
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const HOST = `linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`;
const RUNNER_ARCH = process.arch === 'arm64' ? 'ARM64' : 'X64';
const TARGETS = [
  'linux-x64=linux-amd64',
  'linux-arm64=linux-arm64',
  'macos-x64=macos-intel',
  'macos-arm64=macos-silicon',
  'windows-x64=windows-amd64.exe'
].join('\n');
const TARGET = HOST === 'linux-x64' ? 'linux-amd64' : 'linux-arm64';

const PROGRAM = `
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  const char *a = argc > 1 ? argv[1] : "";
  if (!strcmp(a, "--version")) { printf("caro %s\\n", VERSION); return 0; }
  if (!strcmp(a, "--help")) { printf("usage: caro [--version] [--help]\\n"); return 0; }
  if (!strcmp(a, "crash")) { fflush(stdout); abort(); }
  if (!strcmp(a, "hang")) { for (;;) sleep(1); }
  if (!strcmp(a, "env")) {
    char cwd[4096];
    printf("home=%s\\ncwd=%s\\ntoken=%s\\ninput=%s\\noutput=%s\\n", getenv("HOME"), getcwd(cwd, sizeof cwd),
      getenv("GITHUB_TOKEN") ? "set" : "unset", getenv("INPUT_TOKEN") ? "set" : "unset",
      getenv("GITHUB_OUTPUT") ? "set" : "unset");
    return 0;
  }
  if (!strcmp(a, "inject")) {
    printf("::add-mask::%s\\n\\r::warning::%s\\n", INJECTED, INJECTED);
    fprintf(stderr, "::error::%s\\n", INJECTED);
    return 3;
  }
  if (!strcmp(a, "args")) { for (int i = 2; i < argc; i++) printf("[%s]", argv[i]); printf("\\n"); return 0; }
  fprintf(stderr, "unknown command %s\\n", a);
  return 2;
}
`;

const haveCc = (() => {
  try {
    execFileSync('cc', ['--version'], { stdio: 'ignore' });
    return process.platform === 'linux';
  } catch {
    return false;
  }
})();
if (!haveCc)
  console.log('release-smoke e2e: skipped, it needs a Linux host with cc to build its test binaries.');
const maybe = haveCc ? describe : describe.skip;

let sim: Simulator;
let work: string;
let repoCounter = 0;
/** The compiled program printing 1.2.3, and one printing 1.2.2. */
let good: Buffer;
let stale: Buffer;

function compile(version: string): Buffer {
  const src = path.join(work, `caro-${version}.c`);
  const out = path.join(work, `caro-${version}`);
  writeFileSync(src, PROGRAM);
  execFileSync('cc', ['-O1', `-DVERSION="${version}"`, `-DINJECTED="${TAG}"`, '-o', out, src]);
  return readFileSync(out);
}

/** Packs `binary` as `caro-1.2.3/caro` in an archive of the given kind with the system's tools. */
function pack(binary: Buffer, kind: 'tar.gz' | 'tar.xz' | 'zip'): Buffer {
  const dir = mkdtempSync(path.join(work, 'pack-'));
  mkdirSync(path.join(dir, 'caro-1.2.3'));
  writeFileSync(path.join(dir, 'caro-1.2.3', 'caro'), binary, { mode: 0o755 });
  writeFileSync(path.join(dir, 'caro-1.2.3', 'README.md'), '# caro\n');
  const out = path.join(dir, `out.${kind}`);
  if (kind === 'zip') execFileSync('zip', ['-qr', out, 'caro-1.2.3'], { cwd: dir });
  else execFileSync('tar', [kind === 'tar.gz' ? '-czf' : '-cJf', out, 'caro-1.2.3'], { cwd: dir });
  return readFileSync(out);
}

interface AssetSpec {
  name: string;
  content: string | Buffer;
  digest?: string | null;
}

/** The asset plus a SHA256SUMS line and a sidecar, all agreeing. */
function withClaims(name: string, content: Buffer): AssetSpec[] {
  return [
    { name, content },
    { name: `${name}.sha256`, content: `${sha(content)}  ${name}\n` },
    { name: 'SHA256SUMS', content: `${sha(content)}  ${name}\n` }
  ];
}

function seed(assets: AssetSpec[], release: Record<string, unknown> = {}): string {
  const name = `smoke-${++repoCounter}`;
  sim.gh.addRepo({ owner: OWNER, name, releases: [{ tag_name: 'v1.2.3', assets, ...release }] });
  return name;
}

async function smoke(
  repo: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunResult> {
  return runAction('release-smoke', {
    inputs: {
      token: sim.adminToken,
      repository: `${OWNER}/${repo}`,
      asset: 'caro-{version}-{target}',
      targets: TARGETS,
      ...inputs
    },
    env: {
      GITHUB_API_URL: sim.urls.github,
      RELEASE_KIT_TIME_SCALE: '0.01',
      RUNNER_ARCH,
      GITHUB_TOKEN: 'ghs_outer_token',
      ...env
    }
  });
}

function failures(r: RunResult): { rule: string; detail: string }[] {
  return r.report.failures;
}

maybe('release-smoke (bundled, against the simulator, real executables)', () => {
  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/release-smoke/index.js')))
      throw new Error(
        'dist/release-smoke/index.js is missing: run npm run build -- --only release-smoke first.'
      );
    work = mkdtempSync(path.join(os.tmpdir(), 'release-smoke-e2e-'));
    good = compile('1.2.3');
    stale = compile('1.2.2');
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim?.stop();
  });

  test('a plain binary passes: checksums agree, header fits, --version prints the version, commands run isolated', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { commands: '--help\nenv\nargs "two words" \'$HOME\' *' });
    expect(failures(r)).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      platform: HOST,
      target: TARGET,
      asset: `caro-1.2.3-${TARGET}`,
      sha256: sha(good),
      'version-output': 'caro 1.2.3',
      result: 'passed'
    });
    const data = r.report.data.smoke;
    expect(data.claims.map((c: any) => c.source).sort()).toEqual(
      ['SHA256SUMS line 1', `sidecar caro-1.2.3-${TARGET}.sha256`, 'the API digest'].sort()
    );
    expect(data.downloadedVia).toBe('browser_download_url');
    expect(data.binary.description).toMatch(
      new RegExp(`^ELF 64-bit ${HOST.split('-')[1]} executable \\(linux\\)`)
    );
    const env = data.commands.find((c: any) => c.args[0] === 'env').stdout;
    expect(env).toMatch(/token=unset\ninput=unset\noutput=unset/);
    const home = /home=(.*)/.exec(env)![1];
    const cwd = /cwd=(.*)/.exec(env)![1];
    expect(home).not.toBe(os.homedir());
    expect(path.basename(home)).toBe('home');
    expect(path.dirname(cwd)).toBe(path.dirname(home));
    // Made inside the step's own temporary directory, and removed with it.
    expect(existsSync(home)).toBe(false);
    // Words split as a shell would, nothing expanded.
    expect(data.commands.find((c: any) => c.args[0] === 'args').stdout).toBe('[two words][$HOME][*]\n');
    expect(r.summary).toContain('✅ caro-1.2.3-');
  });

  test.each(['tar.gz', 'tar.xz', 'zip'] as const)('a %s archive passes', async (kind) => {
    const name = `caro-1.2.3-${TARGET}.${kind}`;
    const repo = seed(withClaims(name, pack(good, kind)));
    const r = await smoke(repo, { asset: `caro-{version}-{target}.${kind}` });
    expect(failures(r)).toEqual([]);
    expect(r.outputs.result).toBe('passed');
    expect(r.report.data.smoke.binary.path).toBe('caro-1.2.3/caro');
    expect(r.report.data.smoke.archive).toEqual({ kind, entries: 3 });
  });

  test('a draft release is downloaded through the API with the token', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good), { draft: true });
    const r = await smoke(repo);
    expect(failures(r)).toEqual([]);
    expect(r.report.data.smoke.downloadedVia).toBe('api');
  });

  test('a tampered asset fails: its bytes disagree with every claim', async () => {
    const name = `caro-1.2.3-${TARGET}`;
    const tampered = Buffer.from(good);
    tampered[tampered.length - 1] ^= 0xff;
    const repo = seed([
      { name, content: tampered, digest: `sha256:${sha(good)}` },
      { name: `${name}.sha256`, content: `${sha(good)}  ${name}\n` }
    ]);
    const r = await smoke(repo);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(failures(r)).toEqual([
      {
        rule: 'checksum-mismatch',
        detail: `${HOST}: ${name} downloaded with SHA-256 ${sha(tampered)}, but the API digest says ${sha(good)}; sidecar ${name}.sha256 says ${sha(good)}`
      }
    ]);
    // Nothing that failed its checksum is run.
    expect(r.report.data.smoke.commands).toEqual([]);
  });

  test('a sidecar that disagrees fails, naming it', async () => {
    const name = `caro-1.2.3-${TARGET}`;
    const repo = seed([
      { name, content: good },
      { name: `${name}.sha256`, content: `${sha('other')}  ${name}\n` }
    ]);
    const r = await smoke(repo);
    expect(failures(r).map((f) => f.rule)).toEqual(['checksum-mismatch']);
    expect(failures(r)[0].detail).toContain(`sidecar ${name}.sha256 says ${sha('other')}`);
    expect(failures(r)[0].detail).not.toContain('the API digest says');
  });

  test('a GoReleaser-named checksum file is compared when the checksums input names it', async () => {
    const name = `caro-1.2.3-${TARGET}`;
    const goreleaser = (sum: string) => [
      { name, content: good },
      { name: 'caro_1.2.3_checksums.txt', content: `${sum}  ${name}\n${sha('x')}  caro-1.2.3-other\n` }
    ];
    const agreeing = seed(goreleaser(sha(good)));
    const r = await smoke(agreeing, { checksums: 'caro_{version}_checksums.txt' });
    expect(failures(r)).toEqual([]);
    expect(r.report.data.smoke.claims.map((c: any) => c.source)).toEqual([
      'the API digest',
      'caro_1.2.3_checksums.txt line 1'
    ]);

    const lying = seed(goreleaser(sha('tampered')));
    const bad = await smoke(lying, { checksums: 'caro_{version}_checksums.txt' });
    expect(failures(bad)).toEqual([
      {
        rule: 'checksum-mismatch',
        detail: `${HOST}: ${name} downloaded with SHA-256 ${sha(good)}, but caro_1.2.3_checksums.txt line 1 says ${sha('tampered')}`
      }
    ]);
    // auto does not guess the name: it says what it left unread.
    const auto = await smoke(lying);
    expect(failures(auto)).toEqual([]);
    expect(auto.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining(
        'the release has caro_1.2.3_checksums.txt, which checksums: auto does not read'
      )
    });
    // A named file the release lacks is a failure, not a skipped claim.
    const missing = await smoke(agreeing, { checksums: 'caro_{version}_SHA256SUMS' });
    expect(failures(missing)).toContainEqual({
      rule: 'checksum-file-missing',
      detail: `${HOST}: The checksum file caro_1.2.3_SHA256SUMS named in 'checksums' is not on the release.`
    });
  });

  test('a wrong version string fails with what it printed', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, stale));
    const r = await smoke(repo);
    expect(failures(r)).toEqual([
      {
        rule: 'unexpected-output',
        detail: `${HOST}: \`caro-1.2.3-${TARGET} --version\` prints no "1.2.3" (it printed "caro 1.2.2")`
      }
    ]);
    expect(r.outputs['version-output']).toBe('caro 1.2.2');
  });

  test('a version that only contains the release version (1.2.30 for 1.2.3) fails', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, compile('1.2.30')));
    const r = await smoke(repo);
    expect(failures(r)).toEqual([
      {
        rule: 'unexpected-output',
        detail: `${HOST}: \`caro-1.2.3-${TARGET} --version\` prints no "1.2.3" (it printed "caro 1.2.30", where it is only part of a longer version)`
      }
    ]);
  });

  test('a /regex/ expectation is matched against the output', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, stale));
    const r = await smoke(repo, { expect: '/^caro 1\\.2\\.\\d+$/m' });
    expect(failures(r)).toEqual([]);
  });

  test('a crash fails with its signal', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { commands: 'crash' });
    expect(failures(r)).toEqual([
      { rule: 'command-failed', detail: `${HOST}: \`caro-1.2.3-${TARGET} crash\` crashed with SIGABRT` }
    ]);
  });

  test('a command that exits non-zero fails with its exit code and first line of stderr', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { commands: 'frobnicate' });
    expect(failures(r)[0].detail).toBe(
      `${HOST}: \`caro-1.2.3-${TARGET} frobnicate\` exits 2 — unknown command frobnicate`
    );
  });

  test('a hang past the timeout is killed and fails', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    // The hang is the version run itself, so it is the only run under the short timeout: a version run
    // slowed down by a loaded machine cannot time out in its place.
    const r = await smoke(repo, { 'version-command': 'hang', timeout: '1s' });
    expect(failures(r)).toEqual([
      {
        rule: 'timeout',
        detail: `${HOST}: \`caro-1.2.3-${TARGET} hang\` did not finish within 1s and was killed`
      }
    ]);
    const [hang, ...others] = r.report.data.smoke.commands;
    expect(others).toEqual([]);
    expect(hang).toMatchObject({ args: ['hang'], timedOut: true, exitCode: null, passed: false });
  });

  test('a tar-slip entry is refused and nothing is written outside', async () => {
    const name = `caro-1.2.3-${TARGET}.tar.gz`;
    const archive = writeTarGz(
      [
        { name: 'caro', data: good, mode: 0o755 },
        { name: '../../../../tmp/release-smoke-slipped', data: 'owned\n' }
      ],
      { mtime: 0 }
    );
    const repo = seed(withClaims(name, archive));
    const r = await smoke(repo, { asset: 'caro-{version}-{target}.tar.gz' });
    expect(failures(r)).toEqual([
      {
        rule: 'unsafe-archive',
        detail: `${HOST}: ${name} was not unpacked: entry "../../../../tmp/release-smoke-slipped" climbs out of the archive with '..'`
      }
    ]);
    expect(existsSync('/tmp/release-smoke-slipped')).toBe(false);
  });

  test('an archive entry whose name holds a line break is refused, and forges no workflow command', async () => {
    const name = `caro-1.2.3-${TARGET}.tar.gz`;
    const archive = writeTarGz([{ name: `caro\n::add-mask::${TAG}`, data: good, mode: 0o755 }], {
      mtime: 0
    });
    const repo = seed(withClaims(name, archive));
    const r = await smoke(repo, { asset: 'caro-{version}-{target}.tar.gz' });
    expect(failures(r)).toEqual([
      {
        rule: 'unsafe-archive',
        detail: `${HOST}: ${name} was not unpacked: entry "caro\\n::add-mask::${TAG}" holds a control character (a line break or an escape) in its name`
      }
    ]);
    expect(forgedCommands(r)).toEqual([]);
    expect(r.report.data.smoke.commands).toEqual([]);
  });

  test("a program's output and a script's #! line reach the log only through the safe path", async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { commands: 'inject' });
    expect(failures(r)).toEqual([
      {
        rule: 'command-failed',
        detail: `${HOST}: \`caro-1.2.3-${TARGET} inject\` exits 3 — ::error::${TAG}`
      }
    ]);
    // Recorded as printed (escaped), but never a command in the log.
    expect(r.report.data.smoke.commands[1].stdout).toBe(`::add-mask::${TAG}\n\\x0d::warning::${TAG}\n`);
    expect(forgedCommands(r)).toEqual([]);
    // A #! line with a carriage return in it would start a new log line where it is quoted.
    const script = Buffer.from(`#!/bin/sh\r::add-mask::${TAG}\necho caro 1.2.3\n`);
    const scripted = await smoke(seed(withClaims(`caro-1.2.3-${TARGET}`, script)));
    expect(scripted.report.data.smoke.binary.description).toBe(`script (#!/bin/sh\r::add-mask::${TAG})`);
    expect(forgedCommands(scripted)).toEqual([]);
  });

  test('a program that cannot be executed (its interpreter is missing) fails as such', async () => {
    const script = Buffer.from('#!/nonexistent/interpreter\necho caro 1.2.3\n');
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, script));
    const r = await smoke(repo);
    expect(r.report.data.smoke.binary.description).toBe('script (#!/nonexistent/interpreter)');
    expect(failures(r)).toEqual([
      {
        rule: 'command-failed',
        detail: expect.stringMatching(
          new RegExp(
            `^${HOST}: \`caro-1\\.2\\.3-${TARGET} --version\` (exits 127 — cannot execute binary file|cannot be started: not found)`
          )
        )
      }
    ]);
  });

  test('a tar whose binary lost its executable bit fails: users would get permission denied', async () => {
    const name = `caro-1.2.3-${TARGET}.tar.gz`;
    const archive = writeTarGz([{ name: 'caro', data: good, mode: 0o644 }], { mtime: 0 });
    const repo = seed(withClaims(name, archive));
    const r = await smoke(repo, { asset: 'caro-{version}-{target}.tar.gz' });
    expect(failures(r).map((f) => f.rule)).toEqual(['not-executable']);
    expect(failures(r)[0].detail).toContain('caro in caro-1.2.3-');
  });

  test('an archive with several executables and none named like the project asks for binary', async () => {
    const name = `caro-1.2.3-${TARGET}.tar.gz`;
    const archive = writeTarGz(
      [
        { name: 'bin/one', data: good, mode: 0o755 },
        { name: 'bin/two', data: good, mode: 0o755 }
      ],
      { mtime: 0 }
    );
    const repo = seed(withClaims(name, archive));
    const r = await smoke(repo, { asset: 'caro-{version}-{target}.tar.gz' });
    expect(failures(r)[0]).toEqual({
      rule: 'no-executable',
      detail: `${HOST}: the asset holds 2 executables and none named ${repo}: bin/one, bin/two; set the binary input`
    });
    const chosen = await smoke(repo, { asset: 'caro-{version}-{target}.tar.gz', binary: 'two' });
    expect(failures(chosen)).toEqual([]);
    expect(chosen.report.data.smoke.binary.path).toBe('bin/two');
  });

  test('a platform without a target fails, listing the mapped platforms', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { targets: 'macos-arm64=macos-silicon\nwindows-x64=windows-amd64.exe' });
    expect(failures(r)).toEqual([
      {
        rule: 'no-target',
        detail: `${HOST}: no target is mapped for platform ${HOST} in 'targets'; it maps macos-arm64, windows-x64`
      }
    ]);
    expect(r.report.status).toBe('failure');
  });

  test('an asset the release lacks fails, listing what the release has', async () => {
    const repo = seed(withClaims('caro-1.2.3-macos-silicon', good));
    const r = await smoke(repo);
    expect(failures(r)[0]).toEqual({
      rule: 'asset-missing',
      detail: `${HOST}: release v1.2.3 has no asset caro-1.2.3-${TARGET}; it has caro-1.2.3-macos-silicon, caro-1.2.3-macos-silicon.sha256, SHA256SUMS`
    });
  });

  test('a tag without a release fails the step with result failed', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const r = await smoke(repo, { tag: 'v9.9.9' });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('failed');
    expect(r.report.status).toBe('failure');
    expect(r.report.error).toMatch(/no release with tag v9\.9\.9/);
  });

  test('an ELF of another architecture fails by name before it is run', async () => {
    const wrong = Buffer.from(good);
    // e_machine: AArch64 (183) on an x64 host, x86-64 (62) on an arm64 one.
    wrong.writeUInt16LE(HOST === 'linux-x64' ? 183 : 62, 18);
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, wrong));
    const r = await smoke(repo);
    const other = HOST === 'linux-x64' ? 'arm64' : 'x64';
    expect(failures(r)).toEqual([
      {
        rule: 'wrong-architecture',
        detail: `${HOST}: caro-1.2.3-${TARGET} in caro-1.2.3-${TARGET} does not fit: it is an ELF 64-bit ${other} executable (linux): architecture ${other}, not ${HOST.split('-')[1]} (platform ${HOST})`
      }
    ]);
    expect(r.report.data.smoke.commands).toEqual([]);
  });

  test('a platform input that contradicts the runner fails before anything is downloaded', async () => {
    const repo = seed(withClaims('caro-1.2.3-macos-silicon', good));
    const before = sim.server.log.length;
    const r = await smoke(repo, { platform: 'macos-arm64' });
    expect(failures(r)).toEqual([
      {
        rule: 'platform-mismatch',
        detail: `macos-arm64: the 'platform' input says macos-arm64, but this runner is ${HOST} (RUNNER_OS "Linux", RUNNER_ARCH "${RUNNER_ARCH}"); run the job on a macos-arm64 runner (runs-on: macos-latest), or leave 'platform' unset to test the runner's own platform`
      }
    ]);
    expect(r.outputs.result).toBe('failed');
    expect(sim.server.log.length).toBe(before);
    // Agreeing with the runner, it is only a statement of intent.
    const own = await smoke(seed(withClaims(`caro-1.2.3-${TARGET}`, good)), { platform: HOST.toUpperCase() });
    expect(failures(own)).toEqual([]);
  });

  test('a runner of a platform without a hosted runner label is refused, naming the ones tested', async () => {
    const r = await smoke(seed(withClaims(`caro-1.2.3-${TARGET}`, good)), {}, { RUNNER_ARCH: 'ARM' });
    expect(r.code).toBe(1);
    expect(r.report.error).toBe(
      "This runner's platform linux-arm is not one release-smoke tests; it tests linux-x64, linux-arm64, macos-x64, macos-arm64, windows-x64, windows-arm64."
    );
  });

  test('on a runner that says it is macos-arm64, a linux binary shipped as macos fails its header check', async () => {
    const repo = seed(withClaims('caro-1.2.3-macos-silicon', good));
    const r = await smoke(repo, { platform: 'macos-arm64' }, { RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' });
    expect(failures(r).map((f) => f.rule)).toEqual(['wrong-architecture']);
    expect(failures(r)[0].detail).toMatch(/^macos-arm64: .*built for linux, not macos/);
  });

  test('install-command runs in the shell, without tokens, and the installed binary is checked too', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const bin = mkdtempSync(path.join(work, 'bin-'));
    const installed = path.join(bin, 'caro');
    copyFileSync(path.join(work, 'caro-1.2.2'), path.join(work, 'caro-stale'));
    const r = await smoke(repo, {
      'install-command': `test -z "$GITHUB_TOKEN" && test -z "$INPUT_TOKEN" && cp "${path.join(work, 'caro-stale')}" "${installed}" && chmod +x "${installed}"`,
      'installed-binary': installed
    });
    // The installed copy is the stale build: the asset passes, the install does not.
    expect(failures(r)).toEqual([
      {
        rule: 'unexpected-output',
        detail: `${HOST}: \`installed caro-1.2.3-${TARGET} --version\` prints no "1.2.3" (it printed "caro 1.2.2")`
      }
    ]);
    expect(r.report.data.smoke.install.passed).toBe(true);
  });

  test('install-command: the installed program is found on PATH under the project name', async () => {
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, good));
    const bin = mkdtempSync(path.join(work, 'path-'));
    const r = await smoke(
      repo,
      {
        'install-command': `cp "${path.join(work, 'caro-1.2.3')}" "${bin}/${repo}" && chmod +x "${bin}/${repo}"`
      },
      { PATH: `${bin}${path.delimiter}${process.env.PATH}` }
    );
    expect(failures(r)).toEqual([]);
    expect(r.report.data.smoke.installedBinary).toBe(path.join(bin, repo));
    expect(r.report.data.smoke.commands.map((c: any) => c.name)).toEqual(['version', 'installed version']);
  });

  test('plan mode writes the matrix for every mapped platform with standard runner labels', async () => {
    const r = await runAction('release-smoke', { inputs: { mode: 'plan', targets: TARGETS } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.matrix)).toEqual({
      include: [
        { platform: 'linux-x64', target: 'linux-amd64', 'runs-on': 'ubuntu-latest' },
        { platform: 'linux-arm64', target: 'linux-arm64', 'runs-on': 'ubuntu-24.04-arm' },
        { platform: 'macos-x64', target: 'macos-intel', 'runs-on': 'macos-15-intel' },
        { platform: 'macos-arm64', target: 'macos-silicon', 'runs-on': 'macos-latest' },
        { platform: 'windows-x64', target: 'windows-amd64.exe', 'runs-on': 'windows-latest' }
      ]
    });
  });

  test('qe-signoff-gate counts a smoke failure from its reports input as ABORT', async () => {
    if (!existsSync(path.join(ROOT, 'dist/qe-signoff-gate/index.js')))
      throw new Error('build qe-signoff-gate first');
    const wrong = Buffer.from(good);
    wrong.writeUInt16LE(HOST === 'linux-x64' ? 183 : 62, 18);
    const repo = seed(withClaims(`caro-1.2.3-${TARGET}`, wrong));
    const r = await smoke(repo);
    expect(r.code).toBe(1);
    const saved = path.join(work, `smoke-${repo}.json`);
    copyFileSync(r.outputs['report-json'], saved);
    const g = await runAction('qe-signoff-gate', {
      inputs: {
        token: sim.adminToken,
        repository: `${OWNER}/${repo}`,
        sha: sim.gh.repo(OWNER, repo).refs['refs/heads/main'],
        reports: saved
      },
      env: { GITHUB_API_URL: sim.urls.github, RELEASE_KIT_TIME_SCALE: '0.01' }
    });
    expect(g.outputs.decision).toBe('ABORT');
    const reasons = JSON.parse(g.outputs.reasons);
    expect(reasons[0]).toMatchObject({
      rule: 'step-failed',
      detail: expect.stringContaining(`wrong-architecture: ${HOST}: caro-1.2.3-`)
    });
  });
});
