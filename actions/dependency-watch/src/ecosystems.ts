import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, Ecosystem } from './findings.js';

/** An ecosystem to audit in a project directory, with the lockfile that names it. */
export interface EcosystemPlan {
  ecosystem: Ecosystem;
  /** The lockfile found, or undefined when the ecosystem was asked for but has none. */
  lockfile?: string;
  /** Yarn 2+ (`__metadata:` in yarn.lock) speaks `yarn npm audit`; Yarn 1 speaks `yarn audit`. */
  yarnBerry?: boolean;
}

const LOCKFILES: Record<Ecosystem, string[]> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  pnpm: ['pnpm-lock.yaml'],
  yarn: ['yarn.lock'],
  cargo: ['Cargo.lock']
};

/** Lockfile names per ecosystem, for messages. */
export function lockfileNames(ecosystem: Ecosystem): string {
  return LOCKFILES[ecosystem].join(' or ');
}

function planFor(dir: string, ecosystem: Ecosystem): EcosystemPlan {
  const lockfile = LOCKFILES[ecosystem].find((f) => existsSync(path.join(dir, f)));
  const plan: EcosystemPlan = { ecosystem, lockfile };
  if (ecosystem === 'yarn' && lockfile) {
    const head = readFileSync(path.join(dir, lockfile), 'utf8').slice(0, 4096);
    plan.yarnBerry = /^__metadata:/m.test(head);
  }
  return plan;
}

/**
 * The ecosystems to audit: the ones asked for, or else every one whose lockfile is in `dir`.
 * Detection looks at `dir` itself only: a monorepo with several projects runs the action per path.
 */
export function planEcosystems(dir: string, requested: Ecosystem[]): EcosystemPlan[] {
  const wanted: Ecosystem[] = requested.length ? requested : (Object.keys(LOCKFILES) as Ecosystem[]);
  const plans = wanted.map((e) => planFor(dir, e));
  return requested.length ? plans : plans.filter((p) => p.lockfile);
}

/** A command to run: the executable, its arguments as a list, and how to get it when it is absent. */
export interface CommandSpec {
  tool: string;
  args: string[];
  /** Executables that must be on PATH (cargo subcommands are separate binaries). */
  requires: string[];
}

const INSTALL: Record<string, string> = {
  npm: 'npm ships with Node.js: add `actions/setup-node` before this step.',
  pnpm: 'add `pnpm/action-setup` before this step, or run `corepack enable pnpm`.',
  yarn: 'run `corepack enable yarn` (Yarn 2+, pinned by `packageManager` in package.json) or `npm install -g yarn` (Yarn 1) before this step.',
  cargo: 'install a Rust toolchain before this step (e.g. `dtolnay/rust-toolchain@stable`, or rustup).',
  'cargo-audit':
    'run `cargo install cargo-audit --locked` before this step (or cache its binary), or set `install-cargo-audit: true` to fetch the prebuilt release binary with the tool cache.'
};

/** How to install a tool, for the "skipped" line. */
export function installAdvice(tool: string): string {
  return INSTALL[tool] ?? `install ${tool} before this step.`;
}

/** The command for a check, or undefined when the ecosystem has no such command. */
export function commandFor(plan: EcosystemPlan, check: Check): CommandSpec | undefined {
  const spec = (tool: string, args: string[], requires = [tool]): CommandSpec => ({
    tool,
    args,
    requires
  });
  switch (plan.ecosystem) {
    case 'npm':
      return check === 'audit' ? spec('npm', ['audit', '--json']) : spec('npm', ['outdated', '--json']);
    case 'pnpm':
      return check === 'audit'
        ? spec('pnpm', ['audit', '--json'])
        : spec('pnpm', ['outdated', '--format', 'json']);
    case 'yarn':
      if (check === 'outdated') return undefined;
      // `--all --recursive`: every workspace and transitive dependency, as npm and pnpm audit them.
      return plan.yarnBerry
        ? spec('yarn', ['npm', 'audit', '--json', '--all', '--recursive'])
        : spec('yarn', ['audit', '--json']);
    case 'cargo':
      return check === 'audit'
        ? spec('cargo', ['audit', '--json'], ['cargo', 'cargo-audit'])
        : spec('cargo', ['update', '--dry-run']);
  }
}
