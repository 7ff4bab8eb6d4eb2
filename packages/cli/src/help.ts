import type { ActionMetadata } from './generated/actions.js';

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const m = /^(.+?[.:])(\s|$)/.exec(flat);
  const sentence = (m ? m[1] : flat).replace(/:$/, '.');
  return sentence.length > 90 ? sentence.slice(0, 89) + '…' : sentence;
}

/** `release-kit --help`. */
export function generalHelp(actions: Record<string, ActionMetadata>): string {
  const width = Math.max(...Object.keys(actions).map((n) => n.length), 4);
  return [
    'release-kit — release engineering actions, runnable locally',
    '',
    'Usage:',
    '  release-kit <action> [--<input> <value> …]   run an action as the runner would',
    '  release-kit <action> --help                  inputs and outputs of an action',
    '  release-kit sim [--port 0] [--state FILE] [--save FILE]',
    '                                               start the GitHub + crates.io simulator',
    '  release-kit demo [--keep]                    full release rehearsal on the simulator',
    '',
    'Actions:',
    ...Object.entries(actions).map(([n, a]) => `  ${n.padEnd(width)}  ${firstSentence(a.description)}`),
    '',
    'Environment: GITHUB_TOKEN (default token), GITHUB_API_URL (API base, e.g. a GitHub Enterprise Server',
    'or the simulator), GITHUB_REPOSITORY, GITHUB_REF, GITHUB_SHA. Exit codes: 0 success, 1 failure, 2 bad usage.'
  ].join('\n');
}

function wrap(text: string, indent: number, width = 100): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width - indent) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n' + ' '.repeat(indent));
}

/** `release-kit <action> --help`, generated from the action's action.yml. */
export function actionHelp(name: string, meta: ActionMetadata): string {
  const out = [`release-kit ${name} — ${meta.description}`, '', 'Inputs:'];
  for (const [key, input] of Object.entries(meta.inputs)) {
    const tags = [
      input.required ? 'required' : '',
      input.default !== undefined && input.default !== '' ? `default: ${input.default}` : ''
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  --${key}${tags ? ` (${tags})` : ''}`, `      ${wrap(input.description, 6)}`);
  }
  out.push('', 'Outputs (printed as name=value):');
  for (const [key, description] of Object.entries(meta.outputs))
    out.push(`  ${key}`, `      ${wrap(description, 6)}`);
  return out.join('\n');
}
