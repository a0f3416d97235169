import assert from 'node:assert/strict';
import { test } from 'node:test';
import { risingChain } from './solution.js';

test('case 01', () => {
  assert.deepEqual(risingChain([5, 1, 6, 2, 7, 3, 8]), [1, 2, 3, 8]);
});

test('case 02', () => {
  assert.deepEqual(risingChain([]), []);
});

test('case 03', () => {
  assert.deepEqual(risingChain([4, 4, 4]), [4]);
});

test('case 04', () => {
  assert.deepEqual(risingChain([9, 8, 7]), [7]);
});

test('case 05', () => {
  assert.deepEqual(risingChain([1, 2, 3]), [1, 2, 3]);
});

test('case 06', () => {
  assert.deepEqual(risingChain([3, 1, 2, 4, 0, 5]), [1, 2, 4, 5]);
});

test('case 07', () => {
  assert.deepEqual(risingChain([-3, -1, -2, 0]), [-3, -2, 0]);
});

test('case 08', () => {
  assert.deepEqual(risingChain([1, 3, 3, 2, 4]), [1, 2, 4]);
});

test('case 09', () => {
  assert.deepEqual(risingChain([2, 1, 5, 3, 6, 4, 7]), [1, 3, 4, 7]);
});

test('case 10', () => {
  assert.deepEqual(risingChain([10, 20, 30, 1, 2]), [10, 20, 30]);
});

test('case 11', () => {
  assert.deepEqual(risingChain([7, 1, 8, 2, 9]), [1, 2, 9]);
});

test('case 12', () => {
  assert.deepEqual(risingChain([-5, -13, 19, -18, 14, -3, 20, 2, -11, -20, 0, 17, 16, 11, -12, 14, -6, 10, 17, -12, 18, 12, -2, -15, 6, -10, -12, 17, -1, 12]), [-18, -11, 0, 11, 14, 17, 18]);
});

test('case 13', () => {
  assert.deepEqual(risingChain([52, 49, 19, 66, 25, 48, 1, 13, 49, 9, 6, 44, 82, 45, 98, 3, 3, 65, 60, 41, 87, 38, 57, 41, 15, 63, 59, 73, 79, 21, 19, 75, 66, 26, 55, 79, 43, 58, 76, 29]), [1, 6, 44, 45, 57, 59, 73, 75, 76]);
});
