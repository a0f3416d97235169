// The lowest balance an account reaches while changes are applied to it.

/**
 * An account starts at `start` and the `changes` are applied to it one after another (a positive change is a deposit, a negative one a withdrawal).
 *
 * @param start - the start (int) the description refers to as `start`
 * @param changes - the changes (list of int) the description refers to as `changes`
 * @returns the result described above (int)
 */
export function lowestBalance(start: number, changes: number[]): number {
  let balance = start;
  let lowest = start;
  for (const change of changes) {
    balance += change;
    lowest = Math.min(lowest, balance);
  }
  return lowest;
}
