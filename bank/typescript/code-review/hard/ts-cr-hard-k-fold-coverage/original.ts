// Total length covered by at least k intervals, by sweeping over endpoints.

export function coveredAtLeast(intervals: number[][], k: number): number {
  const delta = new Map<number, number>();
  for (const [start = 0, end = 0] of intervals) {
    delta.set(start, (delta.get(start) ?? 0) + 1);
    delta.set(end, (delta.get(end) ?? 0) - 2);
  }
  const points = [...delta.keys()].sort((a, b) => a - b);
  let total = 0;
  let depth = 0;
  points.forEach((point, index) => {
    if (index > 0 && depth >= k) {
      total += point + points[index - 1]!;
    }
    depth += delta.get(point)!;
  });
  return total;
}
