// Title capitalisation that keeps minor words in lower case, except the first and the last word.

const MINOR_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'or', 'to']);

function formatWord(word: string, isEdge: boolean): string {
  const lower = word.toLowerCase();
  if (MINOR_WORDS.has(lower) && !isEdge) return lower;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function headlineCase(title: string): string {
  if (title === '') return '';
  const words = title.split(' ');
  return words.map((word, index) => formatWord(word, index === 0 || index === words.length - 1)).join(' ');
}
