// Least-recently-used cache simulated from a list of operations.

/**
 * Simulate a cache holding at most `capacity` keys (capacity >= 0), processing the operations in order: - "put k v": store the integer v (possibly negative) under key k, replacing any previous value.
 *
 * @param capacity - the capacity (int) the description refers to as `capacity`
 * @param ops - the ops (list of string) the description refers to as `ops`
 * @returns the result described above (list of optional of int)
 */
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
