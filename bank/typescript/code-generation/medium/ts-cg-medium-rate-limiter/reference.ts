/** Returns the current time in milliseconds. */
export type Clock = () => number;

/** Allows at most `limit` acquisitions per key within any sliding window of `windowMs`. */
export class SlidingWindowLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly clock: Clock;
  /** Active acquisition times per key, oldest first. */
  private readonly acquisitions = new Map<string, number[]>();

  constructor(limit: number, windowMs: number, clock: Clock) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    }
    if (!Number.isFinite(windowMs) || windowMs <= 0) {
      throw new RangeError(`windowMs must be a positive number, got ${windowMs}`);
    }
    this.limit = limit;
    this.windowMs = windowMs;
    this.clock = clock;
  }

  tryAcquire(key: string): boolean {
    const now = this.clock();
    const active = this.active(key, now);
    if (active.length >= this.limit) {
      return false;
    }
    active.push(now);
    this.acquisitions.set(key, active);
    return true;
  }

  remaining(key: string): number {
    return this.limit - this.active(key, this.clock()).length;
  }

  retryAfter(key: string): number {
    const now = this.clock();
    const active = this.active(key, now);
    const oldest = active[0];
    if (active.length < this.limit || oldest === undefined) {
      return 0;
    }
    return oldest + this.windowMs - now;
  }

  reset(key: string): void {
    this.acquisitions.delete(key);
  }

  /** The key's acquisitions still active at `now`, with expired ones dropped. */
  private active(key: string, now: number): number[] {
    const times = (this.acquisitions.get(key) ?? []).filter((time) => now < time + this.windowMs);
    if (times.length === 0) {
      this.acquisitions.delete(key);
    } else {
      this.acquisitions.set(key, times);
    }
    return times;
  }
}
