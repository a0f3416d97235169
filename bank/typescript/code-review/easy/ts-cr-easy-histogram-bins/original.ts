// Counts non-negative values into consecutive bins of equal width.

export function histogramBins(values: number[], width: number): number[] {
  if (width < 1) throw new RangeError('width must be at least 1');
  if (values.some((value) => value < 0)) throw new RangeError('values must not be negative');
  if (values.length === 0) return [];
  const counts = new Array<number>(Math.floor(Math.min(...values) / width) + 1).fill(0);
  for (const value of values) counts[Math.floor(value / width)]! += 1;
  return counts;
}
