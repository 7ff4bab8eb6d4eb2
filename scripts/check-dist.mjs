#!/usr/bin/env node
// Fails when dist/ or any generated file differs from a fresh build. `git status --porcelain` (not `git diff`)
// so that a new, untracked bundle or doc counts as a difference too.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipBuild = process.argv.includes('--no-build');
// Everything the build writes: bundles, each action's reference and generated input names, the CLI's table.
const GENERATED = ['dist', 'actions/*/README.md', 'actions/*/src/generated', 'packages/cli/src/generated'];
if (!skipBuild)
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', ...GENERATED], {
  cwd: root,
  encoding: 'utf8'
});
if (status.trim()) {
  console.error('dist/ or generated files are stale: run `npm run build` and commit the result.\n' + status);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ...GENERATED], { cwd: root, stdio: 'inherit' });
  process.exit(1);
}
console.log('dist/ and the generated files match a fresh build.');
