import type { RateLimitSnapshot } from '../http/rate-limit-headers.js';
import type { PolicyTimer } from './timing.js';

export interface RateLimits {
  /** Request starts per minute; undefined: no request limit. */
  requestsPerMinute?: number | undefined;
  /** Tokens (input + the output allowance) per minute; undefined: no token limit. */
  tokensPerMinute?: number | undefined;
  /** Calls in flight at once; undefined: no cap beyond the run's concurrency. */
  maxConcurrency?: number | undefined;
}

const MINUTE = 60_000;

/**
 * One provider's pace. Request starts are spaced at least `60 000 / requestsPerMinute` ms apart (measured from the
 * previous actual start, so a late timer never causes a catch-up burst): the rate can never pass the limit in any
 * window, which a sliding-window or token-bucket limit on the provider's side then never refuses. Tokens are counted
 * in a sliding minute: a call reserves its prompt estimate plus its output allowance (as OpenAI counts) and the
 * reservation is corrected to the real usage when the call ends. The provider's own headers tighten the pace: no
 * requests (or tokens) left means waiting for their reset, and a 429's retry-after pauses every call of the provider.
 */
export class RateLimiter {
  private lastStart = Number.NEGATIVE_INFINITY;
  private pausedUntil = 0;
  private inFlight = 0;
  private readonly tokenLog: { at: number; tokens: number }[] = [];
  private readonly waiting: (() => void)[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly limits: RateLimits, private readonly timer: PolicyTimer) {}

  /**
   * Waits until a call may start, then holds a slot; `release` must be called when the call ends.
   * Callers are admitted in arrival order.
   */
  async acquire(estimatedTokens: number, signal?: AbortSignal): Promise<{ release(actualTokens?: number): void }> {
    const turn = this.queue.then(() => this.waitForTurn(estimatedTokens, signal));
    // A caller that is cancelled while waiting must not block those behind it.
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    const entry = await turn;
    let released = false;
    return {
      release: (actualTokens?: number) => {
        if (released) return;
        released = true;
        if (entry && actualTokens !== undefined) entry.tokens = actualTokens;
        this.inFlight--;
        this.waiting.shift()?.();
      },
    };
  }

  private async waitForTurn(estimatedTokens: number, signal?: AbortSignal): Promise<{ at: number; tokens: number } | null> {
    const max = this.limits.maxConcurrency;
    // A caller may be cancelled before its turn came: it never waits then.
    if (signal?.aborted) throw signal.reason;
    while (max !== undefined && this.inFlight >= max) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const index = this.waiting.indexOf(wake);
          if (index >= 0) this.waiting.splice(index, 1);
          reject(signal?.reason);
        };
        this.waiting.push(wake);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    for (;;) {
      const wait = this.waitNeeded(estimatedTokens);
      if (wait <= 0) break;
      await this.timer.sleep(wait, signal);
    }
    this.inFlight++;
    this.lastStart = this.timer.now();
    if (this.limits.tokensPerMinute === undefined) return null;
    const entry = { at: this.lastStart, tokens: estimatedTokens };
    this.tokenLog.push(entry);
    return entry;
  }

  private waitNeeded(estimatedTokens: number): number {
    const now = this.timer.now();
    let wait = this.pausedUntil - now;
    const rpm = this.limits.requestsPerMinute;
    if (rpm !== undefined) wait = Math.max(wait, this.lastStart + MINUTE / rpm - now);
    const tpm = this.limits.tokensPerMinute;
    if (tpm !== undefined) {
      while (this.tokenLog.length > 0 && (this.tokenLog[0] as { at: number }).at <= now - MINUTE) this.tokenLog.shift();
      let used = this.tokenLog.reduce((sum, entry) => sum + entry.tokens, 0);
      // A call larger than the whole budget waits for an empty window, then goes alone.
      const need = Math.min(estimatedTokens, tpm);
      for (const entry of this.tokenLog) {
        if (used + need <= tpm) break;
        used -= entry.tokens;
        wait = Math.max(wait, entry.at + MINUTE - now);
      }
    }
    return wait;
  }

  /** Applies what the provider's headers said: nothing left means pausing until the reset. */
  observe(snapshot: RateLimitSnapshot | null | undefined): void {
    if (!snapshot) return;
    const now = this.timer.now();
    if (snapshot.requestsRemaining === 0 && snapshot.requestsResetMs !== undefined) {
      // The reset headers say when the budget is full again; a slot frees much sooner under a per-minute limit
      // (OpenAI's and Anthropic's limit headers are per minute), so wait one slot's share of the minute at most.
      const slotMs = snapshot.requestsLimit ? MINUTE / snapshot.requestsLimit : Number.POSITIVE_INFINITY;
      this.pauseUntil(now + Math.min(snapshot.requestsResetMs, slotMs));
    }
    if (snapshot.tokensRemaining === 0 && snapshot.tokensResetMs !== undefined) this.pauseUntil(now + snapshot.tokensResetMs);
  }

  /** Pauses every call of the provider (a 429's retry-after applies to the provider, not just one call). */
  pauseFor(ms: number): void {
    this.pauseUntil(this.timer.now() + ms);
  }

  private pauseUntil(at: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, at);
  }
}
