import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countInRange } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countInRange([1, 5, 10, 15], 5, 10), 2);
});

test('case 02', () => {
  assert.deepEqual(countInRange([5, 4, 3, 2, 1], 2, 4), 3);
});

test('case 03', () => {
  assert.deepEqual(countInRange([], 0, 10), 0);
});

test('case 04', () => {
  assert.deepEqual(countInRange([3], 3, 3), 1);
});

test('case 05', () => {
  assert.deepEqual(countInRange([3], 4, 5), 0);
});

test('case 06', () => {
  assert.deepEqual(countInRange([1, 2, 3], 3, 1), 0);
});

test('case 07', () => {
  assert.deepEqual(countInRange([-5, -3, 0, 3], -4, 0), 2);
});

test('case 08', () => {
  assert.deepEqual(countInRange([7, 7, 7], 7, 7), 3);
});

test('case 09', () => {
  assert.deepEqual(countInRange([1, 2, 3, 4, 5], -100, 100), 5);
});

test('case 10', () => {
  assert.deepEqual(countInRange([10, 20], 11, 19), 0);
});

test('case 11', () => {
  assert.deepEqual(countInRange([0, 1, 2], 0, 0), 1);
});
