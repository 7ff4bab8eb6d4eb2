import type { GitHubModule } from './github/index.js';
import type { SimContext, SimModule, SimStateFile } from './module.js';
import { parseState, stringifyState } from './state-file.js';
import { faultFromJSON, SimError, type SimRequest, type SimServer, type Service } from './server.js';

interface AdminDeps {
  github: GitHubModule;
  modules: SimModule[];
  snapshot(): SimStateFile;
}

/**
 * `/_admin`: seeding and inspection for a simulator running as its own process (`release-kit sim`),
 * where tests cannot reach the objects. Only the admin token is accepted.
 */
export function registerAdminRoutes(server: SimServer, ctx: SimContext, deps: AdminDeps): void {
  const route = (method: string, pattern: string, handler: (req: SimRequest) => unknown) =>
    server.route('admin', method, pattern, async (req) => {
      if (!ctx.isAdmin(req.token)) throw new SimError(401, 'Bad credentials');
      const body = await handler(req);
      return body === undefined ? { status: 204 } : { status: 200, body };
    });
  const { github } = deps;

  // As `--save` writes it (Buffers as `{"$base64": …}`).
  route('GET', '/state', () => JSON.parse(stringifyState(deps.snapshot())));
  route('POST', '/seed', (req) => {
    let file: SimStateFile;
    try {
      file = parseState(req.body.toString('utf8') || '{}');
    } catch {
      throw new SimError(400, 'Problems parsing JSON');
    }
    if (file.github !== undefined) github.seed(file.github);
    for (const m of deps.modules)
      if (m !== github && m.load && file[m.name] !== undefined) m.load(file[m.name]);
    return { ok: true };
  });

  route('GET', '/faults', () => ({ note: 'fault plans are consumed as requests match them' }));
  route('POST', '/faults', (req) => {
    const rules = req.json<any>();
    for (const r of Array.isArray(rules) ? rules : [rules]) {
      if (!r || typeof r.path !== 'string' || !Array.isArray(r.steps))
        throw new SimError(422, 'a fault needs `path` (string; a regex when it starts with ^) and `steps`');
      server.addFault(faultFromJSON(r));
    }
    return { ok: true };
  });
  route('DELETE', '/faults', () => void server.clearFaults());

  route('GET', '/requests', (req) => {
    const path = req.query.get('path') ?? undefined;
    return server.requests({
      service: (req.query.get('service') ?? undefined) as Service | undefined,
      method: req.query.get('method') ?? undefined,
      path: path?.startsWith('^') ? new RegExp(path) : path
    });
  });
  route('DELETE', '/requests', () => void server.log.splice(0));

  route('POST', '/github/users', (req) => {
    const b = req.json<any>();
    github.addUser(b.login, b);
    return { ok: true };
  });
  route('POST', '/github/tokens', (req) => github.addToken(req.json()));
  // The partialUpload fault: the next `count` uploads answer 502 and leave a `starter` asset.
  route('POST', '/github/partial-uploads', (req) => {
    const count = Number(req.json<any>().count ?? 1);
    github.state.partial_uploads = Number.isInteger(count) && count > 0 ? count : 1;
    return { ok: true };
  });
  route('POST', '/github/repos', (req) => {
    const r = github.addRepo(req.json());
    return { id: r.id, full_name: `${r.owner}/${r.name}` };
  });
  route('PATCH', '/github/repos/:owner/:repo', (req) => {
    const repo = github.repo(req.params.owner, req.params.repo);
    const b = req.json<any>();
    for (const k of [
      'immutable_releases',
      'private',
      'archived',
      'default_branch',
      'description',
      'stale_list',
      'custom_roles'
    ] as const)
      if (b[k] !== undefined) (repo as any)[k] = b[k];
    if (b.collaborators) Object.assign(repo.collaborators, b.collaborators);
    return { ok: true };
  });
  route('POST', '/github/repos/:owner/:repo/releases', (req) => {
    const rel = github.addRelease(req.params.owner, req.params.repo, req.json());
    return { id: rel.id };
  });
  route('POST', '/github/repos/:owner/:repo/workflow-runs', (req) => {
    const run = github.addWorkflowRun(req.params.owner, req.params.repo, req.json());
    return { id: run.id, workflow_id: run.workflow_id };
  });
  // Moves a run on: a new attempt (re-run) or a new status/conclusion for the latest one.
  route('PATCH', '/github/workflow-runs/:id', (req) => {
    const b = req.json<any>();
    for (const repo of Object.values(github.state.repos)) {
      const run = repo.workflow_runs.find((r) => String(r.id) === req.params.id);
      if (!run) continue;
      const t = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      if (b.new_attempt) {
        run.attempts.push({
          run_attempt: run.attempts.length + 1,
          status: b.status ?? 'queued',
          conclusion: b.conclusion ?? null,
          created_at: t,
          updated_at: t,
          run_started_at: t
        });
      } else {
        const last = run.attempts[run.attempts.length - 1];
        if (b.status !== undefined) last.status = b.status;
        if (b.conclusion !== undefined) last.conclusion = b.conclusion;
        last.updated_at = t;
      }
      return { id: run.id, run_attempt: run.attempts.length };
    }
    throw new SimError(404, 'Not Found');
  });
  route('POST', '/github/releases/:id/assets', (req) => {
    const a = github.addAsset(Number(req.params.id), req.json());
    return { id: a.id, digest: a.digest };
  });
  route('POST', '/github/releases/:id/starter-assets', (req) => {
    const b = req.json<any>();
    const a = github.addStarterAsset(
      Number(req.params.id),
      String(b.name),
      b.content ? Buffer.from(String(b.content)) : undefined
    );
    return { id: a.id };
  });
  route('PATCH', '/github/assets/:id', (req) => {
    const a = github.findAsset(Number(req.params.id));
    if (!a) throw new SimError(404, 'Not Found');
    const b = req.json<any>();
    if (b.state === 'starter') {
      a.state = 'starter';
      a.digest = null;
    } else if (b.state) a.state = b.state;
    if (b.digest !== undefined) a.digest = b.digest;
    return { ok: true };
  });
}
