import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prefixTally } from './solution.js';

test('case 01', () => {
  assert.deepEqual(prefixTally(["add car", "add cart", "add cat", "count ca", "count car", "distinct car", "count dog"]), [3, 2, 2, 0]);
});

test('case 02', () => {
  assert.deepEqual(prefixTally(["add a", "add a", "add ab", "count a", "distinct a", "del a", "count a", "distinct a", "del a", "distinct a", "count a"]), [3, 2, 2, 2, 1, 1]);
});

test('case 03', () => {
  assert.deepEqual(prefixTally(["del x", "add x", "del y", "count x"]), [1]);
});

test('case 04', () => {
  assert.deepEqual(prefixTally(["add go", "count gopher", "count g"]), [0, 1]);
});

test('case 05', () => {
  assert.deepEqual(prefixTally([]), []);
});

test('case 06', () => {
  assert.deepEqual(prefixTally(["add apple", "del app", "count app", "distinct apple"]), [1, 1]);
});

test('case 07', () => {
  assert.deepEqual(prefixTally(["add tea", "del tea", "count t", "add tea", "add ten", "distinct te", "count tea"]), [0, 2, 1]);
});

test('case 08', () => {
  assert.deepEqual(prefixTally(["add in", "add inn", "add inner", "count in", "count inn", "count inne", "distinct inner"]), [3, 2, 1, 1]);
});

test('case 09', () => {
  assert.deepEqual(prefixTally(["add zz", "add zz", "add zz", "del zz", "distinct z", "count zz", "del zz", "del zz", "del zz", "count z", "distinct zz"]), [1, 2, 0, 0]);
});

test('case 10', () => {
  assert.deepEqual(prefixTally(["add baa", "add a", "count aba", "add aaa", "add bb", "distinct ab", "del b", "add bb", "count ba", "del bba", "distinct baa", "add a", "count bba", "add ab", "distinct aab", "distinct abb", "distinct a", "del b", "add a", "del aab", "del abb", "add ba", "add bb", "add a", "add b", "add b", "del ab", "del abb", "add bbb", "del ab", "add bb", "add bb", "distinct b", "add aaa", "distinct a", "add b", "distinct bab", "distinct b", "count ba", "count aaa"]), [0, 0, 1, 1, 0, 0, 0, 3, 5, 2, 0, 5, 2, 2]);
});
