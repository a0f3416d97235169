import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fragileLinks } from './solution.js';

test('case 01', () => {
  assert.deepEqual(fragileLinks(4, [[0, 1], [1, 2], [2, 0], [1, 3]]), [[1, 3]]);
});

test('case 02', () => {
  assert.deepEqual(fragileLinks(3, []), []);
});

test('case 03', () => {
  assert.deepEqual(fragileLinks(4, [[0, 1], [1, 2], [2, 3]]), [[0, 1], [1, 2], [2, 3]]);
});

test('case 04', () => {
  assert.deepEqual(fragileLinks(2, [[0, 1], [1, 0]]), []);
});

test('case 05', () => {
  assert.deepEqual(fragileLinks(2, [[0, 0], [0, 1]]), [[0, 1]]);
});

test('case 06', () => {
  assert.deepEqual(fragileLinks(6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]), [[2, 3]]);
});

test('case 07', () => {
  assert.deepEqual(fragileLinks(5, [[4, 3], [1, 0]]), [[0, 1], [3, 4]]);
});

test('case 08', () => {
  assert.deepEqual(fragileLinks(3, [[2, 1], [1, 0]]), [[0, 1], [1, 2]]);
});

test('case 09', () => {
  assert.deepEqual(fragileLinks(5, [[0, 1], [0, 2], [0, 3], [0, 4]]), [[0, 1], [0, 2], [0, 3], [0, 4]]);
});

test('case 10', () => {
  assert.deepEqual(fragileLinks(0, []), []);
});

test('case 11', () => {
  assert.deepEqual(fragileLinks(7, [[0, 1], [1, 2], [2, 3], [3, 1], [3, 4], [4, 5], [5, 6], [6, 4], [0, 6]]), []);
});

test('case 12', () => {
  assert.deepEqual(fragileLinks(10, [[1, 7], [7, 5], [8, 8], [8, 1], [4, 4], [0, 1], [9, 0], [1, 8], [7, 9], [1, 6], [9, 7], [9, 7]]), [[1, 6], [5, 7]]);
});

test('case 13', () => {
  assert.deepEqual(fragileLinks(12, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8], [8, 9], [9, 10], [10, 11], [2, 5], [7, 9], [9, 7]]), [[0, 1], [1, 2], [5, 6], [6, 7], [9, 10], [10, 11]]);
});
