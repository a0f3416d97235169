import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rotateList } from './solution.js';

test('case 01', () => {
  assert.deepEqual(rotateList([1, 2, 3, 4, 5], 2), [4, 5, 1, 2, 3]);
});

test('case 02', () => {
  assert.deepEqual(rotateList([1, 2, 3, 4, 5], -2), [3, 4, 5, 1, 2]);
});

test('case 03', () => {
  assert.deepEqual(rotateList([], 3), []);
});

test('case 04', () => {
  assert.deepEqual(rotateList([7], 100), [7]);
});

test('case 05', () => {
  assert.deepEqual(rotateList([1, 2, 3], 0), [1, 2, 3]);
});

test('case 06', () => {
  assert.deepEqual(rotateList([1, 2, 3], 3), [1, 2, 3]);
});

test('case 07', () => {
  assert.deepEqual(rotateList([1, 2, 3], 4), [3, 1, 2]);
});

test('case 08', () => {
  assert.deepEqual(rotateList([1, 2, 3], -4), [2, 3, 1]);
});

test('case 09', () => {
  assert.deepEqual(rotateList([5, 5, 6], 1), [6, 5, 5]);
});

test('case 10', () => {
  assert.deepEqual(rotateList([-1, 0, 1, 2], 7), [0, 1, 2, -1]);
});
