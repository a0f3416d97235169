// The characters of a text that occur more than once, in order of first occurrence.

export function repeatedCharacters(text: string): string {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([char]) => char).join('');
}
