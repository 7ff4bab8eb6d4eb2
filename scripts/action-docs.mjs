// Generates action-docs/<name>.md from actions/<name>/action.yml, and checks that every action.yml
// runs on node24 from its own bundle (the codeql-action check: one runtime for all actions).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

function escapeCell(text) {
  return String(text ?? '')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function yamlScalar(value) {
  const text = String(value);
  if (text === '') return "''";
  if (text.includes('\n'))
    return (
      '|\n' +
      text
        .trimEnd()
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')
    );
  return /^[\w./${}\-,:+ ]+$/.test(text) && !text.includes(': ') && !text.startsWith('{')
    ? text
    : JSON.stringify(text);
}

export function renderActionDoc(name, action) {
  const lines = [];
  lines.push(`# ${action.name ?? name}`, '');
  lines.push(`<!-- Generated from actions/${name}/action.yml by \`npm run build\`. Do not edit. -->`, '');
  lines.push(String(action.description ?? '').trim(), '');
  lines.push('## Inputs', '');
  const inputs = Object.entries(action.inputs ?? {});
  if (inputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| input | required | default | description |', '| --- | --- | --- | --- |');
    for (const [key, input] of inputs) {
      const def = input.default === undefined ? '' : `\`${escapeCell(input.default)}\``;
      lines.push(
        `| \`${key}\` | ${input.required ? 'yes' : 'no'} | ${def} | ${escapeCell(input.description)} |`
      );
    }
    lines.push('');
  }
  lines.push('## Outputs', '');
  const outputs = Object.entries(action.outputs ?? {});
  if (outputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| output | description |', '| --- | --- |');
    for (const [key, output] of outputs) lines.push(`| \`${key}\` | ${escapeCell(output.description)} |`);
    lines.push('');
  }
  // Every input: required ones with a placeholder, the others commented out at their defaults.
  lines.push(
    '## Example',
    '',
    '```yaml',
    `- uses: release-kit/release-kit/actions/${name}@v1`,
    '  id: ' + name
  );
  if (inputs.length) lines.push('  with:');
  for (const [key, input] of inputs) {
    if (input.required) lines.push(`    ${key}: <${key}>`);
    else lines.push(`    # ${key}: ${input.default === undefined ? "''" : yamlScalar(input.default)}`);
  }
  lines.push('```', '');
  return lines.join('\n');
}

export function writeActionDocs(root, only = null) {
  const actionsDir = path.join(root, 'actions');
  const docsDir = path.join(root, 'action-docs');
  mkdirSync(docsDir, { recursive: true });
  const names = readdirSync(actionsDir).filter((n) => existsSync(path.join(actionsDir, n, 'action.yml')));
  if (!only) {
    for (const f of readdirSync(docsDir))
      if (!names.includes(f.replace(/\.md$/, ''))) rmSync(path.join(docsDir, f));
  }
  for (const name of names) {
    if (only && !only.includes(name)) continue;
    const action = YAML.parse(readFileSync(path.join(actionsDir, name, 'action.yml'), 'utf8'));
    if (action?.runs?.using !== 'node24')
      throw new Error(`actions/${name}/action.yml: runs.using must be node24`);
    if (action.runs.main !== `../../dist/${name}/index.js`)
      throw new Error(`actions/${name}/action.yml: runs.main must be ../../dist/${name}/index.js`);
    const extra = path.join(actionsDir, name, 'docs.md');
    const tail = existsSync(extra) ? '\n' + readFileSync(extra, 'utf8').trim() + '\n' : '';
    writeFileSync(path.join(docsDir, `${name}.md`), renderActionDoc(name, action) + tail);
  }
}

/**
 * Writes packages/cli/src/generated/actions.ts: each action's metadata (for `--help` and runner-like
 * defaults) and a lazy loader of its `run()`, so the CLI discovers actions the way the build does.
 */
export function writeCliMetadata(root) {
  const actionsDir = path.join(root, 'actions');
  const names = readdirSync(actionsDir)
    .filter((n) => existsSync(path.join(actionsDir, n, 'action.yml')))
    .sort();
  const meta = {};
  for (const name of names) {
    const action = YAML.parse(readFileSync(path.join(actionsDir, name, 'action.yml'), 'utf8'));
    const inputs = {};
    for (const [key, input] of Object.entries(action.inputs ?? {})) {
      inputs[key] = {
        description: String(input?.description ?? '').trim(),
        required: Boolean(input?.required),
        ...(input?.default !== undefined ? { default: String(input.default) } : {})
      };
    }
    const outputs = {};
    for (const [key, output] of Object.entries(action.outputs ?? {}))
      outputs[key] = String(output?.description ?? '').trim();
    meta[name] = {
      name: action.name ?? name,
      description: String(action.description ?? '').trim(),
      inputs,
      outputs
    };
  }
  const loaders = names
    .map((n) => `  '${n}': () => import('../../../../actions/${n}/src/main.js')`)
    .join(',\n');
  const text = `// Generated by scripts/build.mjs from actions/*/action.yml. Do not edit.
export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, string>;
}

export const ACTIONS: Record<string, ActionMetadata> = ${JSON.stringify(meta, null, 2)};

export const LOADERS: Record<string, () => Promise<{ run(): Promise<unknown> }>> = {
${loaders}
};
`;
  const dir = path.join(root, 'packages/cli/src/generated');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'actions.ts');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
