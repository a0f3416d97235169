// Adds the decimal digits of a number with alternating signs, starting from the left.

/**
 * Take the decimal digits of the number from the most significant digit to the least significant one, and add them with alternating signs: the first digit is added, the second subtracted, the third added, and so on.
 *
 * @param number - the number (int) the description refers to as `number`
 * @returns the result described above (int)
 */
export function alternatingDigitSum(number: number): number {
  const digits = [...String(Math.abs(number))].map(Number);
  return digits.reduce((total, digit, index) => (index % 2 === 0 ? total + digit : total - digit), 0);
}
