import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBy, groupBy } from './solution.js';

test('groupBy groups words by first letter', () => {
  const groups = groupBy(['apple', 'avocado', 'banana'], (word) => word[0] ?? '');
  assert.deepEqual(groups, new Map([['a', ['apple', 'avocado']], ['b', ['banana']]]));
});

test('groupBy keeps keys in order of first appearance', () => {
  const groups = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => (n % 2 === 0 ? 'even' : 'odd'));
  assert.deepEqual([...groups.keys()], ['odd', 'even']);
  assert.deepEqual(groups.get('odd'), [3, 1, 1, 5, 9]);
  assert.deepEqual(groups.get('even'), [4, 2, 6]);
});

test('groupBy passes the index to the key function once per item', () => {
  const calls: number[] = [];
  const groups = groupBy(['x', 'y', 'z'], (_item, index) => {
    calls.push(index);
    return index < 2 ? 'head' : 'tail';
  });
  assert.deepEqual(calls, [0, 1, 2]);
  assert.deepEqual(groups, new Map([['head', ['x', 'y']], ['tail', ['z']]]));
});

test('groupBy of an empty array is an empty Map', () => {
  assert.equal(groupBy([], () => 'k').size, 0);
});

test('prototype-like and empty keys are ordinary keys', () => {
  const groups = groupBy(['constructor', '__proto__', '', 'toString'], (word) => word);
  assert.deepEqual([...groups.keys()], ['constructor', '__proto__', '', 'toString']);
  assert.deepEqual(groups.get('__proto__'), ['__proto__']);
  const counts = countBy(['__proto__', 'constructor', '__proto__'], (word) => word);
  assert.deepEqual(counts, new Map([['__proto__', 2], ['constructor', 1]]));
});

test('groupBy does not modify the input and keeps object identity', () => {
  const first = { team: 'red' };
  const second = { team: 'red' };
  const items = [first, second];
  const groups = groupBy(items, (item) => item.team);
  assert.deepEqual(items, [first, second]);
  assert.equal(groups.get('red')?.[1], second);
});

test('countBy counts items per key in first-appearance order', () => {
  const counts = countBy([1, 2, 3, 4, 5], (n) => (n % 2 === 0 ? 'even' : 'odd'));
  assert.deepEqual([...counts.entries()], [['odd', 3], ['even', 2]]);
});

test('countBy of an empty array is an empty Map', () => {
  assert.deepEqual(countBy([], () => 'k'), new Map());
});
