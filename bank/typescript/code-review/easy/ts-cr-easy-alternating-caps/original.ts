// Alternate the case of the letters of a text.

const LETTER = /^[A-Za-z]$/;

export function alternatingCaps(text: string): string {
  let upperNext = false;
  return [...text]
    .map((char) => {
      if (!LETTER.test(char)) {
        return char;
      }
      const changed = upperNext ? char.toUpperCase() : char.toLowerCase();
      upperNext = !upperNext;
      return changed;
    })
    .join('');
}
