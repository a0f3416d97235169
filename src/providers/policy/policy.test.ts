import { describe, expect, it } from 'vitest';
import { ProviderCallError, type ProviderFailureKind } from '../http/provider-error.js';
import { parseRateLimitHeaders, parseResetMs, parseRetryAfter } from '../http/rate-limit-headers.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { RateLimiter } from './rate-limiter.js';
import { DEFAULT_RETRY_POLICY, retryDelay } from './retry-policy.js';
import { virtualTimer } from '../../../test/support/virtual-timer.js';
import type { PolicyTimer } from './timing.js';

const failure = (kind: ProviderFailureKind, retryAfterMs: number | null = null) => new ProviderCallError(`test ${kind}`, { provider: 'p', kind, retryAfterMs });

describe('retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 10_000, maxTotalWaitMs: 20_000, maxAttempts: 5 };

  it('backs off exponentially with equal jitter: between half and all of base × 2^(retry-1)', () => {
    expect(retryDelay(policy, failure('server'), 1, 0, () => 0)).toBe(50);
    expect(retryDelay(policy, failure('server'), 1, 0, () => 1)).toBe(100);
    expect(retryDelay(policy, failure('server'), 3, 0, () => 0.5)).toBe(300);
    expect(retryDelay(policy, failure('overloaded'), 4, 0, () => 1)).toBe(800);
  });

  it('honours retry-after exactly instead of the backoff', () => {
    expect(retryDelay(policy, failure('rate_limited', 2500), 1, 0, () => 0)).toBe(2500);
    expect(retryDelay(policy, failure('rate_limited', 0), 2, 0, () => 1)).toBe(0);
  });

  it('stops at the attempt cap, the single-wait cap and the total-wait cap', () => {
    expect(retryDelay(policy, failure('server'), 5, 0, () => 0)).toBeNull();
    expect(retryDelay(policy, failure('rate_limited', 10_001), 1, 0, () => 0)).toBeNull();
    expect(retryDelay(policy, failure('rate_limited', 5000), 2, 16_000, () => 0)).toBeNull();
    expect(retryDelay(policy, failure('rate_limited', 4000), 2, 16_000, () => 0)).toBe(4000);
  });

  it('never retries auth, spend-limit, bad-request, not-found or cancelled calls', () => {
    for (const kind of ['auth', 'spend_limit', 'bad_request', 'not_found', 'cancelled'] as const) expect(retryDelay(policy, failure(kind, 0), 1, 0, () => 0)).toBeNull();
    for (const kind of ['rate_limited', 'overloaded', 'server', 'timeout', 'network', 'stream_cut', 'malformed', 'circuit_open'] as const) expect(retryDelay(policy, failure(kind), 1, 0, () => 0)).not.toBeNull();
  });
});

describe('CircuitBreaker', () => {
  it('opens after the threshold of consecutive provider failures, lets one trial through after the cooldown, and closes on success', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000 }, () => now);
    expect(breaker.admit()).toBe(0);
    breaker.onFailure('server');
    breaker.onFailure('overloaded');
    expect(breaker.state).toBe('closed');
    expect(breaker.onFailure('stream_cut')).toBe(true);
    expect(breaker.state).toBe('open');
    now = 400;
    expect(breaker.admit()).toBe(600);
    now = 1000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.admit()).toBe(0);
    expect(breaker.admit()).toBeGreaterThan(0);
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toBe(0);
  });

  it('opens again when the trial fails, and ignores failures that are not the provider being unwell', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 }, () => now);
    for (const kind of ['rate_limited', 'bad_request', 'auth', 'cancelled', 'rate_limited'] as const) breaker.onFailure(kind);
    expect(breaker.state).toBe('closed');
    breaker.onFailure('server');
    breaker.onSuccess();
    breaker.onFailure('server');
    expect(breaker.state).toBe('closed');
    breaker.onFailure('server');
    now = 100;
    expect(breaker.admit()).toBe(0);
    expect(breaker.onFailure('timeout')).toBe(true);
    expect(breaker.state).toBe('open');
  });
});

describe('RateLimiter', () => {
  it('spaces request starts at least 60 000 / rpm apart, so no window ever holds more than the limit', async () => {
    const timer = virtualTimer();
    const limiter = new RateLimiter({ requestsPerMinute: 600 }, timer);
    const starts: number[] = [];
    for (let index = 0; index < 20; index++) {
      const slot = await limiter.acquire(10);
      starts.push(timer.now());
      slot.release();
    }
    const gaps = starts.slice(1).map((start, index) => start - (starts[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
    expect(starts[19]).toBe(1900);
  });

  it('caps calls in flight and admits waiting callers in arrival order', async () => {
    const timer = virtualTimer();
    const limiter = new RateLimiter({ maxConcurrency: 2 }, timer);
    const order: number[] = [];
    const first = await limiter.acquire(1);
    const second = await limiter.acquire(1);
    const third = limiter.acquire(1).then((slot) => (order.push(3), slot));
    const fourth = limiter.acquire(1).then((slot) => (order.push(4), slot));
    await Promise.resolve();
    expect(order).toEqual([]);
    first.release();
    (await third).release();
    second.release();
    (await fourth).release();
    expect(order).toEqual([3, 4]);
  });

  it('keeps the tokens of a sliding minute under the token limit, counting real usage once known', async () => {
    const timer = virtualTimer();
    const limiter = new RateLimiter({ tokensPerMinute: 1000 }, timer);
    (await limiter.acquire(600)).release(300);
    (await limiter.acquire(600)).release(600);
    expect(timer.now()).toBe(0);
    await limiter.acquire(400);
    expect(timer.now()).toBe(60_000);
  });

  it('pauses every caller for a 429 retry-after and when the headers say nothing is left', async () => {
    const timer = virtualTimer();
    const limiter = new RateLimiter({}, timer);
    limiter.pauseFor(1500);
    (await limiter.acquire(1)).release();
    expect(timer.now()).toBe(1500);
    limiter.observe({ requestsRemaining: 0, requestsResetMs: 700 });
    (await limiter.acquire(1)).release();
    expect(timer.now()).toBe(2200);
    // Under a per-minute limit of 600, the next slot frees within 100 ms, whatever the full reset says.
    limiter.observe({ requestsLimit: 600, requestsRemaining: 0, requestsResetMs: 60_000 });
    (await limiter.acquire(1)).release();
    expect(timer.now()).toBe(2300);
    limiter.observe({ requestsRemaining: 5, requestsResetMs: 10_000 });
    (await limiter.acquire(1)).release();
    expect(timer.now()).toBe(2300);
  });

  it('lets a cancelled waiter go without blocking the callers behind it', async () => {
    const timer: PolicyTimer = { now: () => 0, sleep: (_ms, signal) => new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))) };
    const limiter = new RateLimiter({ maxConcurrency: 1 }, timer);
    const held = await limiter.acquire(1);
    const controller = new AbortController();
    const cancelled = limiter.acquire(1, controller.signal);
    const next = limiter.acquire(1);
    controller.abort(new Error('stop'));
    await expect(cancelled).rejects.toThrow('stop');
    held.release();
    await expect(next).resolves.toBeDefined();
  });
});

describe('rate-limit headers', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);

  it("reads OpenAI's durations, Anthropic's RFC 3339 resets and the IETF draft headers", () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(parseRateLimitHeaders(headers({ 'x-ratelimit-limit-requests': '500', 'x-ratelimit-remaining-requests': '499', 'x-ratelimit-reset-requests': '120ms', 'x-ratelimit-remaining-tokens': '0', 'x-ratelimit-reset-tokens': '6m0s' }), now))
      .toEqual({ requestsLimit: 500, requestsRemaining: 499, requestsResetMs: 120, tokensRemaining: 0, tokensResetMs: 360_000 });
    expect(parseRateLimitHeaders(headers({ 'anthropic-ratelimit-requests-remaining': '0', 'anthropic-ratelimit-requests-reset': '2026-11-29T10:00:05Z' }), now))
      .toEqual({ requestsRemaining: 0, requestsResetMs: 5000 });
    expect(parseRateLimitHeaders(headers({ 'ratelimit-remaining': '3', 'ratelimit-reset': '2' }), now)).toEqual({ requestsRemaining: 3, requestsResetMs: 2000 });
    expect(parseRateLimitHeaders(headers({}), now)).toBeNull();
    expect(parseResetMs('1h2m3.5s', now)).toBe(3_723_500);
    expect(parseResetMs('soon', now)).toBeUndefined();
  });

  it('prefers retry-after-ms, then retry-after in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '3' }), now)).toBe(250);
    expect(parseRetryAfter(headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ 'retry-after': 'Sun, 29 Nov 2026 10:00:07 GMT' }), now)).toBe(7000);
    expect(parseRetryAfter(headers({ 'retry-after': 'never' }), now)).toBeNull();
    expect(parseRetryAfter(headers({}), now)).toBeNull();
  });
});
