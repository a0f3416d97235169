// Smallest difference between the totals of two groups splitting a list of weights.

function reachableTotals(weights: readonly number[]): Set<number> {
  let totals = new Set([0]);
  for (const weight of weights) {
    totals = new Set([...totals, ...[...totals].map((total) => total + weight)]);
  }
  return totals;
}

export function minSplitDifference(weights: number[]): number {
  const grandTotal = weights.reduce((sum, weight) => sum + weight, 0);
  let best = grandTotal;
  for (const total of reachableTotals(weights)) {
    best = Math.min(best, Math.abs(grandTotal - 2 * total));
  }
  return best;
}
