// Weighted edit distance with adjacent swaps (optimal string alignment).

const COST_KEYS = ['insert', 'delete', 'replace', 'swap'] as const;

type Costs = Record<(typeof COST_KEYS)[number], number>;

function validate(costs: Record<string, number>): Costs {
  const keys = Object.keys(costs);
  const exact = keys.length === COST_KEYS.length && COST_KEYS.every((key) => keys.includes(key));
  if (!exact) {
    throw new Error(`costs must have exactly the keys ${COST_KEYS.join(', ')}`);
  }
  if (Object.values(costs).some((value) => value < 0)) {
    throw new Error('costs must not be negative');
  }
  return costs as Costs;
}

function cell(source: string, target: string, table: number[][], i: number, j: number,
  costs: Costs): number {
  const same = source[i - 1] === target[j - 1];
  let best = Math.min(
    table[i - 1]![j]! + costs.delete,
    table[i]![j - 1]! + costs.insert,
    table[i - 1]![j - 1]! + (same ? 0 : costs.replace),
  );
  const swappable = i > 1 && j > 1
    && source[i - 1] === target[j - 2]
    && source[i - 2] === target[j - 1];
  if (swappable) {
    best = Math.min(best, table[i - 2]![j - 2]! + costs.swap);
  }
  return best;
}

export function typoDistance(
  source: string,
  target: string,
  costs: Record<string, number>,
): number {
  const prices = validate(costs);
  const table = Array.from({ length: source.length + 1 }, (_, i) =>
    Array.from({ length: target.length + 1 }, (_, j) => i * prices.delete + j * prices.insert),
  );
  for (let i = 1; i <= source.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      table[i]![j] = cell(source, target, table, i, j, prices);
    }
  }
  return table[source.length]![target.length]!;
}
