import { startSimulator } from './index.js';

export interface SimCommandIO {
  /** Where the one JSON line goes (default: process.stdout). */
  write?: (line: string) => void;
  /** Resolves when the simulator should stop (default: SIGTERM or SIGINT). */
  until?: Promise<unknown>;
}

const USAGE =
  'usage: release-kit sim [--port N] [--host H] [--state FILE] [--save FILE] [--token ADMIN_TOKEN]';

function parseArgs(argv: string[]): {
  port: number;
  host: string;
  state?: string;
  save?: string;
  token?: string;
} {
  const out: { port: number; host: string; state?: string; save?: string; token?: string } = {
    port: 0,
    host: '127.0.0.1'
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 65535)
          throw new Error(`--port '${v}' is not a port number (0-65535). ${USAGE}`);
        out.port = n;
        break;
      }
      case '--host':
        out.host = value();
        break;
      case '--state':
        out.state = value();
        break;
      case '--save':
        out.save = value();
        break;
      case '--token':
        out.token = value();
        break;
      default:
        throw new Error(`Unknown argument '${arg}'. ${USAGE}`);
    }
  }
  return out;
}

/**
 * `release-kit sim`: starts the simulator, prints one JSON line with its URLs and admin token, serves
 * until SIGTERM/SIGINT (or `io.until`), then writes `--save` and resolves with the exit code.
 * @throws Error on invalid arguments or an unreadable state file.
 */
export async function runSimCommand(argv: string[], io: SimCommandIO = {}): Promise<number> {
  const args = parseArgs(argv);
  const sim = await startSimulator({
    port: args.port,
    host: args.host,
    state: args.state,
    adminToken: args.token
  });
  const { github, uploads, downloads, crates, index, npm, admin } = sim.urls;
  let onSignal: (() => void) | undefined;
  const stopped =
    io.until ??
    new Promise<void>((resolve) => {
      onSignal = () => resolve();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
    });
  // Printed only once the signal handlers are in place: a caller may SIGTERM as soon as it reads the line.
  const line = JSON.stringify({
    github,
    uploads,
    downloads,
    crates,
    index,
    npm,
    admin,
    token: sim.adminToken
  });
  (io.write ?? ((l: string) => process.stdout.write(l)))(line + '\n');
  await stopped;
  if (onSignal) {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  }
  if (args.save) sim.save(args.save);
  await sim.stop();
  return 0;
}
