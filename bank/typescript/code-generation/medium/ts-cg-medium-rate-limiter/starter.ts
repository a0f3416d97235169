export type Clock = () => number;

export class SlidingWindowLimiter {
  constructor(limit: number, windowMs: number, clock: Clock) {
    throw new Error('not implemented');
  }

  tryAcquire(key: string): boolean {
    throw new Error('not implemented');
  }

  remaining(key: string): number {
    throw new Error('not implemented');
  }

  retryAfter(key: string): number {
    throw new Error('not implemented');
  }

  reset(key: string): void {
    throw new Error('not implemented');
  }
}
