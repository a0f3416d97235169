import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minSplitDifference } from './solution.js';

test('case 01', () => {
  assert.deepEqual(minSplitDifference([1, 6, 11, 5]), 1);
});

test('case 02', () => {
  assert.deepEqual(minSplitDifference([10, 1, 1, 1]), 7);
});

test('case 03', () => {
  assert.deepEqual(minSplitDifference([]), 0);
});

test('case 04', () => {
  assert.deepEqual(minSplitDifference([7]), 7);
});

test('case 05', () => {
  assert.deepEqual(minSplitDifference([3, 3]), 0);
});

test('case 06', () => {
  assert.deepEqual(minSplitDifference([1, 2, 3]), 0);
});

test('case 07', () => {
  assert.deepEqual(minSplitDifference([2, 2, 2, 2, 3]), 1);
});

test('case 08', () => {
  assert.deepEqual(minSplitDifference([0, 0, 0]), 0);
});

test('case 09', () => {
  assert.deepEqual(minSplitDifference([8, 6, 5, 4]), 1);
});

test('case 10', () => {
  assert.deepEqual(minSplitDifference([100, 99, 98, 1, 2]), 94);
});

test('case 11', () => {
  assert.deepEqual(minSplitDifference([5, 5, 5, 5, 5, 5, 5]), 5);
});

test('case 12', () => {
  assert.deepEqual(minSplitDifference([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 20]), 1);
});

test('case 13', () => {
  assert.deepEqual(minSplitDifference([13, 27, 31, 4, 9, 18]), 4);
});

test('case 14', () => {
  assert.deepEqual(minSplitDifference([1000000000000, 1, 999999999999]), 0);
});
