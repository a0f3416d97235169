// Count integers in a range with a given number of set bits (combinatorics on bits).

const MAX_BITS = 53;

/** PASCAL[n][k] = n choose k, exact for n < 53 (every value fits in a double). */
const PASCAL: readonly (readonly number[])[] = (() => {
  const rows: number[][] = [[1]];
  for (let n = 1; n <= MAX_BITS; n++) {
    const previous = rows[n - 1]!;
    rows.push(Array.from({ length: n + 1 }, (_, k) => (previous[k - 1] ?? 0) + (previous[k] ?? 0)));
  }
  return rows;
})();

function choose(n: number, k: number): number {
  if (k < 0 || k > n) {
    return 0;
  }
  return PASCAL[n]![k]!;
}

/** How many x in [0, limit) have exactly `ones` set bits. */
function countBelow(limit: number, ones: number): number {
  const digits = limit.toString(2);
  let total = 0;
  let seen = 0;
  [...digits].forEach((digit, index) => {
    if (digit === '1') {
      const bit = digits.length - 1 - index;
      total += choose(bit, ones - seen);
      seen += 1;
    }
  });
  return total;
}

export function countWithBits(lo: number, hi: number, k: number): number {
  return countBelow(hi + 1, k) - countBelow(lo, k);
}
