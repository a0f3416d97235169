import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestStableWindow } from './solution.js';

test('case 01', () => {
  assert.deepEqual(longestStableWindow([3, 5, 4, 9, 8, 8, 10], 2), 4);
});

test('case 02', () => {
  assert.deepEqual(longestStableWindow([1, 1, 1, 2, 1], 0), 3);
});

test('case 03', () => {
  assert.deepEqual(longestStableWindow([], 5), 0);
});

test('case 04', () => {
  assert.deepEqual(longestStableWindow([7], 0), 1);
});

test('case 05', () => {
  assert.deepEqual(longestStableWindow([1, 2, 3, 4, 5], 10), 5);
});

test('case 06', () => {
  assert.deepEqual(longestStableWindow([1, 10, 1, 10], 5), 1);
});

test('case 07', () => {
  assert.deepEqual(longestStableWindow([5, 4, 3, 2, 1], 1), 2);
});

test('case 08', () => {
  assert.deepEqual(longestStableWindow([-3, -1, -2, 4, 5, 3, 6], 3), 4);
});

test('case 09', () => {
  assert.deepEqual(longestStableWindow([2, 2, 2, 2], 0), 4);
});

test('case 10', () => {
  assert.deepEqual(longestStableWindow([1, 3, 1, 3, 1, 3, 8], 2), 6);
});

test('case 11', () => {
  assert.deepEqual(longestStableWindow([10, 1, 2, 3, 10, 11, 12], 2), 3);
});

test('case 12', () => {
  assert.deepEqual(longestStableWindow([0, 100, 0, 100, 50], 50), 2);
});

test('case 13', () => {
  assert.deepEqual(longestStableWindow([4, 6, 5, 7, 3, 5, 6, 4, 8], 3), 4);
});
