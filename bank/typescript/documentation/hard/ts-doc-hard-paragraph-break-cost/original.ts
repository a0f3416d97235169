// Minimum raggedness of a paragraph: line-breaking dynamic programming.

function bestFrom(words: readonly string[], first: number, width: number, best: number[]): number {
  let cheapest = Infinity;
  let length = -1;
  for (let last = first; last < words.length; last++) {
    length += words[last]!.length + 1;
    if (length > width) {
      break;
    }
    const lineCost = last === words.length - 1 ? 0 : (width - length) ** 2;
    cheapest = Math.min(cheapest, lineCost + best[last + 1]!);
  }
  return cheapest;
}

export function breakCost(words: string[], width: number): number {
  const tooLong = words.find((word) => word.length > width);
  if (tooLong !== undefined) {
    throw new Error(`word ${JSON.stringify(tooLong)} does not fit in width ${width}`);
  }
  const best = new Array<number>(words.length + 1).fill(0);
  for (let first = words.length - 1; first >= 0; first--) {
    best[first] = bestFrom(words, first, width, best);
  }
  return best[0]!;
}
