export function longestWord(text: string, atLeast: number): string | null {
  const best = text.split(' ').filter((word) => word !== '').reduce<string | null>((found, word) => (found === null || word.length > found.length ? word : found), null);
  return best !== null && best.length >= atLeast ? best : null;
}
