/**
 * Every wait release-kit makes (retry backoff, Retry-After, write spacing, polling) is multiplied by
 * `RELEASE_KIT_TIME_SCALE` (default 1). The simulator-driven tests and the demo set it below 1 so that
 * a rehearsal of a one-minute Retry-After takes a moment; production leaves it alone.
 */
export function timeScale(): number {
  const raw = process.env.RELEASE_KIT_TIME_SCALE;
  if (!raw) return 1;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : 1;
}

/** Waits `ms` scaled by the time scale. */
export function sleep(ms: number): Promise<void> {
  const scaled = Math.max(0, Math.round(ms * timeScale()));
  return new Promise((resolve) => setTimeout(resolve, scaled));
}

/**
 * A deadline in input time: a `wait-timeout` of 10m means the same at any time scale, and what is left
 * of it comes back in input-time milliseconds, ready for `sleep`.
 */
export class Deadline {
  private readonly end: number;

  /**
   * @param inputMs the timeout as the user gave it
   * @param now the clock (tests inject one)
   * @param scale the time scale; 1 when the caller's waits are not scaled (an injected sleep)
   */
  constructor(
    inputMs: number,
    private readonly now: () => number = Date.now,
    private readonly scale = timeScale()
  ) {
    this.end = now() + inputMs * scale;
  }

  passed(): boolean {
    return this.now() >= this.end;
  }

  /** What is left, in input-time milliseconds (0 once passed). */
  leftMs(): number {
    return Math.max(0, this.end - this.now()) / (this.scale || 1);
  }
}
