// The pair of elements whose sum is closest to a target (ties: smaller sum, then smaller a).

type PairKey = [distance: number, sum: number, a: number];

function compareKeys(x: PairKey, y: PairKey): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

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

function bestPartnerKey(ordered: readonly number[], index: number, target: number): PairKey {
  const a = ordered[index]!;
  const split = lowerBound(ordered, target - a, index + 1);
  return [split - 1, split]
    .filter((partner) => partner > index && partner < ordered.length)
    .map((partner): PairKey => {
      const sum = a + ordered[partner]!;
      return [Math.abs(sum - target), sum, a];
    })
    .reduce((best, key) => (compareKeys(key, best) < 0 ? key : best));
}

/**
 * Choose two elements of `values` at different positions (equal values at different positions may be paired) whose sum is as close as possible to `target`, and return them as [a, b] with a <= b.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param target - the target (int) the description refers to as `target`
 * @returns the result described above (list of int)
 */
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
