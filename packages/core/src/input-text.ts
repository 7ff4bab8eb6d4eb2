/*
 * Reading an input's text, apart from InputReader: this module loads nothing else (no @actions/core),
 * so an entry point can read inputs before the rest of its action has loaded (see sha256sums' head start).
 */

/** Input value as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased, hyphens kept. */
export function rawInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Splits a newline- or comma-separated list, dropping blanks and `#` comment lines. */
export function parseList(
  text: string,
  separators: 'newline' | 'newline-or-comma' = 'newline-or-comma'
): string[] {
  const pattern = separators === 'newline' ? /\r?\n/ : /\r?\n|,/;
  return text
    .split(pattern)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}
