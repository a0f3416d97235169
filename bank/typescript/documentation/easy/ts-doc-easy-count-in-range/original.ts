// Count the values of a list that lie in a closed range.

export function countInRange(values: number[], low: number, high: number): number {
  return values.filter((value) => low <= value && value <= high).length;
}
