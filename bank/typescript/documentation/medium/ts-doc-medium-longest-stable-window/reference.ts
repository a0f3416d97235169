// Longest run of consecutive readings whose spread (max - min) stays within a tolerance.

function push(window: number[], readings: readonly number[], index: number, keepLarger: boolean) {
  const value = readings[index]!;
  while (window.length > 0 && (readings[window.at(-1)!]! <= value) === keepLarger) {
    window.pop();
  }
  window.push(index);
}

/**
 * A sensor produced the integer `readings` in time order.
 *
 * @param readings - the readings (list of int) the description refers to as `readings`
 * @param tolerance - the tolerance (int) the description refers to as `tolerance`
 * @returns the result described above (int)
 */
export function longestStableWindow(readings: number[], tolerance: number): number {
  const highs: number[] = []; // indices with decreasing values: front is the window maximum
  const lows: number[] = []; // indices with increasing values: front is the window minimum
  const spread = () => readings[highs[0]!]! - readings[lows[0]!]!;
  let start = 0;
  let best = 0;
  readings.forEach((_, end) => {
    push(highs, readings, end, true);
    push(lows, readings, end, false);
    while (spread() > tolerance) {
      start += 1;
      if (highs[0]! < start) {
        highs.shift();
      }
      if (lows[0]! < start) {
        lows.shift();
      }
    }
    best = Math.max(best, end - start + 1);
  });
  return best;
}
