// Checks that a text is a colour code such as "#fff" or "#1a2B3c".

const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Decide whether the text is a hex colour code: a "#" followed by exactly 3 or exactly 6 hexadecimal digits, where a hexadecimal digit is 0 to 9, a to f or A to F (upper and lower case may be mixed).
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (bool)
 */
export function isHexColor(text: string): boolean {
  return HEX_COLOR.test(text);
}
