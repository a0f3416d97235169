export type EditOp =
  | { kind: 'keep'; value: string }
  | { kind: 'insert'; value: string }
  | { kind: 'delete'; value: string }
  | { kind: 'replace'; from: string; to: string };

export interface EditResult {
  distance: number;
  ops: EditOp[];
}

/** Row-major (rows + 1) x (cols + 1) table of edit distances between prefixes. */
class DistanceTable {
  private readonly cells: Uint32Array;
  private readonly width: number;

  constructor(rows: number, cols: number) {
    this.width = cols + 1;
    this.cells = new Uint32Array((rows + 1) * this.width);
  }

  get(row: number, col: number): number {
    return this.cells[row * this.width + col] ?? 0;
  }

  set(row: number, col: number, value: number): void {
    this.cells[row * this.width + col] = value;
  }
}

function token(sequence: readonly string[], index: number): string {
  const value = sequence[index];
  if (value === undefined) {
    throw new Error(`no token at index ${index}`);
  }
  return value;
}

function fillTable(source: readonly string[], target: readonly string[]): DistanceTable {
  const table = new DistanceTable(source.length, target.length);
  for (let row = 0; row <= source.length; row += 1) {
    for (let col = 0; col <= target.length; col += 1) {
      if (row === 0 || col === 0) {
        table.set(row, col, row + col);
        continue;
      }
      const same = source[row - 1] === target[col - 1];
      const diagonal = table.get(row - 1, col - 1) + (same ? 0 : 1);
      const deletion = table.get(row - 1, col) + 1;
      const insertion = table.get(row, col - 1) + 1;
      table.set(row, col, Math.min(diagonal, deletion, insertion));
    }
  }
  return table;
}

/** The op ending an optimal script for the prefixes source[0, row) and target[0, col). */
function lastOp(
  table: DistanceTable,
  source: readonly string[],
  target: readonly string[],
  [row, col]: [number, number],
): EditOp {
  const best = table.get(row, col);
  if (row > 0 && col > 0) {
    const from = token(source, row - 1);
    const to = token(target, col - 1);
    if (from === to && best === table.get(row - 1, col - 1)) {
      return { kind: 'keep', value: from };
    }
    if (best === table.get(row - 1, col - 1) + 1) {
      return { kind: 'replace', from, to };
    }
  }
  if (row > 0 && best === table.get(row - 1, col) + 1) {
    return { kind: 'delete', value: token(source, row - 1) };
  }
  return { kind: 'insert', value: token(target, col - 1) };
}

/** A minimal (Levenshtein) edit script turning `source` into `target`. */
export function editScript(source: readonly string[], target: readonly string[]): EditResult {
  const table = fillTable(source, target);
  const ops: EditOp[] = [];
  let row = source.length;
  let col = target.length;
  while (row > 0 || col > 0) {
    const op = lastOp(table, source, target, [row, col]);
    ops.push(op);
    row -= op.kind === 'insert' ? 0 : 1;
    col -= op.kind === 'delete' ? 0 : 1;
  }
  return { distance: table.get(source.length, target.length), ops: ops.reverse() };
}

function consume(source: readonly string[], index: number, expected: string): void {
  if (index >= source.length || source[index] !== expected) {
    throw new Error(`edit expects '${expected}' at source index ${index}`);
  }
}

/** Replay `ops` against `source`; throws if they do not match it exactly. */
export function applyEdits(source: readonly string[], ops: readonly EditOp[]): string[] {
  const output: string[] = [];
  let index = 0;
  for (const op of ops) {
    if (op.kind === 'insert') {
      output.push(op.value);
      continue;
    }
    consume(source, index, op.kind === 'replace' ? op.from : op.value);
    index += 1;
    if (op.kind !== 'delete') {
      output.push(op.kind === 'replace' ? op.to : op.value);
    }
  }
  return output;
}
