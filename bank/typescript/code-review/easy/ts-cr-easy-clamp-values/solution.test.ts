import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clampValues } from './solution.js';

test('case 01', () => {
  assert.deepEqual(clampValues([1, 5, 10], 3, 7), [3, 5, 7]);
});

test('case 02', () => {
  assert.deepEqual(clampValues([-10, 0, 10], -5, 5), [-5, 0, 5]);
});

test('case 03', () => {
  assert.deepEqual(clampValues([], 0, 1), []);
});

test('case 04', () => {
  assert.deepEqual(clampValues([4], 4, 4), [4]);
});

test('case 05', () => {
  assert.deepEqual(clampValues([1, 9], 4, 4), [4, 4]);
});

test('case 06', () => {
  assert.deepEqual(clampValues([3, 4, 5], 3, 5), [3, 4, 5]);
});

test('case 07', () => {
  assert.deepEqual(clampValues([-100], -50, -10), [-50]);
});

test('case 08', () => {
  assert.deepEqual(clampValues([100, 200], 0, 150), [100, 150]);
});

test('case 09', () => {
  assert.deepEqual(clampValues([7, 7, 7], 0, 6), [6, 6, 6]);
});

test('case 10', () => {
  assert.deepEqual(clampValues([0], 1, 2), [1]);
});

test('case 11', () => {
  assert.throws(() => clampValues([1], 5, 4));
});

test('case 12', () => {
  assert.throws(() => clampValues([], 1, 0));
});
