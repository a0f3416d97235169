// Cheapest segmentation of a text into dictionary words (dynamic programming).

interface Plan {
  cost: number;
  pieces: string[];
}

function comparePlans(a: Plan, b: Plan): number {
  if (a.cost !== b.cost) {
    return a.cost - b.cost;
  }
  if (a.pieces.length !== b.pieces.length) {
    return a.pieces.length - b.pieces.length;
  }
  const index = a.pieces.findIndex((piece, i) => piece !== b.pieces[i]);
  if (index < 0) {
    return 0;
  }
  return a.pieces[index]! < b.pieces[index]! ? -1 : 1;
}

function bestFrom(
  text: string,
  start: number,
  costs: ReadonlyMap<string, number>,
  plans: readonly (Plan | null)[],
): Plan | null {
  let best: Plan | null = null;
  for (let end = start + 1; end <= text.length; end++) {
    const piece = text.slice(start, end);
    const cost = costs.get(piece);
    const rest = plans[end];
    if (cost === undefined || !rest) {
      continue;
    }
    const candidate = { cost: cost + rest.cost, pieces: [piece, ...rest.pieces] };
    if (best === null || comparePlans(candidate, best) < 0) {
      best = candidate;
    }
  }
  return best;
}

/**
 * Split `text` into consecutive pieces that are all keys of `dictionary` (each piece may be used any number of times; every key maps to a cost of at least 0), so that the pieces concatenated give back `text`.
 *
 * @param text - the text (string) the description refers to as `text`
 * @param dictionary - the dictionary (map of int) the description refers to as `dictionary`
 * @returns the result described above (list of string)
 * @throws {Error} when the text cannot be split into dictionary words
 */
export function cheapestSplit(text: string, dictionary: Record<string, number>): string[] {
  const costs = new Map(Object.entries(dictionary));
  const plans: (Plan | null)[] = new Array<Plan | null>(text.length + 1).fill(null);
  plans[text.length] = { cost: 0, pieces: [] };
  for (let start = text.length - 1; start >= 0; start--) {
    plans[start] = bestFrom(text, start, costs, plans);
  }
  const result = plans[0];
  if (!result) {
    throw new Error('the text cannot be split into dictionary words');
  }
  return result.pieces;
}
