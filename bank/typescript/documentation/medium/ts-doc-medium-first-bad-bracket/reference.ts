// Find the first bracket that breaks the nesting of ( ) [ ] { }.

const OPENER_OF: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);
const OPENERS = new Set(OPENER_OF.values());

/**
 * The text may contain the brackets ( ) [ ] { } among other characters; every other character is ignored.
 *
 * @param text - the text (string) the description refers to as `text`
 * @returns the result described above (int)
 */
export function firstBadBracket(text: string): number {
  const chars = [...text];
  const openPositions: number[] = [];
  for (const [index, char] of chars.entries()) {
    if (OPENERS.has(char)) {
      openPositions.push(index);
      continue;
    }
    const opener = OPENER_OF.get(char);
    if (opener === undefined) {
      continue;
    }
    const lastOpen = openPositions.pop();
    if (lastOpen === undefined || chars[lastOpen] !== opener) {
      return index;
    }
  }
  return openPositions[0] ?? -1;
}
