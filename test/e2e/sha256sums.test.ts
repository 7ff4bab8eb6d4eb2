import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSimulator, type Simulator } from '../../packages/sim/src/index.js';
import { entryChunkText, runAction, type RunResult } from '../harness/run-action.js';

// End to end: the bundled action (build it with `node scripts/build.mjs --only sha256sums`), with what it
// writes checked by the real coreutils and Perl tools, and what those tools write verified by it.

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const posix = process.platform !== 'win32';
const hasTool = (tool: string) => spawnSync(tool, ['--version']).status === 0;
const tools = { sha256sum: hasTool('sha256sum'), sha512sum: hasTool('sha512sum'), shasum: hasTool('shasum') };
if (!tools.sha256sum || !tools.shasum)
  console.warn(`Cross-checks with a missing tool are reduced: ${JSON.stringify(tools)}`);

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A workspace with the given files (relative paths → content). */
function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rk-sums-'));
  roots.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function run(
  cwd: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<RunResult> {
  return runAction('sha256sums', { cwd, inputs, env: { RELEASE_KIT_TIME_SCALE: '0.01', ...env } });
}

/** Runs a checking tool in `cwd`; returns its exit status and output. */
function check(cwd: string, cmd: string, args: string[]): { status: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  return { status: r.status ?? 1, out: `${r.stdout}${r.stderr}` };
}

const RELEASE_FILES = {
  'dist/caro-1.2.3-linux-amd64.tar.gz': 'linux amd64 build\n'.repeat(100),
  'dist/caro-1.2.3-windows-amd64.zip': Buffer.from([0, 1, 2, 3, 13, 10, 255]),
  'dist/caro 1.2.3 (docs).pdf': 'a name with spaces and parentheses',
  'dist/B-upper.txt': 'sorted by bytes: upper case first',
  'dist/empty': '',
  'dist/nested/not-matched-by-dist-star': 'x'
};

describe('generate', () => {
  test('writes a GNU file byte-identical to sha256sum, which sha256sum -c --strict and shasum -c accept', async () => {
    const dir = workspace(RELEASE_FILES);
    const r = await run(dir, {});
    expect(r.code).toBe(0);
    const written = readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    const names = Object.keys(RELEASE_FILES)
      .filter((n) => !n.includes('nested'))
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(written).toBe(
      names.map((n) => `${sha256(RELEASE_FILES[n as keyof typeof RELEASE_FILES])}  ${n}\n`).join('')
    );
    expect(written).not.toMatch(/\r|^\uFEFF/);
    if (tools.sha256sum) {
      expect(execFileSync('sha256sum', names, { cwd: dir, encoding: 'utf8' })).toBe(written);
      expect(check(dir, 'sha256sum', ['-c', '--strict', 'SHA256SUMS.txt'])).toMatchObject({ status: 0 });
    }
    if (tools.shasum)
      expect(check(dir, 'shasum', ['-a', '256', '-c', 'SHA256SUMS.txt'])).toMatchObject({ status: 0 });

    expect(r.outputs['checksums-file']).toBe('SHA256SUMS.txt');
    expect(r.outputs.count).toBe('5');
    expect(JSON.parse(r.outputs.checksums)['dist/empty']).toBe(sha256(''));
    expect(r.summary).toContain('| file | size | sha256 |');
    expect(r.summary).toContain(
      `| \`dist/caro-1.2.3-linux-amd64.tar.gz\` | 1.8 KiB | \`${sha256(RELEASE_FILES['dist/caro-1.2.3-linux-amd64.tar.gz'])}\` |`
    );
    expect(r.report.writes).toEqual([
      expect.objectContaining({ kind: 'file', target: 'SHA256SUMS.txt', result: 'created' })
    ]);
    // The entry point listed and hashed before the rest of the action loaded, and generate adopted it.
    expect(r.report.data.hashing).toMatchObject({ headStart: true });
  });

  test('escapes names holding a backslash or newline exactly as coreutils does', async () => {
    if (!posix) return console.warn('skipped: these names cannot exist on Windows');
    const files = { 'out/back\\slash.bin': 'b', 'out/new\nline.bin': 'n', 'out/plain.bin': 'p' };
    const dir = workspace(files);
    const r = await run(dir, { files: 'out/*' });
    expect(r.code).toBe(0);
    const written = readFileSync(path.join(dir, 'SHA256SUMS.txt'), 'utf8');
    expect(written).toContain(`\\${sha256('b')}  out/back\\\\slash.bin\n`);
    expect(written).toContain(`\\${sha256('n')}  out/new\\nline.bin\n`);
    if (tools.sha256sum) {
      expect(execFileSync('sha256sum', Object.keys(files).sort(), { cwd: dir, encoding: 'utf8' })).toBe(
        written
      );
      expect(check(dir, 'sha256sum', ['-c', '--strict', 'SHA256SUMS.txt']).status).toBe(0);
    }
  });

  test('BSD format with sha512, checked by sha512sum -c --strict and shasum -a 512 -c', async () => {
    const dir = workspace(RELEASE_FILES);
    const r = await run(dir, { algorithm: 'sha512', format: 'bsd' });
    expect(r.code).toBe(0);
    const written = readFileSync(path.join(dir, 'SHA512SUMS.txt'), 'utf8');
    expect(written.split('\n')[0]).toMatch(/^SHA512 \(dist\/B-upper\.txt\) = [0-9a-f]{128}$/);
    if (tools.sha512sum) expect(check(dir, 'sha512sum', ['-c', '--strict', 'SHA512SUMS.txt']).status).toBe(0);
    if (tools.shasum) expect(check(dir, 'shasum', ['-a', '512', '-c', 'SHA512SUMS.txt']).status).toBe(0);
  });

  test('sidecars are what `sha256sum <file> > <file>.sha256` writes in the file’s directory; re-runs converge', async () => {
    const dir = workspace(RELEASE_FILES);
    const first = await run(dir, { sidecars: 'true' });
    expect(first.code).toBe(0);
    const distDir = path.join(dir, 'dist');
    for (const name of ['caro-1.2.3-linux-amd64.tar.gz', 'caro 1.2.3 (docs).pdf']) {
      const sidecar = readFileSync(path.join(distDir, `${name}.sha256`), 'utf8');
      if (tools.sha256sum)
        expect(sidecar).toBe(execFileSync('sha256sum', [name], { cwd: distDir, encoding: 'utf8' }));
      else expect(sidecar).toBe(`${sha256(readFileSync(path.join(distDir, name)))}  ${name}\n`);
      if (tools.sha256sum)
        expect(check(distDir, 'sha256sum', ['-c', '--strict', `${name}.sha256`]).status).toBe(0);
    }
    expect(first.report.writes.filter((w: { result: string }) => w.result === 'created')).toHaveLength(6);

    // The second run must not checksum the sidecars it wrote, and must change nothing.
    const second = await run(dir, { sidecars: 'true' });
    expect(second.code).toBe(0);
    expect(second.outputs.count).toBe('5');
    expect(second.report.writes.map((w: { result: string }) => w.result)).toEqual(Array(6).fill('unchanged'));

    const bare = await run(dir, { sidecars: 'true', 'sidecar-format': 'hash-only', output: 'dist/SUMS' });
    expect(bare.code).toBe(0);
    expect(readFileSync(path.join(distDir, 'empty.sha256'), 'utf8')).toBe(`${sha256('')}\n`);
    expect(bare.outputs.count).toBe('5'); // dist/SUMS itself is skipped
  });

  test('no match, an unknown algorithm or a pattern leaving the workspace fail clearly and write nothing', async () => {
    const dir = workspace({ 'src/a.c': 'int main;' });
    const none = await run(dir, {});
    expect(none.code).toBe(1);
    expect(none.log).toMatch(/Input 'files': no file matched "dist\/\*"/);
    const bad = await run(dir, { algorithm: 'md5', files: 'src/*' });
    expect(bad.code).toBe(1);
    expect(bad.log).toMatch(/Input 'algorithm': "md5" is not accepted; use one of: sha256, sha512/);
    const escape = await run(dir, { files: '../*' });
    expect(escape.code).toBe(1);
    expect(escape.log).toMatch(/leaves the working directory/);
    expect(readdirSync(dir)).toEqual(['src']);
  });

  test('the entry chunk, which lists and hashes before the rest loads, holds none of @actions/core', () => {
    // If a static import pulled @actions/core (and its HTTP client) into the entry, its ~50 ms of loading
    // would come before hashing again instead of overlapping with it.
    const entry = entryChunkText('sha256sums');
    expect(entry).not.toMatch(/add-mask|undici|GITHUB_STEP_SUMMARY/);
    expect(entry.length).toBeLessThan(64 * 1024);
  });

  test('a bad input found after hashing began fails the step naming it, writes nothing, and ends', async () => {
    // Enough work that the head start is still hashing when the inputs are validated.
    const data = Buffer.alloc(4 * 1024 * 1024, 7);
    const files = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`dist/f${i}`, data]));
    const dir = workspace(files);
    const r = await run(dir, { format: 'xml' });
    expect(r.code).toBe(1);
    expect(r.report.data.headStart).toEqual({ files: 32 });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining(`Input 'format': "xml"`) })
    );
    expect(existsSync(path.join(dir, 'SHA256SUMS.txt'))).toBe(false);
  });

  test('working-directory gives bare names, as release downloads need', async () => {
    const dir = workspace(RELEASE_FILES);
    const r = await run(dir, { 'working-directory': 'dist', files: '*.tar.gz\n*.zip' });
    expect(r.code).toBe(0);
    expect(r.outputs['checksums-file']).toBe(path.join('dist', 'SHA256SUMS.txt'));
    expect(readFileSync(path.join(dir, 'dist', 'SHA256SUMS.txt'), 'utf8')).toMatch(
      /^[0-9a-f]{64} {2}caro-1\.2\.3-linux-amd64\.tar\.gz\n[0-9a-f]{64} {2}caro-1\.2\.3-windows-amd64\.zip\n$/
    );
  });
});

describe('verify', () => {
  const FILES = { 'a.bin': 'alpha', 'b.bin': 'bravo', 'sub/c.bin': 'charlie' };

  test('accepts what sha256sum (text, binary, --tag) and shasum write', async () => {
    if (!tools.sha256sum || !tools.shasum)
      return console.warn('skipped: sha256sum or shasum is not installed');
    const dir = workspace(FILES);
    const names = Object.keys(FILES);
    const variants: Record<string, string> = {
      'text.txt': execFileSync('sha256sum', names, { cwd: dir, encoding: 'utf8' }),
      'binary.txt': execFileSync('sha256sum', ['-b', ...names], { cwd: dir, encoding: 'utf8' }),
      'tag.txt': execFileSync('sha256sum', ['--tag', ...names], { cwd: dir, encoding: 'utf8' }),
      'shasum.txt': execFileSync('shasum', ['-a', '256', ...names], { cwd: dir, encoding: 'utf8' }),
      'shasum-b.txt': execFileSync('shasum', ['-a', '256', '-b', ...names], { cwd: dir, encoding: 'utf8' }),
      'sha512.txt': execFileSync('shasum', ['-a', '512', ...names], { cwd: dir, encoding: 'utf8' })
    };
    expect(variants['binary.txt']).toContain(' *a.bin');
    expect(variants['tag.txt']).toContain('SHA256 (a.bin) = ');
    for (const [file, content] of Object.entries(variants)) {
      writeFileSync(path.join(dir, file), content);
      const r = await run(dir, { mode: 'verify', 'checksums-file': file, strict: 'true' });
      expect({ file, code: r.code, verified: r.outputs.verified, failed: r.outputs.failed }).toEqual({
        file,
        code: 0,
        verified: '3',
        failed: '[]'
      });
    }
  });

  test('verifies escaped names written by sha256sum', async () => {
    if (!posix || !tools.sha256sum) return console.warn('skipped: needs POSIX names and sha256sum');
    const dir = workspace({ 'x\\y': '1', 'p\nq': '2' });
    writeFileSync(
      path.join(dir, 'SHA256SUMS.txt'),
      execFileSync('sha256sum', ['x\\y', 'p\nq'], { cwd: dir })
    );
    const r = await run(dir, { mode: 'verify', strict: 'true' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.checksums)).toEqual({ 'x\\y': sha256('1'), 'p\nq': sha256('2') });
  });

  test('tolerates CRLF and a UTF-8 BOM; names UTF-16 input', async () => {
    const dir = workspace(FILES);
    const lines = Object.entries(FILES).map(([n, c]) => `${sha256(c)}  ${n}`);
    writeFileSync(
      path.join(dir, 'crlf.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n')])
    );
    const ok = await run(dir, { mode: 'verify', 'checksums-file': 'crlf.txt', strict: 'true' });
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('3');
    expect(ok.log).toMatch(/byte order mark/);

    writeFileSync(
      path.join(dir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf16le')])
    );
    const bad = await run(dir, { mode: 'verify', 'checksums-file': 'utf16.txt' });
    expect(bad.code).toBe(1);
    expect(bad.log).toMatch(/Input 'checksums-file': utf16\.txt: The checksum file is UTF-16LE text/);
  });

  test('reports mismatch, missing, malformed and unsafe paths with line numbers, never opening unsafe ones', async () => {
    const dir = workspace({ ...FILES, 'ws/placeholder': '' });
    writeFileSync(path.join(dir, 'outside.txt'), 'outside');
    const ws = path.join(dir, 'ws');
    for (const [n, c] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(ws, n)), { recursive: true });
      writeFileSync(path.join(ws, n), c);
    }
    writeFileSync(path.join(ws, 'b.bin'), 'tampered');
    const content = [
      `${sha256('alpha')}  a.bin`,
      `${sha256('bravo')}  b.bin`,
      `${sha256('gone')}  missing.bin`,
      'this is not a checksum line',
      `${sha256('outside')}  ../outside.txt`,
      `${sha256('x')}  /etc/passwd`,
      `${sha256('charlie')} *sub/c.bin`
    ].join('\n');
    writeFileSync(path.join(ws, 'SHA256SUMS.txt'), content + '\n');
    const r = await run(dir, { mode: 'verify', 'working-directory': 'ws' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.failed)).toEqual([
      { name: 'b.bin', line: 2, reason: 'mismatch' },
      { name: 'missing.bin', line: 3, reason: 'missing' },
      { name: '../outside.txt', line: 5, reason: 'unsafe-path' },
      { name: '/etc/passwd', line: 6, reason: 'unsafe-path' }
    ]);
    expect(r.outputs.verified).toBe('2');
    expect(r.log).toMatch(/line 4: improperly formatted/); // a warning without strict
    expect(r.log).toMatch(/line 2: "b\.bin": mismatch/);
    // Each failure is annotated on its line of the checksum file.
    expect(r.log).toMatch(/^::error title=mismatch,file=ws\/SHA256SUMS\.txt,line=2::/m);
    expect(r.log).toMatch(/^::error title=unsafe-path,file=ws\/SHA256SUMS\.txt,line=6::/m);
    expect(r.summary).toMatch(/\| 5 \| `\.\.\/outside\.txt` \| ❌ unsafe path/);

    const strict = await run(dir, { mode: 'verify', 'working-directory': 'ws', strict: 'true' });
    expect(JSON.parse(strict.outputs.failed)).toContainEqual({ name: '', line: 4, reason: 'malformed' });
    // A malformed line is named by number and why, never by content (it may be a planted secret).
    for (const out of [r, strict]) expect(out.log + out.summary).not.toContain('this is not a checksum line');
  });

  test('ignore-missing skips missing files but still fails when nothing was verified', async () => {
    const dir = workspace(FILES);
    writeFileSync(path.join(dir, 'S.txt'), `${sha256('alpha')}  a.bin\n${sha256('x')}  gone.bin\n`);
    expect((await run(dir, { mode: 'verify', 'checksums-file': 'S.txt' })).code).toBe(1);
    const ok = await run(dir, { mode: 'verify', 'checksums-file': 'S.txt', 'ignore-missing': 'true' });
    expect(ok.code).toBe(0);
    expect(ok.outputs.verified).toBe('1');
    writeFileSync(path.join(dir, 'T.txt'), `${sha256('x')}  gone.bin\n`);
    const none = await run(dir, { mode: 'verify', 'checksums-file': 'T.txt', 'ignore-missing': 'true' });
    expect(none.code).toBe(1);
    expect(none.log).toMatch(/no file was verified/);
    writeFileSync(path.join(dir, 'U.txt'), 'garbage\nmore garbage\n');
    const garbage = await run(dir, { mode: 'verify', 'checksums-file': 'U.txt' });
    expect(garbage.code).toBe(1);
    expect(garbage.log).toMatch(/no properly formatted checksum lines found/);
  });

  test('names from the checksum file never start a workflow command; a malformed line is never echoed', async () => {
    const dir = workspace({ 'a.bin': 'alpha', 'secret.txt': 'TOKEN=hunter2\n::add-mask::hunter2\n' });
    // A planted "checksum file" that is a link to a secret: every line is malformed.
    symlinkSync('secret.txt', path.join(dir, 'planted.txt'));
    const leak = await run(dir, { mode: 'verify', 'checksums-file': 'planted.txt', strict: 'true' });
    expect(leak.code).toBe(1);
    expect(JSON.parse(leak.outputs.failed)).toEqual([
      { name: '', line: 1, reason: 'malformed' },
      { name: '', line: 2, reason: 'malformed' }
    ]);
    expect(leak.log + leak.summary + JSON.stringify(leak.report)).not.toMatch(/hunter2/);

    const hostile = ['::add-mask::x', '::stop-commands::t', ' ::error::fake', '##[set-output name=a;]b'];
    const listed = hostile.map((n) => `${sha256('nope')}  ${n}`).join('\n');
    writeFileSync(path.join(dir, 'H.txt'), `${sha256('alpha')}  a.bin\n${listed}\n`);
    const r = await run(dir, { mode: 'verify', 'checksums-file': 'H.txt' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.failed).map((f: { name: string }) => f.name)).toEqual(hostile);
    const lines = r.log.split(/\r?\n/);
    // Only the action's own annotations remain commands (@actions/core escapes line breaks inside them).
    expect(
      lines.filter((l) => /^\s*::/.test(l) && !/^::error( title=missing,file=H\.txt,line=\d)?::/.test(l))
    ).toEqual([]);
    expect(lines.filter((l) => l.includes('##['))).toEqual([]);
    expect(r.log).toMatch(/:\u200b:add-mask::x: missing/);
  });

  test('generate and verify agree on names that start with a backslash or hold a colon (POSIX)', async () => {
    if (!posix || !tools.sha256sum) return console.warn('skipped: needs POSIX names and sha256sum');
    const dir = workspace({ 'dist/\\x': 'one', 'dist/C:x': 'two', 'dist/..\\y': 'three' });
    expect((await run(dir, { 'working-directory': 'dist', files: '*' })).code).toBe(0);
    expect(check(path.join(dir, 'dist'), 'sha256sum', ['-c', '--strict', 'SHA256SUMS.txt']).status).toBe(0);
    const r = await run(dir, { mode: 'verify', 'working-directory': 'dist', strict: 'true' });
    expect({ code: r.code, verified: r.outputs.verified }).toEqual({ code: 0, verified: '3' });
  });

  test('round trip: what generate writes, verify accepts; a changed file is caught', async () => {
    const dir = workspace(RELEASE_FILES);
    expect((await run(dir, { format: 'bsd' })).code).toBe(0);
    expect((await run(dir, { mode: 'verify', strict: 'true' })).outputs.verified).toBe('5');
    writeFileSync(path.join(dir, 'dist/empty'), 'not empty any more');
    const r = await run(dir, { mode: 'verify' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.failed)).toEqual([
      { name: 'dist/empty', line: expect.any(Number), reason: 'mismatch' }
    ]);
  });
});

describe('release upload (simulator)', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim?.stop();
  });

  const upload = (dir: string, repo: string, extra: Record<string, string> = {}) =>
    run(
      dir,
      {
        'working-directory': 'dist',
        files: '*',
        sidecars: 'true',
        'release-tag': 'v1.2.3',
        repository: `octo-org/${repo}`,
        token: sim.adminToken,
        ...extra
      },
      { GITHUB_API_URL: sim.urls.github }
    );

  test('uploads the checksum file and sidecars to a draft; a re-run is a reported no-op; a conflict follows on-conflict', async () => {
    sim.gh.addRepo({
      owner: 'octo-org',
      name: 'sums',
      releases: [{ tag_name: 'v1.2.3', draft: true, assets: [] }]
    });
    const dir = workspace({ 'dist/tool-linux.tar.gz': 'linux', 'dist/tool-macos.tar.gz': 'macos' });
    const first = await upload(dir, 'sums');
    expect(first.code).toBe(0);
    const release = () => sim.gh.repo('octo-org', 'sums').releases[0];
    expect(
      release()
        .assets.map((a: { name: string }) => a.name)
        .sort()
    ).toEqual(['SHA256SUMS.txt', 'tool-linux.tar.gz.sha256', 'tool-macos.tar.gz.sha256']);
    const sums = release().assets.find((a: { name: string }) => a.name === 'SHA256SUMS.txt')!;
    expect(sums.data.toString()).toBe(
      `${sha256('linux')}  tool-linux.tar.gz\n${sha256('macos')}  tool-macos.tar.gz\n`
    );
    expect(
      first.report.writes
        .filter((w: { kind: string }) => w.kind === 'asset')
        .map((w: { result: string }) => w.result)
    ).toEqual(['created', 'created', 'created']);

    const again = await upload(dir, 'sums');
    expect(again.code).toBe(0);
    expect(
      again.report.writes
        .filter((w: { kind: string }) => w.kind === 'asset')
        .map((w: { result: string }) => w.result)
    ).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(release().assets).toHaveLength(3);

    writeFileSync(path.join(dir, 'dist/tool-linux.tar.gz'), 'rebuilt');
    const conflict = await upload(dir, 'sums');
    expect(conflict.code).toBe(1);
    expect(conflict.log).toMatch(/already exists .* with different content/);
    const replaced = await upload(dir, 'sums', { 'on-conflict': 'replace' });
    expect(replaced.code).toBe(0);
    expect(
      release()
        .assets.find((a: { name: string }) => a.name === 'SHA256SUMS.txt')!
        .data.toString()
    ).toContain(sha256('rebuilt'));
  });

  test('an absent release fails with advice, after the files were written locally', async () => {
    sim.gh.addRepo({ owner: 'octo-org', name: 'norelease', releases: [] });
    const dir = workspace({ 'dist/x': 'x' });
    const r = await upload(dir, 'norelease');
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/no release with tag v1\.2\.3/);
    expect(existsSync(path.join(dir, 'dist', 'SHA256SUMS.txt'))).toBe(true);
  });
});
