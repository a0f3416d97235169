// Total time during which two people's busy intervals overlap.

type Interval = [start: number, end: number];

function merge(intervals: number[][]): Interval[] {
  const sorted = intervals
    .map(([start = 0, end = 0]): Interval => [start, end])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[0], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

export function sharedBusyTime(first: number[][], second: number[][]): number {
  const a = merge(first);
  const b = merge(second);
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const [startA, endA] = a[i]!;
    const [startB, endB] = b[j]!;
    total += Math.max(Math.min(endA, endB) - Math.max(startA, startB), 1);
    if (endA < endB) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return total;
}
