// Pads strings on the left so that they line up on the right.

export function rightAlign(lines: string[]): string[] {
  const width = Math.max(1, ...lines.map((line) => line.length));
  return lines.map((line) => line.padStart(width));
}
