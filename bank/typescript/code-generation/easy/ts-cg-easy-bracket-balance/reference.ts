const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const OPENERS = '([{';

/** Index of the first offending bracket in `text`, or -1 if all brackets are balanced. */
export function findMismatch(text: string): number {
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (OPENERS.includes(char)) {
      open.push(index);
      continue;
    }
    const expected = OPENER_OF[char];
    if (expected === undefined) {
      continue;
    }
    const top = open.pop();
    if (top === undefined || text.charAt(top) !== expected) {
      return index;
    }
  }
  return open[0] ?? -1;
}

/** True when every bracket in `text` is closed by a matching bracket, in order. */
export function isBalanced(text: string): boolean {
  return findMismatch(text) === -1;
}
