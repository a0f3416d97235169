// Weighted interval scheduling: the most valuable set of compatible bookings.

interface Booking {
  start: number;
  end: number;
  value: number;
}

/** Number of entries among the first `limit` of `sorted` that are <= target. */
function countAtMost(sorted: readonly number[], target: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= target) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

export function maxBookingValue(bookings: number[][]): number {
  const ordered: Booking[] = bookings
    .map(([start = 0, end = 0, value = 0]) => ({ start, end, value }))
    .sort((a, b) => a.end - b.end);
  const ends = ordered.map((booking) => booking.end);
  // best[i]: optimum over the first i bookings by end
  const best = [0];
  ordered.forEach(({ start, value }, i) => {
    const compatible = countAtMost(ends, start, i);
    best.push(Math.max(best[i]!, best[compatible]! + value));
  });
  return best[ordered.length]!;
}
