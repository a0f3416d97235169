export function titleCase(text: string): string {
  throw new Error('not implemented');
}
