/**
 * A mistake the user can fix by changing an input, a file or a setting. Actions report it as is;
 * anything else is our bug or an outage and is reported with its cause.
 */
export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

/**
 * A bad or missing input, as data: which input, the value given (undefined when it was missing), what is
 * wrong and what is accepted. The one way an input error is made; its message is derived, never parsed
 * back: code that needs the input or the value reads the fields.
 */
export class InputError extends ConfigurationError {
  constructor(
    readonly input: string,
    readonly value: string | undefined,
    readonly problem: string,
    readonly accepted = ''
  ) {
    super(
      `Input '${input}': ${problem}${accepted ? `${/[.!?)]$/.test(problem) ? ' ' : '; '}${accepted}` : ''}`
    );
    this.name = 'InputError';
  }
}

/** Every missing and invalid input of one step at once (InputReader.finish throws it). */
export class InputErrors extends ConfigurationError {
  constructor(
    readonly missing: readonly string[],
    readonly errors: readonly InputError[]
  ) {
    const lines: string[] = [];
    if (missing.length)
      lines.push(`Missing required input${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`);
    lines.push(...errors.map((e) => e.message));
    super(lines.join('\n'));
    this.name = 'InputErrors';
  }
}

/** A failure of something outside our control (an API outage, an audit backend answering 5xx). */
export class InfrastructureError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown
  ) {
    super(message);
    this.name = 'InfrastructureError';
  }
}

/**
 * Turns anything thrown into a message that is never empty. Non-Error throws must not pass silently
 * green, so strings and objects are rendered too, and `new Error('')` or `throw ''` get a fallback
 * message naming what was thrown (an empty message would otherwise read as "no error").
 */
export function getErrorMessage(error: unknown): string {
  let message: string;
  if (error instanceof Error) message = error.message;
  else if (typeof error === 'string') message = error;
  else {
    try {
      message = JSON.stringify(error) ?? String(error);
    } catch {
      message = String(error);
    }
  }
  if (message.trim() !== '') return message;
  const what =
    error instanceof Error
      ? error.name || 'Error'
      : typeof error === 'string'
        ? 'an empty string'
        : typeof error;
  return `The step failed: ${what} was thrown with no message (a bug in release-kit; the debug log has its stack).`;
}

/** Wraps anything thrown into an Error, keeping the original as `cause`. */
export function wrapError(error: unknown): Error {
  return error instanceof Error ? error : new Error(getErrorMessage(error), { cause: error });
}

/** The HTTP status of an Octokit or core http error, when there is one. */
export function getErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
