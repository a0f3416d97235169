// The characters of a text that occur more than once, in order of first occurrence.

/**
 * Return the characters that occur more than once in the text, each written once, in the order of their first occurrence in the text.
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (string)
 */
export function repeatedCharacters(text: string): string {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([char]) => char).join('');
}
