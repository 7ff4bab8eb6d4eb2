import { ACTIONS, LOADERS } from './generated/actions.js';
import { parseFlags, UsageError } from './args.js';
import { actionHelp, generalHelp } from './help.js';
import { runActionLocally } from './run-action.js';
import { getErrorMessage } from '#core/errors.js';

/**
 * The `release-kit` command. Returns the exit code: 0 success, 1 failure, 2 bad usage.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(generalHelp(ACTIONS) + '\n');
      return command ? 0 : 2;
    }
    if (command === '--version') {
      const { RELEASE_KIT_VERSION } = await import('#core/version.js');
      process.stdout.write(RELEASE_KIT_VERSION + '\n');
      return 0;
    }
    if (command === 'sim') {
      if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(
          'release-kit sim [--port 0] [--host 127.0.0.1] [--state FILE] [--save FILE] [--token ADMIN_TOKEN]\n'
        );
        return 0;
      }
      const { runSimCommand } = await import('../../sim/src/command.js');
      try {
        return await runSimCommand(rest);
      } catch (e) {
        throw new UsageError(getErrorMessage(e));
      }
    }
    if (command === 'demo') {
      const { flags, help } = parseFlags(rest, new Set(['keep']), new Set(['keep']));
      if (help) {
        process.stdout.write(
          'release-kit demo [--keep]: a full release rehearsal on the embedded simulator.\n'
        );
        return 0;
      }
      const { runDemo } = await import('./demo/index.js');
      return await runDemo({ keep: flags.keep === 'true' });
    }
    const meta = ACTIONS[command];
    if (!meta)
      throw new UsageError(
        `Unknown command ${JSON.stringify(command)}. Run release-kit --help for the list of actions.`
      );
    const { flags, help } = parseFlags(rest, new Set(Object.keys(meta.inputs)));
    if (help) {
      process.stdout.write(actionHelp(command, meta) + '\n');
      return 0;
    }
    return await runActionLocally(command, meta, LOADERS[command], flags);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`release-kit: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`release-kit: ${(e as Error)?.stack ?? String(e)}\n`);
    return 1;
  }
}
