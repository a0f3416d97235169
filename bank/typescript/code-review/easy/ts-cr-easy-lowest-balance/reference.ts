// The lowest balance an account reaches while changes are applied to it.

export function lowestBalance(start: number, changes: number[]): number {
  let balance = start;
  let lowest = start;
  for (const change of changes) {
    balance += change;
    lowest = Math.min(lowest, balance);
  }
  return lowest;
}
