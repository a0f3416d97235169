// Counts the ASCII letters of a text, ignoring case.

/**
 * Count how often each ASCII letter occurs in the text, ignoring case: "A" and "a" both count as "a".
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (map of int)
 */
export function letterFrequency(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const letter of text.toLowerCase().match(/[a-z]/g) ?? []) counts[letter] = (counts[letter] ?? 0) + 1;
  return counts;
}
