/** Computes the grouping key of an item. */
export type KeyFn<T> = (item: T, index: number) => string;

/** Group `items` by key; keys in order of first appearance, items in input order. */
export function groupBy<T>(items: readonly T[], keyOf: KeyFn<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, []);
    } else {
      group.push(item);
    }
  });
  return groups;
}

/** Count `items` per key; keys in order of first appearance. */
export function countBy<T>(items: readonly T[], keyOf: KeyFn<T>): Map<string, number> {
  const counts = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}
