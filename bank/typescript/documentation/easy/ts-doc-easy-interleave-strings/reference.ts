// Merges two strings by alternating their characters; the rest of the longer one follows.

/**
 * Merge two strings by taking their characters alternately, starting with the first string: the first character of `first`, then the first character of `second`, then the second character of `first`, and so on.
 *
 * @param first - the first (string) the description refers to as `first`
 * @param second - the second (string) the description refers to as `second`
 * @returns the result described above (string)
 */
export function interleaveStrings(first: string, second: string): string {
  const length = Math.max(first.length, second.length);
  return Array.from({ length }, (_, index) => (first[index] ?? '') + (second[index] ?? '')).join('');
}
