import { sleep, timeScale } from '#core/time-scale.js';

/**
 * Time as the action's inputs mean it. Every wait goes through core's `sleep`, which
 * RELEASE_KIT_TIME_SCALE shortens for rehearsals; deadlines and "seconds waited" are measured on
 * the same scale, so a `wait-timeout` of 30s against a registry lagging 20s behaves the same at
 * any scale. At scale 0 (no waiting at all) time advances only by the waits asked for.
 */
export class PollClock {
  private readonly scale: number;
  private readonly startedAt: number;
  private skipped = 0;

  constructor(
    scale = timeScale(),
    private readonly realNow: () => number = Date.now
  ) {
    this.scale = scale;
    this.startedAt = realNow();
  }

  /** Milliseconds elapsed since the clock started, in input time. */
  elapsed(): number {
    if (this.scale === 0) return this.skipped;
    return (this.realNow() - this.startedAt) / this.scale;
  }

  /** Waits `ms` of input time. */
  async wait(ms: number): Promise<void> {
    if (ms <= 0) return;
    if (this.scale === 0) {
      this.skipped += ms;
      return;
    }
    await sleep(ms);
  }
}

/**
 * One request per second at most to each host: crates.io's crawler policy asks it of every
 * automated client, and the index CDN is no different.
 */
export class HostPacer {
  private readonly last = new Map<string, number>();
  private readonly turns = new Map<string, Promise<void>>();

  constructor(
    private readonly clock: PollClock,
    private readonly gapMs = 1000
  ) {}

  /** Waits until `url`'s host may be asked again, then books the slot (callers queue per host). */
  wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const turn = (this.turns.get(host) ?? Promise.resolve()).then(async () => {
      const last = this.last.get(host);
      if (last !== undefined) await this.clock.wait(last + this.gapMs - this.clock.elapsed());
      this.last.set(host, this.clock.elapsed());
    });
    this.turns.set(host, turn);
    return turn;
  }
}
