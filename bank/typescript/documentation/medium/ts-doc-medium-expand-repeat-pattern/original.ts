// Expand patterns such as "(ab)*2c" where *N repeats the preceding letter or group.

function readCount(pattern: string, start: number): [count: number, end: number] {
  const digits = /[0-9]+/y;
  digits.lastIndex = start;
  const match = digits.exec(pattern);
  return [Number(match?.[0] ?? 0), digits.lastIndex];
}

function repeatLast(items: string[], count: number): void {
  items.push(items.pop()!.repeat(count));
}

export function expandPattern(pattern: string): string {
  const groups: string[][] = [[]]; // one list of expanded items per open group
  let position = 0;
  while (position < pattern.length) {
    const char = pattern[position]!;
    position += 1;
    const current = groups.at(-1)!;
    if (char === '(') {
      groups.push([]);
    } else if (char === ')') {
      const content = groups.pop()!.join('');
      groups.at(-1)!.push(content);
    } else if (char === '*') {
      const [count, end] = readCount(pattern, position);
      repeatLast(current, count);
      position = end;
    } else {
      current.push(char);
    }
  }
  return groups[0]!.join('');
}
