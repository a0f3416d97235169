// Split a list into consecutive chunks of a fixed size.

/**
 * Split the list into consecutive chunks of `size` elements, keeping the original order.
 *
 * @param values - the values (list of int) the description refers to as `values`
 * @param size - the size (int) the description refers to as `size`
 * @returns the result described above (list of list of int)
 * @throws {Error} when size is smaller than 1
 */
export function chunkList(values: number[], size: number): number[][] {
  if (size < 1) {
    throw new Error('size must be at least 1');
  }
  const chunks: number[][] = [];
  for (let start = 0; start < values.length; start += size) {
    chunks.push(values.slice(start, start + size));
  }
  return chunks;
}
