// Rotate a list to the right (or left, for negative steps).

/**
 * Rotate the list to the right by `steps` positions: each element moves `steps` places towards the end, and elements that fall off the end come back at the start.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param steps - the steps (int) the description refers to as `steps`
 * @returns the result described above (list of int)
 */
export function rotateList(values: number[], steps: number): number[] {
  if (values.length === 0) {
    return [];
  }
  const shift = ((steps % values.length) + values.length) % values.length;
  return [...values.slice(values.length - shift), ...values.slice(0, values.length - shift)];
}
