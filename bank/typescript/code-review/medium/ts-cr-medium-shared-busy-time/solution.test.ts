import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedBusyTime } from './solution.js';

test('case 01', () => {
  assert.deepEqual(sharedBusyTime([[0, 10]], [[5, 15]]), 5);
});

test('case 02', () => {
  assert.deepEqual(sharedBusyTime([[1, 3], [5, 7], [9, 11]], [[2, 10]]), 4);
});

test('case 03', () => {
  assert.deepEqual(sharedBusyTime([], [[0, 5]]), 0);
});

test('case 04', () => {
  assert.deepEqual(sharedBusyTime([[0, 5]], []), 0);
});

test('case 05', () => {
  assert.deepEqual(sharedBusyTime([[0, 5]], [[5, 10]]), 0);
});

test('case 06', () => {
  assert.deepEqual(sharedBusyTime([[0, 10], [5, 15]], [[0, 20]]), 15);
});

test('case 07', () => {
  assert.deepEqual(sharedBusyTime([[0, 10], [2, 4]], [[3, 8]]), 5);
});

test('case 08', () => {
  assert.deepEqual(sharedBusyTime([[20, 30], [0, 10]], [[8, 22]]), 4);
});

test('case 09', () => {
  assert.deepEqual(sharedBusyTime([[0, 100]], [[10, 20], [15, 25], [50, 60]]), 25);
});

test('case 10', () => {
  assert.deepEqual(sharedBusyTime([[-5, 5]], [[-10, 0]]), 5);
});

test('case 11', () => {
  assert.deepEqual(sharedBusyTime([[0, 4], [4, 8]], [[2, 6]]), 4);
});

test('case 12', () => {
  assert.deepEqual(sharedBusyTime([[1, 2]], [[1, 2]]), 1);
});

test('case 13', () => {
  assert.deepEqual(sharedBusyTime([[0, 3], [6, 9]], [[3, 6]]), 0);
});

test('case 14', () => {
  assert.deepEqual(sharedBusyTime([[0, 10], [20, 30], [40, 50]], [[5, 25], [28, 45]]), 17);
});
