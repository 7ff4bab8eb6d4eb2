/**
 * Where GitHub behaves in ways an action can trip on, the simulator must answer as GitHub does. Each
 * `FACTS` entry is what real GitHub answered in traffic recorded by other projects (issue threads quoting
 * the response), reduced to status, message text and field names; the tests hold the simulator to them,
 * and the OpenAPI watcher holds every answer to GitHub's description.
 */
import { expectConforming, startValidatedSim, type ValidatedSim } from './openapi-harness.js';
import { githubAssetName } from '../../packages/sim/src/github/routes-assets.js';
import { githubStoredAssetName as coreAssetName } from '../../packages/core/src/asset-name.js';

export const FACTS = {
  // An installation token reading a private repository through a scope it lacks.
  notAccessible: { status: 403, message: 'Resource not accessible by integration' },
  // POST …/issues/{n}/comments with a body of 65,537 characters.
  commentTooLong: {
    status: 422,
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: 'Body is too long (maximum is 65536 characters)'
      }
    ]
  },
  // POST …/pulls (and …/issues) with a body over the limit: the pull request's body is its issue's.
  issueTooLong: {
    status: 422,
    message: 'Validation Failed',
    errors: [
      {
        resource: 'Issue',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)'
      }
    ]
  },
  // A fork right after POST …/forks: the git data is not there yet.
  forkEmpty: { status: 409, message: 'Git Repository is empty.' },
  forkNoObject: { status: 422, message: 'Object does not exist' },
  refExists: { status: 422, message: 'Reference already exists' },
  // GET …/collaborators/{u}/permission by a caller below push, public repository or not.
  noPushForPermission: { status: 403, message: 'Must have push access to view repository collaborators.' },
  // The second upload of a name an interrupted upload holds.
  starterHoldsName: {
    status: 422,
    errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
  },
  // Names GitHub stored for uploads (issue threads of release tools quoting the asset list).
  storedNames: [
    ['1~3.3.0-1-x86_64.pkg.tar.zst', '1.3.3.0-1-x86_64.pkg.tar.zst'],
    ['tool_1.0~bpo12_amd64.deb', 'tool_1.0.bpo12_amd64.deb'],
    ['app.prod-v1.3.0-(15-5)-6064eac-release.apk', 'app.prod-v1.3.0-.15-5.-6064eac-release.apk'],
    ['My App 1.0.0 Setup.exe', 'My.App.1.0.0.Setup.exe'],
    ['The Brain.js', 'The.Brain.js'],
    ['.config', 'default.config'],
    ['żółw.txt', 'zolw.txt'],
    ['æ-ŋ-ł-ð.bin', 'ae-ng-l-d.bin'],
    ['a@b+c_d-e.tar.gz', 'a@b+c_d-e.tar.gz'],
    ['tool-1.2.3-linux-amd64.tar.gz', 'tool-1.2.3-linux-amd64.tar.gz']
  ] as const
};

const SEED = {
  github: {
    users: [{ login: 'octo-org', type: 'Organization', members: { alice: 'admin', bob: 'member' } }],
    tokens: [
      { token: 'tok-alice', login: 'alice' },
      { token: 'tok-bob', login: 'bob' },
      { token: 'tok-rita', login: 'rita' },
      { token: 'tok-sam', login: 'sam' },
      {
        token: 'tok-ci-narrow',
        login: 'github-actions[bot]',
        kind: 'integration',
        repositories: ['octo-org/private-app', 'octo-org/public-app'],
        permissions: { contents: 'read', issues: 'read', metadata: 'read' }
      },
      {
        token: 'tok-ci',
        login: 'github-actions[bot]',
        kind: 'integration',
        repositories: ['octo-org/public-app']
      }
    ],
    teams: [{ org: 'octo-org', slug: 'qa', members: { carol: 'member' }, repos: {} }],
    repos: [
      {
        owner: 'octo-org',
        name: 'private-app',
        private: true,
        check_runs: [{ name: 'build', head_sha: 'main', conclusion: 'success' }],
        workflow_runs: [{ workflow: 'ci.yml', head_sha: 'main', conclusion: 'success' }]
      },
      {
        owner: 'octo-org',
        name: 'public-app',
        collaborators: { rita: 'read', bob: 'write', quinn: 'read' },
        custom_roles: { quinn: { name: 'release-qa', base: 'write' } },
        check_runs: [{ name: 'build', head_sha: 'main', conclusion: 'success' }],
        issues: [{ title: 'tracking' }],
        workflow_runs: [
          {
            workflow: 'dynamic/github-code-scanning/codeql',
            name: 'CodeQL',
            event: 'dynamic',
            head_sha: 'main',
            conclusion: 'success'
          }
        ]
      }
    ]
  }
};

let v: ValidatedSim;
beforeAll(async () => {
  v = await startValidatedSim(SEED);
});
afterAll(async () => {
  await v.stop();
});
afterEach(() => {
  v.sim.faults.clear();
  expectConforming(v.problems.splice(0));
});

const priv = { owner: 'octo-org', repo: 'private-app' };
const pub = { owner: 'octo-org', repo: 'public-app' };

describe('installation tokens need the scope even to read a private repository', () => {
  test('403 "Resource not accessible by integration" for checks and actions without the scope', async () => {
    const ci = v.client('tok-ci-narrow');
    await expect(ci.rest.checks.listForRef({ ...priv, ref: 'main' })).rejects.toMatchObject({
      status: FACTS.notAccessible.status,
      response: { data: { message: FACTS.notAccessible.message } }
    });
    await expect(ci.rest.actions.listWorkflowRunsForRepo({ ...priv })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: FACTS.notAccessible.message } }
    });
    // The scopes it holds read fine, and a public repository reads without any.
    expect((await ci.rest.issues.listForRepo({ ...priv })).status).toBe(200);
    expect((await ci.rest.checks.listForRef({ ...pub, ref: 'main' })).data.total_count).toBe(1);
  });
});

describe('primary rate limit', () => {
  test('an installation token past its allowance: 403 naming the installation, remaining 0, a reset time', async () => {
    v.sim.gh.addToken({
      token: 'tok-ci-spent',
      login: 'github-actions[bot]',
      kind: 'integration',
      app: { id: 4242, slug: 'release-bot', name: 'Release bot' },
      rate_limit: 1,
      rate_window: 3600
    });
    const ci = v.client('tok-ci-spent', { retries: 0, onRateLimit: () => false });
    await ci.rest.repos.get({ ...pub });
    const spent = await ci.rest.repos.get({ ...pub }).catch((e) => e);
    expect(spent).toMatchObject({
      status: 403,
      response: { data: { message: 'API rate limit exceeded for installation ID 4242.' } }
    });
    expect(spent.response.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(spent.response.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000 + 3500);
  });
});

describe('bodies over 65,536 characters', () => {
  test("comment, issue and pull request bodies get GitHub's 422 with its field names", async () => {
    const gh = v.client('tok-alice');
    const long = 'x'.repeat(65537);
    const comment = gh.rest.issues.createComment({ ...pub, issue_number: 1, body: long });
    await expect(comment).rejects.toMatchObject({
      status: FACTS.commentTooLong.status,
      response: { data: { message: FACTS.commentTooLong.message, errors: FACTS.commentTooLong.errors } }
    });
    await expect(gh.rest.issues.create({ ...pub, title: 't', body: long })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: FACTS.issueTooLong.errors } }
    });
    await expect(gh.rest.issues.update({ ...pub, issue_number: 1, body: long })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: FACTS.issueTooLong.errors } }
    });
    // Exactly the limit is accepted; characters, not UTF-16 units, are counted.
    expect(
      (await gh.rest.issues.createComment({ ...pub, issue_number: 1, body: long.slice(1) })).status
    ).toBe(201);
    const emoji = '😀'.repeat(65536);
    expect((await gh.rest.issues.createComment({ ...pub, issue_number: 1, body: emoji })).status).toBe(201);
  });
});

describe('a new fork is not ready at once', () => {
  test('409 "Git Repository is empty." and 422 "Object does not exist", then the fork works', async () => {
    const gh = v.client('tok-sam', { retries: 0 });
    const { data: fork } = await gh.rest.repos.createFork({ ...pub });
    const forkRepo = { owner: fork.owner.login, repo: fork.name };
    const base = v.sim.gh.repo('octo-org', 'public-app').refs['refs/heads/main'];
    await expect(gh.rest.git.getRef({ ...forkRepo, ref: 'heads/main' })).rejects.toMatchObject({
      status: FACTS.forkEmpty.status,
      response: { data: { message: FACTS.forkEmpty.message } }
    });
    await expect(
      gh.rest.git.createRef({ ...forkRepo, ref: 'refs/heads/bump', sha: base })
    ).rejects.toMatchObject({ status: 422, response: { data: { message: FACTS.forkNoObject.message } } });
    expect((await gh.rest.git.createRef({ ...forkRepo, ref: 'refs/heads/bump', sha: base })).status).toBe(
      201
    );
    await expect(
      gh.rest.git.createRef({ ...forkRepo, ref: 'refs/heads/bump', sha: base })
    ).rejects.toMatchObject({ status: 422, response: { data: { message: FACTS.refExists.message } } });
  });
});

describe('teams, permissions and roles', () => {
  test('an installation token gets 404 on team membership, whatever the membership', async () => {
    await expect(
      v.client('tok-ci').request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org: 'octo-org',
        team_slug: 'qa',
        username: 'carol'
      })
    ).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    await expect(
      v.client('tok-ci').rest.teams.getByName({ org: 'octo-org', team_slug: 'qa' })
    ).rejects.toMatchObject({ status: 404 });
    const member = await v
      .client('tok-alice')
      .request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
        org: 'octo-org',
        team_slug: 'qa',
        username: 'carol'
      });
    expect(member.data).toMatchObject({ state: 'active', role: 'member' });
    expect(
      (await v.client('tok-alice').rest.teams.getByName({ org: 'octo-org', team_slug: 'qa' })).data.slug
    ).toBe('qa');
  });

  test("a caller below push gets 403 for a collaborator's permission on a public repository too", async () => {
    await expect(
      v.client('tok-rita').rest.repos.getCollaboratorPermissionLevel({ ...pub, username: 'bob' })
    ).rejects.toMatchObject({
      status: FACTS.noPushForPermission.status,
      response: { data: { message: FACTS.noPushForPermission.message } }
    });
  });

  test('a custom role is named in role_name; permission carries its base', async () => {
    const { data } = await v
      .client('tok-bob')
      .rest.repos.getCollaboratorPermissionLevel({ ...pub, username: 'quinn' });
    expect(data.role_name).toBe('release-qa');
    expect(data.permission).toBe('write');
    expect(data.user?.permissions).toMatchObject({ push: true, admin: false });
  });

  test('dynamic workflow runs (CodeQL default setup) come back with event dynamic and a dynamic/ path', async () => {
    const { data } = await v.client('tok-alice').rest.actions.listWorkflowRunsForRepo({ ...pub });
    expect(data.workflow_runs[0]).toMatchObject({ event: 'dynamic', name: 'CodeQL' });
    expect(data.workflow_runs[0].path).toMatch(/^dynamic\//);
  });
});

describe('releases', () => {
  test('staleList: a draft created a moment ago is missing from the list, then appears', async () => {
    const gh = v.client('tok-alice');
    const { data: draft } = await gh.rest.repos.createRelease({ ...pub, tag_name: 'v0.1.0', draft: true });
    v.sim.faults.staleList('octo-org/public-app', 1);
    const first = await gh.rest.repos.listReleases({ ...pub });
    expect(first.data.map((r) => r.id)).not.toContain(draft.id);
    const second = await gh.rest.repos.listReleases({ ...pub });
    expect(second.data.map((r) => r.id)).toContain(draft.id);
  });

  test('partialUpload: 502, a starter asset holds the name, the next upload of it gets 422 already_exists', async () => {
    const gh = v.client('tok-alice');
    const { data: rel } = await gh.rest.repos.createRelease({ ...pub, tag_name: 'v0.2.0', draft: true });
    v.sim.faults.partialUpload(1);
    const upload = () =>
      gh.request({
        method: 'POST',
        url: rel.upload_url,
        name: 'big.tar.gz',
        data: Buffer.from('0123456789'),
        headers: { 'content-type': 'application/octet-stream' },
        request: { retries: 0 }
      });
    await expect(upload()).rejects.toMatchObject({ status: 502 });
    const assets = (await gh.rest.repos.listReleaseAssets({ ...pub, release_id: rel.id })).data;
    expect(assets).toEqual([expect.objectContaining({ name: 'big.tar.gz', state: 'starter' })]);
    await expect(upload()).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: FACTS.starterHoldsName.errors } }
    });
  });

  test('the admin API arms partialUpload and staleList for a simulator in its own process', async () => {
    const admin = (method: string, path: string, body: unknown) =>
      fetch(`${v.sim.urls.admin}${path}`, {
        method,
        headers: { authorization: `token ${v.sim.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      });
    expect((await admin('POST', '/github/partial-uploads', { count: 2 })).status).toBe(200);
    expect(v.sim.github.partial_uploads).toBe(2);
    expect((await admin('PATCH', '/github/repos/octo-org/public-app', { stale_list: 3 })).status).toBe(200);
    expect(v.sim.gh.repo('octo-org', 'public-app').stale_list).toBe(3);
  });

  test("GitHub's stored names: the simulator and core agree with every recorded rename", async () => {
    for (const [given, stored] of FACTS.storedNames) {
      expect([given, githubAssetName(given)]).toEqual([given, stored]);
      expect([given, coreAssetName(given)]).toEqual([given, stored]);
    }
    const gh = v.client('tok-alice');
    const { data: rel } = await gh.rest.repos.createRelease({ ...pub, tag_name: 'v0.3.0', draft: true });
    const { data: asset } = await gh.request({
      method: 'POST',
      url: rel.upload_url,
      name: 'tool_1.0~bpo12_amd64.deb',
      data: Buffer.from('deb'),
      headers: { 'content-type': 'application/octet-stream' }
    });
    expect(asset.name).toBe('tool_1.0.bpo12_amd64.deb');
  });
});
