// Counts the sign changes along a list, skipping zeros.

/**
 * Count how many times the sign changes along the list.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @returns the result described above (int)
 */
export function countSignChanges(values: number[]): number {
  const signs = values.filter((value) => value !== 0).map((value) => value > 0);
  return signs.filter((positive, index) => index > 0 && positive !== signs[index - 1]).length;
}
