/*
 * Names in a checksum file are written by whoever wrote the file. The runner reads a log line that
 * starts with `::` (after blanks) as a workflow command (`::add-mask::`, `::stop-commands::`, …), and
 * the old `##[…]` form anywhere in a line. A local stand-in for core's safe log text (issue 19), to be
 * replaced by it once both are merged.
 */

/**
 * Text safe to write to the step log: every line (after any CR or LF) that would start a workflow command
 * has its first `:` written `%3A` (the runner's own escape in command data), and `##[` becomes `#%23[`.
 */
export function neutraliseCommands(text: string): string {
  return text.replace(/(^|[\r\n])(\s*)::/g, '$1$2%3A:').replace(/##\[/g, '#%23[');
}
