export function findMismatch(text: string): number {
  throw new Error('not implemented');
}

export function isBalanced(text: string): boolean {
  throw new Error('not implemented');
}
