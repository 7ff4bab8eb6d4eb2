// Where the build finds actions: every actions/<name>/action.yml. Nothing is listed by hand, so a new
// action is one folder (see CONTRIBUTING.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** Names of the folders under actions/ that hold an action.yml, sorted. */
export function discoverActions(root) {
  return readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/**
 * Where an action's thin entry goes: its action.yml's `runs.main`, which must be `../../dist/<name>/index.js`
 * (the runner resolves it from the action's folder; the build writes it there).
 * @throws Error when runs.using is not node24 or runs.main points anywhere else.
 */
export function entryOf(root, name) {
  const action = YAML.parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8'));
  if (action?.runs?.using !== 'node24')
    throw new Error(`actions/${name}/action.yml: runs.using must be node24`);
  const expected = `../../dist/${name}/index.js`;
  if (action.runs.main !== expected)
    throw new Error(`actions/${name}/action.yml: runs.main must be ${expected} (it is ${action.runs.main})`);
  return path.join(root, 'dist', name, 'index.js');
}
