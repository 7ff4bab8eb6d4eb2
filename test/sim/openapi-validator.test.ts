import { specValidator } from './openapi-harness.js';

// The validator must be able to fail: known-bad bodies are rejected with the schema error.
describe('OpenAPI validator', () => {
  const v = specValidator();
  const asset = {
    url: 'http://127.0.0.1:1/github/repos/o/r/releases/assets/1',
    browser_download_url: 'http://127.0.0.1:1/downloads/o/r/releases/download/v1/a',
    id: 1,
    node_id: 'x',
    name: 'a',
    label: null,
    state: 'uploaded',
    content_type: 'application/octet-stream',
    size: 1,
    digest: 'sha256:00',
    download_count: 0,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    uploader: null
  };

  test('finds operations from concrete paths, literal segments first', () => {
    expect(v.find('GET', '/repos/o/r/releases/latest')?.operationId).toBe('repos/get-latest-release');
    expect(v.find('GET', '/repos/o/r/releases/12')?.operationId).toBe('repos/get-release');
    expect(v.find('GET', '/repos/o/r/git/ref/heads/feature/x')?.operationId).toBe('git/get-ref');
    expect(v.find('PUT', '/repos/o/r/contents/a/b/c.rb')?.operationId).toBe(
      'repos/create-or-update-file-contents'
    );
  });

  test('accepts a conforming asset and rejects drifts with the ajv error', () => {
    const op = v.find('GET', '/repos/o/r/releases/assets/1')!;
    expect(v.checkResponse(op, 200, asset)).toEqual([]);
    const { digest: _d, ...noDigest } = asset;
    expect(v.checkResponse(op, 200, noDigest).join()).toMatch(/must have required property 'digest'/);
    expect(v.checkResponse(op, 200, { ...asset, size: '1' }).join()).toMatch(/\/size must be integer/);
    expect(v.checkResponse(op, 200, { ...asset, label: 5 }).join()).toMatch(/\/label/);
    expect(v.checkResponse(op, 201, asset).join()).toMatch(/status 201 is not documented/);
  });

  test('nullable without a type and int64 formats are handled', () => {
    const op = v.find('GET', '/repos/o/r/releases/assets/1')!;
    // uploader is `nullable-simple-user`: null is fine, a malformed user is not.
    expect(v.checkResponse(op, 200, { ...asset, uploader: null })).toEqual([]);
    expect(v.checkResponse(op, 200, { ...asset, uploader: { login: 'x' } }).length).toBeGreaterThan(0);
    const create = v.find('POST', '/repos/o/r/releases')!;
    expect(v.checkRequest(create, { tag_name: 'v1' })).toEqual([]);
    expect(v.checkRequest(create, { name: 'no tag' }).join()).toMatch(/tag_name/);
  });
});

describe('the watcher on a running simulator', () => {
  test('flags request bodies, response bodies and paths that drift from the description', async () => {
    const { startValidatedSim } = await import('./openapi-harness.js');
    // Deliberate drift: kept out of a whole-run trace (RELEASE_KIT_SIM_TRACE), which must stay clean.
    const trace = process.env.RELEASE_KIT_SIM_TRACE;
    delete process.env.RELEASE_KIT_SIM_TRACE;
    const w = await startValidatedSim();
    if (trace !== undefined) process.env.RELEASE_KIT_SIM_TRACE = trace;
    try {
      const post = (path: string, body: unknown) =>
        fetch(w.sim.urls.github + path, {
          method: 'POST',
          headers: { authorization: 'token tok-bob', 'content-type': 'application/json' },
          body: JSON.stringify(body)
        });
      // The simulator accepts this (draft is not `true`), but the request body breaks the schema.
      expect((await post('/repos/octo-org/widget/releases', { tag_name: 'v1', draft: 'yes' })).status).toBe(
        201
      );
      // A handler answering with a malformed body, and a path GitHub does not have.
      w.sim.server.route('github', 'GET', '/repos/:owner/:repo/topics', () => ({
        status: 200,
        body: { names: 5 }
      }));
      w.sim.server.route('github', 'GET', '/not-github', () => ({ status: 200, body: {} }));
      await fetch(w.sim.urls.github + '/repos/octo-org/widget/topics');
      await fetch(w.sim.urls.github + '/not-github');
      const text = w.problems.map((p) => `${p.where}: ${p.error}`).join('\n');
      expect(text).toMatch(
        /POST \/repos\/octo-org\/widget\/releases → 201 \(request body\): \/draft must be boolean/
      );
      expect(text).toMatch(/topics → 200 \[repos\/get-all-topics\]: \/names must be array/);
      expect(text).toMatch(/\/not-github → 200: no operation in the OpenAPI description matches/);
      expect(w.problems).toHaveLength(3);
    } finally {
      await w.stop();
    }
  });
});
