import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNpmModule, type NpmModule } from '../../packages/sim/src/npm/index.js';
import type { SimContext } from '../../packages/sim/src/module.js';
import { SimServer } from '../../packages/sim/src/server.js';

/** A SimServer with only the npm module, for tests that need nothing else of the simulator. */
export async function startNpmSim(): Promise<{
  server: SimServer;
  npm: NpmModule;
  url: string;
  stop: () => Promise<void>;
}> {
  const server = new SimServer();
  const npm = createNpmModule();
  const ctx = {
    urls: {
      get npm() {
        return server.url('npm');
      }
    },
    adminToken: 'sim-admin',
    identify: () => undefined,
    isAdmin: () => false
  } as unknown as SimContext;
  npm.register(server, ctx);
  await server.listen(0);
  return { server, npm, url: server.url('npm'), stop: () => server.close() };
}

/** A project whose lockfile pins `deps` (name → exact version) as npm 11 writes it (lockfileVersion 3). */
export function writeLockedProject(
  registry: string,
  deps: Record<string, string>,
  dir = mkdtempSync(path.join(os.tmpdir(), 'rk-npm-'))
): string {
  const packages: Record<string, unknown> = { '': { name: 'fixture', version: '1.0.0', dependencies: deps } };
  for (const [name, version] of Object.entries(deps)) {
    const base = name.includes('/') ? name.split('/')[1] : name;
    packages[`node_modules/${name}`] = { version, resolved: `${registry}/${name}/-/${base}-${version}.tgz` };
  }
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fixture', version: '1.0.0', dependencies: deps }, null, 2)
  );
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify(
      { name: 'fixture', version: '1.0.0', lockfileVersion: 3, requires: true, packages },
      null,
      2
    )
  );
  return dir;
}

/** Runs the real npm client with an isolated cache and config, never touching the user's. */
export function runNpm(
  args: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'rk-npm-home-'));
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    npm_config_cache: path.join(home, 'cache'),
    npm_config_userconfig: path.join(home, '.npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false'
  };
  return new Promise((resolve) => {
    execFile('npm', args, { cwd, env, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err
        ? typeof (err as { code?: unknown }).code === 'number'
          ? (err as { code: number }).code
          : 1
        : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
