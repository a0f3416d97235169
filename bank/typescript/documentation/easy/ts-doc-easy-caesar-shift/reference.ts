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

/**
 * Move every ASCII letter of the text `shift` places forward in the alphabet, wrapping around from "z" back to "a" (and from "Z" back to "A").
 *
 * @param text - the text (string) the description refers to as `text`
 * @param shift - the shift (int) the description refers to as `shift`
 * @returns the result described above (string)
 */
export function caesarShift(text: string, shift: number): string {
  return [...text].map((char) => shiftChar(char, shift)).join('');
}
