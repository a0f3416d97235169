export type EvictionListener<K, V> = (key: K, value: V) => void;

export class LRUCache<K, V> {
  constructor(capacity: number, onEvict?: EvictionListener<K, V>) {
    throw new Error('not implemented');
  }

  get size(): number {
    throw new Error('not implemented');
  }

  get capacity(): number {
    throw new Error('not implemented');
  }

  get(key: K): V | undefined {
    throw new Error('not implemented');
  }

  peek(key: K): V | undefined {
    throw new Error('not implemented');
  }

  has(key: K): boolean {
    throw new Error('not implemented');
  }

  set(key: K, value: V): this {
    throw new Error('not implemented');
  }

  getOrCompute(key: K, compute: (key: K) => V): V {
    throw new Error('not implemented');
  }

  delete(key: K): boolean {
    throw new Error('not implemented');
  }

  keys(): K[] {
    throw new Error('not implemented');
  }

  resize(capacity: number): void {
    throw new Error('not implemented');
  }
}
