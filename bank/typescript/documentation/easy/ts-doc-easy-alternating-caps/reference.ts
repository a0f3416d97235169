// Alternate the case of the letters of a text.

const LETTER = /^[A-Za-z]$/;

/**
 * Rewrite the letters of the text so that they alternate between upper and lower case: the first letter is upper case, the second lower case, the third upper case, and so on, whatever their case in the input.
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (string)
 */
export function alternatingCaps(text: string): string {
  let upperNext = true;
  return [...text]
    .map((char) => {
      if (!LETTER.test(char)) {
        return char;
      }
      const changed = upperNext ? char.toUpperCase() : char.toLowerCase();
      upperNext = !upperNext;
      return changed;
    })
    .join('');
}
