// The first longest space-separated word of a text.

/**
 * Return the longest word of the text.
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (string)
 */
export function longestWord(text: string): string {
  return text.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}
