// Counts the digit-sum replacements until a single digit remains.

function digitSum(number: number): number {
  return [...String(number)].reduce((total, digit) => total + Number(digit), 0);
}

/**
 * Repeatedly replace a number by the sum of its decimal digits until it has a single digit, and return how many replacements that took.
 *
 * @param n - the n (int) the description refers to as `n`
 * @returns the result described above (int)
 */
export function digitSumSteps(n: number): number {
  let number = Math.abs(n);
  let steps = 0;
  for (; number >= 10; steps++) number = digitSum(number);
  return steps;
}
