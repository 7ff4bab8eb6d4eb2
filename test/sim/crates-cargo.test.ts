import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cargoEnv, cargoUnavailable, findCargo, run, writeCrate } from '../fixtures/crates/cargo.js';
import { startCratesRegistry, type CratesRegistry } from '../fixtures/crates/registry.js';

// The real cargo client against the simulated registry: publish, resolve, fetch (cargo checks each
// `cksum` against the bytes it downloads), yank and unyank.
const cargo = findCargo();
if (!cargo) console.log(`SKIPPED crates-cargo tests: ${cargoUnavailable}.`);
const describeCargo = cargo ? describe : describe.skip;

describeCargo('real cargo against the simulated registry', () => {
  let reg: CratesRegistry;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const cargoRun = async (args: string[], cwd: string) => {
    const r = await run(cargo!, args, { cwd, env });
    if (r.code !== 0)
      throw new Error(`cargo ${args.join(' ')} failed (${r.code}):\n${r.stderr}\n${r.stdout}`);
    return r;
  };
  const indexLines = async (name: string) => {
    const res = await fetch(`${reg.server.url('index')}/${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`);
    expect(res.status).toBe(200);
    return (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  };
  const apiVersion = async (name: string, version: string) => {
    const res = await fetch(`${reg.urls.crates}/api/v1/crates/${name}/${version}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { version: { yanked: boolean; checksum: string } }).version;
  };

  beforeAll(async () => {
    reg = await startCratesRegistry({ tokens: [{ token: 'cio_alice_token', login: 'alice' }] });
    dir = mkdtempSync(path.join(os.tmpdir(), 'rk-cargo-'));
    env = cargoEnv(dir, reg.urls.index, 'cio_alice_token');
  });
  afterAll(async () => {
    await reg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('cargo publish, generate-lockfile, fetch, yank and yank --undo', async () => {
    // A crate in a git checkout, so cargo records the commit in .cargo_vcs_info.json.
    const a = writeCrate(path.join(dir, 'sim-base'), { name: 'sim-base', version: '0.1.0' });
    writeFileSync(path.join(a, '.gitignore'), 'target\n');
    await run('git', ['init', '-q', '-b', 'main'], { cwd: a, env });
    await run('git', ['add', '.'], { cwd: a, env });
    await run('git', ['commit', '-q', '-m', 'base'], { cwd: a, env });
    const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: a, env })).stdout.trim();
    await cargoRun(['publish', '--registry', 'sim', '--no-verify'], a);

    // A second crate that depends on the first through the registry; cargo verifies it by building,
    // which downloads sim-base from the simulator.
    const b = writeCrate(path.join(dir, 'sim-app-lib'), {
      name: 'sim-app-lib',
      version: '1.0.0',
      deps: 'sim-base = { version = "0.1", registry = "sim" }\n',
      extra: '\n[features]\ndefault = []\nextra = []\n',
      lib: 'pub fn twice() -> u32 { sim_base::answer() * 2 }\n'
    });
    await cargoRun(['publish', '--registry', 'sim', '--allow-dirty'], b);

    const [baseLine] = await indexLines('sim-base');
    const published = reg.crates.state.findVersion('sim-base', '0.1.0')!.version;
    expect(baseLine).toEqual({
      name: 'sim-base',
      vers: '0.1.0',
      deps: [],
      cksum: createHash('sha256').update(published.crate).digest('hex'),
      features: {},
      yanked: false,
      links: null,
      v: 1
    });
    // The provenance the crates-verify action checks: cargo recorded HEAD in the .crate it uploaded.
    const tar = gunzipSync(published.crate).toString('latin1');
    expect(tar).toContain('sim-base-0.1.0/.cargo_vcs_info.json');
    expect(tar).toContain(`"sha1": "${head}"`);

    const [appLine] = await indexLines('sim-app-lib');
    expect(appLine.deps).toEqual([
      {
        name: 'sim-base',
        req: '^0.1',
        features: [],
        optional: false,
        default_features: true,
        target: null,
        kind: 'normal'
      }
    ]);
    expect(appLine.features).toEqual({ default: [], extra: [] });

    // A consumer resolves and fetches both from the simulator.
    const consumer = writeCrate(path.join(dir, 'consumer'), {
      name: 'consumer',
      version: '0.0.1',
      deps: 'sim-app-lib = { version = "1", registry = "sim" }\n',
      publish: 'false'
    });
    await cargoRun(['generate-lockfile'], consumer);
    const lock = readFileSync(path.join(consumer, 'Cargo.lock'), 'utf8');
    expect(lock).toContain(`name = "sim-base"`);
    expect(lock).toContain(`checksum = "${baseLine.cksum}"`);
    expect(lock).toContain(`checksum = "${appLine.cksum}"`);
    await cargoRun(['fetch'], consumer);
    expect(
      reg.server.requests({ service: 'downloads', path: /sim-base/ }).some((e) => e.status === 200)
    ).toBe(true);

    await cargoRun(['yank', '--registry', 'sim', 'sim-base@0.1.0'], a);
    expect((await indexLines('sim-base'))[0].yanked).toBe(true);
    expect((await apiVersion('sim-base', '0.1.0')).yanked).toBe(true);
    // A yanked version no longer resolves for a fresh lockfile.
    rmSync(path.join(consumer, 'Cargo.lock'));
    const blocked = await run(cargo!, ['generate-lockfile'], { cwd: consumer, env });
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toMatch(/sim-base/);

    await cargoRun(['yank', '--undo', '--registry', 'sim', 'sim-base@0.1.0'], a);
    expect((await indexLines('sim-base'))[0].yanked).toBe(false);
    expect((await apiVersion('sim-base', '0.1.0')).yanked).toBe(false);
    await cargoRun(['generate-lockfile'], consumer);

    // Publishing the same version again is refused with crates.io's message, which cargo prints.
    const again = await run(cargo!, ['publish', '--registry', 'sim', '--no-verify'], { cwd: a, env });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already (uploaded|exists)/);
  }, 240_000);
});
