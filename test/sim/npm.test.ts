import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseNpmAudit } from '../../actions/dependency-watch/src/parsers/npm-audit.js';
import { readNpmLock } from '../../actions/dependency-watch/src/lockfiles.js';
import { createNpmModule } from '../../packages/sim/src/npm/index.js';
import { startSimulator } from '../../packages/sim/src/index.js';
import { runNpm, startNpmSim, writeLockedProject } from './npm-helpers.js';

// The npm registry part of the simulator, proven with the real npm client (npm 11 here): the bulk
// advisory endpoint `npm audit` posts to, the packuments it reads for fixAvailable, and tarballs.

let sim: Awaited<ReturnType<typeof startNpmSim>>;
beforeAll(async () => {
  sim = await startNpmSim();
});
afterAll(async () => {
  await sim?.stop();
});

const BULK = '/-/npm/v1/security/advisories/bulk';

async function post(body: Buffer, headers: Record<string, string>) {
  const res = await fetch(`${sim.url}${BULK}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers }
  });
  return { status: res.status, json: (await res.json()) as any };
}

describe('npm registry simulator', () => {
  test('the real `npm audit --json` on a lockfile pinned to minimist@1.2.5 reports the seeded advisory', async () => {
    const dir = writeLockedProject(sim.url, { minimist: '1.2.5' });
    const before = sim.server.log.length;
    const r = await runNpm(['audit', '--json', '--registry', sim.url], dir);
    expect(r.code).toBe(1); // npm exits 1 when it finds vulnerabilities
    const report = JSON.parse(r.stdout);
    expect(report.auditReportVersion).toBe(2);
    const vuln = report.vulnerabilities.minimist;
    expect(vuln.severity).toBe('critical');
    expect(vuln.via[0]).toMatchObject({
      source: 1097678,
      title: 'Prototype Pollution in minimist',
      url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
      severity: 'critical',
      range: '>=1.0.0 <1.2.6',
      cwe: ['CWE-1321'],
      cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
    });
    // fixAvailable comes from the packument: 1.2.8 is the newest non-vulnerable version
    expect(vuln.fixAvailable).toEqual({ name: 'minimist', version: '1.2.8', isSemVerMajor: false });
    // what npm asked for: one gzip POST to the bulk endpoint, then the packument
    const asked = sim.server.log.slice(before).map((e) => `${e.method} ${e.path} ${e.status}`);
    expect(asked).toEqual([`POST ${BULK} 200`, 'GET /minimist 200']);
    // and the action's parser reads it as one critical finding fixed in 1.2.6
    const parsed = parseNpmAudit(r.stdout, r.stderr, readNpmLock(dir).versionAt);
    expect(parsed).toMatchObject({
      ok: true,
      items: [{ package: 'minimist', installed: '1.2.5', severity: 'critical', fixedIn: '1.2.6' }]
    });
  });

  test("the public registry's 405 on the bulk endpoint (as a fault plan) makes npm fail, and it is read as a backend failure", async () => {
    const dir = writeLockedProject(sim.url, { minimist: '1.2.5' });
    // What the reachable public registry answers today: 405, `allow: GET,HEAD`, an empty body.
    sim.server.addFault({
      service: 'npm',
      method: 'POST',
      path: BULK,
      steps: [{ kind: 'status', status: 405, headers: { allow: 'GET,HEAD' }, body: '' }]
    });
    const r = await runNpm(['audit', '--json', '--registry', sim.url], dir);
    expect(r.code).not.toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ statusCode: 405, method: 'POST' });
    expect(r.stderr).toContain('audit endpoint returned an error');
    const parsed = parseNpmAudit(r.stdout, r.stderr);
    expect(parsed).toMatchObject({ ok: false, infrastructure: true });
    if (!parsed.ok) expect(parsed.reason).toMatch(/HTTP 405/);
  });

  test.each([503, 429])('a %d from the bulk endpoint is a backend failure too', async (status) => {
    const dir = writeLockedProject(sim.url, { minimist: '1.2.5' });
    sim.server.addFault({
      service: 'npm',
      method: 'POST',
      path: BULK,
      steps: [{ kind: 'status', status, headers: { 'retry-after': '0' } }]
    });
    // npm retries 5xx with 10 s+ backoff by default; one attempt keeps the test fast
    const r = await runNpm(['audit', '--json', '--registry', sim.url, '--fetch-retries', '0'], dir);
    expect(r.code).not.toBe(0);
    expect(parseNpmAudit(r.stdout, r.stderr)).toMatchObject({
      ok: false,
      infrastructure: true,
      reason: expect.stringContaining(`HTTP ${status}`)
    });
  });

  test('bulk endpoint: gzip or plain JSON body; only advisories affecting a requested version; 400 on a bad body', async () => {
    const body = { minimist: ['1.2.5', '1.2.6'], '@sim/left-pad': ['1.0.0'], unknown: ['1.0.0'] };
    const gz = await post(gzipSync(JSON.stringify(body)), { 'content-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect(Object.keys(gz.json)).toEqual(['minimist']);
    expect(gz.json.minimist[0]).toEqual({
      id: 1097678,
      url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
      title: 'Prototype Pollution in minimist',
      severity: 'critical',
      vulnerable_versions: '>=1.0.0 <1.2.6',
      cwe: ['CWE-1321'],
      cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }
    });
    const fixed = await post(Buffer.from(JSON.stringify({ minimist: ['1.2.6', '1.2.8'] })), {});
    expect(fixed).toEqual({ status: 200, json: {} });
    expect((await post(Buffer.from('{"minimist": "1.2.5"}'), {})).status).toBe(400);
    expect((await post(Buffer.from('not gzip'), { 'content-encoding': 'gzip' })).status).toBe(400);
    // the retired v6 audit endpoints answer as the registry does now: 410
    const quick = await fetch(`${sim.url}/-/npm/v1/security/audits/quick`, { method: 'POST', body: '{}' });
    expect(quick.status).toBe(410);
    expect(((await quick.json()) as any).error).toContain('bulk advisory endpoint');
  });

  test('packuments (plain, scoped encoded and raw) and tarballs whose integrity matches', async () => {
    const doc = (await (await fetch(`${sim.url}/minimist`)).json()) as any;
    expect(doc['dist-tags']).toEqual({ latest: '1.2.8' });
    expect(Object.keys(doc.versions)).toEqual(['0.2.4', '1.2.0', '1.2.5', '1.2.6', '1.2.8']);
    const scoped = (await (await fetch(`${sim.url}/@sim%2fleft-pad`)).json()) as any;
    expect(scoped.name).toBe('@sim/left-pad');
    expect(((await (await fetch(`${sim.url}/@sim/left-pad`)).json()) as any).name).toBe('@sim/left-pad');
    expect((await fetch(`${sim.url}/no-such-package`)).status).toBe(404);
    const dist = doc.versions['1.2.5'].dist;
    const tgz = Buffer.from(await (await fetch(dist.tarball)).arrayBuffer());
    expect(`sha512-${createHash('sha512').update(tgz).digest('base64')}`).toBe(dist.integrity);
    expect(createHash('sha1').update(tgz).digest('hex')).toBe(dist.shasum);
  });

  test('the real `npm install` fetches from the simulator and verifies integrity; `npm outdated` sees the newer release', async () => {
    const dir = writeLockedProject(sim.url, { minimist: '1.2.5', '@sim/left-pad': '1.0.0' });
    writeFileSync(path.join(dir, '.npmrc'), `registry=${sim.url}/\n`);
    const install = await runNpm(['install', '--no-audit'], dir);
    expect(install.code).toBe(0);
    expect(
      JSON.parse(readFileSync(path.join(dir, 'node_modules/minimist/package.json'), 'utf8')).version
    ).toBe('1.2.5');
    expect(existsSync(path.join(dir, 'node_modules/@sim/left-pad/package.json'))).toBe(true);
    const outdated = await runNpm(['outdated', '--json'], dir);
    expect(JSON.parse(outdated.stdout)).toMatchObject({
      minimist: { current: '1.2.5', latest: '1.2.8' },
      '@sim/left-pad': { current: '1.0.0', latest: '1.1.0' }
    });
  });

  test('state: advisories can be withdrawn and added; save/load round-trips', async () => {
    const mod = createNpmModule();
    mod.state.addAdvisory({
      package: '@sim/left-pad',
      id: 42,
      url: 'https://example.test/42',
      title: 't',
      severity: 'low',
      vulnerable_versions: '<1.1.0',
      cwe: [],
      cvss: { score: 0, vectorString: null }
    });
    mod.state.removeAdvisories('minimist');
    expect(mod.state.bulkAdvisories({ minimist: ['1.2.5'], '@sim/left-pad': ['1.0.0'] })).toEqual({
      '@sim/left-pad': [expect.objectContaining({ id: 42 })]
    });
    const saved = JSON.parse(JSON.stringify(mod.save!()));
    const again = createNpmModule();
    again.load!(saved);
    expect(again.state.toJSON()).toEqual(mod.state.toJSON());
    expect(() => mod.state.addPackage({ name: '../etc', versions: ['1.0.0'] })).toThrow(
      /invalid package name/
    );
  });

  test('startSimulator registers the npm module at urls.npm', async () => {
    const full = await startSimulator();
    try {
      const res = await fetch(`${full.urls.npm}/minimist`);
      expect(res.status).toBe(200);
      expect(full.modules.map((m) => m.name)).toContain('npm');
    } finally {
      await full.stop();
    }
  });
});
