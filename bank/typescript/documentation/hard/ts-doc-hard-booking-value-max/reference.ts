// Weighted interval scheduling: the most valuable set of compatible bookings.

interface Booking {
  start: number;
  end: number;
  value: number;
}

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

/**
 * bookings[i] = [start, end, value] describes a half-open time interval [start, end) with start < end and a value of at least 0.
 *
 * @param bookings - the bookings (list of list of int) the description refers to as `bookings`
 * @returns the result described above (int)
 */
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
