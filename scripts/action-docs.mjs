// Everything generated from actions/<name>/action.yml, the single declaration of an action's inputs and
// outputs: the reference (actions/<name>/README.md, where GitHub shows it), the typed names and
// declarations the action's code reads its inputs through (actions/<name>/src/generated/io.ts), and the
// CLI's metadata. Also checks that every action.yml runs on node24 from its dist entry (the codeql-action
// check: one runtime for all actions).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
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

/** Writes actions/<name>/README.md (the reference plus the action's docs.md) for every action, or `only` these. */
export function writeActionDocs(root, only = null) {
  const actionsDir = path.join(root, 'actions');
  const names = readdirSync(actionsDir).filter((n) => existsSync(path.join(actionsDir, n, 'action.yml')));
  for (const name of names) {
    if (only && !only.includes(name)) continue;
    const action = YAML.parse(readFileSync(path.join(actionsDir, name, 'action.yml'), 'utf8'));
    if (action?.runs?.using !== 'node24')
      throw new Error(`actions/${name}/action.yml: runs.using must be node24`);
    if (action.runs.main !== `../../dist/${name}/index.js`)
      throw new Error(`actions/${name}/action.yml: runs.main must be ../../dist/${name}/index.js`);
    const extra = path.join(actionsDir, name, 'docs.md');
    const tail = existsSync(extra) ? '\n' + readFileSync(extra, 'utf8').trim() + '\n' : '';
    writeFileSync(path.join(actionsDir, name, 'README.md'), renderActionDoc(name, action) + tail);
  }
}

/** `wait-timeout` → `WaitTimeout`: the key of an input or output in the generated name maps. */
export function pascalName(key) {
  return key
    .split(/[-_ ]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

/** The text of actions/<name>/src/generated/io.ts for a parsed action.yml. */
export function renderActionIo(name, action) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const names = (entries) =>
    entries.map(([key]) => `  ${pascalName(key)}: ${JSON.stringify(key)}`).join(',\n');
  const declarations = inputs
    .map(([key, input]) => {
      const fields = [];
      if (input?.default !== undefined) fields.push(`default: ${JSON.stringify(String(input.default))}`);
      fields.push(`required: ${Boolean(input?.required)}`);
      return `  ${JSON.stringify(key)}: { ${fields.join(', ')} }`;
    })
    .join(',\n');
  return `// Generated from actions/${name}/action.yml by \`npm run build\` (scripts/action-docs.mjs). Do not edit:
// declare an input or output in action.yml and rebuild. Loads nothing, so an entry may import it early.

/** Input names, as action.yml declares them. */
export const Inputs = {
${names(inputs)}
} as const;

/** Output names, as action.yml declares them. */
export const Outputs = {
${names(outputs)}
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];
export type OutputName = (typeof Outputs)[keyof typeof Outputs];

/** Each input's default (as written) and required flag; InputReader.declare() takes this. */
export const INPUT_DECLARATIONS: Readonly<Record<InputName, { readonly default?: string; readonly required: boolean }>> = {
${declarations}
};
`;
}

/** Writes actions/<name>/src/generated/io.ts for every action, prettier-formatted, only when its text changed. */
export async function writeActionIo(root) {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(path.join(root, 'package.json'))) ?? {};
  const actionsDir = path.join(root, 'actions');
  for (const name of readdirSync(actionsDir).filter((n) =>
    existsSync(path.join(actionsDir, n, 'action.yml'))
  )) {
    const action = YAML.parse(readFileSync(path.join(actionsDir, name, 'action.yml'), 'utf8'));
    const dir = path.join(actionsDir, name, 'src/generated');
    const file = path.join(dir, 'io.ts');
    const text = await prettier.format(renderActionIo(name, action), { ...options, filepath: file });
    mkdirSync(dir, { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
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
