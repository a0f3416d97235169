export type EditOp =
  | { kind: 'keep'; value: string }
  | { kind: 'insert'; value: string }
  | { kind: 'delete'; value: string }
  | { kind: 'replace'; from: string; to: string };

export interface EditResult {
  distance: number;
  ops: EditOp[];
}

export function editScript(source: readonly string[], target: readonly string[]): EditResult {
  throw new Error('not implemented');
}

export function applyEdits(source: readonly string[], ops: readonly EditOp[]): string[] {
  throw new Error('not implemented');
}
