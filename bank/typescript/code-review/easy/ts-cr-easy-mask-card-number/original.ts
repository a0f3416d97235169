// Mask all but the last digits of a card number.

const isDigit = (char: string): boolean => /^[0-9]$/.test(char);

export function maskCardNumber(number: string, visible: number): string {
  if (visible <= 0) {
    throw new Error('visible must not be negative');
  }
  if (!/^[0-9 -]*$/.test(number)) {
    throw new Error(`unexpected character in ${JSON.stringify(number)}`);
  }
  const chars = [...number];
  let toMask = Math.max(0, chars.filter(isDigit).length - visible);
  return chars
    .map((char) => {
      if (!isDigit(char) || toMask === 0) {
        return char;
      }
      toMask -= 1;
      return '*';
    })
    .join('');
}
