import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxBookingValue } from './solution.js';

test('case 01', () => {
  assert.deepEqual(maxBookingValue([[1, 3, 50], [3, 5, 20], [6, 19, 100], [2, 100, 200]]), 200);
});

test('case 02', () => {
  assert.deepEqual(maxBookingValue([]), 0);
});

test('case 03', () => {
  assert.deepEqual(maxBookingValue([[0, 10, 5]]), 5);
});

test('case 04', () => {
  assert.deepEqual(maxBookingValue([[0, 2, 3], [2, 4, 3], [4, 6, 3], [0, 6, 8]]), 9);
});

test('case 05', () => {
  assert.deepEqual(maxBookingValue([[0, 5, 10], [0, 2, 6], [3, 5, 6]]), 12);
});

test('case 06', () => {
  assert.deepEqual(maxBookingValue([[1, 2, 4], [1, 2, 7]]), 7);
});

test('case 07', () => {
  assert.deepEqual(maxBookingValue([[0, 1, 0]]), 0);
});

test('case 08', () => {
  assert.deepEqual(maxBookingValue([[0, 100, 10], [10, 20, 4], [30, 40, 4], [50, 60, 4]]), 12);
});

test('case 09', () => {
  assert.deepEqual(maxBookingValue([[5, 9, 4], [1, 9, 6], [7, 9, 3], [0, 5, 2]]), 6);
});

test('case 10', () => {
  assert.deepEqual(maxBookingValue([[-10, -2, 3], [-2, 4, 3], [-5, 0, 5]]), 6);
});

test('case 11', () => {
  assert.deepEqual(maxBookingValue([[15, 19, 13], [32, 41, 4], [32, 36, 25], [17, 25, 4], [35, 41, 11], [25, 34, 19], [34, 38, 4], [38, 47, 22], [9, 12, 4], [36, 37, 25], [2, 7, 25], [19, 22, 4], [17, 26, 22], [22, 25, 14], [10, 13, 22], [3, 6, 21]]), 150);
});

test('case 12', () => {
  assert.deepEqual(maxBookingValue([[2, 6, 8], [8, 9, 5], [3, 6, 9], [1, 5, 7], [2, 5, 3], [11, 12, 8], [0, 1, 2], [5, 8, 6], [12, 13, 3], [8, 10, 2], [6, 10, 4], [2, 4, 4]]), 31);
});
