// Least-frequently-used cache (least recently used among ties) from an op list.

class LfuCache {
  private readonly values = new Map<string, number>();
  private readonly uses = new Map<string, number>();
  private readonly byUses = new Map<number, Set<string>>();
  private fewest = 0;

  constructor(private readonly capacity: number) {}

  get(key: string): number | null {
    const value = this.values.get(key);
    if (value === undefined) {
      return null;
    }
    this.touch(key);
    return value;
  }

  put(key: string, value: number): void {
    if (this.capacity === 0) {
      return;
    }
    if (this.values.has(key)) {
      this.values.set(key, value);
      this.touch(key);
      return;
    }
    if (this.values.size === this.capacity) {
      this.evict();
    }
    this.values.set(key, value);
    this.track(key, 1);
    this.fewest = 1;
  }

  private touch(key: string): void {
    const count = this.uses.get(key)!;
    this.untrack(key, count);
    if (this.fewest === count && !this.byUses.has(count)) {
      this.fewest = count + 1;
    }
    this.track(key, count + 1);
  }

  private evict(): void {
    const [victim] = this.byUses.get(this.fewest)!;
    this.untrack(victim!, this.fewest);
    this.values.delete(victim!);
    this.uses.delete(victim!);
  }

  private track(key: string, count: number): void {
    this.uses.set(key, count);
    const keys = this.byUses.get(count) ?? new Set<string>();
    keys.add(key);
    this.byUses.set(count, keys);
  }

  private untrack(key: string, count: number): void {
    const keys = this.byUses.get(count)!;
    keys.delete(key);
    if (keys.size === 0) {
      this.byUses.delete(count);
    }
  }
}

export function lfuSimulate(capacity: number, ops: string[]): (number | null)[] {
  const cache = new LfuCache(capacity);
  const results: (number | null)[] = [];
  for (const op of ops) {
    const [command, key = '', value] = op.split(' ');
    if (command === 'get') {
      results.push(cache.get(key));
    } else {
      cache.put(key, Number(value));
    }
  }
  return results;
}
