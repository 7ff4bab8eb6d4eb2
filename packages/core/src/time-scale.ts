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
