import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkList } from './solution.js';

test('case 01', () => {
  assert.deepEqual(chunkList([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]]);
});

test('case 02', () => {
  assert.deepEqual(chunkList([1, 2, 3, 4], 2), [[1, 2], [3, 4]]);
});

test('case 03', () => {
  assert.deepEqual(chunkList([], 3), []);
});

test('case 04', () => {
  assert.deepEqual(chunkList([5], 1), [[5]]);
});

test('case 05', () => {
  assert.deepEqual(chunkList([1, 2, 3], 5), [[1, 2, 3]]);
});

test('case 06', () => {
  assert.deepEqual(chunkList([1, 2, 3], 3), [[1, 2, 3]]);
});

test('case 07', () => {
  assert.deepEqual(chunkList([1, 2, 3], 1), [[1], [2], [3]]);
});

test('case 08', () => {
  assert.deepEqual(chunkList([-1, 0, 1, 2], 3), [[-1, 0, 1], [2]]);
});

test('case 09', () => {
  assert.deepEqual(chunkList([], 1), []);
});

test('case 10', () => {
  assert.deepEqual(chunkList([9, 9, 9, 9, 9], 2), [[9, 9], [9, 9], [9]]);
});

test('case 11', () => {
  assert.throws(() => chunkList([1, 2], 0));
});

test('case 12', () => {
  assert.throws(() => chunkList([], -2));
});

test('case 13', () => {
  assert.throws(() => chunkList([1], -1));
});
