/**
 * The text of anything thrown inside the simulator, for its error answers and log. The simulator keeps
 * its own (it may reuse core's checksum code, nothing else), so it never depends on action-facing code.
 */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() === '' ? `${error instanceof Error ? error.name : typeof error} with no message` : text;
}
