// Least-recently-used cache simulated from a list of operations.

/** A Map iterates in insertion order: re-inserting a key makes it the most recently used. */
export function lruSimulate(capacity: number, ops: string[]): (number | null)[] {
  const cache = new Map<string, number>();
  const results: (number | null)[] = [];
  for (const op of ops) {
    const [command, key = '', value] = op.split(' ');
    if (command === 'get') {
      const found = cache.get(key);
      if (found !== undefined) {
        cache.delete(key);
        cache.set(key, found);
      }
      results.push(found ?? null);
      continue;
    }
    if (capacity === 0) {
      continue;
    }
    cache.delete(key);
    cache.set(key, Number(value));
    if (cache.size > capacity) {
      const [oldest] = cache.keys();
      cache.delete(oldest!);
    }
  }
  return results;
}
