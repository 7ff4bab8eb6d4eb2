/** A usage mistake: exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  flags: Record<string, string>;
  help: boolean;
}

/**
 * Parses `--name value`, `--name=value` and bare boolean `--flag` (set to `true` when the next word is
 * another flag or absent). Flag names are the action's input names, hyphens kept.
 */
export function parseFlags(
  argv: string[],
  known?: Set<string>,
  booleans: Set<string> = new Set()
): ParsedArgs {
  const flags: Record<string, string> = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--'))
      throw new UsageError(`Unexpected argument ${JSON.stringify(arg)}: flags look like --name value.`);
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (known && !known.has(name)) {
      throw new UsageError(
        `Unknown flag --${name}. Known flags: ${[...known].map((k) => `--${k}`).join(', ')}.`
      );
    }
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        if (!booleans.has(name) && known) throw new UsageError(`Flag --${name} needs a value.`);
        value = 'true';
      } else {
        value = next;
        i++;
      }
    }
    // A repeated flag adds a line: lists are newline-separated inputs.
    flags[name] = flags[name] === undefined ? value : `${flags[name]}\n${value}`;
  }
  return { flags, help };
}
