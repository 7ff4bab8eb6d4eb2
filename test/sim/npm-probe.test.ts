import { startNpmSim, writeLockedProject, runNpm } from './npm-helpers.js';
test('probe', async () => {
  const sim = await startNpmSim();
  const dir = writeLockedProject(sim.url, { minimist: '1.2.5' });
  const r = await runNpm(['audit', '--json', '--registry', sim.url], dir);
  console.log(r.code, r.stdout, r.stderr);
  console.log(sim.server.log);
  sim.server.addFault({ service: 'npm', method: 'POST', path: '/-/npm/v1/security/advisories/bulk', steps: [{ kind: 'status', status: 405, body: '' }] });
  const r2 = await runNpm(['audit', '--json', '--registry', sim.url], dir);
  console.log(r2.code, r2.stdout, r2.stderr);
  const r3 = await runNpm(['install', '--registry', sim.url], dir);
  console.log(r3.code, r3.stdout, r3.stderr);
  const r4 = await runNpm(['outdated', '--json', '--registry', sim.url], dir);
  console.log(r4.code, r4.stdout, r4.stderr);
  console.log(sim.server.log.slice(-6));
  await sim.stop();
});
