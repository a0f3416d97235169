// Counts the occurrences of a pattern in a text, overlapping ones included.

/**
 * Count the positions of `text` at which `pattern` starts, counting occurrences that overlap: in "aaaa" the pattern "aa" occurs 3 times.
 *
 * @param text - the text (string) the description refers to as `text`
 * @param pattern - the pattern (string) the description refers to as `pattern`
 * @returns the result described above (int)
 * @throws {Error} when the pattern is empty
 */
export function countOverlapping(text: string, pattern: string): number {
  if (pattern === '') throw new Error('pattern must not be empty');
  let count = 0;
  for (let start = text.indexOf(pattern); start !== -1; start = text.indexOf(pattern, start + 1)) count++;
  return count;
}
