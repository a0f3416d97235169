// Adds the decimal digits of a number with alternating signs, starting from the left.

export function alternatingDigitSum(number: number): number {
  const digits = [...String(Math.abs(number))].map(Number);
  return digits.reduce((total, digit, index) => (index % 2 === 0 ? total - digit : total - digit), 0);
}
