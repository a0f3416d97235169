export function wordPositions(words: string[], limit: number | null): Record<string, number[]> {
  if (limit !== null && limit < 0) throw new RangeError('limit must not be negative');
  const chosen = limit === null ? words : words.slice(0, limit);
  const positions: Record<string, number[]> = {};
  chosen.forEach((word, index) => (positions[word] ??= []).push(index));
  return positions;
}
