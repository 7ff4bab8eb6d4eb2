import { lockfileFor, lockfileNamesOf } from '#core/lockfile-discovery.js';
import { ECOSYSTEMS, type Check, type Ecosystem } from './findings.js';

/** An ecosystem to audit in a project directory, with the lockfile that names it. */
export interface EcosystemPlan {
  ecosystem: Ecosystem;
  /** The lockfile found (the one the package manager obeys), or undefined when asked for but absent. */
  lockfile?: string;
  /** Yarn 2+ (`__metadata:` in yarn.lock) speaks `yarn npm audit`; Yarn 1 speaks `yarn audit`. */
  yarnBerry?: boolean;
}

/** Lockfile names per ecosystem, for messages. */
export function lockfileNames(ecosystem: Ecosystem): string {
  return lockfileNamesOf(ecosystem).join(' or ');
}

/** Every ecosystem with its lockfile names, for the "no lockfile" message. */
export function detectedLockfiles(): string {
  const all = ECOSYSTEMS.map((e) => `${lockfileNames(e)} (${e})`);
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

function planFor(dir: string, ecosystem: Ecosystem): EcosystemPlan {
  const found = lockfileFor(dir, ecosystem);
  const plan: EcosystemPlan = { ecosystem, lockfile: found?.name };
  if (found && ecosystem === 'yarn') plan.yarnBerry = found.kind === 'yarn-berry';
  return plan;
}

/**
 * The ecosystems to audit: the ones asked for, or else every one whose lockfile is in `dir`.
 * Detection looks at `dir` itself only: a monorepo with several projects runs the action per path.
 */
export function planEcosystems(dir: string, requested: Ecosystem[]): EcosystemPlan[] {
  const wanted: readonly Ecosystem[] = requested.length ? requested : ECOSYSTEMS;
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
