import { timeScale } from './time-scale.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long the circuit stays open before one trial request is let through (default 30 s, time-scaled). */
  cooldownMs?: number;
}

/** A change of a breaker's state, for logs and callers that report it. */
export interface CircuitChange {
  host: string;
  from: CircuitState;
  to: CircuitState;
  failures: number;
}

/** Thrown instead of sending a request while a host's circuit is open. */
export class CircuitOpenError extends Error {
  readonly code = 'ECIRCUITOPEN';
  constructor(
    readonly host: string,
    readonly retryInMs: number
  ) {
    super(
      `${host} is failing: its circuit breaker is open after repeated failures; the next trial request is allowed in ${Math.ceil(retryInMs / 1000)}s.`
    );
    this.name = 'CircuitOpenError';
  }
}

/**
 * A per-host circuit breaker: `closed` lets everything through; after `failureThreshold` consecutive
 * failures it turns `open` and refuses requests at once; after the cool-down it turns `half-open` and
 * lets one trial request through, which closes it on success or opens it again on failure.
 */
export class CircuitBreaker {
  state: CircuitState = 'closed';
  failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  readonly failureThreshold: number;
  readonly cooldownMs: number;

  constructor(
    readonly host: string,
    options: CircuitBreakerOptions = {}
  ) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 30_000;
  }

  private cooldown(): number {
    return this.cooldownMs * timeScale();
  }

  private move(to: CircuitState): CircuitChange | undefined {
    if (this.state === to) return undefined;
    const change = { host: this.host, from: this.state, to, failures: this.failures };
    this.state = to;
    return change;
  }

  /**
   * Asks to send a request. Returns the state change it caused (open → half-open), if any.
   * @throws CircuitOpenError while open, or while a half-open trial is in flight.
   */
  acquire(now = Date.now()): CircuitChange | undefined {
    if (this.state === 'open') {
      const wait = this.openedAt + this.cooldown() - now;
      if (wait > 0) throw new CircuitOpenError(this.host, wait);
      this.trialInFlight = true;
      return this.move('half-open');
    }
    if (this.state === 'half-open') {
      if (this.trialInFlight) throw new CircuitOpenError(this.host, this.cooldown());
      this.trialInFlight = true;
    }
    return undefined;
  }

  /** Records a healthy answer: closes the circuit. */
  success(): CircuitChange | undefined {
    this.trialInFlight = false;
    this.failures = 0;
    return this.move('closed');
  }

  /** Records a failure: opens the circuit at the threshold, or again after a failed trial. */
  failure(now = Date.now()): CircuitChange | undefined {
    this.trialInFlight = false;
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.failureThreshold) {
      this.openedAt = now;
      return this.move('open');
    }
    return undefined;
  }
}

const breakers = new Map<string, CircuitBreaker>();

/** The shared breaker of a host (created with `options` on first use). */
export function circuitBreakerFor(host: string, options?: CircuitBreakerOptions): CircuitBreaker {
  let breaker = breakers.get(host);
  if (!breaker) {
    breaker = new CircuitBreaker(host, options);
    breakers.set(host, breaker);
  }
  return breaker;
}

/** Forgets every breaker (tests, or a long-lived process starting a new job). */
export function resetCircuitBreakers(): void {
  breakers.clear();
}
