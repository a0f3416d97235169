// Split a list into consecutive chunks of a fixed size.

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
