// Counts the digit-sum replacements until a single digit remains.

function digitSum(number: number): number {
  return [...String(number)].reduce((total, digit) => total + Number(digit), 0);
}

export function digitSumSteps(n: number): number {
  let number = Math.abs(n);
  let steps = 0;
  for (; number >= 10; steps++) number = digitSum(number);
  return steps;
}
