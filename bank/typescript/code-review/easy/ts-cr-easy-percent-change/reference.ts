// The change between two values as a percentage of the first one's size.

export function percentChange(old: number, newValue: number): number {
  if (old === 0) throw new RangeError('old must not be zero');
  return ((newValue - old) / Math.abs(old)) * 100;
}
