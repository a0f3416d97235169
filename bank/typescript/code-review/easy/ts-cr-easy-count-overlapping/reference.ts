// Counts the occurrences of a pattern in a text, overlapping ones included.

export function countOverlapping(text: string, pattern: string): number {
  if (pattern === '') throw new Error('pattern must not be empty');
  let count = 0;
  for (let start = text.indexOf(pattern); start !== -1; start = text.indexOf(pattern, start + 1)) count++;
  return count;
}
