const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by',
]);

/** Upper-case the first character and lower-case the rest. */
function capitalize(part: string): string {
  return part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
}

function formatWord(word: string, isEdge: boolean): string {
  if (word.includes('-')) {
    return word.split('-').map(capitalize).join('-');
  }
  const lower = word.toLowerCase();
  return !isEdge && MINOR_WORDS.has(lower) ? lower : capitalize(word);
}

/** Convert `text` to headline title case, collapsing whitespace between words. */
export function titleCase(text: string): string {
  const words = text.trim().split(/\s+/).filter((word) => word.length > 0);
  const last = words.length - 1;
  return words.map((word, index) => formatWord(word, index === 0)).join(' ');
}
