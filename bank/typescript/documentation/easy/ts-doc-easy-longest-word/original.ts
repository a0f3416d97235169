// The first longest space-separated word of a text.

export function longestWord(text: string): string {
  return text.split(' ').reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}
