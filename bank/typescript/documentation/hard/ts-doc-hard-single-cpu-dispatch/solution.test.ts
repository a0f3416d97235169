import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dispatchJobs } from './solution.js';

test('case 01', () => {
  assert.deepEqual(dispatchJobs([[0, 3, 1], [1, 2, 5], [2, 1, 9]]), [[0, 0, 3], [2, 3, 4], [1, 4, 6]]);
});

test('case 02', () => {
  assert.deepEqual(dispatchJobs([]), []);
});

test('case 03', () => {
  assert.deepEqual(dispatchJobs([[5, 2, 1]]), [[0, 5, 7]]);
});

test('case 04', () => {
  assert.deepEqual(dispatchJobs([[0, 1, 1], [0, 1, 1], [0, 1, 1]]), [[0, 0, 1], [1, 1, 2], [2, 2, 3]]);
});

test('case 05', () => {
  assert.deepEqual(dispatchJobs([[2, 1, 3], [0, 5, 0], [1, 1, 3]]), [[1, 0, 5], [2, 5, 6], [0, 6, 7]]);
});

test('case 06', () => {
  assert.deepEqual(dispatchJobs([[10, 2, 1], [10, 2, 4], [3, 1, 0]]), [[2, 3, 4], [1, 10, 12], [0, 12, 14]]);
});

test('case 07', () => {
  assert.deepEqual(dispatchJobs([[0, 2, 0], [2, 1, 5], [3, 1, 9]]), [[0, 0, 2], [1, 2, 3], [2, 3, 4]]);
});

test('case 08', () => {
  assert.deepEqual(dispatchJobs([[0, 1, -5], [0, 1, -1]]), [[1, 0, 1], [0, 1, 2]]);
});

test('case 09', () => {
  assert.deepEqual(dispatchJobs([[4, 2, 2], [0, 6, 1], [1, 1, 7], [4, 3, 2], [20, 1, 0]]), [[1, 0, 6], [2, 6, 7], [0, 7, 9], [3, 9, 12], [4, 20, 21]]);
});

test('case 10', () => {
  assert.deepEqual(dispatchJobs([[1, 2, 1], [23, 4, 2], [25, 2, 2], [10, 2, 2], [11, 4, 3], [17, 4, 2], [6, 2, 3], [4, 4, 0], [11, 5, 3], [25, 1, 1]]), [[0, 1, 3], [7, 4, 8], [6, 8, 10], [3, 10, 12], [4, 12, 16], [8, 16, 21], [5, 21, 25], [1, 25, 29], [2, 29, 31], [9, 31, 32]]);
});

test('case 11', () => {
  assert.deepEqual(dispatchJobs([[1, 2, 0], [8, 3, 0], [2, 3, -2], [0, 3, -1], [4, 3, -2], [6, 2, 2], [8, 3, -1], [8, 1, -2], [2, 3, 1], [5, 3, 0], [4, 1, 2], [3, 1, 0]]), [[3, 0, 3], [8, 3, 6], [10, 6, 7], [5, 7, 9], [0, 9, 11], [11, 11, 12], [9, 12, 15], [1, 15, 18], [6, 18, 21], [2, 21, 24], [4, 24, 27], [7, 27, 28]]);
});
