import type { PolicyTimer } from '../../src/providers/index.js';

/** A timer whose sleeps move virtual time forward at once (the rate limiter lets one caller wait at a time). */
export function virtualTimer(): PolicyTimer & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
  };
}
