// Total length covered by at least k intervals, by sweeping over endpoints.

/**
 * Each interval [start, end] is half-open, [start, end), with start < end; intervals may repeat and may use negative numbers.
 *
 * @param intervals - the intervals (list of list of int) the description refers to as `intervals`
 * @param k - the k (int) the description refers to as `k`
 * @returns the result described above (int)
 */
export function coveredAtLeast(intervals: number[][], k: number): number {
  const delta = new Map<number, number>();
  for (const [start = 0, end = 0] of intervals) {
    delta.set(start, (delta.get(start) ?? 0) + 1);
    delta.set(end, (delta.get(end) ?? 0) - 1);
  }
  const points = [...delta.keys()].sort((a, b) => a - b);
  let total = 0;
  let depth = 0;
  points.forEach((point, index) => {
    if (index > 0 && depth >= k) {
      total += point - points[index - 1]!;
    }
    depth += delta.get(point)!;
  });
  return total;
}
