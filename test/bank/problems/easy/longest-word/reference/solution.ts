export function longestWord(text: string, atLeast: number): string | null {
  let best: string | null = null;
  for (const word of text.split(' ')) {
    if (word !== '' && (best === null || word.length > best.length)) best = word;
  }
  return best !== null && best.length >= atLeast ? best : null;
}
