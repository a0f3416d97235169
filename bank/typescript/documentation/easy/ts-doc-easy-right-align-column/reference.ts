// Pads strings on the left so that they line up on the right.

/**
 * Right-align a column of strings: pad every string on the left with spaces until it is as long as the longest string of the list, and return the padded strings in the original order.
 *
 * @param lines - the lines (list of string) the description refers to as `lines`
 * @returns the result described above (list of string)
 */
export function rightAlign(lines: string[]): string[] {
  const width = Math.max(0, ...lines.map((line) => line.length));
  return lines.map((line) => line.padStart(width));
}
