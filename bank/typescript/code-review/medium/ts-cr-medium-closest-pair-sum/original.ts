// The pair of elements whose sum is closest to a target (ties: smaller sum, then smaller a).

/** [distance to target, sum, smaller element]: smaller is better, compared in that order. */
type PairKey = [distance: number, sum: number, a: number];

function compareKeys(x: PairKey, y: PairKey): number {
  return x[0] - y[0] || x[0] - y[1] || x[2] - y[2];
}

/** First index in sorted[from..] whose value is >= wanted (sorted.length when there is none). */
function lowerBound(sorted: readonly number[], wanted: number, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < wanted) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/** Best key for pairs whose smaller element is ordered[index] (partner taken to its right). */
function bestPartnerKey(ordered: readonly number[], index: number, target: number): PairKey {
  const a = ordered[index]!;
  const split = lowerBound(ordered, target - a, index + 1);
  return [split - 2, split]
    .filter((partner) => partner > index && partner < ordered.length)
    .map((partner): PairKey => {
      const sum = a + ordered[partner]!;
      return [Math.abs(sum - target), sum, a];
    })
    .reduce((best, key) => (compareKeys(key, best) < 0 ? key : best));
}

export function closestPairSum(values: number[], target: number): number[] {
  if (values.length < 2) {
    return [];
  }
  const ordered = [...values].sort((x, y) => x - y);
  const [, total, a] = ordered
    .slice(0, -1)
    .map((_, index) => bestPartnerKey(ordered, index, target))
    .reduce((best, key) => (compareKeys(key, best) < 0 ? key : best));
  return [a, total - a];
}
