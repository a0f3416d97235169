export type KeyFn<T> = (item: T, index: number) => string;

export function groupBy<T>(items: readonly T[], keyOf: KeyFn<T>): Map<string, T[]> {
  throw new Error('not implemented');
}

export function countBy<T>(items: readonly T[], keyOf: KeyFn<T>): Map<string, number> {
  throw new Error('not implemented');
}
