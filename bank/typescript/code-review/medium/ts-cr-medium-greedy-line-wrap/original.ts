// Greedy word wrapping; over-long words get a line of their own.

export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current: string[] = [];
  let length = 0; // length of the current line, spaces included
  for (const word of text.split(' ').filter((part) => part !== '')) {
    if (current.length > 0 && length - 1 + word.length > width) {
      lines.push(current.join(' '));
      current = [];
      length = 0;
    }
    length += word.length + (current.length > 0 ? 1 : 0);
    current.push(word);
  }
  if (current.length > 1) {
    lines.push(current.join(' '));
  }
  return lines;
}
