import { gunzipSync } from 'node:zlib';
import { expectConforming, startValidatedSim, type ValidatedSim } from './openapi-harness.js';

let v: ValidatedSim;
beforeAll(async () => {
  v = await startValidatedSim();
});
afterAll(async () => {
  await v.stop();
});
afterEach(() => {
  expectConforming(v.problems.splice(0));
});

const repo = { owner: 'octo-org', repo: 'widget' };
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('git data', () => {
  test('blob → tree (base_tree) → commit → ref update keeps the branch consistent', async () => {
    const gh = v.client('tok-bob');
    const head = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const parent = await gh.rest.git.getCommit({ ...repo, commit_sha: head.data.object.sha });
    const blob = await gh.rest.git.createBlob({ ...repo, content: b64('hello\n'), encoding: 'base64' });
    // git's own blob hash: the simulator's shas are real ones.
    expect(blob.data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const tree = await gh.rest.git.createTree({
      ...repo,
      base_tree: parent.data.tree.sha,
      tree: [{ path: 'docs/hello.txt', mode: '100644', type: 'blob', sha: blob.data.sha }]
    });
    const commit = await gh.rest.git.createCommit({
      ...repo,
      message: 'Add hello',
      tree: tree.data.sha,
      parents: [head.data.object.sha]
    });
    expect(commit.data.verification.verified).toBe(false);
    await gh.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha });
    const branch = await gh.rest.repos.getBranch({ ...repo, branch: 'main' });
    expect(branch.data.commit.sha).toBe(commit.data.sha);
    const full = await gh.rest.git.getTree({ ...repo, tree_sha: commit.data.sha, recursive: 'true' });
    expect(full.data.tree.map((e) => e.path)).toEqual(
      expect.arrayContaining(['README.md', 'docs', 'docs/hello.txt', 'Formula/widget.rb'])
    );
    const got = await gh.rest.git.getBlob({ ...repo, file_sha: blob.data.sha });
    expect(Buffer.from(got.data.content, 'base64').toString()).toBe('hello\n');
    // A non-fast-forward move is refused without force.
    await expect(
      gh.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: head.data.object.sha })
    ).rejects.toMatchObject({ status: 422 });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: commit.data.sha });
    await expect(
      gh.rest.git.createRef({ ...repo, ref: 'refs/heads/feature/x', sha: commit.data.sha })
    ).rejects.toMatchObject({ status: 422 });
    const matching = await gh.rest.git.listMatchingRefs({ ...repo, ref: 'heads/feature' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/heads/feature/x']);
    const branches = await gh.rest.repos.listBranches(repo);
    expect(branches.data.map((b) => b.name)).toEqual(['feature/x', 'main']);
    await gh.rest.git.deleteRef({ ...repo, ref: 'heads/feature/x' });
    await expect(gh.rest.repos.getBranch({ ...repo, branch: 'feature/x' })).rejects.toMatchObject({
      status: 404
    });
  });

  test('commits made by an App token are verified', async () => {
    const ci = v.client('tok-ci');
    const head = await ci.rest.git.getRef({ ...repo, ref: 'heads/main' });
    const parent = await ci.rest.git.getCommit({ ...repo, commit_sha: head.data.object.sha });
    const commit = await ci.rest.git.createCommit({
      ...repo,
      message: 'bot',
      tree: parent.data.tree.sha,
      parents: [head.data.object.sha]
    });
    expect(commit.data.verification).toMatchObject({ verified: true, reason: 'valid' });
  });
});

test('annotated tags: tag object, ref to it, and the tag peels to its commit', async () => {
  const gh = v.client('tok-bob');
  const head = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
  const tag = await gh.rest.git.createTag({
    ...repo,
    tag: 'v8.0.0',
    message: 'Release 8',
    object: head.data.object.sha,
    type: 'commit'
  });
  await gh.rest.git.createRef({ ...repo, ref: 'refs/tags/v8.0.0', sha: tag.data.sha });
  const ref = await gh.rest.git.getRef({ ...repo, ref: 'tags/v8.0.0' });
  expect(ref.data.object).toMatchObject({ type: 'tag', sha: tag.data.sha });
  expect((await gh.rest.git.getTag({ ...repo, tag_sha: tag.data.sha })).data.object.sha).toBe(
    head.data.object.sha
  );
  expect((await gh.rest.repos.getCommit({ ...repo, ref: 'v8.0.0' })).data.sha).toBe(head.data.object.sha);
});

describe('contents and commits', () => {
  test('create, update with sha, 409 on stale sha, 422 without sha, delete; commits for a path', async () => {
    const gh = v.client('tok-bob');
    const created = await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'Formula/tool.rb',
      message: 'tool 1.0.0',
      content: b64('version "1.0.0"\n')
    });
    expect(created.status).toBe(201);
    const sha1 = created.data.content!.sha!;
    const got = await gh.rest.repos.getContent({ ...repo, path: 'Formula/tool.rb' });
    expect(Buffer.from((got.data as { content: string }).content, 'base64').toString()).toBe(
      'version "1.0.0"\n'
    );
    const updated = await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'Formula/tool.rb',
      message: 'tool 1.1.0',
      content: b64('version "1.1.0"\n'),
      sha: sha1
    });
    expect(updated.status).toBe(200);
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'Formula/tool.rb',
        message: 'stale',
        content: b64('x'),
        sha: sha1
      })
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'Formula/tool.rb',
        message: 'no sha',
        content: b64('x')
      })
    ).rejects.toMatchObject({ status: 422 });
    const commits = await gh.rest.repos.listCommits({ ...repo, path: 'Formula/tool.rb', sha: 'main' });
    expect(commits.data.map((c) => c.commit.message)).toEqual(['tool 1.1.0', 'tool 1.0.0']);
    const dir = await gh.rest.repos.getContent({ ...repo, path: 'Formula' });
    expect((dir.data as { name: string }[]).map((e) => e.name)).toEqual(['tool.rb', 'widget.rb']);
    const single = await gh.rest.repos.getCommit({ ...repo, ref: commits.data[0].sha });
    expect(single.data.sha).toBe(commits.data[0].sha);
    await gh.rest.repos.deleteFile({
      ...repo,
      path: 'Formula/tool.rb',
      message: 'rm',
      sha: updated.data.content!.sha!
    });
    await expect(gh.rest.repos.getContent({ ...repo, path: 'Formula/tool.rb' })).rejects.toMatchObject({
      status: 404
    });
    // A reader cannot write.
    await expect(
      v
        .client('tok-reader')
        .rest.repos.createOrUpdateFileContents({ ...repo, path: 'x', message: 'm', content: b64('x') })
    ).rejects.toMatchObject({ status: 403 });
  });

  test('source archives redirect to the download host and hold the tree', async () => {
    const gh = v.client('tok-bob');
    const tar = await gh.rest.repos.downloadTarballArchive({ ...repo, ref: 'main' });
    const raw = gunzipSync(Buffer.from(tar.data as ArrayBuffer)).toString('latin1');
    expect(raw).toContain('octo-org-widget-');
    expect(raw).toContain('# widget');
    const res = await fetch(`${v.sim.urls.github}/repos/octo-org/widget/zipball/main`, {
      redirect: 'manual'
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/\/downloads\/archive\/octo-org\/widget\/zip\/main$/);
  });

  test("a formula's web archive URL answers 303, which core's download follows as a GET", async () => {
    const { download } = await import('#core/http.js');
    await v.client('tok-bob').rest.git.createRef({
      ...repo,
      ref: 'refs/tags/v0.1.0',
      sha: (await v.client('tok-bob').rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha
    });
    const url = `${v.sim.urls.downloads}/octo-org/widget/archive/refs/tags/v0.1.0.tar.gz`;
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const got = await download(url, { hash: 'sha256' });
    expect(got.status).toBe(200);
    expect(got.size).toBeGreaterThan(0);
    expect(got.hashes.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await download(url, { hash: 'sha256' });
    expect(again.hashes.sha256).toBe(got.hashes.sha256);
  });
});

describe('pull requests, issues, labels, milestones', () => {
  test('pull request from a branch: create, list by head, update, duplicate refused', async () => {
    const gh = v.client('tok-bob');
    const main = await gh.rest.git.getRef({ ...repo, ref: 'heads/main' });
    await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/bump-widget-1.1.0', sha: main.data.object.sha });
    await gh.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'Formula/widget.rb',
      branch: 'bump-widget-1.1.0',
      message: 'widget 1.1.0',
      content: b64('version "1.1.0"\n'),
      sha: (
        (await gh.rest.repos.getContent({ ...repo, path: 'Formula/widget.rb' })) as { data: { sha: string } }
      ).data.sha
    });
    const pr = await gh.rest.pulls.create({
      ...repo,
      title: 'widget 1.1.0',
      head: 'bump-widget-1.1.0',
      base: 'main',
      body: 'Fixes #1'
    });
    expect(pr.data.head.ref).toBe('bump-widget-1.1.0');
    await expect(
      gh.rest.pulls.create({ ...repo, title: 'again', head: 'bump-widget-1.1.0', base: 'main' })
    ).rejects.toMatchObject({ status: 422 });
    const listed = await gh.rest.pulls.list({ ...repo, head: 'octo-org:bump-widget-1.1.0', state: 'open' });
    expect(listed.data.map((p) => p.number)).toEqual([pr.data.number]);
    expect((await gh.rest.pulls.list({ ...repo, head: 'octo-org:other' })).data).toEqual([]);
    // A bare branch name is ignored by GitHub: every open pull request comes back.
    expect(
      (await gh.rest.pulls.list({ ...repo, head: 'no-such-branch' })).data.map((p) => p.number)
    ).toContain(pr.data.number);
    const upd = await gh.rest.pulls.update({
      ...repo,
      pull_number: pr.data.number,
      body: 'Fixes #2',
      state: 'closed'
    });
    expect(upd.data.state).toBe('closed');
    const got = await gh.rest.pulls.get({ ...repo, pull_number: pr.data.number });
    expect(got.data.body).toBe('Fixes #2');
  });

  test('issues: labels/state/milestone filters, pagination, comments with timestamps', async () => {
    const gh = v.client('tok-bob');
    await gh.rest.issues.createLabel({ ...repo, name: 'P0', color: 'ff0000' });
    const ms = await gh.rest.issues.createMilestone({ ...repo, title: 'v1.1' });
    for (let i = 0; i < 35; i++) {
      await gh.rest.issues.create({
        ...repo,
        title: `bug ${i}`,
        labels: i % 5 === 0 ? ['P0'] : ['P2'],
        milestone: i < 3 ? ms.data.number : undefined
      });
    }
    const p0 = await gh.paginate(gh.rest.issues.listForRepo, {
      ...repo,
      labels: 'P0',
      state: 'open',
      per_page: 3
    });
    expect(p0).toHaveLength(7);
    const inMs = await gh.rest.issues.listForRepo({ ...repo, milestone: String(ms.data.number) });
    expect(inMs.data).toHaveLength(3);
    const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, per_page: 10 });
    expect(all.length).toBeGreaterThanOrEqual(35);
    const first = p0[0];
    const closed = await gh.rest.issues.update({
      ...repo,
      issue_number: first.number,
      state: 'closed',
      state_reason: 'not_planned',
      body: 'dup'
    });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'dup' });
    const c = await gh.rest.issues.createComment({
      ...repo,
      issue_number: first.number,
      body: '/qe approve'
    });
    expect(c.data.created_at).toBe(c.data.updated_at);
    const edited = await gh.rest.issues.updateComment({
      ...repo,
      comment_id: c.data.id,
      body: '/qe approve (edited)'
    });
    expect(edited.data.body).toBe('/qe approve (edited)');
    const comments = await gh.rest.issues.listComments({ ...repo, issue_number: first.number });
    expect(comments.data.map((x) => x.id)).toEqual([c.data.id]);
    // A read-only user's labels are dropped, as on GitHub; editing someone else's issue is refused.
    const rita = v.client('tok-reader');
    const own = await rita.rest.issues.create({ ...repo, title: 'from rita', labels: ['P0'] });
    expect(own.data.labels).toEqual([]);
    await expect(
      rita.rest.issues.update({ ...repo, issue_number: first.number, state: 'open' })
    ).rejects.toMatchObject({ status: 403 });
    const labels = await gh.rest.issues.listLabelsForRepo(repo);
    expect(labels.data.map((l) => l.name)).toEqual(expect.arrayContaining(['P0', 'P2']));
    const milestones = await gh.rest.issues.listMilestones(repo);
    expect(milestones.data[0].open_issues).toBe(3);
  });
});

describe('checks, statuses, workflow runs', () => {
  test('check runs are an App feature; statuses combine per context', async () => {
    const ci = v.client('tok-ci');
    const sha = (await ci.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    await ci.rest.checks.create({
      ...repo,
      name: 'build',
      head_sha: sha,
      status: 'completed',
      conclusion: 'failure'
    });
    await ci.rest.checks.create({
      ...repo,
      name: 'build',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success'
    });
    await expect(
      v.client('tok-bob').rest.checks.create({ ...repo, name: 'x', head_sha: sha })
    ).rejects.toMatchObject({ status: 403 });
    const latest = await ci.rest.checks.listForRef({ ...repo, ref: sha });
    expect(latest.data.check_runs.map((c) => c.conclusion)).toEqual(['success']);
    const all = await ci.rest.checks.listForRef({ ...repo, ref: sha, filter: 'all' });
    expect(all.data.total_count).toBe(2);
    await ci.rest.repos.createCommitStatus({ ...repo, sha, state: 'pending', context: 'qe' });
    await ci.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'qe' });
    await ci.rest.repos.createCommitStatus({ ...repo, sha, state: 'success', context: 'lint' });
    const combined = await ci.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha });
    expect(combined.data.state).toBe('success');
    expect(combined.data.total_count).toBe(2);
    const statuses = await ci.rest.repos.listCommitStatusesForRef({ ...repo, ref: sha });
    expect(statuses.data).toHaveLength(3);
  });

  test('workflow runs seeded with attempts, listed per SHA and per workflow', async () => {
    const gh = v.client('tok-bob');
    const sha = (await gh.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const run = v.sim.gh.addWorkflowRun('octo-org', 'widget', {
      workflow: 'release.yml',
      head_sha: sha,
      attempts: [
        { status: 'completed', conclusion: 'failure' },
        { status: 'completed', conclusion: 'success' }
      ]
    });
    v.sim.gh.addWorkflowRun('octo-org', 'widget', {
      workflow: 'ci.yml',
      head_sha: sha,
      status: 'in_progress',
      conclusion: null
    });
    const bySha = await gh.rest.actions.listWorkflowRunsForRepo({ ...repo, head_sha: sha });
    expect(bySha.data.total_count).toBe(2);
    const perWorkflow = await gh.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'release.yml',
      head_sha: sha
    });
    expect(perWorkflow.data.workflow_runs[0]).toMatchObject({
      id: run.id,
      run_attempt: 2,
      conclusion: 'success'
    });
    const first = await gh.rest.actions.getWorkflowRunAttempt({ ...repo, run_id: run.id, attempt_number: 1 });
    expect(first.data.conclusion).toBe('failure');
    const one = await gh.rest.actions.getWorkflowRun({ ...repo, run_id: run.id });
    expect(one.data.previous_attempt_url).toMatch(/attempts\/1$/);
    const workflows = await gh.rest.actions.listRepoWorkflows(repo);
    expect(workflows.data.workflows.map((w) => w.path)).toEqual([
      '.github/workflows/release.yml',
      '.github/workflows/ci.yml'
    ]);
  });
});

describe('people', () => {
  test('collaborator permission, team membership, forks', async () => {
    const gh = v.client('tok-alice');
    const rita = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'rita' });
    expect(rita.data).toMatchObject({ permission: 'read', role_name: 'read' });
    const carol = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'carol' });
    expect(carol.data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    const stranger = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'sam' });
    expect(stranger.data).toMatchObject({ permission: 'read', role_name: 'read' });
    const hidden = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: 'octo-org',
      repo: 'secret',
      username: 'sam'
    });
    expect(hidden.data.permission).toBe('none');
    const member = await gh.rest.teams.getMembershipForUserInOrg({
      org: 'octo-org',
      team_slug: 'release-managers',
      username: 'carol'
    });
    expect(member.data).toMatchObject({ role: 'maintainer', state: 'active' });
    await expect(
      gh.rest.teams.getMembershipForUserInOrg({
        org: 'octo-org',
        team_slug: 'release-managers',
        username: 'rita'
      })
    ).rejects.toMatchObject({ status: 404 });
    const sam = v.client('tok-stranger');
    const fork = await sam.rest.repos.createFork(repo);
    expect(fork.status).toBe(202);
    expect(fork.data).toMatchObject({ full_name: 'sam/widget', fork: true });
    expect(fork.data.parent?.full_name).toBe('octo-org/widget');
    // A pull request from the fork, named `owner:branch`.
    const main = await sam.rest.git.getRef({ owner: 'sam', repo: 'widget', ref: 'heads/main' });
    const parent = await sam.rest.git.getCommit({
      owner: 'sam',
      repo: 'widget',
      commit_sha: main.data.object.sha
    });
    const c = await sam.rest.git.createCommit({
      owner: 'sam',
      repo: 'widget',
      message: 'x',
      tree: parent.data.tree.sha,
      parents: [main.data.object.sha]
    });
    await sam.rest.git.createRef({ owner: 'sam', repo: 'widget', ref: 'refs/heads/fix', sha: c.data.sha });
    const pr = await sam.rest.pulls.create({ ...repo, title: 'from fork', head: 'sam:fix', base: 'main' });
    expect(pr.data.head.label).toBe('sam:fix');
  });
});

afterAll(() => {
  // Every area above was answered and schema-checked (a silent watcher would prove nothing).
  const seen = [...v.validated.keys()];
  expect(seen).toEqual(
    expect.arrayContaining([
      'git/get-ref',
      'git/create-tag',
      'git/get-tag',
      'git/create-blob',
      'git/create-tree',
      'git/create-commit',
      'git/update-ref',
      'git/get-tree',
      'git/get-blob',
      'git/list-matching-refs',
      'repos/get-branch',
      'repos/list-branches',
      'repos/create-or-update-file-contents',
      'repos/get-content',
      'repos/list-commits',
      'repos/delete-file',
      'pulls/create',
      'pulls/list',
      'pulls/update',
      'pulls/get',
      'issues/create',
      'issues/list-for-repo',
      'issues/update',
      'issues/create-comment',
      'issues/update-comment',
      'issues/list-comments',
      'issues/create-label',
      'issues/create-milestone',
      'issues/list-milestones',
      'checks/create',
      'checks/list-for-ref',
      'repos/create-commit-status',
      'repos/get-combined-status-for-ref',
      'repos/list-commit-statuses-for-ref',
      'actions/list-workflow-runs-for-repo',
      'actions/list-workflow-runs',
      'actions/get-workflow-run',
      'actions/get-workflow-run-attempt',
      'actions/list-repo-workflows',
      'repos/get-collaborator-permission-level',
      'teams/get-membership-for-user-in-org',
      'repos/create-fork'
    ])
  );
});
