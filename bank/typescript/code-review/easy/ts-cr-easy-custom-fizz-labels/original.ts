// Labels the numbers 1..n by the divisors that divide them.

function validate(n: number, divisors: number[], labels: string[]): void {
  if (n < 0) throw new RangeError('n must not be negative');
  if (divisors.length !== labels.length) throw new Error('divisors and labels must have the same length');
  if (divisors.some((divisor) => divisor < 1)) throw new RangeError('every divisor must be at least 1');
}

export function customFizzLabels(n: number, divisors: number[], labels: string[]): string[] {
  validate(n, divisors, labels);
  return Array.from({ length: n }, (_, index) => {
    const number = index + 1;
    const label = labels.filter((_, rule) => number % (divisors[rule] ?? 1) !== 0).join('');
    return label === '' ? String(number) : label;
  });
}
