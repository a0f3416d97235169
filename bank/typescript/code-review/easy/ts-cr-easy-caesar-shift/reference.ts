// Shift the ASCII letters of a text around the alphabet, keeping their case.

const ALPHABET_SIZE = 26;
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

function shiftChar(char: string, shift: number): string {
  for (const alphabet of ALPHABETS) {
    const index = alphabet.indexOf(char);
    if (char.length === 1 && index >= 0) {
      const moved = (((index + shift) % ALPHABET_SIZE) + ALPHABET_SIZE) % ALPHABET_SIZE;
      return alphabet[moved]!;
    }
  }
  return char;
}

export function caesarShift(text: string, shift: number): string {
  return [...text].map((char) => shiftChar(char, shift)).join('');
}
