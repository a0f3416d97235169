export function compressRanges(values: readonly number[]): string {
  throw new Error('not implemented');
}
