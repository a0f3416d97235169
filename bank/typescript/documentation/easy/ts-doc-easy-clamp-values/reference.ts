// Limit every value of a list to a closed range.

/**
 * Return a new list in which every value is limited to the closed range [low, high]: a value below `low` becomes `low`, a value above `high` becomes `high`, and a value inside the range (bounds included) is kept.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param low - the low (int) the description refers to as `low`
 * @param high - the high (int) the description refers to as `high`
 * @returns the result described above (list of int)
 * @throws {Error} when low is greater than high
 */
export function clampValues(values: number[], low: number, high: number): number[] {
  if (low > high) {
    throw new Error('low must not be greater than high');
  }
  return values.map((value) => Math.min(Math.max(value, low), high));
}
