// The change between two values as a percentage of the first one's size.

/**
 * Return the change from `old` to `new` as a percentage of the size of `old`: (new - old) / |old| * 100.
 *
 * @param old - the old (float) the description refers to as `old`
 * @param newValue - the newValue to work on
 * @returns the result described above (float)
 * @throws {RangeError} when old is zero
 */
export function percentChange(old: number, newValue: number): number {
  if (old === 0) throw new RangeError('old must not be zero');
  return ((newValue - old) / Math.abs(old)) * 100;
}
