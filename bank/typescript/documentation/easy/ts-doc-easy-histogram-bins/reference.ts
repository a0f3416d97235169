// Counts non-negative values into consecutive bins of equal width.

/**
 * Count non-negative values into bins of equal `width`: bin k (counting from 0) holds the values from k * width to (k + 1) * width - 1, both included.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param width - the width (int) the description refers to as `width`
 * @returns the result described above (list of int)
 * @throws {RangeError} when width is smaller than 1, or a value is negative
 */
export function histogramBins(values: number[], width: number): number[] {
  if (width < 1) throw new RangeError('width must be at least 1');
  if (values.some((value) => value < 0)) throw new RangeError('values must not be negative');
  if (values.length === 0) return [];
  const counts = new Array<number>(Math.floor(Math.max(...values) / width) + 1).fill(0);
  for (const value of values) counts[Math.floor(value / width)]! += 1;
  return counts;
}
