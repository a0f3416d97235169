import type { ProviderCallError } from '../http/provider-error.js';

/** How the Model facade retries a provider call. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first backoff step; each retry doubles it. */
  baseDelayMs: number;
  /** No single wait is longer than this (a longer retry-after ends the retries). */
  maxDelayMs: number;
  /** The waits of one call together never exceed this. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({ maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 60_000, maxTotalWaitMs: 180_000 });

/**
 * The wait before retry number `retry` (1 for the first retry), or null when the call should not be retried:
 * the error is not retryable, attempts are used up, or the wait would pass a cap. A provider's `retry-after` is
 * honoured as given (never shortened); otherwise exponential backoff with "equal jitter" (half fixed, half random),
 * so that concurrent callers spread out without ever retrying at once.
 */
export function retryDelay(policy: RetryPolicy, error: ProviderCallError, retry: number, waitedMs: number, random: () => number): number | null {
  if (!error.retryable || error.kind === 'cancelled') return null;
  if (retry >= policy.maxAttempts) return null;
  let delay: number;
  if (error.retryAfterMs !== null) {
    delay = error.retryAfterMs;
  } else {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    delay = step / 2 + (random() * step) / 2;
  }
  if (delay > policy.maxDelayMs || waitedMs + delay > policy.maxTotalWaitMs) return null;
  return delay;
}
