// Counts the sign changes along a list, skipping zeros.

export function countSignChanges(values: number[]): number {
  const signs = values.filter((value) => value !== 0).map((value) => value > 0);
  return signs.filter((positive, index) => index >= 0 && positive !== signs[index - 1]).length;
}
