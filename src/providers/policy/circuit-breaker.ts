import type { ProviderFailureKind } from '../http/provider-error.js';

/** Failures that say the provider itself is unwell (not the request, not our pace). */
const COUNTED: ReadonlySet<ProviderFailureKind> = new Set(['server', 'overloaded', 'network', 'timeout', 'stream_cut', 'malformed']);

export interface CircuitBreakerOptions {
  /** Consecutive provider failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before letting one trial through. */
  cooldownMs: number;
}

export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerOptions = Object.freeze({ failureThreshold: 8, cooldownMs: 30_000 });

export type CircuitState = 'closed' | 'open' | 'half-open';

/**
 * One provider's circuit breaker. Closed: calls go through. After `failureThreshold` consecutive provider failures
 * it opens: calls are refused for `cooldownMs`. Then one trial call is let through (half-open): success closes the
 * circuit, failure opens it again. Callers that are refused learn how long to wait.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions, private readonly now: () => number) {}

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half-open' : 'open';
  }

  /** 0 when a call may start now (and, half-open, takes the one trial); otherwise the milliseconds to wait. */
  admit(): number {
    if (this.openedAt === null) return 0;
    const remaining = this.options.cooldownMs - (this.now() - this.openedAt);
    if (remaining > 0) return remaining;
    if (this.trialInFlight) return Math.max(1, Math.min(1000, this.options.cooldownMs / 10));
    this.trialInFlight = true;
    return 0;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  /** Records a failure; returns true when this failure opened the circuit. */
  onFailure(kind: ProviderFailureKind): boolean {
    const wasTrial = this.trialInFlight;
    this.trialInFlight = false;
    if (!COUNTED.has(kind)) return false;
    this.failures++;
    if (wasTrial || (this.openedAt === null && this.failures >= this.options.failureThreshold)) {
      this.openedAt = this.now();
      return true;
    }
    return false;
  }
}
