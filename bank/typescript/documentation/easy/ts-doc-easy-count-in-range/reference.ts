// Count the values of a list that lie in a closed range.

/**
 * Count the values that lie in the closed range [low, high], that is, the values v with low <= v <= high (both bounds included).
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param low - the low (int) the description refers to as `low`
 * @param high - the high (int) the description refers to as `high`
 * @returns the result described above (int)
 */
export function countInRange(values: number[], low: number, high: number): number {
  return values.filter((value) => low <= value && value <= high).length;
}
