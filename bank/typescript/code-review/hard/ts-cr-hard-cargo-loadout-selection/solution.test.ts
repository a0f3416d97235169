import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseCargo } from './solution.js';

test('case 01', () => {
  assert.deepEqual(chooseCargo([3, 4, 5], [30, 50, 60], 8), [0, 2]);
});

test('case 02', () => {
  assert.deepEqual(chooseCargo([2, 3, 5], [10, 10, 20], 5), [0, 1]);
});

test('case 03', () => {
  assert.deepEqual(chooseCargo([4, 1, 1, 1], [9, 3, 3, 3], 4), [1, 2, 3]);
});

test('case 04', () => {
  assert.deepEqual(chooseCargo([1, 2], [5, 5], 0), []);
});

test('case 05', () => {
  assert.deepEqual(chooseCargo([], [], 10), []);
});

test('case 06', () => {
  assert.deepEqual(chooseCargo([1, 1], [0, 0], 5), []);
});

test('case 07', () => {
  assert.deepEqual(chooseCargo([1, 2, 3], [1, 2, 3], 100), [0, 1, 2]);
});

test('case 08', () => {
  assert.deepEqual(chooseCargo([5, 6], [10, 10], 4), []);
});

test('case 09', () => {
  assert.deepEqual(chooseCargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 5), [0, 1, 3]);
});

test('case 10', () => {
  assert.deepEqual(chooseCargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 4), [0, 1]);
});

test('case 11', () => {
  assert.deepEqual(chooseCargo([3, 1, 2, 1, 2], [6, 2, 4, 2, 4], 3), [0]);
});

test('case 12', () => {
  assert.deepEqual(chooseCargo([9, 8, 7, 7, 4, 5, 5, 1, 1, 3, 8, 9], [15, 11, 6, 8, 15, 14, 16, 15, 13, 17, 1, 9], 25), [0, 4, 6, 7, 8, 9]);
});

test('case 13', () => {
  assert.deepEqual(chooseCargo([3, 4, 1, 4, 3, 4, 2, 4, 4, 1, 3, 4, 3, 1], [1, 3, 2, 1, 2, 1, 1, 1, 2, 3, 3, 1, 3, 1], 11), [2, 4, 9, 10, 12]);
});
