import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ringSums } from './solution.js';

test('case 01', () => {
  assert.deepEqual(ringSums([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), [40, 5]);
});

test('case 02', () => {
  assert.deepEqual(ringSums([[1, 1, 1, 1], [1, 2, 2, 1], [1, 2, 2, 1], [1, 1, 1, 1]]), [12, 8]);
});

test('case 03', () => {
  assert.deepEqual(ringSums([]), []);
});

test('case 04', () => {
  assert.deepEqual(ringSums([[]]), []);
});

test('case 05', () => {
  assert.deepEqual(ringSums([[7]]), [7]);
});

test('case 06', () => {
  assert.deepEqual(ringSums([[1, 2, 3, 4]]), [10]);
});

test('case 07', () => {
  assert.deepEqual(ringSums([[1], [2], [3]]), [6]);
});

test('case 08', () => {
  assert.deepEqual(ringSums([[1, 2], [3, 4]]), [10]);
});

test('case 09', () => {
  assert.deepEqual(ringSums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15]]), [96, 24]);
});

test('case 10', () => {
  assert.deepEqual(ringSums([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12], [13, 14, 15]]), [96, 24]);
});

test('case 11', () => {
  assert.deepEqual(ringSums([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15], [16, 17, 18, 19, 20], [21, 22, 23, 24, 25]]), [208, 104, 13]);
});

test('case 12', () => {
  assert.deepEqual(ringSums([[-1, -1], [-1, -1], [5, 5]]), [6]);
});

test('case 13', () => {
  assert.deepEqual(ringSums([[0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 0], [0, 5, 6, 7, 8, 0], [0, 0, 0, 0, 0, 0]]), [0, 36]);
});
