/**
 * A fixed set of execution slots, handed out first come, first served. Each slot owns one uid, so two executions
 * running at once never share a uid: RLIMIT_NPROC counts per uid, and the clean-up kills every process of the uid.
 */
export class SlotPool {
  private readonly free: number[];
  private readonly waiting: ((slot: number) => void)[] = [];

  constructor(readonly size: number) {
    this.free = Array.from({ length: size }, (_, index) => index);
  }

  /** Resolves with a slot index in 0..size-1 once one is free. */
  acquire(): Promise<number> {
    const slot = this.free.shift();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(slot: number): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  /** Runs `work` holding a slot, and always gives the slot back. */
  async with<T>(work: (slot: number) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    try {
      return await work(slot);
    } finally {
      this.release(slot);
    }
  }
}
