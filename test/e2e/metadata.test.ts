import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ROOT } from '../harness/run-action.js';
import { RELEASE_KIT_VERSION } from '../../packages/core/src/version.js';
import { renderActionDoc } from '../../scripts/action-docs.mjs';

// The official action/workflow validator (a WASM build of action-validator), as `npx action-validator` runs it.
const require = createRequire(import.meta.url);
const validator = require('@action-validator/core') as {
  validateAction(src: string): { errors: { title: string; detail?: string; path?: string }[] };
  validateWorkflow(src: string): { errors: { title: string; detail?: string; path?: string }[] };
};

const actions = readdirSync(path.join(ROOT, 'actions')).filter((n) =>
  existsSync(path.join(ROOT, 'actions', n, 'action.yml'))
);
const workflowDir = path.join(ROOT, '.github/workflows');
const workflows = existsSync(workflowDir) ? readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)) : [];
const examples = existsSync(path.join(ROOT, 'examples'))
  ? readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.ya?ml$/.test(f)
    )
  : [];

test('all eight actions are present', () => {
  expect(actions.sort()).toEqual(
    [
      'crates-verify',
      'dependency-watch',
      'homebrew-bump',
      'qe-signoff-gate',
      'release-smoke',
      'sbom-attach',
      'sha256sums',
      'verify-release-assets'
    ].sort()
  );
});

describe.each(actions)('actions/%s/action.yml', (name) => {
  const text = readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8');
  const doc = YAML.parse(text);

  test('passes action-validator', () => {
    // action-validator 0.6.0 (the latest) embeds a schema whose runs.using enum stops at node20; the
    // runtime is checked to be node24 below, and everything else is validated as is.
    const errors = validator.validateAction(
      text.replace(/^(\s+using:\s*)(['"]?)node24\2\s*$/m, '$1node20')
    ).errors;
    expect(errors.map((e) => `${e.path ?? ''} ${e.title}: ${e.detail ?? ''}`)).toEqual([]);
  });

  test('runs on node24 from its own bundle, with kebab-case, described inputs and outputs', () => {
    expect(doc.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    for (const [key, input] of Object.entries<any>(doc.inputs ?? {})) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(String(input.description ?? '').length).toBeGreaterThan(10);
    }
    for (const [key, output] of Object.entries<any>(doc.outputs ?? {})) {
      expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(String(output.description ?? '').length).toBeGreaterThan(5);
    }
  });

  test('its licenses.txt covers every bundled package, from every chunk', () => {
    // @actions/core (with undici behind its HTTP client) is in every bundle, in whichever chunk.
    const licenses = readFileSync(path.join(ROOT, 'dist', name, 'licenses.txt'), 'utf8');
    // An entry starts the file or follows a blank line: the package name (with @version when a bundle
    // holds two versions), then its license.
    for (const pkg of ['@actions/core', '@actions/http-client', 'undici'])
      expect(licenses).toMatch(
        new RegExp(`(^|\\n\\n)${pkg.replace('/', '\\/')}(@[0-9][^\\n]*)?\\n[^\\n]+\\n`)
      );
    expect(licenses).toContain('MIT');
  });

  test('the entry only awaits run()', () => {
    const entry = readFileSync(path.join(ROOT, 'actions', name, 'src/index.ts'), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
    // sha256sums lists and hashes before the rest of it loads (its head-start.ts), so its main is
    // imported dynamically and handed that work.
    expect(entry).toBe(
      name === 'sha256sums'
        ? "import { startHead } from './head-start.js'; const head = await startHead(); const { run } = await import('./main.js'); await run(head);"
        : "import { run } from './main.js'; await run();"
    );
  });

  test('its generated doc is current and lists every input and output', () => {
    const generated = readFileSync(path.join(ROOT, 'action-docs', `${name}.md`), 'utf8');
    expect(generated.startsWith(renderActionDoc(name, doc))).toBe(true);
    for (const key of Object.keys(doc.inputs ?? {})) expect(generated).toContain(`| \`${key}\` |`);
    for (const key of Object.keys(doc.outputs ?? {})) expect(generated).toContain(`| \`${key}\` |`);
  });
});

test.each([
  ...workflows.map((f) => path.join(workflowDir, f)),
  ...examples.map((f) => path.join(ROOT, 'examples', f))
])('%s passes action-validator', (file) => {
  const errors = validator.validateWorkflow(readFileSync(file, 'utf8')).errors;
  expect(errors.map((e) => `${e.path ?? ''} ${e.title}: ${e.detail ?? ''}`)).toEqual([]);
});

test('the version in the User-Agent is the package version', () => {
  expect(RELEASE_KIT_VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
});
