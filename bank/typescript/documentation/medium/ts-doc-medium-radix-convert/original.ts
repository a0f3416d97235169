// Convert an integer string between bases 2..36.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const MIN_BASE = 2;
const MAX_BASE = 36;

function checkBase(base: number): void {
  if (base < MIN_BASE || base > MAX_BASE) {
    throw new Error(`base out of range: ${base}`);
  }
}

function parse(digits: string, base: number): bigint {
  if (digits === '') {
    throw new Error('no digits');
  }
  let value = 0n;
  for (const char of digits.toLowerCase()) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0 || digit >= base) {
      throw new Error(`invalid digit ${JSON.stringify(char)} for base ${base}`);
    }
    value = value * BigInt(base) + BigInt(digit);
  }
  return value;
}

export function convertBase(number: string, fromBase: number, toBase: number): string {
  checkBase(fromBase);
  checkBase(toBase);
  const negative = number.startsWith('-');
  const magnitude = parse(negative ? number.slice(1) : number, fromBase);
  const sign = negative && magnitude !== 0n ? '-' : '';
  return sign + magnitude.toString(toBase);
}
