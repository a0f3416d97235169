import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countSignChanges } from './solution.js';

test('case 01', () => {
  assert.deepEqual(countSignChanges([1, -1, 1]), 2);
});

test('case 02', () => {
  assert.deepEqual(countSignChanges([3, -3, 0, 3, -3]), 3);
});

test('case 03', () => {
  assert.deepEqual(countSignChanges([]), 0);
});

test('case 04', () => {
  assert.deepEqual(countSignChanges([1, 2, 3]), 0);
});

test('case 05', () => {
  assert.deepEqual(countSignChanges([0, 0]), 0);
});

test('case 06', () => {
  assert.deepEqual(countSignChanges([5]), 0);
});

test('case 07', () => {
  assert.deepEqual(countSignChanges([1, 0, -1]), 1);
});

test('case 08', () => {
  assert.deepEqual(countSignChanges([-1, 0, 0, -2]), 0);
});

test('case 09', () => {
  assert.deepEqual(countSignChanges([-5, 5]), 1);
});

test('case 10', () => {
  assert.deepEqual(countSignChanges([0, -1, 0, 1, 0]), 1);
});

test('case 11', () => {
  assert.deepEqual(countSignChanges([1, -1, -1, 1, 1, -1]), 3);
});

test('case 12', () => {
  assert.deepEqual(countSignChanges([-2, -3, 4, 5, -6]), 2);
});
