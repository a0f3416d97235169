/** Called with each entry removed because the cache exceeded its capacity. */
export type EvictionListener<K, V> = (key: K, value: V) => void;

function checkCapacity(capacity: number): number {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  return capacity;
}

// Least-recently-used cache. A `Map` iterates in insertion order, so re-inserting a key on
// every use keeps the least recently used key first and gives O(1) operations.
export class LRUCache<K, V> {
  private readonly entries = new Map<K, V>();
  private maxSize: number;
  private readonly onEvict: EvictionListener<K, V> | undefined;

  constructor(capacity: number, onEvict?: EvictionListener<K, V>) {
    this.maxSize = checkCapacity(capacity);
    this.onEvict = onEvict;
  }

  get size(): number {
    return this.entries.size;
  }

  get capacity(): number {
    return this.maxSize;
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) {
      return undefined;
    }
    const value = this.entries.get(key) as V;
    this.touch(key, value);
    return value;
  }

  peek(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): this {
    const isNew = !this.entries.has(key);
    this.touch(key, value);
    if (isNew) {
      this.evictOverflow();
    }
    return this;
  }

  getOrCompute(key: K, compute: (key: K) => V): V {
    if (this.entries.has(key)) {
      return this.get(key) as V;
    }
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  keys(): K[] {
    return [...this.entries.keys()].reverse();
  }

  resize(capacity: number): void {
    this.maxSize = checkCapacity(capacity);
    this.evictOverflow();
  }

  /** Store `value` under `key` as the most recently used entry. */
  private touch(key: K, value: V): void {
    this.entries.set(key, value);
  }

  private evictOverflow(): void {
    while (this.entries.size > this.maxSize) {
      const [key, value] = this.entries.entries().next().value as [K, V];
      this.entries.delete(key);
      this.onEvict?.(key, value);
    }
  }
}
