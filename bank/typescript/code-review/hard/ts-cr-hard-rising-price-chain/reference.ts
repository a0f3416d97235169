// Longest strictly rising chain (subsequence) with the lexicographically smallest values.

/** lengths[i]: length of the longest rising chain that starts at index i. */
function chainLengths(prices: readonly number[]): number[] {
  const lengths = prices.map(() => 1);
  for (let i = prices.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < prices.length; j++) {
      if (prices[j]! > prices[i]!) {
        lengths[i] = Math.max(lengths[i]!, lengths[j]! + 1);
      }
    }
  }
  return lengths;
}

/** Index of the smallest usable price from start on (earliest index on ties), or -1. */
function nextLink(
  prices: readonly number[],
  lengths: readonly number[],
  start: number,
  floor: number,
  needed: number,
): number {
  let best = -1;
  for (let j = start; j < prices.length; j++) {
    const price = prices[j]!;
    const usable = lengths[j] === needed && price > floor;
    if (usable && (best < 0 || price < prices[best]!)) {
      best = j;
    }
  }
  return best;
}

export function risingChain(prices: number[]): number[] {
  const lengths = chainLengths(prices);
  const chain: number[] = [];
  let position = 0;
  for (let needed = Math.max(0, ...lengths); needed > 0; needed--) {
    const index = nextLink(prices, lengths, position, chain.at(-1) ?? -Infinity, needed);
    chain.push(prices[index]!);
    position = index + 1;
  }
  return chain;
}
