// Cargo loadout: 0/1 knapsack with deterministic tie-breaking.

type Score = readonly [value: number, negWeight: number];

function sameScore(a: Score, b: Score): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function betterScore(a: Score, b: Score): Score {
  const aWins = a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  return aWins ? a : b;
}

function withItem(rest: Score, weight: number, value: number): Score {
  return [rest[0] + value, rest[1] - weight];
}

function suffixTable(weights: number[], values: number[], capacity: number): Score[][] {
  const count = weights.length;
  const best: Score[][] = Array.from({ length: count + 1 }, () => []);
  best[count] = Array.from({ length: capacity + 1 }, (): Score => [0, 0]);
  for (let i = count - 1; i >= 0; i--) {
    const next = best[i + 1]!;
    const weight = weights[i]!;
    const value = values[i]!;
    best[i] = next.map((skip, room) =>
      weight > room ? skip : betterScore(skip, withItem(next[room - weight]!, weight, value)),
    );
  }
  return best;
}

/**
 * Item i weighs weights[i] (at least 1) and is worth values[i] (at least 0); both lists have the same length and capacity is at least 0.
 *
 * @param weights - the weights (list of int) the description refers to as `weights`
 * @param values - the values (list of int) the description refers to as `values`
 * @param capacity - the capacity (int) the description refers to as `capacity`
 * @returns the result described above (list of int)
 */
export function chooseCargo(weights: number[], values: number[], capacity: number): number[] {
  const best = suffixTable(weights, values, capacity);
  const chosen: number[] = [];
  let room = capacity;
  weights.forEach((weight, i) => {
    if (weight > room) {
      return;
    }
    const taken = withItem(best[i + 1]![room - weight]!, weight, values[i]!);
    if (sameScore(taken, best[i]![room]!)) {
      chosen.push(i);
      room -= weight;
    }
  });
  return chosen;
}
