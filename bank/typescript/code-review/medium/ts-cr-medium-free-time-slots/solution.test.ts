import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freeSlots } from './solution.js';

test('case 01', () => {
  assert.deepEqual(freeSlots([[9, 10], [12, 13]], 8, 17, 1), [[8, 9], [10, 12], [13, 17]]);
});

test('case 02', () => {
  assert.deepEqual(freeSlots([[2, 4], [3, 6]], 0, 10, 2), [[0, 2], [6, 10]]);
});

test('case 03', () => {
  assert.deepEqual(freeSlots([], 0, 10, 1), [[0, 10]]);
});

test('case 04', () => {
  assert.deepEqual(freeSlots([], 0, 10, 11), []);
});

test('case 05', () => {
  assert.deepEqual(freeSlots([[0, 5], [5, 10]], 0, 10, 1), []);
});

test('case 06', () => {
  assert.deepEqual(freeSlots([[5, 6], [1, 2]], 0, 8, 1), [[0, 1], [2, 5], [6, 8]]);
});

test('case 07', () => {
  assert.deepEqual(freeSlots([[-5, 3], [7, 20]], 0, 10, 1), [[3, 7]]);
});

test('case 08', () => {
  assert.deepEqual(freeSlots([[1, 2], [4, 5]], 0, 6, 2), [[2, 4]]);
});

test('case 09', () => {
  assert.deepEqual(freeSlots([[20, 30]], 0, 10, 1), [[0, 10]]);
});

test('case 10', () => {
  assert.deepEqual(freeSlots([[0, 10]], 2, 8, 1), []);
});

test('case 11', () => {
  assert.deepEqual(freeSlots([[1, 9], [2, 3]], 0, 10, 1), [[0, 1], [9, 10]]);
});

test('case 12', () => {
  assert.deepEqual(freeSlots([[3, 4], [3, 4], [6, 7]], 3, 7, 1), [[4, 6]]);
});

test('case 13', () => {
  assert.deepEqual(freeSlots([[100, 130], [60, 90], [150, 160], [85, 100]], 60, 180, 15), [[130, 150], [160, 180]]);
});
