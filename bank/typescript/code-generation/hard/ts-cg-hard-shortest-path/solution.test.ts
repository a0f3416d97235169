import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cheapestPath } from './solution.js';
import type { Edge, PathResult } from './solution.js';

function e(from: string, to: string, weight: number): Edge {
  return { from, to, weight };
}

/** Check that `result.path` is a real path of `edges` whose cheapest edge choices sum to cost. */
function assertValidPath(edges: readonly Edge[], result: PathResult | null, cost: number): void {
  assert.ok(result !== null);
  assert.equal(result.cost, cost);
  let total = 0;
  for (let index = 1; index < result.path.length; index += 1) {
    const from = result.path[index - 1];
    const to = result.path[index];
    const weights = edges.filter((edge) => edge.from === from && edge.to === to);
    assert.ok(weights.length > 0, `no edge ${from} -> ${to}`);
    total += Math.min(...weights.map((edge) => edge.weight));
  }
  assert.equal(total, cost);
}

const CHAIN = [e('A', 'B', 1), e('B', 'C', 1), e('C', 'D', 1), e('A', 'D', 10)];

test('finds the cheapest path without a limit', () => {
  assert.deepEqual(cheapestPath(CHAIN, 'A', 'D'), { cost: 3, path: ['A', 'B', 'C', 'D'] });
});

test('edge budget forces a more expensive path', () => {
  assert.deepEqual(cheapestPath(CHAIN, 'A', 'D', 2), { cost: 10, path: ['A', 'D'] });
  assert.deepEqual(cheapestPath(CHAIN, 'A', 'D', 3), { cost: 3, path: ['A', 'B', 'C', 'D'] });
});

test('budget too small returns null', () => {
  assert.equal(cheapestPath(CHAIN, 'A', 'C', 1), null);
  assert.equal(cheapestPath(CHAIN, 'A', 'B', 0), null);
});

test('respects edge direction and unreachable nodes', () => {
  assert.equal(cheapestPath(CHAIN, 'D', 'A'), null);
  assert.equal(cheapestPath(CHAIN, 'A', 'Z'), null);
  assert.equal(cheapestPath([], 'A', 'B'), null);
});

test('source equal to target costs nothing', () => {
  assert.deepEqual(cheapestPath(CHAIN, 'B', 'B'), { cost: 0, path: ['B'] });
  assert.deepEqual(cheapestPath([], 'X', 'X', 0), { cost: 0, path: ['X'] });
});

test('prefers fewer edges among equally cheap paths', () => {
  const edges = [e('S', 'M', 0), e('M', 'T', 4), e('S', 'T', 4), e('S', 'N', 2), e('N', 'T', 2)];
  assert.deepEqual(cheapestPath(edges, 'S', 'T'), { cost: 4, path: ['S', 'T'] });
});

test('uses the cheaper of parallel edges and handles cycles', () => {
  const edges = [e('A', 'B', 5), e('A', 'B', 2), e('B', 'A', 1), e('B', 'C', 2), e('C', 'A', 0)];
  assert.deepEqual(cheapestPath(edges, 'A', 'C'), { cost: 4, path: ['A', 'B', 'C'] });
  assert.deepEqual(cheapestPath(edges, 'C', 'B'), { cost: 2, path: ['C', 'A', 'B'] });
});

test('budget applies even when edges are listed in path order', () => {
  const edges = [e('a', 'b', 1), e('b', 'c', 1), e('c', 'd', 1), e('a', 'c', 5), e('a', 'd', 9)];
  assert.deepEqual(cheapestPath(edges, 'a', 'd', 1), { cost: 9, path: ['a', 'd'] });
  assert.deepEqual(cheapestPath(edges, 'a', 'd', 2), { cost: 6, path: ['a', 'c', 'd'] });
  assert.deepEqual(cheapestPath(edges, 'a', 'd', 3), { cost: 3, path: ['a', 'b', 'c', 'd'] });
});

test('zero-weight edges are allowed', () => {
  const edges = [e('p', 'q', 0), e('q', 'r', 0), e('p', 'r', 1)];
  assert.deepEqual(cheapestPath(edges, 'p', 'r'), { cost: 0, path: ['p', 'q', 'r'] });
});

test('grid graph returns a valid optimal path', () => {
  const edges: Edge[] = [];
  const size = 8;
  const id = (row: number, col: number): string => `${row},${col}`;
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      const weight = ((row * 7 + col * 3) % 5) + 1;
      if (col + 1 < size) edges.push(e(id(row, col), id(row, col + 1), weight));
      if (row + 1 < size) edges.push(e(id(row, col), id(row + 1, col), weight));
    }
  }
  const result = cheapestPath(edges, id(0, 0), id(size - 1, size - 1));
  assertValidPath(edges, result, 28);
  assert.equal(result?.path.length, 2 * size - 1);
  assert.equal(cheapestPath(edges, id(0, 0), id(size - 1, size - 1), 2 * size - 3), null);
});

test('input edges are not modified', () => {
  const edges = CHAIN.map((edge) => ({ ...edge }));
  cheapestPath(edges, 'A', 'D', 2);
  assert.deepEqual(edges, CHAIN);
});

test('rejects invalid weights and budgets', () => {
  assert.throws(() => cheapestPath([e('a', 'b', -1)], 'a', 'b'), RangeError);
  assert.throws(() => cheapestPath([e('a', 'b', Number.NaN)], 'a', 'a'), RangeError);
  assert.throws(() => cheapestPath([e('a', 'b', Number.POSITIVE_INFINITY)], 'x', 'y'), RangeError);
  assert.throws(() => cheapestPath(CHAIN, 'A', 'D', -1), RangeError);
  assert.throws(() => cheapestPath(CHAIN, 'A', 'D', 1.5), RangeError);
  assert.throws(() => cheapestPath(CHAIN, 'A', 'A', Number.NaN), RangeError);
});
