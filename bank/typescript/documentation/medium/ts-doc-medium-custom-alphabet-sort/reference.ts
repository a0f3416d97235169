// Sort words by a custom alphabet; unknown characters rank after it, by ASCII code.

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const index = a.findIndex((value, i) => value !== b[i]);
  if (index === -1) {
    return a.length - b.length;
  }
  return index < b.length ? a[index]! - b[index]! : 1;
}

/**
 * Sort `words` using the character order given by `alphabet`.
 *
 * @param words - the words (list of string) the description refers to as `words`
 * @param alphabet - the alphabet (string) the description refers to as `alphabet`
 * @returns the result described above (list of string)
 * @throws {Error} when the alphabet contains a repeated character
 */
export function sortByAlphabet(words: string[], alphabet: string): string[] {
  const letters = [...alphabet];
  const rank = new Map(letters.map((char, position) => [char, position]));
  if (rank.size !== letters.length) {
    throw new Error('the alphabet has a repeated character');
  }
  const outside = letters.length; // unknown characters rank after the alphabet, by code
  const key = (word: string): number[] =>
    [...word].map((char) => rank.get(char) ?? outside + char.codePointAt(0)!);
  return words
    .map((word) => ({ word, key: key(word) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ word }) => word);
}
