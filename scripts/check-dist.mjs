#!/usr/bin/env node
// Fails when dist/ or action-docs/ differ from a fresh build. `git status --porcelain` (not `git diff`)
// so that a new, untracked bundle or doc counts as a difference too.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const skipBuild = process.argv.includes('--no-build');
if (!skipBuild)
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync(
  'git',
  ['status', '--porcelain', '--', 'dist', 'action-docs', 'packages/cli/src/generated'],
  { cwd: root, encoding: 'utf8' }
);
if (status.trim()) {
  console.error('dist/ or action-docs/ are stale: run `npm run build` and commit the result.\n' + status);
  execFileSync(
    'git',
    ['--no-pager', 'diff', '--stat', '--', 'dist', 'action-docs', 'packages/cli/src/generated'],
    { cwd: root, stdio: 'inherit' }
  );
  process.exit(1);
}
console.log('dist/ and action-docs/ match a fresh build.');
