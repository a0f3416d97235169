// Merges two strings by alternating their characters; the rest of the longer one follows.

export function interleaveStrings(first: string, second: string): string {
  const length = Math.min(first.length, second.length);
  return Array.from({ length }, (_, index) => (first[index] ?? '') + (second[index] ?? '')).join('');
}
