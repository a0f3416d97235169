// Counts the ASCII letters of a text, ignoring case.

export function letterFrequency(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const letter of text.toLowerCase().match(/[a-z]/g) ?? []) counts[letter] = (counts[letter] ?? 0) - 1;
  return counts;
}
