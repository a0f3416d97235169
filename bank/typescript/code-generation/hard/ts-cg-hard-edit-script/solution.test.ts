import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, editScript } from './solution.js';
import type { EditOp } from './solution.js';

/** Independent replay of an edit script, so editScript is checked without applyEdits. */
function replay(source: readonly string[], ops: readonly EditOp[]): string[] {
  const output: string[] = [];
  let index = 0;
  for (const op of ops) {
    if (op.kind === 'insert') {
      output.push(op.value);
      continue;
    }
    const expected = op.kind === 'replace' ? op.from : op.value;
    assert.equal(source[index], expected, `op ${JSON.stringify(op)} at index ${index}`);
    index += 1;
    if (op.kind === 'keep') output.push(op.value);
    if (op.kind === 'replace') output.push(op.to);
  }
  assert.equal(index, source.length, 'script must consume the whole source');
  return output;
}

function checkScript(source: string[], target: string[], distance: number): void {
  const result = editScript(source, target);
  assert.equal(result.distance, distance);
  assert.deepEqual(replay(source, result.ops), target);
  assert.equal(result.ops.filter((op) => op.kind !== 'keep').length, distance);
}

test('classic word pair has distance 3', () => {
  checkScript([...'kitten'], [...'sitting'], 3);
});

test('single replacement example', () => {
  assert.deepEqual(editScript(['a', 'b'], ['a', 'c']), {
    distance: 1,
    ops: [{ kind: 'keep', value: 'a' }, { kind: 'replace', from: 'b', to: 'c' }],
  });
});

test('empty sequences', () => {
  assert.deepEqual(editScript([], []), { distance: 0, ops: [] });
  assert.deepEqual(editScript([], ['x', 'y']), {
    distance: 2,
    ops: [{ kind: 'insert', value: 'x' }, { kind: 'insert', value: 'y' }],
  });
  assert.deepEqual(editScript(['x'], []), { distance: 1, ops: [{ kind: 'delete', value: 'x' }] });
});

test('identical sequences keep everything', () => {
  const lines = ['import a', 'const b = 1;', '', 'export { b };'];
  assert.deepEqual(editScript(lines, lines), {
    distance: 0,
    ops: lines.map((value) => ({ kind: 'keep', value })),
  });
});

test('line diffs with insertions and deletions', () => {
  checkScript(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'd', 'x', 'e', 'f'], 3);
  checkScript(['same', 'same', 'same'], ['same'], 2);
  checkScript(['p', 'q'], ['q', 'p'], 2);
});

test('completely different sequences', () => {
  checkScript(['a', 'b', 'c'], ['x', 'y'], 3);
  checkScript([...'abc'], [...'abcdef'], 3);
});

test('distance is symmetric across many pairs', () => {
  const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'kitten', 'sitting', 'flaw', 'lawn'];
  const expected: Record<string, number> = { 'flaw|lawn': 2, 'ab|ba': 2, 'abc|acb': 2 };
  for (const left of words) {
    for (const right of words) {
      const forward = editScript([...left], [...right]);
      const backward = editScript([...right], [...left]);
      assert.equal(forward.distance, backward.distance, `${left}|${right}`);
      assert.deepEqual(replay([...left], forward.ops), [...right]);
      const known = expected[`${left}|${right}`];
      if (known !== undefined) assert.equal(forward.distance, known);
    }
  }
});

test('long inputs are handled quickly and correctly', () => {
  const source = Array.from({ length: 300 }, (_, index) => `line ${index}`);
  const target = source.filter((_, index) => index % 10 !== 3);
  target.splice(150, 0, 'new A', 'new B');
  checkScript(source, target, 32);
});

test('applyEdits replays every kind of op', () => {
  const ops: EditOp[] = [
    { kind: 'keep', value: 'a' },
    { kind: 'delete', value: 'b' },
    { kind: 'insert', value: 'x' },
    { kind: 'replace', from: 'c', to: 'y' },
  ];
  assert.deepEqual(applyEdits(['a', 'b', 'c'], ops), ['a', 'x', 'y']);
  assert.deepEqual(applyEdits([], []), []);
});

test('applyEdits rejects mismatching tokens', () => {
  assert.throws(() => applyEdits(['a'], [{ kind: 'keep', value: 'b' }]), Error);
  assert.throws(() => applyEdits(['a'], [{ kind: 'replace', from: 'z', to: 'a' }]), Error);
  assert.throws(() => applyEdits(['a'], [{ kind: 'delete', value: 'A' }]), Error);
});

test('applyEdits rejects running out of source', () => {
  assert.throws(() => applyEdits([], [{ kind: 'delete', value: 'a' }]), Error);
  assert.throws(
    () => applyEdits(['a'], [{ kind: 'keep', value: 'a' }, { kind: 'keep', value: 'a' }]),
    Error,
  );
});

test('applyEdits rejects leftover source tokens', () => {
  assert.throws(() => applyEdits(['x'], [{ kind: 'insert', value: 'y' }]), Error);
  assert.throws(() => applyEdits(['a', 'b'], [{ kind: 'keep', value: 'a' }]), Error);
});

test('editScript and applyEdits agree and do not modify inputs', () => {
  const source = ['one', 'two', 'three'];
  const target = ['zero', 'one', 'three', 'four'];
  const result = editScript(source, target);
  const snapshot = JSON.stringify(result.ops);
  assert.deepEqual(applyEdits(source, result.ops), target);
  assert.deepEqual(source, ['one', 'two', 'three']);
  assert.deepEqual(target, ['zero', 'one', 'three', 'four']);
  assert.equal(JSON.stringify(result.ops), snapshot);
  assert.equal(result.distance, 3);
});
