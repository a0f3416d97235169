// Limit every value of a list to a closed range.

export function clampValues(values: number[], low: number, high: number): number[] {
  if (low >= high) {
    throw new Error('low must not be greater than high');
  }
  return values.map((value) => Math.min(Math.max(value, low), high));
}
