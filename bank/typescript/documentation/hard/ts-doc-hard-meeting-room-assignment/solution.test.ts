import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignRooms } from './solution.js';

test('case 01', () => {
  assert.deepEqual(assignRooms([[0, 30], [5, 10], [15, 20]]), [0, 1, 1]);
});

test('case 02', () => {
  assert.deepEqual(assignRooms([]), []);
});

test('case 03', () => {
  assert.deepEqual(assignRooms([[1, 5], [5, 9]]), [0, 0]);
});

test('case 04', () => {
  assert.deepEqual(assignRooms([[0, 10], [0, 5], [0, 3], [4, 8], [6, 12]]), [0, 1, 2, 2, 1]);
});

test('case 05', () => {
  assert.deepEqual(assignRooms([[10, 20], [0, 5], [5, 10]]), [0, 0, 0]);
});

test('case 06', () => {
  assert.deepEqual(assignRooms([[2, 4], [2, 3], [2, 5]]), [0, 1, 2]);
});

test('case 07', () => {
  assert.deepEqual(assignRooms([[0, 4], [0, 2], [0, 3], [5, 6]]), [0, 1, 2, 0]);
});

test('case 08', () => {
  assert.deepEqual(assignRooms([[0, 10], [0, 2], [3, 4]]), [0, 1, 1]);
});

test('case 09', () => {
  assert.deepEqual(assignRooms([[-5, -1], [-3, 0], [-1, 2]]), [0, 1, 0]);
});

test('case 10', () => {
  assert.deepEqual(assignRooms([[10, 15], [1, 9], [4, 5], [15, 21], [8, 16], [6, 12], [8, 15], [9, 13], [18, 19], [13, 15], [20, 25], [15, 17], [16, 22], [15, 21]]), [4, 0, 1, 0, 2, 1, 3, 0, 1, 0, 1, 1, 2, 3]);
});

test('case 11', () => {
  assert.deepEqual(assignRooms([[5, 7], [2, 3], [0, 3], [6, 7], [6, 8], [6, 9], [4, 6], [5, 6], [4, 5], [0, 2]]), [1, 1, 0, 0, 2, 3, 0, 2, 1, 1]);
});
